"""Print, Print preview, Export PDF and Export chart, for the dashboard's current filter.

The report is computed afresh from the store at the moment it is asked for (with the
report-only details: per-program tables, rates, data sources), using the filter the
dashboard shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common.busy import wait_cursor
from impact_desktop.gui.dashboard.page import DashboardPage
from impact_desktop.io.destinations import check_writable
from impact_desktop.services.dashboard import DashboardData, load_dashboard
from impact_desktop.services.report_file import pdf_file_name


def default_page_size() -> str:
    """Letter where it is the norm (US, Canada, Mexico, Philippines), A4 elsewhere."""
    territory = QLocale().territory()
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
              QLocale.Country.Philippines}
    return "Letter" if territory in letter else "A4"


class ReportActions(QObject):
    """The report commands; ``parent_widget`` parents their dialogs."""

    def __init__(self, page: DashboardPage, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.page = page
        self.parent_widget = parent_widget
        self.last_preview: QPrintPreviewDialog | None = None
        self.last_page_count = 0

    def report_data(self) -> DashboardData | None:
        """The figures to print, or None (after telling the user why) when there are none."""
        try:
            data = load_dashboard(self.page.context.store, self.page.current_filter(), details=True)
        except ImpactError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Report"), str(exc))
            return None
        if data.empty:
            QMessageBox.information(self.parent_widget, self.tr("Report"), self.tr(
                "There are no entries in {0} for this selection, so there is nothing to print. "
                "Choose another period or business unit on the dashboard.").format(data.period_label))
            return None
        return data

    def _printer(self) -> QPrinter:
        from impact_desktop.report.export import prepare_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, default_page_size())
        return printer

    def print_report(self) -> None:
        data = self.report_data()
        if data is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Print report"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._paint(printer, data)

    def preview(self) -> QPrintPreviewDialog | None:
        data = self.report_data()
        if data is None:
            return None
        self._preview_printer = self._printer()  # the dialog does not own it: keep it alive
        dialog = QPrintPreviewDialog(self._preview_printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.resize(900, 1000)
        dialog.paintRequested.connect(lambda printer: self._paint(printer, data))
        self.last_preview = dialog
        dialog.open()
        return dialog

    def _paint(self, printer: QPrinter, data: DashboardData) -> None:
        from impact_desktop.report.export import print_report

        with wait_cursor():
            self.last_page_count = print_report(printer, data, self.page.locale_name)

    def export_pdf(self, path: str | None = None) -> str | None:
        """Ask for a file name (unless given) and write the report there."""
        data = self.report_data()
        if data is None:
            return None
        if path is None:
            name = f"{data.organisation or 'impact'} report {data.period_label.split(' (')[0]}.pdf".replace("/", "-")
            path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export PDF"), name,
                                                  self.tr("PDF document (*.pdf)"))
            if not path:
                return None
        try:
            path = pdf_file_name(path, add_missing=True)  # "report" → "report.pdf"; "report.png" is refused
        except ImpactError:
            QMessageBox.warning(self.parent_widget, self.tr("Export PDF"), self.tr(
                "The report is a PDF file: choose a name ending in .pdf, not “{0}”.").format(Path(path).name))
            return None
        from impact_desktop.report.export import write_pdf

        if not Path(path).parent.exists():
            QMessageBox.warning(self.parent_widget, self.tr("Export PDF"),
                                self.tr("The folder {0} does not exist.").format(Path(path).parent))
            return None
        try:
            check_writable(path)
        except ImpactError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Export PDF"), str(exc))
            return None
        try:
            with wait_cursor():
                write_pdf(path, data, page_size=default_page_size(), locale_name=self.page.locale_name)
        except ImpactError as exc:  # a full disk, a folder gone read-only: the old file is still there
            QMessageBox.warning(self.parent_widget, self.tr("Export PDF"), str(exc))
            return None
        return path

    def export_chart(self, fmt: str) -> str | None:
        """Ask which chart (if there are several), then where to save it."""
        self.page.catch_up()  # the page may not have been shown yet
        charts = [chart for chart in self.page.all_charts() if chart.spec is not None]
        if not charts:
            QMessageBox.information(self.parent_widget, self.tr("Export chart"),
                                    self.tr("There is no chart to export yet."))
            return None
        titles = [chart.spec.title for chart in charts]
        title, ok = QInputDialog.getItem(self.parent_widget, self.tr("Export chart"), self.tr("Chart:"),
                                         titles, 0, False)
        if not ok:
            return None
        return charts[titles.index(title)].export_dialog(fmt)
