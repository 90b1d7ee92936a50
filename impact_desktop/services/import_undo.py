"""Undoing an import, and undoing that undo: the one way the CLI and the GUI do it.

``impact-desktop imports undo``, the history page's "Undo import" and Ctrl+Z after the
wizard's import all go through :func:`undo_import` or :func:`import_change`. Undoing a
batch removes its entries, gives back the stored entries it changed or replaced and removes
what it created that nothing uses any more (see ``storage/imports``); bringing it back
restores the same entries under the same ids. Each step is one transaction, and one that no
longer applies (the batch was undone or brought back on another path meanwhile) is refused
with a sentence before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.services.changes import CATALOG, ENTRIES, IMPORTS, TARGETS, Change
from impact_desktop.storage import imports as batches
from impact_desktop.storage.database import Store
from impact_desktop.storage.imports import ImportBatch

#: An import's undo removes entries, the targets it added and what only it used.
TOPICS = (ENTRIES, TARGETS, CATALOG, IMPORTS)


@dataclass(frozen=True)
class UndoneImport:
    """What undoing one batch did."""

    batch: ImportBatch
    #: The batch's entries removed.
    removed: int
    #: Stored entries the batch had changed or replaced, given back.
    given_back: int
    #: Business units, programs, channels and rates it created that nothing uses now, removed.
    catalog: list[str]
    #: Targets it added (and nobody edited since), removed.
    targets: int


class _Batch:
    """One batch taken out and put back; remembers which of its entries the last removal took."""

    def __init__(self, batch_id: str, entry_ids: Sequence[str] = ()):
        self.batch_id = batch_id
        self._entry_ids = list(entry_ids)

    def remove(self, store: Store) -> UndoneImport:
        with store.transaction():  # the ids read are the ids removed
            batch = batches.get_batch(store, self.batch_id)
            self.batch_id = batch.id
            entry_ids = batches.batch_entry_ids(store, batch.id)
            done = batches.undo_batch_details(store, batch.id)  # refuses a batch undone already
        self._entry_ids = entry_ids
        return UndoneImport(batch, done.removed, done.given_back, done.catalog, done.targets)

    def restore(self, store: Store) -> int:
        with store.transaction():
            batch = batches.get_batch(store, self.batch_id)
            if not batch.undone_at:
                raise ValidationError(translate(
                    "ImportUndo", "The import of {0} ({1}) is in the store already; nothing was changed.").format(
                    batch.file_name, batch.id[:8]), "id")
            return batches.restore_batch(store, batch.id, self._entry_ids)


def undo_import(store: Store, batch_id: str) -> Change:
    """Undo the batch whose id starts with ``batch_id`` (at least 4 characters), in one transaction.

    The Change's result is an :class:`UndoneImport`; its undo brings the batch back, its redo
    undoes it again. Refused (nothing written) when no or several batches match, or the batch
    was undone already.
    """
    batch = _Batch(batch_id)
    undone = batch.remove(store)
    return Change(undo=batch.restore, redo=batch.remove, topics=TOPICS, result=undone)


def import_change(result) -> Change:
    """The Change of an import ``commit_import`` has written (``result`` is its ImportResult).

    Its undo undoes the batch, its redo brings it back; its result is ``result``. Only an
    import with ``result.undoable`` has anything to undo.
    """
    batch = _Batch(result.batch_id or "")
    return Change(undo=batch.remove, redo=batch.restore, topics=TOPICS, result=result)
