"""Typing, copying, editing and deleting entries: each one change, made at once and undoable.

Every operation writes in one transaction (a refused one raises ``ImpactError`` before
writing anything) and returns a :class:`~impact_desktop.services.changes.Change`. An added
or copied entry is undone by soft-deleting it and redone by restoring it under the same id;
an edit is undone by writing the previous draft and redone by writing the new one; a delete
is undone by restoring. Each replay first checks that the entries are as the step left them
(an import's undo, a merge or another window may have deleted or restored them meanwhile):
if not, it refuses with a sentence and writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.errors import StoreError, ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.services.changes import ENTRIES, Change
from impact_desktop.storage import entries as entry_store
from impact_desktop.storage.database import Store


def add_entry(store: Store, draft: EntryDraft) -> Change:
    """Store one new entry; the change's result is its id."""
    ids = entry_store.add_entries(store, [draft])
    return _added(ids, ids[0])


def duplicate_entries(store: Store, drafts: Sequence[EntryDraft]) -> Change:
    """Store copies of ``drafts`` as typed by this user now (the copy's origin is the form, not
    the original's file or import); the change's result is the copies' ids, in order."""
    copies = [
        replace(d, origin=Origin.FORM, source_file=None, source_sheet=None, source_row=None, import_batch_id=None)
        for d in drafts
    ]
    ids = entry_store.add_entries(store, copies)
    return _added(ids, list(ids))


def edit_entry(store: Store, entry_id: str, after: EntryDraft) -> Change:
    """Replace a live entry's figure and classification (its id and provenance stay)."""
    with store.transaction():
        _require(store, [entry_id], deleted=False)
        before = entry_store.get_entry(store, entry_id).draft
        _write(store, entry_id, after)

    def undo(replay_store: Store) -> None:
        _replay_write(replay_store, entry_id, before)

    def redo(replay_store: Store) -> None:
        _replay_write(replay_store, entry_id, after)

    return Change(undo=undo, redo=redo, topics=(ENTRIES,))


def delete_entries(store: Store, ids: Sequence[str]) -> Change:
    """Soft-delete the live entries among ``ids`` (Ctrl+Z brings them back); the change's result is
    how many were deleted. Refused when none of them is live any more."""
    with store.transaction():
        states = entry_store.deleted_states(store, ids)
        live = [entry_id for entry_id in dict.fromkeys(ids) if states.get(entry_id) is False]
        if not live:
            raise StoreError(_gone(len(ids), len(ids)))
        entry_store.set_entries_deleted(store, live, True)
    return Change(undo=lambda s: _replay_deleted(s, live, False), redo=lambda s: _replay_deleted(s, live, True),
                  topics=(ENTRIES,), result=len(live))


def _added(ids: list[str], result: object) -> Change:
    return Change(undo=lambda s: _replay_deleted(s, ids, True), redo=lambda s: _replay_deleted(s, ids, False),
                  topics=(ENTRIES,), result=result)


def _replay_deleted(store: Store, ids: Sequence[str], deleted: bool) -> None:
    """Delete (or restore) ``ids``, all of them or, if one is not as the step left it, none."""
    with store.transaction():
        _require(store, ids, deleted=not deleted)
        entry_store.set_entries_deleted(store, ids, deleted)


def _replay_write(store: Store, entry_id: str, draft: EntryDraft) -> None:
    with store.transaction():
        _require(store, [entry_id], deleted=False)
        _write(store, entry_id, draft)


def _write(store: Store, entry_id: str, draft: EntryDraft) -> None:
    if draft.metric_key not in entry_store.metric_ids(store):  # removed meanwhile: say so, write nothing
        raise ValidationError(translate("Catalog", "There is no metric '{0}'.").format(draft.metric_key), "metric")
    entry_store.update_entry(store, entry_id, draft)


def _require(store: Store, ids: Sequence[str], *, deleted: bool) -> None:
    """Raise unless every entry of ``ids`` is stored and deleted (or live, as ``deleted`` says)."""
    states = entry_store.deleted_states(store, ids)
    missing = [entry_id for entry_id in ids if entry_id not in states or (not deleted and states[entry_id])]
    if missing:
        raise StoreError(_gone(len(missing), len(ids)))
    back = [entry_id for entry_id in ids if deleted and not states[entry_id]]
    if back:
        raise StoreError(translate("Entries", "That entry was brought back meanwhile.") if len(ids) == 1 else
                         translate("Entries", "{0} of these {1} entries were brought back meanwhile.")
                         .format(len(back), len(ids)))


def _gone(count: int, of: int) -> str:
    if of == 1:
        return translate("Entries", "That entry no longer exists.")
    return translate("Entries", "{0} of these {1} entries no longer exist.").format(count, of)
