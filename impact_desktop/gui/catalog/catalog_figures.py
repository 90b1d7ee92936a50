"""The detail pane of the catalogue page: what a unit, program or channel is, and its figures to date.

Totals come from :func:`services.figures.figures_to_date` (one
:func:`services.summary.grouped_totals` over all time), so each metric is added up by its
own rule (flows summed, stocks latest, distinct counts as entered) and money is converted
to the reporting currency, or the missing rate named. They are computed on a worker
thread with its own read-only connection, so clicking through a large file never freezes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QSpacerItem, QTableWidgetItem

from impact_desktop.core import names
from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.catalog.catalog_dialogs import status_label
from impact_desktop.gui.catalog.catalog_format import aggregation_label, format_figure
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.tasks import run_task
from impact_desktop.gui.generated.ui_catalog_page import Ui_CatalogPage
from impact_desktop.services import catalog_names, catalog_queries
from impact_desktop.services.figures import FiguresToDate, figures_to_date
from impact_desktop.services.session import open_worker_reader


class FiguresView(QObject):
    """Fills the detail widgets of ``Ui_CatalogPage`` for one selected unit, program or channel.

    Signals:
        computed(): the figures (or the reason there are none) are on screen.
    """

    computed = Signal()

    def __init__(self, context: AppContext, ui: Ui_CatalogPage, parent: QObject | None = None):
        super().__init__(parent)
        self._generation = 0
        self.context = context
        self.ui = ui
        header = ui.figuresTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.figuresNote.setStyleSheet("color: palette(placeholder-text);")
        ui.figuresCaption.setStyleSheet("font-weight: bold; margin-top: 8px;")
        # Takes the room below the text when there is no table, so the text stays at the top.
        self._spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        ui.detailLayout.addSpacerItem(self._spacer)
        self._rows({})  # each item shows the rows it has; none before the first one

    def show_selection(self, selected: tuple[str, str] | None) -> None:
        """Show what ``selected`` is at once, and its figures when the worker has them."""
        ui = self.ui
        self._generation += 1
        if selected is None:
            ui.detailStack.setCurrentWidget(ui.detailEmptyLabel)
            return
        kind, row_id = selected
        if kind == "channels":  # the heading above the channels
            ui.detailStack.setCurrentWidget(ui.detailEmptyLabel)
            return
        try:
            if kind == "business_unit":
                self._show_unit(row_id)
            elif kind == "channel":
                self._show_channel(row_id)
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
        key = {"business_unit": "business_unit_id", "channel": "channel_id"}.get(kind, "program_id")

        def compute(_progress) -> tuple:
            reader = open_worker_reader(store)
            try:
                figures = figures_to_date(reader, **{key: row_id})
                book = catalog_names.NameBook(reader)  # read here: the page's store may be closed by then
                names = {key: book.metric(metric) for key, metric in figures.metrics.items()}
                return generation, kind, figures, names
            except ImpactError as exc:  # a missing rate: shown in place of the figures
                return generation, kind, str(exc), {}
            finally:
                reader.close()

        run_task(compute, on_success=self._on_result, on_failure=self._on_failure, parent=self)

    @Slot(object)
    def _on_result(self, result: tuple) -> None:
        generation, kind, figures, names = result
        if generation != self._generation:
            return  # the user has moved on to another item
        if isinstance(figures, str):
            self._on_failure(figures)
        else:
            self._show_figures(kind, figures, names)

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self.ui.figuresNote.setText(message)
        self._show_table(False)
        self.computed.emit()

    def _show_table(self, visible: bool) -> None:
        self.ui.figuresTable.setVisible(visible)
        vertical = QSizePolicy.Policy.Minimum if visible else QSizePolicy.Policy.Expanding
        self._spacer.changeSize(0, 0, QSizePolicy.Policy.Minimum, vertical)
        self.ui.detailLayout.invalidate()

    def _rows(self, visible: dict[str, bool]) -> None:
        form = self.ui.detailForm
        for row, name in enumerate(("kind", "unit", "status", "dates", "cause", "geography", "description",
                                    "names")):
            form.setRowVisible(row, visible.get(name, False))

    def _title_and_names(self, kind: str, row_id: str, name: str) -> bool:
        """The title in the interface language, and the item's other names (main one included
        when the title shows another); True when there are other names to show."""
        store = self.context.store
        shown = catalog_names.NameBook(store).shown(row_id, name)
        self.ui.titleLabel.setText(shown)
        others = [other for other in [name, *catalog_names.names_of(store, kind, row_id)] if other != shown]
        self.ui.namesValue.setText("; ".join(others))
        return bool(others)

    def _show_unit(self, unit_id: str) -> None:
        ui, store = self.ui, self.context.store
        unit = catalog_queries.get_unit(store, unit_id)
        has_names = self._title_and_names(names.BUSINESS_UNIT, unit.id, unit.name)
        ui.kindValue.setText(self.tr("Business unit"))
        parent = ""
        if unit.parent_id:
            parent_unit = catalog_queries.get_unit(store, unit.parent_id)
            parent = catalog_names.NameBook(store).shown(parent_unit.id, parent_unit.name)
        ui.unitCaption.setText(self.tr("Part of:"))
        ui.unitValue.setText(parent)
        ui.statusValue.setText(self.tr("Archived") if unit.archived else self.tr("In use"))
        ui.descriptionValue.setText(unit.description)
        self._rows({"kind": True, "unit": bool(parent), "status": True, "description": bool(unit.description),
                    "names": has_names})

    def _show_program(self, program_id: str) -> None:
        ui, store = self.ui, self.context.store
        program = catalog_queries.get_program(store, program_id)
        has_names = self._title_and_names(names.PROGRAM, program.id, program.name)
        ui.kindValue.setText(self.tr("Program"))
        ui.unitCaption.setText(self.tr("Business unit:"))
        unit = catalog_queries.get_unit(store, program.business_unit_id)
        ui.unitValue.setText(catalog_names.NameBook(store).shown(unit.id, unit.name))
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
                    "description": bool(program.description), "names": has_names})

    def _show_channel(self, channel_id: str) -> None:
        ui = self.ui
        channel = catalog_queries.get_channel(self.context.store, channel_id)
        has_names = self._title_and_names(names.CHANNEL, channel.id, channel.name)
        ui.kindValue.setText(self.tr("Channel"))
        ui.descriptionValue.setText(channel.description)
        self._rows({"kind": True, "description": bool(channel.description), "names": has_names})

    def _show_figures(self, kind: str, figures: FiguresToDate, names: dict[str, str]) -> None:
        ui, table = self.ui, self.ui.figuresTable
        what = {"business_unit": self.tr("this unit and its nested units"),
                "channel": self.tr("this channel")}.get(kind) or self.tr("this program")
        if not figures.totals:
            ui.figuresNote.setText(
                self.tr("No entries recorded yet for %1. "
                        "Add them on the Entries page or import a spreadsheet.")
                .replace("%1", what))
            self._show_table(False)
            self.computed.emit()
            return
        caption = (self.tr("Figures to date for %1 (1 entry)") if figures.entries == 1 else
                   self.tr("Figures to date for %1 (%2 entries)")).replace("%1", what)
        ui.figuresCaption.setText(caption.replace("%2", f"{figures.entries:,}"))
        self._show_table(True)
        table.setRowCount(len(figures.totals))
        for row, (key, value) in enumerate(figures.totals.items()):
            metric = figures.metrics.get(key)
            name = QTableWidgetItem(names.get(key, key))
            figure = QTableWidgetItem(format_figure(value, metric, figures.currency))
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            how = QTableWidgetItem(aggregation_label(metric.aggregation) if metric else "")
            for column, item in enumerate((name, figure, how)):
                table.setItem(row, column, item)
        note = self.tr("Money is shown in the reporting currency, %1.")
        ui.figuresNote.setText(note.replace("%1", figures.currency))
        self.computed.emit()
