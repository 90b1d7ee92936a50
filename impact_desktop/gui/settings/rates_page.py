"""The Currency rates page (``ui/rates_page.ui``): the rates table and what it still misses.

Totals convert money into the reporting currency month by month; a month without a
usable rate is an error, never a silent zero. Below the table the page lists every
pair and month the current data still needs (:func:`services.rate_check.missing_rates`),
and a double click on one opens the editor pre-filled for it. Above them it names rates that
contradict each other (two for one pair and period, from a store made before that was
refused: :func:`services.rate_ops.clashing_rates`); a double click selects them in the table,
to change or delete all but one.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import QListWidgetItem, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.periods import parse_period
from impact_desktop.core.rates import Rate
from impact_desktop.gui.catalog.records_page import ID_ROLE, RecordsPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.tracked_dialog import open_tracked
from impact_desktop.gui.common.undo import record
from impact_desktop.gui.generated.ui_rates_page import Ui_RatesPage
from impact_desktop.gui.settings.rate_dialog import RateDialog
from impact_desktop.services import rate_ops
from impact_desktop.services.rate_check import missing_rates
from impact_desktop.services.settings_ops import load_settings

PRESET_ROLE = Qt.ItemDataRole.UserRole
CLASH_ROLE = Qt.ItemDataRole.UserRole + 1  # the ids of rates that contradict each other


class RatesPage(RecordsPage):
    """Currency rates with add / edit / delete and a check of missing rates."""

    topics = ("rates", "settings", "entries", "imports", "targets")
    change_topic = "rates"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, Ui_RatesPage(), parent)
        self.ui.checkButton.clicked.connect(self.check_missing)
        self.ui.checkCaption.setStyleSheet("font-weight: bold;")
        self.ui.missingList.itemActivated.connect(self._add_missing)
        # The check of missing rates reads every entry's currency and month (0.1 s at a
        # million entries): read when the page is first shown, not while the window starts.
        self._stale = True

    def load(self) -> list[Rate]:
        store = self.context.store
        settings = load_settings(store)
        self._fiscal_start = settings.fiscal_start_month
        self.ui.introLabel.setText(
            self.tr("Totals are converted into the reporting currency, <b>%1</b> (change it in Settings). "
                    "A rate says 1 <i>From</i> = <i>Rate</i> <i>To</i> over a period; a monthly rate overrides "
                    "a yearly one, and a pair also works the other way round.")
            .replace("%1", settings.reporting_currency))
        return rate_ops.list_rates(store)

    def refresh(self) -> None:
        super().refresh()
        self.check_missing()

    def row_cells(self, rate: Rate) -> list[tuple[str, object]]:
        return [
            (rate.from_currency, None),
            (rate.to_currency, None),
            (rate.period.label(self._fiscal_start), (rate.period.start, rate.period.end)),
            (str(rate.rate), rate.rate),
        ]

    @Slot()
    def check_missing(self) -> None:
        """List every rate the current entries and targets need and the table lacks."""
        listing = self.ui.missingList
        listing.clear()
        self._list_clashes()
        try:
            missing = missing_rates(self.context.store)
        except ImpactError as exc:
            listing.addItem(str(exc))
            return
        reporting = load_settings(self.context.store).reporting_currency
        if not missing:
            item = QListWidgetItem(self.tr("Nothing missing: every amount can be converted to %1.")
                                   .replace("%1", reporting))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            listing.addItem(item)
            return
        for error in missing:
            text = self.tr("%1 → %2 for %3: no rate covers this month (double-click to add one)")
            item = QListWidgetItem(text.replace("%1", error.from_currency).replace("%2", error.to_currency)
                                   .replace("%3", error.month))
            item.setData(PRESET_ROLE, (error.from_currency, error.to_currency, error.month))
            item.setToolTip(str(error))
            listing.addItem(item)

    def _list_clashes(self) -> None:
        for group in rate_ops.clashing_rates(self.context.store):
            first = group[0]
            period = first.period.label(self._fiscal_start)
            item = QListWidgetItem(
                self.tr("%1 → %2 for %3: %4 rates contradict each other; keep one (double-click to select them)")
                .replace("%1", first.from_currency).replace("%2", first.to_currency).replace("%3", period)
                .replace("%4", str(len(group))))
            rates = ", ".join(f"{rate.from_currency}→{rate.to_currency} {rate.rate}" for rate in group)
            item.setToolTip(self.tr("%1 for %2: totals use only one of them. Change or delete all but one.")
                            .replace("%1", rates).replace("%2", period))
            item.setData(CLASH_ROLE, [rate.id for rate in group])
            self.ui.missingList.addItem(item)

    def _select_clash(self, ids: list[str]) -> None:
        table = self.ui.table
        table.clearSelection()
        for row in range(table.rowCount()):
            if table.item(row, 0).data(ID_ROLE) in ids:
                table.selectionModel().select(table.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                              | QItemSelectionModel.SelectionFlag.Rows)
        table.setFocus()
        self._update_buttons()

    @Slot(QListWidgetItem)
    def _add_missing(self, item: QListWidgetItem) -> None:
        clash = item.data(CLASH_ROLE)
        if clash:
            self._select_clash(clash)
            return
        preset = item.data(PRESET_ROLE)
        if preset:
            source, target, month = preset
            self._open(None, (source, target, parse_period(month)))

    def open_editor(self, rate: Rate | None) -> None:
        self._open(rate, None)

    def _open(self, rate: Rate | None, preset) -> None:
        def save(values: Rate) -> None:
            store = self.context.store
            if rate is None:
                row_id = self._record(self.tr("Add rate %1→%2").replace("%1", values.from_currency)
                                      .replace("%2", values.to_currency), rate_ops.add_rate(store, values))
                self.refresh_and_select(row_id)
            else:
                self._record(self.tr("Edit rate %1→%2").replace("%1", values.from_currency)
                             .replace("%2", values.to_currency), rate_ops.edit_rate(store, rate, values))

        open_tracked(self, RateDialog(self.context, save, rate, preset, parent=self.window()))

    def delete_records(self, rates: list[Rate]) -> None:
        ids = [rate.id for rate in rates]
        text = self.tr("Delete rate") if len(ids) == 1 else self.tr("Delete %1 rates").replace("%1", f"{len(ids):,}")
        self._record(text, rate_ops.delete_rates(self.context.store, ids))

    def _record(self, text: str, change) -> object:
        """One undo step for a change the service made (errors were raised to the caller before it)."""
        result = record(self.context, text, change)
        self.report_error("")
        return result
