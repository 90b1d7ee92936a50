"""Sorted by business unit, program, metric or channel, the Entries list follows the names the
interface shows (蚂蚁金服 for a unit stored as Ant Financial in a Chinese interface), whichever
way the store reads the page: group by group (everything) or sorted whole (a filtered selection)."""

from __future__ import annotations

import datetime as dt

import pytest

from impact_desktop.core import texts
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.demo import load_demo
from impact_desktop.services.entry_list import EntryFilter, list_entries
from impact_desktop.storage.database import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo store for the module (only read here)."""
    store = open_store(tmp_path_factory.mktemp("sort") / "demo.db")
    load_demo(store)
    yield store
    store.close()


@pytest.fixture(params=["zh_CN", "en"])
def language(request):
    before = texts.name_language()
    texts.set_name_language(request.param)
    yield request.param
    texts.set_name_language(before)


#: Everything is walked group by group; a date range is a small selection sorted whole.
FILTERS = {"grouped": lambda: EntryFilter(), "whole": lambda: EntryFilter(start=dt.date(2017, 4, 1),
                                                                         end=dt.date(2018, 3, 31))}


def _shown(book: NameBook, entry, order_by: str) -> tuple:
    program = book.shown(entry.draft.program_id, entry.program)
    return {
        "business_unit": (book.shown(entry.business_unit_id, entry.business_unit), program),
        "program": (program,),
        "metric": (book.metric_name(entry.draft.metric_key, entry.metric_name, entry.metric_id),),
        "channel": (book.shown(entry.draft.channel_id, entry.channel) if entry.draft.channel_id else "",),
    }[order_by]


@pytest.mark.parametrize("how", sorted(FILTERS))
@pytest.mark.parametrize("order_by", ["business_unit", "program", "metric", "channel"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_name_sort_follows_the_names_shown(demo, language, how, order_by, descending):
    book = NameBook(demo)
    entries = list_entries(demo, FILTERS[how](), order_by=order_by, descending=descending, limit=1000)
    assert len(entries) > 20
    keys = [_shown(book, entry, order_by) for entry in entries]
    assert keys == sorted(keys, reverse=descending)
    paged, after = [], None
    while True:  # keyset paging walks the same order
        page = list_entries(demo, FILTERS[how](), order_by=order_by, descending=descending, limit=7,
                            after=after)
        if not page:
            break
        paged += page
        after = page[-1]
    assert [entry.id for entry in paged] == [entry.id for entry in entries]


def test_the_chinese_order_differs_from_the_stored_one(demo, language):
    """The demo is stored in English: in Chinese the sort must not be the English order."""
    entries = list_entries(demo, EntryFilter(), order_by="business_unit", descending=False, limit=1000)
    stored = [entry.business_unit for entry in entries]
    assert (stored == sorted(stored)) is (language == "en")
