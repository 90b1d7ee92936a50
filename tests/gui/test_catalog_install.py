"""install() against a minimal window implementing the main window's contract."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from impact_desktop.gui.catalog.catalog_dialogs import ProgramDialog
from impact_desktop.gui.catalog.catalog_install import install
from impact_desktop.gui.catalog.catalog_page import CatalogPage
from impact_desktop.gui.catalog.metrics_page import MetricsPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.settings.rates_page import RatesPage
from impact_desktop.gui.settings.settings_dialog import SettingsDialog
from impact_desktop.gui.settings.targets_page import TargetsPage
from impact_desktop.storage import catalog
from tests.gui.fake_window import FakeWindow

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("background_work_finished")]



def _action(menu: QMenu, text: str):
    return next(action for action in menu.actions() if action.text().replace("&", "") == text)


def test_install_adds_pages_and_actions(qtbot, store):
    window = FakeWindow(AppContext(store))
    qtbot.addWidget(window)
    install(window, window.context)
    kinds = {key: (title, type(widget)) for key, (title, widget) in window.pages.items()}
    assert kinds == {
        "catalog": ("Business units & programs", CatalogPage),
        "targets": ("Targets", TargetsPage),
        "rates": ("Currency rates", RatesPage),
        "metrics": ("Metrics", MetricsPage),
    }
    data = window.menu("data")
    new_program = _action(data, "New program…")
    assert new_program.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert _action(data, "New business unit…").shortcut() == QKeySequence("Ctrl+Shift+B")
    assert new_program in window.toolbar.actions()
    settings = _action(window.menu("edit"), "Settings…")
    assert QKeySequence("Ctrl+,") in settings.shortcuts()

    window.show()
    settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()

    unit_id = catalog.add_business_unit(store, "Cainiao")
    window.context.notify("catalog")
    page = window.pages["catalog"][1]
    qtbot.waitUntil(lambda: page.select("business_unit", unit_id))
    window.show_page("targets")
    new_program.trigger()
    assert window.current_page_key() == "catalog"
    assert isinstance(page.active_dialog, ProgramDialog)
    assert page.active_dialog.ui.unitCombo.currentData() == unit_id


def test_hidden_pages_catch_up_when_shown(qtbot, store, monkeypatch):
    from decimal import Decimal

    from impact_desktop.core.periods import fiscal_year
    from impact_desktop.storage.targets import Target, add_target

    window = FakeWindow(AppContext(store))
    qtbot.addWidget(window)
    install(window, window.context)
    window.show()
    targets_page = window.pages["targets"][1]
    assert not targets_page.isVisible() and targets_page.ui.table.rowCount() == 0
    add_target(store, Target("volunteer_hours", fiscal_year(2018), Decimal(250000)))
    loads = []
    load = targets_page.load
    monkeypatch.setattr(targets_page, "load", lambda: loads.append("load") or load())
    window.context.notify("targets")
    assert not targets_page._refresh_timer.isActive(), "no refresh is even scheduled"
    assert targets_page.ui.table.rowCount() == 0  # no work for a page nobody looks at
    window.show_page("targets")
    qtbot.waitUntil(lambda: targets_page.ui.table.rowCount() == 1)
    assert loads == ["load"], "read once, when shown"
    assert targets_page.ui.table.item(0, 3).text() == "250,000 hours"


def test_the_targets_page_reads_nothing_until_first_shown(qtbot, store, monkeypatch):
    """Target progress sums every entry a target covers: start-up must not wait for it."""
    from decimal import Decimal

    from impact_desktop.core.periods import fiscal_year
    from impact_desktop.gui.settings import targets_page as targets_module
    from impact_desktop.storage.targets import Target, add_target

    add_target(store, Target("volunteer_hours", fiscal_year(2018), Decimal(250000)))
    sums = []
    progress = targets_module.target_progress
    monkeypatch.setattr(targets_module, "target_progress", lambda *args: sums.append(1) or progress(*args))
    window = FakeWindow(AppContext(store))
    qtbot.addWidget(window)
    install(window, window.context)
    window.show()
    qtbot.wait(50)
    assert sums == [], "nothing summed while the window starts"
    window.show_page("targets")
    targets_page = window.pages["targets"][1]
    assert sums == [1] and targets_page.ui.table.rowCount() == 1, "read as it is shown, before its first paint"
    assert targets_page.ui.table.item(0, 3).text() == "250,000 hours"


def test_the_rates_page_checks_missing_rates_only_when_first_shown(qtbot, demo_store, monkeypatch):
    """The check of missing rates reads every entry's currency and month: start-up must not wait for it."""
    from impact_desktop.gui.settings import rates_page as rates_module
    from impact_desktop.storage.settings import Settings, save_settings

    save_settings(demo_store, Settings(reporting_currency="USD", fiscal_start_month=4))
    checks = []
    missing = rates_module.missing_rates
    monkeypatch.setattr(rates_module, "missing_rates", lambda *args: checks.append(1) or missing(*args))
    window = FakeWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    install(window, window.context)
    window.show()
    qtbot.wait(50)
    assert checks == [], "nothing checked while the window starts"
    window.show_page("rates")
    rates = window.pages["rates"][1]
    assert checks == [1], "checked as it is shown, before its first paint"
    assert rates.ui.table.rowCount() == 1 and rates.ui.missingList.count() >= 1
