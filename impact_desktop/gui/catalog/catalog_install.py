"""Puts the catalogue, targets, rates and metrics pages and their actions into the main window.

The main window offers a small contract, so this module needs nothing else from it::

    window.add_page(key, title, widget, icon=None, position=None)
    window.menu(name) -> QMenu        # 'file', 'edit', 'view', 'data', 'report', 'help'
    window.toolbar -> QToolBar
    window.context -> AppContext
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from impact_desktop.gui.catalog.catalog_page import CatalogPage
from impact_desktop.gui.catalog.metrics_page import MetricsPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.settings.rates_page import RatesPage
from impact_desktop.gui.settings.settings_dialog import SettingsDialog
from impact_desktop.gui.settings.targets_page import TargetsPage
from impact_desktop.gui.shell.icons import icon

NEW_UNIT_SHORTCUT = "Ctrl+Shift+B"  # not Ctrl+Shift+U: IBus takes it for Unicode input
NEW_PROGRAM_SHORTCUT = "Ctrl+Shift+P"



def settings_shortcuts() -> list[QKeySequence]:
    """Ctrl+, everywhere, plus the platform's own Preferences key where it has another."""
    keys = [QKeySequence("Ctrl+,")]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        if key not in keys:
            keys.append(key)
    return keys


def open_settings(window, context: AppContext) -> SettingsDialog:
    """Open the Settings dialog over ``window`` (window-modal, deleted when closed)."""
    dialog = SettingsDialog(context, window, getattr(window, "settings", None))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(window, context: AppContext) -> None:
    """Add the four pages, the Data menu's New business unit / New program and Settings…."""
    catalog_page = CatalogPage(context)
    window.add_page("catalog", QCoreApplication.translate("CatalogInstall", "Business units & programs"), catalog_page,
                    icon("units"))
    window.add_page("targets", QCoreApplication.translate("CatalogInstall", "Targets"), TargetsPage(context),
                    icon("targets"))
    window.add_page("rates", QCoreApplication.translate("CatalogInstall", "Currency rates"), RatesPage(context),
                    icon("rates"))
    window.add_page("metrics", QCoreApplication.translate("CatalogInstall", "Metrics"), MetricsPage(context),
                    icon("chart"))

    data_menu = window.menu("data")
    new_unit = QAction(QCoreApplication.translate("CatalogInstall", "New &business unit…"), window)
    new_unit.setObjectName("actionNewBusinessUnit")
    new_unit.setShortcut(QKeySequence(NEW_UNIT_SHORTCUT))
    new_unit.setStatusTip(QCoreApplication.translate("CatalogInstall", "Add a business unit to the catalogue"))
    new_unit.triggered.connect(lambda: (window.show_page("catalog"), catalog_page.new_business_unit()))
    new_program = QAction(QCoreApplication.translate("CatalogInstall", "New &program…"), window)
    new_program.setObjectName("actionNewProgram")
    new_program.setShortcut(QKeySequence(NEW_PROGRAM_SHORTCUT))
    new_program.setStatusTip(QCoreApplication.translate("CatalogInstall", "Add a program to a business unit"))
    new_program.triggered.connect(lambda: (window.show_page("catalog"), catalog_page.new_program()))
    data_menu.addAction(new_unit)
    data_menu.addAction(new_program)
    window.toolbar.addAction(new_program)

    settings = QAction(QCoreApplication.translate("CatalogInstall", "&Settings…"), window)
    settings.setObjectName("actionSettings")
    settings.setShortcuts(settings_shortcuts())
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings.setStatusTip(QCoreApplication.translate(
        "CatalogInstall", "Reporting currency, fiscal year, device name, default database"))
    settings.triggered.connect(lambda: open_settings(window, context))
    # Windows programs keep options under File; GNOME, KDE and macOS under Edit (macOS moves it).
    window.menu("file" if sys.platform == "win32" else "edit").addAction(settings)
