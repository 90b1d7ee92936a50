"""The detail pane of the catalogue page: what a unit or program is, and its figures to date.

Totals come from :func:`services.figures.figures_to_date` (one
:func:`services.summary.grouped_totals` over all time), so each metric is added up by its
own rule (flows summed, stocks latest, distinct counts as entered) and money is converted
to the reporting currency, or the missing rate named. They are computed on a worker
thread with its own read-only connection, so clicking through a large file never freezes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.catalog_dialogs import status_label
from impact_desktop.gui.catalog_format import aggregation_label, format_figure
from impact_desktop.gui.context import AppContext
from impact_desktop.gui.generated.ui_catalog_page import Ui_CatalogPage
from impact_desktop.gui.tasks import start_task
from impact_desktop.services.figures import FiguresToDate, figures_to_date
from impact_desktop.storage import catalog
from impact_desktop.storage.reader import open_reader


class FiguresView(QObject):
    """Fills the detail widgets of ``Ui_CatalogPage`` for one selected unit or program.

    Signals:
        computed(): the figures (or the reason there are none) are on screen.
    """

    computed = Signal()

    def __init__(self, context: AppContext, ui: Ui_CatalogPage, parent: QObject | None = None):
        super().__init__(parent)
        self._generation = 0
        self._tasks: set = set()
        self.context = context
        self.ui = ui
        header = ui.figuresTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.figuresNote.setStyleSheet("color: palette(placeholder-text);")
        ui.figuresCaption.setStyleSheet("font-weight: bold; margin-top: 8px;")

    def show_selection(self, selected: tuple[str, str] | None) -> None:
        """Show what ``selected`` is at once, and its figures when the worker has them."""
        ui = self.ui
        self._generation += 1
        if selected is None:
            ui.detailStack.setCurrentWidget(ui.detailEmptyLabel)
            return
        kind, row_id = selected
        try:
            if kind == "business_unit":
                self._show_unit(row_id)
            else:
                self._show_program(row_id)
        except ImpactError:
            # The item vanished (undo on another page, another file opened): the tree refreshes next.
            ui.detailStack.setCurrentWidget(ui.detailEmptyLabel)
            return
        ui.detailStack.setCurrentWidget(ui.detailPage)
        self._start_figures(kind, row_id)

    def _start_figures(self, kind: str, row_id: str) -> None:
        ui = self.ui
        ui.figuresCaption.setText(self.tr("Figures to date"))
        ui.figuresNote.setText(self.tr("Adding up…"))
        ui.figuresTable.setRowCount(0)
        store, generation = self.context.store, self._generation
        key = "business_unit_id" if kind == "business_unit" else "program_id"

        def compute(_progress) -> tuple:
            reader = open_reader(store)
            try:
                return generation, kind, figures_to_date(reader, **{key: row_id})
            except ImpactError as exc:  # a missing rate: shown in place of the figures
                return generation, kind, str(exc)
            finally:
                reader.close()

        task = start_task(compute)
        task.succeeded.connect(self._on_result)
        task.failed.connect(self._on_failure)
        task.finished.connect(self._forget)
        self._tasks.add(task)  # alive until its queued results are delivered

    @Slot()
    def _forget(self) -> None:
        self._tasks.discard(self.sender())

    @Slot(object)
    def _on_result(self, result: tuple) -> None:
        generation, kind, figures = result
        if generation != self._generation:
            return  # the user has moved on to another item
        if isinstance(figures, str):
            self._on_failure(figures)
        else:
            self._show_figures(kind, figures)

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self.ui.figuresNote.setText(message)
        self.ui.figuresTable.setVisible(False)
        self.computed.emit()

    def _rows(self, visible: dict[str, bool]) -> None:
        form = self.ui.detailForm
        for row, name in enumerate(("kind", "unit", "status", "dates", "cause", "geography", "description")):
            form.setRowVisible(row, visible.get(name, False))

    def _show_unit(self, unit_id: str) -> None:
        ui, store = self.ui, self.context.store
        unit = catalog.get_business_unit(store, unit_id)
        ui.titleLabel.setText(unit.name)
        ui.kindValue.setText(self.tr("Business unit"))
        parent = catalog.get_business_unit(store, unit.parent_id).name if unit.parent_id else ""
        ui.unitCaption.setText(self.tr("Part of:"))
        ui.unitValue.setText(parent)
        ui.statusValue.setText(self.tr("Archived") if unit.archived else self.tr("In use"))
        ui.descriptionValue.setText(unit.description)
        self._rows({"kind": True, "unit": bool(parent), "status": True, "description": bool(unit.description)})

    def _show_program(self, program_id: str) -> None:
        ui, store = self.ui, self.context.store
        program = catalog.get_program(store, program_id)
        ui.titleLabel.setText(program.name)
        ui.kindValue.setText(self.tr("Program"))
        ui.unitCaption.setText(self.tr("Business unit:"))
        ui.unitValue.setText(catalog.get_business_unit(store, program.business_unit_id).name)
        status = status_label(program.status)
        if program.archived:
            status = self.tr("%1 (archived)").replace("%1", status)
        ui.statusValue.setText(status)
        if program.start_date or program.end_date:
            dates = self.tr("%1 to %2").replace("%1", program.start_date or self.tr("(no start date)"))
            dates = dates.replace("%2", program.end_date or self.tr("ongoing"))
        else:
            dates = self.tr("Not set")
        ui.datesValue.setText(dates)
        cause = QCoreApplication.translate("CauseArea", program.cause_area) if program.cause_area else ""
        ui.causeValue.setText(cause or self.tr("Not set"))
        ui.geographyValue.setText(program.geography or self.tr("Not set"))
        ui.descriptionValue.setText(program.description)
        self._rows({"kind": True, "unit": True, "status": True, "dates": True, "cause": True, "geography": True,
                    "description": bool(program.description)})

    def _show_figures(self, kind: str, figures: FiguresToDate) -> None:
        ui, table = self.ui, self.ui.figuresTable
        unit_text, program_text = self.tr("this unit and its nested units"), self.tr("this program")
        what = unit_text if kind == "business_unit" else program_text
        if not figures.totals:
            ui.figuresNote.setText(
                self.tr("No entries recorded yet for %1. "
                        "Add them on the Entries page or import a spreadsheet.")
                .replace("%1", what))
            table.setVisible(False)
            self.computed.emit()
            return
        caption = self.tr("Figures to date for %1 (%2 entries)").replace("%1", what)
        ui.figuresCaption.setText(caption.replace("%2", f"{figures.entries:,}"))
        table.setVisible(True)
        table.setRowCount(len(figures.totals))
        for row, (key, value) in enumerate(figures.totals.items()):
            metric = figures.metrics.get(key)
            name = QTableWidgetItem(metric.name if metric else key)
            figure = QTableWidgetItem(format_figure(value, metric, figures.currency))
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            how = QTableWidgetItem(aggregation_label(metric.aggregation) if metric else "")
            for column, item in enumerate((name, figure, how)):
                table.setItem(row, column, item)
        note = self.tr("Money is shown in the reporting currency, %1.")
        ui.figuresNote.setText(note.replace("%1", figures.currency))
        self.computed.emit()
