"""Origin chips ("演示", "Form"…) in the Entries table follow the theme: dark on dark, light on light."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from impact_desktop.core.entries import Origin
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.entries.entries_model import COL_ORIGIN, badge_colours
from impact_desktop.gui.entries.entries_page import EntriesPage
from impact_desktop.gui.shell.theme import apply_theme, dark_palette

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _contrast(a, b) -> float:
    def luminance(color) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("origin", list(Origin))
def test_every_chip_is_readable_in_both_themes(qapp, origin):
    light_bg, light_text = badge_colours(origin, qapp.style().standardPalette())
    dark_bg, dark_text = badge_colours(origin, dark_palette())
    assert light_bg.lightness() > 200 and dark_bg.lightness() < 90
    assert _contrast(light_bg, light_text) >= 4.5 and _contrast(dark_bg, dark_text) >= 4.5


def _chip_pixel(table, row: int):
    """A pixel of the chip's background: the cell's top-left corner, clear of its centred text."""
    rect = table.visualRect(table.model().index(row, COL_ORIGIN))
    image = table.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 3, rect.top() + 3)


def test_the_demo_chip_is_drawn_dark_in_the_dark_theme(qtbot, demo_store, qapp):
    page = EntriesPage(AppContext(demo_store))
    qtbot.addWidget(page)
    page.resize(1400, 600)
    page.show()
    qtbot.waitExposed(page)
    table = page.ui.entriesTable
    qtbot.waitUntil(lambda: table.model().rowCount() > 2)
    table.clearSelection()
    table.scrollTo(table.model().index(0, COL_ORIGIN))
    row = 1
    assert table.model().index(row, COL_ORIGIN).data() in ("Demo", "演示")
    assert _chip_pixel(table, row).lightness() > 200, "a light chip in the light theme"
    try:
        apply_theme(qapp, "dark")
        QApplication.processEvents()
        table.clearSelection()
        assert _chip_pixel(table, row).lightness() < 90, "no light patch in the dark theme"
    finally:
        apply_theme(qapp, "light")
        QApplication.processEvents()
    table.clearSelection()
    assert _chip_pixel(table, row).lightness() > 200, "and light again"
