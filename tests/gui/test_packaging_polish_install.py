"""polish_install.install() against a tiny stand-in for the main window's contract."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QMessageBox

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell import first_run, i18n, polish_install, theme
from impact_desktop.gui.shell.startup import prepare_application
from tests.gui.fake_window import FakeWindow

# The offscreen platform says it cannot resize or raise windows; that is not our failure.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

class FileActions:
    """The File menu's Save and Import actions of the real window (found by object name), and the
    imports Import started; optionally an About box of the window's own in the Help menu."""

    def __init__(self, window: FakeWindow, *, with_about: bool = False) -> None:
        self.imports = 0
        self.save = QAction("Save", window, objectName="actionSave")
        self.import_ = QAction("Import", window, objectName="action_import")
        self.import_.triggered.connect(self._count_import)
        window.menu("file").addActions([self.save, self.import_])
        if with_about:
            window.menu("help").addAction(QAction("About", window, objectName="actionAbout"))

    def _count_import(self) -> None:
        self.imports += 1


@pytest.fixture
def app_state(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def prepared(app_state, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    settings.setValue(theme.THEME_KEY, "light")
    return prepare_application(app_state, settings)


@pytest.fixture
def window(qtbot, store):
    window = FakeWindow(AppContext(store))
    qtbot.addWidget(window)
    return window


@pytest.fixture
def file_actions(window):
    return FileActions(window)


def texts(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_help_menu_gets_the_guide_on_f1_and_about(qtbot, window, file_actions, prepared):
    polish = polish_install.install(window, window.context, prepared, show_first_run=False)
    assert texts(window.menu("help")) == ["&User guide", "&About Impact Desktop", "About &Qt"]
    assert polish.user_guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.show()
    polish.user_guide_action.trigger()
    guide = polish.guide
    qtbot.waitExposed(guide)
    assert "aggregation" in guide.ui.browser.toHtml().lower() or "Flow" in guide.ui.browser.toPlainText()
    assert guide.path.name == "user-guide.html"
    qtbot.keyClicks(guide.ui.findEdit, "fiscal year")
    qtbot.keyClick(guide.ui.findEdit, Qt.Key.Key_Return)
    assert guide.ui.browser.textCursor().selectedText().lower() == "fiscal year"
    polish.user_guide_action.trigger()
    assert polish.guide is guide, "F1 again raises the same window"


def test_an_existing_about_box_is_not_duplicated(qtbot, store, prepared):
    window = FakeWindow(AppContext(store))
    qtbot.addWidget(window)
    FileActions(window, with_about=True)
    polish_install.install(window, None, prepared, show_first_run=False)
    assert texts(window.menu("help")) == ["&User guide", "About", "About &Qt"]


def test_view_menu_theme_applies_at_once(window, file_actions, prepared, app_state):
    polish = polish_install.install(window, window.context, prepared, show_first_run=False)
    view_titles = [action.text() for action in window.menu("view").actions()]
    assert view_titles == ["&Theme", "&Language"]
    assert polish.theme_actions["light"].isChecked()
    polish.theme_actions["dark"].trigger()
    assert app_state.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert prepared.settings.value(theme.THEME_KEY) == "dark"
    assert polish.theme_actions["dark"].isChecked() and not polish.theme_actions["light"].isChecked()


def test_language_choice_is_stored_and_announced_for_next_start(window, file_actions, prepared, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    polish = polish_install.install(window, window.context, prepared, show_first_run=False)
    assert [a.text() for a in polish.language_menu.actions()] == ["&System language", "English", "简体中文"]
    assert polish.language_actions["en"].isChecked()
    polish.language_actions["zh_CN"].trigger()
    assert prepared.settings.value(i18n.LANGUAGE_KEY) == "zh_CN"
    assert shown and "next time" in shown[0]
    polish.language_actions["zh_CN"].trigger()
    assert len(shown) == 1, "choosing the current language again says nothing"


def test_actions_without_icons_get_one_by_object_name(window, file_actions, prepared):
    assert file_actions.save.icon().isNull()
    polish_install.install(window, window.context, prepared, show_first_run=False)
    assert not file_actions.save.icon().isNull()
    assert not file_actions.import_.icon().isNull()


def test_first_run_shows_on_an_empty_database_and_hands_import_to_the_window(qtbot, window, file_actions, prepared):
    polish = polish_install.install(window, window.context, prepared, start_import=file_actions.import_.trigger)
    window.show()
    qtbot.waitUntil(lambda: polish.first_run_dialog is not None and polish.first_run_dialog.isVisible())
    dialog = polish.first_run_dialog
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert file_actions.imports == 1
    assert prepared.settings.value(first_run.DISMISSED_KEY, type=bool) is True


def test_the_import_choice_is_the_one_handed_in_never_guessed_from_action_names(qtbot, window, file_actions, prepared):
    polish = polish_install.install(window, window.context, prepared)  # the window's "action_import" is not it
    window.show()
    qtbot.waitUntil(lambda: polish.first_run_dialog is not None and polish.first_run_dialog.isVisible())
    assert polish.first_run_dialog.ui.importButton.isHidden()
    assert file_actions.imports == 0


def test_no_first_run_on_a_database_with_entries(qtbot, demo_store, prepared, monkeypatch):
    window = FakeWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    FileActions(window)
    decided = []
    maybe_show = first_run.maybe_show

    def deciding(*args, **kwargs):
        decided.append(maybe_show(*args, **kwargs))
        return decided[-1]

    monkeypatch.setattr(first_run, "maybe_show", deciding)
    polish = polish_install.install(window, None, prepared)
    window.show()
    qtbot.waitUntil(lambda: len(decided) == 1, timeout=5000)  # the first-run check ran
    assert decided == [None]
    assert polish.first_run_dialog is None


def test_guide_links_navigate_and_back_returns(qtbot, window, file_actions, prepared):
    polish = polish_install.install(window, window.context, prepared, show_first_run=False)
    guide = polish.show_user_guide()
    browser = guide.ui.browser
    assert not guide.ui.backButton.isEnabled()
    section = QUrl(browser.source())
    section.setFragment("backups")
    browser.setSource(section)
    assert guide.ui.backButton.isEnabled()
    qtbot.mouseClick(guide.ui.backButton, Qt.MouseButton.LeftButton)
    assert not guide.ui.backButton.isEnabled()
