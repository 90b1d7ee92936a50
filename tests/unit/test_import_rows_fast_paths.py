"""RowReader's short cuts give exactly what its general reading gives, row after row."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from impact_desktop.io import headers as h
from impact_desktop.services.import_catalog import CatalogSnapshot
from impact_desktop.services.import_rows import RowReader
from impact_desktop.storage import catalog


class TextCell(str):
    """A text of another type, as some readers hand over: never a total label, but equal to one as a key."""


LABELS = ["Cainiao", "Recycling", "Total", "合计", "小计：", "Ant Financial total", "Total Care", "Summit Fund",
          "蚂蚁金服合计", "2018-03-01", "2018", " Total ", "=SUM(B2:B9)", "", None, None, None, 2018, 3.5, True,
          Decimal("7"), dt.date(2018, 3, 1), dt.datetime(2018, 3, 1, 9), TextCell("Total"), TextCell("Cainiao"),
          float("nan")]
MAPPINGS = [
    [h.BUSINESS_UNIT, h.PROGRAM, h.PERIOD, h.CHANNEL, h.METRIC, h.VALUE],
    [h.NOTE, h.BUSINESS_UNIT, h.PROGRAM, h.PERIOD, h.METRIC, h.VALUE],
    [h.IGNORE, h.PROGRAM, h.PERIOD, h.VALUE, h.METRIC],
    [h.PERIOD, h.PROGRAM, h.METRIC, h.VALUE, h.ENTRY_ID],
    [h.PROGRAM, h.PERIOD, "metric:donations", "metric:volunteer_hours"],
    [h.NOTE, "metric:donations"],
]


def _reader(store, mapping: list[str]) -> RowReader:
    metrics = {metric.key: metric for metric in catalog.list_metrics(store)}
    return RowReader(sheet="Data", file_name="f.csv", headers=[f"h{i}" for i in range(len(mapping))], mapping=mapping,
                     metrics=metrics, snapshot=CatalogSnapshot.load(store), metric_names={}, default_currency="CNY",
                     fiscal_start_month=1)


def test_a_total_row_is_found_as_the_scan_of_every_label_finds_it(store):
    """_is_total's short cut (labels seen before, none a total) never hides a total the full scan finds."""
    rng = random.Random(21)
    totals = remembered = 0
    for mapping in MAPPINGS:
        fast, general = _reader(store, mapping), _reader(store, mapping)
        for _ in range(6_000):
            row = [rng.choice(LABELS[:9] * 3 + LABELS) for _ in range(len(mapping) + rng.randrange(0, 2))]
            general._not_totals.clear()  # the general reader scans every row
            expected = general._is_total(row)
            assert fast._is_total(row) is expected, (mapping, row)
            totals += expected
        remembered += len(fast._not_totals)
    assert totals > 5_000 and remembered > 20  # both answers, and the short cut had cells to go by
