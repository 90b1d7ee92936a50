"""A real child process that syncs one store in small chunks, so a test can kill it in the middle.

Usage: python -m tests.hub.sync_child DB HUB_URL CHUNK
"""

from __future__ import annotations

import sys

from impact_desktop.services import sync as sync_service
from impact_desktop.storage import hub_pull
from impact_desktop.storage.database import open_store


def main(db: str, url: str, chunk: str) -> None:
    sync_service.PUSH_CHUNK = hub_pull.PULL_CHUNK = int(chunk)
    store = open_store(db)
    try:
        print(sync_service.sync(store, url), flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
