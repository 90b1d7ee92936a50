"""How long the catalogue page's figures and the rates page's missing-rate check take.

Builds a database with N entries (default 1,000,000) on the demo catalogue, spread over
ten years of months, in CNY and USD, plus stock observations; then times what the pages
compute when a user clicks a unit or program, and the rates check.

    python -m bench.catalog_figures [N] [--db PATH]      (from the checkout root)
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import Period, month
from impact_desktop.core.rates import Rate
from impact_desktop.services.demo import load_demo
from impact_desktop.services.figures import figures_to_date
from impact_desktop.services.rate_check import EVERYTHING, missing_rates
from impact_desktop.services.summary import summarize
from impact_desktop.storage import catalog
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import add_entries
from impact_desktop.storage.rates import add_rate, list_rates


def fill(store, count: int) -> None:
    rng = random.Random(7)
    programs = [p.id for p in catalog.list_programs(store)]
    months = [month(2010 + i // 12, i % 12 + 1) for i in range(120)]
    batch = []
    for index in range(count):
        kind = index % 10
        if kind < 6:
            draft = EntryDraft(rng.choice(programs), "donations", Decimal(rng.randint(1, 10**6)), rng.choice(months),
                               currency="CNY" if kind else "USD")
        elif kind < 9:
            draft = EntryDraft(rng.choice(programs), "volunteer_hours", Decimal(rng.randint(1, 500)),
                               rng.choice(months))
        else:
            draft = EntryDraft(rng.choice(programs), "recycling_facilities", Decimal(rng.randint(1, 5000)),
                               rng.choice(months))
        batch.append(draft)
        if len(batch) == 50_000:
            add_entries(store, batch)
            batch = []
    if batch:
        add_entries(store, batch)


def timed(label: str, action, repeat: int = 3) -> None:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<55} {best * 1000:8.1f} ms (best of {repeat})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    store = open_store(path)
    if not store.db.execute("SELECT count(*) FROM entries").fetchone()[0]:
        load_demo(store)
        start = time.perf_counter()
        fill(store, args.count)
        print(f"inserted {args.count:,} entries in {time.perf_counter() - start:.1f} s")
    print(f"{store.db.execute('SELECT count(*) FROM entries').fetchone()[0]:,} entries in {path}")
    group = catalog.find_business_unit(store, "Alibaba Group")
    program = catalog.list_programs(store)[0]
    units = tuple(sorted(catalog.descendant_unit_ids(store, group.id)))
    timed(f"missing-rate check, {len(missing_rates(store))} missing (rates page)", lambda: missing_rates(store))
    if not list_rates(store) or len(list_rates(store)) == 1:
        add_rate(store, Rate("USD", "CNY", Period(dt.date(2010, 1, 1), dt.date(2019, 12, 31)), Decimal("6.9")))
    timed("figures of one program (detail pane)", lambda: figures_to_date(store, program_id=program.id))
    timed("figures of the group with nested units (detail pane)",
          lambda: figures_to_date(store, business_unit_id=group.id))
    timed("summarize() of the group, all time (for comparison)",
          lambda: summarize(store, dataclasses.replace(EVERYTHING, business_unit_ids=units)))
    timed("missing-rate check, nothing missing (rates page)", lambda: missing_rates(store))


if __name__ == "__main__":
    main()
