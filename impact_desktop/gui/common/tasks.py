"""Running slow work off the UI thread: the one runner.

A task is a plain function ``fn(progress)`` that must not touch widgets; ``progress``
is a :class:`TaskProgress` it calls with ``progress.report(done, total, text)`` and
checks with ``progress.cancelled`` (or ``progress.check()``). A SQLite connection belongs
to the thread that made it, so a task that needs the database opens its own (through
:mod:`impact_desktop.services.session`) and closes it before it returns, on its thread.

:func:`run_task` starts ``fn`` and delivers its outcome on the UI thread, exactly once:
``on_success(result)`` or ``on_failure(sentence)``, and ``on_progress(done, total, text)``
on the way. The worker reports through a queued hop to the task's own (UI) thread: the
report is posted as an event when the function ends, and the event loop hands it over
after the caller has connected, however fast the function was. Every running task is
kept alive until its outcome is delivered, so an unowned task cannot be collected with
its result on the way.

Signals (on :class:`Task`, for callers that connect more than one listener):
    succeeded(object): the function's return value, delivered on the UI thread.
    failed(str): one human sentence (an ImpactError's text, or a generic message).
    progressed(int, int, str): done, total, what is happening (on the UI thread).
    finished(): after succeeded or failed.

Before a store is closed (another database opened, the application quitting), its owner
calls :func:`finish_running_tasks`: every running task is cancelled (and interrupted, if
it said how) and the call returns once every function has returned.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from impact_desktop.core.errors import ImpactError

log = logging.getLogger(__name__)

#: How often :func:`finish_running_tasks` cancels (and interrupts) again while it waits: a
#: query that had not reached SQLite yet when first interrupted is caught by the next round.
_WAIT_POLL_MS = 20


class TaskCancelled(ImpactError):
    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


class TaskProgress:
    """Handed to the task function: report progress, ask whether to stop."""

    def __init__(self, task: Task):
        self._task = task
        # The plain Event, not the Task: ``cancelled`` is asked on the worker (a read's progress
        # handler asks it from inside SQLite), while the UI thread may be deleting the Task's QObject.
        self._cancel = task._state.cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`TaskCancelled` if the task was cancelled."""
        if self.cancelled:
            raise TaskCancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._task._send(self._task._progress_hop, done, total, text)


class _State:
    """What the worker and the waiters share: plain Python, still usable once the Task's C++
    object is gone (its owner deleted it while the function ran)."""

    def __init__(self, interrupt: Callable[[], None] | None, quiet_cancel: bool):
        self.cancel = threading.Event()
        self.detached = threading.Event()  # deliver nothing
        self.returned = threading.Event()  # the function has returned (or never ran)
        self.interrupt = interrupt
        self.quiet_cancel = quiet_cancel

    def stop(self, *, detach: bool = False) -> None:
        if detach or self.quiet_cancel:
            self.detached.set()
        self.cancel.set()
        if self.interrupt is not None and not self.returned.is_set():
            try:
                self.interrupt()
            except Exception:  # an interrupt is best effort: the wait catches the rest
                log.debug("interrupting a background task failed", exc_info=True)


_running_lock = threading.Lock()
#: Every task from its start until it is delivered or dropped. The Task itself is held so that
#: an unowned one is not collected with its outcome on the way; once its owner deleted it, its
#: state alone stays until the function returns (it is still waited for before a store closes).
_running: dict[int, tuple[Task | None, _State]] = {}
_keys = itertools.count()


class Task(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int, str)
    finished = Signal()
    # Emitted on the worker, received on the task's own (UI) thread: see the module docstring.
    _done_hop = Signal(bool, object)
    _progress_hop = Signal(int, int, str)

    def __init__(self, fn: Callable[[TaskProgress], object], parent: QObject | None = None, *,
                 interrupt: Callable[[], None] | None = None, quiet_cancel: bool = False):
        super().__init__(parent)
        self._fn = fn
        self._state = _State(interrupt, quiet_cancel)
        self._cancel = self._state.cancel
        self._delivered = False
        self._done_hop.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress_hop.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._key = key = next(_keys)
        state = self._state
        # Deleted with its owner while the function runs: the worker must deliver nothing.
        self.destroyed.connect(lambda *_: _orphaned(key, state))

    @property
    def done(self) -> bool:
        """The outcome has been delivered (or the task was detached and will deliver nothing)."""
        return self._delivered

    @property
    def running(self) -> bool:
        """The function has not returned yet."""
        return not self._state.returned.is_set()

    def cancel(self) -> None:
        """Ask the function to stop (``progress.cancelled``) and interrupt it if it said how.
        It then delivers its failure (``TaskCancelled``), or nothing if made ``quiet_cancel``."""
        self._state.stop()

    def detach(self) -> None:
        """Cancel, and deliver nothing: its owner is going away or no longer wants the result."""
        self._state.stop(detach=True)

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Block until the function has returned; False if ``timeout_ms`` passed first."""
        return self._state.returned.wait(None if timeout_ms is None else timeout_ms / 1000)

    # -- on the worker ----------------------------------------------------------------

    def _run(self) -> None:
        state = self._state
        try:
            if state.cancel.is_set():
                raise TaskCancelled()  # cancelled while queued: the function never starts
            result = self._fn(TaskProgress(self))
        except ImpactError as exc:
            ok, payload = False, str(exc)
        except Exception as exc:  # shown as one sentence; the details go to the log
            if state.cancel.is_set():  # interrupted on purpose (an interrupted query, say)
                ok, payload = False, str(TaskCancelled())
            else:
                log.exception("background task failed")
                ok, payload = False, f"Something went wrong: {exc.__class__.__name__}: {exc}"
        else:
            ok, payload = True, result
        finally:
            state.returned.set()
        if state.detached.is_set() or not self._send(self._done_hop, ok, payload):
            _forget(self._key)

    def _send(self, hop, *args) -> bool:
        if self._state.detached.is_set():
            return False
        try:
            hop.emit(*args)
        except RuntimeError:  # the QObject was deleted with its owner meanwhile: nobody listens
            log.debug("a background task finished after its owner was deleted")
            return False
        return True

    # -- on the UI thread -------------------------------------------------------------

    def _relay_progress(self, done: int, total: int, text: str) -> None:
        if not self._delivered and not self._state.detached.is_set():
            self.progressed.emit(done, total, text)

    def _deliver(self, ok: bool, payload: object) -> None:
        _forget(self._key)
        if self._delivered:
            return
        self._delivered = True
        if self._state.detached.is_set():
            return
        if ok:
            self.succeeded.emit(payload)
        else:
            self.failed.emit(payload)
        self.finished.emit()


def _forget(key: int) -> None:
    with _running_lock:
        _running.pop(key, None)


def _orphaned(key: int, state: _State) -> None:
    """The task's QObject was deleted (with its owner): deliver nothing; keep the state
    until the function returns."""
    state.stop(detach=True)
    with _running_lock:
        if state.returned.is_set():
            _running.pop(key, None)
        elif key in _running:
            _running[key] = (None, state)


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def run_task(fn: Callable[[TaskProgress], object], *,
             on_success: Callable[[object], None] | None = None,
             on_failure: Callable[[str], None] | None = None,
             on_progress: Callable[[int, int, str], None] | None = None,
             parent: QObject | None = None, pool: QThreadPool | None = None,
             interrupt: Callable[[], None] | None = None, quiet_cancel: bool = False) -> Task:
    """Start ``fn(progress)`` on a worker thread (``pool``, default the global one).

    ``on_success(result)`` or ``on_failure(sentence)`` is called once, on the UI thread;
    ``on_progress(done, total, text)`` for each report before it. ``parent`` owns the task:
    deleted with it, the task delivers nothing. ``interrupt`` is called (on the calling
    thread) when the task is cancelled, to stop blocking work at once (say
    ``sqlite3.Connection.interrupt``). With ``quiet_cancel`` a cancelled task delivers
    nothing (a read whose result nobody wants once stopped). More listeners can connect
    to the returned task's signals, also after it finished: nothing is delivered before
    control returns to the event loop.
    """
    task = Task(fn, parent, interrupt=interrupt, quiet_cancel=quiet_cancel)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    with _running_lock:
        _running[task._key] = (task, task._state)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def running_tasks() -> list[Task]:
    """The tasks whose function has not returned yet."""
    with _running_lock:
        entries = list(_running.values())
    return [task for task, state in entries if task is not None and not state.returned.is_set()]


def finish_running_tasks() -> None:
    """Cancel (and interrupt) every running task and wait until each function has returned.

    Called before a store is closed: another database opened, the application quitting.
    Outcomes are still delivered, through the event loop, as cancellations; a task that
    does not look at ``progress.cancelled`` (a backup copy, say) is waited for.
    """
    with _running_lock:
        states = [state for _task, state in _running.values()]
    while waiting := [state for state in states if not state.returned.is_set()]:
        for state in waiting:
            state.stop()
        waiting[0].returned.wait(_WAIT_POLL_MS / 1000)
    # A function that returned still runs a little Python on its worker (handing over its
    # outcome, then the runnable is deleted). Quitting while it does let the interpreter shut
    # down under that thread, and Qt printed "Qt Concurrent has caught an exception".
    QThreadPool.globalInstance().waitForDone()
