"""Dashboard and report speed on a million entries (not a test: run it by hand).

    python bench/dashboard_bench.py [--db /tmp/bench_1m.db] [--entries 1000000] [--rebuild]

Generates 20 business units, 200 programs and 8 fiscal years of entries (flows on random
days, monthly stocks and distinct counts per program, some money in USD), inserted raw
with ``executemany`` in one transaction so the roll-up triggers keep ``monthly_totals``
exact. Then measures, offscreen: the dashboard service alone, a full dashboard refresh
(all queries, tiles and charts redrawn and painted), the report PDF export, and start-up
(import + page built + first refresh) in a fresh process.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impact_desktop.core.metrics import Aggregation, Metric  # noqa: E402
from impact_desktop.core.periods import fiscal_year, month  # noqa: E402
from impact_desktop.core.rates import Rate  # noqa: E402
from impact_desktop.storage import catalog, rates, targets  # noqa: E402
from impact_desktop.storage.database import open_store  # noqa: E402
from impact_desktop.storage.rows import new_id, utc_now  # noqa: E402

FIRST_FY, YEARS, UNITS, PROGRAMS = 2011, 8, 20, 200


def build(path: Path, total: int) -> None:
    if path.exists():
        path.unlink()
    store = open_store(path)
    rng = random.Random(2018)
    with store.transaction():
        units = [catalog.add_business_unit(store, f"Business unit {i + 1:02d}") for i in range(UNITS)]
        programs = [catalog.add_program(store, units[i % UNITS], f"Program {i + 1:03d}") for i in range(PROGRAMS)]
        channels = [catalog.add_channel(store, name) for name in ("Online", "Workplace", "Events", "Partners")]
        catalog.add_metric(store, Metric("sites", "Sites", "sites", aggregation=Aggregation.STOCK, integer_only=True))
        metric = {key: mid for key, mid in store.db.execute("SELECT key, id FROM metrics")}
        for year in range(FIRST_FY, FIRST_FY + YEARS):
            rates.add_rate(store, Rate("USD", "CNY", fiscal_year(year), Decimal("6.8")))
            targets.add_target(store, targets.Target("donations", fiscal_year(year), Decimal(2_000_000_000),
                                                     currency="CNY"))
    months = [month(fiscal_year(FIRST_FY).start.year + (m + 3) // 12, (m + 3) % 12 + 1) for m in range(12 * YEARS)]
    now, device, user = utc_now(), store.device_id, store.user
    sql = ("INSERT INTO entries (id, created_at, updated_at, device_id, changed_by, program_id, metric_id, value_e4, "
           "currency, period_kind, period_start, period_end, month, channel_id, origin) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import')")

    def rows():
        for program in programs:  # a stock and a distinct count per program and month, plus yearly distinct
            for m in months:
                for key, value in (("sites", rng.randint(1, 50)), ("volunteers", rng.randint(10, 900))):
                    yield (new_id(), now, now, device, user, program, metric[key], value * 10_000, None, "month",
                           m.start.isoformat(), m.end.isoformat(), m.month_key, None)
            for year in range(FIRST_FY, FIRST_FY + YEARS):
                fy = fiscal_year(year)
                yield (new_id(), now, now, device, user, program, metric["volunteers"], rng.randint(500, 5000) * 10_000,
                       None, "fiscal_year", fy.start.isoformat(), fy.end.isoformat(), fy.month_key, None)
        flows = total - PROGRAMS * (len(months) * 2 + YEARS)
        for _ in range(flows):
            m = months[rng.randrange(len(months))]
            day = m.start.replace(day=rng.randint(1, m.end.day)).isoformat()
            pick = rng.random()
            if pick < 0.45:
                key, currency, value = "donations", ("USD" if pick < 0.05 else "CNY"), rng.randint(100, 500_000)
            elif pick < 0.8:
                key, currency, value = "volunteer_hours", None, rng.randint(1, 40)
            else:
                key, currency, value = "trees_planted", None, rng.randint(1, 2_000)
            yield (new_id(), now, now, device, user, programs[rng.randrange(PROGRAMS)], metric[key],
                   value * 10_000, currency, "day", day, day, m.month_key,
                   channels[rng.randrange(4)] if key == "donations" else None)

    started = time.perf_counter()
    with store.transaction():
        store.conn.executemany(sql, rows())
    count = store.db.execute("SELECT count(*) FROM entries").fetchone()[0]
    print(f"generated {count:,} entries in {time.perf_counter() - started:.1f} s → {path}")
    store.conn.execute("ANALYZE")
    store.close()


def timed(fn, runs: int = 5) -> tuple[float, float]:
    """(median, best) milliseconds over ``runs`` calls after one warm-up."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def measure(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from impact_desktop.gui.context import AppContext
    from impact_desktop.gui.dashboard.page import DashboardPage
    from impact_desktop.report.export import write_pdf
    from impact_desktop.services.dashboard import DashboardFilter, PeriodMode, load_dashboard

    store = open_store(path)
    filters = {"one fiscal year (FY2018)": DashboardFilter(PeriodMode.FISCAL, 2018),
               "all 8 years (96 months)": DashboardFilter(PeriodMode.ALL)}
    for label, flt in filters.items():
        median, best = timed(lambda flt=flt: load_dashboard(store, flt))
        print(f"dashboard service, {label}: median {median:.0f} ms, best {best:.0f} ms")
    page = DashboardPage(AppContext(store))
    page.resize(1400, 1000)
    page.show()
    page.refresh()
    app.processEvents()

    def full_refresh():
        page.refresh()
        page.ui.scrollContents.grab()  # paints every tile and chart, offscreen

    for label, index in (("one fiscal year (FY2018)", 0), ("all 8 years (96 months)", 3)):
        page.ui.periodCombo.setCurrentIndex(index)
        median, best = timed(full_refresh)
        print(f"full dashboard refresh (queries + tiles + charts painted), {label}: "
              f"median {median:.0f} ms, best {best:.0f} ms")
    out = Path("/tmp/impact_bench_report.pdf")
    for label, flt in filters.items():
        median, best = timed(lambda flt=flt: write_pdf(out, load_dashboard(store, flt, details=True)), runs=3)
        print(f"report PDF (figures + layout + painting), {label}: median {median:.0f} ms, best {best:.0f} ms")
    store.close()
    script = ("import time, os; t=time.perf_counter(); os.environ['QT_QPA_PLATFORM']='offscreen';"
              "from PySide6.QtWidgets import QApplication; app=QApplication([]);"
              "from impact_desktop.storage.database import open_store;"
              "from impact_desktop.gui.context import AppContext;"
              "from impact_desktop.gui.dashboard.page import DashboardPage;"
              f"p=DashboardPage(AppContext(open_store({str(path)!r}))); p.resize(1400,1000); p.show(); p.refresh();"
              "p.ui.scrollContents.grab(); print(f'{(time.perf_counter()-t)*1000:.0f}')")
    runs = [float(subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout.strip().splitlines()[-1]) for _ in range(3)]
    print(f"start-up to a painted dashboard (fresh process: Qt, pyqtgraph, open, first refresh): "
          f"median {statistics.median(runs):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/impact_bench_1m.db"))
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true", help="Regenerate the database even if it exists.")
    args = parser.parse_args()
    if args.rebuild or not args.db.exists():
        build(args.db, args.entries)
    measure(args.db)


if __name__ == "__main__":
    main()
