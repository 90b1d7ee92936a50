"""Merging exports between machines, deleted entries, and undoing batches out of order (real files, real stores)."""

from __future__ import annotations

import csv
import json

import pytest

from impact_desktop.core.errors import StoreError
from impact_desktop.services.importing import preview_import, undo_import
from impact_desktop.storage import import_conflicts
from impact_desktop.storage import imports as batches
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import add_entries, get_entry, set_entries_deleted
from tests.import_helpers import import_file
from tests.unit.io_files import figures_in, run_cli, write_csv

HOURS = ["Business unit", "Program", "Date", "Volunteer hours"]


def hours_file(folder, value, name="a.csv", more=()):
    folder.mkdir(parents=True, exist_ok=True)
    return write_csv(folder / name, [HOURS, ["Unit A", "P", "2017-06-01", value], *more])


def hours(db):
    return figures_in(db, "volunteer_hours")


def imported(result) -> str:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["batch_id"]


def test_an_export_holding_another_machines_correction_is_a_correction_not_a_new_figure(tmp_path):
    """N1: A and B import a.csv (20 h, other entry ids); B corrects it to 25; B's export reaches A."""
    a_db, b_db = tmp_path / "A.db", tmp_path / "B.db"
    other = [["Unit A", "Q", "2017-06-01", 100]]
    first = hours_file(tmp_path / "sent", 20, more=other)
    for db in (a_db, b_db):
        assert run_cli("import", first, "--db", db).exit_code == 0
    corrected = hours_file(tmp_path / "resent", 25, name="b.csv", more=other)
    assert run_cli("import", corrected, "--db", b_db, "--corrections", "replace").exit_code == 0
    assert run_cli("export", tmp_path / "B2.xlsx", "--db", b_db).exit_code == 0
    refused = run_cli("import", tmp_path / "B2.xlsx", "--db", a_db)
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert "P / Volunteer hours / 2017-06-01 is 20 in the store (imported from a.csv row 2); the file says 25" \
        in refused.stderr
    assert hours(a_db) == (2, 120)
    dry = run_cli("import", tmp_path / "B2.xlsx", "--db", a_db, "--dry-run", "--json")
    counts = json.loads(dry.stdout)["counts"]
    assert (counts["correction"], counts["duplicate"], counts["new"]) == (1, 1, 1)  # Q's 100 h: same figure
    done = run_cli("import", tmp_path / "B2.xlsx", "--db", a_db, "--corrections", "replace")
    assert done.exit_code == 0, done.output
    assert hours(a_db) == hours(b_db) == (2, 125)
    # A now holds B's entry for the corrected figure: exchanging exports again changes nothing.
    assert run_cli("export", tmp_path / "A2.xlsx", "--db", a_db).exit_code == 0
    again = run_cli("import", tmp_path / "A2.xlsx", "--db", b_db, "--json")
    assert json.loads(again.stdout)["counts"]["new"] == 0 and hours(b_db) == (2, 125)


def test_an_unknown_id_with_the_stored_value_stays_a_duplicate(tmp_path):
    a_db, b_db = tmp_path / "A.db", tmp_path / "B.db"
    first = hours_file(tmp_path / "sent", 20)
    for db in (a_db, b_db):
        assert run_cli("import", first, "--db", db).exit_code == 0
    assert run_cli("export", tmp_path / "B1.xlsx", "--db", b_db).exit_code == 0
    merged = run_cli("import", tmp_path / "B1.xlsx", "--db", a_db, "--json")
    report = json.loads(merged.stdout)
    assert merged.exit_code == 0 and (report["counts"]["new"], report["counts"]["duplicate"]) == (0, 1)
    assert report["counts"]["correction"] == 0 and hours(a_db) == (1, 20)


def test_undoing_batches_out_of_order_never_brings_back_an_undone_batchs_entry(store, tmp_path):
    """N3: B2 replaced B1's figure; undo B1 then B2 leaves nothing, and every redo order gives the right figure."""
    b1 = import_file(store, hours_file(tmp_path / "one", 20))
    b2 = import_file(store, hours_file(tmp_path / "two", 25, name="b.csv"), corrections="replace")
    b1_ids = batches.batch_entry_ids(store, b1.batch_id)
    assert b1_ids == []  # B2 replaced B1's entry
    undo_import(store, b1.batch_id)
    b2_ids = batches.batch_entry_ids(store, b2.batch_id)
    undo_import(store, b2.batch_id)
    assert hours(store.path) == (0, 0)
    batches.restore_batch(store, b1.batch_id, b1_ids)  # B1 back while B2 stays undone: its figure returns
    assert hours(store.path) == (1, 20)
    batches.restore_batch(store, b2.batch_id, b2_ids)
    assert hours(store.path) == (1, 25)
    # The other order: undo B2 first (B1's figure is given back), then B1.
    b2_ids = batches.batch_entry_ids(store, b2.batch_id)
    undo_import(store, b2.batch_id)
    assert hours(store.path) == (1, 20)
    b1_ids = batches.batch_entry_ids(store, b1.batch_id)
    undo_import(store, b1.batch_id)
    assert hours(store.path) == (0, 0)
    batches.restore_batch(store, b1.batch_id, b1_ids)
    assert hours(store.path) == (1, 20)
    batches.restore_batch(store, b2.batch_id, b2_ids)
    assert hours(store.path) == (1, 25)
    # Ctrl+Z order (last undone, first redone) after undoing B1 then B2.
    undo_import(store, b1.batch_id)
    b2_ids = batches.batch_entry_ids(store, b2.batch_id)
    undo_import(store, b2.batch_id)
    batches.restore_batch(store, b2.batch_id, b2_ids)
    assert hours(store.path) == (1, 25)
    batches.restore_batch(store, b1.batch_id, [])
    assert hours(store.path) == (1, 25)


def test_an_entry_deleted_after_the_undo_of_its_replacement_stays_deleted_on_redo(store, tmp_path):
    b1 = import_file(store, hours_file(tmp_path / "one", 20))
    b2 = import_file(store, hours_file(tmp_path / "two", 25, name="b.csv"), corrections="replace")
    undo_import(store, b2.batch_id)
    [entry_id] = batches.batch_entry_ids(store, b1.batch_id)
    set_entries_deleted(store, [entry_id])  # deleted by hand
    undo_import(store, b1.batch_id)
    batches.restore_batch(store, b1.batch_id, [])
    assert hours(store.path) == (0, 0)


def test_a_conflict_undone_after_its_entrys_own_import_gives_the_stored_version_back(store, tmp_path):
    b1 = import_file(store, hours_file(tmp_path / "one", 20))
    [entry_id] = batches.batch_entry_ids(store, b1.batch_id)
    newer = write_csv(tmp_path / "newer.csv", [["ID", "Updated", *HOURS],
                                               [entry_id, "2999-01-01T00:00:00Z", "Unit A", "P", "2017-06-01", 30]])
    b2 = import_file(store, newer)
    assert b2.changed_count == 1 and hours(store.path) == (1, 30)
    undo_import(store, b1.batch_id)
    undo_import(store, b2.batch_id)
    batches.restore_batch(store, b1.batch_id, [entry_id])
    assert hours(store.path) == (1, 20)  # B2 is undone: its version must not come back with B1


def export_rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_a_deleted_entry_does_not_come_back_from_an_older_export(tmp_path):
    """N4: export, delete one entry, re-import the export: a conflict, the deletion stands."""
    db = tmp_path / "s.db"
    source = hours_file(tmp_path / "in", 20, more=[["Unit A", "Q", "2017-06-01", 7]])
    assert run_cli("import", source, "--db", db).exit_code == 0
    assert run_cli("export", tmp_path / "out.csv", "--db", db).exit_code == 0
    store = open_store(db, create=False)
    entry_id = store.db.execute("SELECT e.id FROM entries e JOIN programs p ON p.id = e.program_id "
                                "WHERE p.name = 'P'").fetchone()[0]
    set_entries_deleted(store, [entry_id])
    store.close()
    again = run_cli("import", tmp_path / "out.csv", "--db", db)
    assert again.exit_code == 0, again.output
    assert "new entries: 0" in again.stdout and "conflicts: 1" in again.stdout
    assert (f"P / Volunteer hours / 2017-06-01 (entry {entry_id[:8]}…) was deleted here (it was 20); the file has "
            "20; kept the deletion. The entry was deleted here after the file's version") in again.stdout
    assert hours(db) == (1, 7)
    # A version changed after the deletion (edited on another machine) brings the entry back; undo deletes it again.
    rows = export_rows(tmp_path / "out.csv")
    head = rows[0]
    row = next(r for r in rows[1:] if r[0] == entry_id)
    row[head.index("Updated")], row[head.index("Value")] = "2999-01-01T00:00:00.000Z", "22"
    write_csv(tmp_path / "newer.csv", [head, row])
    newer = run_cli("import", tmp_path / "newer.csv", "--db", db, "--json")
    report = json.loads(newer.stdout)
    assert newer.exit_code == 0 and report["counts"]["new"] == 0 and report["counts"]["conflict"] == 1
    assert report["conflicts"][0]["kept"] == "file" and hours(db) == (2, 29)
    store = open_store(db, create=False)
    try:
        assert get_entry(store, entry_id).draft.value == 22
        [record] = import_conflicts.list_for_batch(store, report["batch_id"])
        assert record.stored["deleted_at"] and record.kept == "file"
        undo_import(store, report["batch_id"])
        assert get_entry(store, entry_id).deleted and get_entry(store, entry_id).draft.value == 20
        assert hours(db) == (1, 7)
        batches.restore_batch(store, report["batch_id"], [])
        assert not get_entry(store, entry_id).deleted and hours(db) == (2, 29)
    finally:
        store.close()


def test_a_deleted_id_whose_figure_is_stored_again_is_a_duplicate(store, tmp_path):
    import_file(store, hours_file(tmp_path / "one", 20))
    [entry_id] = [row[0] for row in store.db.execute("SELECT id FROM entries")]
    newer = write_csv(tmp_path / "newer.csv", [["ID", "Updated", *HOURS],
                                               [entry_id, "2999-01-01T00:00:00Z", "Unit A", "P", "2017-06-01", 20]])
    set_entries_deleted(store, [entry_id])
    import_file(store, hours_file(tmp_path / "two", 20))  # the same figure, stored again under a new id
    preview = preview_import(store, newer)
    assert (preview.conflict_count, preview.duplicate_count, preview.new_count) == (0, 1, 0)


def test_adding_an_entry_under_a_deleted_entrys_id_is_refused_clearly(store, tmp_path):
    import_file(store, hours_file(tmp_path / "one", 20))
    entry_id = store.db.execute("SELECT id FROM entries").fetchone()[0]
    draft = get_entry(store, entry_id).draft
    set_entries_deleted(store, [entry_id])
    with pytest.raises(StoreError, match="already stored"):
        add_entries(store, [draft], ids=[entry_id])
    assert get_entry(store, entry_id).deleted


def test_only_what_imported_figures_use_is_created_and_undo_removes_it(tmp_path):
    """N12: rejected rows create nothing; undo removes the units, programs and channels only the batch used."""
    db = tmp_path / "n.db"
    rows = [["Business unit", "Program", "Date", "Channel", "Volunteer hours"],
            ["North", "P1", "2017-06-01", "Online", 5], ["North", "P2", "2017-06-01", "", 6],
            *[[f"Unit {i % 3}", f"P{i}", "2017-06-01", "Offline", "lots"] for i in range(3, 17)]]
    source = write_csv(tmp_path / "num.csv", rows)
    dry = json.loads(run_cli("import", source, "--db", db, "--dry-run", "--json").stdout)
    assert (dry["new_business_units"], dry["new_programs"]) == (["North"], ["North / P1", "North / P2"])
    done = run_cli("import", source, "--db", db, "--skip-invalid", "--json")
    report = json.loads(done.stdout)
    assert done.exit_code == 0 and report["counts"]["invalid"] == 14
    store = open_store(db, create=False)
    try:
        def names(table):
            return sorted(r[0] for r in store.db.execute(f"SELECT name FROM {table} WHERE deleted_at IS NULL"))

        assert (names("business_units"), names("programs"), names("channels")) == (["North"], ["P1", "P2"],
                                                                                    ["Online"])
        # Another import uses North / P2 too: the undo of the first must leave it.
        import_file(store, write_csv(tmp_path / "more.csv", [rows[0], ["North", "P2", "2017-07-01", "", 1]]))
        ids = batches.batch_entry_ids(store, report["batch_id"])
    finally:
        store.close()
    undo = run_cli("imports", "undo", report["batch_id"][:8], "--db", db)
    assert undo.exit_code == 0, undo.output
    assert undo.stdout.strip() == (f"Undid import {report['batch_id'][:8]} (num.csv): 2 entries removed. Removed what "
                                   "imports had created and nothing uses now: program North / P1, channel Online.")
    store = open_store(db, create=False)
    try:
        assert (names("business_units"), names("programs"), names("channels")) == (["North"], ["P2"], [])
        batches.restore_batch(store, report["batch_id"], ids)  # Ctrl+Z of the undo
        assert (names("programs"), names("channels")) == (["P1", "P2"], ["Online"])
        assert hours(db) == (3, 12)
        [later] = [b.id for b in batches.list_batches(store) if b.file_name == "more.csv"]
        undo_import(store, report["batch_id"])
        assert batches.undo_batch_details(store, later).catalog == ["business unit North", "program North / P2"]
        assert (names("business_units"), names("programs"), names("channels")) == ([], [], [])
        batches.restore_batch(store, report["batch_id"], ids)  # its figures need North / P2 again
        assert (names("business_units"), names("programs"), names("channels")) == (["North"], ["P1", "P2"],
                                                                                    ["Online"])
        assert hours(db) == (2, 11)
    finally:
        store.close()


def test_with_skip_the_left_out_rows_create_nothing(store, tmp_path):
    import_file(store, hours_file(tmp_path / "one", 20))
    resent = write_csv(tmp_path / "b.csv", [HOURS, ["Unit A", "P", "2017-06-01", 25]])
    preview = preview_import(store, resent)
    assert preview.correction_count == 1 and preview.new_programs == []
    newcomer = write_csv(tmp_path / "c.csv", [HOURS, ["Unit A", "P", "2017-06-01", 25],
                                               ["Unit B", "R", "2017-06-01", 3]])
    result = import_file(store, newcomer, corrections="add")
    assert result.new_programs == ["Unit B / R"] and result.new_business_units == ["Unit B"]


def test_an_export_imported_again_after_its_undo_comes_back_whole(demo_store, tmp_path):
    from impact_desktop.services.exporting import export_entries
    from impact_desktop.services.importing import undo_import
    from impact_desktop.storage.database import open_store
    from impact_desktop.storage.entries import count_entries
    from tests.import_helpers import import_file
    from tests.unit.test_export_roundtrip import entry_summary

    path = export_entries(demo_store, tmp_path / "x.xlsx").path
    other = open_store(tmp_path / "t.db")
    try:
        first = import_file(other, path)
        undo_import(other, first.batch_id)
        assert count_entries(other) == 0
        again = import_file(other, path)
        assert (again.new_count, again.conflict_count) == (137, 0)
        assert entry_summary(other) == entry_summary(demo_store)
        undo_import(other, again.batch_id)
        assert count_entries(other) == 0
    finally:
        other.close()


def test_a_merged_entry_keeps_its_source_change_time_so_a_later_edit_there_wins(demo_store, tmp_path):
    import dataclasses
    from decimal import Decimal

    from impact_desktop.services.exporting import export_entries
    from impact_desktop.storage.database import open_store
    from impact_desktop.storage.entries import get_entry, query_entries, update_entry
    from tests.import_helpers import import_file

    first = export_entries(demo_store, tmp_path / "b1.xlsx").path
    entry = query_entries(demo_store, limit=1)[0]
    other = open_store(tmp_path / "c.db")
    try:
        edited = dataclasses.replace(entry.draft, value=Decimal(11000))
        update_entry(demo_store, entry.id, edited)  # edited at the source after the first export...
        import_file(other, first)  # ...but before the first export reached the other machine
        second = export_entries(demo_store, tmp_path / "b2.xlsx").path
        result = import_file(other, second)
        assert result.conflict_count == 1 and get_entry(other, entry.id).draft.value == 11000
    finally:
        other.close()


def test_undoing_an_import_that_created_many_names_lists_ten_and_counts_the_rest(tmp_path):
    db = tmp_path / "many.db"
    rows = [["Business unit", "Program", "Date", "Trees planted"],
            *[["North", f"Program {i:02d}", "2017-06-01", 5] for i in range(1, 31)]]
    report = json.loads(run_cli("import", write_csv(tmp_path / "many.csv", rows), "--db", db, "--json").stdout)
    undo = run_cli("imports", "undo", report["batch_id"][:8], "--db", db)
    assert undo.exit_code == 0, undo.output
    listed = undo.stdout.strip().split("nothing uses now: ", 1)[1]
    assert listed.endswith(" and 21 more.")  # 31 created: North and its 30 programs
    assert listed.count(", ") == 9 and "North" in listed


def test_an_import_that_creates_many_programs_lists_ten_and_counts_the_rest(tmp_path):
    """360 new programs made one line of 10,000 characters; ``--json`` still lists every one."""
    db = tmp_path / "many.db"
    rows = [["Business unit", "Program", "Date", "Trees planted"],
            *[["North", f"Program {i:02d}", "2017-06-01", 5] for i in range(1, 31)]]
    path = write_csv(tmp_path / "many.csv", rows)
    dry = run_cli("import", path, "--db", db, "--dry-run")
    assert dry.exit_code == 0, dry.output
    line = next(text for text in dry.stdout.splitlines() if text.strip().startswith("new programs:"))
    assert line.endswith(" and 20 more") and line.count(", ") == 9 and "North / Program 01" in line
    report = json.loads(run_cli("import", path, "--db", db, "--json").stdout)
    assert len(report["new_programs"]) == 30
