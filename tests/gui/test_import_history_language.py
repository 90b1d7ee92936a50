"""The Import history page in the Chinese interface: every column says what it holds."""

from __future__ import annotations

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.importing.import_history import ImportHistoryPage
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx

STATUS_COLUMN = 10


def test_a_live_batch_says_imported_not_the_time_columns_header(qtbot, store, chinese, tmp_path):
    """The status "Imported" shared its text with the header of the time column and read 导入时间 (import time)."""
    path = write_xlsx(tmp_path / "hours.xlsx", [["Business unit", "Program", "Period", "Volunteer hours"],
                                                ["Cainiao", "Green logistics", "2018-05", 12]])
    import_file(store, path)
    page = ImportHistoryPage(AppContext(store))
    qtbot.addWidget(page)
    table = page.ui.batchTable
    assert table.horizontalHeaderItem(0).text() == "导入时间"
    assert table.horizontalHeaderItem(STATUS_COLUMN).text() == "状态"
    assert table.item(0, STATUS_COLUMN).text() == "已导入"
