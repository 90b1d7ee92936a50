"""The randomised convergence run of tests/hub/test_convergence.py over more seeds.

    .venv/bin/python -m bench.hub_convergence [--seeds 10] [--first 1] [--operations 300] [--kills 3]

Each seed: a fresh hub database, three laptops, random operations (add, edit, delete, catalogue,
import, undo an import, syncs in random order, syncs killed mid-way), a final round, then the
checks of tests/hub/convergence.py. Prints one line per seed with its figures and time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impact_desktop.storage.hub_admin import init_hub  # noqa: E402
from impact_desktop.storage.hub_connect import without_password  # noqa: E402
from tests.hub.convergence import run_convergence  # noqa: E402
from tests.pg_cluster import running_cluster  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--operations", type=int, default=300)
    parser.add_argument("--kills", type=int, default=3)
    args = parser.parse_args()
    failures = 0
    with running_cluster() as cluster, tempfile.TemporaryDirectory(prefix="hub-converge-") as folder:
        os.environ["PGPASSWORD"] = cluster.password
        for seed in range(args.first, args.first + args.seeds):
            admin = cluster.create_database(f"converge_{seed}")
            init_hub(admin)
            started = time.perf_counter()
            try:
                figures = run_convergence(seed, without_password(admin), Path(folder) / str(seed),
                                          operations=args.operations, kills=args.kills)
            except AssertionError as exc:
                failures += 1
                print(f"seed {seed}: FAILED {exc}", flush=True)
                continue
            print(f"seed {seed}: converged in {time.perf_counter() - started:.1f} s {figures}", flush=True)
    print(f"{args.seeds - failures} of {args.seeds} seeds converged")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
