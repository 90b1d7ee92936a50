"""Undoable entry changes: every add, edit, duplicate and delete is one QUndoCommand.

The change is written to the store *before* the command is pushed (so a refused change
raises to the caller and never lands on the stack); the command's first ``redo`` then
only announces it. Later undo/redo call the storage functions again: soft delete and
restore for adds and deletes, the previous and new drafts for edits. Each call commits
at once, so killing the app never loses what the user saw saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.context import AppContext
from impact_desktop.storage import entries as entry_store

log = logging.getLogger(__name__)

ErrorReporter = Callable[[str], None]


class _EntryCommand(QUndoCommand):
    def __init__(self, context: AppContext, text: str, report_error: ErrorReporter | None):
        super().__init__(text)
        self._context = context
        self._report_error = report_error or (lambda message: log.warning("undo/redo failed: %s", message))  # notr
        self._first = True

    def _apply(self, action: Callable[[], object]) -> None:
        try:
            action()
        except ImpactError as exc:  # e.g. the entry was removed by an import undo meanwhile
            self._report_error(str(exc))
            self.setObsolete(True)
        self._context.notify("entries")

    def redo(self) -> None:
        if self._first:
            self._first = False
            self._context.notify("entries")
            return
        self._apply(self._redo)

    def undo(self) -> None:
        self._apply(self._undo)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddEntriesCommand(_EntryCommand):
    """New (or duplicated) entries: undo soft-deletes them, redo restores them."""

    def __init__(self, context: AppContext, ids: Sequence[str], text: str, report_error: ErrorReporter | None = None):
        super().__init__(context, text, report_error)
        self.ids = list(ids)

    def _redo(self) -> None:
        entry_store.set_entries_deleted(self._context.store, self.ids, False)

    def _undo(self) -> None:
        entry_store.set_entries_deleted(self._context.store, self.ids, True)


class EditEntryCommand(_EntryCommand):
    def __init__(
        self,
        context: AppContext,
        entry_id: str,
        before: EntryDraft,
        after: EntryDraft,
        report_error: ErrorReporter | None = None,
    ):
        super().__init__(context, QCoreApplication.translate("EntryCommands", "Edit entry"), report_error)
        self.entry_id = entry_id
        self._before = before
        self._after = after

    def _redo(self) -> None:
        entry_store.update_entry(self._context.store, self.entry_id, self._after)

    def _undo(self) -> None:
        entry_store.update_entry(self._context.store, self.entry_id, self._before)


class DeleteEntriesCommand(_EntryCommand):
    def __init__(self, context: AppContext, ids: Sequence[str], report_error: ErrorReporter | None = None):
        text = (
            QCoreApplication.translate("EntryCommands", "Delete entry")
            if len(ids) == 1
            else QCoreApplication.translate("EntryCommands", "Delete %n entries").replace("%n", str(len(ids)))
        )
        super().__init__(context, text, report_error)
        self.ids = list(ids)

    def _redo(self) -> None:
        entry_store.set_entries_deleted(self._context.store, self.ids, True)

    def _undo(self) -> None:
        entry_store.set_entries_deleted(self._context.store, self.ids, False)


# -- the operations views call -----------------------------------------------------------


def add_entry(context: AppContext, draft: EntryDraft, report_error: ErrorReporter | None = None) -> str:
    """Store a new entry and push its undo command; raises ImpactError if refused."""
    entry_id = entry_store.add_entry(context.store, draft)
    context.undo_stack.push(
        AddEntriesCommand(context, [entry_id], QCoreApplication.translate("EntryCommands", "New entry"), report_error)
    )
    return entry_id


def duplicate_entries(
    context: AppContext, drafts: Sequence[EntryDraft], report_error: ErrorReporter | None = None
) -> list[str]:
    """Copies typed by this user now: the copy's origin is the form, not the original's file."""
    copies = [
        replace(d, origin=Origin.FORM, source_file=None, source_sheet=None, source_row=None, import_batch_id=None)
        for d in drafts
    ]
    ids = entry_store.add_entries(context.store, copies)
    text = (
        QCoreApplication.translate("EntryCommands", "Duplicate entry")
        if len(ids) == 1
        else QCoreApplication.translate("EntryCommands", "Duplicate %n entries").replace("%n", str(len(ids)))
    )
    context.undo_stack.push(AddEntriesCommand(context, ids, text, report_error))
    return ids


def edit_entry(
    context: AppContext, entry_id: str, after: EntryDraft, report_error: ErrorReporter | None = None
) -> None:
    before = entry_store.get_entry(context.store, entry_id).draft
    entry_store.update_entry(context.store, entry_id, after)
    context.undo_stack.push(EditEntryCommand(context, entry_id, before, after, report_error))


def delete_entries(context: AppContext, ids: Sequence[str], report_error: ErrorReporter | None = None) -> None:
    entry_store.set_entries_deleted(context.store, ids, True)
    context.undo_stack.push(DeleteEntriesCommand(context, ids, report_error))
