"""A real child process that syncs one store in small chunks, so a test can kill it in the middle.

Usage: python -m tests.hub.sync_child DB HUB_URL CHUNK [PAUSE]

With PAUSE (seconds), the child prints ``progress <stage> <count>`` after each chunk and then waits that long,
so a parent that kills it on the first such line kills it mid-sync however fast the machine is.
With FIRST_LOAD_MIN in the environment, a first load starts from chunks that large (sync_local.PullWriter).
"""

from __future__ import annotations

import os
import sys
import time

from impact_desktop.services import sync as sync_service
from impact_desktop.storage import hub_pull, sync_local
from impact_desktop.storage.database import open_store


def main(db: str, url: str, chunk: str, pause: str = "") -> None:
    sync_service.PUSH_CHUNK = hub_pull.PULL_CHUNK = int(chunk)
    if os.environ.get("FIRST_LOAD_MIN"):
        sync_local.FIRST_LOAD_MIN = int(os.environ["FIRST_LOAD_MIN"])

    def report(stage: str, count: int) -> None:
        print(f"progress {stage} {count}", flush=True)
        time.sleep(float(pause))

    store = open_store(db)
    try:
        print(sync_service.sync(store, url, progress=report if pause else None), flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
