"""The main window: navigation sidebar, pages, menus, toolbar and status bar.

THE CONTRACT other parts of the app code against (keep it stable)::

    class MainWindow(QMainWindow):
        fileDropped = Signal(str)   # a .xlsx/.xlsm/.csv dropped on the window
        def __init__(self, context: AppContext, parent=None, *, settings: QSettings | None = None)
        context: AppContext          # attribute; context.store changes when a database is opened
        settings: QSettings          # attribute: where the window's own state is kept
        toolbar: QToolBar            # attribute: the main toolbar
        def add_page(self, key, title, widget, icon=None, position=None) -> None
        def show_page(self, key) -> None
        def page(self, key) -> QWidget
        def menu(self, name) -> QMenu   # 'file', 'edit', 'view', 'data', 'report', 'help'

Pages must not keep ``context.store``: they read it each time and refresh on the
``"database"`` topic of ``context.events.changed``. Each page gets a View-menu action
(Ctrl+1 … Ctrl+9 in sidebar order).

Also available: ``run_task(fn, text, on_success)`` runs long work off the UI thread with
a progress bar and Cancel in the status bar; ``window.database`` (File-menu actions:
``open_database(path)``, ``backup(path)``, ``load_demo()``); ``has_page(key)``,
``current_page_key()``; and, for the composition root once every area is installed,
``restore_last_page()`` and ``hide_empty_menus()``. Action object names (``actionUndo``,
``actionNewEntry``…) let the icon theme decorate them.

Signals:
    fileDropped(str): path of a spreadsheet (.xlsx, .xlsm, .csv) dropped on the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from impact_desktop import APP_NAME
from impact_desktop.gui.common.background_reader import BackgroundReader, is_big
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.external_changes import ExternalChanges
from impact_desktop.gui.common.tasks import Task, TaskProgress, run_task
from impact_desktop.gui.common.write_wait import WriteWaitIndicator
from impact_desktop.gui.generated.ui_main_window import Ui_MainWindow
from impact_desktop.gui.shell.database_actions import DatabaseActions
from impact_desktop.services.entry_totals import live_entry_count

DROPPABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv")


class MainWindow(QMainWindow):
    fileDropped = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.context = context
        #: Where the window keeps its size, layout and last page (the composition root passes
        #: the app's settings; by default the application's per-user QSettings).
        self.settings = settings if settings is not None else QSettings()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.toolbar: QToolBar = self.ui.mainToolBar
        self._pages: dict[str, tuple[QWidget, QListWidgetItem, QAction]] = {}
        self._menus = {"file": self.ui.menuFile, "edit": self.ui.menuEdit, "view": self.ui.menuView,
                       "data": self.ui.menuData, "report": self.ui.menuReport, "help": self.ui.menuHelp}
        self.setAcceptDrops(True)
        #: Refreshes the pages when another program (the command line, a second window) writes the file.
        self.external_changes = ExternalChanges(context, self)
        self._setup_edit_menu()
        self._setup_status_bar()
        self.ui.navList.currentRowChanged.connect(self._nav_changed)
        self.ui.actionQuit.triggered.connect(self.close)
        self._reader = BackgroundReader(self)
        self.database = DatabaseActions(self)
        self.write_wait = WriteWaitIndicator(self)
        self.write_wait.install()
        context.events.changed.connect(self._data_changed)
        context.events.problem.connect(lambda message: QMessageBox.warning(self, APP_NAME, message))
        self._restore_layout()
        self.update_title()
        self._update_status(saved=self._last_change_time())

    # -- the contract -------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None,
                 position: int | None = None) -> None:
        """Add a page to the sidebar and the stack (at ``position``, default at the end)."""
        if key in self._pages:
            raise ValueError(f"page {key!r} is already installed")
        index = len(self._pages) if position is None else max(0, min(position, len(self._pages)))
        item = QListWidgetItem(icon or QIcon(), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, self.ui.navList.fontMetrics().height() + 18))
        self.ui.navList.insertItem(index, item)
        self.ui.pageStack.insertWidget(index, widget)
        action = QAction(title.replace("&", "&&"), self)  # "Business units & programs", not a mnemonic
        action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
        self._pages[key] = (widget, item, action)
        self._renumber_view_actions()
        self._fit_sidebar()
        if self.ui.navList.currentRow() < 0:
            self.ui.navList.setCurrentRow(0)

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest page title in the current language, never cut off."""
        nav = self.ui.navList
        widest = max(nav.fontMetrics().horizontalAdvance(nav.item(row).text()) for row in range(nav.count()))
        nav.setMinimumWidth(widest + nav.iconSize().width() + 48)

    def show_page(self, key: str) -> None:
        widget, item, _action = self._pages[key]
        self.ui.navList.setCurrentItem(item)
        self.ui.pageStack.setCurrentWidget(widget)

    def page(self, key: str) -> QWidget:
        return self._pages[key][0]

    def current_page_key(self) -> str | None:
        item = self.ui.navList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def hide_empty_menus(self) -> None:
        """Hide top-level menus nobody filled (call once every area is installed)."""
        for menu in self._menus.values():
            menu.menuAction().setVisible(any(not action.isSeparator() for action in menu.actions()))

    # -- navigation ---------------------------------------------------------------------

    def _nav_changed(self, row: int) -> None:
        item = self.ui.navList.item(row)
        if item is not None:
            self.ui.pageStack.setCurrentWidget(self._pages[item.data(Qt.ItemDataRole.UserRole)][0])

    def _renumber_view_actions(self) -> None:
        view = self.ui.menuView
        for _widget, _item, action in self._pages.values():
            view.removeAction(action)
        for number in range(self.ui.navList.count()):
            key = self.ui.navList.item(number).data(Qt.ItemDataRole.UserRole)
            action = self._pages[key][2]
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}") if number < 9 else QKeySequence())
            view.addAction(action)

    # -- menus, toolbar, status bar -----------------------------------------------------------

    def _setup_edit_menu(self) -> None:
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Object names let the icon theme (gui/shell/polish_install.decorate_actions) find them.
        self.undo_action.setObjectName("actionUndo")
        self.redo_action.setObjectName("actionRedo")
        self.ui.menuEdit.addAction(self.undo_action)
        self.ui.menuEdit.addAction(self.redo_action)
        self.ui.menuEdit.addSeparator()
        # The menu says what would be undone ("Undo removing the import of x.xlsx"); the
        # toolbar keeps one short word, so its buttons do not shift when the text changes.
        # The full text is the button's tooltip.
        for action, word in ((self.undo_action, self.tr("Undo")), (self.redo_action, self.tr("Redo"))):
            action.setIconText(word)
            action.changed.connect(self._undo_tooltips)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()

    @Slot()
    def _undo_tooltips(self) -> None:
        """The toolbar's Undo/Redo tooltips say what they would do. A bound slot, not a
        lambda over the actions: Qt drops it with the window, so a stack that outlives the
        window (tests, a reopened file) never calls into a deleted action."""
        for action in (self.undo_action, self.redo_action):
            if shiboken6.isValid(action):
                action.setToolTip(action.text().replace("&", ""))

    def _setup_status_bar(self) -> None:
        bar = self.statusBar()
        self.file_label = QLabel(self)
        self.count_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.hide()
        for label in (self.file_label, self.count_label, self.saved_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.file_label, 1)
        for widget in (self.progress, self.cancel_button, self.count_label, self.saved_label):
            bar.addPermanentWidget(widget)

    def update_title(self) -> None:
        path = self.context.store.path
        self.setWindowTitle(self.tr("%1 — %2").replace("%1", APP_NAME).replace("%2", path.name))
        self.setWindowFilePath(str(path))
        read_only = self.context.store.read_only
        if read_only:  # browsing works; every save would say why it cannot be written
            self.setWindowTitle(self.tr("%1 — %2 (read-only)").replace("%1", APP_NAME).replace("%2", path.name))
        self.file_label.setText(str(path) if not read_only else self.tr("%1 (read-only)").replace("%1", str(path)))
        self.file_label.setToolTip(self.tr("The open database file") if not read_only else
                                   self.tr("The open database file; it cannot be changed here: %1").replace(
                                       "%1", read_only))

    def _last_change_time(self) -> str | None:
        """When the database file was last written (the main file, or its journal if it holds data).

        Read from the file system: asking SQLite for the newest ``updated_at`` would sort
        every entry, seconds on a million of them.
        """
        path = self.context.store.path
        stamps = [candidate.stat().st_mtime for candidate in (path, Path(f"{path}-wal"))
                  if candidate.exists() and candidate.stat().st_size > 0]
        return _moment(dt.datetime.fromtimestamp(max(stamps))) if stamps else None

    def _update_status(self, saved: str | None) -> None:
        store = self.context.store
        if is_big(store):
            task = self._reader.run(store.path, live_entry_count)
            task.succeeded.connect(self._show_count)
        else:
            self._show_count(live_entry_count(store))
        self.saved_label.setText(self.tr("Last saved %1").replace("%1", saved) if saved
                                 else self.tr("Nothing saved yet"))
        self.saved_label.setToolTip(self.tr("Every change is written to the database file at once"))

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n entries").replace("%n", f"{count:,}") if count != 1
                                 else self.tr("1 entry"))

    def _data_changed(self, topic: str) -> None:
        if topic == "database":
            self.update_title()
            self._update_status(self._last_change_time())
        else:
            self._update_status(_moment(dt.datetime.now()))

    # -- background work ----------------------------------------------------------------

    def run_task(self, fn: Callable[[TaskProgress], object], text: str,
                 on_success: Callable[[object], None] | None = None, title: str | None = None) -> Task:
        """Run ``fn`` off the UI thread with a progress bar; failures show one sentence."""
        def progressed(done: int, total: int, message: str) -> None:
            self.progress.setRange(0, max(total, 0))
            self.progress.setValue(done)
            if message:
                self.progress.setFormat(message)

        task = run_task(fn, on_success=on_success, on_progress=progressed, parent=self,
                        on_failure=lambda message: QMessageBox.warning(self, title or APP_NAME, message))
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.setToolTip(text)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.clicked.connect(task.cancel)
        self.statusBar().showMessage(text)

        def finished() -> None:
            self.progress.hide()
            self.cancel_button.hide()
            self.cancel_button.clicked.disconnect(task.cancel)
            self.statusBar().clearMessage()

        task.finished.connect(finished)
        return task

    # -- window state and drops -----------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = self.settings
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # 1320×840 where it fits; on a smaller screen (a 1024×768 laptop) the whole
            # screen, never a window wider than the display with its right side out of view.
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is None or (screen.width() >= 1320 and screen.height() >= 840):
                self.resize(1320, 840)
            else:
                self.resize(min(1320, screen.width()), min(840, screen.height()))
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)

    def restore_last_page(self) -> None:
        """Reopen on the page the user left (call after every page is installed)."""
        key = self.settings.value("mainWindow/page", "")
        if key in self._pages:
            self.show_page(key)
        else:  # first launch: the first page of the sidebar (the dashboard once installed)
            self.ui.navList.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        settings = self.settings
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        settings.setValue("mainWindow/page", self.current_page_key() or "")
        super().closeEvent(event)

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [url.toLocalFile() for url in urls
                if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in DROPPABLE_SUFFIXES]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        files = self._dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in files:
            self.fileDropped.emit(path)


def _moment(moment: dt.datetime) -> str:
    """Today's saves by the time alone; older ones with their date."""
    return moment.strftime("%H:%M:%S") if moment.date() == dt.date.today() else moment.strftime("%Y-%m-%d %H:%M")
