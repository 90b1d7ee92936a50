"""Dashboard, report and start-up speed on a million entries (not a test: run it by hand).

    python bench/dashboard_bench.py [--db /tmp/bench_1m.db] [--entries 1000000] [--rebuild]
                                    [--only build,service,refresh,pdf,startup]

Generates 22 business units (a real group's names, short and long), 220 programs and 8
fiscal years of entries (flows on random days, B4SI-classified; monthly stocks and distinct
counts per program; some money in USD), inserted raw with ``executemany`` in one
transaction (each with its fingerprint, as an import stores it) with the roll-up trigger
paused and the roll-ups then filled by the same grouped statements as bulk imports. A
database made by an older schema is rebuilt. Then measures, offscreen, median and best of several runs:

* dashboard service (queries + Python, ``load_dashboard``), one fiscal year and all years;
* full dashboard refresh: ``DashboardPage.refresh()`` (all queries, tiles and charts
  redrawn) plus ``grab()`` of the page (paints every tile and chart). "FY" alternates
  FY2018 and FY2017, so every chart gets new figures each run; "all years" forgets the
  charts' specs before each run, so every chart is redrawn too. The dashboard keeps the
  figures it read per filter until the database changes: these lines switch between
  filters already read (as a user going back and forth does), and a "first read" line of
  each forgets the kept figures before every run (a filter not shown since the last
  change: every query runs). A refresh whose figures did not change is printed as well;
* the report PDF (figures + layout + painting), one fiscal year and all years;
* start-up: ``python -m impact_desktop --db PATH`` in a fresh process (offscreen, a clean
  user profile) until the main window is shown, the dashboard's first refresh is done and
  the events queued by then (the first paint) are processed; once opening on the dashboard
  (as when the user left the app there: every chart drawn), once on the default page
  (charts are drawn when the dashboard is first shown); each with bytecode cached (as an
  installed app runs) and without (``PYTHONDONTWRITEBYTECODE=1``: ~0.25 s of compiling).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impact_desktop.core.entries import fingerprint_of  # noqa: E402
from impact_desktop.core.metrics import Aggregation, Metric  # noqa: E402
from impact_desktop.core.periods import fiscal_year, month  # noqa: E402
from impact_desktop.core.rates import Rate  # noqa: E402
from impact_desktop.storage import catalog, rates, targets  # noqa: E402
from impact_desktop.storage.database import open_store  # noqa: E402
from impact_desktop.storage.migrations import ROLLUP_BULK_ADD_SQL  # noqa: E402
from impact_desktop.storage.rows import new_id, utc_now  # noqa: E402

FIRST_FY, YEARS, UNITS, PROGRAMS = 2011, 8, 22, 220
#: A group's business units, names of every length (the charts must show them all readably).
UNIT_NAMES = (
    "Alibaba Group", "Ant Financial", "Cainiao Smart Logistics", "Amap", "Tmall Global", "Taobao Marketplace",
    "Alibaba Cloud Intelligence", "Youku", "Ele.me Local Services", "Fliggy", "Hema Fresh", "Lazada",
    "AliExpress", "DingTalk", "Alibaba Health Information Technology", "Alibaba Pictures", "UCWeb",
    "Koubei", "Intime Retail", "Sun Art Retail Group", "Damai", "Xianyu",
)


def build(path: Path, total: int) -> None:
    if path.exists():
        path.unlink()
    store = open_store(path)
    rng = random.Random(2018)
    with store.transaction():
        units = [catalog.add_business_unit(store, UNIT_NAMES[i]) for i in range(UNITS)]
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
           "currency, period_kind, period_start, period_end, month, channel_id, input_type, motivation, "
           f"funding_source, fingerprint, origin) VALUES ({', '.join(['?'] * 18)}, 'import')")
    key_of = {metric_id: key for key, metric_id in metric.items()}

    def fingerprinted(made):
        """Each row with its fingerprint, as an import stores it (an import into a copy looks duplicates up by it)."""
        for row in made:
            yield (*row, fingerprint_of(row[5], key_of[row[6]], row[10], row[11], row[7], row[8], row[13]))

    def rows():
        for program in programs:  # a stock and a distinct count per program and month, plus yearly distinct
            for m in months:
                for key, value in (("sites", rng.randint(1, 50)), ("volunteers", rng.randint(10, 900))):
                    yield (new_id(), now, now, device, user, program, metric[key], value * 10_000, None, "month",
                           m.start.isoformat(), m.end.isoformat(), m.month_key, None, None, None, None)
            for year in range(FIRST_FY, FIRST_FY + YEARS):
                fy = fiscal_year(year)
                yield (new_id(), now, now, device, user, program, metric["volunteers"], rng.randint(500, 5000) * 10_000,
                       None, "fiscal_year", fy.start.isoformat(), fy.end.isoformat(), fy.month_key, None, None,
                       None, None)
        flows = total - PROGRAMS * (len(months) * 2 + YEARS)
        for _ in range(flows):
            m = months[rng.randrange(len(months))]
            day = m.start.replace(day=rng.randint(1, m.end.day)).isoformat()
            pick = rng.random()
            # B4SI classification as entries get it from the metrics' defaults, with some of the
            # money given by the company itself (cash, in-kind, management costs).
            if pick < 0.45:
                key, currency, value = "donations", ("USD" if pick < 0.05 else "CNY"), rng.randint(100, 500_000)
                how, why, source = (("cash", "community_investment", "public") if pick < 0.35 else
                                    (rng.choice(("cash", "in_kind", "management_costs")), "charitable_gift",
                                     "company"))
            elif pick < 0.8:
                key, currency, value = "volunteer_hours", None, rng.randint(1, 40)
                how, why, source = "time", "community_investment", "company"
            else:
                key, currency, value = "trees_planted", None, rng.randint(1, 2_000)
                how = why = source = None
            yield (new_id(), now, now, device, user, programs[rng.randrange(PROGRAMS)], metric[key],
                   value * 10_000, currency, "day", day, day, m.month_key,
                   channels[rng.randrange(4)] if key == "donations" else None, how, why, source)

    started = time.perf_counter()
    with store.transaction():  # like storage.entries' bulk path: trigger paused, roll-ups grouped
        before = store.conn.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()[0]
        store.conn.execute("INSERT INTO rollup_pause (reason) VALUES ('benchmark')")
        store.conn.executemany(sql, fingerprinted(rows()))
        store.conn.execute("DELETE FROM rollup_pause")
        for statement in ROLLUP_BULK_ADD_SQL:
            store.conn.execute(statement, {"after": before})
    count = store.db.execute("SELECT count(*) FROM entries").fetchone()[0]
    print(f"generated {count:,} entries in {time.perf_counter() - started:.1f} s → {path}")
    store.conn.execute("ANALYZE")
    store.close()


def timed(fn, runs: int = 5) -> tuple[float, float]:
    """(median, best) milliseconds over ``runs`` calls after one warm-up.

    Also keeps the median CPU time of this process over the same calls (``last_cpu_ms``):
    on a machine shared with other jobs, wall-clock figures swing by 2–4×, CPU far less.
    """
    fn()
    samples, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    last_cpu_ms[0] = statistics.median(cpu)
    return statistics.median(samples), min(samples)


last_cpu_ms = [0.0]


def measure(path: Path, only: set[str]) -> None:
    import shiboken6
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from impact_desktop.gui.common.context import AppContext
    from impact_desktop.gui.dashboard.page import DashboardPage
    from impact_desktop.report.export import write_pdf
    from impact_desktop.services.dashboard import DashboardFilter, PeriodMode, forget_kept_figures, load_dashboard

    store = open_store(path)
    filters = {"one fiscal year (FY2018)": DashboardFilter(PeriodMode.FISCAL, 2018),
               "all 8 years (96 months)": DashboardFilter(PeriodMode.ALL)}
    if "service" in only:
        from impact_desktop.services.dashboard import read_b4si

        for label, flt in filters.items():
            median, best = timed(lambda flt=flt: forget_kept_figures() or load_dashboard(store, flt))
            print(f"dashboard service with B4SI (report, CLI), {label}: median {median:.0f} ms, best {best:.0f} ms "
                  f"(CPU {last_cpu_ms[0]:.0f} ms)")
            median, best = timed(lambda flt=flt: forget_kept_figures() or load_dashboard(store, flt, b4si=False))
            print(f"dashboard service without B4SI (the GUI refresh on a big store), {label}: median {median:.0f} ms,"
                  f" best {best:.0f} ms (CPU {last_cpu_ms[0]:.0f} ms)")
            median, best = timed(lambda flt=flt: load_dashboard(store, flt, b4si=False))
            print(f"  the same with the figures kept from the previous call (nothing changed): median {median:.0f} ms,"
                  f" best {best:.0f} ms (CPU {last_cpu_ms[0]:.0f} ms)")
            data = load_dashboard(store, flt, b4si=False)
            median, best = timed(lambda data=data: read_b4si(store, data))
            print(f"  B4SI split alone (on the dashboard: a worker thread after the refresh), {label}: "
                  f"median {median:.0f} ms, best {best:.0f} ms (CPU {last_cpu_ms[0]:.0f} ms)")
    if "refresh" in only:
        page = DashboardPage(AppContext(store))
        page.resize(1400, 1000)
        page.show()
        page.refresh()
        app.processEvents()
        ui = page.ui
        ui.periodCombo.setCurrentIndex(0)  # fiscal year
        years = [ui.yearCombo.findData(year) for year in (2018, 2017)]
        turn = [0]

        def fiscal_refresh():  # FY2018, FY2017, FY2018, ...: every chart gets new figures
            ui.yearCombo.setCurrentIndex(years[turn[0] % 2])
            turn[0] += 1
            page.refresh()
            ui.scrollContents.grab()  # paints every tile and chart, offscreen

        def refresh_with_b4si():  # ... and until the B4SI chart read on the worker is drawn too
            loaded = []
            page.b4si_loaded.connect(lambda: loaded.append(1))
            fiscal_refresh()
            while not loaded:
                app.processEvents()
            page.b4si_loaded.disconnect()
            ui.scrollContents.grab()

        def forced_refresh():  # same filter, but every chart forgets what it has drawn
            for chart in page.all_charts():
                chart._drawn = None
            page.refresh()
            ui.scrollContents.grab()

        def first_read(refresh):  # ... with every query run: a filter not shown since the last change
            def run():
                forget_kept_figures()
                refresh()
            return run

        def same_refresh():
            page.refresh()
            ui.scrollContents.grab()

        median, best = timed(fiscal_refresh, runs=8)
        print(f"full dashboard refresh (queries + tiles + every chart redrawn and painted), one fiscal year "
              f"(FY2018/FY2017 alternating): median {median:.0f} ms, best {best:.0f} ms (CPU {last_cpu_ms[0]:.0f} ms)")
        median, best = timed(first_read(fiscal_refresh), runs=8)
        print(f"  the same, first read of the filter (every query runs): median {median:.0f} ms, best {best:.0f} ms "
              f"(CPU {last_cpu_ms[0]:.0f} ms)")
        median, best = timed(refresh_with_b4si, runs=8)
        print(f"  the same until the B4SI chart is drawn too (figures kept): median {median:.0f} ms, "
              f"best {best:.0f} ms")
        median, best = timed(first_read(refresh_with_b4si), runs=8)
        print(f"  the same, first read (the B4SI split read on a worker): median {median:.0f} ms, "
              f"best {best:.0f} ms")
        median, best = timed(same_refresh, runs=8)
        print(f"dashboard refresh with unchanged figures (queries + tiles + painting), one fiscal year: "
              f"median {median:.0f} ms, best {best:.0f} ms (CPU {last_cpu_ms[0]:.0f} ms)")
        ui.periodCombo.setCurrentIndex(3)
        median, best = timed(forced_refresh)
        print(f"full dashboard refresh (queries + tiles + every chart redrawn and painted), all 8 years "
              f"(96 months): median {median:.0f} ms, best {best:.0f} ms (CPU {last_cpu_ms[0]:.0f} ms)")
        median, best = timed(first_read(forced_refresh))
        print(f"  the same, first read of the filter (every query runs): median {median:.0f} ms, best {best:.0f} ms "
              f"(CPU {last_cpu_ms[0]:.0f} ms)")
        # Deleted now, not later: with no event loop to run a deleteLater, the page's B4SI
        # worker would outlive the store and meet the interpreter's shutdown.
        shiboken6.delete(page)
    if "pdf" in only:
        out = Path(tempfile.gettempdir()) / "impact_bench_report.pdf"
        for label, flt in filters.items():
            median, best = timed(lambda flt=flt: write_pdf(out, load_dashboard(store, flt, details=True)), runs=3)
            print(f"report PDF (figures + layout + painting), {label}: median {median:.0f} ms, best {best:.0f} ms")
    store.close()
    if "startup" in only:
        with tempfile.TemporaryDirectory() as pycache:
            # As installed (wheel, PyInstaller), modules load from cached bytecode; with
            # PYTHONDONTWRITEBYTECODE (set in some shells) every start compiles ~150 modules.
            cached = {"PYTHONPYCACHEPREFIX": pycache, "PYTHONDONTWRITEBYTECODE": ""}
            startup(path, "dashboard", cached)  # fills the bytecode cache
            for first_page, label in (("dashboard", "opening on the dashboard"),
                                      ("", "opening on the default first page")):
                for env, how in ((cached, "bytecode cached"), ({"PYTHONDONTWRITEBYTECODE": "1"}, "no bytecode")):
                    runs = sorted(startup(path, first_page, env) for _ in range(5))
                    print(f"start-up to a usable main window (python -m impact_desktop, fresh process, {label}, "
                          f"{how}; dashboard refreshed, window painted): median {statistics.median(runs):.0f} ms, "
                          f"best {runs[0]:.0f} ms")


#: Runs in the child: wraps MainWindow.show to report once the window is shown, the
#: dashboard has its figures and the events queued by then (the first paint) are done.
_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import impact_desktop.gui.shell.main_window as main_window
from impact_desktop.gui.dashboard.page import DashboardPage

shown = main_window.MainWindow.show

def show(window):
    shown(window)
    page = window.findChild(DashboardPage)

    def usable():
        print("USABLE", flush=True)
        QTimer.singleShot(0, window.close)

    if page is None or page.data is not None:
        QTimer.singleShot(0, usable)
    else:
        page.refreshed.connect(lambda: QTimer.singleShot(0, usable))

main_window.MainWindow.show = show
first_page = sys.argv[2]
if first_page:  # open on this page, as if the user had left the app there
    main_window.MainWindow.restore_last_page = lambda window: window.show_page(first_page)
sys.argv = ["impact-desktop", "--db", sys.argv[1]]
from impact_desktop.cli import main
main()
"""


def startup(path: Path, first_page: str, python_env: dict[str, str]) -> float:
    """Milliseconds from launching ``python -m impact_desktop``'s code to a usable window."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": home,
               "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home}
        env.update(python_env)
        if not env.get("PYTHONDONTWRITEBYTECODE"):
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # an empty value still counts as set
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", _PROBE, str(path), first_page], cwd=ROOT, env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        watchdog = threading.Timer(120, child.kill)  # an error dialog would wait for a click forever
        watchdog.start()
        try:
            for line in child.stdout:
                if line.strip() == "USABLE":
                    elapsed = (time.perf_counter() - start) * 1000
                    break
            else:
                raise RuntimeError("the app exited (or was stopped) before its window was usable")
            child.stdout.close()
            child.wait(timeout=60)
        finally:
            watchdog.cancel()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/impact_bench_1m.db"))
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true", help="Regenerate the database even if it exists.")
    parser.add_argument("--only", default="service,refresh,pdf,startup",
                        help="Comma-separated parts to measure: service, refresh, pdf, startup.")
    args = parser.parse_args()
    if args.rebuild or not args.db.exists() or not current_schema(args.db):
        build(args.db, args.entries)
    if args.only != "build":
        measure(args.db, set(args.only.split(",")))


def current_schema(path: Path) -> bool:
    """A database made before the roll-ups ``unit_totals``/``program_months`` must be rebuilt."""
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {"unit_totals", "program_months"} <= tables


if __name__ == "__main__":
    main()
