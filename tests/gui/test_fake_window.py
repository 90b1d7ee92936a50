"""The tests' FakeWindow keeps the real main window's contract: same methods, same answers."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtWidgets import QLabel, QMenu, QToolBar

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.shell.main_window import MainWindow
from tests.gui.fake_window import MENUS, FakeWindow

CONTRACT = ("__init__", "add_page", "show_page", "page", "current_page_key", "menu", "hide_empty_menus")


def _parameters(function) -> list[tuple[str, object, object]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


@pytest.mark.parametrize("name", CONTRACT)
def test_the_fake_has_each_contract_method_with_the_real_parameters(name):
    assert _parameters(getattr(FakeWindow, name)) == _parameters(getattr(MainWindow, name))


@pytest.fixture(params=[MainWindow, FakeWindow], ids=["real", "fake"])
def window(request, qtbot, store):
    window = request.param(AppContext(store))
    qtbot.addWidget(window)
    return window


def test_both_windows_answer_the_contract_alike(window):
    assert isinstance(window.toolbar, QToolBar)
    assert window.context.store is not None
    assert all(isinstance(window.menu(name), QMenu) for name in MENUS)
    with pytest.raises(KeyError):
        window.menu("tools")
    pages = {key: QLabel(key) for key in ("entries", "catalog", "dashboard")}
    window.add_page("entries", "Entries", pages["entries"])
    window.add_page("catalog", "Catalogue", pages["catalog"])
    window.add_page("dashboard", "Dashboard", pages["dashboard"], position=0)
    with pytest.raises(ValueError):
        window.add_page("entries", "Entries again", QLabel())
    assert all(window.page(key) is widget for key, widget in pages.items())
    window.show_page("catalog")
    assert window.current_page_key() == "catalog"
    received = []
    window.fileDropped.connect(received.append)
    window.fileDropped.emit("figures.xlsx")
    assert received == ["figures.xlsx"]


def test_the_fake_keeps_pages_in_sidebar_order(qtbot, store):
    window = FakeWindow(AppContext(store))
    qtbot.addWidget(window)
    window.add_page("entries", "Entries", QLabel())
    window.add_page("dashboard", "Dashboard", QLabel(), position=0)
    window.add_page("rates", "Rates", QLabel(), position=99)
    assert window.page_titles() == ["Dashboard", "Entries", "Rates"]
    assert window.stack.widget(0) is window.page("dashboard")
