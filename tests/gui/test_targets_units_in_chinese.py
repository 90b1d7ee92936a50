"""The Targets page and the catalogue's figures write built-in units in the interface language."""

from __future__ import annotations

import pytest

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.settings.targets_page import TargetsPage

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("background_work_finished")]


def _cells(page: TargetsPage) -> set[str]:
    table = page.ui.table
    return {table.item(row, column).text() for row in range(table.rowCount())
            for column in range(table.columnCount()) if table.item(row, column)}


def test_targets_in_chinese_write_hours_and_trees_in_chinese(qtbot, demo_store, chinese):
    page = TargetsPage(AppContext(demo_store))
    qtbot.addWidget(page)
    page.show()
    cells = _cells(page)
    assert "90,000,000 棵" in cells and "250,000 小时" in cells, cells
    assert not any(cell.endswith((" trees", " hours")) for cell in cells), cells


def test_targets_in_english_keep_their_english_units(qtbot, demo_store):
    page = TargetsPage(AppContext(demo_store))
    qtbot.addWidget(page)
    page.show()
    cells = _cells(page)
    assert "90,000,000 trees" in cells and "250,000 hours" in cells, cells
