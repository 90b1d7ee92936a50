"""File → Restore from backup… reopens the restored store; a save that waits for another program shows it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell import database_actions
from impact_desktop.gui.shell.main_window import MainWindow
from impact_desktop.gui.shell.pages import install_pages
from impact_desktop.services.backup import backup_database
from impact_desktop.storage.entries import count_entries
from tests.gui.main_helpers import add_generated, isolated_settings, make_catalog  # noqa: F401
from tests.unit.store_processes import hold_write_lock, release

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, store, isolated_settings):  # noqa: F811
    context = AppContext(store)
    main = MainWindow(context)
    install_pages(main, context)
    qtbot.addWidget(main)
    main.show()
    return main


def test_restore_from_the_file_menu_reopens_the_restored_store(qtbot, window, store, tmp_path, monkeypatch):
    ids = make_catalog(store)
    add_generated(store, ids["Ant Forest"], 4)
    saved = tmp_path / "saved.db"
    backup_database(store, saved)
    add_generated(store, ids["Ant Forest"], 3)
    assert count_entries(window.context.store) == 7
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(saved), ""))
    asked = []
    monkeypatch.setattr(database_actions, "confirm", lambda *args, **kwargs: asked.append((args[2], args[3]))
                        or True)
    heard = []
    window.context.events.changed.connect(lambda topic: heard.append(topic))
    window.ui.actionRestoreBackup.trigger()
    qtbot.waitUntil(lambda: "database" in heard, timeout=20000)
    assert "The current contents are kept beside it" in asked[0][0] and asked[0][1] == "&Restore"
    assert window.context.store is not store and store.closed
    assert count_entries(window.context.store) == 4
    qtbot.waitUntil(lambda: "Restored 4 entries" in window.statusBar().currentMessage(), timeout=5000)
    (kept,) = tmp_path.glob("impact.before-restore-*.db")
    assert kept.exists()


def test_restoring_a_file_that_is_not_a_backup_says_why_and_changes_nothing(qtbot, window, store, tmp_path,
                                                                            monkeypatch):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args[2]))
    task = window.database.restore(junk)
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert warnings and "not an SQLite file" in warnings[0]
    assert window.context.store is store and not store.closed


def test_a_save_waiting_for_another_program_shows_a_busy_indicator(qtbot, window, store, monkeypatch):
    monkeypatch.setenv("IMPACT_DESKTOP_WRITE_WAIT", "30")
    holder = hold_write_lock(store.path)
    task = window.database.load_demo()  # a write on a worker thread, which has to wait
    qtbot.waitUntil(lambda: window.write_wait.waiting, timeout=10000)
    assert "Waiting for another program that is writing to" in window.statusBar().currentMessage()
    assert QApplication.overrideCursor() is not None
    release(holder)
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert not window.write_wait.waiting and QApplication.overrideCursor() is None
    assert count_entries(store) == 137


def test_a_save_that_waits_too_long_fails_in_one_sentence(qtbot, window, store, monkeypatch):
    monkeypatch.setenv("IMPACT_DESKTOP_WRITE_WAIT", "1")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args[2]))
    holder = hold_write_lock(store.path)
    try:
        task = window.database.load_demo()
        with qtbot.waitSignal(task.finished, timeout=30000):
            pass
    finally:
        release(holder)
    assert warnings == [warnings[0]] and warnings[0].startswith("Another program kept writing to")
    assert "unexpected" not in warnings[0] and "went wrong" not in warnings[0]
    assert not window.write_wait.waiting and count_entries(store) == 0


def test_a_save_on_the_ui_thread_that_waits_says_so_then_goes_through(qtbot, window, store):
    import threading

    from impact_desktop.storage.catalog import add_business_unit

    seen = []
    window.write_wait.waitChanged.connect(lambda waiting, path: seen.append((waiting, path,
                                                                            window.statusBar().currentMessage())))
    holder = hold_write_lock(store.path)
    threading.Timer(1.0, release, [holder]).start()  # the other program finishes a second later
    add_business_unit(store, "Saved after waiting")  # on the UI thread, like a form's Save
    assert seen[0][0] is True and seen[0][1] == str(store.path)
    assert "Waiting for another program that is writing to" in seen[0][2]
    assert seen[-1][0] is False and not window.write_wait.waiting and QApplication.overrideCursor() is None


def test_a_file_that_cannot_be_written_opens_read_only_and_says_so(qtbot, store, isolated_settings,  # noqa: F811
                                                                   monkeypatch):
    from impact_desktop.core.errors import StoreError
    from impact_desktop.storage import files
    from impact_desktop.storage.catalog import add_business_unit
    from impact_desktop.storage.database import open_store

    store.close()
    monkeypatch.setattr(files, "cannot_write", lambda path: "the file is read-only")
    read_only = open_store(store.path)
    main = MainWindow(AppContext(read_only))
    install_pages(main, main.context)
    qtbot.addWidget(main)
    assert main.windowTitle().endswith("(read-only)")
    assert "the file is read-only" in main.file_label.toolTip()
    with pytest.raises(StoreError, match="cannot be changed: the file is read-only"):
        add_business_unit(read_only, "Nope")
    read_only.close()
