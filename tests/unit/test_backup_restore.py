"""``backup`` and ``restore``: consistent copies while others write, a round trip, refusals."""

from __future__ import annotations

import errno
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from impact_desktop.core.errors import StoreError
from impact_desktop.services import backup as backups
from impact_desktop.storage import copies
from impact_desktop.storage.database import open_store
from tests.unit.io_files import figures_in, write_xlsx
from tests.unit.store_processes import CHILD_ENV, run_cli

HEADER = ["Business unit", "Program", "Date", "Donation Amount (CNY)"]

#: Adds business units to argv[1] in small transactions until killed, saying "writing" once started.
WRITER = """
import sys
from impact_desktop.storage.catalog import add_business_unit
from impact_desktop.storage.database import open_store
store = open_store(sys.argv[1])
n = 0
while True:
    add_business_unit(store, f"Unit {n}")
    n += 1
    if n == 20:
        print("writing", flush=True)
"""


def _summary(db) -> dict:
    result = run_cli("summary", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_backup_while_another_process_writes_is_whole_and_checked(demo_store, tmp_path):
    demo_store.close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_store.path)], stdout=subprocess.PIPE,
                              text=True, env=CHILD_ENV)
    try:
        assert writer.stdout.readline().strip() == "writing"
        for attempt in range(3):
            out = tmp_path / f"copy-{attempt}.db"
            result = run_cli("backup", out, "--db", demo_store.path)
            assert result.returncode == 0, result.stderr
            assert "137 entries" in result.stdout
            copy = sqlite3.connect(out)
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
            assert copy.execute("SELECT count(*) FROM business_units").fetchone()[0] > 20
            copy.close()
    finally:
        writer.kill()
        writer.wait()


def test_restore_round_trip_keeps_the_current_contents_beside_it(demo_store, tmp_path):
    db = demo_store.path
    demo_store.close()
    before = _summary(db)
    saved = tmp_path / "saved.db"
    assert run_cli("backup", saved, "--db", db).returncode == 0
    source = write_xlsx(tmp_path / "more.xlsx", [HEADER, ["Cainiao", "Later", "2017-06-01", 5000]])
    assert run_cli("import", source, "--db", db).returncode == 0
    changed = _summary(db)
    assert changed != before
    refused = run_cli("restore", saved, "--db", db)  # not a terminal, no --yes
    assert refused.returncode != 0 and "--yes" in refused.stderr and _summary(db) == changed
    restored = run_cli("restore", saved, "--db", db, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert _summary(db) == before
    (kept,) = tmp_path.glob("impact.before-restore-*.db")
    assert f"The previous contents are in {kept}" in restored.stdout
    assert _summary(kept) == changed


def test_restore_reaches_a_program_that_has_the_file_open(demo_store, tmp_path):
    saved = tmp_path / "saved.db"
    backups.backup_database(demo_store, saved)
    demo_store.conn.execute("SELECT count(*) FROM entries").fetchone()
    empty = tmp_path / "empty.db"
    open_store(empty).close()
    backups.restore_database(demo_store.path, empty)
    assert demo_store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 0  # seen at the next read
    backups.restore_database(demo_store.path, saved)
    assert demo_store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 137


def test_restore_into_a_new_file(demo_store, tmp_path):
    saved = tmp_path / "saved.db"
    backups.backup_database(demo_store, saved)
    target = tmp_path / "fresh.db"
    result = backups.restore_database(target, saved)
    assert result.kept is None and result.entries == 137
    assert figures_in(target, "donations")[0] == 137


@pytest.mark.parametrize("content, words", [
    (b"not a database at all\n" * 40, "not an SQLite file"),
    (b"", "empty file"),
])
def test_restore_refuses_what_is_not_an_impact_desktop_database(demo_store, tmp_path, content, words):
    db = demo_store.path
    demo_store.close()
    junk = tmp_path / "junk.db"
    junk.write_bytes(content)
    before = _summary(db)
    result = run_cli("restore", junk, "--db", db, "--yes")
    assert result.returncode == 1 and words in result.stderr and len(result.stderr.splitlines()) == 1
    assert _summary(db) == before and not list(tmp_path.glob("*before-restore*"))


def test_restore_refuses_another_sqlite_database(demo_store, tmp_path):
    other = tmp_path / "songs.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an Impact Desktop one"):
        backups.restore_database(demo_store.path, other)


def test_a_backup_that_cannot_be_written_leaves_the_earlier_file(demo_store, tmp_path, monkeypatch):
    out = tmp_path / "backup.db"
    out.write_bytes(b"yesterday's backup")

    def full_disk(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(copies, "fsync_file", full_disk)
    with pytest.raises(StoreError, match="disk is full"):
        backups.backup_database(demo_store, out)
    assert out.read_bytes() == b"yesterday's backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.db", "impact.db", "impact.db-shm", "impact.db-wal"]


def test_a_backup_cannot_replace_the_database_itself(demo_store):
    with pytest.raises(StoreError, match="cannot replace the database"):
        backups.backup_database(demo_store, demo_store.path)


def test_a_backup_into_a_folder_that_refuses_new_files_says_why_in_words(demo_store):
    """Not the system's 'No such file or directory' (untranslated, and of a folder that exists)."""
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc here")
    with pytest.raises(StoreError) as proc:
        backups.backup_database(demo_store, Path("/proc/b.db"))
    assert str(proc.value) == "Cannot write the copy /proc/b.db: the folder does not accept new files."
