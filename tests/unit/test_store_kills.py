"""Kills at random moments (fixed seed, bounded loops) during backup, restore and the pre-upgrade copy."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from impact_desktop.services.backup import backup_database
from impact_desktop.storage.database import check_database_file, open_store
from tests.unit.store_processes import CHILD_ENV, cli
from tests.unit.test_store_durability import _newer_schema

ATTEMPTS = 8

#: Opens argv[1] with one more (slow) schema step than this version has, saying "go" first.
UPGRADER = """
import sys
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations
from impact_desktop.storage import database
from impact_desktop.storage.migrations import known_migration_names, migrations
newer = Migrations(database.MIGRATION_SET)
for step in migrations.pending(Database(memory=True)):
    newer(name=step.name)(step.fn)
@newer(name="9000_test_step")
def add_column(db):
    db.execute("ALTER TABLE business_units ADD COLUMN colour TEXT")
database.migrations = newer
database.known_migration_names = lambda: known_migration_names() | {"9000_test_step"}
print("go", flush=True)
database.open_store(sys.argv[1]).close()
"""


def _grown(store, copies: int = 40) -> int:
    """Make the demo store a few MB (so a copy takes long enough to be killed midway); returns its entries."""
    columns = [row[1] for row in store.conn.execute("PRAGMA table_info(entries)") if row[1] != "id"]
    listed = ", ".join(columns)
    with store.transaction():
        for _ in range(copies):
            store.conn.execute(f"INSERT INTO entries (id, {listed}) SELECT lower(hex(randomblob(16))), {listed} "
                               "FROM entries WHERE deleted_at IS NULL LIMIT 137")
    return store.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]


def _entries(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def _kill_at_random(start, seconds: float, generator: random.Random, ready: str | None = None) -> None:
    """Start, then kill after 40–110 % of ``seconds`` (the run's length): mostly while it copies."""
    process = start()
    if ready:
        assert process.stdout.readline().strip() == ready
    time.sleep(generator.uniform(0.4 * seconds, 1.1 * seconds))
    process.kill()
    process.wait(timeout=30)


def _timed(start, ready: str | None = None) -> float:
    process = start()
    if ready:
        assert process.stdout.readline().strip() == ready
    began = time.monotonic()
    process.communicate(timeout=120)
    assert process.returncode == 0
    return time.monotonic() - began


def test_a_killed_backup_leaves_a_whole_copy_or_none(demo_store, tmp_path):
    total = _grown(demo_store)
    demo_store.close()
    took = _timed(lambda: cli("backup", tmp_path / "timing.db", "--db", demo_store.path))
    generator = random.Random(7)
    for attempt in range(ATTEMPTS):
        out = tmp_path / f"copy-{attempt}.db"
        _kill_at_random(lambda out=out: cli("backup", out, "--db", demo_store.path), took, generator)
        if out.exists():
            assert _entries(out) == total
        print(f"backup killed: copy {'whole' if out.exists() else 'absent'}")
    assert _entries(demo_store.path) == total


def test_a_killed_restore_leaves_the_old_contents_or_the_new(demo_store, tmp_path):
    saved = tmp_path / "saved.db"
    backup_database(demo_store, saved)
    before = _grown(demo_store)
    demo_store.close()
    took = _timed(lambda: cli("restore", saved, "--db", demo_store.path, "--yes"))
    generator = random.Random(11)
    for _attempt in range(ATTEMPTS):
        _grown_again = open_store(demo_store.path)
        _grown(_grown_again)
        now = _grown_again.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]
        _grown_again.close()
        _kill_at_random(lambda: cli("restore", saved, "--db", demo_store.path, "--yes"), took, generator)
        assert _entries(demo_store.path) in (now, 137)
        print(f"restore killed: {'restored' if _entries(demo_store.path) == 137 else 'old contents'}")
        check_database_file(demo_store.path)
    assert before > 137


def test_a_killed_upgrade_leaves_a_whole_copy_or_none_and_the_file_usable(demo_store, tmp_path, monkeypatch):
    total = _grown(demo_store)
    demo_store.close()
    original = tmp_path / "original.db"
    shutil.copy(demo_store.path, original)
    for suffix in ("-wal", "-shm"):
        if Path(f"{demo_store.path}{suffix}").exists():
            shutil.copy(f"{demo_store.path}{suffix}", f"{original}{suffix}")

    def start(db):
        return subprocess.Popen([sys.executable, "-c", UPGRADER, str(db)], stdout=subprocess.PIPE, text=True,
                                env=CHILD_ENV)

    timing = tmp_path / "timing" / "impact.db"
    timing.parent.mkdir()
    shutil.copy(original, timing)
    took = _timed(lambda: start(timing), ready="go")
    generator = random.Random(13)
    _newer_schema(monkeypatch)  # the parent opens the files as the newer version would
    for attempt in range(ATTEMPTS):
        folder = tmp_path / f"run-{attempt}"
        folder.mkdir()
        db = folder / "impact.db"
        shutil.copy(original, db)
        _kill_at_random(lambda db=db: start(db), took, generator, ready="go")
        copies = list(folder.glob("impact.db.before-upgrade-*.bak"))
        for copy in copies:
            assert _entries(copy) == total  # complete, or not there at all
        print(f"upgrade killed: {len(copies)} copy, {len(list(folder.glob('.*')))} leftovers")
        store = open_store(db)  # upgrades now if the killed one did not
        try:
            assert "colour" in store.db["business_units"].columns_dict
            assert store.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0] == total
        finally:
            store.close()
        assert list(folder.glob("impact.db.before-upgrade-*.bak"))  # and never without its copy


@pytest.fixture(autouse=True)
def _quiet_wait(monkeypatch):
    monkeypatch.setenv("IMPACT_DESKTOP_WRITE_WAIT", "30")
