"""Read-only queries on a worker thread, for views over big databases.

A view owns one :class:`BackgroundReader`: one worker thread with its own connection to
the database file (a SQLite connection belongs to one thread), reopened when the file
changes. Queries are queued, so they never run concurrently on that connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool

from impact_desktop.gui.tasks import Task, start_task
from impact_desktop.storage.database import Store, open_store

#: Database files larger than this (about 50,000 entries) are queried on a worker thread:
#: a full scan there takes long enough to be felt. The file size costs nothing to read,
#: where counting the entries would itself scan them.
BACKGROUND_BYTES = 32 * 1024 * 1024


def is_big(store: Store, threshold_bytes: int = BACKGROUND_BYTES) -> bool:
    try:
        return store.path.stat().st_size > threshold_bytes
    except OSError:
        return False


class BackgroundReader(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._readers: dict[Path, Store] = {}

    def run(self, path: Path, query: Callable[[Store], object]) -> Task:
        """Run ``query(store)`` on the worker; connect to the task's succeeded/failed."""
        return start_task(lambda _progress: query(self._reader(path)), self, self._pool)

    def _reader(self, path: Path) -> Store:
        # Called on the worker thread only.
        if path not in self._readers:
            for other in self._readers.values():
                other.close()
            self._readers = {path: open_store(path, create=False, write=False)}
        return self._readers[path]
