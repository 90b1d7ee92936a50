"""Two laptops changing the same row: a deterministic winner, the loser kept and shown on both, keep either."""

from __future__ import annotations

import json

import pytest

from impact_desktop.core.errors import ImpactError
from impact_desktop.services.conflicts import list_conflicts, resolve_conflict
from impact_desktop.services.sync import sync
from impact_desktop.storage.tables import set_deleted, update_row
from tests.hub.helpers import add_hours, program, totals


def shared_entry(hub, one, two):
    entry = add_hours(one, 10, program(one))
    sync(one, hub)
    sync(two, hub)
    return entry


def value(store, entry):
    return store.db.execute("SELECT value_e4, deleted_at IS NOT NULL FROM entries WHERE id = ?", [entry]).fetchone()


def test_the_same_entry_edited_on_two_laptops_has_one_winner_and_the_loser_is_kept_on_both(hub, laptops):
    one, two = laptops(2)
    entry = shared_entry(hub, one, two)
    update_row(one, "entries", entry, {"value_e4": 110000, "note": "from one"})
    update_row(two, "entries", entry, {"value_e4": 120000, "note": "from two"})
    sync(one)
    result = sync(two)
    sync(one)
    assert result.conflicts == 1
    assert value(one, entry) == value(two, entry)  # converged on one version
    winner_is_two = value(one, entry)[0] == 120000
    versions = {one.device_id: 110000, two.device_id: 120000}
    query = "SELECT id, winner_hlc, loser_hlc FROM sync_conflicts"
    hlcs = {store.device_id: store.db.execute(query).fetchone() for store in (one, two)}
    assert hlcs[one.device_id] == hlcs[two.device_id]
    for store in (one, two):
        (conflict,) = list_conflicts(store)
        assert (conflict.table, conflict.row_id, conflict.kind) == ("entries", entry, "edit")
        assert {conflict.winner.data["value_e4"], conflict.loser.data["value_e4"]} == {110000, 120000}
        assert conflict.winner.data["value_e4"] == versions[conflict.winner.device]
        assert (conflict.winner.hlc, conflict.winner.device) > (conflict.loser.hlc, conflict.loser.device)
        assert conflict.winner.changed_by and conflict.winner.changed_at
    assert winner_is_two == (list_conflicts(one)[0].winner.device == two.device_id)
    assert totals(one) == totals(two)


def test_a_deletion_against_an_edit_is_a_conflict_and_keeping_the_other_side_syncs(hub, laptops):
    one, two = laptops(2)
    entry = shared_entry(hub, one, two)
    set_deleted(one, "entries", [entry], True)
    update_row(two, "entries", entry, {"value_e4": 990000})
    sync(one)
    sync(two)
    sync(one)
    (conflict,) = list_conflicts(two)
    assert conflict.kind == "delete"
    kept_deleted = conflict.winner.deleted
    assert value(one, entry) == value(two, entry) == (990000 if not kept_deleted else 100000, int(kept_deleted))
    # the laptop whose version lost takes it back; the choice reaches the other laptop
    losing_store = two if kept_deleted else one
    done = resolve_conflict(losing_store, conflict.id[:8], "mine")
    assert done.resolved_at and done.resolution == "loser"
    sync(losing_store)
    other = one if losing_store is two else two
    sync(other)
    assert value(one, entry) == value(two, entry)
    assert value(one, entry)[1] == int(not kept_deleted)
    assert list_conflicts(one) == list_conflicts(two) == []
    assert len(list_conflicts(one, include_resolved=True)) == 1


def test_the_same_edit_on_two_laptops_is_no_conflict(hub, laptops):
    one, two = laptops(2)
    entry = shared_entry(hub, one, two)
    update_row(one, "entries", entry, {"value_e4": 150000})
    update_row(two, "entries", entry, {"value_e4": 150000})
    sync(one)
    assert sync(two).conflicts == 0


def test_resolving_an_unknown_conflict_is_one_clear_error(store):
    with pytest.raises(ImpactError, match="no conflict 'abc'"):
        resolve_conflict(store, "abc", "mine")


def test_conflict_json_names_both_versions(hub, laptops):
    one, two = laptops(2)
    entry = shared_entry(hub, one, two)
    update_row(one, "entries", entry, {"note": "a"})
    update_row(two, "entries", entry, {"note": "b"})
    sync(one)
    sync(two)
    data = list_conflicts(two)[0].as_json(two.device_id)
    assert json.loads(json.dumps(data))["mine"] in ("winner", "loser")
    assert {data["winner"]["data"]["note"], data["loser"]["data"]["note"]} == {"a", "b"}
