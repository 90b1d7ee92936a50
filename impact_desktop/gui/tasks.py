"""Running slow work off the UI thread, with progress and cancel.

A task is a plain function ``fn(progress)`` that must not touch widgets; ``progress``
is a :class:`TaskProgress` it calls with ``progress.report(done, total, text)`` and
checks with ``progress.cancelled``. A SQLite connection belongs to one thread, so a task
that needs the database opens its own with ``open_store(path)``.

Signals (on :class:`Task`):
    succeeded(object): the function's return value, delivered on the UI thread.
    failed(str): one human sentence (an ImpactError's text, or a generic message).
    progressed(int, int, str): done, total, what is happening.
    finished(): after succeeded or failed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from impact_desktop.core.errors import ImpactError

log = logging.getLogger(__name__)


class TaskCancelled(ImpactError):
    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


class TaskProgress:
    """Handed to the task function: report progress, ask whether to stop."""

    def __init__(self, task: Task):
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`TaskCancelled` if the user pressed Cancel."""
        if self.cancelled:
            raise TaskCancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._task.progressed.emit(done, total, text)


class Task(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int, str)
    finished = Signal()
    # The worker reports through this queued hop to the task's own (UI) thread, so the
    # public signals are emitted there, after the caller has connected to them: a fast
    # function could otherwise finish and emit before anyone listens (the result is lost).
    _done = Signal(bool, object)

    def __init__(self, fn: Callable[[TaskProgress], object], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._detached = threading.Event()
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self._cancel.set()

    def detach(self) -> None:
        """Cancel, and deliver nothing: its owner is going away (the object may be deleted
        while the function still runs; the worker then must not touch it)."""
        self._detached.set()
        self._cancel.set()

    def _run(self) -> None:
        try:
            result = self._fn(TaskProgress(self))
        except ImpactError as exc:
            self._emit(False, str(exc))
        except Exception as exc:  # shown as one sentence; the details go to the log
            if self._detached.is_set():
                return  # interrupted because its owner went away: nothing went wrong
            log.exception("background task failed")
            self._emit(False, f"Something went wrong: {exc.__class__.__name__}: {exc}")
        else:
            self._emit(True, result)

    def _emit(self, ok: bool, payload: object) -> None:
        if self._detached.is_set():
            return
        try:
            self._done.emit(ok, payload)
        except RuntimeError:  # the QObject was deleted with its owner meanwhile: nobody listens
            log.debug("a background task finished after its owner was deleted")

    def _deliver(self, ok: bool, payload: object) -> None:
        if ok:
            self.succeeded.emit(payload)
        else:
            self.failed.emit(payload)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def start_task(fn: Callable[[TaskProgress], object], parent: QObject | None = None,
               pool: QThreadPool | None = None) -> Task:
    """Start ``fn`` on a worker thread; connect to the returned task's signals.

    Connect right after this call: signals are queued to the UI thread, so none is
    delivered before control returns to the event loop.
    """
    task = Task(fn, parent)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task
