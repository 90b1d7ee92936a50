"""The entries table's queries: text search (Chinese and English substrings), sorts, counts."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.name_order import name_order_key
from impact_desktop.core.periods import day, month
from impact_desktop.storage import catalog, database, entries, entry_queries
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entry_queries import SORTABLE_COLUMNS, EntryFilter, sort_values
from impact_desktop.storage.migrations import migrations

NOTES = ["蚂蚁森林植树活动", "菜鸟回收站 5,000", "Ant Forest tree planting", "Goods for Good", ""]


def _draft(program, i, note="", metric="donations", channel=None, currency="CNY", origin=Origin.IMPORT):
    return EntryDraft(program, metric, Decimal(i % 17 + 1), day(dt.date(2017 + i % 3, i % 12 + 1, i % 28 + 1)),
                      currency=currency if metric == "donations" else None, channel_id=channel, note=note,
                      origin=origin)


@pytest.fixture
def varied(store):
    """260 entries (the bulk path) over units with Chinese and English names, channels, currencies."""
    cainiao = catalog.add_business_unit(store, "菜鸟")
    amap = catalog.add_business_unit(store, "Amap")
    programs = [catalog.add_program(store, cainiao, "回收"), catalog.add_program(store, amap, "Air map"),
                catalog.add_program(store, amap, "回收")]
    channels = [None, catalog.add_channel(store, "Alipay"), catalog.add_channel(store, "人人三小时")]
    drafts = []
    for i in range(260):
        metric = ("donations", "volunteer_hours", "trees_planted")[i % 3]
        drafts.append(_draft(programs[i % 3], i, NOTES[i % 5], metric, channels[i % 9 // 3] if metric == "donations"
                             else None, ("CNY", "USD", "EUR")[i % 4 % 3], (Origin.IMPORT, Origin.FORM)[i % 7 == 0]))
    entries.add_entries(store, drafts)
    return store


def _notes(store, text):
    return sorted(e.draft.note for e in entries.query_entries(store, EntryFilter(text=text), limit=1000))


@pytest.mark.usefixtures("walked")
def test_search_finds_chinese_and_english_substrings_of_notes(varied):
    assert set(_notes(varied, "森林植")) == {"蚂蚁森林植树活动"}
    assert set(_notes(varied, "菜鸟回")) == {"菜鸟回收站 5,000"}
    assert set(_notes(varied, "forest TREE")) == {"Ant Forest tree planting"}  # any case
    assert set(_notes(varied, "树")) == {"蚂蚁森林植树活动"}  # one character: shorter than a trigram
    assert set(_notes(varied, "植树")) == {"蚂蚁森林植树活动"}
    assert set(_notes(varied, "5,0")) == {"菜鸟回收站 5,000"}
    assert _notes(varied, "森林 植") == []
    for text in ("森林植", "树", "forest TREE", "Good"):
        assert entries.count_entries(varied, EntryFilter(text=text)) == len(_notes(varied, text)) > 0


@pytest.mark.usefixtures("walked")
def test_search_finds_names_of_units_programs_and_channels_with_notes(varied):
    by_unit = entries.query_entries(varied, EntryFilter(text="菜"), limit=1000)
    # "菜" names the unit 菜鸟 and is in the note "菜鸟回收站" of entries of other units too
    assert {e.business_unit for e in by_unit} == {"菜鸟", "Amap"}
    assert all(e.business_unit == "菜鸟" or "菜" in e.draft.note for e in by_unit)
    assert len(by_unit) == entries.count_entries(varied, EntryFilter(text="菜"))
    channel = entries.query_entries(varied, EntryFilter(text="三小时"), limit=1000)
    assert channel and all(e.channel == "人人三小时" for e in channel)
    assert entries.count_entries(varied, EntryFilter(text="三小时")) == len(channel)
    programs = entries.query_entries(varied, EntryFilter(text="回收"), limit=1000)
    assert {e.program for e in programs} == {"回收", "Air map"}  # names, and "菜鸟回收站" notes under Air map


def test_short_text_with_too_many_trigrams_scans_the_notes(varied, monkeypatch):
    monkeypatch.setattr(entry_queries, "_MAX_TERMS", 1)  # "or" begins "ore" and "or "
    assert set(_notes(varied, "or")) == {"Ant Forest tree planting", "Goods for Good"}
    assert set(_notes(varied, "树")) == {"蚂蚁森林植树活动"}  # one trigram: through the index


def test_search_follows_edits_and_deletions(varied):
    first = entries.query_entries(varied, EntryFilter(text="森林植"))[0]
    entries.update_entry(varied, first.id, EntryDraft(
        first.draft.program_id, first.draft.metric_key, first.draft.value, first.draft.period,
        currency=first.draft.currency, note="天猫国际公益宝贝"))
    assert [e.id for e in entries.query_entries(varied, EntryFilter(text="公益宝"))] == [first.id]
    assert first.id not in {e.id for e in entries.query_entries(varied, EntryFilter(text="森林植"), limit=1000)}
    entries.set_entries_deleted(varied, [first.id])
    assert entries.query_entries(varied, EntryFilter(text="公益宝")) == []
    entries.set_entries_deleted(varied, [first.id], deleted=False)
    assert entries.count_entries(varied, EntryFilter(text="公益宝")) == 1
    varied.db.execute("DELETE FROM entries WHERE id = ?", [first.id])
    assert varied.db.execute("SELECT count(*) FROM entry_notes WHERE note = '天猫国际公益宝贝'").fetchone()[0] == 0


@pytest.fixture(params=["sorted whole", "walked in order"])
def walked(request, monkeypatch):
    """Run once as a small store is read (the selection sorted whole) and once as a big one
    (walked in the order of the sort's index, or group by group)."""
    if request.param == "walked in order":
        monkeypatch.setattr(entry_queries, "SMALL_SELECTION", 0)


def _declared_order(entry, order_by: str) -> tuple:
    """What each sort promises: names in the interface's name order (then id), then the newest
    period, then the row; the other sorts by their SQL terms."""
    end, key = (entry.draft.period.end.isoformat(), entry.rowid), name_order_key
    names = {
        "business_unit": (key(entry.business_unit), entry.business_unit_id, key(entry.program), entry.draft.program_id),
        "program": (key(entry.program), entry.draft.program_id),
        "metric": (key(entry.metric_name), entry.metric_id),
        "channel": (bool(entry.draft.channel_id), key(entry.channel), entry.draft.channel_id or ""),
    }
    return (*names[order_by], *end) if order_by in names else sort_values(entry, order_by)


@pytest.mark.parametrize("order_by", list(SORTABLE_COLUMNS))
@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("text", ["", "回收", "Alipay"])
def test_every_sort_gives_its_declared_order_by_either_path(varied, walked, order_by, descending, text):
    everything = entries.query_entries(varied, EntryFilter(text=text), order_by=order_by, descending=descending,
                                       limit=1000)
    assert len(everything) == entries.count_entries(varied, EntryFilter(text=text)) == {"": 260}.get(text,
                                                                                                  len(everything))
    assert everything
    expected = sorted(everything, key=lambda e: _declared_order(e, order_by), reverse=descending)
    assert [e.id for e in everything] == [e.id for e in expected]
    # an OFFSET page is read by one plain ORDER BY query: the same order
    plain = entries.query_entries(varied, EntryFilter(text=text), order_by=order_by, descending=descending,
                                  limit=1000, offset=1)
    assert [e.id for e in plain] == [e.id for e in everything[1:]]
    # keyset pages through a filter
    flt = EntryFilter(metric_keys=["donations"], start=dt.date(2017, 3, 15), text=text)
    whole = entries.query_entries(varied, flt, order_by=order_by, descending=descending, limit=1000)
    paged, after = [], None
    while page := entries.query_entries(varied, flt, order_by=order_by, descending=descending, limit=9, after=after):
        paged += page
        after = page[-1]
    assert [e.id for e in paged] == [e.id for e in whole]
    assert len(whole) == entries.count_entries(varied, flt) > 0


def test_names_sort_by_name_then_newest_period(varied):
    rows = entries.query_entries(varied, order_by="business_unit", descending=False, limit=1000)
    assert rows[0].business_unit == "Amap" and rows[-1].business_unit == "菜鸟"
    amap = [e for e in rows if e.business_unit == "Amap"]
    assert [e.program for e in amap] == sorted(e.program for e in amap)
    channels = [e.channel for e in entries.query_entries(varied, order_by="channel", descending=True, limit=1000)]
    assert channels[0] == "人人三小时" and channels[-1] == ""


@pytest.mark.usefixtures("walked")
@pytest.mark.parametrize("start,end", [(None, None), (dt.date(2017, 3, 1), dt.date(2018, 2, 28)),
                                       (dt.date(2017, 3, 12), dt.date(2018, 2, 9)),
                                       (dt.date(2018, 4, 2), dt.date(2018, 4, 20)), (None, dt.date(2018, 6, 3)),
                                       (dt.date(2019, 1, 1), None)])
def test_counts_from_the_rollup_equal_the_rows(varied, start, end):
    amap = next(u.id for u in catalog.list_business_units(varied) if u.name == "Amap")
    for flt in (EntryFilter(start=start, end=end), EntryFilter(business_unit_ids=[amap], start=start, end=end),
                EntryFilter(metric_keys=["trees_planted", "donations"], start=start, end=end),
                EntryFilter(text="Alipay", start=start, end=end), EntryFilter(text="Forest", start=start, end=end)):
        rows = entries.query_entries(varied, flt, limit=1000)
        assert entries.count_entries(varied, flt) == len(rows)
        assert all((start is None or e.draft.period.end >= start) and (end is None or e.draft.period.end <= end)
                   for e in rows)


def test_upgrade_indexes_the_notes_of_existing_entries(db_path, monkeypatch):
    older = Migrations(database.MIGRATION_SET)
    for step in migrations.pending(Database(memory=True)):
        if step.name != "0007_entries_search":
            older(name=step.name)(step.fn)
    monkeypatch.setattr(database, "migrations", older)
    store = open_store(db_path)
    program = catalog.add_program(store, catalog.add_business_unit(store, "Cainiao"), "Recycling")
    for i, note in enumerate(NOTES):
        entries.add_entry(store, _draft(program, i, note))
    assert "entry_notes" not in store.db.table_names()
    store.close()
    monkeypatch.undo()
    upgraded = open_store(db_path)
    assert set(_notes(upgraded, "回收站")) == {"菜鸟回收站 5,000"}
    assert set(_notes(upgraded, "tree")) == {"Ant Forest tree planting"}
    entries.add_entry(upgraded, _draft(program, 9, "新的植树"))
    assert set(_notes(upgraded, "植树")) == {"蚂蚁森林植树活动", "新的植树"}
    upgraded.close()


def test_month_filter_edges(store):
    program = catalog.add_program(store, catalog.add_business_unit(store, "U"), "P")
    entries.add_entries(store, [EntryDraft(program, "trees_planted", Decimal(1), month(2018, m)) for m in (1, 2, 3)])
    assert entries.count_entries(store, EntryFilter(start=dt.date(2018, 2, 1), end=dt.date(2018, 2, 27))) == 0
    assert entries.count_entries(store, EntryFilter(start=dt.date(2018, 2, 1), end=dt.date(2018, 2, 28))) == 1
    assert entries.count_entries(store, EntryFilter(start=dt.date(2018, 1, 31), end=dt.date(2018, 3, 30))) == 2


def test_a_first_large_load_builds_the_sort_indexes_again(store, monkeypatch):
    monkeypatch.setattr(entries, "REBUILD_MIN_ROWS", 100)
    program = catalog.add_program(store, catalog.add_business_unit(store, "菜鸟"), "回收")
    before = {row[0] for row in store.db.execute("SELECT sql FROM sqlite_master WHERE type = 'index'")}
    entries.add_entries(store, [_draft(program, i, NOTES[i % 5]) for i in range(600)])  # into an empty store
    assert {row[0] for row in store.db.execute("SELECT sql FROM sqlite_master WHERE type = 'index'")} == before
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    values = [e.draft.value for e in entries.query_entries(store, order_by="value", limit=1000)]
    assert values == sorted(values, reverse=True) and len(values) == 600
    assert set(_notes(store, "森林植")) == {"蚂蚁森林植树活动"}
    # a store holding at least REBUILD_STORE_RATIO times as many: kept up
    entries.add_entries(store, [_draft(program, i, "再次") for i in range(250)])
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(entries.query_entries(store, EntryFilter(text="再次"), limit=1000)) == 250


def test_search_finds_units_programs_metrics_and_channels_by_their_alternative_names(varied):
    from impact_desktop.core import names
    from impact_desktop.storage import alternative_names

    cainiao = catalog.find_business_unit(varied, "菜鸟")
    alipay = next(c for c in catalog.list_channels(varied) if c.name == "Alipay")
    trees = next(m for m in catalog.list_metrics(varied) if m.key == "trees_planted")
    assert entries.count_entries(varied, EntryFilter(text="Cainiao")) == 0
    for kind, target_id, name in ((names.BUSINESS_UNIT, cainiao.id, "Cainiao Network"),
                                  (names.CHANNEL, alipay.id, "支付宝"), (names.METRIC, trees.id, "植树数量")):
        alternative_names.add_alternative_name(varied, kind, target_id, name)
    found = entries.query_entries(varied, EntryFilter(text="Cainiao"), limit=1000)
    assert found and {e.business_unit for e in found} == {"菜鸟"}
    assert entries.count_entries(varied, EntryFilter(text="Cainiao")) == len(found)
    channel = entries.query_entries(varied, EntryFilter(text="支付宝"), limit=1000)
    assert channel and {e.channel for e in channel} == {"Alipay"}
    metric = entries.query_entries(varied, EntryFilter(text="植树数量"), limit=1000)
    assert metric and {e.draft.metric_key for e in metric} == {"trees_planted"}
    air_map = next(p for p in catalog.list_programs(varied) if p.name == "Air map")
    alternative_names.add_alternative_name(varied, names.PROGRAM, air_map.id, "空气地图")
    assert {e.program for e in entries.query_entries(varied, EntryFilter(text="空气地图"), limit=1000)} == {"Air map"}
