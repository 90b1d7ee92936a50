"""The Overview page over the demo database: the article's figures, per fiscal year."""

from __future__ import annotations

import pytest

from impact_desktop.gui.catalog.overview_page import ALL_DATA, OverviewPage
from impact_desktop.gui.common.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def totals(page) -> dict[str, tuple[str, str, str, str]]:
    table = page.ui.totalsTable
    return {table.item(r, 0).text(): tuple(table.item(r, c).text() for c in range(1, 5))
            for r in range(table.rowCount())}


def test_demo_fiscal_year_totals_targets_and_units(qtbot, demo_store):
    page = OverviewPage(AppContext(demo_store))
    qtbot.addWidget(page)
    assert page.ui.scopeCombo.currentData() == 2018  # latest year with data, not an empty current year
    shown = totals(page)
    assert shown["Donations"] == ("1,270,000,000.00", "CNY", "1,200,000,000.00", "106%")
    assert shown["Volunteers"][0] == "15,000,000"  # distinct count: as entered, never summed
    assert shown["Recycling facilities"][0] == "5,000"  # stock: latest value, not the sum of months
    units = page.ui.unitsTable
    headers = [units.horizontalHeaderItem(c).text() for c in range(units.columnCount())]
    assert "Cainiao" in headers and "Ant Financial" in headers
    assert "distinct count" in page.ui.notesLabel.text()


def test_all_data_and_an_empty_year(qtbot, demo_store):
    page = OverviewPage(AppContext(demo_store))
    qtbot.addWidget(page)
    combo = page.ui.scopeCombo
    combo.setCurrentIndex(combo.findData(ALL_DATA))
    assert totals(page)["Trees planted"][0] == "100,000,000"
    combo.setCurrentIndex(0)  # the current fiscal year is offered too, though nothing is entered yet
    assert combo.currentData() > 2018
    assert page.ui.totalsTable.rowCount() == 0
    assert "· 0 entries ·" in page.ui.scopeInfoLabel.text()


def test_big_databases_are_summed_off_the_ui_thread(qtbot, demo_store):
    context = AppContext(demo_store)
    page = OverviewPage(context)
    qtbot.addWidget(page)
    page.show()
    page.background_bytes = 0  # treat the demo file as a big one
    page.ui.totalsTable.setRowCount(0)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        context.notify("entries")
        assert page.ui.scopeInfoLabel.text() == "Computing totals…"
    assert totals(page)["Donations"][0] == "1,270,000,000.00"


def test_a_hidden_page_of_a_big_database_is_summed_when_first_shown(qtbot, demo_store):
    context = AppContext(demo_store)
    page = OverviewPage(context)
    qtbot.addWidget(page)
    page.background_bytes = 0  # treat the demo file as a big one
    page.ui.totalsTable.setRowCount(0)
    with qtbot.assertNotEmitted(page.refreshed, wait=300):
        context.notify("entries")  # another page is shown: nothing is computed yet
    assert page.ui.totalsTable.rowCount() == 0
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.show()
    assert totals(page)["Donations"][0] == "1,270,000,000.00"


def test_a_target_without_entries_shows_dash_not_zero(qtbot, demo_store):
    from decimal import Decimal

    from impact_desktop.core.periods import fiscal_year
    from impact_desktop.storage import targets

    targets.add_target(demo_store, targets.Target("donations", fiscal_year(2019), Decimal(1000), currency="CNY"))
    page = OverviewPage(AppContext(demo_store))
    qtbot.addWidget(page)
    combo = page.ui.scopeCombo
    combo.setCurrentIndex(combo.findData(2019))  # no entries in FY2019, only the target
    assert totals(page) == {"Donations": ("—", "CNY", "1,000.00", "—")}
