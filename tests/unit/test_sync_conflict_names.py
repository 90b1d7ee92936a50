"""Conflict descriptions name programs, metrics and units as the interface does (Chinese names
in the Chinese interface), not by the names stored in the rows."""

from __future__ import annotations

import json

import pytest

from impact_desktop.core import texts
from impact_desktop.services.conflicts import list_conflicts
from impact_desktop.storage.tables import insert_row


@pytest.fixture
def name_language():
    before = texts.name_language()
    yield texts.set_name_language
    texts.set_name_language(before)


def _row(store, table: str, where: str, params: list) -> dict:
    cursor = store.db.execute(f"SELECT * FROM {table} WHERE {where} LIMIT 1", params)
    return dict(zip([column[0] for column in cursor.description], cursor.fetchone(), strict=True))


def _conflict(store, table: str, winner: dict, loser: dict) -> None:
    insert_row(store, "sync_conflicts", {
        "table_name": table, "row_id": winner["id"], "kind": "edit", "winner_json": json.dumps(winner),
        "loser_json": json.dumps(loser), "winner_hlc": 2, "loser_hlc": 1, "winner_device": "a" * 12,
        "loser_device": "b" * 12, "resolved_at": None, "resolution": None})


@pytest.fixture
def conflicts(demo_store):
    entry = _row(demo_store, "entries", "program_id = (SELECT id FROM programs WHERE name = ?) AND metric_id = "
                 "(SELECT id FROM metrics WHERE key = 'environmental_map_cities')", ["Environmental map"])
    _conflict(demo_store, "entries", {**entry, "value_e4": 110000}, {**entry, "value_e4": 120000})
    unit = _row(demo_store, "business_units", "name = ?", ["Ant Financial"])
    _conflict(demo_store, "business_units", {**unit, "description": "one"}, {**unit, "name": "Ant Group"})
    return demo_store


def _summaries(store) -> dict[str, tuple[str, str]]:
    return {conflict.table: (conflict.winner.summary, conflict.loser.summary) for conflict in list_conflicts(store)}


def test_in_the_chinese_interface_a_conflict_is_described_with_chinese_names(conflicts, name_language):
    name_language("zh_CN")
    summaries = _summaries(conflicts)
    entry_winner, entry_loser = summaries["entries"]
    assert entry_winner.startswith("环境地图 · 环境地图覆盖城市: 11 (")
    assert entry_loser.startswith("环境地图 · 环境地图覆盖城市: 12 (")
    # the unit's own name stays beside it: it may be what the two machines changed
    assert summaries["business_units"] == ("蚂蚁金服 (Ant Financial)", "蚂蚁金服 (Ant Group)")


def test_in_the_english_interface_the_english_names_are_shown(conflicts, name_language):
    name_language("en")
    summaries = _summaries(conflicts)
    assert summaries["entries"][0].startswith("Environmental map · Cities on the environmental map: 11 (")
    assert summaries["business_units"] == ("Ant Financial", "Ant Group")
