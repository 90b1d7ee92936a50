"""The theme switched while the window is open reaches every page: no white slabs left on dark."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell.main_window import MainWindow
from impact_desktop.gui.shell.pages import install_pages
from impact_desktop.gui.shell.theme import apply_theme
from tests.gui.main_helpers import isolated_settings  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _middle(widget):
    """A pixel of the background: right of the middle, low down, clear of text."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 6, image.height() - 4)


def test_entries_table_and_kpi_tiles_follow_a_theme_switched_while_open(qtbot, demo_store,
                                                                           isolated_settings):  # noqa: F811
    context = AppContext(demo_store)
    window = MainWindow(context)
    install_pages(window, context)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("entries")
    entries = window.ui.pageStack.currentWidget()
    table = entries.ui.entriesTable
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    window.show_page("dashboard")
    dashboard = window.ui.pageStack.currentWidget()
    qtbot.waitUntil(lambda: bool(dashboard.tiles) and dashboard.tiles[0].isVisible())
    tile = dashboard.tiles[0]
    app = QApplication.instance()
    assert _middle(tile).lightness() > 180 and _middle(table.viewport()).lightness() > 180
    try:
        apply_theme(app, "dark")
        QApplication.processEvents()
        assert _middle(tile).lightness() < 90, "the tile's background follows the theme"
        window.show_page("entries")
        QApplication.processEvents()
        assert _middle(table.viewport()).lightness() < 90, "the entries table is no white slab on dark"
        text = table.palette().color(table.foregroundRole())
        assert text.lightness() > 180
    finally:
        apply_theme(app, "light")
        QApplication.processEvents()
    assert _middle(table.viewport()).lightness() > 180, "and back to light"
