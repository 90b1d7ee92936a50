"""Conflicts and corrections in the import wizard and the history page, driven like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.importing import import_history
from impact_desktop.gui.importing.import_install import install
from impact_desktop.gui.importing.import_wizard import CONFLICT_TAB, CORRECTION_TAB, MAPPING, PREVIEW
from impact_desktop.storage.catalog import list_programs
from impact_desktop.storage.entries import get_entry, set_entries_deleted, total_value
from tests.gui.fake_window import FakeWindow
from tests.gui.test_import_wizard import go_to
from tests.import_helpers import import_file
from tests.unit.io_files import write_xlsx

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

TREES = ["Business unit", "Program", "Date", "Trees planted"]


@pytest.fixture
def setup(qtbot, store):
    context = AppContext(store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    return window, context, install(window, context)


def trees(tmp_path, value):
    folder = tmp_path / str(value)
    folder.mkdir()
    return write_xlsx(folder / "trees.xlsx", [TREES, ["Ant Financial", "Ant Forest", "2018-03", value]])


def to_preview(qtbot, feature, path):
    wizard = feature.open_wizard(str(path))
    go_to(qtbot, wizard, MAPPING)
    go_to(qtbot, wizard, PREVIEW)
    return wizard


def test_corrections_must_be_chosen_then_replace_and_undo(qtbot, setup, store, tmp_path):
    window, context, feature = setup
    import_file(store, trees(tmp_path, 1000))
    wizard = to_preview(qtbot, feature, trees(tmp_path, 1200))
    ui = wizard.ui
    assert "<b>1</b> correction" in ui.countsLabel.text()
    assert ui.previewTabs.currentIndex() == CORRECTION_TAB and ui.previewTabs.isTabVisible(CORRECTION_TAB)
    assert not ui.previewTabs.isTabVisible(CONFLICT_TAB)
    assert ui.previewTabs.tabText(CORRECTION_TAB) == "Corrections (1)"
    row = [ui.correctionTable.item(0, c).text() for c in range(6)]
    assert row == ["Data", "2", "Ant Forest / Trees planted / 2018-03", "1,000", "1,200",
                   "imported from trees.xlsx row 2"]
    combo = ui.correctionsCombo
    assert combo.isVisible() and combo.currentIndex() == -1 and combo.placeholderText()
    assert not ui.importButton.isEnabled() and "choose" in ui.importButton.toolTip()
    assert "choose what to do with it" in ui.correctionsHintLabel.text()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first choice: replace
    assert combo.currentData() == "replace" and ui.importButton.isEnabled()
    assert "undoing the import brings the stored ones back" in ui.correctionsHintLabel.text()
    with qtbot.waitSignal(wizard.imported, timeout=10000) as blocker:
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert (result.corrections, result.replaced_count) == ("replace", 1)
    qtbot.waitUntil(lambda: ui.closeButton.isVisible())
    assert "Stored figures replaced by the file's corrections: 1." in ui.resultLabel.text()
    assert total_value(store, "trees_planted") == 1200
    history = window.pages["imports"][1]
    assert history.ui.batchTable.item(0, 8).text() == "1"  # the newest batch's corrections
    assert "Correction, sheet Data row 2: Ant Forest / Trees planted / 2018-03 — store 1,000, file 1,200" in \
        history.ui.detailLabel.text()
    context.undo_stack.undo()  # Ctrl+Z: the import is undone and the stored figure comes back
    assert total_value(store, "trees_planted") == 1000
    context.undo_stack.redo()
    assert total_value(store, "trees_planted") == 1200


def test_leave_out_imports_nothing_of_the_corrections(qtbot, setup, store, tmp_path):
    _window, _context, feature = setup
    import_file(store, trees(tmp_path, 1000))
    wizard = to_preview(qtbot, feature, trees(tmp_path, 1200))
    wizard.ui.correctionsCombo.setCurrentIndex(2)
    assert wizard.ui.correctionsCombo.currentText() == "Leave these rows out"
    with qtbot.waitSignal(wizard.imported, timeout=10000) as blocker:
        qtbot.mouseClick(wizard.ui.importButton, Qt.MouseButton.LeftButton)
    assert (blocker.args[0].new_count, blocker.args[0].left_out_count) == (0, 1)
    assert total_value(store, "trees_planted") == 1000


def test_conflicts_are_listed_and_the_history_undo_restores_the_stored_version(qtbot, setup, store, tmp_path,
                                                                            monkeypatch):
    window, context, feature = setup
    import_file(store, trees(tmp_path, 1000))
    entry_id = store.db.execute("SELECT id FROM entries").fetchone()[0]
    header = ["ID", "Business unit", "Program", "Metric", "Period", "Value", "Note", "Updated"]
    path = write_xlsx(tmp_path / "from_b.xlsx", [header, [entry_id, "Ant Financial", "Ant Forest", "Trees planted",
                                                          "2018-03", 1200, "recounted", "2099-01-01T00:00:00Z"]])
    wizard = to_preview(qtbot, feature, path)
    ui = wizard.ui
    assert "<b>1</b> conflict" in ui.countsLabel.text() and ui.previewTabs.currentIndex() == CONFLICT_TAB
    assert not ui.correctionsCombo.isVisible() and ui.importButton.isEnabled()
    row = [ui.conflictTable.item(0, c).text() for c in range(6)]
    assert row == ["Data", "2", "Ant Forest / Trees planted / 2018-03", "1,000",
                   "1,200 (note '' → 'recounted')", "File's version"]
    assert "newer" in ui.conflictTable.item(0, 6).text()
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.closeButton.isVisible())
    assert "stored entries updated to the file's newer version: 1" in ui.resultLabel.text()
    assert get_entry(store, entry_id).draft.note == "recounted"
    history = window.pages["imports"][1]
    assert context.undo_stack.count() == 1  # undoable with Ctrl+Z although it added no entry
    assert history.selected_batch().conflict_count == 1 and history.ui.batchTable.item(0, 7).text() == "1"
    assert "Conflict, sheet Data row 2" in history.ui.detailLabel.text()
    assert history.ui.undoButton.isEnabled()  # no new entries, but a changed one to give back
    questions = []
    monkeypatch.setattr(import_history, "ask_to_remove", lambda *a, **k: questions.append(a[2]) or True)
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    assert questions[0].startswith("Undo the import of from_b.xlsx (sheet Data) on ")  # not "Remove the 0 entries"
    assert "give the stored entry it changed or replaced its earlier version back" in questions[0]
    entry = get_entry(store, entry_id)
    assert entry.draft.value == 1000 and entry.draft.note == ""


def test_the_history_says_what_an_undo_removed_besides_entries(qtbot, setup, store, tmp_path, monkeypatch):
    window, context, _feature = setup
    result = import_file(store, trees(tmp_path, 1000))
    context.notify("imports")
    history = window.pages["imports"][1]
    history.select_batch(result.batch_id)
    monkeypatch.setattr(import_history, "ask_to_remove", lambda *a, **k: True)
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    history.select_batch(result.batch_id)
    text = history.ui.detailLabel.text()
    assert "Removed with the undo (nothing used it any more): Business unit Ant Financial" in text
    assert "Removed with the undo (nothing used it any more): Program Ant Financial / Ant Forest" in text
    context.undo_stack.undo()  # Ctrl+Z: the import, its business unit and program are back
    assert total_value(store, "trees_planted") == 1000
    assert [program.name for program in list_programs(store)] == ["Ant Forest"]


def test_a_row_of_a_deleted_entry_shows_the_deletion_kept(qtbot, setup, store, tmp_path):
    _window, _context, feature = setup
    import_file(store, trees(tmp_path, 1000))
    entry_id = store.db.execute("SELECT id FROM entries").fetchone()[0]
    set_entries_deleted(store, [entry_id])
    header = ["ID", "Business unit", "Program", "Metric", "Period", "Value", "Updated"]
    path = write_xlsx(tmp_path / "old.xlsx", [header, [entry_id, "Ant Financial", "Ant Forest", "Trees planted",
                                                       "2018-03", 1000, "2000-01-01T00:00:00Z"]])
    ui = to_preview(qtbot, feature, path).ui
    row = [ui.conflictTable.item(0, c).text() for c in range(6)]
    assert row[3:] == ["Deleted (was 1,000)", "1,000", "The deletion"]
    assert "deleted here after the file's version" in ui.conflictTable.item(0, 6).text()
