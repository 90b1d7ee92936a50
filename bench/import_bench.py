"""Import speed and memory on a generated 100,000-row wide workbook.

Measures, in the same run and on the same file:
* a bare openpyxl read-only scan (the baseline the issue compares against);
* the full import: read (calamine), map, validate every cell, detect duplicates and
  store in one transaction, into a fresh database;
each in a child process, so peak memory (ru_maxrss) belongs to that step alone.

Run: ``/work/venv/bin/python bench/import_bench.py [--rows 100000]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UNITS = [(f"Business unit {u}", [f"Program {u}-{p}" for p in range(6)]) for u in range(10)]
HEADERS = ["Business unit", "Program", "Date", "Channel", "Donation Amount (CNY)", "Volunteer hours",
           "Trees planted", "Note"]


def generate(path: Path, rows: int) -> None:
    """A realistic wide sheet: title rows, then rows with donations, some hours and trees."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    sheet.append(["Field report FY2018"])
    sheet.append([])
    sheet.append(HEADERS)
    programs = [(unit, program) for unit, names in UNITS for program in names]
    start = dt.date(2015, 4, 1)
    for i in range(rows):
        unit, program = programs[i % len(programs)]
        day = start + dt.timedelta(days=i // len(programs))  # one row per program and day
        sheet.append([
            unit, program, day, "Alipay Philanthropy" if i % 2 else "Alibaba Philanthropy",
            1000 + (i * 37) % 90000 + (i % 100) / 100,
            (i % 40) + 1 if i % 3 == 0 else None,
            (i % 500) + 1 if i % 5 == 0 else None,
            f"batch {i // 1000}",
        ])
    workbook.save(path)


def child_openpyxl(path: str) -> dict:
    import openpyxl

    started = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in workbook["Data"].iter_rows(values_only=True))
    workbook.close()
    return {"seconds": time.perf_counter() - started, "rows": count}


def child_import(path: str, db: str) -> dict:
    from impact_desktop.services.importing import commit_import, preview_import
    from impact_desktop.storage.database import open_store

    store = open_store(db)
    started = time.perf_counter()
    preview = preview_import(store, path)
    checked = time.perf_counter()
    result = commit_import(store, preview)
    seconds = time.perf_counter() - started
    store.close()
    return {"seconds": seconds, "preview_seconds": checked - started, "store_seconds": seconds - (checked - started),
            "entries": result.new_count, "skipped": result.skipped_count, "invalid": result.invalid_count}


def run_child(*args: str) -> dict:
    code = (
        f"import json, resource, sys; sys.path.insert(0, {str(ROOT)!r}); "
        f"from bench.import_bench import {args[0]} as f; "
        "r = f(*sys.argv[1:]); r['maxrss_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024; "
        "print(json.dumps(r))"
    )
    out = subprocess.run([sys.executable, "-c", code, *args[1:]], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wide.xlsx"
        generate(path, args.rows)
        size = path.stat().st_size / 1e6
        bare = run_child("child_openpyxl", str(path))
        full = run_child("child_import", str(path), str(Path(tmp) / "bench.db"))
    bare_rate = args.rows / bare["seconds"]
    full_rate = args.rows / full["seconds"]
    print(f"workbook: {args.rows:,} data rows x {len(HEADERS)} columns, {size:.1f} MB")
    print(f"openpyxl read-only scan : {bare['seconds']:6.2f} s  {bare_rate:9,.0f} rows/s  "
          f"peak {bare['maxrss_mb']:.0f} MB")
    print(f"full import (read, validate, store): {full['seconds']:6.2f} s  {full_rate:9,.0f} rows/s  "
          f"peak {full['maxrss_mb']:.0f} MB  ({full['entries']:,} entries stored)")
    print(f"  of which read + map + validate + duplicate check: {full['preview_seconds']:.2f} s, "
          f"store (one transaction): {full['store_seconds']:.2f} s")
    print(f"full import vs bare openpyxl scan: {full_rate / bare_rate:.2f}x")
    ok = full_rate >= 30_000 and full["maxrss_mb"] < 400
    print("target (>= 30,000 rows/s, < 400 MB):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
