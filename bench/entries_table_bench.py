"""How the entries table behaves over a big database (not a test: run by hand).

    python bench/entries_table_bench.py [--entries 1000000] [--db /tmp/big.db]

Creates the database once (reused when it exists with enough entries), then times what
the table's queries cost: first page + count, the next pages deep down, each sort, and a
text search. Above ``BACKGROUND_BYTES`` of database the app runs these on a worker
thread, so these figures are how long rows take to appear, not how long the UI freezes.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from impact_desktop.core.entries import EntryDraft  # noqa: E402
from impact_desktop.core.periods import month  # noqa: E402
from impact_desktop.gui.entries.entries_model import SORT_KEYS, EntriesModel  # noqa: E402
from impact_desktop.storage import catalog  # noqa: E402
from impact_desktop.storage.database import open_store  # noqa: E402
from impact_desktop.storage.entries import EntryFilter, add_entries, count_entries  # noqa: E402


def build(store, total: int) -> None:
    have = count_entries(store)
    if have >= total:
        return
    units = [catalog.add_business_unit(store, f"Unit {u}") for u in range(10)]
    programs = [catalog.add_program(store, units[p % 10], f"Program {p}") for p in range(50)]
    metrics = ["donations", "volunteer_hours", "trees_planted"]
    batch = []
    for i in range(have, total):
        key = metrics[i % 3]
        batch.append(EntryDraft(program_id=programs[i % 50], metric_key=key, value=Decimal(i % 9973 + 1),
                                period=month(2010 + (i // 12) % 15, i % 12 + 1),
                                currency="CNY" if key == "donations" else None, note=f"note {i}"))
        if len(batch) == 50_000:
            add_entries(store, batch)
            batch.clear()
    if batch:
        add_entries(store, batch)


def timed(label: str, fn) -> None:
    start = time.perf_counter()
    fn()
    print(f"{label:<45}{(time.perf_counter() - start) * 1000:>9.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/impact-bench-entries.db")
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    store = open_store(Path(args.db))
    start = time.perf_counter()
    build(store, args.entries)
    print(f"database ready with {count_entries(store):,} entries ({time.perf_counter() - start:.0f} s)")
    model = EntriesModel(lambda: store)
    # Measure the raw queries on this thread; in the app, database files above
    # BACKGROUND_BYTES run them on a worker so the window never waits.
    model.background_bytes = 10**15
    timed("open (count + first page)", model.refresh)
    timed("fetchMore (page 2)", lambda: model.fetchMore(QModelIndex()))
    for _ in range(18):
        model.fetchMore(QModelIndex())
    timed(f"fetchMore at row {model.rowCount():,}", lambda: model.fetchMore(QModelIndex()))
    for column, key in SORT_KEYS.items():
        timed(f"sort by {key} (descending)", lambda c=column: model.sort(c, Qt.SortOrder.DescendingOrder))
    timed("search 'note 99999'", lambda: model.set_filter(EntryFilter(text="note 99999")))
    store.close()


if __name__ == "__main__":
    main()
