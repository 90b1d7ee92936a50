"""Removing or restoring many entries at once (undoing a large import, redoing it) with grouped
statements leaves every derived table (roll-ups, observed entries, search, the hub's change
capture) as the per-row triggers leave it, keeps the schema whole, and changes nothing when it
fails."""

from __future__ import annotations

import sqlite3

import pytest

from impact_desktop.storage import entry_removal
from impact_desktop.storage.entries import set_entries_deleted
from impact_desktop.storage.entry_removal import remove_entries, restore_entries
from impact_desktop.storage.imports import restore_batch, undo_batch_details
from impact_desktop.storage.rows import utc_now
from tests.import_helpers import import_file
from tests.unit.test_import_bulk_load import DERIVED, SCHEMA, copy_of, wide_file

LIVE = "SELECT id, deleted_at IS NULL FROM entries ORDER BY id"


@pytest.fixture
def grouped(monkeypatch):
    monkeypatch.setattr(entry_removal, "BULK_REMOVE_ROWS", 10)


def removed_row_by_row(reference_path, ids: list[str], *, applying: bool = False, restore: bool = False,
                       now: str | None = None) -> Reference:
    """The copy with the same entries soft-deleted (or restored) by one UPDATE at ``now``, the
    triggers firing per row (how many: ``.removed``)."""
    conn = sqlite3.connect(reference_path, isolation_level=None)
    conn.execute("BEGIN")
    if applying:
        conn.execute("INSERT INTO sync_applying VALUES (1)")
    marks = ", ".join("?" for _ in ids)
    now = now or utc_now()
    state = "deleted_at IS NOT NULL" if restore else "deleted_at IS NULL"
    removed = conn.execute(f"UPDATE entries SET deleted_at = ?, updated_at = ? WHERE id IN ({marks}) AND {state}",
                           [None if restore else now, now, *ids]).rowcount
    if applying:
        conn.execute("DELETE FROM sync_applying")
    conn.execute("COMMIT")
    return Reference(conn, removed)


class Reference:
    def __init__(self, conn: sqlite3.Connection, removed: int):
        self.conn, self.removed = conn, removed

    def execute(self, sql: str):
        return self.conn.execute(sql)

    def close(self) -> None:
        self.conn.close()


def assert_same_as(store, reference: Reference) -> None:
    for name, sql in {**DERIVED, "live": LIVE}.items():
        assert list(store.conn.execute(sql)) == list(reference.execute(sql)), name
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def some_ids(store) -> list[str]:
    """Two entries in three, an entry already deleted and an id that was never stored."""
    ids = [row[0] for row in store.conn.execute("SELECT id FROM entries WHERE rowid % 3 <> 0 ORDER BY rowid")]
    return [*ids, "never-stored"]


def test_removing_many_entries_leaves_what_the_triggers_leave(store, tmp_path, grouped):
    import_file(store, wide_file(tmp_path, "first.csv", 300, seed=21))
    with store.transaction():  # a program removed since: its entries are no longer in its unit's totals
        store.conn.execute("UPDATE programs SET deleted_at = ? WHERE name = 'Program 2'", [utc_now()])
    set_entries_deleted(store, some_ids(store)[:3])  # already deleted before: not counted again
    ids = some_ids(store)
    schema = list(store.conn.execute(SCHEMA))
    copy_of(store, tmp_path / "reference.db")
    assert store.conn.execute("SELECT count(*) FROM observed_entries").fetchone()[0] > 100
    removed = remove_entries(store, ids)
    reference = removed_row_by_row(tmp_path / "reference.db", ids)
    assert removed == reference.removed == len(ids) - 4
    assert list(store.conn.execute(SCHEMA)) == schema  # every trigger back, as it was
    assert_same_as(store, reference)
    assert store.conn.execute("SELECT count(*) FROM sync_outbox WHERE table_name = 'entries'").fetchone()[0] > 0
    reference.close()


def test_while_a_sync_applies_changes_nothing_is_captured(store, tmp_path, grouped):
    import_file(store, wide_file(tmp_path, "first.csv", 100, seed=22))
    ids = some_ids(store)
    store.conn.execute("DELETE FROM sync_outbox")
    copy_of(store, tmp_path / "reference.db")
    with store.transaction():
        store.conn.execute("INSERT INTO sync_applying VALUES (1)")
        remove_entries(store, ids)
        store.conn.execute("DELETE FROM sync_applying")
    reference = removed_row_by_row(tmp_path / "reference.db", ids, applying=True)
    assert_same_as(store, reference)
    assert store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    reference.close()


def test_a_failed_removal_changes_nothing(store, tmp_path, grouped):
    import_file(store, wide_file(tmp_path, "first.csv", 100, seed=23))
    before = {name: list(store.conn.execute(sql)) for name, sql in {**DERIVED, "live": LIVE, "schema": SCHEMA}.items()}
    store.conn.execute("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'no'); END")
    with pytest.raises(sqlite3.IntegrityError):
        remove_entries(store, some_ids(store))
    store.conn.execute("DROP TRIGGER temp.refuse")
    after = {name: list(store.conn.execute(sql)) for name, sql in {**DERIVED, "live": LIVE, "schema": SCHEMA}.items()}
    assert after == before


def test_undoing_a_large_import_removes_it_the_grouped_way(store, tmp_path, grouped, monkeypatch):
    import_file(store, wide_file(tmp_path, "first.csv", 60, seed=24))
    copy_of(store, tmp_path / "reference.db")
    result = import_file(store, wide_file(tmp_path, "second.csv", 200, seed=25), corrections="add")
    ids = [row[0] for row in store.conn.execute("SELECT id FROM entries WHERE import_batch_id = ?",
                                               [result.batch_id])]
    copy_of(store, tmp_path / "imported.db")
    grouped_calls = []
    real = entry_removal.set_deleted
    monkeypatch.setattr(entry_removal, "set_deleted", lambda *args: grouped_calls.append(args) or real(*args))
    assert undo_batch_details(store, result.batch_id).removed == len(ids)
    assert grouped_calls == []  # not row by row
    reference = removed_row_by_row(tmp_path / "imported.db", ids)
    assert_same_as(store, reference)
    reference.close()


def test_restoring_many_entries_leaves_what_the_triggers_leave(store, tmp_path, grouped):
    import_file(store, wide_file(tmp_path, "first.csv", 300, seed=26))
    with store.transaction():
        store.conn.execute("UPDATE programs SET deleted_at = ? WHERE name = 'Program 3'", [utc_now()])
    ids = some_ids(store)
    # The roll-ups and search as they were (observed rows and capture carry the change's time).
    kept = {name: sql for name, sql in DERIVED.items() if not name.startswith(("sync", "observed"))}
    before = {name: list(store.conn.execute(sql)) for name, sql in kept.items()}
    remove_entries(store, ids)
    set_entries_deleted(store, ids[:5], False)  # some came back one by one since: not counted again
    copy_of(store, tmp_path / "reference.db")
    restored = restore_entries(store, ids)
    stamp = store.conn.execute("SELECT updated_at FROM entries WHERE id = ?", [ids[-2]]).fetchone()[0]
    reference = removed_row_by_row(tmp_path / "reference.db", ids, restore=True, now=stamp)  # the same as-of
    assert restored == reference.removed and restored > 300
    assert_same_as(store, reference)
    after = {name: list(store.conn.execute(sql)) for name, sql in kept.items()}
    assert after == before  # removed and brought back: every roll-up as it was
    reference.close()


def test_redoing_an_undone_import_brings_it_back_the_grouped_way(store, tmp_path, grouped, monkeypatch):
    import_file(store, wide_file(tmp_path, "first.csv", 60, seed=27))
    result = import_file(store, wide_file(tmp_path, "second.csv", 200, seed=28), corrections="add")
    ids = [row[0] for row in store.conn.execute("SELECT id FROM entries WHERE import_batch_id = ?",
                                               [result.batch_id])]
    undo_batch_details(store, result.batch_id)
    copy_of(store, tmp_path / "undone.db")
    row_by_row = []
    real = entry_removal.set_deleted
    monkeypatch.setattr(entry_removal, "set_deleted", lambda *args: row_by_row.append(args) or real(*args))
    assert restore_batch(store, result.batch_id, ids) == len(ids)
    assert row_by_row == []
    stamp = store.conn.execute("SELECT updated_at FROM entries WHERE id = ?", [ids[0]]).fetchone()[0]
    reference = removed_row_by_row(tmp_path / "undone.db", ids, restore=True, now=stamp)
    for name, sql in {**DERIVED, "live": LIVE}.items():
        assert list(store.conn.execute(sql)) == list(reference.execute(sql)), name
    reference.close()
