"""Names follow the interface language outside the catalogue page: the demo's business unit
Ant Financial (alternative name 蚂蚁金服) is 蚂蚁金服 in a Chinese interface and Ant Financial
in an English one, in the entries table, the entry form, the filters, the dashboard menus,
targets and the export dialog. Either name can still be typed where a program is typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from impact_desktop.core import texts
from impact_desktop.core.periods import fiscal_year
from impact_desktop.gui.catalog.catalog_dialogs import INDENT, ProgramDialog
from impact_desktop.gui.catalog.overview_page import OverviewPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.dashboard.install import install
from impact_desktop.gui.entries.entries_model import (
    COL_BUSINESS_UNIT,
    COL_CHANNEL,
    COL_METRIC,
    COL_PROGRAM,
    EntriesModel,
)
from impact_desktop.gui.entries.entries_page import EntriesPage
from impact_desktop.gui.entries.entry_dialog import EntryDialog
from impact_desktop.gui.entries.export_dialog import ExportDialog
from impact_desktop.gui.importing.import_history import ImportHistoryPage
from impact_desktop.gui.importing.import_wizard import MAPPING, PREVIEW, ImportWizard
from impact_desktop.gui.settings.target_dialog import TargetDialog
from impact_desktop.gui.settings.targets_page import TargetsPage
from impact_desktop.services import catalog_names
from impact_desktop.storage import targets
from impact_desktop.storage.entry_queries import get_entry
from tests.gui.fake_window import FakeWindow
from tests.gui.main_helpers import isolated_settings, type_text  # noqa: F401
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: What the demo's things are called in each interface (the demo is loaded in English: the
#: Chinese names are its alternative names).
CHINESE = {"unit": "蚂蚁金服", "other_unit": "阿里巴巴集团", "program": "蚂蚁森林", "channel": "支付宝公益",
           "metric": "平台上的公益组织"}
ENGLISH = {"unit": "Ant Financial", "other_unit": "Alibaba Group", "program": "Ant Forest",
           "channel": "Alipay Philanthropy", "metric": "Nonprofits on the platform"}


@pytest.fixture
def name_language():
    """Sets the interface's name language for one test (as gui/shell/startup.py does) and puts
    back what was there."""
    before = texts.name_language()
    yield texts.set_name_language
    texts.set_name_language(before)


@pytest.fixture(params=["zh_CN", "en", None], ids=["chinese", "english", "main-names"])
def shown(request, name_language):
    """Each test in a Chinese interface, an English one and without a name language; the names expected."""
    name_language(request.param)
    return CHINESE if request.param == "zh_CN" else ENGLISH


def _other(shown: dict[str, str]) -> dict[str, str]:
    """The names that must not show (the other language's)."""
    return CHINESE if shown is ENGLISH else ENGLISH


def _items(combo) -> list[str]:
    """A combo's texts, without the indent that shows a unit's place in the tree."""
    return [combo.itemText(i).lstrip(INDENT) for i in range(combo.count())]


def _id(store, kind, name) -> str:
    return catalog_names.find(store, kind, name).target_id


@pytest.fixture
def entries_page(qtbot, demo_store, isolated_settings, shown):  # noqa: F811 (the language is set first)
    page = EntriesPage(AppContext(demo_store))
    qtbot.addWidget(page)
    return page


def _column(model, column) -> set[str]:
    return {model.data(model.index(row, column)) for row in range(model.rowCount())}


def test_the_entries_table_names_units_programs_metrics_and_channels(entries_page, shown):
    model = entries_page.model
    assert model.rowCount() > 0
    units, programs = _column(model, COL_BUSINESS_UNIT), _column(model, COL_PROGRAM)
    assert shown["unit"] in units and shown["other_unit"] in units
    assert _other(shown)["unit"] not in units and _other(shown)["program"] not in programs
    assert shown["program"] in programs
    assert shown["channel"] in _column(model, COL_CHANNEL)
    assert shown["metric"] in _column(model, COL_METRIC)


def test_the_entries_table_read_on_a_worker_names_them_too(qtbot, demo_store, shown):
    holder = QWidget()  # the model (and its worker) go with it at the end of the test
    qtbot.addWidget(holder)
    model = EntriesModel(lambda: demo_store, holder)
    model.background_bytes = 0  # every store is "big": pages and names are read on the worker thread
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    units = _column(model, COL_BUSINESS_UNIT)
    assert shown["unit"] in units and _other(shown)["unit"] not in units
    assert shown["program"] in _column(model, COL_PROGRAM)


def test_the_entries_filters_offer_the_shown_names_and_filter_by_them(entries_page, shown):
    ui = entries_page.ui
    units = _items(ui.unitFilter)
    assert shown["unit"] in units and shown["other_unit"] in units
    other = _other(shown)
    assert other["unit"] not in units
    assert shown["metric"] in _items(ui.metricFilter)
    ui.unitFilter.setCurrentIndex(units.index(shown["unit"]))
    assert set(_items(ui.programFilter)) == {"All programs", shown["program"],
                                             "支付宝公益" if shown is CHINESE else "Alipay Philanthropy"}
    assert _column(entries_page.model, COL_BUSINESS_UNIT) == {shown["unit"]}


def test_the_entries_search_finds_what_the_table_shows(qtbot, entries_page, shown):
    with qtbot.waitSignal(entries_page.model.loaded, timeout=5000):
        entries_page.ui.searchEdit.setText(shown["unit"])  # searched after a short pause in typing
    assert _column(entries_page.model, COL_BUSINESS_UNIT) == {shown["unit"]}
    with qtbot.waitSignal(entries_page.model.loaded, timeout=5000):
        entries_page.ui.searchEdit.setText(_other(shown)["program"])  # either name finds it
    assert _column(entries_page.model, COL_PROGRAM) == {shown["program"]}


def test_the_entry_form_lists_the_shown_names(qtbot, demo_store, shown):
    dialog = EntryDialog(AppContext(demo_store))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    programs = _items(ui.programCombo)
    assert f"{shown['unit']} › {shown['program']}" in programs
    other = _other(shown)
    assert f"{other['unit']} › {other['program']}" not in programs
    assert shown["metric"] in _items(ui.metricCombo)
    assert shown["channel"] in _items(ui.channelCombo)
    assert other["channel"] not in _items(ui.channelCombo)


@pytest.mark.parametrize("typed", ["Ant Financial › Ant Forest", "蚂蚁金服 › 蚂蚁森林", "Ant Forest", "蚂蚁森林",
                                   "ant forest"])
def test_either_name_of_a_program_can_be_typed(qtbot, demo_store, shown, typed):
    dialog = EntryDialog(AppContext(demo_store))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.programCombo
    combo.setFocus()
    type_text(qtbot, combo.lineEdit(), typed)
    assert dialog.form.program_id() == _id(demo_store, "program", "Ant Financial/Ant Forest")
    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # Tab accepts the program and shows its name in this interface
    assert combo.currentText() == f"{shown['unit']} › {shown['program']}"


def test_the_completer_finds_a_program_by_its_other_name_and_fills_in_the_shown_one(qtbot, demo_store, shown):
    dialog = EntryDialog(AppContext(demo_store))
    qtbot.addWidget(dialog)
    completer = dialog.ui.programCombo.completer()
    other = _other(shown)
    completer.setCompletionPrefix(other["program"])
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == f"{shown['unit']} › {shown['program']}"


def test_the_quick_entry_panel_saves_for_a_program_typed_by_its_other_name(qtbot, entries_page, demo_store, shown):
    quick = entries_page.quick_entry
    entries_page.show()
    ui = quick.ui
    assert f"{shown['unit']} › {shown['program']}" in _items(ui.programCombo)
    ui.programCombo.setFocus()
    type_text(qtbot, ui.programCombo.lineEdit(), _other(shown)["program"])
    ui.metricCombo.setCurrentIndex(ui.metricCombo.findData("trees_planted"))
    type_text(qtbot, ui.periodEdit, "2019-03")
    type_text(qtbot, ui.valueEdit, "7")
    with qtbot.waitSignal(quick.saved, timeout=5000) as saved:
        qtbot.keyClick(ui.valueEdit, Qt.Key.Key_Return)
    stored = get_entry(demo_store, saved.args[0])
    assert stored.draft.program_id == _id(demo_store, "program", "Ant Financial/Ant Forest")
    assert stored.draft.value == 7


def test_the_dashboard_menus_tiles_and_metric_picker_offer_the_shown_names(qtbot, demo_store, shown):
    context = AppContext(demo_store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    page = install(window, context)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        pass
    units = [action.text() for action in page.units_menu.actions()]
    assert shown["unit"] in units and shown["other_unit"] in units
    other = _other(shown)
    assert other["unit"] not in units
    assert shown["program"] in [action.text() for action in page.programs_menu.actions()]
    assert shown["metric"] in _items(page.ui.metricCombo)
    tile = next(t for t in page.tiles if t.kpi is not None and t.kpi.key == "nonprofits_supported")
    assert tile.name_label.text() == shown["metric"]
    action = next(a for a in page.units_menu.actions() if a.text() == shown["unit"])
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        action.trigger()
    assert page.ui.unitsButton.text() == f"Business units: {shown['unit']}"
    assert page.charts["by_unit:donations"].spec.categories == [shown["unit"]]


def test_targets_and_the_target_dialog_use_the_shown_names(qtbot, demo_store, shown):
    forest = _id(demo_store, "program", "Ant Financial/Ant Forest")
    targets.add_target(demo_store, targets.Target("nonprofits_supported", fiscal_year(2018), Decimal(10),
                                                  program_id=forest))
    page = TargetsPage(AppContext(demo_store))
    qtbot.addWidget(page)
    page.show()  # the page reads its targets when first shown
    table = page.ui.table
    cells = {table.item(row, column).text() for row in range(table.rowCount())
             for column in range(table.columnCount()) if table.item(row, column)}
    assert f"Program: {shown['unit']} / {shown['program']}" in cells
    assert shown["metric"] in cells
    dialog = TargetDialog(AppContext(demo_store), lambda _values: None)
    qtbot.addWidget(dialog)
    scopes = _items(dialog.ui.scopeCombo)
    assert shown["unit"] in scopes and f"Program: {shown['unit']} / {shown['program']}" in scopes
    other = _other(shown)
    assert other["unit"] not in scopes
    assert any(item.startswith(shown["metric"] + " (") for item in _items(dialog.ui.metricCombo))


def test_the_export_dialog_and_the_program_dialog_use_the_shown_names(qtbot, demo_store, shown):
    export = ExportDialog(AppContext(demo_store))
    qtbot.addWidget(export)
    assert shown["unit"] in _items(export.ui.unitCombo)
    assert shown["metric"] in _items(export.ui.metricCombo)
    program = ProgramDialog(AppContext(demo_store), lambda _values: None)
    qtbot.addWidget(program)
    units = _items(program.ui.unitCombo)
    other = _other(shown)
    assert shown["unit"] in units and other["unit"] not in units


def test_the_overview_names_metrics_and_units(qtbot, demo_store, shown):
    page = OverviewPage(AppContext(demo_store))
    qtbot.addWidget(page)
    totals = page.ui.totalsTable
    assert shown["metric"] in [totals.item(row, 0).text() for row in range(totals.rowCount())]
    units = page.ui.unitsTable
    headers = [units.horizontalHeaderItem(column).text() for column in range(units.columnCount())]
    assert shown["unit"] in headers and _other(shown)["unit"] not in headers


def test_the_import_mapping_and_history_name_metrics(qtbot, demo_store, shown, tmp_path):
    path = write_xlsx(tmp_path / "platform.xlsx", [["事业部", "公益项目", "日期", "Nonprofits on the platform"],
                                                   ["蚂蚁金服", "蚂蚁森林", "2018-05", 12]])
    wizard = ImportWizard(AppContext(demo_store), str(path))
    qtbot.addWidget(wizard)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.page() == MAPPING and not wizard._busy, timeout=10_000)
    combo = wizard.ui.mappingTable.cellWidget(3, 2)
    assert combo.currentData() == "metric:nonprofits_supported"
    assert combo.currentText() == f"Metric: {shown['metric']}"
    import_file(demo_store, path)
    history = ImportHistoryPage(AppContext(demo_store))
    qtbot.addWidget(history)
    history.ui.batchTable.selectRow(0)
    assert f"Metric: {shown['metric']}" in history.ui.detailLabel.text()


def test_the_import_preview_lists_what_will_be_stored_by_the_names_shown(qtbot, demo_store, shown, tmp_path):
    """"What will be stored" said Ant Financial / Ant Forest / Donations in a Chinese interface, even for a
    file that wrote 蚂蚁金服 / 蚂蚁森林: it took the stored names, not those every other table shows."""
    other = _other(shown)
    path = write_xlsx(tmp_path / "platform.xlsx", [["Business unit", "Program", "Date", other["metric"]],
                                                   [other["unit"], other["program"], "2018-05", 12]])
    wizard = ImportWizard(AppContext(demo_store), str(path))
    qtbot.addWidget(wizard)
    for page in (MAPPING, PREVIEW):
        qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda page=page: wizard.page() == page and not wizard._busy, timeout=10_000)
    figures = wizard.ui.storedView.model().figures
    assert [figures.value(0, key) for key in ("business_unit", "program", "metric")] == \
        [shown["unit"], shown["program"], shown["metric"]]


def test_the_entries_search_in_a_chinese_interface_finds_a_built_in_metric_by_its_chinese_name(
        qtbot, demo_store, isolated_settings, name_language, chinese):  # noqa: F811
    """The table says 捐赠 for Donations (a translation, not an alternative name): typing 捐赠 found nothing."""
    name_language("zh_CN")
    page = EntriesPage(AppContext(demo_store))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.ui.searchEdit.setText("捐赠")
    assert page.model.rowCount() > 0 and _column(page.model, COL_METRIC) == {"捐赠"}
