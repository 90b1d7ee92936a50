"""A tiny stand-in for the main window's page/menu contract, for dashboard tests."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTabWidget, QToolBar


class FakeWindow(QMainWindow):
    def __init__(self, context):
        super().__init__()
        self.context = context
        self.tabs = QTabWidget(self)
        self.setCentralWidget(self.tabs)
        self.toolbar = QToolBar(self)
        self.addToolBar(self.toolbar)
        self.pages: dict = {}
        self.menus: dict = {}

    def add_page(self, key, title, widget, icon=None, position=None):
        self.pages[key] = widget
        self.tabs.insertTab(self.tabs.count() if position is None else position, widget, title)

    def show_page(self, key):
        self.tabs.setCurrentWidget(self.pages[key])

    def menu(self, name):
        if name not in self.menus:
            self.menus[name] = self.menuBar().addMenu(name.title())
        return self.menus[name]
