"""Files that are never half-written: kills during creation, full disks, read-only places, empty files."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from impact_desktop.core.errors import StoreError
from impact_desktop.storage import copies, database, files
from impact_desktop.storage.catalog import add_business_unit
from impact_desktop.storage.database import open_store
from impact_desktop.storage.migrations import known_migration_names, migrations
from tests.unit.store_processes import cli, run_cli


def _complete_or_absent(db: Path) -> None:
    if not db.exists():
        return
    store = open_store(db, create=False, write=False)  # refuses a half-made file
    try:
        assert store.db.execute("SELECT count(*) FROM metrics").fetchone()[0] >= 4
    finally:
        store.close()


def test_a_kill_during_the_first_demo_leaves_no_file_or_a_complete_one(tmp_path):
    timing = tmp_path / "timing.db"
    started = time.monotonic()
    assert run_cli("demo", "--db", timing).returncode == 0
    whole = time.monotonic() - started
    generator = random.Random(20261202)
    outcomes = set()
    for attempt in range(10):
        db = tmp_path / f"killed-{attempt}.db"
        process = cli("demo", "--db", db)
        time.sleep(generator.uniform(0.3 * whole, 1.05 * whole))
        process.kill()
        process.wait(timeout=30)
        _complete_or_absent(db)
        outcomes.add(db.exists())
        if db.exists():  # and the next demo completes it
            assert run_cli("demo", "--db", db).returncode == 0
    assert outcomes  # at least the loop ran; which outcomes occur depends on timing


def test_creation_that_fails_midway_leaves_no_file(tmp_path, monkeypatch):
    def broken(db):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "_ensure_device", broken)
    with pytest.raises(StoreError, match="disk is full"):
        open_store(tmp_path / "new.db")
    assert os.listdir(tmp_path) == []


def test_two_programs_creating_one_database_at_once_both_use_the_same_file(tmp_path):
    db = tmp_path / "both.db"
    runs = [cli("demo", "--db", db) for _ in range(2)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    result = run_cli("summary", "--db", db, "--json")
    assert '"entries": 137' in result.stdout


def test_an_empty_file_is_not_turned_into_a_database_by_reading(tmp_path):
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    for command in (["summary"], ["imports", "list"], ["export", tmp_path / "out.csv"]):
        result = run_cli(*command, "--db", db)
        assert result.returncode == 1 and "empty file" in result.stderr, result.stderr
        assert "unexpected" not in result.stderr
    assert db.read_bytes() == b"" and sorted(os.listdir(tmp_path)) == ["empty.db"]
    assert run_cli("demo", "--db", db).returncode == 0  # a writing command may make it one
    _complete_or_absent(db)


def test_reading_commands_do_not_change_the_file(demo_store):
    demo_store.close()
    settle(demo_store.path)
    before = demo_store.path.read_bytes()
    assert run_cli("summary", "--db", demo_store.path).returncode == 0
    assert run_cli("imports", "list", "--db", demo_store.path).returncode == 0
    assert demo_store.path.read_bytes() == before


def settle(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


# -- the copy kept before an upgrade ------------------------------------------------------

def _newer_schema(monkeypatch) -> None:
    newer = Migrations(database.MIGRATION_SET)
    for step in migrations.pending(Database(memory=True)):
        newer(name=step.name)(step.fn)

    @newer(name="9000_test_step")
    def add_column(db):
        db.execute("ALTER TABLE business_units ADD COLUMN colour TEXT")

    monkeypatch.setattr(database, "migrations", newer)
    monkeypatch.setattr(database, "known_migration_names", lambda: known_migration_names() | {"9000_test_step"})


def test_no_upgrade_without_a_complete_copy_first(db_path, monkeypatch):
    store = open_store(db_path)
    add_business_unit(store, "Amap")
    store.close()
    settle(db_path)
    before = db_path.read_bytes()
    _newer_schema(monkeypatch)

    def full_disk(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(copies, "fsync_file", full_disk)
    with pytest.raises(StoreError, match=r"was not upgraded: .*disk is full.*nothing was changed"):
        open_store(db_path)
    assert not list(db_path.parent.glob("*.bak")) and not list(db_path.parent.glob(".*partial"))
    settle(db_path)
    assert db_path.read_bytes() == before
    monkeypatch.undo()
    _newer_schema(monkeypatch)
    upgraded = open_store(db_path)  # with room on the disk it goes ahead, copy first
    assert "colour" in upgraded.db["business_units"].columns_dict
    upgraded.close()
    (copy,) = db_path.parent.glob("impact.db.before-upgrade-*.bak")
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- full disks and read-only places (real ones where the machine allows, injected everywhere) ---

@contextlib.contextmanager
def small_disk(size: str):
    """A tmpfs of ``size`` mounted on a fresh folder (root only); skips the test where not permitted."""
    folder = Path(tempfile.mkdtemp(prefix="impact-tmpfs-"))
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()


def test_on_a_full_disk_reading_works_and_writing_is_one_sentence(demo_store, tmp_path):
    demo_store.close()
    with small_disk("3m") as disk:
        db = disk / "impact.db"
        shutil.copy(demo_store.path, db)
        source = tmp_path / "one.csv"
        source.write_text("Business unit,Program,Date,Donation Amount (CNY)\n"
                          + "".join(f"Cainiao,Program {n} {'x' * 60},2018-03-01,{n}\n" for n in range(3000)))
        assert run_cli("summary", "--db", db).returncode == 0  # WAL and shm made while there was room
        _fill(disk)
        summary = run_cli("summary", "--db", db, "--json")
        assert summary.returncode == 0 and '"entries": 137' in summary.stdout, summary.stderr
        result = run_cli("import", source, "--db", db)
        assert result.returncode == 1 and "disk is full" in result.stderr, result.stderr
        assert "unexpected" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert run_cli("summary", "--db", db, "--json").stdout == summary.stdout
        backup = run_cli("backup", disk / "copy.db", "--db", db)
        assert backup.returncode == 1 and "disk is full" in backup.stderr, backup.stderr
        assert not (disk / "copy.db").exists() and not list(disk.glob(".*partial"))


def test_creating_on_a_full_disk_leaves_no_file(tmp_path):
    with small_disk("200k") as disk:
        result = run_cli("demo", "--db", disk / "new.db")
        assert result.returncode == 1 and "disk is full" in result.stderr, result.stderr
        assert "unexpected" not in result.stderr
        assert os.listdir(disk) == []


def test_on_a_read_only_file_system_reading_works_and_writing_says_why(demo_store):
    demo_store.close()
    with small_disk("4m") as disk:
        db = disk / "impact.db"
        shutil.copy(demo_store.path, db)
        remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
        if remount.returncode != 0:
            pytest.skip("cannot remount read-only here")
        summary = run_cli("summary", "--db", db, "--json")
        assert summary.returncode == 0 and '"entries": 137' in summary.stdout, summary.stderr
        report = run_cli("imports", "list", "--db", db)
        assert report.returncode == 0, report.stderr
        demo = run_cli("demo", "--db", db)
        assert demo.returncode == 1 and "read-only file system" in demo.stderr, demo.stderr
        assert "damaged" not in demo.stderr and "unexpected" not in demo.stderr


def test_a_read_only_file_is_read_by_another_user_and_never_written(demo_store, tmp_path):
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run a child as another user")
    demo_store.close()
    folder = Path(tempfile.mkdtemp(prefix="impact-shared-"))  # pytest's own folders are private to root
    folder.chmod(0o755)
    db = folder / "impact.db"
    shutil.copy(demo_store.path, db)
    db.chmod(0o444)
    # CAP_DAC_READ_SEARCH lets the child read the code and venv wherever the clone sits (CI's is in
    # root's private home) without giving it any right to write: the file stays read-only to it.
    as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                 "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search", "--"]

    def run(*args):
        return subprocess.run([*as_nobody, os.sys.executable, "-m", "impact_desktop", *map(str, args), "--db", str(db)],
                              capture_output=True, text=True, env={**os.environ, "HOME": str(tmp_path)}, timeout=120)

    try:
        summary = run("summary", "--json")
        assert summary.returncode == 0 and '"entries": 137' in summary.stdout, summary.stderr
        demo = run("demo")
        assert demo.returncode == 1 and "read-only" in demo.stderr and "unexpected" not in demo.stderr, demo.stderr
        assert demo.stderr.count("\n") == 1
        assert sorted(os.listdir(folder)) == ["impact.db"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_write_failures_are_named_not_unexpected(store, monkeypatch):
    """Injected: the error SQLite reports when the disk fills during a commit."""
    with pytest.raises(StoreError, match=r"Cannot save to .*: the disk is full"), store.transaction():
        raise sqlite3.OperationalError("database or disk is full")
    with pytest.raises(StoreError, match=r"read-only"), store.transaction():
        raise sqlite3.OperationalError("attempt to write a readonly database")
    with pytest.raises(StoreError, match=r"disk is full"), store.transaction():
        raise OSError(errno.ENOSPC, "No space left on device")


def test_an_unwritable_store_opens_for_reading_and_says_why_a_write_fails(demo_store, monkeypatch):
    demo_store.close()
    monkeypatch.setattr(files, "cannot_write", lambda path: "the file is read-only")
    store = open_store(demo_store.path)
    assert store.read_only == "the file is read-only"
    assert store.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 137
    with pytest.raises(StoreError, match="cannot be changed: the file is read-only. Nothing was saved."):
        add_business_unit(store, "Nope")
    store.close()


def test_leftovers_of_a_killed_creation_are_removed_a_day_later(tmp_path):
    old = tmp_path / ".impact.db.abc123.creating"
    recent = tmp_path / ".impact.db.def456.creating"
    for leftover in (old, recent):
        leftover.write_bytes(b"half")
    day_ago = time.time() - files.STALE_SECONDS - 60
    os.utime(old, (day_ago, day_ago))
    open_store(tmp_path / "impact.db").close()
    assert not old.exists() and recent.exists()  # a recent one may belong to a program still working
