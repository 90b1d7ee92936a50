"""One stand-in for the main window, for tests of a feature's ``install(window, context)``.

It keeps the contract of :class:`impact_desktop.gui.shell.main_window.MainWindow` (see that module's
docstring) and nothing else: ``context``, ``toolbar``, ``fileDropped``, ``add_page`` (at a
``position``, a key only once), ``show_page``, ``page``, ``current_page_key``,
``menu`` (the six menus and no others) and ``hide_empty_menus``. Behind it there is no sidebar,
status bar, database menu or undo stack, so a feature that reaches for more than the contract fails
here. For the tests' eyes only: ``pages`` (key → (title, widget)), ``page_titles()`` (in sidebar
order) and ``stack`` (the page stack).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

MENUS = ("file", "edit", "view", "data", "report", "help")


class FakeWindow(QMainWindow):
    """The main window's contract, and nothing else.

    Signals:
        fileDropped(str): a spreadsheet dropped on the window (tests emit it by hand).
    """

    fileDropped = Signal(str)

    def __init__(self, context, parent: QWidget | None = None, *, settings=None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.toolbar = self.addToolBar("main")
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.pages: dict[str, tuple[str, QWidget]] = {}
        self._order: list[str] = []
        self._menus: dict[str, QMenu] = {name: self.menuBar().addMenu(name.title()) for name in MENUS}

    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None,
                 position: int | None = None) -> None:
        if key in self.pages:
            raise ValueError(f"page {key!r} is already installed")
        index = len(self._order) if position is None else max(0, min(position, len(self._order)))
        self.pages[key] = (title, widget)
        self._order.insert(index, key)
        self.stack.insertWidget(index, widget)

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.pages[key][1])

    def page(self, key: str) -> QWidget:
        return self.pages[key][1]

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, (_title, widget) in self.pages.items() if widget is current), None)

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def hide_empty_menus(self) -> None:
        for menu in self._menus.values():
            menu.menuAction().setVisible(any(not action.isSeparator() for action in menu.actions()))

    def page_titles(self) -> list[str]:
        """The pages' titles in sidebar order."""
        return [self.pages[key][0] for key in self._order]
