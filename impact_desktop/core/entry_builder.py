""":func:`~impact_desktop.core.entries.build_entry` for the thousands of cells of an import.

An import validates the same metric, currency and classification on every row, and a
spreadsheet reader hands over values that are already numbers and periods that are
already read. :class:`EntryBuilder` checks each distinct (metric, currency,
classification) once, takes numbers without the text parser and checks them on the
stored integer; it gives exactly what ``build_entry`` gives. Anything else (text, an
empty program, any value with a problem) goes through ``build_entry`` itself, so every
message stays the one a form shows.
"""

from __future__ import annotations

from decimal import Decimal

from impact_desktop.core.amounts import decimal_from_float
from impact_desktop.core.entries import EntryDraft, Origin, _read_classification, _read_currency, build_entry
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.money import SCALE, SCALE_DIGITS, currency_digits, to_scaled
from impact_desktop.core.periods import DEFAULT_FISCAL_START_MONTH, Period

_LIMIT = 2**63
_new = object.__new__


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
        kind = type(value)
        if program_id and type(period) is Period and (kind is int or kind is float or kind is Decimal):
            common = self._checked_common(metric, currency, input_type, motivation, funding_source)
            number = _number(value, kind) if common is not None else None
            if number is not None:
                chosen, step, classification = common
                parsed, scaled = number
                if scaled % step == 0:
                    draft = _new(EntryDraft)
                    draft.__dict__.update({
                        "program_id": program_id, "metric_key": metric.key, "value": parsed, "period": period,
                        "currency": chosen, "channel_id": channel_id or None, "input_type": classification[0],
                        "motivation": classification[1], "funding_source": classification[2],
                        "note": (note or "").strip(), "origin": origin, "source_file": source_file,
                        "source_sheet": source_sheet, "source_row": source_row, "import_batch_id": import_batch_id,
                        "value_e4": scaled,
                    })
                    return draft
        return build_entry(
            metric, program_id=program_id, value=value, period=period, currency=currency, channel_id=channel_id,
            input_type=input_type, motivation=motivation, funding_source=funding_source, note=note,
            default_currency=self.default_currency, fiscal_start_month=self.fiscal_start_month, origin=origin,
            source_file=source_file, source_sheet=source_sheet, source_row=source_row,
            import_batch_id=import_batch_id)

    def _checked_common(self, metric, currency, input_type, motivation, funding_source) -> tuple | None:
        """(currency, step, classification) when these inputs are valid for ``metric``, else None.

        ``step``: the stored integer must be a multiple of it (whole numbers for an
        integer-only metric, the currency's minor unit for money).
        """
        key = (metric.key, currency, input_type, motivation, funding_source)
        found = self._common.get(key)
        if found is not None and found[1] is metric:
            return found[0]
        errors: dict[str, str] = {}
        chosen = _read_currency(metric, currency, None, self.default_currency, errors)
        classification = _read_classification(metric, input_type, motivation, funding_source, errors)
        if errors:
            self._common[key] = (None, metric)
            return None
        step = SCALE if metric.integer_only else 1
        if chosen:
            step = max(step, 10 ** max(SCALE_DIGITS - currency_digits(chosen), 0))
        self._common[key] = ((chosen, step, classification), metric)
        return chosen, step, classification


def _number(value, kind) -> tuple[Decimal, int] | None:
    """(value as build_entry reads it, stored integer), or None if build_entry must say what is wrong."""
    if kind is int:
        scaled = value * SCALE
        return (Decimal(value), scaled) if 0 <= scaled < _LIMIT else None
    try:
        parsed = decimal_from_float(value) if kind is float else value
        scaled = to_scaled(parsed)
    except ImpactError:
        return None
    return (parsed, scaled) if scaled >= 0 else None
