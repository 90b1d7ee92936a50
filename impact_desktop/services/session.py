"""The open database as the GUI and the CLI hold it: the one door to opening a store.

The GUI never imports ``storage/``; it holds a :class:`Store` (a handle it passes back to
services, never queries itself) and opens files through these functions. A worker thread
gets its own connection: SQLite connections belong to the thread that made them, and a
read on a worker must never be able to write.
"""

from __future__ import annotations

import os

from impact_desktop.storage.database import Store, open_store
from impact_desktop.storage.reader import open_reader

__all__ = ["Store", "open_database", "open_for_reading", "open_worker_reader", "open_worker_writer"]


def open_database(path: str | os.PathLike[str], *, create: bool = True) -> Store:
    """Open (or, with ``create``, make) the database the user chose; StoreError if unusable."""
    return open_store(path, create=create)


def open_for_reading(path: str | os.PathLike[str]) -> Store:
    """An existing database opened read-only (checked, never created or changed)."""
    return open_store(path, create=False, write=False)


def open_worker_reader(store: Store) -> Store:
    """A read-only connection for a worker thread to the file ``store`` has open (no checks
    again: the file is open and checked already). Close it on that thread when done."""
    return open_reader(store)


def open_worker_writer(path: str | os.PathLike[str]) -> Store:
    """A writing connection for a worker thread (an import, a restore) to an existing file."""
    return open_store(path, create=False)
