"""The first pull of an empty laptop (sync_local.PullWriter's first load): indexes dropped and rebuilt,
roll-ups added grouped, all in one transaction that a failure or a SIGKILL rolls back whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.services import sync as sync_service
from impact_desktop.services.sync import sync, sync_status
from impact_desktop.storage import entries, hub_pull, sync_local
from impact_desktop.storage.hub_connect import HubError
from tests.hub.helpers import program, rebuilt_rollups, totals

ROOT = Path(__file__).resolve().parents[2]
COUNT = 900


@pytest.fixture
def small_first_load(monkeypatch):
    """Chunks of 100 and a first load from 50 rows, so a few hundred entries take the path."""
    monkeypatch.setattr(hub_pull, "PULL_CHUNK", 100)
    monkeypatch.setattr(sync_local, "FIRST_LOAD_MIN", 50)
    loads = []
    begin = sync_local.PullWriter._begin_load

    def spy(self, table, columns):
        loads.append((table, begin(self, table, columns)))
        return loads[-1][1]

    monkeypatch.setattr(sync_local.PullWriter, "_begin_load", spy)
    return loads


def fill(store):
    pid = program(store)
    other = program(store, "Amap", "Clean air map")
    ids = entries.add_entries(store, [
        EntryDraft(program_id=pid if i % 3 else other, metric_key="volunteer_hours", value=Decimal(i % 97 + 1),
                   period=month(2017 + i % 2, 1 + i % 12), note="tree planting" if i % 50 == 0 else "")
        for i in range(COUNT)])
    entries.set_entries_deleted(store, ids[:7])
    return ids


def schema(store):
    return sorted(store.db.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'entries'"))


def test_a_first_load_writes_every_entry_with_its_indexes_roll_ups_and_versions(hub, laptops, small_first_load):
    one, two = laptops(2)
    fill(one)
    sync(one, hub)
    before = schema(two)
    result = sync(two, hub)
    assert ("entries", True) in small_first_load
    assert result.pulled >= COUNT
    assert schema(two) == before  # every index and trigger is back
    assert totals(two) == totals(one)
    assert sorted(two.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(two)
    assert sorted(two.db.execute("SELECT * FROM entries")) == sorted(one.db.execute("SELECT * FROM entries"))
    versions = "SELECT row_id, hlc, device_id FROM sync_rows WHERE table_name = 'entries'"
    assert sorted(two.db.execute(versions)) == sorted(one.db.execute(versions))
    assert sync_status(two).waiting == 0  # what came from the hub is not sent back
    noted = two.db.execute("SELECT count(*) FROM entry_notes WHERE entry_notes MATCH 'tree'").fetchone()[0]
    assert noted == COUNT // 50
    assert two.db.execute("SELECT hlc FROM sync_clock").fetchone()[0] >= \
        two.db.execute("SELECT max(hlc) FROM sync_rows").fetchone()[0]

    pid = program(two)  # and the laptop goes on as any other: an edit there reaches the first one
    entries.add_entries(two, [EntryDraft(program_id=pid, metric_key="volunteer_hours", value=Decimal(5),
                                         period=month(2018, 2))])
    sync(two)
    sync(one)
    assert totals(one) == totals(two)


def test_a_laptop_with_entries_of_its_own_takes_the_chunk_by_chunk_path(hub, laptops, small_first_load):
    one, two = laptops(2)
    fill(one)
    sync(one, hub)
    entries.add_entries(two, [EntryDraft(program_id=program(two), metric_key="volunteer_hours",
                                         value=Decimal(3), period=month(2018, 5))])
    sync(two, hub)
    assert ("entries", True) not in small_first_load
    sync(one)
    assert totals(one) == totals(two)
    assert sorted(two.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(two)


def test_a_first_load_that_fails_midway_leaves_the_store_as_it_was(hub, laptops, small_first_load, monkeypatch):
    one, two = laptops(2)
    fill(one)
    sync(one, hub)
    before = schema(two)
    write = sync_local.PullWriter.write
    calls = []

    def failing(self, table, columns, rows):
        if table == "entries":
            calls.append(table)
            if len(calls) == 3:
                raise HubError("the network went away")
        return write(self, table, columns, rows)

    monkeypatch.setattr(sync_local.PullWriter, "write", failing)
    with pytest.raises(HubError):
        sync(two, hub)
    assert ("entries", True) in small_first_load
    assert two.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    assert two.db.execute("SELECT count(*) FROM sync_rows WHERE table_name = 'entries'").fetchone()[0] == 0
    assert schema(two) == before
    assert not two.db.execute("SELECT * FROM rollup_pause").fetchall()
    assert two.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1

    monkeypatch.setattr(sync_local.PullWriter, "write", write)
    sync(two)
    assert totals(two) == totals(one)
    assert schema(two) == before


@pytest.mark.slow
def test_a_first_load_killed_midway_is_rolled_back_and_the_next_sync_completes(hub, laptops):
    one, two = laptops(2)
    fill(one)
    sync(one, hub)
    before = schema(two)
    path = str(two.path)
    two.close()
    argv = [sys.executable, "-m", "tests.hub.sync_child", path, hub, "100", "2"]
    child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT), "FIRST_LOAD_MIN": "50"})
    with child:
        pulled = 0
        for line in child.stdout:  # the pull's progress, after the catalogue: kill once entries are gathered
            if line.startswith("progress pull"):
                pulled = int(line.split()[-1])
                if pulled >= 300:
                    child.send_signal(signal.SIGKILL)
                    break
        child.wait(timeout=120)
    assert pulled >= 300, "the child finished before it could be killed"
    from impact_desktop.storage.database import open_store

    again = open_store(path)
    try:
        assert again.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
        assert schema(again) == before
        sync_service.sync(again)
        assert totals(again) == totals(one)
        assert sorted(again.db.execute("SELECT * FROM monthly_totals")) == rebuilt_rollups(again)
    finally:
        again.close()
