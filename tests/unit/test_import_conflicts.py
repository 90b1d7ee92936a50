"""Conflicts (same id, other content) and corrections (a re-sent file without ids), on real files and stores."""

from __future__ import annotations

import datetime as dt

import pytest

from impact_desktop.cli.summary import summary_json
from impact_desktop.services.import_resolution import CorrectionsUndecided, parse_timestamp
from impact_desktop.services.importing import commit_import, preview_import, undo_import
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import summarize
from impact_desktop.storage import catalog, import_conflicts
from impact_desktop.storage import imports as batches
from impact_desktop.storage.entries import add_entry, get_entry, total_value
from impact_desktop.storage.rows import utc_now
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx

TREES = ["Business unit", "Program", "Date", "Trees planted"]
EXPORT = ["ID", "Business unit", "Program", "Metric", "Period", "Value", "Currency", "Note", "Updated"]


def state(store) -> tuple:
    """Every live entry's own columns, the roll-ups and the summary: what an undo must give back."""
    rows = store.db.execute(
        f"SELECT id, {', '.join(import_conflicts.VERSION_COLUMNS)} FROM entries WHERE deleted_at IS NULL ORDER BY id")
    totals = store.db.execute("SELECT * FROM monthly_totals ORDER BY 1, 2, 3, 4, 5, 6, 7, 8")
    units = store.db.execute("SELECT * FROM unit_totals ORDER BY 1, 2, 3, 4, 5")
    b4si = store.db.execute("SELECT * FROM b4si_totals ORDER BY 1, 2, 3, 4, 5, 6, 7")
    return ([tuple(r) for r in rows], [tuple(r) for r in totals], [tuple(r) for r in units], [tuple(r) for r in b4si],
            summary_json(summarize(store, resolve_scope(store))))


def trees(tmp_path, value, *, more=()):
    folder = tmp_path / f"send-{value}"
    folder.mkdir(exist_ok=True)
    return write_xlsx(folder / "trees.xlsx", [TREES, ["Ant Financial", "Ant Forest", "2018-03", value], *more])


def exported_entry(store, tmp_path):
    """An entry as machine A stored it (imported from a file), and its id."""
    import_file(store, write_xlsx(tmp_path / "a.xlsx", [TREES, ["Ant Financial", "Ant Forest", "2018-03", 1000]]))
    return store.db.execute("SELECT id, updated_at FROM entries").fetchone()


def b_export(tmp_path, entry_id, value, *, updated=None, note="", name="b.xlsx"):
    row = [entry_id, "Ant Financial", "Ant Forest", "Trees planted", "2018-03", value, None, note, updated]
    header = EXPORT if updated is not None else EXPORT[:-1]
    return write_xlsx(tmp_path / name, [header, row if updated is not None else row[:-1]])


def later(stamp: str, hours: int) -> str:
    moment = parse_timestamp(stamp) + dt.timedelta(hours=hours)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_newer_file_version_wins_in_place_and_undo_restores_the_stored_one(store, tmp_path):
    entry_id, stored_at = exported_entry(store, tmp_path)
    before = state(store)
    path = b_export(tmp_path, entry_id, 1200, updated=later(stored_at, 1), note="recounted")
    preview = preview_import(store, path)
    assert preview.counts() == {"new": 0, "duplicate": 0, "invalid": 0, "skipped": 0, "conflict": 1, "correction": 0}
    conflict = preview.conflicts[0]
    assert (conflict.stored_value, conflict.file_value, conflict.kept) == ("1,000", "1,200", "file")
    assert "newer" in conflict.reason and "note '' → 'recounted'" in conflict.differences
    assert conflict.line().startswith("sheet Data, row 2: Ant Forest / Trees planted / 2018-03 (entry ")
    assert state(store) == before  # a preview writes nothing
    result = commit_import(store, preview)
    assert (result.conflict_count, result.changed_count, result.new_count, result.undoable) == (1, 1, 0, True)
    entry = get_entry(store, entry_id)
    assert entry.draft.value == 1200 and entry.draft.note == "recounted" and entry.draft.origin.value == "import"
    assert total_value(store, "trees_planted") == 1200
    batch = batches.get_batch(store, result.batch_id)
    assert (batch.conflict_count, batch.changed_entries, batch.live_entries) == (1, 1, 0)
    [record] = import_conflicts.list_for_batch(store, result.batch_id)
    assert (record.kind, record.entry_id, record.kept, record.row) == ("conflict", entry_id, "file", 2)
    assert record.stored["value_e4"] == 1000 * 10**4 and record.file["value_e4"] == 1200 * 10**4
    assert record.file["updated_at"] == later(stored_at, 1)
    after = state(store)
    undo_import(store, result.batch_id)
    assert state(store) == before
    batches.restore_batch(store, result.batch_id, [])  # Ctrl+Z of the undo: the file's version again
    assert state(store) == after and get_entry(store, entry_id).draft.value == 1200


def test_the_store_wins_without_a_newer_updated_time_and_keeps_the_file_version(store, tmp_path):
    entry_id, stored_at = exported_entry(store, tmp_path)
    before = state(store)
    for path, why in ((b_export(tmp_path, entry_id, 1200), "no Updated time"),
                      (b_export(tmp_path, entry_id, 1200, updated=later(stored_at, -1), name="old.xlsx"),
                       "store's version is newer"),
                      (b_export(tmp_path, entry_id, 1200, updated="last Tuesday", name="odd.xlsx"),
                       "'last Tuesday' is not a date and time")):
        preview = preview_import(store, path)
        assert preview.conflict_count == 1 and preview.duplicate_count == 0
        assert preview.conflicts[0].kept == "store" and why in preview.conflicts[0].reason
        result = commit_import(store, preview)
        assert result.changed_count == 0 and not result.undoable
        [record] = import_conflicts.list_for_batch(store, result.batch_id)
        assert record.kept == "store" and record.file["value"] == "1,200" and record.stored["value"] == "1,000"
        assert state(store) == before


def test_same_id_and_same_content_stays_a_plain_duplicate(store, tmp_path):
    entry_id, stored_at = exported_entry(store, tmp_path)
    preview = preview_import(store, b_export(tmp_path, entry_id, 1000, updated=later(stored_at, 5)))
    assert preview.conflict_count == 0 and preview.duplicate_count == 1
    assert "already in the store" in preview.duplicates[0].reason


def test_a_corrected_resend_must_be_decided_and_replace_undoes_exactly(store, tmp_path):
    first = import_file(store, trees(tmp_path, 1000))
    after_first = state(store)
    preview = preview_import(store, trees(tmp_path, 1200))
    assert preview.counts() == {"new": 1, "duplicate": 0, "invalid": 0, "skipped": 0, "conflict": 0, "correction": 1}
    assert preview.corrections[0].line() == (
        "sheet Data, row 2: Ant Forest / Trees planted / 2018-03 is 1,000 in the store "
        "(imported from trees.xlsx row 2); the file says 1,200.")
    with pytest.raises(CorrectionsUndecided, match="nothing was imported"):
        commit_import(store, preview)
    assert state(store) == after_first and len(batches.list_batches(store)) == 1
    result = commit_import(store, preview, corrections="replace")
    assert (result.new_count, result.changed_count, result.corrections) == (1, 1, "replace")
    assert total_value(store, "trees_planted") == 1200
    batch = batches.get_batch(store, result.batch_id)
    assert (batch.correction_count, batch.corrections, batch.changed_entries) == (1, "replace", 1)
    [record] = import_conflicts.list_for_batch(store, result.batch_id)
    assert record.kind == "correction" and record.kept == "file" and record.file["value"] == "1,200"
    assert record.stored["source_file"] == "trees.xlsx" and record.stored["value_e4"] == 1000 * 10**4
    after_replace, new_ids = state(store), batches.batch_entry_ids(store, result.batch_id)
    assert undo_import(store, result.batch_id).result.removed == 1
    assert state(store) == after_first and total_value(store, "trees_planted") == 1000
    assert get_entry(store, record.entry_id).draft.source_file == "trees.xlsx"
    batches.restore_batch(store, result.batch_id, new_ids)  # Ctrl+Z of the undo
    assert state(store) == after_replace
    assert batches.get_batch(store, first.batch_id).live_entries == 0


def test_add_and_skip_choices(store, tmp_path):
    import_file(store, trees(tmp_path, 1000))
    added = import_file(store, trees(tmp_path, 1200), corrections="add")
    assert added.new_count == 1 and total_value(store, "trees_planted") == 2200
    undo_import(store, added.batch_id)
    skipped = import_file(store, trees(tmp_path, 1200), corrections="skip")
    assert (skipped.new_count, skipped.left_out_count, skipped.correction_count) == (0, 1, 1)
    assert total_value(store, "trees_planted") == 1000
    batch = batches.get_batch(store, skipped.batch_id)
    assert (batch.new_count, batch.correction_count, batch.corrections) == (0, 1, "skip")
    assert import_conflicts.list_for_batch(store, skipped.batch_id)[0].kept == "store"


def test_what_is_not_a_correction(store, tmp_path):
    import_file(store, trees(tmp_path, 1000))
    # The stored value repeated next to another figure of the same key: a duplicate plus a new figure.
    both = preview_import(store, trees(tmp_path, 1000, more=[["Ant Financial", "Ant Forest", "2018-03", 200]]))
    assert (both.correction_count, both.duplicate_count, both.new_count) == (0, 1, 1)
    # Another month, or a figure typed in a form, is never "corrected".
    other = preview_import(store, write_xlsx(tmp_path / "apr.xlsx", [TREES, ["Ant Financial", "Ant Forest",
                                                                              "2018-04", 5]]))
    assert other.correction_count == 0 and other.new_count == 1
    program = catalog.list_programs(store)[0]
    typed = preview_import(store, trees(tmp_path, 1000))  # still a duplicate of the import
    assert typed.duplicate_count == 1
    from impact_desktop.core.entries import build_entry
    from impact_desktop.storage.catalog import get_metric

    draft = build_entry(get_metric(store, "trees_planted"), program_id=program.id, value=7, period="2018-05")
    add_entry(store, draft)
    form = preview_import(store, write_xlsx(tmp_path / "may.xlsx", [TREES, ["Ant Financial", "Ant Forest",
                                                                             "2018-05", 9]]))
    assert form.correction_count == 0 and form.new_count == 1


def test_two_stored_figures_and_two_file_rows_form_one_correction(store, tmp_path):
    rows = [["Ant Financial", "Ant Forest", "2018-03", 300]]
    import_file(store, trees(tmp_path, 700, more=rows))
    preview = preview_import(store, trees(tmp_path, 600, more=[["Ant Financial", "Ant Forest", "2018-03", 500]]))
    [correction] = preview.corrections
    assert correction.rows == [2, 3] and correction.stored_value == "700 + 300"
    assert correction.line() == ("sheet Data, rows 2, 3: Ant Forest / Trees planted / 2018-03 is 700 + 300 in the "
                                 "store (imported from trees.xlsx rows 2, 3); the file says 600 + 500.")
    result = commit_import(store, preview, corrections="replace")
    assert result.changed_count == 2 and total_value(store, "trees_planted") == 1100


def test_updated_times_are_read_as_utc():
    assert parse_timestamp("2026-01-02T03:04:05.678Z") == dt.datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=dt.UTC)
    assert parse_timestamp(dt.datetime(2026, 1, 2, 3, 4)) == dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    assert parse_timestamp("2026-01-02 11:04+08:00") == dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    assert parse_timestamp("soon") is None and parse_timestamp(None) is None
    assert parse_timestamp(utc_now()) is not None


def test_undoing_an_import_keeps_an_edit_made_after_it(store, tmp_path):
    entry_id, stored_at = exported_entry(store, tmp_path)
    result = import_file(store, b_export(tmp_path, entry_id, 1200, updated=later(stored_at, 1)))
    assert get_entry(store, entry_id).draft.value == 1200
    store.db.execute("UPDATE entries SET value_e4 = ?, note = 'typed later' WHERE id = ?", [1500 * 10**4, entry_id])
    undo_import(store, result.batch_id)
    entry = get_entry(store, entry_id)
    assert (entry.draft.value, entry.draft.note) == (1500, "typed later")  # the later edit stands


def test_two_imports_changing_one_entry_undone_out_of_order_give_back_the_first_value(store, tmp_path):
    entry_id, stored_at = exported_entry(store, tmp_path)
    before = state(store)
    first = import_file(store, b_export(tmp_path, entry_id, 111, updated=later(stored_at, 1), name="k1.xlsx"))
    second = import_file(store, b_export(tmp_path, entry_id, 222, updated=later(stored_at, 2), name="k2.xlsx"))
    assert get_entry(store, entry_id).draft.value == 222
    undo_import(store, first.batch_id)  # its change was overwritten since: nothing to give back yet
    assert get_entry(store, entry_id).draft.value == 222
    undo_import(store, second.batch_id)
    assert state(store) == before  # 1,000 again, not the undone first import's 111
