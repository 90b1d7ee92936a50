"""Background tasks whose outcome is delivered exactly once, even if a signal goes missing.

``start_task`` returns a task that is already running; a fast function could finish and
emit ``succeeded`` before the caller had connected to it, and the result was lost (seen
as an import wizard stuck on "Checking every row…", about 1 run in 30 under load; the
shared helper now re-emits through a queued hop). As a second line of defence the
function's outcome is also written to a box that a timer on the UI thread checks;
whichever sees it first — a signal or the timer — delivers it, once.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.tasks import Task, TaskProgress, start_task

POLL_MS = 150


class TaskOutcome(QObject):
    """Runs ``fn(progress)`` off the UI thread and calls ``on_success(result)`` or ``on_failure(text)`` once."""

    def __init__(self, fn: Callable[[TaskProgress], object], on_success: Callable[[object], None],
                 on_failure: Callable[[str], None], on_progress: Callable[[int, int, str], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._box: dict[str, object] = {}
        self._done = False
        self._on_success, self._on_failure = on_success, on_failure

        def run(progress: TaskProgress):
            try:
                result = fn(progress)
            except ImpactError as exc:
                self._store("error", str(exc))
                raise
            except Exception as exc:
                self._store("error", f"Something went wrong: {exc.__class__.__name__}: {exc}")
                raise
            self._store("ok", result)
            return result

        self.task: Task = start_task(run, self)
        self.task.succeeded.connect(self._deliver)
        self.task.failed.connect(self._deliver)
        self.task.finished.connect(self._deliver)
        if on_progress is not None:
            self.task.progressed.connect(on_progress)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._deliver)
        self._timer.start()

    def _store(self, kind: str, value: object) -> None:
        with self._lock:
            self._box[kind] = value

    def cancel(self) -> None:
        self.task.cancel()

    @property
    def done(self) -> bool:
        return self._done

    def _deliver(self, *_args) -> None:
        with self._lock:
            if self._done or not self._box:
                return
            self._done = True
            box = dict(self._box)
        self._timer.stop()
        if "ok" in box:
            self._on_success(box["ok"])
        else:
            self._on_failure(str(box["error"]))


def error_html(message: str) -> str:
    """A message (already a translated or human sentence) shown in red in a rich-text label."""
    return f"<span style='color:#b00020'>{html.escape(message)}</span>"
