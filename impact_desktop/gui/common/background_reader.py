"""Read-only queries on a worker thread, for views over big databases.

A view owns one :class:`BackgroundReader`: a pool of one thread, run through the one
runner (:func:`impact_desktop.gui.common.tasks.run_task`), with its own read-only connection to
the database file (opened through :mod:`impact_desktop.services.session`), reopened when
the file changes. Queries are queued, so they never run concurrently on that connection;
the connection is opened, used and closed on that thread only.

The worker never outlives its view: when the view is deleted, or the application quits,
queued queries deliver nothing, the running one is interrupted (``sqlite3`` interrupt,
which may be called from any thread), and the deletion waits for the worker to be idle
and to have closed its connection. Without this, deleting a page whose read was still
running blocked until the read ended, and quitting left a worker running Python while
the interpreter shut down (Qt then printed "Qt Concurrent has caught an exception" as
the thread was torn down).

An interrupt alone is not enough to stop a superseded read: SQLite forgets an interrupt
that finds no statement running, so a read whose function had started but whose statement
had not (or that was between two statements) ran on to its end and kept the next read
waiting. Every read therefore runs with a progress handler that aborts its statements
once its task is cancelled; the interrupt still stops a running one at once.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool

from impact_desktop.gui.common.tasks import Task, TaskCancelled, TaskProgress, run_task
from impact_desktop.services.session import Store, open_for_reading

#: Database files larger than this (about 50,000 entries) are queried on a worker thread:
#: a full scan there takes long enough to be felt. The file size costs nothing to read,
#: where counting the entries would itself scan them.
BACKGROUND_BYTES = 32 * 1024 * 1024

#: How often :meth:`_Worker.stop` interrupts again while waiting: a query that had not
#: reached SQLite yet when first interrupted is caught by the next round.
_STOP_POLL_MS = 20

#: SQLite asks a read's progress handler whether it was cancelled every this many virtual
#: machine steps: a few milliseconds of work, and a million-row scan calls it some 200 times
#: (each call takes the GIL, so far fewer calls than steps).
_CHECK_EVERY_STEPS = 100_000


def is_big(store: Store, threshold_bytes: int = BACKGROUND_BYTES) -> bool:
    try:
        return store.path.stat().st_size > threshold_bytes
    except OSError:
        return False


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], None]):
        super().__init__()
        self._fn = fn

    def run(self) -> None:
        self._fn()


class _Worker:
    """The pool, its connection and its tasks: plain Python, so it can still be stopped
    from the reader's ``destroyed`` signal, when the reader's own methods are gone."""

    def __init__(self, pool: QThreadPool):
        self.pool = pool
        self.readers: dict[Path, Store] = {}
        self.tasks: set[Task] = set()  # those that may still deliver
        self.started: list[Task] = []  # every task whose function may not have returned yet
        self.stopped = False

    def add(self, task: Task) -> None:
        self.started = [*(other for other in self.started if other.running), task]
        self.tasks.add(task)

    def reader(self, path: Path) -> Store:
        # Called on the worker thread only.
        if self.stopped:
            raise TaskCancelled()
        if path not in self.readers:
            self.close_readers()
            self.readers = {path: open_for_reading(path)}
        return self.readers[path]

    def close_readers(self) -> None:
        # On the worker thread only: a connection is closed on the thread that opened it.
        readers, self.readers = self.readers, {}
        for store in readers.values():
            store.close()

    def read(self, path: Path, query: Callable[[Store], object], progress: TaskProgress) -> object:
        """``query`` on this thread's connection to ``path``; any of its statements, even
        one started after the cancel, aborts once the task is cancelled (see the module docstring)."""
        store = self.reader(path)
        store.conn.set_progress_handler(lambda: progress.cancelled, _CHECK_EVERY_STEPS)
        try:
            return query(store)
        finally:
            store.conn.set_progress_handler(None, 0)

    def interrupt(self) -> None:
        """Interrupt the running query, if any (any thread may)."""
        for store in list(self.readers.values()):
            with contextlib.suppress(sqlite3.Error):  # closed meanwhile: nothing runs on it
                store.conn.interrupt()

    def supersede(self) -> None:
        """Queued and running queries deliver nothing; the running one is interrupted; the
        worker stays ready for the next. Does not wait: the interrupted query ends at once."""
        if self.stopped:
            return
        tasks, self.tasks = self.tasks, set()
        for task in tasks:
            task.detach()  # interrupts through the worker too
        self.interrupt()

    def stop(self) -> None:
        """Queued queries deliver nothing, the running one is interrupted; returns once the
        worker is idle and has closed its connection."""
        if self.stopped:
            return
        self.stopped = True
        tasks, self.tasks = self.tasks, set()
        for task in tasks:
            task.detach()
        # Waits for the functions, not for the pool: a pool that is done lets its thread go,
        # and the connection must be closed on the thread that has it.
        while running := [task for task in self.started if task.running]:
            self.interrupt()
            running[0].wait(_STOP_POLL_MS)
        self.started = []
        self.pool.start(_Job(self.close_readers))
        self.pool.waitForDone()


class BackgroundReader(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one thread for good: the connection belongs to it
        self._worker = _Worker(self._pool)
        # ``destroyed`` is emitted before the children (the pool, the tasks) are deleted.
        self.destroyed.connect(self._worker.stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._worker.stop)

    def run(self, path: Path, query: Callable[[Store], object]) -> Task:
        """Run ``query(store)`` on the worker; connect to the task's succeeded/failed. A
        cancelled query (superseded, stopped, or the database closing) delivers nothing."""
        worker = self._worker
        task = run_task(lambda progress: worker.read(path, query, progress), parent=self, pool=self._pool,
                        interrupt=worker.interrupt, quiet_cancel=True)
        worker.add(task)
        task.finished.connect(lambda: worker.tasks.discard(task))
        return task

    def supersede(self) -> None:
        """Forget every query queued or running (a newer one makes them stale): they are
        dropped or interrupted and deliver nothing, so a superseded read of eight years
        does not hold the worker (and a core) while the view asks for the next one. A
        query between two SQL statements, or not yet in SQLite, is stopped by its next
        statement."""
        self._worker.supersede()

    def stop(self) -> None:
        """Stop for good (the view is going away): see the module docstring."""
        self._worker.stop()
