"""Team hub at scale, on a real PostgreSQL started for the run (tests/pg_cluster.py).

    .venv/bin/python -m bench.hub_bench [--entries 10000000] [--laptops 20]

1. A hub holding ``--entries`` entries from 50 devices over 100 business units, written
   server-side (``INSERT … SELECT generate_series``) the way pushes store them.
2. First sync of an empty laptop whose role is limited to 10 of the 100 units: it pulls
   a tenth of the hub (1,000,000 entries at 10 million) through row-level security. Goal ≤ 60 s.
   Peer: the same rows read by a plain ``COPY … TO STDOUT`` on the same server.
3. An incremental sync of 1,000 changes (edited on the laptop, pushed, pulled back). Goal ≤ 2 s.
4. ``--laptops`` laptops (separate processes) syncing at once: each pushes 500 new entries and
   pulls everyone's; no errors, and the hub counts every entry once.

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impact_desktop.services.sync import sync  # noqa: E402
from impact_desktop.storage.database import open_store  # noqa: E402
from impact_desktop.storage.hub_admin import add_user, init_hub  # noqa: E402
from impact_desktop.storage.tables import natural_id  # noqa: E402
from tests.pg_cluster import running_cluster  # noqa: E402

UNITS, DEVICES = 100, 50
METRIC_ID = natural_id("metrics", {"key": "volunteer_hours"})
STAMP = "2026-01-01T00:00:00.000Z"

_FILL = """
INSERT INTO impact_hub.rows (tbl, id, data, hlc, device_id, unit_id)
SELECT 'entries', e.id, jsonb_build_object(
    'id', e.id, 'created_at', %(stamp)s::text, 'updated_at', %(stamp)s::text, 'device_id', e.dev, 'changed_by', 'bench',
    'deleted_at', NULL, 'program_id', 'p' || lpad(e.u::text, 3, '0'), 'metric_id', %(metric)s::text,
    'value_e4', (e.g %% 997 + 1) * 10000, 'currency', NULL, 'period_kind', 'month',
    'period_start', e.ms::text, 'period_end', (e.ms + interval '1 month' - interval '1 day')::date::text,
    'month', extract(year FROM e.ms)::int * 100 + extract(month FROM e.ms)::int, 'channel_id', NULL,
    'input_type', NULL, 'motivation', NULL, 'funding_source', NULL, 'note', '', 'origin', 'form',
    'source_file', NULL, 'source_sheet', NULL, 'source_row', NULL, 'import_batch_id', NULL,
    'fingerprint', NULL, 'duplicate_of', NULL),
    1000000 + e.g, e.dev, 'u' || lpad(e.u::text, 3, '0')
FROM (SELECT g, md5(g::text)::uuid::text AS id, 'device-' || (g %% %(devices)s) AS dev, g %% %(units)s AS u,
             (date '2015-01-01' + ((g / 1000) %% 120) * interval '1 month')::date AS ms
      FROM generate_series(%(start)s, %(stop)s) AS g) e
"""


def _catalogue(conn) -> None:
    rows = []
    for unit in range(UNITS):
        uid, pid = f"u{unit:03d}", f"p{unit:03d}"
        base = {"created_at": STAMP, "updated_at": STAMP, "device_id": "device-0", "changed_by": "bench",
                "deleted_at": None}
        rows.append(("business_units", uid, {**base, "id": uid, "name": f"Unit {unit:03d}", "parent_id": None,
                                             "description": "", "archived_at": None}, uid))
        rows.append(("programs", pid, {**base, "id": pid, "business_unit_id": uid, "name": "Program",
                                       "cause_area": "", "geography": "", "start_date": None, "end_date": None,
                                       "status": "active", "description": "", "archived_at": None}, uid))
    from psycopg.types.json import Jsonb

    with conn.cursor() as cursor:
        cursor.executemany("INSERT INTO impact_hub.rows (tbl, id, data, hlc, device_id, unit_id) "
                           "VALUES (%s, %s, %s, 1, 'device-0', %s)", [(t, i, Jsonb(d), u) for t, i, d, u in rows])


def fill_hub(admin_url: str, entries: int) -> float:
    started = time.perf_counter()
    with psycopg.connect(admin_url) as conn:
        conn.execute("ALTER TABLE impact_hub.rows DISABLE TRIGGER rows_unit")  # unit_id is given here
        _catalogue(conn)
        conn.commit()
        step = 1_000_000
        for start in range(0, entries, step):
            conn.execute(_FILL, {"stamp": STAMP, "metric": METRIC_ID, "devices": DEVICES, "units": UNITS,
                                 "start": start, "stop": min(start + step, entries) - 1})
            conn.commit()
            print(f"  hub: {min(start + step, entries):,} entries", flush=True)
        conn.execute("ALTER TABLE impact_hub.rows ENABLE TRIGGER rows_unit")
        conn.commit()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE impact_hub.rows")
    return time.perf_counter() - started


def peer_copy(url: str, password: str) -> float:
    """The scoped rows read raw by COPY: what the server alone takes."""
    started = time.perf_counter()
    with psycopg.connect(url, password=password) as conn, conn.cursor().copy(
            "COPY (SELECT id, data FROM impact_hub.rows WHERE tbl = 'entries') TO STDOUT") as copy:
        for _block in copy:
            pass
    return time.perf_counter() - started


def laptop_child(db: str, url: str, password: str) -> None:
    """One of the concurrent laptops: 500 new entries in its own unit, then a sync."""
    from impact_desktop.core.entries import EntryDraft
    from impact_desktop.core.periods import month
    from impact_desktop.storage import catalog, entries

    os.environ["PGPASSWORD"] = password
    store = open_store(db)
    unit = catalog.find_business_unit(store, "Bench laptops")
    unit_id = unit.id if unit else catalog.add_business_unit(store, "Bench laptops")
    program = catalog.find_program(store, unit_id, "Program")
    pid = program.id if program else catalog.add_program(store, unit_id, "Program")
    from decimal import Decimal
    entries.add_entries(store, [EntryDraft(program_id=pid, metric_key="volunteer_hours", value=Decimal(i + 1),
                                           period=month(2024, 1 + i % 12)) for i in range(500)])
    started = time.perf_counter()
    result = sync(store, url)
    print(f"{time.perf_counter() - started:.2f} {result.pushed} {result.pulled} {result.rejected}", flush=True)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=10_000_000)
    parser.add_argument("--laptops", type=int, default=20)
    args = parser.parse_args()
    with running_cluster() as cluster, tempfile.TemporaryDirectory(prefix="hub-bench-") as folder:
        admin = cluster.create_database("hub_bench")
        init_hub(admin)
        took = fill_hub(admin, args.entries)
        print(f"hub filled: {args.entries:,} entries from {DEVICES} devices in {took:.0f} s")
        os.environ["PGPASSWORD"] = "bench-pw-scoped"
        add_user(admin, "scoped", "bench-pw-scoped", units=[f"Unit {unit:03d}" for unit in range(10)])
        scoped = cluster.url("hub_bench", user="scoped")
        store = open_store(Path(folder) / "laptop.db")
        started = time.perf_counter()
        first = sync(store, scoped)
        first_time = time.perf_counter() - started
        peer = peer_copy(scoped, "bench-pw-scoped")
        print(f"first sync of an empty laptop: pulled {first.pulled:,} rows in {first_time:.1f} s "
              f"(goal ≤ 60 s); peer COPY of the same rows: {peer:.1f} s")
        ids = [row[0] for row in store.db.execute("SELECT id FROM entries LIMIT 1000")]
        with store.transaction():
            store.db.execute(f"UPDATE entries SET value_e4 = value_e4 + 10000, updated_at = '{STAMP}' "
                             f"WHERE id IN ({', '.join('?' * len(ids))})", ids)
        started = time.perf_counter()
        again = sync(store)
        print(f"incremental sync of {len(ids):,} changes: pushed {again.pushed:,}, pulled {again.pulled:,} in "
              f"{time.perf_counter() - started:.2f} s (goal ≤ 2 s)")
        started = time.perf_counter()
        idle = sync(store)
        print(f"peer: a sync with nothing to do: {time.perf_counter() - started:.2f} s ({idle.pulled} pulled)")
        store.close()

        os.environ["PGPASSWORD"] = cluster.password
        with psycopg.connect(admin) as conn:
            before = conn.execute("SELECT count(*) FROM impact_hub.rows WHERE tbl = 'entries'").fetchone()[0]
        add_user(admin, "small", "bench-pw-small", units=["Bench laptops"])  # a unit of their own
        small = cluster.url("hub_bench", user="small")
        children = []
        started = time.perf_counter()
        for index in range(args.laptops):
            db = str(Path(folder) / f"small{index}.db")
            children.append(subprocess.Popen(
                [sys.executable, "-c", "import sys; from bench.hub_bench import laptop_child; "
                                       "laptop_child(*sys.argv[1:])",
                 db, small, "bench-pw-small"],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)}))
        outputs = [child.communicate() for child in children]
        wall = time.perf_counter() - started
        failed = [err.strip().splitlines()[-1] for child, (_out, err) in zip(children, outputs, strict=True)
                  if child.returncode]
        times = sorted(float(out.split()[0]) for (out, _err), child in zip(outputs, children, strict=True)
                       if not child.returncode)
        with psycopg.connect(admin) as conn:
            after = conn.execute("SELECT count(*) FROM impact_hub.rows WHERE tbl = 'entries'").fetchone()[0]
        print(f"{args.laptops} laptops at once: {len(failed)} failed, wall {wall:.1f} s, sync times "
              f"{times[0] if times else 0:.1f}–{times[-1] if times else 0:.1f} s; hub gained {after - before:,} "
              f"entries (expected {500 * (args.laptops - len(failed)):,})")
        for line in failed[:3]:
            print("  failure:", line)


if __name__ == "__main__":
    main()
