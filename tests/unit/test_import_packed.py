"""An import of more figures than are kept as drafts (packed, see import_pending) finds the same
duplicates, repeats, corrections and merges, and stores the same entries, as one that keeps them all.

Real files of a few dozen rows, with the packing threshold lowered so most of their figures are packed.
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from impact_desktop.services import import_pending
from tests.unit.io_files import run_cli, write_csv

HEADER = ["Business unit", "Program", "Date", "Trees planted", "Volunteer hours"]


def stored(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT program_id, metric_id, period_start, period_end, value_e4, fingerprint, "
                            "origin, source_row, deleted_at IS NULL FROM entries ORDER BY source_row, metric_id, "
                            "value_e4").fetchall()


def scenario(folder, db) -> dict[str, object]:
    """Import a first file, then a second that repeats, corrects and adds; an export of the store, twice."""
    first = [HEADER, *[["North", f"P{i % 6}", f"2018-{i % 12 + 1:02d}-0{i % 7 + 1}", i, i * 1.5]
                       for i in range(40)]]
    second = [HEADER,
              *first[1:11],  # already stored: duplicates
              *[[unit, program, day, trees + 100, hours] for unit, program, day, trees, hours in first[11:16]],
              *[["South", f"Q{i % 3}", f"2019-03-{i % 9 + 1:02d}", i, None] for i in range(12)],
              ["South", "Q0", "2019-03-01", 0, None], ["South", "Q1", "2019-03-02", 1, None]]  # repeat the file
    out = {}
    assert run_cli("import", write_csv(folder / "first.csv", first), "--db", db).exit_code == 0
    dry = run_cli("import", write_csv(folder / "second.csv", second), "--db", db, "--dry-run", "--json")
    out["second"] = json.loads(dry.stdout)
    done = run_cli("import", folder / "second.csv", "--db", db, "--corrections", "replace", "--json")
    assert done.exit_code == 0, done.output
    out["second counts"] = json.loads(done.stdout)["counts"]
    exported = folder / "export.csv"
    assert run_cli("export", exported, "--db", db).exit_code == 0, "export"
    again = run_cli("import", exported, "--db", db, "--dry-run", "--json")  # every id stored: all duplicates
    out["export"] = json.loads(again.stdout)
    out["stored"] = stored(db)
    return json.loads(_ENTRY_ID.sub("<entry id>", json.dumps(out)))  # new ids differ from store to store


#: An entry id (a UUID) or the start of one that a duplicate's reason quotes ("Entry id 01a23dc3…").
_ENTRY_ID = re.compile(r"\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|\b[0-9a-f]{8}…")


@pytest.mark.parametrize("hot_limit", [0, 9])
def test_packed_figures_give_the_same_preview_and_entries_as_drafts(tmp_path, monkeypatch, hot_limit):
    (tmp_path / "kept").mkdir()
    (tmp_path / "packed").mkdir()
    expected = scenario(tmp_path / "kept", tmp_path / "kept" / "s.db")
    assert expected["second"]["counts"]["duplicate"] == 27 and expected["second"]["corrections"]
    assert expected["export"]["counts"]["duplicate"] == sum(row[-1] for row in expected["stored"])  # live ones
    monkeypatch.setattr(import_pending, "HOT_ENTRIES", hot_limit)
    packed = scenario(tmp_path / "packed", tmp_path / "packed" / "s.db")
    assert packed["second"] == expected["second"]
    assert packed["second counts"] == expected["second counts"]
    assert packed["export"] == expected["export"]
    assert packed["stored"] == expected["stored"]
