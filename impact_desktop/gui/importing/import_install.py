"""Wiring import and export into the main window (File menu, toolbar, page, drag and drop).

``install(window, context)`` is called by the composition root with the main window,
which provides ``add_page``, ``menu(name)``, ``toolbar`` and the ``fileDropped(str)``
signal; see the main window's docstring for that contract.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.importing.import_history import ImportHistoryPage
from impact_desktop.gui.shell.icons import icon

if TYPE_CHECKING:  # opened on demand: their services (openpyxl, the readers) load then, not at start-up
    from impact_desktop.gui.entries.export_dialog import ExportDialog
    from impact_desktop.gui.importing.import_wizard import ImportWizard

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv")


class ImportFeature(QObject):
    """Owns the actions, the history page and the open wizard/export dialog."""

    def __init__(self, window, context: AppContext):
        super().__init__(window)
        self._window = window
        self._context = context
        self.wizard: ImportWizard | None = None
        self.export_dialog: ExportDialog | None = None
        self.history = ImportHistoryPage(context)
        self.import_action = QAction(translate("ImportInstall", "&Import…"), window)
        self.import_action.setObjectName("actionImport")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(translate("ImportInstall", "Import figures from an Excel workbook or CSV file"))
        self.import_action.setToolTip(translate("ImportInstall", "Import a spreadsheet (Ctrl+I)"))
        self.import_action.triggered.connect(self.open_wizard)
        self.export_action = QAction(translate("ImportInstall", "&Export…"), window)
        self.export_action.setObjectName("actionExport")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            translate("ImportInstall", "Export entries to Excel or CSV, or save an import template")
        )
        self.export_action.triggered.connect(self.open_export)
        self.history.importRequested.connect(self.open_wizard)

    @Slot()
    def open_wizard(self, path: str | None = None) -> ImportWizard:
        if self.wizard is not None and self.wizard.isVisible():
            if isinstance(path, str) and path:
                self.wizard.set_file(path)
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from impact_desktop.gui.importing.import_wizard import ImportWizard

        self.wizard = ImportWizard(self._context, path if isinstance(path, str) else None, self._window)
        self.wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard.show()
        return self.wizard

    @Slot(str)
    def file_dropped(self, path: str) -> None:
        if path.lower().endswith(SPREADSHEET_SUFFIXES):
            self.open_wizard(path)

    @Slot()
    def open_export(self) -> ExportDialog:
        from impact_desktop.gui.entries.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self._context, self._window)
        self.export_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.export_dialog.show()
        return self.export_dialog


def install(window, context: AppContext) -> ImportFeature:
    """Add File → Import… (Ctrl+I) and Export…, the "Import history" page and drop-to-import."""
    feature = ImportFeature(window, context)
    file_menu = window.menu("file")
    quit_action = next(
        (
            a
            for a in file_menu.actions()
            if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit) or a.menuRole() == QAction.MenuRole.QuitRole
        ),
        None,
    )
    if quit_action is not None:  # keep Quit last: … | Import…, Export… | Quit
        file_menu.insertActions(quit_action, [feature.import_action, feature.export_action])
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addSeparator()
        file_menu.addActions([feature.import_action, feature.export_action])
    window.toolbar.addAction(feature.import_action)
    window.add_page("imports", translate("ImportInstall", "Import history"), feature.history, icon("history"))
    window.fileDropped.connect(feature.file_dropped)
    return feature
