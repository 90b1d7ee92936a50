"""The wizard's "What will be stored" table and its "same as" choice, driven with qtbot, then undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from impact_desktop.core import names as n
from impact_desktop.gui.importing.import_wizard import MAPPING, NAMES_TAB, PREVIEW, STORED_TAB
from impact_desktop.services import catalog_names
from impact_desktop.services.demo import load_demo
from impact_desktop.services.import_figures import COLUMNS
from tests.gui.test_import_wizard import go_to, setup  # noqa: F401 (fixture)
from tests.unit.io_files import write_xlsx

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


def _cell(model, row, key):
    return model.data(model.index(row, COLUMNS.index(key)))


def test_same_as_ties_a_new_name_and_undoing_the_import_unties_it(qtbot, setup, store, tmp_path):  # noqa: F811
    _window, context, feature = setup
    load_demo(store)
    path = write_xlsx(tmp_path / "cn.xlsx", [["事业部", "公益项目", "日期", "捐赠金额（万元）"],
                                             ["菜鸟网络", "绿色物流回收", "2018-05", 320.5],
                                             ["蚂蚁金服", "蚂蚁森林", "2018-05", 1]])
    wizard = feature.open_wizard(str(path))
    go_to(qtbot, wizard, MAPPING)
    go_to(qtbot, wizard, PREVIEW)
    ui = wizard.ui
    assert ui.previewTabs.currentIndex() == NAMES_TAB and ui.previewTabs.isTabVisible(NAMES_TAB)
    assert "菜鸟网络" in ui.newNamesLabel.text()
    model = wizard.figures_model
    assert _cell(model, 0, "written") == "320.5" and _cell(model, 0, "value") == "3,205,000"
    assert _cell(model, 0, "unit") == "CNY" and _cell(model, 0, "business_unit") == "菜鸟网络"
    unit_row = next(r for r in range(ui.namesTable.rowCount()) if ui.namesTable.item(r, 1).text() == "菜鸟网络")
    combo = ui.namesTable.cellWidget(unit_row, 2)
    assert combo.currentText() == "Create it" and combo.itemText(1) == "Same as Cainiao (菜鸟)"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # a user picks the first suggestion
    qtbot.waitUntil(lambda: not wizard._busy and wizard._preview.new_business_units == [], timeout=10000)
    assert ui.previewTabs.currentIndex() == NAMES_TAB  # the preview was checked again; the user stays here
    assert "菜鸟网络" not in ui.newNamesLabel.text() and _cell(model, 0, "business_unit") == "Cainiao"
    assert ui.namesTable.cellWidget(0, 2).currentText() == "Same as Cainiao (菜鸟)"
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    cainiao = catalog_names.find(store, n.BUSINESS_UNIT, "菜鸟网络")
    assert cainiao is not None and cainiao.name == "Cainiao"
    context.undo_stack.undo()  # undoing the import takes the name away again
    qtbot.waitUntil(lambda: catalog_names.find(store, n.BUSINESS_UNIT, "菜鸟网络") is None, timeout=10000)


def test_the_stored_table_filters_by_status_and_sorts(qtbot, setup, store, tmp_path):  # noqa: F811
    _window, _context, feature = setup
    load_demo(store)
    path = write_xlsx(tmp_path / "en.xlsx", [["Business unit", "Program", "Date", "Trees planted"],
                                             ["Ant Financial", "Ant Forest", "2018-05-01", 9],
                                             ["Ant Financial", "Ant Forest", "2018-05-01", 9],
                                             ["Cainiao", "Green logistics recycling", "2018-05-01", 2]])
    wizard = feature.open_wizard(str(path))
    go_to(qtbot, wizard, MAPPING)
    go_to(qtbot, wizard, PREVIEW)
    ui = wizard.ui
    assert ui.previewTabs.currentIndex() == STORED_TAB
    ui.statusFilterCombo.setCurrentIndex(ui.statusFilterCombo.findData("duplicate"))
    assert wizard.figures_model.rowCount() == 1 and "1 of 3 figures" in ui.storedCountLabel.text()
    ui.statusFilterCombo.setCurrentIndex(0)
    ui.storedView.sortByColumn(COLUMNS.index("value"), Qt.SortOrder.AscendingOrder)
    assert [_cell(wizard.figures_model, r, "value") for r in range(3)] == ["2", "9", "9"]
