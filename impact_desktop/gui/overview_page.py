"""The Overview page: honest totals for a fiscal year, until the charts dashboard exists.

Totals come from ``services.summary.summarize`` (the one place aggregation rules live):
flows summed, stocks at their latest value, distinct counts as entered, money converted
to the reporting currency. A database without entries shows what to do first.

Signals:
    newEntryRequested(): the empty state's "New entry…" button.
    loadDemoRequested(): the empty state's "Load demo data" button.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.periods import fiscal_year, fiscal_year_of
from impact_desktop.gui.context import AppContext
from impact_desktop.gui.formatting import format_money, format_number
from impact_desktop.gui.generated.ui_overview_page import Ui_OverviewPage
from impact_desktop.services.summary import Summary, summarize
from impact_desktop.storage.entries import count_entries
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import Scope, data_range

ALL_DATA = "all"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OverviewPage(QWidget):
    newEntryRequested = Signal()
    loadDemoRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.ui.newEntryButton.clicked.connect(self.newEntryRequested)
        self.ui.loadDemoButton.clicked.connect(self.loadDemoRequested)
        self.ui.scopeCombo.currentIndexChanged.connect(lambda _i: self.refresh_totals())
        for table in (self.ui.totalsTable, self.ui.unitsTable):
            table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        context.events.changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, topic: str) -> None:
        if topic != "imports":
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the period choices and the totals from the open database."""
        store = self.context.store
        empty = count_entries(store) == 0
        self.ui.stack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.contentPage)
        self.ui.scopeCombo.setEnabled(not empty)
        self._fill_scopes()
        if not empty:
            self.refresh_totals()

    def _fill_scopes(self) -> None:
        store = self.context.store
        start_month = load_settings(store).fiscal_start_month
        combo = self.ui.scopeCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        known = data_range(store)
        latest_with_data = None
        if known:
            first, last = fiscal_year_of(known[0], start_month), fiscal_year_of(known[1], start_month)
            latest_with_data = last
            current = fiscal_year_of(dt.date.today(), start_month)
            for year in range(max(last, current), first - 1, -1):
                period = fiscal_year(year, start_month)
                label = self.tr("FY%1 (%2 – %3)").replace("%1", str(year))
                label = label.replace("%2", period.start.strftime("%b %Y")).replace("%3", period.end.strftime("%b %Y"))
                combo.addItem(label, year)
        combo.addItem(self.tr("All data"), ALL_DATA)
        # The current fiscal year is listed, but the latest one with data is the default:
        # an overview of an empty year tells a user nothing.
        chosen = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(chosen if chosen >= 0 else max(0, combo.findData(latest_with_data)))
        combo.blockSignals(False)

    def scope(self) -> Scope:
        store = self.context.store
        choice = self.ui.scopeCombo.currentData()
        if isinstance(choice, int):
            period = fiscal_year(choice, load_settings(store).fiscal_start_month)
            return Scope(period.start, period.end)
        known = data_range(store)
        return Scope(known[0], known[1])

    def refresh_totals(self) -> None:
        if self.ui.stack.currentWidget() is not self.ui.emptyPage and data_range(self.context.store):
            try:
                summary = summarize(self.context.store, self.scope())
            except ImpactError as exc:
                self.ui.problemLabel.setText(str(exc))
                self.ui.problemLabel.show()
                self.ui.totalsTable.setRowCount(0)
                self.ui.unitsTable.setRowCount(0)
                return
            self.ui.problemLabel.hide()
            self._show(summary)

    def _value(self, summary: Summary, key: str, value: Decimal) -> str:
        metric = summary.metrics[key]
        return format_money(value, summary.currency) if metric.is_money else format_number(value)

    def _unit(self, summary: Summary, key: str) -> str:
        metric = summary.metrics[key]
        return summary.currency if metric.is_money else metric.unit

    def _show(self, summary: Summary) -> None:
        ui = self.ui
        ui.scopeInfoLabel.setText(
            self.tr("%1 to %2 · %3 entries · money in %4").replace("%1", summary.start.isoformat())
            .replace("%2", summary.end.isoformat()).replace("%3", f"{summary.entries:,}")
            .replace("%4", summary.currency))
        table = ui.totalsTable
        headers = [self.tr("Metric"), self.tr("Total"), self.tr("Unit"), self.tr("Target"), self.tr("Achieved")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(summary.totals))
        for row, (key, value) in enumerate(summary.totals.items()):
            target = summary.targets.get(key)
            cells = [summary.metrics[key].name, self._value(summary, key, value).split(" ")[0],
                     self._unit(summary, key), self._value(summary, key, target).split(" ")[0] if target else "",
                     f"{value / target:.0%}" if target else ""]
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
        table.setFixedHeight(table.horizontalHeader().height() + table.verticalHeader().length() + 4)
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
            table.setItem(row, 0, QTableWidgetItem(f"{summary.metrics[key].name} ({self._unit(summary, key)})"))
            for column, unit in enumerate(units, start=1):
                value = summary.by_business_unit[unit].get(key)
                item = QTableWidgetItem(self._value(summary, key, value).split(" ")[0] if value is not None else "–")
                item.setTextAlignment(_RIGHT)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(units) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
