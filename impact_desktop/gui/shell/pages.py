"""Which pages the main window shows, in sidebar order.

Each area adds itself here with one call; the order of calls is the sidebar order
(and Ctrl+1 … Ctrl+9). Pages read ``context.store`` afresh and follow
``context.events.changed``, so nothing here needs redoing when a database is switched.
What another part of the composition root needs (the import action, for the welcome
dialog) is handed back in :class:`InstalledPages`, never hung on the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from impact_desktop.gui.catalog import catalog_install
from impact_desktop.gui.catalog.overview_page import OverviewPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.dashboard import install as dashboard_install
from impact_desktop.gui.entries.entries_page import EntriesPage
from impact_desktop.gui.hub import hub_install
from impact_desktop.gui.importing import import_install
from impact_desktop.gui.importing.import_install import ImportFeature
from impact_desktop.gui.shell.icons import icon
from impact_desktop.gui.shell.main_window import MainWindow


@dataclass(frozen=True)
class InstalledPages:
    """What the pages added that the rest of the composition root uses."""

    overview: OverviewPage
    entries: EntriesPage
    #: Data → New entry… (Ctrl+N from any page).
    new_entry_action: QAction
    #: File → Import… and Export…, the import history page.
    imports: ImportFeature


def install_pages(window: MainWindow, context: AppContext) -> InstalledPages:
    overview = OverviewPage(context, window)
    window.add_page(
        "overview",
        QCoreApplication.translate("Pages", "Overview"),
        overview,
        icon("report"),
    )
    entries = EntriesPage(context, window, settings=window.settings)
    window.add_page(
        "entries",
        QCoreApplication.translate("Pages", "Entries"),
        entries,
        icon("entries"),
    )
    new_entry = _install_entry_actions(window, entries)
    overview.newEntryRequested.connect(lambda: (window.show_page("entries"), entries.new_entry()))
    overview.loadDemoRequested.connect(window.database.load_demo)
    catalog_install.install(window, context)
    dashboard_install.install(window, context)
    imports = import_install.install(window, context)
    hub_install.install(window, context)
    return InstalledPages(overview, entries, new_entry, imports)


def _install_entry_actions(window: MainWindow, entries: EntriesPage) -> QAction:
    """Ctrl+N works from any page: it opens the entry form over the Entries page."""
    new_entry = QAction(QCoreApplication.translate("Pages", "&New entry…"), window)
    new_entry.setObjectName("actionNewEntry")
    new_entry.setShortcut(QKeySequence.StandardKey.New)
    new_entry.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    new_entry.setToolTip(QCoreApplication.translate("Pages", "Type a new figure (Ctrl+N)"))
    new_entry.setIconText(QCoreApplication.translate("Pages", "New entry"))
    new_entry.triggered.connect(lambda: (window.show_page("entries"), entries.new_entry()))
    data = window.menu("data")
    data.addAction(new_entry)
    data.addSeparator()
    data.addActions([entries.edit_action, entries.duplicate_action, entries.delete_action])
    window.toolbar.addAction(new_entry)
    return new_entry
