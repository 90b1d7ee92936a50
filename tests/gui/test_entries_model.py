"""The entries table model without any widget: counts, data, SQL sorting, lazy pages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.periods import month
from impact_desktop.gui.entries.entries_model import (
    COL_BUSINESS_UNIT,
    COL_ORIGIN,
    COL_PERIOD,
    COL_PROGRAM,
    COL_VALUE,
    COLUMN_COUNT,
    ENTRY_ID_ROLE,
    ORIGIN_ROLE,
    PAGE_SIZE,
    EntriesModel,
)
from impact_desktop.storage.entries import EntryFilter, add_entries
from tests.gui.main_helpers import add_generated, make_catalog


@pytest.fixture
def filled(store):
    ids = make_catalog(store)
    add_generated(store, ids["Ant Forest"], 2500)
    add_generated(store, ids["Green logistics"], 700, note="cainiao row")
    return store, ids


def test_first_page_only_then_fetch_more_until_everything(filled):
    store, _ids = filled
    model = EntriesModel(lambda: store)
    model.refresh()
    assert model.total == 3200
    assert model.rowCount() == PAGE_SIZE
    assert model.columnCount() == COLUMN_COUNT
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 3200
    ids = {model.data(model.index(row, 0), ENTRY_ID_ROLE) for row in range(model.rowCount())}
    assert len(ids) == 3200  # pages neither overlap nor skip


def test_display_data_alignment_and_roles(store):
    ids = make_catalog(store)
    add_entries(store, [EntryDraft(program_id=ids["Alipay Philanthropy"], metric_key="donations",
                                   value=Decimal("12500"), period=month(2018, 3), currency="CNY",
                                   origin=Origin.IMPORT, source_file="field.xlsx", source_sheet="2018",
                                   source_row=7)])
    model = EntriesModel(lambda: store)
    model.refresh()
    assert model.rowCount() == 1
    assert model.data(model.index(0, COL_PERIOD)) == "2018-03"
    assert model.data(model.index(0, COL_BUSINESS_UNIT)) == "Ant Financial"
    assert model.data(model.index(0, COL_PROGRAM)) == "Alipay Philanthropy"
    assert model.data(model.index(0, COL_VALUE)) == "12,500.00 CNY"
    alignment = model.data(model.index(0, COL_VALUE), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(0, COL_ORIGIN)) == "Import"
    assert model.data(model.index(0, COL_ORIGIN), ORIGIN_ROLE) == Origin.IMPORT
    tooltip = model.data(model.index(0, COL_ORIGIN), Qt.ItemDataRole.ToolTipRole)
    assert "field.xlsx" in tooltip and "2018" in tooltip and "7" in tooltip


def test_sort_is_done_by_sql_over_all_rows(filled):
    store, _ids = filled
    model = EntriesModel(lambda: store)
    model.sort(COL_VALUE, Qt.SortOrder.DescendingOrder)
    # The largest value lives in the last inserted rows, far beyond the first page.
    assert model.data(model.index(0, COL_VALUE)) == "2,500 hours"
    model.sort(COL_VALUE, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, COL_VALUE)) == "1 hour"  # singular after one
    model.sort(COL_BUSINESS_UNIT, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL_BUSINESS_UNIT)) == "Cainiao"


def test_filter_narrows_the_count_and_rows(filled):
    store, ids = filled
    model = EntriesModel(lambda: store)
    model.set_filter(EntryFilter(business_unit_ids=[ids["Cainiao"]]))
    assert model.total == 700
    assert {model.data(model.index(r, COL_PROGRAM)) for r in range(model.rowCount())} == {"Green logistics"}
    model.set_filter(EntryFilter(text="row 2499"))
    assert model.total == 1
    assert not model.canFetchMore(QModelIndex())


def test_big_databases_are_queried_off_the_ui_thread(qtbot, filled):
    store, _ids = filled
    model = EntriesModel(lambda: store)
    model.background_bytes = 0  # treat this small file as a big one
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.refresh()
        assert model.loading and model.rowCount() == 0  # nothing blocks while SQLite works
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert (model.total, model.rowCount()) == (3200, PAGE_SIZE)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())  # one page at a time
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert model.rowCount() == 2 * PAGE_SIZE
    ids = {model.data(model.index(row, 0), ENTRY_ID_ROLE) for row in range(model.rowCount())}
    assert len(ids) == 2 * PAGE_SIZE
    # Two sorts in a row: only the last one's rows are shown, whatever finishes first.
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.sort(COL_VALUE, Qt.SortOrder.AscendingOrder)
        model.sort(COL_VALUE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert model.data(model.index(0, COL_VALUE)) == "2,500 hours"


def test_another_big_database_never_shows_the_rows_of_the_previous_one(qtbot, filled, other_store):
    store, _ids = filled
    current = [store]
    model = EntriesModel(lambda: current[0])
    model.background_bytes = 0  # both files count as big: queried on the worker
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.refresh()
    assert model.rowCount() == PAGE_SIZE
    current[0] = other_store  # File → Open: same filter and sort, another database
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.refresh()
        assert model.loading and model.rowCount() == 0
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert (model.total, model.rowCount()) == (0, 0)
