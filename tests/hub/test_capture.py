"""Local change capture: every change to synced data is queued in the same transaction, versioned by an HLC."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.database import open_store
from impact_desktop.storage.migrations import known_migration_names
from impact_desktop.storage.sync_capture import SYNCED_TABLES
from impact_desktop.storage.sync_local import apply_pulled
from impact_desktop.storage.tables import set_deleted
from tests.hub.helpers import add_hours, program, rebuilt_rollups


def outbox(store):
    return dict(store.db.execute("SELECT table_name || ':' || row_id, hlc FROM sync_outbox").fetchall())


def test_the_migration_is_the_last_and_every_synced_table_present_is_captured(store):
    assert "0006_sync_outbox" in known_migration_names()
    triggers = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    tables = set(store.db.table_names())
    for table in SYNCED_TABLES:
        if table in tables:
            assert {f"sync_capture_{table}_insert", f"sync_capture_{table}_update"} <= triggers, table


def test_a_change_is_queued_in_its_own_transaction_and_a_rollback_leaves_no_trace(store):
    pid = program(store)
    before = outbox(store)
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.db.execute("UPDATE programs SET name = 'renamed' WHERE id = ?", [pid])
        store.db.execute("INSERT INTO entries (id) VALUES (NULL)")  # fails: the whole unit of work goes
    assert outbox(store) == before
    catalog.update_program(store, pid, name="Recycling")
    assert outbox(store)[f"programs:{pid}"] > before[f"programs:{pid}"]


def test_inserts_edits_and_soft_deletes_of_every_kind_are_queued_with_rising_clock(store):
    pid = program(store)
    entry = add_hours(store, 5, pid)
    first = outbox(store)[f"entries:{entry}"]
    set_deleted(store, "entries", [entry], True)
    second = outbox(store)[f"entries:{entry}"]
    assert second > first
    versions = store.db.execute("SELECT hlc, device_id FROM sync_rows WHERE row_id = ?", [entry]).fetchone()
    assert versions == (second, store.device_id)
    assert store.db.execute("SELECT count(*) FROM sync_outbox WHERE table_name = 'entries'").fetchone()[0] == 1
    queued = {key.split(":")[0] for key in outbox(store)}
    assert {"business_units", "programs", "entries", "metrics"} <= queued


def test_a_bulk_insert_is_captured_in_one_go_and_keeps_roll_ups_exact(store):
    pid = program(store)
    drafts = [EntryDraft(program_id=pid, metric_key="volunteer_hours", value=Decimal(i + 1),
                         period=month(2018, 1 + i % 12))
              for i in range(entries.BULK_THRESHOLD + 10)]
    ids = entries.add_entries(store, drafts)
    queued = store.db.execute("SELECT count(*) FROM sync_outbox WHERE table_name = 'entries'").fetchone()[0]
    assert queued == len(ids)
    assert sorted(store.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(store)


def test_rows_pulled_from_the_hub_are_not_queued_again_and_raise_the_clock(store):
    clock = store.db.execute("SELECT hlc FROM sync_clock").fetchone()[0]
    far = clock + 10**9
    row = {"id": "u-1", "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z",
           "device_id": "other", "changed_by": "ana", "deleted_at": None, "name": "Amap", "parent_id": None,
           "description": "", "archived_at": None}
    assert apply_pulled(store, "business_units", [("u-1", row, far, "other")]) == 1
    assert "business_units:u-1" not in outbox(store)
    assert catalog.find_business_unit(store, "Amap").id == "u-1"
    pid = program(store, "Amap")
    assert outbox(store)[f"programs:{pid}"] > far  # a change after seeing a version sorts after it


def test_an_existing_store_is_queued_whole_when_it_is_upgraded(db_path):
    store = open_store(db_path)
    pid = program(store)
    add_hours(store, 3, pid)
    store.db.execute("DELETE FROM sync_outbox")
    store.db.execute("DELETE FROM sync_rows")
    for table in SYNCED_TABLES:  # as if the store predated capture
        store.db.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_update")
        store.db.execute(f"DROP TRIGGER IF EXISTS sync_capture_{table}_insert")
    store.close()
    reopened = open_store(db_path)
    try:
        assert reopened.db.execute("SELECT count(*) FROM sync_outbox WHERE table_name = 'entries'").fetchone()[0] == 1
        assert reopened.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] >= 7
    finally:
        reopened.close()


def test_a_catalogue_row_created_on_two_laptops_under_one_name_gets_one_id(tmp_path):
    one, two = open_store(tmp_path / "1.db"), open_store(tmp_path / "2.db")
    try:
        assert catalog.add_business_unit(one, "Cainiao") == catalog.add_business_unit(two, " cainiao ")
        assert [m.id for m in catalog.list_metrics(one)] == [m.id for m in catalog.list_metrics(two)]
    finally:
        one.close()
        two.close()
