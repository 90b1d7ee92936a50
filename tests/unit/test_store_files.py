"""Opening database files: create, reopen, upgrade, and refusing bad files untouched."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from impact_desktop.core.errors import StoreError
from impact_desktop.storage import database
from impact_desktop.storage.catalog import add_business_unit, list_business_units
from impact_desktop.storage.database import open_store
from impact_desktop.storage.migrations import known_migration_names, migrations

SYNC_COLUMNS = {"id", "created_at", "updated_at", "device_id", "changed_by", "deleted_at"}
DERIVED_OR_LOCAL = {"monthly_totals", "unit_totals", "b4si_totals", "observed_entries", "program_months", "device",
                    "rollup_pause",
                    "_sqlite_migrations", "sync_clock", "sync_rows", "sync_outbox", "sync_applying",
                    "sync_rejected", "sync_state"}


def test_create_sets_wal_foreign_keys_and_sync_columns(db_path):
    store = open_store(db_path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = [t for t in store.db.table_names() if t not in DERIVED_OR_LOCAL and not t.startswith("sqlite_")
              and not t.startswith("entry_note")]  # the notes' full-text index, derived from entries
    assert "entries" in tables
    for table in tables:
        assert set(store.db[table].columns_dict) >= SYNC_COLUMNS, table
    assert store.db["entries"].columns_dict["value_e4"] is int
    store.close()


def test_reopen_keeps_data_and_device_id(db_path):
    store = open_store(db_path)
    add_business_unit(store, "Cainiao")
    device = store.device_id
    store.close()
    again = open_store(db_path, create=False)
    assert [u.name for u in list_business_units(again)] == ["Cainiao"]
    assert again.device_id == device
    applied = again.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert applied == len(known_migration_names())
    again.close()


def test_upgrade_applies_new_steps_keeps_data_and_backs_up(db_path, monkeypatch):
    store = open_store(db_path)
    add_business_unit(store, "Amap")
    store.close()
    newer = Migrations(database.MIGRATION_SET)
    for step in migrations.pending(Database(memory=True)):  # every real step, in order
        newer(name=step.name)(step.fn)

    @newer(name="9000_test_step")
    def add_column(db):
        db.execute("ALTER TABLE business_units ADD COLUMN colour TEXT")

    monkeypatch.setattr(database, "migrations", newer)
    monkeypatch.setattr(database, "known_migration_names", lambda: known_migration_names() | {"9000_test_step"})
    upgraded = open_store(db_path)
    assert "colour" in upgraded.db["business_units"].columns_dict
    assert [u.name for u in list_business_units(upgraded)] == ["Amap"]
    upgraded.close()
    backups = list(db_path.parent.glob("impact.db.before-upgrade-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert "colour" not in [row[1] for row in old.execute("PRAGMA table_info(business_units)")]
    old.close()


def _settle(path: Path) -> None:
    """Checkpoint the WAL so the main file holds everything and can be compared byte for byte."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def _assert_refused_untouched(path: Path, words: str) -> None:
    before, listing = path.read_bytes(), sorted(os.listdir(path.parent))
    with pytest.raises(StoreError, match=words):
        open_store(path)
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == listing  # no -wal / -shm left beside it


def _damage(source: Path, target: Path) -> None:
    data = bytearray(source.read_bytes())
    for offset in range(2 * 4096, min(len(data), 6 * 4096)):
        data[offset] = 0xA5
    target.write_bytes(bytes(data))


def test_newer_schema_is_refused_and_untouched(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('impact_desktop', '9999_from_the_future', 'x')")
    conn.commit()
    conn.close()
    _settle(db_path)
    _assert_refused_untouched(db_path, "newer version")


def test_garbage_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my notes, not a database.\n" * 50)
    _assert_refused_untouched(path, "not an SQLite file")


def test_other_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, "not an Impact Desktop one")


def test_damaged_database_is_refused_and_untouched(db_path, demo_store):
    demo_store.close()
    _settle(db_path)
    damaged = db_path.with_name("damaged.db")
    _damage(db_path, damaged)
    _assert_refused_untouched(damaged, "damaged|cannot be opened")


def test_damaged_wal_database_leaves_no_wal_or_shm_files(tmp_path, demo_store):
    """Our databases are in WAL mode: even a read-only check makes SQLite create -wal/-shm."""
    demo_store.close()
    folder = tmp_path / "damaged"
    folder.mkdir()
    damaged = folder / "impact.db"
    _damage(demo_store.path, damaged)
    assert damaged.read_bytes()[18:20] == b"\x02\x02"  # the header says WAL
    _assert_refused_untouched(damaged, "damaged|cannot be opened")


def test_a_refused_open_keeps_wal_and_shm_files_that_were_there(tmp_path, demo_store):
    demo_store.close()
    folder = tmp_path / "damaged"
    folder.mkdir()
    damaged = folder / "impact.db"
    _damage(demo_store.path, damaged)
    Path(f"{damaged}-wal").write_bytes(b"")
    Path(f"{damaged}-shm").write_bytes(b"\x00" * 32768)
    _assert_refused_untouched(damaged, "damaged|cannot be opened")
    assert Path(f"{damaged}-wal").exists() and Path(f"{damaged}-shm").exists()


def test_truncated_database_is_refused_and_untouched(db_path, demo_store):
    demo_store.close()
    _settle(db_path)
    truncated = db_path.with_name("truncated.db")
    truncated.write_bytes(db_path.read_bytes()[: os.path.getsize(db_path) // 2])
    _assert_refused_untouched(truncated, "damaged|cannot be opened")


def test_missing_file_is_not_created_when_not_asked(tmp_path):
    with pytest.raises(StoreError, match="No such database file"):
        open_store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_read_only_folder_gives_a_clear_error_and_creates_nothing(tmp_path):
    if os.geteuid() == 0:
        folder = Path("/proc")  # root ignores permission bits; /proc refuses new files even to root
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    target = folder / "impact.db"
    with pytest.raises(StoreError, match="Cannot (create|open)"):
        open_store(target)
    assert not target.exists()


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_backup_copy_is_a_consistent_database(demo_store, tmp_path):
    copy = tmp_path / "copy.db"
    database.backup_to(demo_store.db, copy)
    reopened = open_store(copy, create=False)
    assert reopened.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 137
    reopened.close()
    shutil.rmtree(tmp_path / "nothing", ignore_errors=True)
