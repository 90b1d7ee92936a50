"""The detail pane of the catalogue page: what a unit or program is, and its figures to date.

Totals come from :func:`services.summary.summarize` over every entry recorded so far, so
each metric is added up by its own rule (flows summed, stocks latest, distinct counts
as entered) and money is converted to the reporting currency, or the missing rate named.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.catalog_dialogs import status_label
from impact_desktop.gui.catalog_format import aggregation_label, format_figure
from impact_desktop.gui.context import AppContext
from impact_desktop.gui.generated.ui_catalog_page import Ui_CatalogPage
from impact_desktop.services.rate_check import EVERYTHING
from impact_desktop.services.summary import summarize
from impact_desktop.storage import catalog


class FiguresView(QObject):
    """Fills the detail widgets of ``Ui_CatalogPage`` for one selected unit or program."""

    def __init__(self, context: AppContext, ui: Ui_CatalogPage, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = ui
        header = ui.figuresTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.figuresNote.setStyleSheet("color: palette(placeholder-text);")
        ui.figuresCaption.setStyleSheet("font-weight: bold; margin-top: 8px;")

    def show_selection(self, selected: tuple[str, str] | None) -> None:
        ui = self.ui
        if selected is None:
            ui.detailStack.setCurrentWidget(ui.detailEmptyLabel)
            return
        kind, row_id = selected
        store = self.context.store
        try:
            if kind == "business_unit":
                self._show_unit(row_id)
                units = tuple(sorted(catalog.descendant_unit_ids(store, row_id)))
                scope = dataclasses.replace(EVERYTHING, business_unit_ids=units)
            else:
                self._show_program(row_id)
                scope = dataclasses.replace(EVERYTHING, program_ids=(row_id,))
        except ImpactError:
            # The item vanished (undo on another page, another file opened): the tree refreshes next.
            ui.detailStack.setCurrentWidget(ui.detailEmptyLabel)
            return
        ui.detailStack.setCurrentWidget(ui.detailPage)
        self._show_figures(scope, kind)

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

    def _show_figures(self, scope, kind: str) -> None:
        ui, table = self.ui, self.ui.figuresTable
        table.setRowCount(0)
        try:
            summary = summarize(self.context.store, scope)
        except ImpactError as exc:
            ui.figuresCaption.setText(self.tr("Figures to date"))
            ui.figuresNote.setText(str(exc))
            table.setVisible(False)
            return
        unit_text, program_text = self.tr("this unit and its nested units"), self.tr("this program")
        what = unit_text if kind == "business_unit" else program_text
        if not summary.totals:
            ui.figuresCaption.setText(self.tr("Figures to date"))
            ui.figuresNote.setText(
                self.tr("No entries recorded yet for %1. "
                        "Add them on the Entries page or import a spreadsheet.")
                .replace("%1", what))
            table.setVisible(False)
            return
        caption = self.tr("Figures to date for %1 (%2 entries)").replace("%1", what)
        ui.figuresCaption.setText(caption.replace("%2", f"{summary.entries:,}"))
        table.setVisible(True)
        table.setRowCount(len(summary.totals))
        for row, (key, value) in enumerate(summary.totals.items()):
            metric = summary.metrics.get(key)
            name = QTableWidgetItem(metric.name if metric else key)
            figure = QTableWidgetItem(format_figure(value, metric, summary.currency))
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            how = QTableWidgetItem(aggregation_label(metric.aggregation) if metric else "")
            for column, item in enumerate((name, figure, how)):
                table.setItem(row, column, item)
        note = self.tr("Money is shown in the reporting currency, %1.")
        ui.figuresNote.setText(note.replace("%1", summary.currency))
