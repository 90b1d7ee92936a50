"""The Entries page inside the real main window: edit/undo/redo, bulk delete, filters."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from impact_desktop.gui.common.confirm import action_button
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.entries.entries_model import COL_PROGRAM, COL_VALUE, ENTRY_ID_ROLE
from impact_desktop.gui.entries.entries_page import SEARCH_DELAY_MS
from impact_desktop.gui.shell.main_window import MainWindow
from impact_desktop.gui.shell.pages import install_pages
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import count_entries, set_entries_deleted, total_value
from tests.gui.main_helpers import add_generated, isolated_settings, make_catalog, when_modal  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, store, isolated_settings):  # noqa: F811
    ids = make_catalog(store)
    add_generated(store, ids["Ant Forest"], 3, metric_key="trees_planted", note="forest")
    add_generated(store, ids["Green logistics"], 2, note="recycling")
    context = AppContext(store)
    main = MainWindow(context)
    install_pages(main, context)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)  # shortcuts only reach the active window
    main.show_page("entries")
    return main


def activate(qtbot, window) -> None:
    """After a modal dialog closes, make the main window active again (shortcuts need it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def table_of(window):
    return window.page("entries").ui.entriesTable


def test_edit_then_undo_and_redo(qtbot, window, store):
    page = window.page("entries")
    table = table_of(window)
    table.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    table.setFocus()
    table.selectRow(0)
    assert page.model.data(page.model.index(0, COL_VALUE)) == "3 trees"

    def change_value(dialog):
        dialog.ui.valueEdit.clear()
        qtbot.keyClicks(dialog.ui.valueEdit, "30")
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    titles = []
    when_modal(lambda dialog: (titles.append(dialog.windowTitle()), change_value(dialog)))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits
    assert titles == ["Edit entry"]
    assert total_value(store, "trees_planted") == Decimal(30 + 2 + 1)
    assert window.undo_action.text() == "&Undo Edit entry"
    window.undo_action.trigger()
    assert total_value(store, "trees_planted") == Decimal(6)
    assert page.model.data(page.model.index(0, COL_VALUE)) == "3 trees"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert total_value(store, "trees_planted") == Decimal(33)
    assert page.model.data(page.model.index(0, COL_VALUE)) == "30 trees"


def test_delete_several_rows_asks_then_undo_brings_them_back(qtbot, window, store):
    table = table_of(window)
    table.setFocus()
    table.selectAll()
    asked = []

    def confirm(box):
        asked.append(box.text())
        assert not any("Yes" in button.text() for button in box.buttons())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        action_button(box).click()

    when_modal(confirm)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked and "Delete 5 selected entries?" in asked[0]
    assert count_entries(store) == 0
    assert window.page("entries").model.rowCount() == 0
    assert window.count_label.text() == "0 entries"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count_entries(store) == 5
    assert window.page("entries").model.rowCount() == 5


def second_row_deleted_with_del(qtbot, window):
    """The Entries page, its table and the ids it listed, once Del deleted the second row (the third is
    then selected)."""
    page = window.page("entries")
    table = table_of(window)
    ids = [page.model.index(row, 0).data(ENTRY_ID_ROLE) for row in range(page.model.rowCount())]
    table.setFocus()
    table.setCurrentIndex(page.model.index(1, 0))
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [entry.id for entry in page.selected_entries()] == [ids[2]]
    return page, table, ids


def test_after_a_delete_the_next_row_is_selected_so_del_goes_on(qtbot, window, store):
    """The selection and the current row were lost after Del: a keyboard user had to find their place again."""
    page, table, ids = second_row_deleted_with_del(qtbot, window)
    assert table.currentIndex().row() == 1
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClick(table, Qt.Key.Key_Delete)  # the same key again deletes the next one
    assert count_entries(store) == 3
    assert [entry.id for entry in page.selected_entries()] == [ids[3]]
    table.setCurrentIndex(page.model.index(2, 0))  # the last row: the one before it is selected
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [entry.id for entry in page.selected_entries()] == [ids[3]]
    assert table.hasFocus()


def test_undoing_a_delete_selects_the_rows_it_brings_back(qtbot, window, store):
    """After Del and Ctrl+Z the rows came back unselected (the neighbour Del had selected stayed selected)."""
    page, table, ids = second_row_deleted_with_del(qtbot, window)
    activate(qtbot, window)
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count_entries(store) == 5
    assert [entry.id for entry in page.selected_entries()] == [ids[1]]
    assert table.currentIndex().row() == 1

    table.clearSelection()  # several rows, confirmed: all of them come back selected
    for row in (2, 3):
        table.selectionModel().select(page.model.index(row, 0), table.selectionModel().SelectionFlag.Select
                                      | table.selectionModel().SelectionFlag.Rows)
    chosen = sorted(entry.id for entry in page.selected_entries())
    assert len(chosen) == 2
    when_modal(lambda box: action_button(box).click())
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert count_entries(store) == 3
    activate(qtbot, window)
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count_entries(store) == 5
    assert sorted(entry.id for entry in page.selected_entries()) == chosen


def test_cancelled_bulk_delete_changes_nothing(qtbot, window, store):
    table = table_of(window)
    table.setFocus()
    table.selectAll()
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert count_entries(store) == 5
    assert window.context.undo_stack.count() == 0


def test_duplicate_with_ctrl_d(qtbot, window, store):
    table = table_of(window)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert count_entries(store) == 6
    window.undo_action.trigger()
    assert count_entries(store) == 5


def test_an_undo_that_no_longer_applies_is_shown_and_dropped(qtbot, window, store):
    table = table_of(window)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    set_entries_deleted(store, [_newest_id(store)], True)  # removed by another path (an import's undo, another window)
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert "Duplicate entry" in shown[0] and "That entry no longer exists." in shown[0]
    assert window.context.undo_stack.count() == 0  # the step no longer applies: not offered again
    assert count_entries(store) == 5


def _newest_id(store) -> str:
    return store.db.execute("SELECT id FROM entries ORDER BY created_at DESC, rowid DESC LIMIT 1").fetchone()[0]


def test_filter_by_text_and_business_unit(qtbot, window):
    page = window.page("entries")
    ui = page.ui
    qtbot.keyClicks(ui.searchEdit, "recycl")
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=SEARCH_DELAY_MS * 8)
    assert ui.countLabel.text() == "2 entries"
    ui.searchEdit.clear()
    qtbot.waitUntil(lambda: page.model.total == 5, timeout=SEARCH_DELAY_MS * 8)
    ui.unitFilter.setFocus()
    qtbot.keyClicks(ui.unitFilter, "Ant")  # type-ahead in the combo, as with the keyboard
    assert ui.unitFilter.currentText() == "Ant Financial"
    assert page.model.total == 3
    programs = {page.model.data(page.model.index(r, COL_PROGRAM)) for r in range(page.model.rowCount())}
    assert programs == {"Ant Forest"}
    assert [ui.programFilter.itemText(i) for i in range(ui.programFilter.count())] == [
        "All programs", "Alipay Philanthropy", "Ant Forest"]
    qtbot.keyClicks(ui.fromEdit, "2018-02")
    qtbot.keyClicks(ui.toEdit, "2018-Q1")
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=SEARCH_DELAY_MS * 8)
    qtbot.mouseClick(ui.clearFiltersButton, Qt.MouseButton.LeftButton)
    assert page.model.total == 5


def test_unreadable_period_filter_is_marked_not_applied(qtbot, window):
    page = window.page("entries")
    qtbot.keyClicks(page.ui.fromEdit, "someday")
    qtbot.waitUntil(lambda: page.ui.filterErrorLabel.text() != "", timeout=SEARCH_DELAY_MS * 8)
    assert page.ui.fromEdit.property("invalid") is True
    assert page.model.total == 5
    page.ui.fromEdit.setText("2018-13")
    qtbot.waitUntil(lambda: "13" in page.ui.filterErrorLabel.text(), timeout=SEARCH_DELAY_MS * 8)
    assert page.ui.filterErrorLabel.text() == "There is no month 13."  # a sentence, not "there is…"


def test_a_unit_filter_brings_the_units_under_it_as_the_entries_command_does(qtbot, window, store):
    parent = next(unit.id for unit in catalog.list_business_units(store) if unit.name == "Ant Financial")
    child = catalog.add_business_unit(store, "Ant Kids", parent_id=parent)
    add_generated(store, catalog.add_program(store, child, "Saplings"), 1)
    window.context.notify("catalog")
    page = window.page("entries")
    ui = page.ui
    ui.unitFilter.setCurrentIndex(ui.unitFilter.findText("Ant Financial"))
    qtbot.waitUntil(lambda: page.model.total == 4)  # its three entries and its sub-unit's one
    assert [ui.programFilter.itemText(i) for i in range(ui.programFilter.count())] == [
        "All programs", "Alipay Philanthropy", "Ant Forest", "Saplings"]
    ui.unitFilter.setCurrentIndex(ui.unitFilter.findText("Ant Kids"))
    qtbot.waitUntil(lambda: page.model.total == 1)


def test_a_backwards_range_is_explained_not_applied(qtbot, window):
    page = window.page("entries")
    qtbot.keyClicks(page.ui.fromEdit, "2019")
    qtbot.keyClicks(page.ui.toEdit, "2018")
    qtbot.waitUntil(lambda: page.ui.filterErrorLabel.text() != "", timeout=SEARCH_DELAY_MS * 8)
    assert page.ui.filterErrorLabel.text() == "The range ends (2018-12-31) before it starts (2019-01-01)."
    assert page.model.total == 5


def test_new_entry_from_any_page_with_ctrl_n(qtbot, window, store):
    window.show_page("overview")

    def fill(dialog):
        qtbot.keyClicks(dialog.ui.programCombo.lineEdit(), "Cainiao > Green")
        dialog.ui.programCombo.setCurrentIndex(dialog.ui.programCombo.findText("Cainiao › Green logistics"))
        qtbot.keyClicks(dialog.ui.valueEdit, "4")
        qtbot.keyClicks(dialog.ui.periodEdit, "2018-05-02")
        qtbot.keyClick(dialog.ui.periodEdit, Qt.Key.Key_Return)

    titles = []
    when_modal(lambda dialog: (titles.append(dialog.windowTitle()), fill(dialog)))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["New entry"]
    assert window.current_page_key() == "entries"
    assert count_entries(store) == 6


def test_selection_survives_the_reload_after_an_edit(qtbot, window, store):
    page = window.page("entries")
    table = table_of(window)
    table.selectRow(1)
    chosen = page.selected_entries()[0].id

    def change_note(dialog):
        qtbot.keyClicks(dialog.ui.noteEdit, " checked")
        qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_Return)

    when_modal(change_note)
    page.edit_selected()
    assert [entry.id for entry in page.selected_entries()] == [chosen]
    assert page.selected_entries()[0].draft.note.endswith("checked")


def test_quick_entry_panel_can_be_hidden_and_stays_hidden(qtbot, window, store):
    page = window.page("entries")
    assert page.ui.quickEntryHost.isVisible()
    page.quick_action.trigger()
    assert not page.ui.quickEntryHost.isVisible()
    again = MainWindow(AppContext(store))
    install_pages(again, again.context)
    qtbot.addWidget(again)
    assert not again.page("entries").quick_action.isChecked()


def test_a_new_sort_on_a_big_database_shows_busy_never_the_old_rows(qtbot, window):
    page = window.page("entries")
    page.model.background_bytes = 0  # treat this small file as a big one: queries run on the worker
    header = table_of(window).horizontalHeader()
    page.model.refresh()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 5, timeout=10000)
    edited = page.model.entry(0)
    with qtbot.waitSignal(page.model.loaded, timeout=10000):
        header.setSortIndicator(COL_VALUE, Qt.SortOrder.AscendingOrder)  # what a click on the header does
        # until the sorted rows arrive: an empty table that says it is busy, not the old rows
        assert page.model.loading and page.model.rowCount() == 0
        assert page._busy.isVisible() and page.ui.countLabel.text() == "Searching…"
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10000)
    values = [page.model.entry(row).draft.value for row in range(page.model.rowCount())]
    assert values == sorted(values) and len(values) == 5
    assert not page._busy.isVisible() and page.ui.countLabel.text() == "5 entries"
    # the same query again (a reload after an edit) keeps its rows until the new ones are in
    page.model.refresh()
    assert page.model.loading and page.model.rowCount() == 5 and not page._busy.isVisible()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10000)
    assert edited.id in {page.model.entry(row).id for row in range(5)}
