"""The Entries page's queries at a million entries (not a test: run it by hand).

    python bench/entries_bench.py [--db /tmp/impact_bench_entries_1m.db] [--entries 1000000] [--rebuild]

Generates (once; reused while it exists) 24 business units with Chinese and English names,
15 programs each (every unit and program also named in the other language), 4 channels, three
currencies and notes in Chinese and English (a third empty), inserted through the bulk path's
grouped roll-up and note statements. Then prints, for every sort (both directions), filter and
search, the median of five runs of what the Entries page asks on each change (count + first
page of 500, ``services.entry_list``), name sorts in a Chinese interface too, and, beside some,
the same page the way it was asked before ``0007_entries_search`` (a LIKE over the joined names
and notes; ORDER BY over the join), measured in the same run.
Last, what the search and sort indexes cost a 100,000-entry import (``add_entries`` into
a fresh store with and without them) and the ``impact-desktop entries`` command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impact_desktop.core import texts  # noqa: E402
from impact_desktop.core.entries import EntryDraft, Origin  # noqa: E402
from impact_desktop.core.names import is_chinese  # noqa: E402
from impact_desktop.core.periods import day  # noqa: E402
from impact_desktop.services.entry_list import EntryFilter, count_entries, list_entries  # noqa: E402
from impact_desktop.storage import catalog  # noqa: E402
from impact_desktop.storage.alternative_names import add_alternative_name  # noqa: E402
from impact_desktop.storage.database import open_store  # noqa: E402
from impact_desktop.storage.entries import add_entries  # noqa: E402
from impact_desktop.storage.migrations import ENTRY_QUERY_INDEXES_SQL, ROLLUP_BULK_ADD_SQL  # noqa: E402
from impact_desktop.storage.rows import new_id, utc_now  # noqa: E402

UNITS = ["蚂蚁金服", "Cainiao", "菜鸟", "Amap", "天猫国际", "Tmall Global", "阿里健康", "Alibaba Cloud", "优酷",
         "Youku", "饿了么", "Ele.me", "盒马", "Hema", "闲鱼", "Xianyu", "钉钉", "DingTalk", "高德", "Lazada",
         "淘宝", "Taobao", "支付宝", "Alipay"]
PHRASES = ["蚂蚁森林植树", "菜鸟驿站回收纸箱", "支付宝公益捐款", "人人三小时志愿服务", "公益宝贝 Goods for Good",
           "Ant Forest planting day", "employee volunteering", "disaster relief 四川", "乡村教师计划",
           "clean water project", "高德环境地图 air quality", "天猫国际 cross-border donation"]


def build(path: Path, total: int) -> None:
    if path.exists():
        path.unlink()
    store = open_store(path)
    rng = random.Random(14)
    with store.transaction():
        units = [catalog.add_business_unit(store, name) for name in UNITS]
        programs = [catalog.add_program(store, unit, f"{name} 项目 {p + 1}" if p % 2 else f"{name} program {p + 1}")
                    for unit, name in zip(units, UNITS, strict=True) for p in range(15)]
        names = ("支付宝公益", "Online", "Events", "人人三小时")
        channels = [None] + [catalog.add_channel(store, name) for name in names]
    metric = {key: mid for key, mid in store.db.execute("SELECT key, id FROM metrics")}
    now, device, user = utc_now(), store.device_id, store.user
    start = dt.date(2011, 4, 1)
    sql = ("INSERT INTO entries (id, created_at, updated_at, device_id, changed_by, program_id, metric_id, value_e4, "
           "currency, period_kind, period_start, period_end, month, channel_id, note, origin) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?)")

    def rows():
        for i in range(total):
            when = start + dt.timedelta(days=rng.randrange(8 * 365))
            pick = rng.random()
            key = "donations" if pick < 0.5 else ("volunteer_hours" if pick < 0.8 else "trees_planted")
            currency = rng.choice(("CNY", "CNY", "CNY", "USD", "HKD")) if key == "donations" else None
            note = "" if rng.random() < 0.33 else f"{rng.choice(PHRASES)} #{i}"
            yield (new_id(), now, now, device, user, rng.choice(programs), metric[key],
                   rng.randint(1, 500_000) * 10_000, currency, when.isoformat(), when.isoformat(),
                   when.year * 100 + when.month, rng.choice(channels) if key == "donations" else None, note,
                   "import" if rng.random() < 0.9 else "form")

    started = time.perf_counter()
    with store.transaction():
        before = store.conn.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()[0]
        store.conn.execute("INSERT INTO rollup_pause (reason) VALUES ('benchmark')")
        store.conn.executemany(sql, rows())
        store.conn.execute("DELETE FROM rollup_pause")
        for statement in ROLLUP_BULK_ADD_SQL:
            store.conn.execute(statement, {"after": before})
    add_other_names(store)
    store.conn.execute("ANALYZE")
    print(f"generated {total:,} entries in {time.perf_counter() - started:.0f} s → {path}")
    store.close()


def add_other_names(store) -> int:
    """Every unit and program gets a name in the other language (英文 → 中文, 中文 → English), so
    a name sort in either interface sorts by names other than the stored ones: the worst case."""
    added = 0
    with store.transaction():
        for kind, table in (("business_unit", "business_units"), ("program", "programs")):
            for target_id, name in store.db.execute(f"SELECT id, name FROM {table}").fetchall():
                other = f"Alias {name}" if is_chinese(name) else f"别名 {name}"
                added += add_alternative_name(store, kind, target_id, other) is not None
    return added


def median_ms(fn, runs: int = 5) -> float:
    """Median wall-clock ms; the median CPU ms of the same calls goes to ``last_cpu``."""
    fn()
    samples, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    last_cpu[0] = statistics.median(cpu)
    return statistics.median(samples)


#: CPU time of the last :func:`median_ms` (wall-clock figures swing 2–4× with the load of a shared machine).
last_cpu = [0.0]


def once_ms(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


_OLD_SELECT = ("SELECT e.id FROM entries e JOIN programs p ON p.id = e.program_id JOIN business_units b "
               "ON b.id = p.business_unit_id JOIN metrics m ON m.id = e.metric_id LEFT JOIN channels c "
               "ON c.id = e.channel_id WHERE e.deleted_at IS NULL")


def before_0007(store, *, text: str = "", order: str = "e.period_end") -> float:
    """The page as it was asked before: LIKE over the joined names and notes, ORDER BY over the join."""
    where, params = "", []
    if text:
        where = " AND (" + " OR ".join(f"{c} LIKE ?" for c in ("e.note", "p.name", "b.name", "m.name", "c.name")) + ")"
        params = [f"%{text}%"] * 5
    return once_ms(lambda: store.db.execute(
        f"{_OLD_SELECT}{where} ORDER BY {order} DESC, e.id DESC LIMIT 500", params).fetchall())


def page_ms(store, flt: EntryFilter, order_by: str = "period", descending: bool = True) -> tuple[float, int]:
    """What the Entries page asks on a change: the count, then the first page."""
    found = [0]

    def ask():
        found[0] = count_entries(store, flt)
        list_entries(store, flt, order_by=order_by, descending=descending, limit=500)

    return median_ms(ask), found[0]


def measure(path: Path) -> None:
    store = open_store(path)
    print("\nsort (count + first page of 500; median of 5)    asc ms (CPU)   desc ms (CPU)   before 0007 (one run)")
    old_orders = {"value": "e.value_e4", "program": "p.name", "note": "e.note", "business_unit": "b.name"}
    for key in ("period", "business_unit", "program", "metric", "value", "currency", "channel", "origin", "updated",
                "note"):
        up, _ = page_ms(store, EntryFilter(), key, False)
        up_cpu = last_cpu[0]
        down, _ = page_ms(store, EntryFilter(), key, True)
        old = f"{before_0007(store, order=old_orders[key]):9.0f} ms" if key in old_orders else ""
        print(f"  {key:<44}{up:7.1f} ({up_cpu:5.1f}) {down:7.1f} ({last_cpu[0]:5.1f})   {old}")
    units = {u.name: u.id for u in catalog.list_business_units(store)}
    print("\nfilter (count + first page, newest first; median of 5)         ms (CPU)    entries")
    filters = {
        "business unit 菜鸟": EntryFilter(business_unit_ids=[units["菜鸟"]]),
        "metric trees_planted": EntryFilter(metric_keys=["trees_planted"]),
        "one month (2015-03)": EntryFilter(start=dt.date(2015, 3, 1), end=dt.date(2015, 3, 31)),
        "12-29 March 2015 (partial month)": EntryFilter(start=dt.date(2015, 3, 12), end=dt.date(2015, 3, 29)),
        "fiscal year 2016 + unit Amap + donations": EntryFilter(
            business_unit_ids=[units["Amap"]], metric_keys=["donations"], start=dt.date(2015, 4, 1),
            end=dt.date(2016, 3, 31)),
    }
    for label, flt in filters.items():
        ms, found = page_ms(store, flt)
        print(f"  {label:<58}{ms:6.1f} ({last_cpu[0]:5.1f})  {found:>9,}")
    print("\nname sorts in a Chinese interface, every unit and program shown by its other name")
    before = texts.name_language()
    texts.set_name_language("zh_CN")
    try:
        for label, flt in (("everything", EntryFilter()), ("business unit 菜鸟", filters["business unit 菜鸟"]),
                           ("fiscal year 2016 + unit Amap + donations",
                            filters["fiscal year 2016 + unit Amap + donations"])):
            for key in ("business_unit", "program"):
                up, found = page_ms(store, flt, key, False)
                up_cpu = last_cpu[0]
                down, _ = page_ms(store, flt, key, True)
                print(f"  {label + ', by ' + key:<58}{up:6.1f} ({up_cpu:5.1f}) {down:6.1f} ({last_cpu[0]:5.1f})"
                      f"  {found:>9,}")
    finally:
        texts.set_name_language(before)
    for label, flt, key in (("fiscal year 2016, sorted by value", filters["fiscal year 2016 + unit Amap + donations"],
                             "value"), ("business unit 菜鸟, sorted by program", filters["business unit 菜鸟"],
                                        "program")):
        ms, found = page_ms(store, flt, key)
        print(f"  {label:<58}{ms:6.1f} ({last_cpu[0]:5.1f})  {found:>9,}")
    print("\nsearch (count + first page, newest first; median of 5)   ms (CPU)    entries   before 0007 (one run)")
    for text in ("植树", "树", "菜鸟驿站", "森林植树", "FOREST", "volunteering", "#123456", "天猫国际", "Online",
                 "项目 7", "no such text"):
        ms, found = page_ms(store, EntryFilter(text=text))
        cpu = last_cpu[0]
        old = before_0007(store, text=text) if text in ("植树", "FOREST", "#123456") else None
        print(f"  {text!r:<52}{ms:6.1f} ({cpu:5.1f})  {found:>9,}   {f'{old:9.0f} ms' if old else ''}")
    for text, key in (("植树", "value"), ("植树", "program"), ("Online", "note")):
        ms, found = page_ms(store, EntryFilter(text=text), key)
        print(f"  {text!r} sorted by {key:<38}{ms:6.1f} ({last_cpu[0]:5.1f})  {found:>9,}")
    store.close()
    cli = [sys.executable, "-m", "impact_desktop", "entries", "--db", str(path), "--search", "菜鸟驿站", "--sort",
           "value", "--desc", "--limit", "20", "--json"]
    runs = sorted(once_ms(lambda: subprocess.run(cli, capture_output=True, check=True)) for _ in range(3))
    print(f"\n`impact-desktop entries --search 菜鸟驿站 --sort value --desc --limit 20 --json`, whole process: "
          f"median {runs[1]:.0f} ms")


def import_cost(rows: int = 100_000) -> None:
    """add_entries of ``rows`` drafts into a fresh store, with and without the 0007 indexes."""
    rng = random.Random(7)
    notes = ["" if i % 3 == 0 else f"{PHRASES[i % len(PHRASES)]} {i}" for i in range(rows)]
    values = [Decimal(rng.randint(1, 10**6)) for _ in range(rows)]
    days = [day(dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(2000))) for _ in range(rows)]
    results: dict[str, list[float]] = {"without the search/sort indexes": [], "with them (as shipped)": []}
    second: dict[str, list[float]] = {label: [] for label in results}
    for _ in range(3):
        for label, samples in results.items():
            with tempfile.TemporaryDirectory() as folder:
                store = open_store(Path(folder) / "import.db")
                if label.startswith("without"):
                    for name in re.findall(r"EXISTS (\w+) ON", ENTRY_QUERY_INDEXES_SQL):
                        store.db.execute(f"DROP INDEX {name}")
                unit = catalog.add_business_unit(store, "菜鸟")
                programs = [catalog.add_program(store, unit, f"项目 {p}") for p in range(40)]
                drafts = [EntryDraft(programs[i % 40], "donations", values[i], days[i], currency="CNY", note=notes[i],
                                     origin=Origin.IMPORT) for i in range(rows)]
                started = time.perf_counter()
                add_entries(store, drafts)  # a first load: the sort indexes are built after it
                samples.append(time.perf_counter() - started)
                started = time.perf_counter()
                add_entries(store, drafts[: rows // 2], ids=[new_id() for _ in range(rows // 2)])
                second[label].append(time.perf_counter() - started)  # into a store holding more: kept up
                store.close()
    results = {label: statistics.median(samples) for label, samples in results.items()}
    base = results["without the search/sort indexes"]
    print(f"\nstoring {rows:,} imported entries into an empty store (add_entries, median of 3):")
    for label, seconds in results.items():
        print(f"  {label:<40}{seconds:6.2f} s  ({seconds / base:.2f}×)")
    later = {label: statistics.median(samples) for label, samples in second.items()}
    base = later["without the search/sort indexes"]
    print(f"then {rows // 2:,} more into that store (its indexes kept up row by row):")
    for label, seconds in later.items():
        print(f"  {label:<40}{seconds:6.2f} s  ({seconds / base:.2f}×)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/impact_bench_entries_1m.db"))
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip-import", action="store_true", help="Do not measure the indexes' cost to imports.")
    parser.add_argument("--only-import", action="store_true", help="Only measure the indexes' cost to imports.")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.only_import:
        if args.rebuild or not args.db.exists():
            build(args.db, args.entries)
        measure(args.db)
    if not args.skip_import:
        import_cost()


if __name__ == "__main__":
    main()
