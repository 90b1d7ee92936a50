"""From an empty database to a saved entry with the keyboard only: welcome → setup → entry form."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from impact_desktop.core import names as n
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.settings.setup_dialog import SetupDialog
from impact_desktop.gui.shell import first_run
from impact_desktop.gui.shell.main_window import MainWindow
from impact_desktop.gui.shell.pages import install_pages
from impact_desktop.services import catalog_names, catalog_sheet
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import count_entries, query_entries
from impact_desktop.storage.settings import load_settings
from tests.gui.main_helpers import isolated_settings, type_text, when_modal  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def tab_to(qtbot, target, presses: int = 8) -> None:
    """Press Tab until ``target`` has the keyboard focus (as a user does)."""
    window = target.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(presses):
        if window.focusWidget() is target:
            return
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
    assert window.focusWidget() is target, window.focusWidget()


def test_an_empty_database_reaches_a_saved_entry_by_keyboard(qtbot, store, tmp_path, isolated_settings):  # noqa: F811
    context = AppContext(store)
    window = MainWindow(context)
    install_pages(window, context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    welcome = first_run.maybe_show(context, settings, parent=window)
    qtbot.waitUntil(welcome.isVisible)
    tab_to(qtbot, welcome.ui.emptyButton)
    qtbot.keyClick(welcome.ui.emptyButton, Qt.Key.Key_Space)  # Start empty
    setup = welcome.setup_dialog
    qtbot.waitUntil(setup.isVisible)
    setup.activateWindow()
    qtbot.waitUntil(lambda: setup.isActiveWindow() and setup.ui.organisationEdit.hasFocus())
    type_text(qtbot, setup.ui.organisationEdit, "Alibaba Group")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # reporting currency: CNY stays
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # fiscal year: April stays
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert setup.ui.catalogEdit.hasFocus()
    type_text(qtbot, setup.ui.catalogEdit, "Ant Financial = 蚂蚁金服 / Ant Forest")
    qtbot.keyClick(setup.ui.catalogEdit, Qt.Key.Key_Return)
    type_text(qtbot, setup.ui.catalogEdit, "Cainiao / Green logistics recycling")
    save = setup.ui.buttonBox.buttons()[0] if setup.ui.buttonBox.buttons()[0].text() == "&Save and start" \
        else setup.ui.buttonBox.buttons()[1]
    tab_to(qtbot, save)
    qtbot.keyClick(save, Qt.Key.Key_Space)  # Save and start
    qtbot.waitUntil(lambda: not setup.isVisible())
    assert load_settings(store).organisation == "Alibaba Group" and load_settings(store).fiscal_start_month == 4
    assert {p.name for p in catalog.list_programs(store)} == {"Ant Forest", "Green logistics recycling"}
    assert catalog_names.find(store, n.BUSINESS_UNIT, "蚂蚁金服").name == "Ant Financial"

    seen = []

    def fill_entry(dialog) -> None:
        try:
            _fill_entry(dialog)
        except BaseException as exc:  # a failed check must not leave the modal dialog waiting
            seen.append(exc)
            dialog.reject()

    def _fill_entry(dialog) -> None:
        ui = dialog.ui
        seen.append(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.isActiveWindow() and ui.programCombo.lineEdit().hasFocus())
        type_text(qtbot, ui.programCombo.lineEdit(), "forest")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # the only match is accepted
        assert ui.programCombo.currentText() == "Ant Financial › Ant Forest" and not ui.programError.isVisible()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # past "New…" to the metric (Donations)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert ui.valueEdit.hasFocus()
        type_text(qtbot, ui.valueEdit, "1.2万")
        assert ui.valueHint.text() == "Understood as 12,000"
        qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Tab)  # the currency: CNY
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert ui.periodEdit.hasFocus()
        type_text(qtbot, ui.periodEdit, "2018-03")
        qtbot.keyClick(ui.periodEdit, Qt.Key.Key_Return)  # Save is the default button

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    when_modal(fill_entry)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen and not isinstance(seen[-1], BaseException), seen
    qtbot.waitUntil(lambda: count_entries(store) == 1, timeout=5000)
    entry = query_entries(store, limit=1)[0]
    assert entry.draft.value == Decimal(12000) and entry.draft.currency == "CNY" and seen
    page = window.page("entries")  # the saved entry is selected and in view
    qtbot.waitUntil(lambda: [e.id for e in page.selected_entries()] == [entry.id], timeout=5000)


def test_units_and_programs_read_from_the_template(qtbot, store, tmp_path):
    path = catalog_sheet.write_template(tmp_path / "units.xlsx")
    dialog = SetupDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.read_sheet(str(path))
    assert dialog.ui.catalogEdit.toPlainText().splitlines() == [
        "Alibaba Group = 阿里巴巴集团 / Employee volunteering = 员工志愿服务",
        "Ant Financial = 蚂蚁金服 / Ant Forest = 蚂蚁森林"]
    dialog.ui.organisationEdit.setText("Alibaba Group")
    dialog.accept()
    ant = catalog.find_business_unit(store, "Ant Financial")
    group = catalog.find_business_unit(store, "Alibaba Group")
    assert ant.parent_id == group.id  # the sheet's parent unit is kept
    forest = catalog.find_program(store, ant.id, "Ant Forest")
    assert forest.cause_area == "Environment" and catalog_names.names_of(store, n.PROGRAM, forest.id) == ["蚂蚁森林"]


def test_the_setup_says_what_is_missing(qtbot, store):
    dialog = SetupDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "organisation" in dialog.ui.errorLabel.text() or "business unit" in dialog.ui.errorLabel.text()
    dialog.ui.organisationEdit.setText("Org")
    dialog.ui.catalogEdit.setPlainText(" / Orphan program")
    dialog.accept()
    assert "no business unit" in dialog.ui.errorLabel.text() and catalog.list_business_units(store) == []


def test_the_entry_form_creates_a_program_and_its_unit_inline(qtbot, store):
    from impact_desktop.gui.catalog.catalog_dialogs import BusinessUnitDialog, ProgramDialog
    from impact_desktop.gui.entries.entry_dialog import EntryDialog

    context = AppContext(store)
    dialog = EntryDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.programCombo.count() == 0  # an empty list, but not a dead end:
    type_text(qtbot, dialog.ui.programCombo.lineEdit(), "Ant Forest")
    qtbot.mouseClick(dialog.ui.newProgramButton, Qt.MouseButton.LeftButton)
    program_dialog = dialog.form.program_dialog
    assert isinstance(program_dialog, ProgramDialog) and program_dialog.ui.nameEdit.text() == "Ant Forest"
    assert program_dialog.ui.unitCombo.count() == 0 and "New…" in program_dialog.ui.unitCombo.placeholderText()
    qtbot.mouseClick(program_dialog.ui.newUnitButton, Qt.MouseButton.LeftButton)
    unit_dialog = program_dialog.unit_dialog
    assert isinstance(unit_dialog, BusinessUnitDialog)
    unit_dialog.ui.nameEdit.setText("Ant Financial")
    qtbot.mouseClick(unit_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert program_dialog.ui.unitCombo.currentText() == "Ant Financial"
    qtbot.mouseClick(program_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.programCombo.currentText() == "Ant Financial › Ant Forest"
    assert dialog.form.program_id() == catalog.list_programs(store)[0].id
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert catalog.list_programs(store) == [] and catalog.list_business_units(store) == []


def test_quick_entry_shows_no_error_while_the_first_characters_are_typed(qtbot, store):
    from impact_desktop.gui.entries.quick_entry import QuickEntryPanel

    unit = catalog.add_business_unit(store, "Cainiao")
    catalog.add_program(store, unit, "Green logistics recycling")
    panel = QuickEntryPanel(AppContext(store))
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.ui.programCombo.lineEdit().setFocus()
    panel.ui.programCombo.setEditText("")
    qtbot.keyClicks(panel.ui.programCombo.lineEdit(), "gre")
    assert "program" not in panel.form.visible_errors() and "#c62828" not in panel.ui.messageLabel.styleSheet()
    qtbot.keyClick(panel.ui.programCombo.lineEdit(), Qt.Key.Key_Tab)  # the only match is taken on leaving
    assert panel.ui.programCombo.currentText() == "Cainiao › Green logistics recycling"
    panel.ui.periodEdit.setFocus()
    qtbot.keyClicks(panel.ui.periodEdit, "20")
    assert "period" not in panel.form.visible_errors()
    qtbot.keyClick(panel.ui.periodEdit, Qt.Key.Key_Tab)  # leaving a half-typed period shows its problem
    assert "period" in panel.form.visible_errors()
