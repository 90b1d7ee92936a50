"""The window's pages and dialogs keep their choices in the settings the window was handed,
never in the user's default QSettings (tests, and a second window, stay out of them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from impact_desktop.gui.catalog.catalog_install import open_settings
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.entries.entries_page import EntriesPage
from impact_desktop.gui.settings.settings_dialog import DEFAULT_DATABASE_KEY
from impact_desktop.gui.shell.main_window import MainWindow
from impact_desktop.gui.shell.pages import install_pages
from impact_desktop.gui.shell.recent_files import KEY as RECENT_KEY
from tests.gui.main_helpers import isolated_settings  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def kept(tmp_path):
    return QSettings(str(tmp_path / "handed.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, store, kept, isolated_settings):  # noqa: F811
    main = MainWindow(AppContext(store), settings=kept)
    install_pages(main, main.context)
    qtbot.addWidget(main)
    return main


def test_the_quick_entry_choice_is_kept_in_the_handed_settings(window, kept):
    entries = window.page("entries")
    assert entries.settings is kept
    entries.quick_action.setChecked(False)
    assert kept.value("entries/quickEntry", type=bool) is False
    assert QSettings().value("entries/quickEntry") is None, "the default settings are left alone"


def test_an_entries_page_reads_the_quick_entry_choice_from_its_settings(qtbot, store, kept, isolated_settings):  # noqa: F811
    kept.setValue("entries/quickEntry", False)
    QSettings().setValue("entries/quickEntry", True)
    page = EntriesPage(AppContext(store), settings=kept)
    qtbot.addWidget(page)
    assert not page.quick_action.isChecked()


def test_recent_files_are_kept_in_the_handed_settings(window, kept, store):
    assert str(store.path) in kept.value(RECENT_KEY)
    assert QSettings().value(RECENT_KEY) is None


def test_the_settings_dialog_reads_and_writes_the_handed_settings(qtbot, window, kept, tmp_path):
    kept.setValue(DEFAULT_DATABASE_KEY, str(tmp_path / "kept.db"))
    QSettings().setValue(DEFAULT_DATABASE_KEY, str(tmp_path / "default.db"))
    dialog = open_settings(window, window.context)
    assert dialog.ui.defaultDbEdit.text() == str(tmp_path / "kept.db")
    dialog.ui.defaultDbEdit.clear()
    dialog.accept()
    assert kept.value(DEFAULT_DATABASE_KEY) is None
    assert QSettings().value(DEFAULT_DATABASE_KEY) == str(tmp_path / "default.db")
