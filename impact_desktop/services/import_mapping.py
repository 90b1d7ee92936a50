"""Choosing the column mapping: suggestion, then a saved preset, then the user's own choices."""

from __future__ import annotations

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.texts import translate
from impact_desktop.io import headers as h
from impact_desktop.io.headers import normalize_header

_FIELD_WORDS = {normalize_header(label): name for name, label in h.FIELDS.items()}
_FIELD_WORDS.update({normalize_header(name): name for name in h.FIELDS})
_FIELD_WORDS.update({"date": h.PERIOD, "bu": h.BUSINESS_UNIT, "businessunit": h.BUSINESS_UNIT,
                     "entryid": h.ENTRY_ID, "metric": h.METRIC, "value": h.VALUE})
_SKIP_WORDS = {"ignore", "none", "skip", "leaveout", "忽略", "不导入"}


def parse_field(text: str, metrics: dict[str, Metric]) -> str:
    """A field from what a user typed: 'program', 'Date', 'donations', 'metric:trees_planted', 'ignore'."""
    raw = (text or "").strip()
    if raw.lower().startswith(h.METRIC_PREFIX):
        raw = raw[len(h.METRIC_PREFIX):]
    norm = normalize_header(raw)
    if norm in _SKIP_WORDS:
        return h.SKIP
    for metric in metrics.values():
        if norm in (normalize_header(metric.key), normalize_header(metric.name)):
            return h.METRIC_PREFIX + metric.key
    if norm in _FIELD_WORDS:
        return _FIELD_WORDS[norm]
    choices = ", ".join([*(f for f in h.FIELDS if f != h.SKIP), *sorted(metrics), "skip"])
    raise ValidationError(translate(
        "ImportMapping", "'{0}' is not a field to map a column to (choose from: {1}).").format(text, choices),
        "mapping")


def parse_overrides(pairs: list[str], metrics: dict[str, Metric]) -> dict[str, str]:
    """``["Header=field", ...]`` (as given to ``--map``) → {header: field}."""
    result = {}
    for pair in pairs:
        header, sep, field = pair.partition("=")
        if not sep or not header.strip():
            raise ValidationError(translate(
                "ImportMapping", "'{0}' is not in the form \"Header=field\".").format(pair), "mapping")
        result[header.strip()] = parse_field(field, metrics)
    return result


def apply_mapping(headers: list[str], mapping: list[str], chosen: dict[str, str], sheet: str) -> list[str]:
    """Overlay ``chosen`` (header text → field) on ``mapping``; unknown headers are an error."""
    result = list(mapping)
    index_of = {normalize_header(header): i for i, header in enumerate(headers) if header}
    for header, field in chosen.items():
        index = _column_number(header)
        index = index if index is not None else index_of.get(normalize_header(header))
        if index is None:
            shown = ", ".join(header for header in headers if header)
            raise ValidationError(translate(
                "ImportMapping", "Sheet {0} has no column '{1}' (its columns: {2}).").format(sheet, header, shown),
                "mapping")
        if index >= len(result):  # a column beyond the header, e.g. notes written without a heading
            result += [h.IGNORE] * (index + 1 - len(result))
        if field and field != h.SKIP and not field.startswith(h.METRIC_PREFIX):  # a metric may span columns
            result = [h.IGNORE if existing == field and i != index else existing for i, existing in enumerate(result)]
        result[index] = field
    return result


def _column_number(header: str) -> int | None:
    """``#6`` names the sixth column (for columns without a header); None for a header text."""
    text = header.strip()
    if len(text) > 1 and text[0] == "#" and text[1:].isdigit() and int(text[1:]) > 0:
        return int(text[1:]) - 1
    return None


def mapping_as_dict(headers: list[str], mapping: list[str]) -> dict[str, str]:
    """What is stored with a batch or preset: header text → field, for mapped columns."""
    return {header or f"#{i + 1}": field for i, (header, field) in enumerate(zip(headers, mapping, strict=False))
            if field}


def check_mapping(mapping: list[str], sheet: str) -> None:
    """A mapping must say where the program, the period and at least one figure are."""
    fields = set(mapping)
    missing = []
    if h.PROGRAM not in fields:
        missing.append("Program")
    if h.PERIOD not in fields and not {h.PERIOD_START, h.PERIOD_END} <= fields:
        missing.append("Date or period")
    has_long = h.METRIC in fields and h.VALUE in fields
    if not has_long and not any(field.startswith(h.METRIC_PREFIX) for field in fields):
        missing.append("a metric column (e.g. Donations) or both Metric and Value")
    if missing:
        raise ValidationError(translate(
            "ImportMapping", "Sheet {0}: no column is mapped to {1}.").format(sheet, ", ".join(missing)), "mapping")
