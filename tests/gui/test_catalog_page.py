"""The Business units & programs page, driven through its real widgets on a real file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit

from impact_desktop.core import names
from impact_desktop.gui.catalog.catalog_dialogs import BusinessUnitDialog, ProgramDialog
from impact_desktop.gui.catalog.catalog_page import ARCHIVED_ROLE, CatalogPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.services import catalog_names
from impact_desktop.storage import catalog
from tests.gui.main_helpers import type_text

# The offscreen platform warns when any window is shown; nothing to do with our code.
pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("background_work_finished")]



@pytest.fixture
def page(qtbot, store):
    widget = CatalogPage(AppContext(store))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def _item_named(page, name):
    tree = page.ui.tree
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        if item.text(0) == name:
            return item
        pending.extend(item.child(i) for i in range(item.childCount()))
    return None


def _add_unit(qtbot, page, name):
    qtbot.mouseClick(page.ui.addUnitButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, BusinessUnitDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _item_named(page, name) is not None)


def test_empty_page_says_what_to_do(page):
    assert page.ui.treeStack.currentWidget() is page.ui.treeEmptyLabel
    assert "Add business unit" in page.ui.treeEmptyLabel.text()
    assert not page.ui.addProgramButton.isEnabled()


def test_create_unit_and_program_rename_undo_redo_archive(qtbot, page, store):
    context = page.context
    _add_unit(qtbot, page, "Ant Financial")
    unit = catalog.find_business_unit(store, "Ant Financial")
    assert unit is not None and unit.parent_id is None

    page.select("business_unit", unit.id)
    qtbot.mouseClick(page.ui.addProgramButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ProgramDialog)
    assert not dialog.ok_button.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.ui.nameEdit, "Ant Forest")
    qtbot.keyClicks(dialog.ui.geographyEdit, "Arid regions of China")
    qtbot.keyClicks(dialog.ui.endEdit, "2017-01-01")
    qtbot.keyClicks(dialog.ui.startEdit, "2017-04-01")
    assert dialog.ui.errorLabel.isVisible() and "before it starts" in dialog.ui.errorLabel.text()
    assert not dialog.ok_button.isEnabled()
    dialog.ui.endEdit.clear()
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _item_named(page, "Ant Forest") is not None)
    program = catalog.find_program(store, unit.id, "Ant Forest")
    assert program.geography == "Arid regions of China" and program.start_date == "2017-04-01"

    # Rename in place with F2.
    page.select("program", program.id)
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_F2)
    editors = page.ui.tree.viewport().findChildren(QLineEdit)
    assert len(editors) == 1, "F2 opens an in-place editor"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "Ant Forest Green Points")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: catalog.get_program(store, program.id).name == "Ant Forest Green Points")
    qtbot.waitUntil(lambda: _item_named(page, "Ant Forest Green Points") is not None)

    context.undo_stack.undo()
    assert catalog.get_program(store, program.id).name == "Ant Forest"
    qtbot.waitUntil(lambda: _item_named(page, "Ant Forest") is not None)
    context.undo_stack.redo()
    assert catalog.get_program(store, program.id).name == "Ant Forest Green Points"

    # Archive: gone from the tree, back greyed with "Show archived".
    qtbot.waitUntil(lambda: _item_named(page, "Ant Forest Green Points") is not None)
    page.select("program", program.id)
    assert page.ui.archiveButton.text() == "Archive"
    qtbot.mouseClick(page.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert catalog.get_program(store, program.id).archived
    qtbot.waitUntil(lambda: _item_named(page, "Ant Forest Green Points") is None)
    page.ui.showArchivedCheck.click()
    item = _item_named(page, "Ant Forest Green Points")
    assert item is not None and item.data(0, ARCHIVED_ROLE)
    grey = page.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert item.foreground(0).color() == grey
    assert item.font(0).italic()
    page.ui.tree.setCurrentItem(item)
    assert page.ui.archiveButton.text() == "Unarchive"

    # Undo the archive and the add: the program leaves the store's live rows.
    context.undo_stack.undo()
    assert not catalog.get_program(store, program.id).archived
    while context.undo_stack.canUndo():
        context.undo_stack.undo()
    assert catalog.list_programs(store) == [] and catalog.list_business_units(store) == []
    context.undo_stack.redo()
    assert [u.name for u in catalog.list_business_units(store)] == ["Ant Financial"]


def test_duplicate_name_keeps_dialog_open_with_reason(qtbot, page, store):
    catalog.add_business_unit(store, "Cainiao")
    page.refresh()
    qtbot.mouseClick(page.ui.addUnitButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.ui.nameEdit, "Cainiao")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "already used" in dialog.ui.errorLabel.text()
    assert len(catalog.list_business_units(store)) == 1
    assert page.context.undo_stack.count() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_name_of_another_unit_in_another_case_or_language_keeps_the_dialog_open(qtbot, page, store):
    cainiao = catalog.add_business_unit(store, "Cainiao")
    catalog_names.change_with_names(store, None, names.BUSINESS_UNIT, cainiao, ["菜鸟"])
    page.refresh()
    for name in ("cainiao", "菜鸟"):
        qtbot.mouseClick(page.ui.addUnitButton, Qt.MouseButton.LeftButton)
        dialog = page.active_dialog
        type_text(qtbot, dialog.ui.nameEdit, name)
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.ui.errorLabel.text() == f"'{name}' is already a name of the business unit Cainiao."
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert [unit.name for unit in catalog.list_business_units(store)] == ["Cainiao"]
    assert page.context.undo_stack.count() == 0


def test_detail_pane_shows_figures_by_aggregation_rule(qtbot, demo_store):
    page = CatalogPage(AppContext(demo_store))
    qtbot.addWidget(page)
    unit = catalog.find_business_unit(demo_store, "Cainiao")
    program = catalog.find_program(demo_store, unit.id, "Green logistics recycling")
    table = page.ui.figuresTable
    with qtbot.waitSignal(page.figures.computed):  # added up on a worker thread
        page.select("program", program.id)
    assert page.ui.unitValue.text() == "Cainiao"
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows, page.ui.figuresNote.text()
    # A stock: the latest level (5,000 facilities), never the sum of twelve months.
    assert rows["Recycling facilities"] == "5,000 facilities"
    group = catalog.find_business_unit(demo_store, "Alibaba Group")
    with qtbot.waitSignal(page.figures.computed):
        page.select("business_unit", group.id)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Donations"] == "1,270,000,000.00 CNY"  # written as on Entries
    assert "nested units" in page.ui.figuresCaption.text()
    assert rows["Volunteers"] == "15,000,000 people"  # a distinct count, as entered


def test_detail_pane_names_a_missing_rate(qtbot, demo_store):
    from impact_desktop.storage.rates import delete_rates, list_rates
    from impact_desktop.storage.settings import Settings, save_settings

    save_settings(demo_store, Settings(reporting_currency="USD"))
    delete_rates(demo_store, [rate.id for rate in list_rates(demo_store)])
    page = CatalogPage(AppContext(demo_store))
    qtbot.addWidget(page)
    group = catalog.find_business_unit(demo_store, "Alibaba Group")
    with qtbot.waitSignal(page.figures.computed):
        page.select("business_unit", group.id)
    assert "Missing currency rate CNY→USD" in page.ui.figuresNote.text()
    assert page.ui.figuresTable.isHidden()


def test_follows_the_store_when_another_database_is_opened(qtbot, page, store, other_store):
    catalog.add_business_unit(store, "Amap")
    page.refresh()
    assert _item_named(page, "Amap") is not None
    try:
        catalog.add_business_unit(other_store, "Tmall Global")
        page.context.store = other_store
        page.context.notify("database")
        qtbot.waitUntil(lambda: _item_named(page, "Tmall Global") is not None)
        assert _item_named(page, "Amap") is None
    finally:
        page.context.store = store


def test_redo_that_can_no_longer_apply_is_reported_and_dropped(qtbot, page, store):
    _add_unit(qtbot, page, "Amap")
    stack = page.context.undo_stack
    stack.undo()
    assert catalog.list_business_units(store) == []
    catalog.add_business_unit(store, "Amap")  # the name is taken again meanwhile
    with qtbot.waitSignal(page.context.events.problem, timeout=1000) as shown:
        stack.redo()
    assert "name is used" in shown.args[0], "a failed replay is shown to the user (AppContext.report_problem)"
    assert stack.count() == 0 and not stack.canRedo()
    assert len(catalog.list_business_units(store)) == 1


def test_edit_details_moves_a_program_and_nests_a_unit(qtbot, page, store):
    group = catalog.add_business_unit(store, "Alibaba Group")
    ant = catalog.add_business_unit(store, "Ant Financial")
    cainiao = catalog.add_business_unit(store, "Cainiao")
    program_id = catalog.add_program(store, cainiao, "Ant Forest", cause_area="Environment")
    page.refresh()

    page.select("program", program_id)
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Return)  # Enter edits details
    dialog = page.active_dialog
    assert isinstance(dialog, ProgramDialog)
    assert dialog.ui.causeCombo.currentText() == "Environment"
    dialog.ui.unitCombo.setCurrentIndex(dialog.ui.unitCombo.findData(ant))
    dialog.ui.causeCombo.setEditText("")
    qtbot.keyClicks(dialog.ui.causeCombo, "Desertification")  # free text beyond the list
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    program = catalog.get_program(store, program_id)
    assert program.business_unit_id == ant and program.cause_area == "Desertification"

    qtbot.waitUntil(lambda: page.select("business_unit", ant))
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, BusinessUnitDialog)
    dialog.ui.parentCombo.setCurrentIndex(dialog.ui.parentCombo.findData(group))
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Alipay and Ant Forest")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    unit = catalog.get_business_unit(store, ant)
    assert unit.parent_id == group and unit.description == "Alipay and Ant Forest"
    qtbot.waitUntil(lambda: _item_named(page, "Ant Financial").parent() is not None)
    assert _item_named(page, "Ant Financial").parent().text(0) == "Alibaba Group"

    page.context.undo_stack.undo()
    assert catalog.get_business_unit(store, ant).parent_id is None
    page.context.undo_stack.undo()
    assert catalog.get_program(store, program_id).business_unit_id == cainiao
