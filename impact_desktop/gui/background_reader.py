"""Read-only queries on a worker thread, for views over big databases.

A view owns one :class:`BackgroundReader`: one worker thread with its own connection to
the database file (a SQLite connection belongs to one thread), reopened when the file
changes. Queries are queued, so they never run concurrently on that connection.

The worker never outlives its view: when the view is deleted, or the application quits,
queued queries are dropped, the running one is interrupted (``sqlite3`` interrupt, which
may be called from any thread), and the deletion waits for the worker to be idle. Without
this, deleting a page whose read was still running blocked until the read ended, and
quitting left a worker running Python while the interpreter shut down (Qt then printed
"Qt Concurrent has caught an exception" as the thread was torn down).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool

from impact_desktop.gui.tasks import Task, TaskCancelled, start_task
from impact_desktop.storage.database import Store, open_store

#: Database files larger than this (about 50,000 entries) are queried on a worker thread:
#: a full scan there takes long enough to be felt. The file size costs nothing to read,
#: where counting the entries would itself scan them.
BACKGROUND_BYTES = 32 * 1024 * 1024

#: How often :meth:`_Worker.stop` interrupts again while waiting: a query that had not
#: reached SQLite yet when first interrupted is caught by the next round.
_STOP_POLL_MS = 20


def is_big(store: Store, threshold_bytes: int = BACKGROUND_BYTES) -> bool:
    try:
        return store.path.stat().st_size > threshold_bytes
    except OSError:
        return False


class _Worker:
    """The pool, its connections and its tasks: plain Python, so it can still be stopped
    from the reader's ``destroyed`` signal, when the reader's own methods are gone."""

    def __init__(self, pool: QThreadPool):
        self.pool = pool
        self.readers: dict[Path, Store] = {}
        self.tasks: set[Task] = set()
        self.stopped = False

    def reader(self, path: Path) -> Store:
        # Called on the worker thread only.
        if self.stopped:
            raise TaskCancelled()
        if path not in self.readers:
            for other in self.readers.values():
                other.close()
            self.readers = {path: open_store(path, create=False, write=False)}
        return self.readers[path]

    def supersede(self) -> None:
        """Drop queued queries and interrupt the running one, none delivering anything; the
        worker stays ready for the next. Does not wait: the interrupted query ends at once."""
        if self.stopped:
            return
        self.pool.clear()
        for task in list(self.tasks):
            task.detach()
        self.tasks.clear()
        for store in list(self.readers.values()):
            with contextlib.suppress(sqlite3.Error):  # closed meanwhile: nothing runs on it
                store.conn.interrupt()

    def stop(self) -> None:
        """Drop queued queries, interrupt the running one, wait until the worker is idle."""
        if self.stopped:
            return
        self.stopped = True
        self.pool.clear()
        for task in list(self.tasks):
            task.detach()
        while True:
            for store in list(self.readers.values()):
                with contextlib.suppress(sqlite3.Error):  # closed meanwhile: nothing runs on it
                    store.conn.interrupt()
            if self.pool.waitForDone(_STOP_POLL_MS):
                break
        self.readers = {}  # the worker is idle: the connections are closed as they are freed
        self.tasks.clear()


class BackgroundReader(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._worker = _Worker(self._pool)
        # ``destroyed`` is emitted before the children (the pool, the tasks) are deleted.
        self.destroyed.connect(self._worker.stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._worker.stop)

    def run(self, path: Path, query: Callable[[Store], object]) -> Task:
        """Run ``query(store)`` on the worker; connect to the task's succeeded/failed."""
        worker = self._worker
        task = start_task(lambda _progress: query(worker.reader(path)), self, self._pool)
        worker.tasks.add(task)
        task.finished.connect(lambda: worker.tasks.discard(task))
        return task

    def supersede(self) -> None:
        """Forget every query queued or running (a newer one makes them stale): they are
        dropped or interrupted and deliver nothing, so a superseded read of eight years
        does not hold the worker (and a core) while the view asks for the next one. A
        query that is between two SQL statements runs on, and still delivers nothing."""
        self._worker.supersede()

    def stop(self) -> None:
        """Stop for good (the view is going away): see the module docstring."""
        self._worker.stop()
