"""A second, read-only connection to an open database, for a worker thread.

A SQLite connection belongs to the thread that made it; background reads (figures of a
program, checks) get their own. The file is already open and checked in the app, so
this skips the checks and migrations of :func:`open_store` (a ``quick_check`` alone
takes seconds on a large file) and cannot write by accident.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from impact_desktop.core.errors import StoreError
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import MMAP_BYTES, Store
from impact_desktop.storage.files import connect_read_only
from impact_desktop.storage.locking import LockingDatabase


def open_reader(store: Store) -> Store:
    """A read-only :class:`Store` on the same file as ``store``; close it when done."""
    path = Path(store.path)
    try:
        conn = connect_read_only(path)  # also on a read-only folder or file system
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    except sqlite3.Error as exc:
        raise StoreError(translate("Store", "Cannot read {0}: {1}.").format(path, exc)) from exc
    db = LockingDatabase(conn, path=path, read_only=translate("Store", "it was opened for reading only"))
    return Store(db=db, path=path, device_id=store.device_id, user=store.user)
