"""Undoable import operations on the shared undo stack (Ctrl+Z / Ctrl+Shift+Z).

An import has already been written by the time its command is pushed, so its first
``redo`` does nothing; undoing it is undoing the batch. Undoing a batch from the
history page is a command too, whose undo brings the same entries back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.context import AppContext
from impact_desktop.storage import imports as batches

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls

log = logging.getLogger(__name__)


class _BatchCommand(QUndoCommand):
    def __init__(self, context: AppContext, batch_id: str, text: str):
        super().__init__(text)
        self._context = context
        self._batch_id = batch_id
        self._ids: list[str] = []

    def _remove(self) -> None:
        store = self._context.store
        try:
            self._ids = batches.batch_entry_ids(store, self._batch_id)
            batches.undo_batch(store, self._batch_id)
        except ImpactError as exc:
            log.warning("could not undo import %s: %s", self._batch_id, exc)  # notr
        self._notify()

    def _restore(self) -> None:
        try:
            batches.restore_batch(self._context.store, self._batch_id, self._ids)
        except ImpactError as exc:
            log.warning("could not restore import %s: %s", self._batch_id, exc)  # notr
        self._notify()

    def _notify(self) -> None:
        self._context.notify("entries")
        self._context.notify("targets")  # an undo removes the targets the import added, and what only they used
        self._context.notify("catalog")
        self._context.notify("imports")


class ImportedBatchCommand(_BatchCommand):
    """Pushed after an import finished: undo removes the batch, redo brings it back."""

    def __init__(self, context: AppContext, batch_id: str, file_name: str):
        super().__init__(context, batch_id, translate("ImportCommands", "Import of {file}").format(file=file_name))
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._restore()

    def undo(self) -> None:
        self._remove()


class UndoBatchCommand(_BatchCommand):
    """ "Undo import" from the history page: redo removes the batch, undo restores it."""

    def __init__(self, context: AppContext, batch_id: str, file_name: str):
        super().__init__(context, batch_id, translate("ImportCommands", "removing the import of {file}").format(
            file=file_name))

    def redo(self) -> None:
        self._remove()

    def undo(self) -> None:
        self._restore()
