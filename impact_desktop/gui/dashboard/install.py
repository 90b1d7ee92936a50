"""Adds the dashboard page and the Report menu to the main window.

The window contract (implemented by the main window): ``add_page(key, title, widget,
icon=None, position=None)``, ``show_page(key)``, ``menu(name)`` for 'file', 'edit',
'view', 'data', 'report', 'help', ``toolbar`` and ``context``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.dashboard.page import DashboardPage
from impact_desktop.gui.dashboard.report_actions import ReportActions
from impact_desktop.gui.shell.icons import icon

PAGE_KEY = "dashboard"


def install(window, context: AppContext) -> DashboardPage:
    """Create the page at position 0 and wire the Report menu; returns the page."""
    page = DashboardPage(context, settings=getattr(window, "settings", None))
    window.add_page(PAGE_KEY, QCoreApplication.translate("DashboardInstall", "Dashboard"), page, icon("dashboard"),
                    position=0)
    actions = ReportActions(page, window)
    page.report_actions = actions
    menu = window.menu("report")

    def add(text: str, slot, shortcut=None, tip: str = "", name: str = "") -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)  # the polish gives each action its icon by this name
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip or text)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls
    print_action = add(translate("DashboardInstall", "&Print…"), actions.print_report, QKeySequence.StandardKey.Print,
                       translate("DashboardInstall", "Print the summary report for the dashboard's selection"),
                       "actionPrint")
    add(translate("DashboardInstall", "Print pre&view…"), actions.preview, None,
        translate("DashboardInstall", "See the report's pages before printing"), "actionPrintPreview")
    add(translate("DashboardInstall", "&Export PDF…"), actions.export_pdf, "Ctrl+Shift+E",
        translate("DashboardInstall", "Save the summary report as a PDF file"), "actionExportPdf")
    menu.addSeparator()
    add(translate("DashboardInstall", "Export chart as P&NG…"), lambda: actions.export_chart("png"), None,
        translate("DashboardInstall", "Save one dashboard chart as an image"), "actionExportChartPng")
    add(translate("DashboardInstall", "Export chart as &SVG…"), lambda: actions.export_chart("svg"), None,
        translate("DashboardInstall", "Save one dashboard chart as a vector drawing"), "actionExportChartSvg")
    toolbar = getattr(window, "toolbar", None)
    if toolbar is not None:
        toolbar.addAction(print_action)
    return page
