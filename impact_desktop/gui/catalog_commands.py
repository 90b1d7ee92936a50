"""Undoable changes to the store, shared by the catalogue, targets, rates and settings editors.

The first change is made *before* the command is pushed, by the editor itself, so a
validation error reaches the user as a message and nothing lands on the undo stack. Later
undo/redo calls run the storage functions again; if one fails (the row changed on
another path, a name is taken meanwhile), the error is reported through ``on_error`` and
the command marks itself obsolete so the stack drops it instead of lying.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.context import AppContext


class StoreCommand(QUndoCommand):
    """A change already applied once; ``redo_fn``/``undo_fn`` replay and revert it.

    Args:
        context: where the store is read at every replay (it changes when a file is opened).
        text: the Undo menu's label, already translated.
        topic: what :meth:`AppContext.notify` announces after each replay.
        redo_fn: ``redo_fn(store)`` applies the change again.
        undo_fn: ``undo_fn(store)`` reverts it.
        on_error: shows a failed replay to the user.
    """

    def __init__(self, context: AppContext, text: str, topic: str, redo_fn: Callable, undo_fn: Callable,
                 on_error: Callable[[str], None] | None = None):
        super().__init__(text)
        self._context = context
        self._store = context.store
        self._topic = topic
        self._redo_fn = redo_fn
        self._undo_fn = undo_fn
        self._on_error = on_error
        self._applied_once = False

    def redo(self) -> None:
        if not self._applied_once:
            self._applied_once = True
            self._context.notify(self._topic)
            return
        self._replay(self._redo_fn)

    def undo(self) -> None:
        self._replay(self._undo_fn)

    def _replay(self, action: Callable) -> None:
        if self._context.store is not self._store:
            # Another database was opened since: replaying would change the wrong file.
            self.setObsolete(True)
            return
        try:
            action(self._store)
        except ImpactError as exc:
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))
        self._context.notify(self._topic)


def push_change(context: AppContext, text: str, topic: str, redo_fn: Callable, undo_fn: Callable, *,
                first_fn: Callable | None = None, on_error: Callable[[str], None] | None = None) -> None:
    """Apply the change now (errors propagate to the caller) and record it for undo.

    ``first_fn`` makes the first application differ from later redos: an insert the
    first time, restoring the soft-deleted row afterwards (so the row keeps its id).
    """
    (first_fn or redo_fn)(context.store)
    context.undo_stack.push(StoreCommand(context, text, topic, redo_fn, undo_fn, on_error))
