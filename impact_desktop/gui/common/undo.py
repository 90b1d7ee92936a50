"""The one undo command: every undoable change in the app is a :class:`ChangeCommand`.

An operation in ``services/`` makes the change and returns a ``Change`` (its result and how to
undo and redo it); :func:`record` pushes it onto the shared undo stack. A refused change raises
to the caller before anything is pushed, so it reaches the user as a message and never lands on
the stack. A replay that fails later (the row was removed by an import's undo meanwhile, a name
was taken) is shown to the user through ``AppContext.report_problem`` and drops the command, so
the stack never offers a step that no longer applies. A command never replays on another
database than the one it was made in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common.busy import wait_cursor
from impact_desktop.gui.common.context import AppContext
from impact_desktop.services.changes import Change


class ChangeCommand(QUndoCommand):
    """A change already made once; undo and redo replay its inverse and itself."""

    def __init__(self, context: AppContext, text: str, change: Change, undone: Callable[[], None] | None = None):
        super().__init__(text)
        self._context = context
        self._store = context.store
        self._change = change
        self._undone = undone
        self._applied_once = False

    def redo(self) -> None:
        if not self._applied_once:  # made by the operation before the push: only announce it
            self._applied_once = True
            self._announce()
            return
        self._replay(self._change.redo)

    def undo(self) -> None:
        self._replay(self._change.undo, self._undone)

    def _replay(self, action: Callable, done: Callable[[], None] | None = None) -> None:
        if self._context.store is not self._store:
            self.setObsolete(True)
            self._context.report_problem(QCoreApplication.translate(
                "Undo", "“{what}” was made in another database, which is no longer open; nothing was changed."
            ).format(what=self.text()))
            return
        try:
            with wait_cursor():  # undoing a large import takes seconds on a big store
                action(self._store)
        except ImpactError as exc:
            self.setObsolete(True)
            self._context.report_problem(QCoreApplication.translate(
                "Undo", "Could not undo or redo “{what}”: {reason}").format(what=self.text(), reason=exc))
        else:
            if done is not None:  # before the announcement, so the pages reload knowing what to select
                done()
        self._announce()

    def _announce(self) -> None:
        for topic in self._change.topics:
            self._context.notify(topic)


def record(context: AppContext, text: str, change: Change, undone: Callable[[], None] | None = None) -> object:
    """Push ``change`` (already made) as one undo step labelled ``text``; return its result.

    ``undone`` is called after each successful undo, before the change's topics are announced
    (the entries page selects the rows an undone delete brought back)."""
    context.undo_stack.push(ChangeCommand(context, text, change, undone))
    return change.result
