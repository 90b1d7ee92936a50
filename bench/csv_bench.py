"""Peak memory and time of a dry run and an import of a 2-million-row CSV (not a test: run it by hand).

    python bench/csv_bench.py [--rows 2000000] [--keep DIR]

Generates a CSV of ``--rows`` figures (about 43 bytes a row: business unit, program, a
day between 2000 and 2099, a donation with cents; every row a new figure), then runs,
each in a child process so that its peak resident memory (ru_maxrss) is its own:

* ``impact-desktop import FILE --dry-run`` into a database path that does not exist;
* ``impact-desktop import FILE`` into a fresh database (read, check, write in one transaction);
* the same dry run again on the filled database: every row is now a duplicate of a stored
  figure (the re-sent file);
* ``pandas.read_csv`` of the same file, the peer a reader of this size is compared with
  (skipped, and said so, when pandas is not installed: it is not a dependency).

The target (issue 10): every Impact Desktop run peaks under 1 GB. The import's speed against
``pandas.read_csv`` + ``to_sql`` (issue 14) is measured by ``bench/import_bench.py`` (shape ``long-csv``);
this script is about the peaks of the dry runs, the re-sent file's above all.
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
TARGET_MB = 1024

UNITS = [("Ant Financial", ["Ant Forest", "Alipay Philanthropy", "Green points"]),
         ("Cainiao", ["Recycling", "Green boxes"]), ("Amap", ["Air map", "Water map"])]


def generate(path: Path, rows: int) -> None:
    programs = [(unit, program) for unit, names in UNITS for program in names]
    start = dt.date(2000, 1, 1)
    days = [(start + dt.timedelta(days=n)).isoformat() for n in range(36_500)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Business unit,Program,Date,Donations (CNY)\n")
        for i in range(rows):
            unit, program = programs[i % len(programs)]
            handle.write(f"{unit},{program},{days[(i // len(programs)) % len(days)]},{1000 + i}.{i % 100:02d}\n")


CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
started = time.perf_counter()
kind = sys.argv[1]
if kind == "pandas":
    import pandas
    frame = pandas.read_csv(sys.argv[2])
    result = {{"rows": len(frame)}}
else:
    from click.testing import CliRunner
    from impact_desktop.cli import cli
    run = CliRunner().invoke(cli, ["--db", sys.argv[3], "import", sys.argv[2], *sys.argv[4:]])
    lines = run.output.strip().splitlines()
    counts = lines[1] if len(lines) > 1 else ""
    result = {{"code": run.exit_code, "last": lines[-1] if lines else "", "counts": counts}}
result["seconds"] = time.perf_counter() - started
result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def child(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), *args], capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def has_pandas() -> bool:
    return subprocess.run([sys.executable, "-c", "import pandas"], capture_output=True).returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--keep", type=Path, help="folder to keep the CSV and database in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path, db = folder / "figures.csv", folder / "bench.db"
        for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            stale.unlink(missing_ok=True)
        started = time.perf_counter()
        generate(path, args.rows)
        print(f"CSV: {args.rows:,} rows, {path.stat().st_size / 1e6:.0f} MB "
              f"(generated in {time.perf_counter() - started:.0f} s)")
        runs = [("dry run, empty store", child("import", str(path), str(folder / "none.db"), "--dry-run")),
                ("import into a new store", child("import", str(path), str(db))),
                ("dry run of the re-sent file (all duplicates)", child("import", str(path), str(db), "--dry-run"))]
        worst = 0.0
        for label, result in runs:
            if "error" in result:
                print(f"{label:46s}: FAILED ({result['error']})")
                worst = float("inf")
                continue
            worst = max(worst, result["peak_mb"])
            print(f"{label:46s}: {result['seconds']:7.1f} s  peak {result['peak_mb']:6.0f} MB  "
                  f"({result['counts'].strip() or result['last']})")
        if has_pandas():
            peer = child("pandas", str(path))
            print(f"{'pandas.read_csv of the same file (peer)':46s}: {peer['seconds']:7.1f} s  "
                  f"peak {peer['peak_mb']:6.0f} MB  ({peer['rows']:,} rows)")
        else:
            print("pandas is not installed: no peer measured (pip install pandas, for this bench only)")
        print(f"target: every run under {TARGET_MB} MB:", "met" if worst < TARGET_MB else "NOT met")


if __name__ == "__main__":
    main()
