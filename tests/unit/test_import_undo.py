"""Undoing an import through the one service the CLI and the GUI share: do, undo, redo, refusals."""

from __future__ import annotations

import pytest

from impact_desktop.core.errors import ImpactError
from impact_desktop.services.changes import CATALOG, ENTRIES, IMPORTS, TARGETS
from impact_desktop.services.import_undo import import_change, undo_import
from impact_desktop.storage import catalog
from impact_desktop.storage import imports as batches
from impact_desktop.storage.entries import count_entries, total_value
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx

HEADER = ["Business unit", "Program", "Date", "Donations"]


def workbook(tmp_path, name="gifts.xlsx", unit="Cainiao"):
    return write_xlsx(tmp_path / name, [HEADER, [unit, "Green logistics", "2019-01-01", 7],
                                        [unit, "Green logistics", "2019-02-01", 5]])


def snapshot(store):
    """Everything an undo step touches, to tell a refused step changed nothing."""
    live = sorted(entry_id for batch in batches.list_batches(store)
                  for entry_id in batches.batch_entry_ids(store, batch.id))
    return (live, [(b.id, b.undone_at, b.live_entries) for b in batches.list_batches(store)],
            [u.name for u in catalog.list_business_units(store)], store.generation())


def test_undo_removes_the_batch_and_its_new_unit_and_undo_redo_replay_it(store, tmp_path):
    result = import_file(store, workbook(tmp_path))
    ids = batches.batch_entry_ids(store, result.batch_id)
    change = undo_import(store, result.batch_id[:6])

    undone = change.result
    assert (undone.batch.id, undone.removed, undone.given_back, undone.targets) == (result.batch_id, 2, 0, 0)
    assert any("Cainiao" in name for name in undone.catalog)
    assert set(change.topics) == {ENTRIES, TARGETS, CATALOG, IMPORTS}
    assert count_entries(store) == 0 and catalog.find_business_unit(store, "Cainiao") is None

    change.undo(store)  # Ctrl+Z: the same entries, under the same ids
    assert sorted(batches.batch_entry_ids(store, result.batch_id)) == sorted(ids)
    assert total_value(store, "donations") == 12 and catalog.find_business_unit(store, "Cainiao")
    assert batches.get_batch(store, result.batch_id).undone_at is None

    change.redo(store)
    assert count_entries(store) == 0 and batches.get_batch(store, result.batch_id).undone_at
    change.undo(store)
    assert sorted(batches.batch_entry_ids(store, result.batch_id)) == sorted(ids)


def test_undoing_a_batch_undone_already_is_refused_and_changes_nothing(store, tmp_path):
    result = import_file(store, workbook(tmp_path))
    undo_import(store, result.batch_id)
    before = snapshot(store)
    with pytest.raises(ImpactError, match="already undone"):
        undo_import(store, result.batch_id)
    assert snapshot(store) == before


def test_an_unknown_or_too_short_batch_id_is_refused(store, tmp_path):
    import_file(store, workbook(tmp_path))
    before = snapshot(store)
    with pytest.raises(ImpactError, match="no import batch"):
        undo_import(store, "ffffffff")
    with pytest.raises(ImpactError, match="at least the first 4"):
        undo_import(store, "ab")
    assert snapshot(store) == before


def test_bringing_back_a_batch_that_is_back_already_is_refused_and_changes_nothing(store, tmp_path):
    result = import_file(store, workbook(tmp_path))
    first = undo_import(store, result.batch_id)
    first.undo(store)  # brought back (say, by Ctrl+Z) ...
    before = snapshot(store)
    with pytest.raises(ImpactError, match="in the store already"):
        first.undo(store)  # ... so a second "bring back" on another path no longer applies
    assert snapshot(store) == before


def test_the_change_of_an_import_undoes_and_redoes_the_batch(store, tmp_path):
    result = import_file(store, workbook(tmp_path))
    other = import_file(store, workbook(tmp_path, "more.xlsx", unit="Amap"))
    ids = batches.batch_entry_ids(store, result.batch_id)
    change = import_change(result)
    assert change.result is result and set(change.topics) == {ENTRIES, TARGETS, CATALOG, IMPORTS}

    change.undo(store)
    assert batches.batch_entry_ids(store, result.batch_id) == [] and count_entries(store) == other.new_count
    change.redo(store)
    assert sorted(batches.batch_entry_ids(store, result.batch_id)) == sorted(ids)
    assert count_entries(store) == result.new_count + other.new_count


def test_undoing_an_import_undone_on_another_path_is_refused_and_changes_nothing(store, tmp_path):
    result = import_file(store, workbook(tmp_path))
    change = import_change(result)
    undo_import(store, result.batch_id)  # the CLI, or the history page, got there first
    before = snapshot(store)
    with pytest.raises(ImpactError, match="already undone"):
        change.undo(store)
    assert snapshot(store) == before
