"""Metric definitions that travel with an export, so another machine can import its figures.

An Impact Desktop .xlsx export (and the import template) has a "Metrics" sheet (key,
name, unit, kind, aggregation, whole numbers). A CSV holds one table only, so every
exported row also carries its metric's key, aggregation, kind and whole-numbers flag
next to its name and unit; the distinct definitions in those columns serve when there
is no Metrics sheet. Importing creates the metrics the store does not have yet, so
stocks stay stocks and distinct counts stay distinct on the other side.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Aggregation, Metric, ValueKind, validate_metric
from impact_desktop.io import csv_reader, xlsx_reader
from impact_desktop.io import headers as h
from impact_desktop.io.reading import HEADER_SEARCH_ROWS
from impact_desktop.io.sources import file_kind
from impact_desktop.io.xlsx_writer import Column

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


def read_metric_definitions(path: Path) -> list[Metric]:
    """Metrics ``path`` defines: its "Metrics" sheet, else its rows' definition columns ([] if neither)."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "csv":
        return _from_columns([csv_reader.iter_csv(path)])
    names = xlsx_reader.sheet_names(path)
    if METRICS_SHEET not in names:
        return _from_columns(_sheets_with_definitions(path, names))
    return _from_metrics_sheet(path)


def _from_metrics_sheet(path: Path) -> list[Metric]:
    rows = [cells for _n, cells in itertools.islice(xlsx_reader.iter_sheet(path, METRICS_SHEET), 1000)]
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
DEFINITION_FIELDS = (h.METRIC_KEY, h.METRIC, h.UNIT, h.AGGREGATION, h.VALUE_KIND, h.WHOLE_NUMBERS)


def _definition_columns(cells: list, vocab: dict[str, str]) -> dict[str, int] | None:
    """field → column index when ``cells`` is a header naming both a metric key and a metric."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = vocab.get(h.normalize_header(cell)) if isinstance(cell, str) else None
        if field in DEFINITION_FIELDS and field not in found:
            found[field] = index
    return found if h.METRIC_KEY in found and h.METRIC in found else None


def _sheets_with_definitions(path: Path, names: list[str]):
    """Rows of each sheet whose header has definition columns; other sheets are only peeked at."""
    vocab = h.vocabulary()
    for name in names:
        head = list(itertools.islice(xlsx_reader.iter_sheet(path, name, "openpyxl"), HEADER_SEARCH_ROWS))
        if any(_definition_columns(cells, vocab) for _n, cells in head):
            yield xlsx_reader.iter_sheet(path, name)


def _from_columns(tables) -> list[Metric]:
    """One definition per metric key, the first valid one met, over every table given."""
    found: dict[str, Metric] = {}
    vocab = h.vocabulary()
    for rows in tables:
        columns = None
        for number, cells in rows:
            if columns is None:
                columns = _definition_columns(cells, vocab)
                if columns is None and number >= HEADER_SEARCH_ROWS:
                    break
                continue
            cells = [*cells, *[None] * (max(columns.values()) + 1 - len(cells))]
            key = cells[columns[h.METRIC_KEY]]
            if not isinstance(key, str) or key in found:
                continue
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
        )
        validate_metric(metric)
    except (ValueError, ImpactError):
        return None
    return metric
