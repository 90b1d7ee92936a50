"""``import --corrections``, conflicts in the text and JSON output, and undo, through click's CliRunner."""

from __future__ import annotations

import json

from impact_desktop.storage.database import open_store
from tests.unit.io_files import figures_in, write_xlsx
from tests.unit.io_files import run_cli as run

TREES = ["Business unit", "Program", "Date", "Trees planted"]


def trees_in(db):
    return figures_in(db, "trees_planted")


def send(tmp_path, value, folder):
    (tmp_path / folder).mkdir(exist_ok=True)
    rows = [["Tree report"], [], [], TREES, ["Ant Financial", "Ant Forest", "2018-03", value]]
    return write_xlsx(tmp_path / folder / "trees.xlsx", rows)


def test_a_corrected_resend_is_refused_until_the_user_chooses(tmp_path):
    db = tmp_path / "c.db"
    assert run("import", send(tmp_path, 1000, "first"), "--db", db).exit_code == 0
    corrected = send(tmp_path, 1200, "second")
    refused = run("import", corrected, "--db", db)
    assert refused.exit_code == 1 and refused.stdout == "" and "Traceback" not in refused.output
    assert refused.stderr.strip().splitlines() == [
        "sheet Data, row 5: Ant Forest / Trees planted / 2018-03 is 1,000 in the store (imported from trees.xlsx "
        "row 5); the file says 1,200. Use --corrections replace, add or skip."]
    assert trees_in(db) == (1, 1000)
    dry = run("import", corrected, "--db", db, "--dry-run")
    assert dry.exit_code == 0 and "corrections: 1" in dry.stdout and "Dry run" in dry.stdout
    assert "correction: sheet Data, row 5: Ant Forest / Trees planted / 2018-03 is 1,000" in dry.stdout
    done = run("import", corrected, "--db", db, "--corrections", "replace", "--json")
    assert done.exit_code == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["counts"]["correction"] == 1 and report["counts"]["new"] == 1
    assert report["corrections_choice"] == "replace"
    [correction] = report["corrections"]
    assert (correction["stored_value"], correction["file_value"], correction["rows"]) == ("1,000", "1,200", [5])
    assert correction["stored_from"] == "imported from trees.xlsx row 5"
    assert trees_in(db) == (1, 1200)
    listed = run("imports", "list", "--db", db)
    assert "corrections 1" in listed.stdout
    undo = run("imports", "undo", report["batch_id"][:8], "--db", db)
    assert undo.exit_code == 0 and "1 entry removed, 1 stored entry given back as it was." in undo.stdout
    assert trees_in(db) == (1, 1000)
    skipped = run("import", corrected, "--db", db, "--corrections", "skip")
    assert skipped.exit_code == 0 and "new entries: 0" in skipped.stdout and "those rows left out" in skipped.stdout
    assert trees_in(db) == (1, 1000)
    bad = run("import", corrected, "--db", db, "--corrections", "merge")
    assert bad.exit_code == 2 and "'merge' is not one of" in bad.stderr


def test_conflicts_are_reported_in_text_and_json(tmp_path):
    db = tmp_path / "c.db"
    assert run("import", send(tmp_path, 1000, "first"), "--db", db).exit_code == 0
    store = open_store(db, create=False)
    entry_id = store.db.execute("SELECT id FROM entries").fetchone()[0]
    store.close()
    header = ["ID", "Business unit", "Program", "Metric", "Period", "Value", "Updated"]
    late = write_xlsx(tmp_path / "late.xlsx", [header, [entry_id, "Ant Financial", "Ant Forest", "Trees planted",
                                                        "2018-03", 1200, "2099-01-01T00:00:00.000Z"]])
    text = run("import", late, "--db", db, "--dry-run")
    assert text.exit_code == 0 and "conflicts: 1" in text.stdout
    assert "is 1,000 in the store and 1,200 in the file; kept the file's version." in text.stdout
    done = run("import", late, "--db", db, "--json")
    assert done.exit_code == 0, done.stderr
    [conflict] = json.loads(done.stdout)["conflicts"]
    assert (conflict["entry_id"], conflict["kept"], conflict["file_updated"]) == (
        entry_id, "file", "2099-01-01T00:00:00.000Z")
    assert trees_in(db) == (1, 1200)
    batch_id = json.loads(done.stdout)["batch_id"]
    assert run("imports", "undo", batch_id, "--db", db).exit_code == 0 and trees_in(db) == (1, 1000)
