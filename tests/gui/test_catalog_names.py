"""Alternative names edited in the unit, program and metric dialogs: saved, refused when taken, undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from impact_desktop.core import names as n
from impact_desktop.gui.catalog.catalog_dialogs import BusinessUnitDialog, ProgramDialog
from impact_desktop.gui.catalog.catalog_page import CatalogPage
from impact_desktop.gui.catalog.metric_dialog import MetricDialog
from impact_desktop.gui.catalog.metrics_page import MetricsPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.services import catalog_names
from impact_desktop.storage import catalog

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("background_work_finished")]



def _names(store, kind, text):
    return catalog_names.names_of(store, kind, catalog_names.find(store, kind, text).target_id)


def test_unit_and_program_dialogs_edit_other_names_undoably(qtbot, demo_store):
    context = AppContext(demo_store)
    page = CatalogPage(context)
    qtbot.addWidget(page)
    page.show()
    ant = catalog.find_business_unit(demo_store, "Ant Financial")
    page.select("business_unit", ant.id)
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, BusinessUnitDialog) and dialog.ui.aliasesEdit.text() == "蚂蚁金服"
    dialog.ui.aliasesEdit.setFocus()
    dialog.ui.aliasesEdit.end(False)
    dialog.ui.aliasesEdit.insert("； 菜鸟")  # Cainiao's name: refused, the dialog stays open
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.active_dialog is dialog and "already a name of the business unit Cainiao" in \
        dialog.ui.errorLabel.text()
    assert _names(demo_store, n.BUSINESS_UNIT, "Ant Financial") == ["蚂蚁金服"]
    dialog.ui.aliasesEdit.setText("蚂蚁金服; Ant Fin；蚂蚁集团")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _names(demo_store, n.BUSINESS_UNIT, "Ant Financial") == ["蚂蚁金服", "Ant Fin", "蚂蚁集团"]
    context.undo_stack.undo()
    assert _names(demo_store, n.BUSINESS_UNIT, "Ant Financial") == ["蚂蚁金服"]
    context.undo_stack.redo()
    assert set(_names(demo_store, n.BUSINESS_UNIT, "Ant Financial")) == {"蚂蚁金服", "Ant Fin", "蚂蚁集团"}

    forest = catalog.find_program(demo_store, ant.id, "Ant Forest")
    page.select("program", forest.id)
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, ProgramDialog) and dialog.ui.aliasesEdit.text() == "蚂蚁森林"
    dialog.ui.aliasesEdit.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _names(demo_store, n.PROGRAM, "Ant Financial/Ant Forest") == []
    context.undo_stack.undo()
    assert _names(demo_store, n.PROGRAM, "Ant Financial/Ant Forest") == ["蚂蚁森林"]


def test_metric_dialog_edits_other_names(qtbot, demo_store):
    context = AppContext(demo_store)
    page = MetricsPage(context)
    qtbot.addWidget(page)
    page.show()
    metric = catalog.get_metric(demo_store, "recycling_facilities")
    page.open_editor(metric)
    dialog = page.active_dialog
    assert isinstance(dialog, MetricDialog) and dialog.ui.aliasesEdit.text() == "回收设施"
    dialog.ui.aliasesEdit.setText("回收设施; 回收站数量")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _names(demo_store, n.METRIC, "recycling_facilities") == ["回收设施", "回收站数量"]
    context.undo_stack.undo()
    assert _names(demo_store, n.METRIC, "recycling_facilities") == ["回收设施"]
