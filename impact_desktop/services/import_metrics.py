"""Metric definitions that travel with an export, so another machine can import its figures.

An Impact Desktop .xlsx export (and the import template) has a "Metrics" sheet (key,
name, unit, kind, aggregation, whole numbers). A CSV holds one table only, so every
exported row also carries its metric's key, aggregation, kind and whole-numbers flag
next to its name and unit; the distinct definitions in those columns of the table being
imported serve for metrics no Metrics sheet defines (its description rides in a
"Metric description" column at the end of the row). Importing creates the metrics the
store does not have yet, so stocks stay stocks and distinct counts stay distinct on the
other side.
"""

from __future__ import annotations

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Aggregation, Metric, ValueKind, validate_metric
from impact_desktop.io import headers as h
from impact_desktop.io.reading import Table
from impact_desktop.io.sheet_spec import Column
from impact_desktop.io.source import Source

METRICS_SHEET = "Metrics"
METRIC_COLUMNS = (
    Column("Key", width=26), Column("Name", width=32), Column("Unit", width=14), Column("Kind", width=10),
    Column("Aggregation", width=12), Column("Whole numbers", width=14), Column("Description", width=50),
)


def metric_row(metric: Metric) -> list[object]:
    return [metric.key, metric.name, metric.unit, metric.value_kind.value, metric.aggregation.value,
            "yes" if metric.integer_only else "no", metric.description]


def metric_columns_row(metric: Metric) -> list[object]:
    """The definition columns an exported row carries after its unit (see :data:`DEFINITION_FIELDS`)."""
    return [metric.key, metric.aggregation.value, metric.value_kind.value, "yes" if metric.integer_only else "no"]


def read_metric_definitions(source: Source) -> list[Metric]:
    """Metrics defined on a "Metrics" sheet of ``source`` ([] when there is none or it is not ours)."""
    if source.kind != "xlsx" or METRICS_SHEET not in source.sheets:
        return []
    return _from_metrics_sheet(source)


def _from_metrics_sheet(source: Source) -> list[Metric]:
    rows = [cells for _n, cells in source.table(METRICS_SHEET)[:1000]]
    if not rows or [str(c) for c in rows[0][:3]] != ["Key", "Name", "Unit"]:
        return []
    metrics = []
    for cells in rows[1:]:
        cells = [*cells, *[None] * 7][:7]
        if not cells[0]:
            continue
        try:
            metric = Metric(
                key=str(cells[0]), name=str(cells[1] or cells[0]), unit=str(cells[2] or ""),
                value_kind=ValueKind(str(cells[3])), aggregation=Aggregation(str(cells[4])),
                integer_only=str(cells[5]).lower() == "yes", description=str(cells[6] or ""),
            )
            validate_metric(metric)
        except (ValueError, ImpactError):
            continue
        metrics.append(metric)
    return metrics


#: Columns an exported row carries to define its metric (key and name are required).
DEFINITION_FIELDS = (h.METRIC_KEY, h.METRIC, h.UNIT, h.AGGREGATION, h.VALUE_KIND, h.WHOLE_NUMBERS,
                     h.METRIC_DESCRIPTION)


def _definition_columns(cells: list, vocab: dict[str, str]) -> dict[str, int] | None:
    """field → column index when ``cells`` is a header naming both a metric key and a metric."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = vocab.get(h.normalize_header(cell)) if isinstance(cell, str) else None
        if field in DEFINITION_FIELDS and field not in found:
            found[field] = index
    return found if h.METRIC_KEY in found and h.METRIC in found else None


def read_column_definitions(table: Table) -> list[Metric]:
    """Metrics defined in the definition columns of the table an import reads ([] if it has none).

    Only a table whose header names a metric key and a metric is read (again, from the
    top): files that are not exports cost nothing, and neither does a workbook with a
    Metrics sheet, which already lists every metric of the store that wrote it. (A CSV
    export is the one file an import reads twice: its rows define metrics the rows need.)
    """
    columns = _definition_columns(table.headers, h.vocabulary())
    if columns is None:
        return []
    source = table.source
    if source.kind == "xlsx" and METRICS_SHEET in source.sheets:
        return []
    rows = source.rows(table.sheet)
    width = max(columns.values()) + 1
    found: dict[str, Metric] = {}
    for number, cells in rows:
        if number <= table.header_row:
            continue
        cells = cells if len(cells) >= width else [*cells, *[None] * (width - len(cells))]
        key = cells[columns[h.METRIC_KEY]]
        if isinstance(key, str) and key not in found:
            metric = _column_metric(key, {field: cells[index] for field, index in columns.items()})
            if metric is not None:
                found[key] = metric
    return list(found.values())


def _column_metric(key: str, values: dict[str, object]) -> Metric | None:
    try:
        kind = ValueKind(str(values.get(h.VALUE_KIND) or ValueKind.QUANTITY.value).lower())
        metric = Metric(
            key=key.strip(), name=str(values.get(h.METRIC) or key).strip(),
            # A money row's unit cell holds its currency; the metric's unit is "currency".
            unit="currency" if kind == ValueKind.MONEY else str(values.get(h.UNIT) or "").strip(),
            value_kind=kind, aggregation=Aggregation(str(values.get(h.AGGREGATION) or "flow").lower()),
            integer_only=str(values.get(h.WHOLE_NUMBERS) or "").strip().lower() in ("yes", "true", "1"),
            description=str(values.get(h.METRIC_DESCRIPTION) or "").strip(),
        )
        validate_metric(metric)
    except (ValueError, ImpactError):
        return None
    return metric
