"""Import speed and memory on generated files of several shapes, each beside its pandas peer.

    python bench/import_bench.py [--rows-xlsx 100000] [--rows-csv 1000000] [--only NAME ...] [--keep DIR]
                                 [--code CHECKOUT] [--into STORE]

Shapes (generated here, with a fixed seed):

* ``wide``         100,000-row wide .xlsx: two title rows, then business unit, program, date
                   (random over 8 years), channel (4), donations written as currency strings
                   ("¥48,500.50"), volunteer hours and trees in some rows, a note; 8 units x 12 programs;
* ``wide-sorted``  the same rows with the dates in order;
* ``wide-zh``      the same rows under Chinese headers (事业部, 公益项目, 日期, 渠道, 捐赠金额（万元）,
                   志愿服务时长, 植树数量, 备注) with Chinese unit and program names and the
                   donations as plain numbers in 万元;
* ``long``         100,000-row long .xlsx, one figure a row: unit, program, metric, period, value;
* ``long-csv``     1,000,000-row long .csv: 24 units x 15 programs, 3 metrics, a Chinese note,
                   dates over 14 years (``--rows-csv`` to run it smaller).

Each import is the real thing: ``python -m impact_desktop import FILE --db NEW.db`` (read, map,
validate every cell, find duplicates, store in one transaction into a new database), run as a
child process whose peak resident memory (ru_maxrss from wait4) is its own; its time includes
starting Python and the CLI. Beside it, in the same run and on the same file, the peer:
``pandas.read_excel(FILE, engine="calamine")`` for a workbook, ``pandas.read_csv(FILE)`` then
``DataFrame.to_sql`` into a new SQLite file for a CSV (also a child process, import included).

With ``--into STORE`` each import goes into a copy of STORE instead of a new database (a
group's store of a million entries, e.g. the one ``bench/dashboard_bench.py`` builds: the
duplicate look-up, the kept indexes and the roll-ups then work at that scale), and the import
is undone afterwards with ``impact-desktop imports undo``, timed the same way.

Targets (issue 14): a 100,000-row workbook in <= 2x the peer, peak <= 400 MB; a 1,000,000-row
CSV in <= 3x the peer, peak <= 1 GB. pandas is not a dependency of Impact Desktop: install it
for this bench only (``pip install pandas python-calamine``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

UNITS_EN = ["Ant Group", "Cainiao", "Amap", "Alibaba Cloud", "Taobao", "Tmall", "Ele.me", "Youku"]
UNITS_ZH = ["蚂蚁集团", "菜鸟", "高德", "阿里云", "淘宝", "天猫", "饿了么", "优酷"]
CHANNELS = ["Alipay Philanthropy", "Alibaba Philanthropy", "Taobao Philanthropy", "Offline"]
CHANNELS_ZH = ["支付宝公益", "阿里巴巴公益", "淘宝公益", "线下"]
HEADERS_EN = ["Business unit", "Program", "Date", "Channel", "Donation Amount (CNY)", "Volunteer hours",
              "Trees planted", "Note"]
HEADERS_ZH = ["事业部", "公益项目", "日期", "渠道", "捐赠金额（万元）", "志愿服务时长", "植树数量", "备注"]
LONG_HEADERS = ["Business unit", "Program", "Metric", "Period", "Value"]
METRICS = ["Donations (CNY)", "Volunteer hours", "Trees planted"]
NOTES_ZH = ["线上捐赠", "员工志愿服务", "蚂蚁森林植树", "乡村教育", "", "救灾物资", "社区活动", ""]


@dataclass(frozen=True)
class Shape:
    name: str
    kind: str  # "xlsx" or "csv"
    target_ratio: float
    target_mb: int
    describe: str


SHAPES = [
    Shape("wide", "xlsx", 2.0, 400, "wide .xlsx, ¥ strings, random dates over 8 years, 8x12 programs, 4 channels"),
    Shape("wide-sorted", "xlsx", 2.0, 400, "the same, dates in order"),
    Shape("wide-zh", "xlsx", 2.0, 400, "the same, Chinese headers and names, 万元"),
    Shape("long", "xlsx", 2.0, 400, "long .xlsx: unit, program, metric, period, value"),
    Shape("long-csv", "csv", 3.0, 1024, "long .csv, 24x15 programs, 3 metrics, Chinese note, 14 years"),
]


def _wide_rows(rows: int, *, chinese: bool, sorted_dates: bool):
    rng = random.Random(14)
    units = UNITS_ZH if chinese else UNITS_EN
    channels = CHANNELS_ZH if chinese else CHANNELS
    programs = [(unit, f"{unit}公益项目{p + 1}" if chinese else f"{unit} program {p + 1}")
                for unit in units for p in range(12)]
    start, span = dt.date(2017, 1, 1), 8 * 365 + 2
    days = [start + dt.timedelta(days=rng.randrange(span)) for _ in range(rows)]
    if sorted_dates:
        days.sort()
    for i, day in enumerate(days):
        unit, program = programs[rng.randrange(len(programs))]
        cents = rng.randrange(100_000, 9_000_000)
        # 万元 (0.1 to 9, i.e. 1,000 to 90,000 CNY) under Chinese headers, else "¥48,500.50"
        donation = round(cents / 1_000_000, 4) if chinese else f"¥{cents // 100:,}.{cents % 100:02d}"
        yield [unit, program, day, channels[i % 4], donation,
               (i % 40) + 1 if i % 3 == 0 else None,
               (i % 500) + 1 if i % 5 == 0 else None,
               NOTES_ZH[i % len(NOTES_ZH)] if chinese else f"batch {i // 1000}"]


def generate_wide(path: Path, rows: int, *, chinese: bool = False, sorted_dates: bool = False) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    sheet.append(["公益数据报表" if chinese else "Field report"])
    sheet.append([])
    sheet.append(HEADERS_ZH if chinese else HEADERS_EN)
    for row in _wide_rows(rows, chinese=chinese, sorted_dates=sorted_dates):
        sheet.append(row)
    workbook.save(path)


def generate_long(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(15)
    programs = [(unit, f"{unit} program {p + 1}") for unit in UNITS_EN for p in range(12)]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Figures")
    sheet.append(LONG_HEADERS)
    start = dt.date(2017, 1, 1)
    for _ in range(rows):
        unit, program = programs[rng.randrange(len(programs))]
        metric = rng.randrange(3)
        value = rng.randrange(100_000, 9_000_000) / 100 if metric == 0 else rng.randrange(1, 500)
        sheet.append([unit, program, METRICS[metric], start + dt.timedelta(days=rng.randrange(8 * 365 + 2)), value])
    workbook.save(path)


def generate_csv(path: Path, rows: int) -> None:
    rng = random.Random(16)
    units = [f"Unit {u + 1:02d}" for u in range(24)]
    programs = [(unit, f"{unit} program {p + 1}") for unit in units for p in range(15)]
    start = dt.date(2011, 1, 1)
    days = [(start + dt.timedelta(days=n)).isoformat() for n in range(14 * 365 + 3)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Business unit,Program,Metric,Date,Value,备注\n")
        for i in range(rows):
            unit, program = programs[rng.randrange(len(programs))]
            metric = rng.randrange(3)
            value = f"{rng.randrange(100_000, 9_000_000) / 100:.2f}" if metric == 0 else str(rng.randrange(1, 500))
            handle.write(f"{unit},{program},{METRICS[metric]},{days[rng.randrange(len(days))]},{value},"
                         f"{NOTES_ZH[i % len(NOTES_ZH)]}\n")


def generate(shape: Shape, path: Path, rows: int) -> None:
    if shape.name == "wide":
        generate_wide(path, rows)
    elif shape.name == "wide-sorted":
        generate_wide(path, rows, sorted_dates=True)
    elif shape.name == "wide-zh":
        generate_wide(path, rows, chinese=True)
    elif shape.name == "long":
        generate_long(path, rows)
    else:
        generate_csv(path, rows)


PEER = """
import sqlite3, sys, time
import pandas
started = time.perf_counter()
path, kind = sys.argv[1], sys.argv[2]
if kind == "xlsx":
    frame = pandas.read_excel(path, engine="calamine", skiprows=int(sys.argv[3]))
else:
    frame = pandas.read_csv(path)
    with sqlite3.connect(sys.argv[4]) as connection:
        frame.to_sql("figures", connection, index=False)
print(len(frame), time.perf_counter() - started)
"""


def measure(argv: list[str], cwd: Path = ROOT) -> dict:
    """Run ``argv`` as a child process; its wall time, peak RSS (MB, ru_maxrss from wait4) and output."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err, cwd=cwd, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "code": process.returncode,
                "out": out.read(), "err": err.read()}


def run_ours(path: Path, db: Path, code: Path) -> dict:
    return measure([sys.executable, "-m", "impact_desktop", "import", str(path), "--db", str(db)], cwd=code)


def run_undo(import_output: str, db: Path, code: Path) -> dict | None:
    """``imports undo`` of the batch an import printed, as a child process (None if it printed none)."""
    found = re.search(r"as batch ([0-9a-f]{8})", import_output)
    if found is None:
        return None
    return measure([sys.executable, "-m", "impact_desktop", "imports", "undo", found[1], "--db", str(db)], cwd=code)


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (its WAL included) at ``target``, through SQLite's backup."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    writing.close()
    reading.close()


def run_peer(shape: Shape, path: Path, db: Path) -> dict:
    skip = "2" if shape.name.startswith("wide") else "0"
    return measure([sys.executable, "-c", PEER, str(path), shape.kind, skip, str(db)])


HEADER = (f"{'shape':12s} {'rows':>9s} {'ours s':>7s} {'peer s':>7s} {'ratio':>6s} {'our peak MB':>11s} "
          f"{'peer MB':>7s}  {'target':18s} met?")


def table_row(shape: Shape, rows: int, ours: dict, peer: dict) -> str:
    ratio = ours["seconds"] / peer["seconds"]
    met = ratio <= shape.target_ratio and ours["peak_mb"] <= shape.target_mb
    target = f"<= {shape.target_ratio:g}x, <= {shape.target_mb} MB"
    return (f"{shape.name:12s} {rows:9,d} {ours['seconds']:7.2f} {peer['seconds']:7.2f} {ratio:5.2f}x "
            f"{ours['peak_mb']:11.0f} {peer['peak_mb']:7.0f}  {target:18s} {'met' if met else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows-xlsx", type=int, default=100_000)
    parser.add_argument("--rows-csv", type=int, default=1_000_000)
    parser.add_argument("--only", nargs="+", choices=[s.name for s in SHAPES], help="run these shapes only")
    parser.add_argument("--keep", type=Path, help="folder to keep the generated files in")
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="checkout whose impact_desktop is imported (e.g. another worktree, for before/after)")
    parser.add_argument("--into", type=Path, help="import into a copy of this database, then undo the import")
    args = parser.parse_args()
    try:
        import pandas  # noqa: F401  (only to say early that the peer cannot run)
    except ImportError:
        sys.exit("pandas is needed for the peer of this benchmark: pip install pandas python-calamine")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results = []
        for shape in SHAPES:
            if args.only and shape.name not in args.only:
                continue
            rows = args.rows_csv if shape.kind == "csv" else args.rows_xlsx
            path = folder / f"{shape.name}.{shape.kind}"
            if not path.exists():
                generate(shape, path, rows)
            ours_db, peer_db = folder / f"{shape.name}.db", folder / f"{shape.name}.peer.db"
            for stale in (ours_db, peer_db):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(stale) + suffix).unlink(missing_ok=True)
            if args.into:
                copy_store(args.into, ours_db)
            peer = run_peer(shape, path, peer_db)
            ours = run_ours(path, ours_db, args.code.resolve())
            if ours["code"] != 0 or peer["code"] != 0:
                print(f"{shape.name}: FAILED\n  ours: {ours['out'][-800:]}{ours['err'][-800:]}\n"
                      f"  peer: {peer['err'][-800:]}", file=sys.stderr)
                continue
            counts = ours["out"].strip().splitlines()
            results.append(table_row(shape, rows, ours, peer))
            print(f"{shape.name}: {shape.describe}; {path.stat().st_size / 1e6:.1f} MB", flush=True)
            for line in counts[:2]:
                print(f"    {line}")
            print(f"    {results[-1]}", flush=True)
            undo = run_undo(ours["out"], ours_db, args.code.resolve()) if args.into else None
            if undo is not None:
                state = "" if undo["code"] == 0 else f" FAILED: {undo['err'][-300:]}"
                print(f"    undone in {undo['seconds']:.2f} s, peak {undo['peak_mb']:.0f} MB{state}", flush=True)
    print()
    if args.into:
        print(f"(ours: into a copy of {args.into}; the peer: into a new database)")
    print(HEADER)
    for line in results:
        print(line)

if __name__ == "__main__":
    main()
