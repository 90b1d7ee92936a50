"""The entry operations: each made at once, undone and redone on a real SQLite file, and a refusal
(at once or on a replay) leaves the data as it was."""

from __future__ import annotations

from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.periods import month
from impact_desktop.services import entry_ops
from impact_desktop.services.changes import ENTRIES
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import EntryFilter, count_entries, get_entry, set_entries_deleted, total_value


@pytest.fixture
def program(store) -> str:
    return catalog.add_program(store, catalog.add_business_unit(store, "Ant Financial"), "Ant Forest")


def _draft(program: str, value: int, **changes) -> EntryDraft:
    fields = {"program_id": program, "metric_key": "trees_planted", "value": Decimal(value),
              "period": month(2018, 3), **changes}
    return EntryDraft(**fields)


def _live(store) -> int:
    return count_entries(store, EntryFilter())


def test_add_is_made_at_once_undone_by_soft_delete_and_redone_under_the_same_id(store, program):
    change = entry_ops.add_entry(store, _draft(program, 7))
    entry_id = change.result
    assert change.topics == (ENTRIES,)
    assert get_entry(store, entry_id).draft.value == Decimal(7) and _live(store) == 1
    change.undo(store)
    assert _live(store) == 0 and get_entry(store, entry_id).deleted
    change.redo(store)
    assert _live(store) == 1 and not get_entry(store, entry_id).deleted


def test_a_refused_add_writes_nothing(store, program):
    with pytest.raises(ImpactError, match="no metric 'no_such_metric'"):
        entry_ops.add_entry(store, _draft(program, 7, metric_key="no_such_metric"))
    assert count_entries(store, EntryFilter(include_deleted=True)) == 0


def test_duplicates_are_typed_copies_and_undo_removes_them_all(store, program):
    original = _draft(program, 5, origin=Origin.IMPORT, source_file="book.xlsx", source_sheet="Data", source_row=4)
    change = entry_ops.duplicate_entries(store, [original, _draft(program, 6)])
    copies = [get_entry(store, entry_id) for entry_id in change.result]
    assert [copy.draft.value for copy in copies] == [Decimal(5), Decimal(6)]
    assert {copy.draft.origin for copy in copies} == {Origin.FORM}
    assert copies[0].draft.source_file is None and copies[0].draft.source_row is None
    change.undo(store)
    assert _live(store) == 0
    change.redo(store)
    assert _live(store) == 2


def test_edit_is_undone_to_the_previous_draft_and_redone_to_the_new_one(store, program):
    entry_id = entry_ops.add_entry(store, _draft(program, 3, note="before")).result
    change = entry_ops.edit_entry(store, entry_id, _draft(program, 30, note="after"))
    assert get_entry(store, entry_id).draft.note == "after"
    assert total_value(store, "trees_planted") == Decimal(30)
    change.undo(store)
    assert get_entry(store, entry_id).draft.note == "before"
    assert total_value(store, "trees_planted") == Decimal(3)
    change.redo(store)
    assert total_value(store, "trees_planted") == Decimal(30)


def test_editing_an_entry_deleted_meanwhile_is_refused_and_changes_nothing(store, program):
    entry_id = entry_ops.add_entry(store, _draft(program, 3)).result
    set_entries_deleted(store, [entry_id], True)
    with pytest.raises(ImpactError, match="no longer exists"):
        entry_ops.edit_entry(store, entry_id, _draft(program, 30))
    assert get_entry(store, entry_id).draft.value == Decimal(3)


def test_delete_is_undone_by_restoring_only_what_it_deleted(store, program):
    first, second = (entry_ops.add_entry(store, _draft(program, value)).result for value in (1, 2))
    set_entries_deleted(store, [second], True)  # already gone: this delete does not own it
    change = entry_ops.delete_entries(store, [first, second])
    assert change.result == 1 and _live(store) == 0
    change.undo(store)
    assert not get_entry(store, first).deleted and get_entry(store, second).deleted
    change.redo(store)
    assert _live(store) == 0


def test_deleting_only_entries_already_gone_is_refused(store, program):
    entry_id = entry_ops.add_entry(store, _draft(program, 1)).result
    set_entries_deleted(store, [entry_id], True)
    with pytest.raises(ImpactError, match="no longer exists"):
        entry_ops.delete_entries(store, [entry_id])


def test_an_undo_that_no_longer_applies_is_refused_and_writes_nothing(store, program):
    added = entry_ops.duplicate_entries(store, [_draft(program, 1), _draft(program, 2)])
    set_entries_deleted(store, [added.result[0]], True)  # removed by another path (an import's undo, say)
    with pytest.raises(ImpactError, match="1 of these 2 entries no longer exist"):
        added.undo(store)
    assert not get_entry(store, added.result[1]).deleted  # all or nothing: the other one stays


def test_a_redo_that_no_longer_applies_is_refused_and_writes_nothing(store, program):
    entry_id = entry_ops.add_entry(store, _draft(program, 3, note="before")).result
    edit = entry_ops.edit_entry(store, entry_id, _draft(program, 30, note="after"))
    edit.undo(store)
    set_entries_deleted(store, [entry_id], True)
    with pytest.raises(ImpactError, match="no longer exists"):
        edit.redo(store)
    assert get_entry(store, entry_id).draft.note == "before"
    deleted = entry_ops.delete_entries(store, [entry_ops.add_entry(store, _draft(program, 4)).result])
    deleted.undo(store)
    with pytest.raises(ImpactError, match="brought back meanwhile"):
        deleted.undo(store)  # restored already: a second restore does not apply


def test_an_edit_replay_onto_a_removed_metric_is_refused(store, program):
    entry_id = entry_ops.add_entry(store, _draft(program, 3)).result
    edit = entry_ops.edit_entry(store, entry_id, _draft(program, 30))
    with store.transaction():  # the metric removed meanwhile (as a merge from another computer can)
        store.db.execute("UPDATE metrics SET deleted_at = '2026-01-01T00:00:00Z' WHERE key = 'trees_planted'")
    with pytest.raises(ImpactError, match="no metric 'trees_planted'"):
        edit.undo(store)
