"""An entry: one figure of one metric for one program over one period.

:func:`build_entry` turns what a person typed (or a spreadsheet cell held) into a
validated :class:`EntryDraft`, collecting *every* problem with the field it belongs to,
so forms can show each message next to its field and imports can list them all.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from impact_desktop.core.amounts import parse_amount
from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.errors import ImpactError, ValidationError
from impact_desktop.core.metrics import Metric, metric_display_name, unit_display_name
from impact_desktop.core.money import check_money_precision, normalize_currency, to_scaled
from impact_desktop.core.periods import DEFAULT_FISCAL_START_MONTH, Period, parse_period
from impact_desktop.core.texts import sentence, translate


class Origin(StrEnum):
    """Where an entry came from, shown as a badge and kept for audits."""

    FORM = "form"
    IMPORT = "import"
    DEMO = "demo"
    MERGE = "merge"


@dataclass(frozen=True)
class EntryDraft:
    """A validated entry not yet stored (or the new state of a stored one).

    ``value_e4`` and ``fingerprint`` are worked out once and remembered: an import needs
    the fingerprint to find duplicates and again to store it.
    """

    program_id: str
    metric_key: str
    value: Decimal
    period: Period
    currency: str | None = None
    channel_id: str | None = None
    input_type: InputType | None = None
    motivation: Motivation | None = None
    funding_source: FundingSource | None = None
    note: str = ""
    origin: Origin = Origin.FORM
    source_file: str | None = None
    source_sheet: str | None = None
    source_row: int | None = None
    import_batch_id: str | None = None

    @cached_property
    def value_e4(self) -> int:
        """The value as stored: an exact integer of ten-thousandths."""
        return to_scaled(self.value)

    @cached_property
    def fingerprint(self) -> str:
        """See :func:`entry_fingerprint`."""
        return _fingerprint(self.program_id, self.metric_key, self.period, self.value_e4, self.currency,
                            self.channel_id)


@dataclass
class FieldErrors(ImpactError):
    """All problems found in one entry, keyed by field name."""

    errors: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return "; ".join(f"{name}: {message}" for name, message in self.errors.items())


def build_entry(
    metric: Metric,
    *,
    program_id: str | None,
    value: object,
    period: object,
    currency: str | None = None,
    channel_id: str | None = None,
    input_type: InputType | str | None = None,
    motivation: Motivation | str | None = None,
    funding_source: FundingSource | str | None = None,
    note: str = "",
    default_currency: str = "CNY",
    fiscal_start_month: int = DEFAULT_FISCAL_START_MONTH,
    **provenance: object,
) -> EntryDraft:
    """Validate raw inputs against ``metric``; raise :class:`FieldErrors` listing all faults."""
    errors: dict[str, str] = {}
    if not program_id:
        errors["program"] = translate("ImportProblem", "Choose a program.")
    parsed_value, parsed_currency = _read_value(value, metric, errors)
    chosen_currency = _read_currency(metric, currency, parsed_currency, default_currency, errors)
    if parsed_value is not None and chosen_currency and "value" not in errors:
        _check(errors, "value", lambda: check_money_precision(parsed_value, chosen_currency))
    parsed_period = None
    try:
        parsed_period = parse_period(period, fiscal_start_month)
    except ImpactError as exc:  # "the date or period is empty." reads as a clause elsewhere: here, a sentence
        errors["period"] = sentence(str(exc))
    classification = _read_classification(metric, input_type, motivation, funding_source, errors)
    if errors:
        raise FieldErrors(errors)
    return EntryDraft(
        program_id=program_id or "",
        metric_key=metric.key,
        value=parsed_value,
        period=parsed_period,
        currency=chosen_currency,
        channel_id=channel_id or None,
        input_type=classification[0],
        motivation=classification[1],
        funding_source=classification[2],
        note=(note or "").strip(),
        **provenance,
    )


def _check(errors: dict[str, str], name: str, check) -> None:
    try:
        check()
    except ImpactError as exc:
        errors[name] = str(exc)


def _read_value(value: object, metric: Metric, errors: dict[str, str]):
    try:
        parsed = parse_amount(value)
    except ImpactError as exc:
        errors["value"] = sentence(str(exc))
        return None, None
    shown = metric_display_name(metric)  # a built-in metric in the interface language (捐赠, not Donations)
    if parsed.value < 0:
        errors["value"] = translate("ImportProblem", "{metric} cannot be negative ({value}).").format(
            metric=shown, value=parsed.value)
    elif metric.integer_only and parsed.value != parsed.value.to_integral_value():
        errors["value"] = translate("ImportProblem", "{metric} must be a whole number ({value}).").format(
            metric=shown, value=parsed.value)
    else:
        _check(errors, "value", lambda: to_scaled(parsed.value))
    if parsed.currency and not metric.is_money:
        errors["value"] = translate("ImportProblem", "{metric} is counted in {unit}, not in money ({text}).").format(
            metric=shown, unit=unit_display_name(metric), text=value)
    return parsed.value, parsed.currency


def _read_currency(metric, typed, from_value, default, errors) -> str | None:
    if not metric.is_money:
        return None
    try:
        chosen = normalize_currency(typed) if typed else None
    except ValidationError as exc:
        errors["currency"] = str(exc)
        return None
    if chosen and from_value and chosen != from_value:
        errors["currency"] = translate(
            "ImportProblem", "The value says {value_currency} but the currency is {currency}.").format(
            value_currency=from_value, currency=chosen)
        return None
    return chosen or from_value or normalize_currency(default)


def _read_classification(metric, input_type, motivation, funding_source, errors):
    result = []
    for name, raw, enum, default in (
        ("input_type", input_type, InputType, metric.default_input_type),
        ("motivation", motivation, Motivation, metric.default_motivation),
        ("funding_source", funding_source, FundingSource, metric.default_funding_source),
    ):
        if raw in (None, ""):
            result.append(default)
            continue
        try:
            result.append(enum(raw))
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            errors[name] = translate(
                "ImportProblem", "'{text}' is not one of: {allowed}.").format(text=raw, allowed=allowed)
            result.append(None)
    return tuple(result)


__all__ = ["EntryDraft", "FieldErrors", "Origin", "build_entry", "ValidationError"]


def entry_fingerprint(
    program_id: str, metric_key: str, period: Period, value: Decimal, currency: str | None,
    channel_id: str | None,
) -> str:
    """What makes two entries "the same figure": used to spot re-sent rows on import.

    Notes, classification and provenance are deliberately left out: a row re-sent with
    a different comment is still the same donation.
    """
    return _fingerprint(program_id, metric_key, period, to_scaled(value), currency, channel_id)


def _fingerprint(program_id: str, metric_key: str, period: Period, value_e4: int, currency: str | None,
                 channel_id: str | None) -> str:
    start, end = period.iso
    return fingerprint_of(program_id, metric_key, start, end, value_e4, currency, channel_id)


def fingerprint_of(program_id: str, metric_key: str, period_start: str, period_end: str, value_e4: int,
                   currency: str | None, channel_id: str | None) -> str:
    """:func:`entry_fingerprint` from a stored entry's columns (ISO period days, stored integer):
    also what a row written without one (by another tool) is matched by."""
    text = (f"{program_id}\x1f{metric_key}\x1f{period_start}\x1f{period_end}\x1f{value_e4}\x1f{currency or ''}"
            f"\x1f{channel_id or ''}")
    return hashlib.sha256(text.encode()).hexdigest()[:32]
