"""Targets, rates, metrics and settings editors, driven through their real widgets."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt

from impact_desktop.core.metrics import Aggregation
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.gui.catalog.metrics_page import MetricsPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.settings.rates_page import RatesPage
from impact_desktop.gui.settings.settings_dialog import DEFAULT_DATABASE_KEY, SettingsDialog
from impact_desktop.gui.settings.targets_page import TargetsPage
from impact_desktop.storage import catalog
from impact_desktop.storage.device import get_device_name
from impact_desktop.storage.rates import Rate, add_rate, delete_rates, list_rates
from impact_desktop.storage.rows import new_id
from impact_desktop.storage.settings import Settings, load_settings, save_settings
from impact_desktop.storage.targets import list_targets

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("background_work_finished")]



def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _page(qtbot, page_class, store):
    page = page_class(AppContext(store))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    return page


def test_add_target_through_editor_then_undo_and_delete(qtbot, store):
    unit_id = catalog.add_business_unit(store, "Ant Financial")
    program_id = catalog.add_program(store, unit_id, "Ant Forest")
    page = _page(qtbot, TargetsPage, store)
    assert page.ui.stack.currentWidget() is page.ui.emptyLabel

    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    _choose(dialog.ui.metricCombo, "trees_planted")
    assert not dialog.ui.currencyCombo.isEnabled()
    _choose(dialog.ui.scopeCombo, f"program:{program_id}")
    qtbot.keyClicks(dialog.ui.periodEdit, "FY2018")
    assert dialog.ui.periodHint.text() == "2017-04-01 to 2018-03-31"
    qtbot.keyClicks(dialog.ui.valueEdit, "2.5")
    assert "whole numbers" in dialog.ui.errorLabel.text() and not dialog.ok_button.isEnabled()
    dialog.ui.valueEdit.clear()
    dialog.ui.valueEdit.insert("1.5万")  # QTest cannot type CJK characters; insert() is what an IME does
    qtbot.keyClick(dialog.ui.valueEdit, Qt.Key.Key_Return)

    [target] = list_targets(store)
    assert target.value == Decimal("15000") and target.metric_key == "trees_planted"
    assert target.program_id == program_id and target.business_unit_id is None
    assert target.period == fiscal_year(2018)
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 1)
    assert page.ui.table.item(0, 3).text() == "15,000 trees"

    # A money target for the whole group, with the currency written in the value.
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    _choose(dialog.ui.metricCombo, "donations")
    qtbot.keyClicks(dialog.ui.periodEdit, "2018-Q1")
    dialog.ui.valueEdit.insert("¥")
    qtbot.keyClicks(dialog.ui.valueEdit, "3,000.50")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    money = next(t for t in list_targets(store) if t.metric_key == "donations")
    assert money.value == Decimal("3000.50") and money.currency == "CNY"
    assert money.business_unit_id is None and money.program_id is None

    page.context.undo_stack.undo()
    assert [t.metric_key for t in list_targets(store)] == ["trees_planted"]
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 1)
    page.ui.table.selectRow(0)
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert list_targets(store) == []
    page.context.undo_stack.undo()
    assert len(list_targets(store)) == 1


def test_add_rate_is_stored_as_exact_decimal(qtbot, store):
    page = _page(qtbot, RatesPage, store)
    assert "CNY" in page.ui.introLabel.text()
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.ui.fromCombo.lineEdit().clear()
    qtbot.keyClicks(dialog.ui.fromCombo, "cny")
    dialog.ui.toCombo.lineEdit().clear()
    qtbot.keyClicks(dialog.ui.toCombo, "USD")
    qtbot.keyClicks(dialog.ui.periodEdit, "FY2018")
    qtbot.keyClicks(dialog.ui.rateEdit, "0")
    assert "positive" in dialog.ui.errorLabel.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.ui.rateEdit, ".1449")
    assert "6.901311" in dialog.ui.rateHint.text()
    qtbot.keyClick(dialog.ui.rateEdit, Qt.Key.Key_Return)
    [rate] = list_rates(store)
    assert (rate.from_currency, rate.to_currency) == ("CNY", "USD")
    assert rate.rate == Decimal("0.1449") and str(rate.rate) == "0.1449"
    assert rate.period == fiscal_year(2018)
    qtbot.waitUntil(lambda: page.ui.table.rowCount() == 1)
    assert page.ui.table.item(0, 3).text() == "0.1449"


@pytest.mark.parametrize("typed", ["1e3", "1E+3", "1.449e-1", " 6.9E0 "])
def test_a_rate_in_scientific_notation_is_refused_as_value_fields_refuse_it(qtbot, store, typed):
    page = _page(qtbot, RatesPage, store)
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.ui.fromCombo.lineEdit().clear()
    qtbot.keyClicks(dialog.ui.fromCombo, "USD")
    qtbot.keyClicks(dialog.ui.periodEdit, "FY2018")
    qtbot.keyClicks(dialog.ui.rateEdit, typed)
    assert "scientific notation" in dialog.ui.errorLabel.text() and not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.ui.rateEdit, Qt.Key.Key_Return)
    assert list_rates(store) == []
    dialog.ui.rateEdit.clear()
    qtbot.keyClicks(dialog.ui.rateEdit, "1000")
    assert dialog.ok_button.isEnabled()


def test_rates_check_lists_missing_rates_and_fills_the_editor(qtbot, demo_store):
    save_settings(demo_store, Settings(reporting_currency="USD", fiscal_start_month=4))
    delete_rates(demo_store, [rate.id for rate in list_rates(demo_store)])
    page = _page(qtbot, RatesPage, demo_store)
    listing = page.ui.missingList
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert len(texts) == 12  # every month of FY2018 has CNY donations
    assert texts[0].startswith("CNY → USD for 2017-04")
    assert texts[-1].startswith("CNY → USD for 2018-03")

    page.ui.missingList.itemActivated.emit(listing.item(11))
    dialog = page.active_dialog
    assert dialog.ui.fromCombo.currentText() == "CNY" and dialog.ui.periodEdit.text() == "2018-03"
    qtbot.keyClicks(dialog.ui.rateEdit, "0.15")
    qtbot.keyClick(dialog.ui.rateEdit, Qt.Key.Key_Return)
    assert [r.period for r in list_rates(demo_store)] == [month(2018, 3)]
    qtbot.waitUntil(lambda: listing.count() == 11)

    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.ui.fromCombo, "CNY")
    qtbot.keyClicks(dialog.ui.periodEdit, "FY2018")
    qtbot.keyClicks(dialog.ui.rateEdit, "0.1449")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listing.count() == 1 and "Nothing missing" in listing.item(0).text())


def test_rates_that_contradict_each_other_are_named_and_either_can_be_corrected(qtbot, store):
    """A store made before such rates were refused holds two USD→CNY rates for FY2018: editing either
    was refused ("there is already a rate…") and nothing said which rates clashed. The check names
    them, a double click selects both, and either one can be corrected, then the other deleted."""
    first, second = (add_rate(store, Rate("USD", "CNY", fiscal_year(2018), Decimal(value), id=new_id()))
                     for value in ("6.9", "7.2"))
    page = _page(qtbot, RatesPage, store)
    listing = page.ui.missingList
    clash = listing.item(0)
    assert clash.text().startswith("USD → CNY for FY2018: 2 rates contradict each other; keep one")
    assert clash.toolTip().startswith("USD→CNY 6.9, USD→CNY 7.2 for FY2018: totals use only one")
    listing.itemActivated.emit(clash)
    assert sorted(page.selected_ids()) == sorted([first, second])
    page.ui.table.clearSelection()
    page.select_id(second)
    page.edit_selected()
    dialog = page.active_dialog
    dialog.ui.rateEdit.clear()
    qtbot.keyClicks(dialog.ui.rateEdit, "6.95")
    qtbot.keyClick(dialog.ui.rateEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "" and not dialog.isVisible()
    assert sorted(rate.rate for rate in list_rates(store)) == [Decimal("6.9"), Decimal("6.95")]
    page.ui.table.clearSelection()
    page.select_id(first)
    page.delete_records(page.selected_records())
    qtbot.waitUntil(lambda: all("contradict" not in listing.item(i).text() for i in range(listing.count())))
    assert [rate.rate for rate in list_rates(store)] == [Decimal("6.95")]


def test_settings_dialog_saves_fiscal_start_currency_device_and_default_db(qtbot, store, tmp_path):
    qsettings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    context = AppContext(store)
    dialog = SettingsDialog(context, qsettings=qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.fiscalCombo.currentData() == 4  # April, the default
    dialog.ui.currencyCombo.lineEdit().clear()
    qtbot.keyClicks(dialog.ui.currencyCombo, "US")
    assert not dialog.ok_button.isEnabled() and "currency code" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.currencyCombo, "D")
    assert dialog.ok_button.isEnabled()
    dialog.ui.fiscalCombo.setFocus()
    qtbot.keyClick(dialog.ui.fiscalCombo, Qt.Key.Key_Home)  # January
    assert dialog.ui.fiscalCombo.currentData() == 1
    assert "-01-01 to" in dialog.ui.fiscalHint.text()
    dialog.ui.deviceEdit.clear()
    qtbot.keyClicks(dialog.ui.deviceEdit, "Hangzhou laptop")
    qtbot.keyClicks(dialog.ui.organisationEdit, "Alibaba Group")
    default_db = tmp_path / "main.db"
    qtbot.keyClicks(dialog.ui.defaultDbEdit, str(default_db))
    assert dialog.ok_button.isEnabled(), dialog.ui.errorLabel.text()
    with qtbot.waitSignal(context.events.changed) as signal:
        qtbot.keyClick(dialog.ui.deviceEdit, Qt.Key.Key_Return)
    assert signal.args == ["settings"]
    assert load_settings(store) == Settings("USD", 1, "Alibaba Group")
    assert get_device_name(store) == "Hangzhou laptop"
    assert qsettings.value(DEFAULT_DATABASE_KEY) == str(default_db)
    context.undo_stack.undo()
    assert load_settings(store).fiscal_start_month == 4 and load_settings(store).reporting_currency == "CNY"


def test_add_stock_metric_and_builtins_cannot_be_deleted(qtbot, store):
    page = _page(qtbot, MetricsPage, store)
    table = page.ui.table
    donations_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Donations")
    table.selectRow(donations_row)
    assert not page.ui.deleteButton.isEnabled()

    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.ui.nameEdit, "Recycling facilities")
    qtbot.keyClicks(dialog.ui.unitEdit, "facilities")
    _choose(dialog.ui.aggregationCombo, "stock")
    assert "latest value" in dialog.ui.aggregationHint.text()
    dialog.ui.integerCheck.click()
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)

    metric = catalog.get_metric(store, "recycling_facilities")
    assert metric.aggregation == Aggregation.STOCK and metric.integer_only and not metric.builtin
    qtbot.waitUntil(lambda: any(table.item(r, 0).text() == "Recycling facilities" for r in range(table.rowCount())))
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Recycling facilities")
    assert table.item(row, 3).text() == "Stock (latest value in the period)"
    assert page.selected_ids() == ["recycling_facilities"] and page.ui.deleteButton.isEnabled()

    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert "recycling_facilities" not in {m.key for m in catalog.list_metrics(store)}
    page.context.undo_stack.undo()
    assert catalog.get_metric(store, "recycling_facilities").name == "Recycling facilities"


def test_targets_show_the_actual_figure_and_the_share_achieved(qtbot, demo_store):
    page = _page(qtbot, TargetsPage, demo_store)
    rows = {page.ui.table.item(r, 0).text(): [page.ui.table.item(r, c).text() for c in range(1, 7)]
            for r in range(page.ui.table.rowCount())}
    assert rows["Donations"][3:5] == ["1,270,000,000.00 CNY", "106%"]  # target 1.2bn
    assert rows["Volunteer hours"][3:5] == ["270,000 hours", "108%"]
    assert rows["Trees planted"][3:5] == ["100,000,000 trees", "111%"]


def test_deleting_several_rows_asks_with_a_verb_and_cancel_keeps_them(qtbot, demo_store):
    from PySide6.QtWidgets import QMessageBox

    from impact_desktop.gui.common.confirm import action_button
    from tests.gui.main_helpers import when_modal

    page = _page(qtbot, TargetsPage, demo_store)
    before = len(list_targets(demo_store))
    assert before >= 2
    page.ui.table.selectAll()
    seen = []

    def answer(choice):
        def click(box):
            seen.append(sorted(button.text() for button in box.buttons()))
            assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
            (box.button(QMessageBox.StandardButton.Cancel) if choice == "cancel" else action_button(box)).click()
        return click

    when_modal(answer("cancel"))
    page.delete_selected()
    assert len(list_targets(demo_store)) == before, "Cancel deletes nothing"
    when_modal(answer("delete"))
    page.delete_selected()
    assert len(list_targets(demo_store)) == 0
    assert seen[0] == ["&Delete rows", "Cancel"] and not any("Yes" in text for text in seen[0])
