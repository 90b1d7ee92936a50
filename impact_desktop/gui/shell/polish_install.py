"""Installs the desktop polish into the main window: Help and View menu actions, icons, first run.

The main window is built elsewhere; this module only relies on its small contract:
``window.menu(name)`` (``"file"``, ``"edit"``, ``"view"``, ``"data"``, ``"report"``,
``"help"``) returns the QMenu, ``window.toolbar`` is the main QToolBar, and
``window.context`` is the :class:`AppContext`. :func:`install` adds:

* Help → User guide (F1), About Impact Desktop, About Qt;
* View → Theme (system / light / dark, applied at once) and View → Language (system /
  English / 简体中文, applied at the next start — the dialog says so);
* icons on the window's actions that have none, recognised by object name
  (``actionSave``, ``action_import``… see :data:`ACTION_ICONS`);
* the first-run dialog, shown once the event loop runs, when the database is empty; its
  "Import a spreadsheet" runs the ``start_import`` the composition root hands in (the
  choice is hidden without one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from impact_desktop import APP_NAME, __version__
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell import first_run, i18n, theme
from impact_desktop.gui.shell.icons import icon
from impact_desktop.gui.shell.startup import PreparedApplication, default_settings, prepare_application
from impact_desktop.gui.shell.user_guide import UserGuideDialog

__all__ = ["ACTION_ICONS", "PolishActions", "decorate_actions", "install", "prepare_application"]

#: Action object name (lower-case, without "action" and "_") → icon name.
ACTION_ICONS = {
    "new": "new", "newentry": "new", "add": "add", "addentry": "add", "open": "open", "opendatabase": "open",
    "save": "save", "backup": "backup", "restore": "restore", "import": "import", "importspreadsheet": "import",
    "export": "export", "exportspreadsheet": "export", "print": "print", "exportpdf": "pdf", "pdf": "pdf",
    "undo": "undo", "redo": "redo", "delete": "delete", "deleteentry": "delete", "edit": "edit",
    "editentry": "edit", "duplicate": "copy", "copy": "copy", "dashboard": "dashboard", "entries": "entries",
    "units": "units", "businessunits": "units", "programs": "programs", "channels": "channels",
    "targets": "targets", "rates": "rates", "exchangerates": "rates", "history": "history",
    "importhistory": "history", "settings": "settings", "preferences": "settings", "help": "help",
    "userguide": "help", "about": "about", "refresh": "refresh", "find": "search", "search": "search",
    "filter": "filter", "report": "report", "demo": "demo", "loaddemo": "demo", "sync": "sync", "merge": "sync",
    "newbusinessunit": "units", "newprogram": "programs", "printpreview": "print", "exportchartpng": "chart",
    "exportchartsvg": "chart",
}
ABOUT_ACTION_NAMES = ("about", "aboutimpactdesktop", "aboutapp")


def _key(name: str) -> str:
    name = name.lower().replace("_", "")
    return name[len("action"):] if name.startswith("action") else name


def decorate_actions(root: QWidget) -> int:
    """Give every action under ``root`` without an icon the one its object name suggests."""
    count = 0
    for action in root.findChildren(QAction):
        name = ACTION_ICONS.get(_key(action.objectName()))
        if name and action.icon().isNull():
            action.setIcon(icon(name))
            count += 1
    return count


def _unique(root: QWidget, ours: QAction, keys: tuple[str, ...]) -> bool:
    """True when no other action under ``root`` already plays the role of ``ours``."""
    return all(a is ours for a in root.findChildren(QAction) if _key(a.objectName()) in keys)


class PolishActions(QObject):
    """The actions :func:`install` added, and the handlers behind them."""

    def __init__(self, window: QWidget, context: AppContext, prepared: PreparedApplication,
                 start_import: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.prepared = prepared
        self.start_import = start_import
        self.settings = prepared.settings
        self.guide: UserGuideDialog | None = None
        self.first_run_dialog: first_run.FirstRunDialog | None = None
        self.user_guide_action = self._action(self.tr("&User guide"), "help", "actionUserGuide",
                                              self.tr("Open the user guide (F1)"), self.show_user_guide)
        self.user_guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.about_action = self._action(self.tr("&About Impact Desktop"), "about", "actionAbout",
                                         self.tr("Version, licence and credits"), self.show_about)
        self.about_qt_action = self._action(self.tr("About &Qt"), None, "actionAboutQt",
                                            self.tr("The Qt toolkit this application is built with"),
                                            QApplication.aboutQt)
        self.theme_menu, self.theme_actions = self._choice_menu(
            self.tr("&Theme"), "actionTheme",
            {"system": self.tr("Follow the &system"), "light": self.tr("&Light"), "dark": self.tr("&Dark")},
            theme.chosen_theme(self.settings), self.set_theme)
        self.language_menu, self.language_actions = self._choice_menu(
            self.tr("&Language"), "actionLanguage",
            {i18n.SYSTEM: self.tr("&System language"), **i18n.LANGUAGES},
            i18n.chosen_language(self.settings), self.set_language)
        self.language_menu.setIcon(icon("language"))

    def _action(self, text, icon_name, object_name, tip, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(object_name)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _choice_menu(self, title, object_name, labels, current, slot) -> tuple[QMenu, dict[str, QAction]]:
        menu = QMenu(title, self.window)
        menu.setObjectName(object_name + "Menu")
        group = QActionGroup(menu)
        group.setExclusive(True)
        actions = {}
        for value, label in labels.items():
            action = QAction(label, menu)
            action.setObjectName(f"{object_name}_{value}")
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: slot(v))
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return menu, actions

    def show_user_guide(self) -> UserGuideDialog:
        if self.guide is None:
            self.guide = UserGuideDialog(self.prepared.interface_language, self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Impact Desktop"), self.tr(
            "<h3>%1 %2</h3><p>Record, import and report your company's philanthropy figures, offline.</p>"
            "<p>Icons: Lucide (ISC licence). Built with Qt and PySide6 (LGPL).</p>"
        ).replace("%1", APP_NAME).replace("%2", __version__))

    def set_theme(self, choice: str) -> None:
        self.prepared.dark = self.prepared.theme_follower.set_choice(choice)

    def set_language(self, choice: str) -> None:
        previous = i18n.chosen_language(self.settings)
        i18n.set_chosen_language(self.settings, choice)
        if choice != previous:
            QMessageBox.information(self.window, self.tr("Language"), self.tr(
                "The new interface language takes effect the next time you start Impact Desktop."))

    def show_first_run(self) -> first_run.FirstRunDialog | None:
        self.first_run_dialog = first_run.maybe_show(self.context, self.settings, parent=self.window,
                                                     start_import=self.start_import)
        return self.first_run_dialog


def install(window, context: AppContext | None = None, prepared: PreparedApplication | None = None,
            *, show_first_run: bool = True, start_import: Callable[[], None] | None = None) -> PolishActions:
    """Add the polish to ``window`` (see the module docstring); returns the added actions.
    ``start_import`` opens the import (the first-run dialog's "Import a spreadsheet")."""
    context = context if context is not None else window.context
    if prepared is None:
        prepared = prepare_application(QApplication.instance(), default_settings())
    polish = PolishActions(window, context, prepared, start_import)
    help_menu = window.menu("help")
    # The window may already have an About box (or a guide action); never show two.
    existing = help_menu.actions()
    ours = [action for action, keys in ((polish.about_action, ABOUT_ACTION_NAMES),
                                        (polish.about_qt_action, ("aboutqt",)))
            if _unique(window, action, keys)]
    if _unique(window, polish.user_guide_action, ("userguide", "helpcontents", "manual")):
        if existing:
            help_menu.insertActions(existing[0], [polish.user_guide_action])
            help_menu.insertSeparator(existing[0])
        else:
            help_menu.addAction(polish.user_guide_action)
    if ours:
        help_menu.addSeparator()
        help_menu.addActions(ours)
    view_menu = window.menu("view")
    if view_menu.actions():
        view_menu.addSeparator()
    view_menu.addMenu(polish.theme_menu)
    view_menu.addMenu(polish.language_menu)
    decorate_actions(window)
    if show_first_run:
        QTimer.singleShot(0, polish.show_first_run)
    return polish
