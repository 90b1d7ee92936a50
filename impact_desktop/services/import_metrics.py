"""Metric definitions that travel with an export, so another machine can import its figures.

An Impact Desktop .xlsx export has a "Metrics" sheet (key, name, unit, kind, aggregation,
whole numbers). Importing that file creates the metrics the store does not have yet, so
stocks stay stocks and distinct counts stay distinct on the other side.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Aggregation, Metric, ValueKind, validate_metric
from impact_desktop.io import xlsx_reader
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


def read_metric_definitions(path: Path) -> list[Metric]:
    """Metrics defined on a "Metrics" sheet of ``path`` ([] when there is none or it is not ours)."""
    if file_kind(path) != "xlsx" or METRICS_SHEET not in xlsx_reader.sheet_names(path):
        return []
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
