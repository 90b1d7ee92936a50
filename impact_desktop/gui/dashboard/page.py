"""The dashboard page: filter bar (from ``ui/dashboard_page.ui``), KPI tiles and charts.

It refreshes itself, debounced, whenever the data changes (``context.events.changed``:
an entry saved, an import done, an undo, another database opened). It never keeps a
reference to the store: ``self.context.store`` is read on every refresh because it
changes when another database is opened.

Signals:
    refreshed(): the tiles and charts now show the current filter's figures.
    b4si_loaded(): on a big store, the B4SI chart (read on a worker after a refresh) is drawn;
        right after ``refreshed`` when its figures were kept from an earlier read (nothing
        changed since).
    failed(str): a refresh could not compute the figures (the message is shown too).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.money import CURRENCY_DIGITS
from impact_desktop.gui.common.background_reader import BackgroundReader, is_big
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.dashboard.chart_widget import ChartWidget
from impact_desktop.gui.dashboard.check_menu import CheckMenuButton
from impact_desktop.gui.dashboard.tiles import KpiTile
from impact_desktop.gui.generated.ui_dashboard_page import Ui_DashboardPage
from impact_desktop.services.chart_spec import DEFAULT_TOP_N
from impact_desktop.services.dashboard import (
    DashboardData,
    DashboardFilter,
    PeriodMode,
    figures_token,
    filter_choices,
    keep_b4si,
    kept_b4si,
    load_dashboard,
    metric_by_unit_chart,
    read_b4si,
    set_b4si,
)

TOPICS = frozenset({"entries", "imports", "catalog", "rates", "targets", "settings", "database"})
_FILTER_TOPICS = frozenset({"catalog", "settings", "database", "entries", "imports"})
_MODES = (PeriodMode.FISCAL, PeriodMode.CALENDAR, PeriodMode.CUSTOM, PeriodMode.ALL)
DEBOUNCE_MS = 120
TOP_N_KEY = "dashboard/topUnits"
#: Widest chart column before the grid takes another column (1920 px windows get three).
CHART_COLUMN_MIN = 470


class DashboardPage(QWidget):
    """KPI tiles and charts for the filter bar's choice."""

    refreshed = Signal()
    failed = Signal(str)
    b4si_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.context = context
        #: where the page keeps its choices (the window's settings; the application's by default)
        self.settings = settings if settings is not None else QSettings()
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.locale_name = QLocale().name()
        self.data: DashboardData | None = None
        self.tiles: list[KpiTile] = []
        self.charts: dict[str, ChartWidget] = {}
        self.metric_chart = ChartWidget(self.locale_name, self.ui.metricChartHost)
        self.ui.metricChartLayout.addWidget(self.metric_chart)
        self.units_menu = CheckMenuButton(self.ui.unitsButton, self.tr("Business units"), self.tr("all"))
        self.programs_menu = CheckMenuButton(self.ui.programsButton, self.tr("Programs"), self.tr("all"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._refresh_if_seen)
        #: a refresh came due while another page was shown: it is made when this page is shown
        self._stale = False
        self._filling = False
        self._fill_filters()
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        for signal in (self.ui.yearCombo.currentIndexChanged, self.ui.fromDate.dateChanged,
                       self.ui.toDate.dateChanged, self.units_menu.changed, self.programs_menu.changed,
                       self.ui.currencyCombo.currentTextChanged):
            signal.connect(self.schedule_refresh)
        self.ui.metricCombo.currentIndexChanged.connect(self._show_metric_chart)
        self.ui.topSpin.setValue(int(self.settings.value(TOP_N_KEY, DEFAULT_TOP_N) or DEFAULT_TOP_N))
        self.ui.topSpin.valueChanged.connect(self._top_changed)
        context.events.changed.connect(self._data_changed)
        self._columns = (0, 0)
        self._reader: BackgroundReader | None = None
        self._b4si_wanted: DashboardData | None = None
        self.ui.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.scrollArea.viewport().installEventFilter(self)
        self._period_changed()

    # ------------------------------------------------------------- filters
    def _fill_filters(self) -> None:
        """(Re)fill the choices from the current database, keeping what can be kept."""
        self._filling = True
        store = self.context.store
        ui = self.ui
        choices = filter_choices(store)
        self._years = {PeriodMode.FISCAL: choices.fiscal_years, PeriodMode.CALENDAR: choices.calendar_years}
        self._fill_years()
        self.units_menu.set_choices(choices.units)
        self.programs_menu.set_choices(choices.programs)
        reporting = choices.reporting_currency
        current = ui.currencyCombo.currentText().strip().upper()
        ui.currencyCombo.blockSignals(True)
        ui.currencyCombo.clear()
        ui.currencyCombo.addItems(sorted(set(CURRENCY_DIGITS) | {reporting}))
        ui.currencyCombo.setCurrentText(current or reporting)
        ui.currencyCombo.blockSignals(False)
        self._filling = False

    def _fill_years(self) -> None:
        mode = self.mode()
        combo = self.ui.yearCombo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for year in self._years.get(mode, []):
            combo.addItem(self.tr("FY{0}").format(year) if mode == PeriodMode.FISCAL else str(year), year)
        index = combo.findData(previous)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def mode(self) -> PeriodMode:
        return _MODES[max(0, self.ui.periodCombo.currentIndex())]

    def _period_changed(self, *_args) -> None:
        mode = self.mode()
        custom = mode == PeriodMode.CUSTOM
        self.ui.yearCombo.setVisible(mode in (PeriodMode.FISCAL, PeriodMode.CALENDAR))
        for widget in (self.ui.fromLabel, self.ui.fromDate, self.ui.toLabel, self.ui.toDate):
            widget.setVisible(custom)
        if custom and self.data is not None:
            for edit, day in ((self.ui.fromDate, self.data.scope.start), (self.ui.toDate, self.data.scope.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._fill_years()
        self.schedule_refresh()

    def current_filter(self) -> DashboardFilter:
        mode = self.mode()
        ui = self.ui

        def day(edit) -> dt.date:
            q = edit.date()
            return dt.date(q.year(), q.month(), q.day())

        return DashboardFilter(
            mode=mode,
            year=ui.yearCombo.currentData() if mode in (PeriodMode.FISCAL, PeriodMode.CALENDAR) else None,
            start=day(ui.fromDate) if mode == PeriodMode.CUSTOM else None,
            end=day(ui.toDate) if mode == PeriodMode.CUSTOM else None,
            business_unit_ids=tuple(self.units_menu.checked_ids()),
            program_ids=tuple(self.programs_menu.checked_ids()),
            currency=ui.currencyCombo.currentText().strip() or None,
            top_n=ui.topSpin.value(),
        )

    def _top_changed(self, value: int) -> None:
        self.settings.setValue(TOP_N_KEY, value)
        self.schedule_refresh()

    # ------------------------------------------------------------- refresh
    def schedule_refresh(self, *_args) -> None:
        if not self._filling:
            self._timer.start()

    def _data_changed(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        if topic in _FILTER_TOPICS:
            self._fill_filters()
        self.schedule_refresh()

    def _refresh_if_seen(self) -> None:
        """Refresh, unless the window shows another page: the figures read every entry (seconds
        of UI-thread work on a big database, e.g. just after the app opened on the Entries
        page), so a hidden dashboard catches up when it is shown."""
        window = self.window()
        if window is not self and window.isVisible() and not self.isVisible():
            self._stale = True
            return
        self.refresh()

    def catch_up(self) -> None:
        """Refresh now if a refresh was put off while the page was hidden."""
        if self._stale:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.catch_up()  # before the first paint: never a frame of old or no figures

    def refresh(self) -> None:
        """Recompute every figure and redraw every tile and chart now."""
        self._timer.stop()
        self._stale = False
        if self.context.store.closed:  # a refresh queued while the database was being closed
            return
        store = self.context.store
        later = is_big(store)  # the B4SI split is read on a worker: the refresh stays quick
        try:
            data = load_dashboard(store, self.current_filter(), b4si=not later)
        except ImpactError as exc:
            self._show_status(str(exc), error=True)
            self.failed.emit(str(exc))
            return
        self.data = data
        token, kept = None, False
        if later and not data.empty:  # the B4SI split of this filter, when already read and still true
            token = figures_token(store)
            figures = kept_b4si(store, data, token)
            if figures is not None:
                set_b4si(data, figures)
                later, kept = False, True
        if data.empty:
            self._show_status(self.tr("No entries in {0} for this selection. Choose another period or business "
                                      "unit, or add entries under Data.").format(data.period_label))
        else:
            status = (self.tr("{0} · 1 entry · amounts in {2}") if data.entries == 1 else
                      self.tr("{0} · {1} entries · amounts in {2}")).format(
                data.period_label, QLocale().toString(data.entries), data.currency)
            self._show_status(" · ".join(x for x in (status, self._comparison_text(data)) if x))
        self._update_tiles(data)
        self._update_charts(data)
        self._reflow(force=True)
        if later and not data.empty:
            self._load_b4si(data, token)
        self.refreshed.emit()
        if kept:  # drawn with the rest: no worker read to wait for
            self.b4si_loaded.emit()

    def _load_b4si(self, data: DashboardData, token: tuple) -> None:
        """Read the B4SI split off the UI thread; the chart keeps its figures until it arrives."""
        self._b4si_wanted = data
        if self._reader is None:
            self._reader = BackgroundReader(self)
        self._reader.supersede()  # the previous refresh's read, if still running, is of no use now
        asked = self.context.store
        task = self._reader.run(asked.path, lambda store: read_b4si(store, data))

        def arrived(figures, data=data) -> None:
            if self.context.store is asked and not asked.closed:
                keep_b4si(asked, data, token, figures)  # kept only if nothing changed since
            if self.data is data and self._b4si_wanted is data:
                set_b4si(data, figures)
                self._update_charts(data)
                self._reflow(force=True)
                self.b4si_loaded.emit()

        task.succeeded.connect(arrived)
        task.failed.connect(lambda message: self._show_status(message, error=True))

    def _comparison_text(self, data: DashboardData) -> str:
        """Said once for the page: what changes compare with, and what has nothing to compare."""
        missing = data.missing_previous
        shown = [k for k in data.kpis if k.value is not None]
        if data.compared_months:
            text = self.tr("changes compare the same months of the previous period ({0})").format(
                data.compared_months)
        else:
            text = ""
        if shown and len(missing) == len(shown):
            return " · ".join(x for x in (text, self.tr("no figures for the previous period to compare with")) if x)
        if missing:
            return " · ".join(x for x in (text, self.tr("no figure for the previous period: {0}").format(
                ", ".join(missing))) if x)
        return text

    def _show_status(self, text: str, error: bool = False) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet("color: palette(bright-text); font-weight: bold;" if error else "")

    def _update_tiles(self, data: DashboardData) -> None:
        while len(self.tiles) < len(data.kpis):
            self.tiles.append(KpiTile(self.locale_name, self.ui.tilesHost))
        comparison = data.comparison
        for tile, kpi in zip(self.tiles, data.kpis, strict=False):
            tile.set_kpi(kpi, comparison)
            tile.show()
        for tile in self.tiles[len(data.kpis):]:
            tile.hide()

    def _update_charts(self, data: DashboardData) -> None:
        for key, spec in data.charts.items():
            chart = self.charts.get(key)
            if chart is None:
                chart = ChartWidget(self.locale_name, self.ui.chartsHost)
                self.charts[key] = chart
            chart.set_spec(spec)
        for key, chart in self.charts.items():
            # A B4SI chart waiting for its figures (read on a worker) stays shown meanwhile.
            chart.setVisible(key in data.charts or (key == "b4si" and data.b4si is None and not data.empty))
        combo = self.ui.metricCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key in data.metrics:
            if key in data.totals:
                combo.addItem(data.metric_name(key), key)
        # Donations by business unit is a fixed chart: the picker starts on another metric.
        fallback = next((i for i in range(combo.count()) if combo.itemData(i) != "donations"), 0)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else min(fallback, combo.count() - 1))
        combo.blockSignals(False)
        self._show_metric_chart()

    # -------------------------------------------------------------- layout
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.ui.scrollArea.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow()
        return super().eventFilter(watched, event)

    def column_counts(self, width: int) -> tuple[int, int]:
        """(tile columns, chart columns) that fit ``width`` pixels: tiles as many as their
        widest figure allows, charts one, two or three."""
        spacing = self.ui.tilesLayout.spacing() if self.ui.tilesLayout.spacing() >= 0 else 6
        tiles = [t for t in self.tiles if not t.isHidden()]
        tile_min = max([t.minimumSizeHint().width() for t in tiles] + [170])
        tile_columns = max(1, min(len(tiles) or 1, (width + spacing) // (tile_min + spacing)))
        charts = max(1, min(3, (width + spacing) // (CHART_COLUMN_MIN + spacing)))
        return tile_columns, charts

    def _reflow(self, force: bool = False) -> None:
        """Tiles wrap and the chart grid goes from three columns to one as the window narrows."""
        width = self.ui.scrollArea.viewport().width() - self.ui.contentsLayout.contentsMargins().left() \
            - self.ui.contentsLayout.contentsMargins().right()
        columns = self.column_counts(width)
        if columns == self._columns and not force:
            return
        self._columns = columns
        tile_columns, chart_columns = columns
        layout = self.ui.tilesLayout
        tiles = [t for t in self.tiles if not t.isHidden()]
        for tile in self.tiles:
            layout.removeWidget(tile)
        for index, tile in enumerate(tiles):
            layout.addWidget(tile, index // tile_columns, index % tile_columns)
        for column in range(max(layout.columnCount(), tile_columns)):
            layout.setColumnStretch(column, 1 if column < tile_columns else 0)
        grid = self.ui.chartsLayout
        charts = [c for c in self.charts.values() if not c.isHidden()]
        for chart in self.charts.values():
            grid.removeWidget(chart)
        # Empty charts (a short message) go last, so they never leave a gap beside a full one.
        charts.sort(key=lambda c: c.spec is not None and c.spec.empty)
        for index, chart in enumerate(charts):
            grid.addWidget(chart, index // chart_columns, index % chart_columns)
        for column in range(max(grid.columnCount(), chart_columns)):
            grid.setColumnStretch(column, 1 if column < chart_columns else 0)
    def _show_metric_chart(self, *_args) -> None:
        key = self.ui.metricCombo.currentData()
        self.metric_chart.setVisible(bool(key) and self.data is not None)
        if key and self.data is not None:
            self.metric_chart.set_spec(metric_by_unit_chart(self.data, key))

    def all_charts(self) -> list[ChartWidget]:
        """Every chart with data, in display order (the on-demand one last)."""
        charts = list(self.charts.values())
        if self.metric_chart.spec is not None and self.metric_chart.isVisibleTo(self):
            charts.append(self.metric_chart)
        return charts
