"""Refused entry writes are told apart by SQLite's error code (and a check of the file), not its wording."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import StoreError
from impact_desktop.core.periods import month
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import BULK_THRESHOLD, add_entries


def _drafts(program_id: str, count: int) -> list[EntryDraft]:
    return [EntryDraft(program_id, "donations", Decimal(day + 1), month(2020, 1 + day % 12), currency="CNY")
            for day in range(count)]


@pytest.mark.parametrize("count", [1, BULK_THRESHOLD])  # row by row, and the bulk path
def test_an_unknown_program_is_named_and_nothing_is_written(demo_store, count):
    before = demo_store.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    with pytest.raises(StoreError, match="refers to a program or channel that does not exist") as caught:
        add_entries(demo_store, _drafts("no-such-program", count))
    cause = caught.value.__cause__
    assert isinstance(cause, sqlite3.IntegrityError)
    assert cause.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
    assert demo_store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == before


def test_an_id_already_stored_even_deleted_is_refused(demo_store):
    program = catalog.list_programs(demo_store)[0].id
    [first] = add_entries(demo_store, _drafts(program, 1))
    demo_store.conn.execute("UPDATE entries SET deleted_at = '2020-01-01T00:00:00Z' WHERE id = ?", [first])
    with pytest.raises(StoreError, match="already stored"):
        add_entries(demo_store, _drafts(program, 2), ids=["a-new-id", first])
    assert demo_store.conn.execute("SELECT count(*) FROM entries WHERE id = 'a-new-id'").fetchone()[0] == 0


def test_an_id_given_twice_is_refused(demo_store):
    program = catalog.list_programs(demo_store)[0].id
    with pytest.raises(StoreError, match="already stored"):
        add_entries(demo_store, _drafts(program, 2), ids=["twice", "twice"])


def test_another_integrity_error_is_not_dressed_up(demo_store):
    """A refusal that is neither case reaches the caller as SQLite raised it (not mislabelled)."""
    program = catalog.list_programs(demo_store)[0].id
    demo_store.conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON entries "
                            "BEGIN SELECT RAISE(ABORT, 'FOREIGN KEY wording, but not a foreign key'); END")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY wording"):
        add_entries(demo_store, _drafts(program, 1))
