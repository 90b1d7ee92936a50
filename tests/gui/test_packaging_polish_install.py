"""polish_install.install() against a tiny stand-in for the main window's contract."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from impact_desktop.gui import first_run, i18n, polish_install, theme
from impact_desktop.gui.context import AppContext
from impact_desktop.gui.startup import prepare_application

# The offscreen platform says it cannot resize or raise windows; that is not our failure.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")

MENUS = ("file", "edit", "view", "data", "report", "help")


class FakeWindow(QMainWindow):
    """What the real main window promises: menu(name), toolbar, context, add_page."""

    def __init__(self, context: AppContext, *, with_about: bool = False) -> None:
        super().__init__()
        self.context = context
        self._menus = {name: self.menuBar().addMenu(name) for name in MENUS}
        self.toolbar = self.addToolBar("main")
        self.pages: dict[str, QWidget] = {}
        self.imports = 0
        self.save_action = QAction("Save", self, objectName="actionSave")
        self.import_action = QAction("Import", self, objectName="action_import")
        self.import_action.triggered.connect(self._count_import)
        self._menus["file"].addActions([self.save_action, self.import_action])
        if with_about:
            self._menus["help"].addAction(QAction("About", self, objectName="actionAbout"))

    def _count_import(self) -> None:
        self.imports += 1

    def menu(self, name: str):
        return self._menus[name]

    def add_page(self, key, title, widget, icon=None, position=None) -> None:
        self.pages[key] = widget


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


def texts(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_help_menu_gets_the_guide_on_f1_and_about(qtbot, window, prepared):
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
    window = FakeWindow(AppContext(store), with_about=True)
    qtbot.addWidget(window)
    polish_install.install(window, None, prepared, show_first_run=False)
    assert texts(window.menu("help")) == ["&User guide", "About", "About &Qt"]


def test_view_menu_theme_applies_at_once(window, prepared, app_state):
    polish = polish_install.install(window, window.context, prepared, show_first_run=False)
    view_titles = [action.text() for action in window.menu("view").actions()]
    assert view_titles == ["&Theme", "&Language"]
    assert polish.theme_actions["light"].isChecked()
    polish.theme_actions["dark"].trigger()
    assert app_state.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert prepared.settings.value(theme.THEME_KEY) == "dark"
    assert polish.theme_actions["dark"].isChecked() and not polish.theme_actions["light"].isChecked()


def test_language_choice_is_stored_and_announced_for_next_start(window, prepared, monkeypatch):
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


def test_actions_without_icons_get_one_by_object_name(window, prepared):
    assert window.save_action.icon().isNull()
    polish_install.install(window, window.context, prepared, show_first_run=False)
    assert not window.save_action.icon().isNull()
    assert not window.import_action.icon().isNull()


def test_first_run_shows_on_an_empty_database_and_hands_import_to_the_window(qtbot, window, prepared):
    polish = polish_install.install(window, window.context, prepared, start_import=window.import_action.trigger)
    window.show()
    qtbot.waitUntil(lambda: polish.first_run_dialog is not None and polish.first_run_dialog.isVisible())
    dialog = polish.first_run_dialog
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert window.imports == 1
    assert prepared.settings.value(first_run.DISMISSED_KEY, type=bool) is True


def test_the_import_choice_is_the_one_handed_in_never_guessed_from_action_names(qtbot, window, prepared):
    polish = polish_install.install(window, window.context, prepared)  # the window's "action_import" is not it
    window.show()
    qtbot.waitUntil(lambda: polish.first_run_dialog is not None and polish.first_run_dialog.isVisible())
    assert polish.first_run_dialog.ui.importButton.isHidden()
    assert window.imports == 0


def test_no_first_run_on_a_database_with_entries(qtbot, demo_store, prepared):
    window = FakeWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    polish = polish_install.install(window, None, prepared)
    window.show()
    qtbot.wait(20)
    assert polish.first_run_dialog is None


def test_guide_links_navigate_and_back_returns(qtbot, window, prepared):
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
