"""The Overview page: honest totals for a fiscal year, until the charts dashboard exists.

Totals come from ``services.summary.summarize`` (the one place aggregation rules live):
flows summed, stocks at their latest value, distinct counts as entered, money converted
to the reporting currency. A database without entries shows what to do first.

On a big database the figures are computed on a worker thread (its own connection), so
the window never waits for them.

Signals:
    newEntryRequested(): the empty state's "New entry…" button.
    loadDemoRequested(): the empty state's "Load demo data" button.
    refreshed(): the page shows figures for the current database and choice.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from impact_desktop.core.metrics import unit_display_name
from impact_desktop.core.number_format import NO_FIGURE, percent
from impact_desktop.core.periods import fiscal_year, month_key
from impact_desktop.gui.common.background_reader import BACKGROUND_BYTES, BackgroundReader, is_big
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.formatting import format_money, format_number
from impact_desktop.gui.generated.ui_overview_page import Ui_OverviewPage
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.chart_spec import month_label
from impact_desktop.services.overview import ALL_DATA, OverviewData, compute_overview
from impact_desktop.services.summary import Summary

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OverviewPage(QWidget):
    newEntryRequested = Signal()
    loadDemoRequested = Signal()
    refreshed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.background_bytes = BACKGROUND_BYTES
        self._generation = 0
        self._reader = BackgroundReader(self)
        self._names = NameBook()
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.ui.newEntryButton.clicked.connect(self.newEntryRequested)
        self.ui.loadDemoButton.clicked.connect(self.loadDemoRequested)
        self.ui.scopeCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        for table in (self.ui.totalsTable, self.ui.unitsTable):
            table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        context.events.changed.connect(self._data_changed)
        self._stale = False
        self._refresh_when_seen()

    def _data_changed(self, topic: str) -> None:
        if topic != "imports":
            self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        """Refresh now, or, on a big database while another page is shown, when first shown:
        at start-up the page the window opens on gets the machine to itself."""
        if self.isVisible() or not is_big(self.context.store, self.background_bytes):
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recompute from the open database: directly when small, on a worker when big."""
        self._stale = False
        self._generation += 1
        store = self.context.store
        choice = self.ui.scopeCombo.currentData()
        if not is_big(store, self.background_bytes):
            self._apply(compute_overview(store, choice))
            return
        generation = self._generation
        self.ui.scopeInfoLabel.setText(self.tr("Computing totals…"))
        task = self._reader.run(store.path, lambda reader: (generation, compute_overview(reader, choice)))
        task.succeeded.connect(self._arrived)
        task.failed.connect(self._show_problem)

    def _arrived(self, result) -> None:
        generation, data = result
        if generation == self._generation:
            self._apply(data)

    def _apply(self, data: OverviewData) -> None:
        ui = self.ui
        ui.stack.setCurrentWidget(ui.emptyPage if data.empty else ui.contentPage)
        ui.scopeCombo.setVisible(not data.empty)
        ui.scopeLabel.setVisible(not data.empty)
        self._fill_scopes(data)
        if data.problem:
            self._show_problem(data.problem)
        elif data.summary is not None:
            ui.problemLabel.hide()
            self._names = data.names
            self._show(data.summary)
        self.refreshed.emit()

    def _show_problem(self, message: str) -> None:
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.show()
        self.ui.totalsTable.setRowCount(0)
        self.ui.unitsTable.setRowCount(0)

    def _fill_scopes(self, data: OverviewData) -> None:
        combo = self.ui.scopeCombo
        combo.blockSignals(True)
        combo.clear()
        for year in data.years:
            period = fiscal_year(year, data.fiscal_start_month)
            label = self.tr("FY%1 (%2 – %3)").replace("%1", str(year))
            label = label.replace("%2", month_label(month_key(period.start))).replace(
                "%3", month_label(month_key(period.end)))
            combo.addItem(label, year)
        combo.addItem(self.tr("All data"), ALL_DATA)
        combo.setCurrentIndex(max(0, combo.findData(data.choice)))
        combo.blockSignals(False)

    def _value(self, summary: Summary, key: str, value: Decimal | None) -> str:
        """The number alone (the unit has its own column); no figure is "—"."""
        if value is None:
            return NO_FIGURE
        metric = summary.metrics[key]
        return (format_money(value, summary.currency) if metric.is_money else format_number(value)).split(" ")[0]

    def _unit(self, summary: Summary, key: str) -> str:
        metric = summary.metrics[key]
        return summary.currency if metric.is_money else unit_display_name(metric)

    def _show(self, summary: Summary) -> None:
        ui = self.ui
        ui.scopeInfoLabel.setText(
            (self.tr("%1 to %2 · 1 entry · money in %4") if summary.entries == 1 else
             self.tr("%1 to %2 · %3 entries · money in %4")).replace("%1", summary.start.isoformat())
            .replace("%2", summary.end.isoformat()).replace("%3", f"{summary.entries:,}")
            .replace("%4", summary.currency))
        table = ui.totalsTable
        headers = [self.tr("Metric"), self.tr("Total"), self.tr("Unit"), self.tr("Target"), self.tr("Achieved")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        keys = summary.shown_keys  # a metric with a target but no entry shows "—", never 0
        table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            value, target = summary.figure(key), summary.targets.get(key)
            cells = [self._names.metric(summary.metrics[key]), self._value(summary, key, value),
                     self._unit(summary, key), self._value(summary, key, target) if target else "",
                     percent(summary.achieved(key)) if target else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 3, 4):
                    item.setTextAlignment(_RIGHT)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            header.resizeSection(column, max(header.sectionSize(column), 110))
        _fit_height(table)
        self._show_units(summary)
        ui.notesLabel.setText("\n".join(summary.notes))

    def _show_units(self, summary: Summary) -> None:
        """Metrics down, business units across: a handful of units fit the width."""
        table = self.ui.unitsTable
        keys = list(summary.totals)
        units = list(summary.by_business_unit)
        table.clear()
        table.setColumnCount(len(units) + 1)
        table.setHorizontalHeaderLabels([self.tr("Metric"), *units])
        table.setRowCount(len(keys))
        table.verticalHeader().hide()
        for row, key in enumerate(keys):
            label = f"{self._names.metric(summary.metrics[key])} ({self._unit(summary, key)})"
            table.setItem(row, 0, QTableWidgetItem(label))
            for column, unit in enumerate(units, start=1):
                value = summary.by_business_unit[unit].get(key)
                item = QTableWidgetItem(self._value(summary, key, value))
                item.setTextAlignment(_RIGHT)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(units) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        _fit_height(table)


def _fit_height(table: QTableWidget) -> None:
    """As tall as its rows: the page scrolls as a whole when the window is short."""
    scrollbar = table.horizontalScrollBar().sizeHint().height() if table.horizontalScrollBar().isVisible() else 0
    height = (table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
              + 2 * table.frameWidth() + scrollbar)
    table.setFixedHeight(height)
