"""Quick entry in a narrow window: the note and Add move to a second row, no field is cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell.main_window import MainWindow
from impact_desktop.gui.shell.pages import install_pages
from tests.gui.main_helpers import isolated_settings  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize(("size", "wrapped"), [((1024, 700), True), ((1920, 1080), False)])
def test_quick_entry_fields_show_their_whole_placeholder(qtbot, demo_store, isolated_settings,  # noqa: F811
                                                         size, wrapped):
    context = AppContext(demo_store)
    window = MainWindow(context)
    install_pages(window, context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("entries")
    QApplication.processEvents()
    assert window.width() == size[0], "the panel never widens the window"
    panel = window.ui.pageStack.currentWidget().quick_entry
    assert panel.isVisible() and panel.wrapped() is wrapped
    for edit in (panel.ui.periodEdit, panel.ui.valueEdit, panel.ui.noteEdit):
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert edit.width() >= needed + 12, f"{edit.objectName()} shows '{edit.placeholderText()}' whole"
    right = panel.ui.addButton.mapTo(panel, panel.ui.addButton.rect().bottomRight()).x()
    assert right <= panel.width(), "the Add button is inside the panel"
