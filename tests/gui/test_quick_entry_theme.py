"""The quick-entry row's messages (saved, mistakes, a future period) and its invalid-field
border are readable in the dark theme and the light one, also when the theme changes while
the Entries page is open: their colours come from the palette, not fixed dark inks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from impact_desktop.gui.shell.theme import apply_theme
from tests.gui.main_helpers import make_catalog
from tests.gui.test_entry_form import shown_quick_entry
from tests.gui.test_origin_chips_theme import _contrast

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _ink(widget) -> tuple[QColor, QColor]:
    """(background, ink) as drawn: the corner pixel, and the drawn pixel farthest from it."""
    image = widget.grab().toImage()
    background = image.pixelColor(0, 0)
    ink = max((image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
              key=lambda color: _contrast(color, background))
    return background, ink


def _message_contrast(panel) -> float:
    QApplication.processEvents()
    background, ink = _ink(panel.ui.messageLabel)
    return _contrast(background, ink)


@pytest.fixture(params=["dark", "light"])
def theme(request, qapp):
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "light")


def test_saved_and_mistake_messages_are_readable(qtbot, store, theme):
    make_catalog(store)
    panel = shown_quick_entry(qtbot, store, "Cainiao › Green logistics", "Trees planted")
    qtbot.waitExposed(panel)
    qtbot.keyClicks(panel.ui.periodEdit, "2018-03")
    qtbot.keyClicks(panel.ui.valueEdit, "12x")
    qtbot.keyClick(panel.ui.valueEdit, Qt.Key.Key_Return)
    assert "not a number" in panel.ui.messageLabel.text()
    assert _message_contrast(panel) >= 4.5
    panel.ui.valueEdit.clear()
    qtbot.keyClicks(panel.ui.valueEdit, "12")
    qtbot.keyClick(panel.ui.valueEdit, Qt.Key.Key_Return)
    assert panel.ui.messageLabel.text().startswith("Saved 12 trees")
    assert _message_contrast(panel) >= 4.5


def test_the_invalid_border_stands_out_from_the_field(qtbot, store, theme):
    """WCAG asks 3:1 for the edge of a control that marks a mistake."""
    make_catalog(store)
    panel = shown_quick_entry(qtbot, store, "Cainiao › Green logistics", "Trees planted")
    qtbot.waitExposed(panel)
    qtbot.keyClicks(panel.ui.valueEdit, "12x")
    qtbot.keyClick(panel.ui.valueEdit, Qt.Key.Key_Return)
    edit = panel.ui.valueEdit
    assert edit.property("invalid") is True
    QApplication.processEvents()
    image = edit.grab().toImage()
    border, field = image.pixelColor(0, edit.height() // 2), edit.palette().color(QPalette.ColorRole.Base)
    assert _contrast(border, field) >= 3, (border.name(), field.name())


def test_a_message_follows_a_theme_switched_while_it_shows(qtbot, store, qapp):
    make_catalog(store)
    panel = shown_quick_entry(qtbot, store, "Cainiao › Green logistics", "Trees planted")
    qtbot.waitExposed(panel)
    qtbot.keyClicks(panel.ui.periodEdit, "2018-03")
    qtbot.keyClicks(panel.ui.valueEdit, "12")
    qtbot.keyClick(panel.ui.valueEdit, Qt.Key.Key_Return)
    try:
        for name in ("dark", "light", "dark"):
            apply_theme(qapp, name)
            assert _message_contrast(panel) >= 4.5, name
    finally:
        apply_theme(qapp, "light")
