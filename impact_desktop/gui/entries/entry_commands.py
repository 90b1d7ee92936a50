"""Undoable entry changes: every add, edit, duplicate and delete is one step on the undo stack.

The change itself is a services operation (:mod:`impact_desktop.services.entry_ops`), made at
once in one transaction: a refused change raises to the caller and never lands on the stack.
:func:`impact_desktop.gui.common.undo.record` pushes it under the label the Edit menu shows; a later
undo or redo that no longer applies is shown to the user and dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from impact_desktop.core.entries import EntryDraft
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.undo import record
from impact_desktop.services import entry_ops


def add_entry(context: AppContext, draft: EntryDraft) -> str:
    """Store a new entry as one undo step; its id. Raises ImpactError if refused."""
    change = entry_ops.add_entry(context.store, draft)
    return record(context, QCoreApplication.translate("EntryCommands", "New entry"), change)


def duplicate_entries(context: AppContext, drafts: Sequence[EntryDraft]) -> list[str]:
    """Copies typed by this user now (see ``entry_ops.duplicate_entries``), as one undo step; their ids."""
    change = entry_ops.duplicate_entries(context.store, drafts)
    text = (
        QCoreApplication.translate("EntryCommands", "Duplicate entry")
        if len(drafts) == 1
        else QCoreApplication.translate("EntryCommands", "Duplicate %n entries").replace("%n", str(len(drafts)))
    )
    return record(context, text, change)


def edit_entry(context: AppContext, entry_id: str, after: EntryDraft) -> None:
    record(context, QCoreApplication.translate("EntryCommands", "Edit entry"),
           entry_ops.edit_entry(context.store, entry_id, after))


def delete_entries(context: AppContext, ids: Sequence[str], undone: Callable[[], None] | None = None) -> None:
    """Delete ``ids`` as one undo step; ``undone`` is called each time the step is undone (the rows are back)."""
    change = entry_ops.delete_entries(context.store, ids)
    text = (
        QCoreApplication.translate("EntryCommands", "Delete entry")
        if len(ids) == 1
        else QCoreApplication.translate("EntryCommands", "Delete %n entries").replace("%n", str(len(ids)))
    )
    record(context, text, change, undone)
