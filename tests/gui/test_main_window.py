"""The main window: page contract, switching databases, refused files, backup, demo, drops."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QLabel

from impact_desktop import app as app_module
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell.main_window import MainWindow
from impact_desktop.gui.shell.pages import install_pages
from impact_desktop.storage import catalog
from impact_desktop.storage.database import open_store
from impact_desktop.storage.entries import count_entries
from tests.gui.main_helpers import add_generated, isolated_settings, make_catalog, when_modal  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, store, isolated_settings):  # noqa: F811
    context = AppContext(store)
    main = MainWindow(context)
    install_pages(main, context)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def garbage_file(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database at all\x00\x01\x02" * 50)
    return path


def foreign_sqlite_file(tmp_path):
    path = tmp_path / "other-app.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('la')")
    conn.commit()
    conn.close()
    return path


def test_title_status_bar_and_pages(qtbot, window, store):
    assert window.windowTitle() == f"Impact Desktop — {store.path.name}"
    assert window.file_label.text() == str(store.path)
    assert window.count_label.text() == "0 entries"
    assert window.current_page_key() == "overview"  # the first page added; the dashboard is inserted before it
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "entries"
    extra = QLabel("extra")
    window.add_page("extra", "Extra", extra, position=1)
    assert window.page("extra") is extra
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "extra"
    assert [a.text() for a in window.menu("view").actions()][:4] == ["Dashboard", "Extra", "Overview", "Entries"]
    for name in ("file", "edit", "view", "data", "report", "help"):
        assert window.menu(name) is not None


def test_overview_shows_empty_state_then_totals(qtbot, window, store):
    overview = window.page("overview")
    assert overview.ui.stack.currentWidget() is overview.ui.emptyPage
    ids = make_catalog(store)
    add_generated(store, ids["Ant Forest"], 12, metric_key="trees_planted")
    window.context.notify("entries")
    assert overview.ui.stack.currentWidget() is overview.ui.contentPage
    table = overview.ui.totalsTable
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {"Trees planted": "78"}  # 1+2+…+12
    assert window.count_label.text() == "12 entries"
    assert window.saved_label.text().startswith("Last saved")


@pytest.mark.parametrize("make_bad", [garbage_file, foreign_sqlite_file])
def test_opening_a_refused_file_shows_why_and_leaves_it_untouched(qtbot, window, store, tmp_path, make_bad):
    bad = make_bad(tmp_path)
    before = bad.read_bytes()
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    assert window.database.open_database(bad) is False
    assert shown and "not an Impact Desktop" in shown[0]
    assert bad.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(bad.name)) == [bad.name]
    assert window.context.store is store  # the current database stays open
    assert window.windowTitle().endswith(store.path.name)


def test_startup_with_a_corrupt_file_offers_choices_and_quits_cleanly(qtbot, tmp_path, isolated_settings):  # noqa: F811
    bad = garbage_file(tmp_path)
    before = bad.read_bytes()
    offered = []

    def quit_choice(box):
        offered.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Quit").click()

    when_modal(quit_choice)
    assert app_module.open_first_store(bad) is None
    assert "not an Impact Desktop database" in offered[0][0]
    assert sorted(offered[0][1]) == ["New database…", "Open another…", "Quit"]
    assert bad.read_bytes() == before


def test_switching_database_clears_undo_and_updates_everything(qtbot, window, store, tmp_path):
    ids = make_catalog(store)
    add_generated(store, ids["Ant Forest"], 3)
    window.context.notify("entries")
    window.page("entries").ui.entriesTable.selectRow(0)
    window.page("entries").duplicate_selected()
    assert window.context.undo_stack.count() == 1
    other_path = tmp_path / "other.db"
    other = open_store(other_path)
    add_generated(other, catalog.add_program(other, catalog.add_business_unit(other, "Amap"), "Map"), 2)
    other.close()
    assert window.database.open_database(other_path)
    assert window.context.store.path == other_path
    assert window.context.undo_stack.count() == 0
    assert window.windowTitle() == "Impact Desktop — other.db"
    assert window.count_label.text() == "2 entries"
    assert window.page("entries").model.total == 2
    recent = window.database.recent.paths()
    assert recent[0] == other_path.resolve() and recent[1] == store.path.resolve()


def test_recent_menu_greys_out_missing_files(qtbot, window, tmp_path):
    gone = tmp_path / "gone.db"
    window.database.recent.add(gone)
    window.database._fill_recent_menu()
    actions = {a.toolTip(): a for a in window.ui.menuRecent.actions() if a.toolTip()}
    assert not actions[str(gone.resolve())].isEnabled()
    remove = next(a for a in window.ui.menuRecent.actions() if a.text() == "Remove missing files")
    remove.trigger()
    assert gone.resolve() not in window.database.recent.paths()


def test_backup_copy_is_made_in_the_background(qtbot, window, store, tmp_path):
    ids = make_catalog(store)
    add_generated(store, ids["Ant Forest"], 4)
    destination = tmp_path / "copy.db"
    task = window.database.backup(destination)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    copy = open_store(destination, create=False)
    try:
        assert count_entries(copy) == 4
    finally:
        copy.close()


def test_load_demo_runs_as_a_task_then_refreshes(qtbot, window, store):
    task = window.database.load_demo()
    assert window.progress.isVisible()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: window.count_label.text() != "0 entries", timeout=5000)
    assert count_entries(store) > 100
    assert window.page("overview").ui.stack.currentWidget() is window.page("overview").ui.contentPage
    assert not window.progress.isVisible()


def test_about_names_the_database_and_device(qtbot, window, store):
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    window.ui.actionAbout.trigger()
    assert str(store.path) in shown[0] and store.device_id in shown[0]


def test_only_spreadsheets_can_be_dropped(qtbot, window, tmp_path):
    def drag(name):
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        window.dragEnterEvent(event)
        return event.isAccepted()

    assert drag("figures.xlsx") and drag("FIGURES.CSV") and drag("old.xlsm")
    assert not drag("photo.png")


def test_geometry_is_remembered(qtbot, window, store, isolated_settings):  # noqa: F811
    window.resize(window.width(), 450)  # the offscreen screen is only 800×600
    window.close()
    again = MainWindow(AppContext(store))
    qtbot.addWidget(again)
    assert again.height() == 450


def test_the_settings_handed_in_keep_the_layout_and_last_page(qtbot, store, tmp_path, isolated_settings):  # noqa: F811
    from PySide6.QtCore import QSettings

    kept = QSettings(str(tmp_path / "given.ini"), QSettings.Format.IniFormat)
    first = MainWindow(AppContext(store), settings=kept)
    install_pages(first, first.context)
    qtbot.addWidget(first)
    first.resize(first.width(), 430)
    first.show_page("entries")
    first.close()
    assert kept.value("mainWindow/page") == "entries"
    assert QSettings().value("mainWindow/page") is None, "the app's default settings are left alone"
    again = MainWindow(AppContext(store), settings=kept)
    install_pages(again, again.context)
    qtbot.addWidget(again)
    again.restore_last_page()
    assert again.height() == 430 and again.current_page_key() == "entries"


def test_install_pages_hands_back_what_the_composition_root_wires(qtbot, store, isolated_settings):  # noqa: F811
    main = MainWindow(AppContext(store))
    pages = install_pages(main, main.context)
    qtbot.addWidget(main)
    assert pages.imports.import_action in main.menu("file").actions()
    assert pages.new_entry_action in main.menu("data").actions()
    assert main.page("overview") is pages.overview and main.page("entries") is pages.entries


def test_exception_hook_shows_a_short_message(qtbot, window, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module.install_exception_hook(lambda: window)
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert shown and "ValueError: boom" in shown[0] and "Traceback" not in shown[0]


def test_new_database_from_the_file_menu(qtbot, window, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "second.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.context.store.path == target and target.exists()
    assert window.windowTitle() == "Impact Desktop — second.db"
    assert window.page("overview").ui.stack.currentWidget() is window.page("overview").ui.emptyPage


def test_new_database_never_overwrites_an_existing_file(qtbot, window, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    existing = garbage_file(tmp_path)
    before = existing.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(existing), ""))
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    window.ui.actionNewDatabase.trigger()
    assert shown and "already exists" in shown[0]
    assert existing.read_bytes() == before and window.context.store is store


def test_backup_refuses_to_overwrite_the_open_database(qtbot, window, store):
    before = store.path.read_bytes()
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    assert window.database.backup(store.path) is None
    assert shown and "cannot replace the open database" in shown[0]
    assert store.path.read_bytes() == before



def test_undo_tooltips_say_what_the_toolbar_word_stays_short(qtbot, window, store):
    from PySide6.QtGui import QUndoCommand

    window.context.undo_stack.push(QUndoCommand("import of messy.xlsx"))
    assert window.undo_action.toolTip() == "Undo import of messy.xlsx"
    assert window.undo_action.iconText() == "Undo", "the toolbar keeps one short word, its buttons never shift"
    window.context.undo_stack.undo()
    assert window.redo_action.toolTip() == "Redo import of messy.xlsx"


def test_figures_another_program_writes_show_without_touching_the_window(qtbot, window, store):
    """The command line imports into the database the app has open: the window followed its own
    saves only, and went on showing the old count and tables until the user changed something."""
    program = make_catalog(store)["Ant Forest"]
    add_generated(store, program, 2)
    window.context.notify("entries")
    qtbot.waitUntil(lambda: window.count_label.text() == "2 entries", timeout=5000)
    other = open_store(store.path)  # another program: its own connection to the file
    try:
        add_generated(other, program, 3)
    finally:
        other.close()
    with qtbot.waitSignal(window.context.events.changed, timeout=10000,
                          check_params_cb=lambda topic: topic == "entries"):
        pass
    qtbot.waitUntil(lambda: window.count_label.text() == "5 entries", timeout=5000)
    entries = window.page("entries")
    qtbot.waitUntil(lambda: entries.model.rowCount() == 5, timeout=5000)


def test_the_apps_own_announced_writes_on_other_connections_refresh_once(qtbot, store):
    """An import or a sync writes on a worker's connection and announces its topics; the poll
    must not announce everything again for the same write."""
    from impact_desktop.gui.common.external_changes import ExternalChanges

    context = AppContext(store)
    watcher = ExternalChanges(context, interval_ms=20)
    announced = []
    context.events.changed.connect(announced.append)
    program = make_catalog(store)["Ant Forest"]
    worker = open_store(store.path)  # the worker's own connection
    try:
        add_generated(worker, program, 3)
    finally:
        worker.close()
    context.notify("entries")  # what the app does after its own write
    qtbot.wait(200)  # ten polls
    assert announced == ["entries"]
    other = open_store(store.path)  # then another program writes: announced on every topic
    try:
        add_generated(other, program, 2)
    finally:
        other.close()
    qtbot.waitUntil(lambda: len(announced) > 1, timeout=5000)
    assert "entries" in announced[1:] and "catalog" in announced[1:]
    watcher.deleteLater()
