"""The first-run setup (``ui/setup_dialog.ui``): organisation, currency, fiscal year, first units and programs.

"Start empty" on the welcome dialog leads here, so the entry form never offers an empty
program list. The units and programs are typed one per line or read from a spreadsheet
(a template is offered); OK writes everything at once through
:func:`impact_desktop.services.setup.first_setup`.

Signals:
    done(object): the :class:`~impact_desktop.services.setup.SetupResult`, after saving.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.editor_dialog import combo_data, select_data
from impact_desktop.gui.generated.ui_setup_dialog import Ui_SetupDialog
from impact_desktop.gui.settings.target_dialog import fill_currency_combo
from impact_desktop.services import setup
from impact_desktop.services.setup import CatalogLine

#: Topics every view refreshes on after the setup.
TOPICS = ("settings", "catalog")


def lines_text(lines: list[CatalogLine]) -> str:
    """The lines as the text box shows them ("Ant Financial = 蚂蚁金服 / Ant Forest")."""
    out = []
    for line in lines:
        unit = " = ".join([line.unit, *line.unit_others])
        program = " = ".join([line.program, *line.program_others]) if line.program else ""
        out.append(f"{unit} / {program}" if program else unit)
    return "\n".join(out)


class SetupDialog(QDialog):
    done = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self._context = context
        self._sheet_lines: list[CatalogLine] = []  # parent units, cause areas and geographies from a sheet
        ui = self.ui
        locale = QLocale()
        for number in range(1, 13):
            ui.fiscalCombo.addItem(locale.standaloneMonthName(number), number)
        select_data(ui.fiscalCombo, 4)
        fill_currency_combo(ui.currencyCombo, "CNY")
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save and start"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.readSheetButton.clicked.connect(self._read_sheet)
        ui.templateButton.clicked.connect(self._save_template)
        ui.errorLabel.setStyleSheet("color: #c62828;")
        ui.organisationEdit.setFocus()

    def _lines(self) -> list[CatalogLine]:
        typed = setup.parse_lines(self.ui.catalogEdit.toPlainText())
        details = {(line.unit, line.program): line for line in self._sheet_lines}
        for line in typed:  # what the sheet said beyond the names (parent, cause area, geography) stays
            known = details.get((line.unit, line.program))
            if known is not None:
                line.parent, line.cause_area, line.geography = known.parent, known.cause_area, known.geography
        return typed

    def accept(self) -> None:
        ui = self.ui
        try:
            lines = self._lines()
            if not lines:
                raise ImpactError(self.tr("Type at least one business unit and its program (Business unit / "
                                          "Program), or read them from a spreadsheet."))
            result = setup.first_setup(self._context.store, organisation=ui.organisationEdit.text(),
                                       currency=ui.currencyCombo.currentText(),
                                       fiscal_start_month=combo_data(ui.fiscalCombo) or 4, lines=lines)
        except ImpactError as exc:
            ui.errorLabel.setText(html.escape(str(exc)))
            return
        for topic in TOPICS:
            self._context.notify(topic)
        super().accept()
        self.done.emit(result)

    def _read_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Units and programs"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
        if path:
            self.read_sheet(path)

    def read_sheet(self, path: str) -> None:
        """Fill the list from a spreadsheet (what the button does after the file is chosen)."""
        try:
            from impact_desktop.services import catalog_sheet  # openpyxl: 0.3-0.5 s, not at start-up

            lines = catalog_sheet.read_catalog_sheet(path)
        except ImpactError as exc:
            self.ui.errorLabel.setText(html.escape(str(exc)))
            return
        self._sheet_lines = lines
        self.ui.catalogEdit.setPlainText(lines_text(lines))
        self.ui.errorLabel.clear()
        self.ui.sheetLabel.setText(self.tr("Read 1 row; check it below, then save.") if len(lines) == 1 else
                                   self.tr("Read {count} rows; check them below, then save.").format(
                                       count=f"{len(lines):,}"))

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a template"), self.tr("units-and-programs.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            try:
                from impact_desktop.services import catalog_sheet  # openpyxl: not at start-up

                catalog_sheet.write_template(path)
            except ImpactError as exc:
                self.ui.errorLabel.setText(html.escape(str(exc)))
                return
            self.ui.sheetLabel.setText(self.tr("Saved the template to {path}: fill it in, then read it here.")
                                       .format(path=path))
