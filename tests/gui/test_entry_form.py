"""The entry dialog and quick-entry panel driven through their widgets, on a real database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.entries.entry_dialog import EntryDialog
from impact_desktop.gui.entries.quick_entry import QuickEntryPanel
from impact_desktop.storage import catalog
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import count_entries, query_entries, total_value
from tests.gui.main_helpers import make_catalog, type_text

# The offscreen platform cannot raise windows or grab the keyboard for popups; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def choose_metric(qtbot, combo, name: str) -> None:
    """Pick a metric with the keyboard, as a user would (type-ahead in the closed combo)."""
    combo.setFocus()
    while combo.currentText() != name:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"metric {name} not found"


def shown_quick_entry(qtbot, store, program: str | None = None, metric: str | None = None) -> QuickEntryPanel:
    """A quick-entry panel on screen, with ``program`` typed and ``metric`` chosen when given."""
    panel = QuickEntryPanel(AppContext(store))
    qtbot.addWidget(panel)
    panel.show()
    if program is not None:
        type_text(qtbot, panel.ui.programCombo.lineEdit(), program)
    if metric is not None:
        choose_metric(qtbot, panel.ui.metricCombo, metric)
    return panel


def test_donation_typed_as_1_5_wan_is_stored_as_15000(qtbot, store):
    make_catalog(store)
    context = AppContext(store)
    dialog = EntryDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    type_text(qtbot, ui.programCombo.lineEdit(), "Ant Financial › Alipay Philanthropy")
    choose_metric(qtbot, ui.metricCombo, "Donations")
    assert ui.currencyCombo.isVisible()
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, ui.valueEdit, "1.5万")
    next_year = dt.date.today().year + 1
    type_text(qtbot, ui.periodEdit, f"{next_year}-03")
    assert ui.periodHint.text().startswith(f"Understood as {next_year}-03") and "in the future" in ui.periodHint.text()
    ui.periodEdit.clear()
    type_text(qtbot, ui.periodEdit, "2018年3月")
    assert "2018-03" in ui.periodHint.text() and "future" not in ui.periodHint.text()
    assert dialog.save_button.isEnabled()
    assert ui.inputTypeCombo.currentData() == "cash"  # B4SI default from the metric
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == EntryDialog.DialogCode.Accepted
    assert total_value(store, "donations") == Decimal("15000")
    stored = query_entries(store)[0]
    assert stored.draft.currency == "CNY"
    assert stored.draft.period.label() == "2018-03"
    assert context.undo_stack.count() == 1
    # Committed at once: another connection (as after killing the app) already sees it.
    other = open_store(store.path, create=False)
    try:
        assert total_value(other, "donations") == Decimal("15000")
    finally:
        other.close()


def test_yen_sign_and_grouping_are_understood(qtbot, store):
    make_catalog(store)
    dialog = EntryDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    type_text(qtbot, ui.programCombo.lineEdit(), "Ant Financial › Alipay Philanthropy")
    choose_metric(qtbot, ui.metricCombo, "Donations")
    ui.currencyCombo.setCurrentText("USD")
    type_text(qtbot, ui.valueEdit, "¥3,000")
    assert ui.currencyCombo.currentText() == "CNY"  # the sign in the value wins
    qtbot.keyClicks(ui.periodEdit, "FY2018")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert total_value(store, "donations") == Decimal("3000")


def test_negative_tree_count_shows_inline_error_and_disables_save(qtbot, store):
    make_catalog(store)
    dialog = EntryDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    type_text(qtbot, ui.programCombo.lineEdit(), "Ant Financial › Ant Forest")
    choose_metric(qtbot, ui.metricCombo, "Trees planted")
    assert ui.unitLabel.text() == "trees"
    qtbot.keyClicks(ui.periodEdit, "2018-Q1")
    qtbot.keyClicks(ui.valueEdit, "-20")
    assert ui.valueError.isVisible()
    assert "negative" in ui.valueError.text()
    assert ui.valueEdit.property("invalid") is True
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)  # Enter does not save an invalid entry
    assert count_entries(store) == 0
    ui.valueEdit.clear()
    qtbot.keyClicks(ui.valueEdit, "20")
    assert not ui.valueError.isVisible()
    assert ui.valueEdit.property("invalid") is False
    assert dialog.save_button.isEnabled()


def test_escape_cancels_without_saving(qtbot, store):
    make_catalog(store)
    dialog = EntryDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.valueEdit, "5")
    qtbot.keyClick(dialog.ui.valueEdit, Qt.Key.Key_Escape)
    assert dialog.result() == EntryDialog.DialogCode.Rejected
    assert count_entries(store) == 0


def test_quick_entry_keeps_program_metric_period_and_refocuses_value(qtbot, store):
    make_catalog(store)
    panel = shown_quick_entry(qtbot, store, "Cainiao › Green logistics", "Volunteer hours")
    ui = panel.ui
    qtbot.keyClicks(ui.periodEdit, "2018-03")
    for value in ("12", "1,500", "7.5"):
        qtbot.keyClicks(ui.valueEdit, value)
        qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
        assert ui.valueEdit.text() == ""
        assert panel.focusWidget() is ui.valueEdit
    assert ui.programCombo.currentText() == "Cainiao › Green logistics"
    assert ui.periodEdit.text() == "2018-03"
    assert total_value(store, "volunteer_hours") == Decimal("1519.5")
    assert "Saved" in ui.messageLabel.text()


def test_quick_entry_asks_for_a_second_enter_before_saving_into_a_future_period(qtbot, store):
    """2030-01 typed for 2020-01 was saved without a word."""
    make_catalog(store)
    panel = shown_quick_entry(qtbot, store, "Cainiao › Green logistics", "Volunteer hours")
    ui = panel.ui
    future = f"{dt.date.today().year + 1}-01"
    qtbot.keyClicks(ui.periodEdit, future)
    qtbot.keyClicks(ui.valueEdit, "12")
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
    assert count_entries(store) == 0 and ui.valueEdit.text() == "12"
    assert ui.messageLabel.text() == f"{future} is in the future: press Enter again to save it there."
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
    assert count_entries(store) == 1 and "Saved" in ui.messageLabel.text()
    qtbot.keyClicks(ui.valueEdit, "5")  # the same period again: asked once is enough
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
    assert count_entries(store) == 2
    ui.periodEdit.setText(f"{dt.date.today().year + 2}-03")  # another future period: asked again
    qtbot.keyClicks(ui.valueEdit, "7")
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
    assert count_entries(store) == 2 and "in the future" in ui.messageLabel.text()
    ui.periodEdit.setText("2018-03")  # a past period: saved at once
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
    assert count_entries(store) == 3


def test_quick_entry_problems_are_sentences(qtbot, store):
    """Enter with neither value nor period said "Type a value. the date or period is empty."."""
    make_catalog(store)
    panel = shown_quick_entry(qtbot, store, "Cainiao › Green logistics")
    qtbot.keyClick(panel.ui.valueEdit, Qt.Key.Key_Return)
    assert panel.ui.messageLabel.text() == "Type a value. The date or period is empty."
    qtbot.keyClicks(panel.ui.periodEdit, "2018-13")
    qtbot.keyClick(panel.ui.periodEdit, Qt.Key.Key_Return)
    assert panel.ui.messageLabel.text() == "Type a value. There is no month 13."
    assert count_entries(store) == 0


def test_entry_of_an_archived_program_stays_editable(qtbot, store):
    from impact_desktop.storage import catalog
    from impact_desktop.storage.entries import get_entry
    from tests.gui.main_helpers import add_generated

    ids = make_catalog(store)
    entry_id = add_generated(store, ids["Ant Forest"], 1, metric_key="trees_planted")[0]
    catalog.set_program_archived(store, ids["Ant Forest"], True)
    dialog = EntryDialog(AppContext(store), entry=get_entry(store, entry_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.programCombo.currentText() == "Ant Financial › Ant Forest (archived)"
    dialog.ui.valueEdit.clear()
    qtbot.keyClicks(dialog.ui.valueEdit, "9")
    qtbot.keyClick(dialog.ui.valueEdit, Qt.Key.Key_Return)
    assert get_entry(store, entry_id).draft.value == Decimal(9)
    assert get_entry(store, entry_id).draft.program_id == ids["Ant Forest"]


def test_the_unit_of_a_built_in_metric_is_in_the_interface_language(qtbot, store, chinese):
    """In Chinese the forms said "hours" beside the value and "已为 2018-03 保存 12 hours"."""
    make_catalog(store)
    dialog = EntryDialog(AppContext(store))
    qtbot.addWidget(dialog)
    choose_metric(qtbot, dialog.ui.metricCombo, "志愿服务时长")
    assert dialog.ui.unitLabel.text() == "小时"
    panel = shown_quick_entry(qtbot, store, "Cainiao › Green logistics", "植树")
    ui = panel.ui
    assert ui.unitLabel.text() == "棵"
    qtbot.keyClicks(ui.periodEdit, "2018-03")
    qtbot.keyClicks(ui.valueEdit, "12")
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
    assert ui.messageLabel.text() == "已为 2018-03 保存 12 棵（按 Ctrl+Z 撤销）。"


def test_an_archived_program_typed_by_name_is_said_to_be_archived(qtbot, store):
    """Typing an archived program's name said only "Choose a program.", as for a typo."""
    ids = make_catalog(store)
    catalog.set_program_archived(store, ids["Ant Forest"], True)
    panel = shown_quick_entry(qtbot, store)
    ui = panel.ui
    for typed in ("Ant Financial › Ant Forest", "ant forest"):
        ui.programCombo.lineEdit().clear()
        type_text(qtbot, ui.programCombo.lineEdit(), typed)
        qtbot.keyClicks(ui.periodEdit, "2018-03")
        qtbot.keyClicks(ui.valueEdit, "5")
        qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
        assert ui.messageLabel.text() == ("Ant Financial › Ant Forest is archived: bring it back under Business "
                                          "units & programs to add figures to it.")
        ui.periodEdit.clear()
        ui.valueEdit.clear()
    ui.programCombo.lineEdit().clear()
    type_text(qtbot, ui.programCombo.lineEdit(), "Ant Forestry")
    qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
    assert "Choose a program." in ui.messageLabel.text()
    assert count_entries(store) == 0
