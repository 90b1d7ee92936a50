"""Listing entries: filters, sorting, and keyset pages that match offset pages."""

import pytest

from impact_desktop.core.entries import build_entry
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.entries import EntryFilter


@pytest.fixture
def many(store):
    unit = catalog.add_business_unit(store, "Unit")
    other = catalog.add_business_unit(store, "Other")
    programs = [catalog.add_program(store, unit, "Trees"), catalog.add_program(store, other, "Hours")]
    channel = catalog.add_channel(store, "Alipay")
    metrics = {m.key: m for m in catalog.list_metrics(store)}
    drafts = [
        build_entry(metrics["trees_planted" if i % 3 else "donations"], program_id=programs[i % 2],
                    value=i + 1, period=f"2017-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                    channel_id=channel if i % 4 == 0 else None, note=f"row {i}")
        for i in range(230)
    ]
    entries.add_entries(store, drafts)
    return store, unit


@pytest.mark.parametrize("order_by", list(entries.SORTABLE_COLUMNS))
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_equal_offset_pages(many, order_by, descending):
    store, _ = many
    by_offset = [e.id for e in entries.query_entries(store, order_by=order_by, descending=descending, limit=1000)]
    by_keyset, after = [], None
    while True:
        page = entries.query_entries(store, order_by=order_by, descending=descending, limit=37, after=after)
        if not page:
            break
        by_keyset += [e.id for e in page]
        after = page[-1]
    assert by_keyset == by_offset
    assert len(by_offset) == 230


def test_filters_narrow_and_count_agrees(many):
    store, unit = many
    flt = EntryFilter(business_unit_ids=[unit], metric_keys=["trees_planted"], text="row 1")
    rows = entries.query_entries(store, flt, limit=1000)
    assert rows and all(r.business_unit == "Unit" and r.draft.metric_key == "trees_planted" for r in rows)
    assert all("row 1" in r.draft.note for r in rows)
    assert entries.count_entries(store, flt) == len(rows)
    assert entries.count_entries(store) == 230


def test_soft_delete_hides_and_restore_shows(many):
    store, _ = many
    victims = [e.id for e in entries.query_entries(store, limit=5)]
    assert entries.set_entries_deleted(store, victims) == 5
    assert entries.count_entries(store) == 225
    assert entries.get_entry(store, victims[0]).deleted
    assert entries.set_entries_deleted(store, victims, deleted=False) == 5
    assert entries.count_entries(store) == 230


def test_text_search_takes_percent_and_underscore_literally(store):
    from decimal import Decimal

    from impact_desktop.core.entries import EntryDraft, Origin
    from impact_desktop.core.periods import month
    from impact_desktop.storage import catalog
    from impact_desktop.storage.entries import EntryFilter, add_entry, count_entries

    program = catalog.add_program(store, catalog.add_business_unit(store, "Amap"), "Map")
    for note in ("50% matched", "500 matched", "a_b", "axb"):
        add_entry(store, EntryDraft(program, "donations", Decimal(1), month(2018, 3), currency="CNY", note=note,
                                    origin=Origin.FORM))
    assert count_entries(store, EntryFilter(text="50%")) == 1
    assert count_entries(store, EntryFilter(text="a_b")) == 1
