"""Export dialog: entries to .xlsx (one long sheet or one per metric) or .csv, or the template.

A CSV holds one sheet, so "one sheet per metric" is disabled while the file is a .csv,
and its currency rates go to a ``<stem>.rates.csv`` the success message names.

The export runs in the background with its own database connection.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.formatting import error_html
from impact_desktop.gui.common.tasks import Task, TaskProgress, run_task
from impact_desktop.gui.generated.ui_export_dialog import Ui_ExportDialog
from impact_desktop.services import entry_choices
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.entry_list import EntryFilter, count_entries
from impact_desktop.services.exporting import LONG, PER_METRIC, ExportResult, export_entries, export_template
from impact_desktop.services.scope import units_and_below
from impact_desktop.services.session import open_for_reading

XLSX, CSV, TEMPLATE = range(3)
SUFFIXES = {XLSX: ".xlsx", CSV: ".csv", TEMPLATE: ".xlsx"}


class ExportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, flt: EntryFilter | None = None):
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._context = context
        self._base = flt or EntryFilter()
        self._task: Task | None = None
        self._fill_choices()
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        for combo in (ui.periodCombo, ui.unitCombo, ui.metricCombo):
            combo.currentIndexChanged.connect(self._update_count)
        ui.browseButton.clicked.connect(self._browse)
        ui.fileEdit.textChanged.connect(self._update_buttons)
        ui.fileEdit.textChanged.connect(self._update_layout_choice)
        ui.exportButton.clicked.connect(self._export)
        ui.cancelButton.clicked.connect(self._cancel)
        ui.progressBar.setVisible(False)
        ui.fileEdit.setText(str(Path.home() / f"impact-export-{dt.date.today().isoformat()}.xlsx"))
        self._kind_changed()

    def _fill_choices(self) -> None:
        store, ui = self._context.store, self.ui
        ui.periodCombo.addItem(self.tr("All periods"), None)
        for year, period in entry_choices.fiscal_years_with_data(store):
            ui.periodCombo.addItem(self.tr("Fiscal year {year}").format(year=year), period)
        book = NameBook(store)  # names in the interface language
        ui.unitCombo.addItem(self.tr("All business units"), None)
        for unit in entry_choices.business_units(store):
            ui.unitCombo.addItem(book.shown(unit.id, unit.name), unit.id)
        ui.metricCombo.addItem(self.tr("All metrics"), None)
        for metric in entry_choices.metrics(store):
            ui.metricCombo.addItem(book.metric(metric), metric.key)

    def entry_filter(self) -> EntryFilter:
        base, ui = self._base, self.ui
        flt = EntryFilter(list(base.business_unit_ids), list(base.program_ids), list(base.metric_keys), base.start,
                          base.end, base.text, base.import_batch_id)
        period = ui.periodCombo.currentData()
        if period is not None:
            flt.start, flt.end = period.start, period.end
        if ui.unitCombo.currentData():
            flt.business_unit_ids = sorted(units_and_below(self._context.store, ids=[ui.unitCombo.currentData()]))
        if ui.metricCombo.currentData():
            flt.metric_keys = [ui.metricCombo.currentData()]
        return flt

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.ui.kindCombo.currentIndex()
        entries = kind != TEMPLATE
        for widget in (self.ui.periodCombo, self.ui.unitCombo, self.ui.metricCombo):
            widget.setEnabled(entries)
        text = self.ui.fileEdit.text().strip()
        if text:
            self.ui.fileEdit.setText(str(Path(text).with_suffix(SUFFIXES[kind])))
        self._update_layout_choice()
        self._update_count()

    @Slot()
    def _update_layout_choice(self) -> None:
        """One sheet per metric needs a workbook: a CSV file (chosen or typed) holds one sheet."""
        ui, kind = self.ui, self.ui.kindCombo.currentIndex()
        csv_file = kind == CSV or Path(ui.fileEdit.text().strip()).suffix.lower() == ".csv"
        workbook = kind == XLSX and not csv_file
        ui.longRadio.setEnabled(workbook)
        ui.perMetricRadio.setEnabled(workbook)
        if not workbook and ui.perMetricRadio.isChecked():
            ui.longRadio.setChecked(True)
        if kind == TEMPLATE:
            why = self.tr("The import template is one sheet to fill in.")
        elif csv_file:
            why = self.tr("A CSV file holds one sheet: choose an Excel workbook (.xlsx) for one sheet per metric.")
        else:
            why = self.tr("One sheet per metric, each with the same columns; importing reads them all.")
        ui.perMetricRadio.setToolTip(why)

    @Slot()
    def _update_count(self) -> None:
        if self.ui.kindCombo.currentIndex() == TEMPLATE:
            self.ui.countLabel.setText(self.tr("An empty workbook with one column per metric and instructions."))
        else:
            count = count_entries(self._context.store, self.entry_filter())
            self.ui.countLabel.setText(
                self.tr("1 entry will be exported, with its id, so importing the file elsewhere merges without "
                        "duplicates.") if count == 1 else
                self.tr("{count} entries will be exported, with their ids, so importing the file elsewhere merges "
                        "without duplicates.").format(count=f"{count:,}"))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.ui.exportButton.setEnabled(self._task is None and bool(self.ui.fileEdit.text().strip()))
        self.ui.cancelButton.setEnabled(self._task is None)

    @Slot()
    def _browse(self) -> None:
        kind = self.ui.kindCombo.currentIndex()
        file_filter = self.tr("CSV files (*.csv)") if kind == CSV else self.tr("Excel workbooks (*.xlsx)")
        default = self.ui.fileEdit.text() or str(Path.home() / f"impact-export{SUFFIXES[kind]}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), default, file_filter)
        if path:
            self.ui.fileEdit.setText(str(Path(path).with_suffix(SUFFIXES[kind])))

    @Slot()
    def _export(self) -> None:
        kind, db_path = self.ui.kindCombo.currentIndex(), self._context.store.path
        target = Path(self.ui.fileEdit.text().strip())
        per_metric = self.ui.perMetricRadio.isEnabled() and self.ui.perMetricRadio.isChecked()
        flt, layout = self.entry_filter(), PER_METRIC if per_metric else LONG

        def work(progress: TaskProgress):
            store = open_for_reading(db_path)
            try:
                if kind == TEMPLATE:
                    return export_template(store, target)
                return export_entries(store, target, flt, layout=layout, progress=progress.report)
            finally:
                store.close()

        self._task = run_task(work, on_success=self._done, on_failure=self._failed, on_progress=self._progressed,
                              parent=self)
        self.ui.progressBar.setVisible(True)
        self.ui.progressBar.setRange(0, 0)
        self._update_buttons()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, _text: str) -> None:
        if total:
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(done)

    @Slot(object)
    def _done(self, outcome) -> None:
        self._task = None
        self.ui.progressBar.setVisible(False)
        self.ui.countLabel.setText(self._done_text(outcome))
        self.ui.cancelButton.setText(self.tr("Close"))
        self._update_buttons()

    def _done_text(self, outcome: Path | ExportResult) -> str:
        if isinstance(outcome, Path):
            return self.tr("Saved {path}.").format(path=outcome)
        text = (self.tr("Exported 1 entry to {path}.") if outcome.rows == 1 else
                self.tr("Exported {count} entries to {path}.")).format(count=f"{outcome.rows:,}", path=outcome.path)
        if outcome.rates_path:
            text += " " + self.tr("The currency rates ({count}) are in {path}: keep the two files together, "
                                  "importing the CSV reads both.").format(count=outcome.rate_count,
                                                                         path=outcome.rates_path)
        if outcome.targets_path:
            text += " " + self.tr("The targets ({count}) are in {path}: keep it with the CSV too.").format(
                count=outcome.target_count, path=outcome.targets_path)
        if outcome.units_path:
            text += " " + self.tr("Which business unit sits under which is in {path}: keep it with the CSV "
                                  "too.").format(path=outcome.units_path)
        return text

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._task = None
        self.ui.progressBar.setVisible(False)
        self.ui.countLabel.setText(error_html(message))
        self._update_buttons()

    @Slot()
    def _cancel(self) -> None:
        if self._task is None:  # an export runs for seconds at most; it is not interrupted half-written
            self.reject()

    def export_now(self, path: str) -> None:
        """Set the file and start (used by keyboard-driven flows and tests)."""
        self.ui.fileEdit.setText(path)
        self._export()

