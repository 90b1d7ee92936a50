"""Names listed in the order a reader expects (core.name_order): case ignored and numbers as
numbers without a collator; the lists the screens offer and the Entries name sorts follow it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.name_order import name_order_key, set_name_order
from impact_desktop.core.periods import day
from impact_desktop.services import catalog_queries, dashboard, entry_choices, target_ops
from impact_desktop.storage import catalog, entries, entry_queries
from impact_desktop.storage.entry_queries import EntryFilter

NAMES = ["Zeta", "alibaba", "Program 10", "Program 9", "Émile"]
IN_ORDER = ["alibaba", "Émile", "Program 9", "Program 10", "Zeta"]


def test_without_a_collator_case_is_ignored_and_numbers_read_as_numbers():
    assert sorted(NAMES, key=name_order_key) == IN_ORDER
    assert sorted(["a2", "A10", "a1"], key=name_order_key) == ["a1", "a2", "A10"]
    assert sorted(["１２", "3"], key=name_order_key) == ["3", "１２"]  # full-width digits are digits


def test_an_installed_order_is_used_and_can_be_removed():
    set_name_order(lambda name: name[::-1])
    try:
        assert sorted(["ab", "ba"], key=name_order_key) == ["ba", "ab"]
    finally:
        set_name_order(None)
    assert sorted(["ab", "ba"], key=name_order_key) == ["ab", "ba"]


@pytest.fixture
def named(store):
    units = {name: catalog.add_business_unit(store, name) for name in NAMES}
    for name, unit in units.items():
        catalog.add_program(store, unit, f"{name} program")
    for name in NAMES:
        catalog.add_channel(store, name)
    return store


def test_the_lists_the_screens_offer_are_in_name_order(named):
    assert [u.name for u in catalog_queries.list_units(named)] == IN_ORDER
    assert [u.name for u in entry_choices.business_units(named)] == IN_ORDER
    assert [p.name for p in entry_choices.programs(named)] == [f"{name} program" for name in IN_ORDER]
    assert [c.name for c in entry_choices.channels(named)] == IN_ORDER
    assert [c.name for c in catalog_queries.list_channels(named)] == IN_ORDER
    assert [u.name for u in target_ops.choices(named).units] == IN_ORDER
    assert [name for _id, name in dashboard.filter_choices(named).units] == IN_ORDER


@pytest.mark.parametrize("small", [True, False], ids=["sorted whole", "walked group by group"])
def test_entries_sorted_by_unit_follow_the_name_order(named, monkeypatch, small):
    if not small:
        monkeypatch.setattr(entry_queries, "SMALL_SELECTION", 0)
    programs = [p.id for p in catalog.list_programs(named)]
    entries.add_entries(named, [EntryDraft(program, "donations", Decimal(i + 1), day(dt.date(2020, 1, i + 1)),
                                           currency="CNY") for i, program in enumerate(programs)])
    for order_by in ("business_unit", "program"):
        rows = entries.query_entries(named, EntryFilter(), order_by=order_by, descending=False)
        assert [row.business_unit for row in rows] == IN_ORDER
        rows = entries.query_entries(named, EntryFilter(), order_by=order_by, descending=True)
        assert [row.business_unit for row in rows] == IN_ORDER[::-1]


def test_the_summary_lists_units_in_name_order(named):
    from impact_desktop.services.summary import summarize
    from impact_desktop.storage.summary_queries import Scope

    programs = [p.id for p in catalog.list_programs(named)]
    entries.add_entries(named, [EntryDraft(program, "donations", Decimal(1), day(dt.date(2020, 1, 1)),
                                           currency="CNY") for program in programs])
    summary = summarize(named, Scope(dt.date(2020, 1, 1), dt.date(2020, 1, 31)))
    assert list(summary.by_business_unit) == IN_ORDER
