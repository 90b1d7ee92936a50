"""The import wizard, history page and export dialog, driven like a user would (pytest-qt)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.importing import import_history
from impact_desktop.gui.importing import import_wizard as wizard_module
from impact_desktop.gui.importing.import_install import install
from impact_desktop.gui.importing.import_wizard import FILE, MAPPING, PREVIEW, RUN
from impact_desktop.services.import_undo import undo_import
from impact_desktop.storage import imports as batches
from impact_desktop.storage.entries import count_entries, total_value
from tests.gui.fake_window import FakeWindow
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx

# The offscreen platform cannot propagate size hints or raise windows; harmless for these tests.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


@pytest.fixture
def setup(qtbot, store):
    context = AppContext(store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    feature = install(window, context)
    return window, context, feature


def workbook(tmp_path, bad=False):
    rows = [["2018年公益数据"], [], ["事业部", "公益项目", "日期", "捐赠金额（元）", "植树（棵）"],
            ["蚂蚁金服", "蚂蚁森林", dt.date(2018, 3, 1), "3.5万", 100],
            ["菜鸟", "绿色物流", "2018-04", "1.2亿", None],
            ["合计", None, None, None, 100]]
    if bad:
        rows.insert(4, ["菜鸟", "绿色物流", "someday", "lots", None])
    return write_xlsx(tmp_path / ("bad.xlsx" if bad else "good.xlsx"), rows)


def go_to(qtbot, wizard, page):
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: wizard.page() == page and not wizard._busy, timeout=10000)
    except Exception:
        ui = wizard.ui
        raise AssertionError(f"page {wizard.page()} busy {wizard._busy}: {ui.fileHintLabel.text()} | "
                             f"{ui.mappingInfoLabel.text()} | {ui.progressLabel.text()}") from None


def test_install_adds_actions_page_and_drop(setup):
    window, _context, feature = setup
    assert window.pages["imports"][0] == "Import history"
    assert feature.import_action.shortcut().toString() == "Ctrl+I"
    assert feature.import_action in window.menu("file").actions()
    assert feature.export_action in window.menu("file").actions()
    window.fileDropped.emit("/tmp/notes.pdf")
    assert feature.wizard is None


def test_choose_file_preview_and_import(qtbot, setup, store, tmp_path):
    window, context, feature = setup
    wizard = feature.open_wizard()
    assert wizard.page() == FILE and not wizard.ui.nextButton.isEnabled()
    qtbot.keyClicks(wizard.ui.fileEdit, str(workbook(tmp_path)))
    assert wizard.ui.sheetCombo.count() == 2  # automatic + "Data"
    go_to(qtbot, wizard, MAPPING)
    table = wizard.ui.mappingTable
    headers = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert headers == ["事业部", "公益项目", "日期", "捐赠金额（元）", "植树（棵）"]
    assert table.cellWidget(3, 2).currentData() == "metric:donations"
    assert table.item(3, 1).text() == "3.5万"
    go_to(qtbot, wizard, PREVIEW)
    counts = wizard.ui.countsLabel.text()
    assert "<b>3</b> new entries" in counts and "<b>1</b> skipped row (" in counts
    assert "蚂蚁金服" in wizard.ui.newNamesLabel.text()
    assert "Skipped as total rows: row 6 (合计)" in wizard.ui.newNamesLabel.text()
    assert count_entries(store) == 0
    topics = []
    context.events.changed.connect(topics.append)
    with qtbot.waitSignal(wizard.imported, timeout=10000) as blocker:
        qtbot.mouseClick(wizard.ui.importButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].new_count == 3
    qtbot.waitUntil(lambda: wizard.ui.closeButton.isVisible())
    assert wizard.page() == RUN and "Imported <b>3</b> entries" in wizard.ui.resultLabel.text()
    assert count_entries(store) == 3 and total_value(store, "donations") == 120035000
    assert {"entries", "imports"} <= set(topics)
    history = window.pages["imports"][1]
    assert history.ui.batchTable.rowCount() == 1 and history.ui.batchTable.item(0, 9).text() == "3"
    context.undo_stack.undo()  # Ctrl+Z undoes the whole import
    assert count_entries(store) == 0
    context.undo_stack.redo()
    assert count_entries(store) == 3


def test_invalid_rows_are_listed_and_only_valid_rows_imported_on_request(qtbot, setup, store, tmp_path):
    _window, _context, feature = setup
    wizard = feature.open_wizard(str(workbook(tmp_path, bad=True)))
    go_to(qtbot, wizard, MAPPING)
    go_to(qtbot, wizard, PREVIEW)
    invalid = wizard.ui.invalidTable
    assert invalid.rowCount() == 2
    assert [invalid.item(0, c).text() for c in range(4)] == ["Data", "5", "日期", "someday"]
    assert not wizard.ui.importButton.isEnabled()
    wizard.ui.skipInvalidCheck.setChecked(True)
    assert wizard.ui.importButton.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10000) as blocker:
        qtbot.mouseClick(wizard.ui.importButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].error_file == tmp_path / "bad.errors.xlsx"
    assert count_entries(store) == 3


def test_cancel_during_import_leaves_the_store_unchanged(qtbot, setup, store, tmp_path, monkeypatch):
    _window, _context, feature = setup
    real_commit = wizard_module.commit_import
    started = threading.Event()

    def slow_commit(store_, preview, *, cancelled, **kwargs):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return real_commit(store_, preview, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(wizard_module, "commit_import", slow_commit)
    wizard = feature.open_wizard(str(workbook(tmp_path)))
    go_to(qtbot, wizard, MAPPING)
    go_to(qtbot, wizard, PREVIEW)
    qtbot.mouseClick(wizard.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10000)
    qtbot.mouseClick(wizard.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10000)
    assert "nothing was changed" in wizard.ui.resultLabel.text()
    assert count_entries(store) == 0 and batches.list_batches(store) == []
    assert wizard.ui.backButton.isEnabled()


def test_unreadable_file_shows_one_sentence_on_the_first_page(qtbot, setup, tmp_path):
    _window, _context, feature = setup
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 truncated")
    wizard = feature.open_wizard(str(path))
    assert "damaged or incomplete" in wizard.ui.fileHintLabel.text()
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10000)
    assert wizard.page() == FILE and "damaged or incomplete" in wizard.ui.fileHintLabel.text()


def test_saved_preset_is_applied_to_the_same_columns(qtbot, setup, store, tmp_path):
    _window, _context, feature = setup
    path = write_xlsx(tmp_path / "odd.xlsx", [["BU", "Program", "When", "Gifts"], ["Amap", "Map", "2018-03", 9]])
    wizard = feature.open_wizard(str(path))
    go_to(qtbot, wizard, MAPPING)
    table = wizard.ui.mappingTable
    from impact_desktop.gui.importing.import_mapping_table import set_field

    set_field(table, 2, "period")
    set_field(table, 3, "metric:donations")
    qtbot.keyClicks(wizard.ui.presetNameEdit, "Amap monthly")
    qtbot.mouseClick(wizard.ui.savePresetButton, Qt.MouseButton.LeftButton)
    assert batches.find_preset(store, name="Amap monthly").mapping["Gifts"] == "metric:donations"
    wizard.close()
    again = feature.open_wizard(str(path))
    go_to(qtbot, again, MAPPING)
    assert "Amap monthly" in again.ui.mappingInfoLabel.text()
    assert again.ui.mappingTable.cellWidget(3, 2).currentData() == "metric:donations"


def test_history_undo_asks_first(qtbot, setup, store, tmp_path, monkeypatch):
    window, context, _feature = setup
    from tests.import_helpers import import_file

    import_file(store, workbook(tmp_path))
    context.notify("imports")
    history = window.pages["imports"][1]
    assert history.ui.batchTable.rowCount() == 1 and history.ui.undoButton.isEnabled()
    monkeypatch.setattr(import_history, "ask_to_remove", lambda *a, **k: False)
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    assert count_entries(store) == 3
    monkeypatch.setattr(import_history, "ask_to_remove", lambda *a, **k: True)
    shapes = []
    real_undo = import_history.undo_batch

    def undo_watched(*args):
        shapes.append(QGuiApplication.overrideCursor().shape())  # a big undo takes seconds: the user sees it
        return real_undo(*args)

    monkeypatch.setattr(import_history, "undo_batch", undo_watched)
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    assert count_entries(store) == 0
    assert shapes == [Qt.CursorShape.WaitCursor] and QGuiApplication.overrideCursor() is None
    assert history.ui.batchTable.item(0, 10).text().startswith("Undone") and not history.ui.undoButton.isEnabled()
    context.undo_stack.undo()
    assert count_entries(store) == 3


def _import_through_the_wizard(qtbot, feature, tmp_path):
    wizard = feature.open_wizard(str(workbook(tmp_path)))
    go_to(qtbot, wizard, MAPPING)
    go_to(qtbot, wizard, PREVIEW)
    with qtbot.waitSignal(wizard.imported, timeout=10000) as blocker:
        qtbot.mouseClick(wizard.ui.importButton, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_undoing_an_import_undone_meanwhile_on_another_path_is_shown_to_the_user(qtbot, setup, store, tmp_path):
    _window, context, feature = setup
    result = _import_through_the_wizard(qtbot, feature, tmp_path)
    assert context.undo_stack.undoText() == "Import of good.xlsx"
    undo_import(store, result.batch_id)  # e.g. 'impact-desktop imports undo' while the window is open
    problems = []
    context.events.problem.connect(problems.append)
    context.undo_stack.undo()
    assert len(problems) == 1
    assert "Import of good.xlsx" in problems[0] and "already undone" in problems[0]
    assert context.undo_stack.count() == 0  # the step no longer applies: it is dropped, not offered again
    assert count_entries(store) == 0 and batches.get_batch(store, result.batch_id).undone_at


def test_bringing_back_an_import_brought_back_meanwhile_is_shown_to_the_user(qtbot, setup, store, tmp_path):
    _window, context, feature = setup
    result = _import_through_the_wizard(qtbot, feature, tmp_path)
    ids = batches.batch_entry_ids(store, result.batch_id)
    context.undo_stack.undo()
    assert count_entries(store) == 0
    batches.restore_batch(store, result.batch_id, ids)  # brought back on another path
    problems = []
    context.events.problem.connect(problems.append)
    context.undo_stack.redo()
    assert len(problems) == 1 and "in the store already" in problems[0]
    assert count_entries(store) == 3


def test_history_undo_of_a_batch_undone_meanwhile_says_so_and_changes_nothing(qtbot, setup, store, tmp_path,
                                                                             monkeypatch):
    from tests.gui.main_helpers import when_modal

    window, context, _feature = setup
    result = import_file(store, workbook(tmp_path))
    context.notify("imports")
    history = window.pages["imports"][1]
    assert history.ui.undoButton.isEnabled()
    undo_import(store, result.batch_id)  # on another path; the page has not heard of it yet
    monkeypatch.setattr(import_history, "ask_to_remove", lambda *a, **k: True)
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.close()))
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "already undone" in shown[0]
    assert context.undo_stack.count() == 0
    assert history.ui.batchTable.item(0, 10).text().startswith("Undone") and not history.ui.undoButton.isEnabled()


def test_export_dialog_writes_the_chosen_file(qtbot, setup, demo_store, tmp_path):
    _window, _context, feature = setup
    dialog = feature.open_export()
    index = dialog.ui.metricCombo.findData("trees_planted")
    dialog.ui.metricCombo.setCurrentIndex(index)
    assert "12 entries" in dialog.ui.countLabel.text()
    dialog.ui.kindCombo.setCurrentIndex(1)
    target = tmp_path / "trees.csv"
    dialog.export_now(str(target))
    qtbot.waitUntil(lambda: "Exported 12 entries" in dialog.ui.countLabel.text(), timeout=10000)
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 13


def test_dropping_another_file_restarts_from_its_header(qtbot, setup, tmp_path):
    window, _context, feature = setup
    wizard = feature.open_wizard(str(workbook(tmp_path)))
    go_to(qtbot, wizard, MAPPING)
    other = write_xlsx(tmp_path / "other.xlsx", [["Program", "Date", "Trees planted"], ["Ant Forest", "2018-03", 5]])
    window.fileDropped.emit(str(other))
    assert feature.wizard is wizard and wizard.page() == FILE
    assert wizard.ui.fileEdit.text() == str(other)
    go_to(qtbot, wizard, MAPPING)
    assert wizard.ui.mappingTable.rowCount() == 3


def test_a_column_nobody_mapped_blocks_the_import_until_the_user_decides(qtbot, setup, store, tmp_path):
    _window, _context, feature = setup
    rows = [["Business unit", "Program", "Date", "Donations", "Meals served"],
            ["Amap", "Map", "2018-03", 100, None], ["Amap", "Map", "2018-04", 200, None],
            ["Amap", "Map", "2018-05", 300, None], ["Amap", "Map", "2018-06", 400, 80, "checked by Li"]]
    wizard = feature.open_wizard()
    qtbot.keyClicks(wizard.ui.fileEdit, str(write_xlsx(tmp_path / "meals.xlsx", rows)))
    go_to(qtbot, wizard, MAPPING)
    table = wizard.ui.mappingTable
    assert table.rowCount() == 5 and table.cellWidget(4, 2).currentData() == ""  # "(not mapped)"
    go_to(qtbot, wizard, PREVIEW)
    assert not wizard.ui.importButton.isEnabled()
    assert "“Meals served”, “column F”" in wizard.ui.newNamesLabel.text()
    assert "not mapped" in wizard.ui.importButton.toolTip()
    invalid = wizard.ui.invalidTable
    reasons = [invalid.item(row, 4).text() for row in range(invalid.rowCount())]
    assert len(reasons) == 2 and all("column mapping table" in r and "--map" not in r for r in reasons), reasons
    qtbot.mouseClick(wizard.ui.backButton, Qt.MouseButton.LeftButton)
    assert wizard.page() == MAPPING and table.rowCount() == 6  # the column without a header is offered too
    for row in (4, 5):
        combo = table.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findText("Leave out this column"))
    go_to(qtbot, wizard, PREVIEW)
    assert wizard.ui.importButton.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10000) as blocker:
        qtbot.mouseClick(wizard.ui.importButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].new_count == 4 and total_value(store, "donations") == 1000


def test_the_undo_confirmation_button_says_what_it_does(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    box = import_history.removal_box(parent, "Undo import", "Remove the 3 entries?")
    texts = [b.text() for b in box.buttons()]
    assert "&Remove the import" in texts and not any("Yes" in t for t in texts)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
