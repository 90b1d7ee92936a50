""":func:`~impact_desktop.core.entries.build_entry` for the thousands of cells of an import.

An import validates the same metric, currency and classification on every row, and a
spreadsheet reader hands over values that are already numbers and periods that are
already read. :class:`EntryBuilder` checks each distinct (metric, currency,
classification) once, takes numbers without the text parser (and text through it, as
``build_entry`` does) and checks them on the stored integer; it gives exactly what
``build_entry`` gives. Anything else (an empty program, a period not yet read, any value
with a problem) goes through ``build_entry`` itself, so every message stays the one a
form shows.
"""

from __future__ import annotations

from decimal import Decimal

from impact_desktop.core.amounts import decimal_from_float, parse_amount, simple_amount
from impact_desktop.core.entries import (
    EntryDraft,
    Origin,
    _fingerprint,
    _read_classification,
    _read_currency,
    build_entry,
)
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.money import DECIMAL_STEPS, SCALE, SCALE_DIGITS, SCALED_LIMIT, currency_digits, to_scaled
from impact_desktop.core.periods import DEFAULT_FISCAL_START_MONTH, Period

_new = object.__new__
_set_attribute = object.__setattr__


class EntryBuilder:
    """Builds validated drafts like ``build_entry``, remembering what repeats between cells."""

    def __init__(self, default_currency: str = "CNY", fiscal_start_month: int = DEFAULT_FISCAL_START_MONTH):
        self.default_currency = default_currency
        self.fiscal_start_month = fiscal_start_month
        self._common: dict[tuple, tuple] = {}

    def build(self, metric: Metric, *, program_id: str | None, value: object, period: object,
              currency: str | None = None, channel_id: str | None = None, input_type: object = None,
              motivation: object = None, funding_source: object = None, note: str = "",
              origin: Origin = Origin.FORM, source_file: str | None = None, source_sheet: str | None = None,
              source_row: int | None = None, import_batch_id: str | None = None) -> EntryDraft:
        """A draft, or :class:`~impact_desktop.core.entries.FieldErrors` exactly as ``build_entry`` raises."""
        draft = self.quick(metric, value, currency, input_type, motivation, funding_source, program_id, period,
                           channel_id, note, origin, source_file, source_sheet, source_row, import_batch_id)
        if draft is not None:
            return draft
        return build_entry(
            metric, program_id=program_id, value=value, period=period, currency=currency, channel_id=channel_id,
            input_type=input_type, motivation=motivation, funding_source=funding_source, note=note,
            default_currency=self.default_currency, fiscal_start_month=self.fiscal_start_month, origin=origin,
            source_file=source_file, source_sheet=source_sheet, source_row=source_row,
            import_batch_id=import_batch_id)

    def quick(self, metric: Metric, value: object, currency: str | None, input_type: object, motivation: object,
              funding_source: object, program_id: str | None, period: object, channel_id: str | None, note: str,
              origin: Origin, source_file: str | None, source_sheet: str | None, source_row: int | None,
              import_batch_id: str | None) -> EntryDraft | None:
        """The draft :meth:`build` gives when ``value`` is a valid number (or text of one) and ``period`` a
        Period; else None.

        Positional, for an import's inner loop; on None call :meth:`build`, which explains.
        """
        if not program_id or type(period) is not Period:
            return None
        kind = type(value)
        if kind is float:
            number = _float_number(value)
        elif kind is int:
            scaled = value * SCALE
            number = (Decimal(value), scaled) if 0 <= scaled < SCALED_LIMIT else None
        elif kind is Decimal:
            number = _decimal_number(value)
        elif kind is str:  # "¥48,500.50": read as build_entry reads it, then checked as a Decimal
            simple = simple_amount(value)
            if simple is not None:
                number, named = (simple[0], simple[1]), simple[2]
            else:
                try:
                    parsed = parse_amount(value)
                except ImpactError:
                    return None
                number, named = _decimal_number(parsed.value), parsed.currency
            if named is not None:
                if not metric.is_money:
                    return None
                if currency is None:  # build_entry takes the currency the text names
                    currency = named
        else:
            return None
        if number is None:
            return None
        found = self._common.get((metric.key, currency, input_type, motivation, funding_source))
        if found is None or found[1] is not metric:
            found = self._check_common(metric, currency, input_type, motivation, funding_source)
        common = found[0]
        if common is None or number[1] % common[1]:
            return None
        if kind is str and named is not None and common[0] != named:  # "$5" in a CNY column: build_entry explains
            return None
        classification, scaled, chosen, channel_id = common[2], number[1], common[0], channel_id or None
        draft = _new(EntryDraft)
        _set_attribute(draft, "__dict__", {  # the frozen dataclass's __init__ costs 2 µs a draft
            "program_id": program_id, "metric_key": metric.key, "value": number[0], "period": period,
            "currency": chosen, "channel_id": channel_id, "input_type": classification[0],
            "motivation": classification[1], "funding_source": classification[2], "note": (note or "").strip(),
            "origin": origin, "source_file": source_file, "source_sheet": source_sheet, "source_row": source_row,
            "import_batch_id": import_batch_id, "value_e4": scaled,
            "fingerprint": _fingerprint(program_id, metric.key, period, scaled, chosen, channel_id),
        })
        return draft

    def _check_common(self, metric, currency, input_type, motivation, funding_source) -> tuple:
        """Remember ``((currency, step, classification) or None, metric)`` for these inputs.

        None: build_entry finds a fault in them. ``step``: the stored integer must be a
        multiple of it (whole numbers for an integer-only metric, the currency's minor
        unit for money).
        """
        errors: dict[str, str] = {}
        chosen = _read_currency(metric, currency, None, self.default_currency, errors)
        classification = _read_classification(metric, input_type, motivation, funding_source, errors)
        common = None
        if not errors:
            step = SCALE if metric.integer_only else 1
            if chosen:
                step = max(step, 10 ** max(SCALE_DIGITS - currency_digits(chosen), 0))
            common = (chosen, step, classification)
        found = self._common[(metric.key, currency, input_type, motivation, funding_source)] = (common, metric)
        return found


def _float_number(value: float) -> tuple[Decimal, int] | None:
    """What ``decimal_from_float`` and ``to_scaled`` give, read straight off the float's repr.

    A spreadsheet float such as 1037.01 prints as at most four plain decimals; anything
    else (negative, exponent, more decimals, nan) takes the general route.
    """
    text = repr(value)
    whole, dot, decimals = text.partition(".")
    if dot and len(decimals) <= SCALE_DIGITS and whole.isdigit() and decimals.isdigit():
        scaled = int(whole) * SCALE + int(decimals) * DECIMAL_STEPS[len(decimals)]
        if scaled >= SCALED_LIMIT:
            return None
        return (Decimal(whole) if decimals == "0" else Decimal(text)), scaled
    try:
        parsed = decimal_from_float(value)
    except ImpactError:
        return None
    return _decimal_number(parsed)


def _decimal_number(value: Decimal) -> tuple[Decimal, int] | None:
    try:
        scaled = to_scaled(value)
    except ImpactError:
        return None
    return (value, scaled) if scaled >= 0 else None
