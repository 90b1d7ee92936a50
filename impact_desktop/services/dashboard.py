"""The dashboard's figures for a filter: KPIs, chart data and report details (no Qt).

Every figure comes from :mod:`impact_desktop.services.summary` (``PeriodTotals``), so the
aggregation rules (flows summed, stocks latest, distinct counts as entered) are applied
in one place, from the SQL roll-up, and the dashboard, the report and the CLI agree.
Out come plain lists of :class:`~decimal.Decimal` in :class:`ChartSpec` objects.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from dataclasses import dataclass
from decimal import Decimal

from impact_desktop.core.errors import MissingRateError
from impact_desktop.core.metrics import Aggregation, Metric, unit_display_name
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.periods import FIRST_YEAR, LAST_YEAR, fiscal_year, fiscal_year_of, months_between
from impact_desktop.core.periods import month as calendar_month
from impact_desktop.core.texts import translate
from impact_desktop.services import dashboard_charts
from impact_desktop.services.b4si import B4siFigures, b4si_figures
from impact_desktop.services.catalog_names import NameBook, in_name_order
from impact_desktop.services.chart_spec import ChartSpec, month_abbreviation
from impact_desktop.services.dashboard_data import ACTIVE_PROGRAMS, DashboardData, DashboardFilter, Kpi, PeriodMode
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import PeriodTotals, grouped_totals_multi, target_totals
from impact_desktop.storage import catalog, dashboard_queries
from impact_desktop.storage.database import Store
from impact_desktop.storage.rates import list_rates
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import Scope

HEADLINE_KEYS = ("donations", "volunteer_hours", "volunteers", "trees_planted")
#: The metrics the month charts show; other metrics are not read month by month.
MONTHLY_KEYS = ["donations", "volunteer_hours", "trees_planted"]


def resolve_filter(store: Store, flt: DashboardFilter) -> Scope:
    """The summary scope a filter stands for (raises a readable error for bad choices)."""
    start, end, fy = flt.start, flt.end, None
    if flt.mode == PeriodMode.FISCAL:
        fy, start, end = flt.year, None, None
    elif flt.mode == PeriodMode.CALENDAR and flt.year:
        start, end = dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31)
    elif flt.mode == PeriodMode.ALL:
        start, end = None, None
    if fy is None and (start is None or end is None):
        known = dashboard_queries.data_months(store)  # the roll-up, not a scan of every entry
        today = dt.date.today()
        start = start or (known[0] if known else today)
        end = end or (known[1] if known else today)
    return resolve_scope(store, start=start, end=end, fiscal_year_name=fy,
                         business_unit_ids=flt.business_unit_ids, program_ids=flt.program_ids)


def previous_scope(scope: Scope) -> Scope:
    """The period of equal length just before ``scope`` (whole months stay whole months).

    A scope reaching back to year 1 (a store with a figure dated 0001-01) has no period
    before it: the answer is then an empty scope (it ends before it starts), so there
    is simply nothing to compare with.
    """
    try:
        return _previous_scope(scope)
    except (OverflowError, ValueError):
        return Scope(dt.date.max, dt.date.min, scope.business_unit_ids, scope.program_ids)


def _previous_scope(scope: Scope) -> Scope:
    if scope.start.day == 1 and scope.end == calendar_month(scope.end.year, scope.end.month).end:
        count = len(months_between(scope.start, scope.end))
        end = scope.start - dt.timedelta(days=1)
        year, month = end.year, end.month - count + 1
        while month < 1:
            year, month = year - 1, month + 12
        start = dt.date(year, month, 1)
    else:
        length = scope.end - scope.start
        end = scope.start - dt.timedelta(days=1)
        start = end - length
    return Scope(start, end, scope.business_unit_ids, scope.program_ids)


def year_to_date(scope: Scope, known: tuple[dt.date, dt.date] | None, today: dt.date) -> dt.date | None:
    """The last day to compare when ``scope`` is still running or its data stops early.

    A fiscal year with two months of figures compared with a whole previous year reads
    "−100 %"; the honest comparison is the same months of the previous period. Returns
    the end of the last month with figures (or of this month, if earlier) when that is
    before the end of ``scope``; ``None`` when the whole period is compared.
    """
    if scope.start.day != 1 or scope.end != calendar_month(scope.end.year, scope.end.month).end:
        return None  # a custom range of days is compared as it is
    last = min(known[1] if known else today, calendar_month(today.year, today.month).end)
    if last >= scope.end or last < scope.start:
        return None
    return last


def shifted_back(scope: Scope, through: dt.date) -> Scope:
    """The months ``scope.start`` … ``through``, one period of ``scope``'s length earlier
    (an empty scope when that would fall before year 1, as :func:`previous_scope`)."""
    try:
        return _shifted_back(scope, through)
    except (OverflowError, ValueError):
        return Scope(dt.date.max, dt.date.min, scope.business_unit_ids, scope.program_ids)


def _shifted_back(scope: Scope, through: dt.date) -> Scope:
    count = len(months_between(scope.start, scope.end))
    first = _add_months(scope.start, -count)
    last = calendar_month(*_year_month(_add_months(through.replace(day=1), -count))).end
    return Scope(first, last, scope.business_unit_ids, scope.program_ids)


def _add_months(day: dt.date, count: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def _year_month(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def month_span(start: dt.date, end: dt.date) -> str:
    """ "Apr–May 2017", "Nov 2017–Feb 2018" (in Chinese 2017年4月–5月)."""
    if (start.year, start.month) == (end.year, end.month):
        return translate("Dashboard", "{month} {year}").format(month=month_abbreviation(start.month), year=start.year)
    if start.year == end.year:
        return translate("Dashboard", "{first}–{last} {year}").format(
            first=month_abbreviation(start.month), last=month_abbreviation(end.month), year=start.year)
    return "{}–{}".format(*(translate("Dashboard", "{month} {year}").format(
        month=month_abbreviation(d.month), year=d.year) for d in (start, end)))


def period_label(flt: DashboardFilter, scope: Scope) -> str:
    span = f"{_day(scope.start)} – {_day(scope.end)}"
    if flt.mode == PeriodMode.FISCAL and flt.year:
        return translate("Dashboard", "FY{0} ({1})").format(flt.year, span)
    if flt.mode == PeriodMode.CALENDAR and flt.year:
        return translate("Dashboard", "Calendar year {0}").format(flt.year)
    return span


def day_label(value: dt.date) -> str:
    """2 Dec 2026 (2026年12月2日 in Chinese)."""
    return _day(value)


def _day(value: dt.date) -> str:
    return translate("Dashboard", "{day} {month} {year}").format(
        day=value.day, month=month_abbreviation(value.month), year=value.year)


def load_dashboard(store: Store, flt: DashboardFilter, *, details: bool = False, b4si: bool = True) -> DashboardData:
    """All figures for ``flt``; ``details`` adds what only the printed report needs.

    ``b4si=False`` leaves the B4SI split out (its read of the classified roll-up costs
    more than the rest of a refresh on a big store): the dashboard then asks
    :func:`add_b4si` for it on a worker thread.

    Raises :class:`MissingRateError` (a readable message) when money in scope cannot be
    converted to the reporting currency.
    """
    settings = load_settings(store)
    currency = normalize_currency(flt.currency or settings.reporting_currency)
    scope = resolve_filter(store, flt)
    before = previous_scope(scope)
    through = year_to_date(scope, dashboard_queries.data_months(store), dt.date.today())
    if through is not None:
        before = shifted_back(scope, through)
    metrics = {metric.key: metric for metric in catalog.list_metrics(store)}
    book = NameBook(store)  # names in the interface language
    units = in_name_order(catalog.list_business_units(store), book)  # the report's tables follow this order
    unit_name = {unit.id: book.shown(unit.id, unit.name) for unit in units}

    notes: list[str] = []
    read = _read_figures(store, scope, before, currency)
    previous = read.previous
    if read.previous_error is not None:
        notes.append(translate("Dashboard", "No comparison with the previous period: {0}").format(
            read.previous_error))
    targets = target_totals(store, scope, currency)
    channel_name = {channel.id: book.shown(channel.id, channel.name) for channel in catalog.list_channels(store)}
    channel_name[""] = translate("Dashboard", "No channel")
    totals, by_unit, by_channel, by_month, by_month_unit = read.current

    def keyed(grouped: dict[tuple, Decimal], names: dict[str, str] | None = None) -> dict:
        out: dict = {}
        for (metric_key, *group), value in grouped.items():
            if names is not None:
                group = [names.get(g, g) for g in group]
            out.setdefault(group[0] if len(group) == 1 else tuple(group), {})[metric_key] = value
        return out

    totals = _by_metric(totals)
    data = DashboardData(
        filter=flt, scope=scope, previous_scope=before, currency=currency,
        period_label=period_label(flt, scope), organisation=settings.organisation,
        entries=0,
        kpis=[], metrics=metrics, unit_names=[unit_name[unit.id] for unit in units], totals=totals, targets=targets,
        by_unit=keyed(by_unit, unit_name), by_channel=keyed(by_channel, channel_name), by_month=keyed(by_month),
        by_month_unit={(month, unit_name.get(unit, unit)): values
                       for (month, unit), values in keyed(by_month_unit).items()},
        notes=notes,
    )
    data.entries, active, active_before = read.activity
    data.metric_names = {key: book.metric(metric) for key, metric in metrics.items()}
    data.kpis = _kpis(metrics, data.metric_names, totals, previous, targets, currency, active, active_before)
    data.notes += _rule_notes(metrics, data.metric_names, totals)
    data.units_with_figures = {unit for (_key, unit) in by_unit}
    if b4si:
        token = figures_token(store)
        data.b4si = kept_b4si(store, data, token)
        if data.b4si is None:
            data.b4si = b4si_figures(store, scope, currency, metrics, data.units_with_figures)
            keep_b4si(store, data, token, data.b4si)
    if through is not None:
        data.compared_months = month_span(before.start, before.end)
    data.charts = dashboard_charts.standard_charts(data)
    if details:
        _add_details(store, data, unit_name, book)
    return data


#: The groupings a dashboard reads: totals, by unit, donations by channel, the month charts.
_GROUPINGS = (
    ((), None), (("business_unit",), None), (("channel",), ["donations"]), (("month",), MONTHLY_KEYS),
    (("month", "business_unit"), ["volunteer_hours"]),
)
#: How many read results are kept per open database, least recently used dropped first: a
#: filter's figures (:func:`_read_figures`) and its B4SI figures (:func:`keep_b4si`) are one
#: each and share this, so about 8 filters are kept whole (a user going back and forth
#: between a few years, units or currencies).
KEPT_PER_DATABASE = 16


@dataclass(frozen=True)
class _Figures:
    """What a dashboard reads from the database for one filter, before any name or chart:
    the previous period's totals by metric (or why they cannot be converted), the current
    period's totals per grouping of :data:`_GROUPINGS`, and (entries, active programs,
    active programs before)."""

    previous: dict[str, Decimal]
    previous_error: MissingRateError | None
    current: tuple[dict[tuple, Decimal], ...]
    activity: tuple[int, int, int]


#: Per open database (its connection object, weakly: a closed store's figures go with it):
#: the change token they were read under and the figures by (scope, previous scope, currency).
_kept: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_kept_lock = threading.Lock()


def forget_kept_figures() -> None:
    """Drop every kept figure (benchmarks measure a first read with it; nothing else needs it:
    a change to the data already makes kept figures unused)."""
    with _kept_lock:
        _kept.clear()


def _read_figures(store: Store, scope: Scope, before: Scope, currency: str) -> _Figures:
    """The figures of ``scope`` and ``before``, read again only when the database changed.

    Switching between filters already shown (FY2018, FY2017, FY2018…) or refreshing the
    same one (a rate or name edit elsewhere, a resize of the top-N) re-reads nothing; any
    write to the database, here or by another connection, changes
    :func:`~impact_desktop.storage.dashboard_queries.change_token` and empties the cache.
    The figures are shared between refreshes: callers only read them.
    """
    token = dashboard_queries.change_token(store)
    key = (scope, before, currency)
    with _kept_lock:
        kept = _kept.get(store.db)
        if kept is not None and kept[0] == token and key in kept[1]:
            figures = kept[1].pop(key)
            kept[1][key] = figures  # most recently used last
            return figures
    # The previous period is read with the current one (one roll-up query, one observation
    # query) and converted on its own: a missing rate there only drops the comparison.
    read = PeriodTotals(store, [before, scope], _GROUPINGS, currency)
    try:
        previous, error = _by_metric(read.totals(0, which=[0])[0]), None
    except MissingRateError as exc:
        previous, error = {}, exc
    figures = _Figures(previous, error, tuple(read.totals(1)),
                       dashboard_queries.activity_counts(store, scope, before))
    with _kept_lock:
        kept = _kept.get(store.db)
        if kept is None or kept[0] != token:
            kept = _kept[store.db] = (token, {})
        kept[1][key] = figures
        while len(kept[1]) > KEPT_PER_DATABASE:
            del kept[1][next(iter(kept[1]))]
    return figures


def metric_by_unit_chart(data: DashboardData, metric_key: str) -> ChartSpec:
    """"Any metric by business unit", on demand (the dashboard's metric picker)."""
    return dashboard_charts.metric_by_unit(data, metric_key)


def figures_token(store: Store) -> tuple:
    """What :func:`kept_b4si` and :func:`keep_b4si` compare: it changes with any write to
    the database (see :func:`~impact_desktop.storage.dashboard_queries.change_token`)."""
    return dashboard_queries.change_token(store)


def kept_b4si(store: Store, data: DashboardData, token: tuple) -> B4siFigures | None:
    """The B4SI figures of ``data``'s period kept by :func:`keep_b4si` under ``token``, if
    the database has not changed since (``token`` is :func:`figures_token` now); else None."""
    key = ("b4si", data.scope, data.currency)
    with _kept_lock:
        kept = _kept.get(store.db)
        if kept is None or kept[0] != token or key not in kept[1]:
            return None
        figures = kept[1].pop(key)
        kept[1][key] = figures
        return figures


def keep_b4si(store: Store, data: DashboardData, token: tuple, figures: B4siFigures) -> None:
    """Keep ``figures`` (read, maybe on a worker's own connection, after :func:`figures_token`
    gave ``token`` on ``store``) for :func:`kept_b4si`. A write after ``token`` was taken
    changes the token, so figures read before or after that write are never used again."""
    with _kept_lock:
        kept = _kept.get(store.db)
        if kept is None or kept[0] != token:
            if token != dashboard_queries.change_token(store):
                return  # the database changed since: nothing to keep these figures for
            kept = _kept[store.db] = (token, {})
        kept[1][("b4si", data.scope, data.currency)] = figures
        while len(kept[1]) > KEPT_PER_DATABASE:
            del kept[1][next(iter(kept[1]))]


def read_b4si(store: Store, data: DashboardData) -> B4siFigures:
    """The B4SI figures of ``data``'s period, for a dashboard loaded without them (worker-safe:
    ``data`` is only read)."""
    return b4si_figures(store, data.scope, data.currency, data.metrics, data.units_with_figures)


def set_b4si(data: DashboardData, figures: B4siFigures) -> None:
    """Add figures from :func:`read_b4si` to ``data`` (on the UI thread) with their chart."""
    data.b4si = figures
    data.charts = dashboard_charts.standard_charts(data)


def _by_metric(grouped: dict[tuple, Decimal]) -> dict[str, Decimal]:
    return {key[0]: value for key, value in grouped.items()}


def _kpis(metrics: dict[str, Metric], names: dict[str, str], totals: dict[str, Decimal],
          previous: dict[str, Decimal], targets: dict[str, Decimal], currency: str, active: int,
          active_before: int) -> list[Kpi]:
    keys = [key for key in HEADLINE_KEYS if key in metrics]
    keys += [key for key in metrics if key not in HEADLINE_KEYS and (key in totals or key in targets)]
    kpis = []
    for key in keys:
        metric = metrics[key]
        kpis.append(Kpi(key, names[key], currency if metric.is_money else unit_display_name(metric),
                        metric.aggregation,
                        totals.get(key), previous.get(key), targets.get(key)))
    kpis.insert(min(len(kpis), len([k for k in HEADLINE_KEYS if k in metrics])),
                Kpi(ACTIVE_PROGRAMS, translate("Dashboard", "Active programs"), translate("Dashboard", "programs"),
                    Aggregation.DISTINCT, Decimal(active),
                    Decimal(active_before) if active_before else None))
    return kpis


def _rule_notes(metrics: dict[str, Metric], names: dict[str, str], totals: dict[str, Decimal]) -> list[str]:
    notes = []
    for key, metric in metrics.items():
        if key not in totals:
            continue
        if metric.aggregation == Aggregation.STOCK:
            notes.append(translate("Dashboard", "{0} is a stock: the latest value in the period (summed across "
                                   "programs at their latest date), never a sum of months.")
                         .format(names[key]))
        elif metric.aggregation == Aggregation.DISTINCT:
            notes.append(translate("Dashboard", "{0} is a distinct count: the largest figure entered in the "
                                   "period, never added across units or months (the same person may appear "
                                   "twice).").format(names[key]))
    notes.append(translate("Dashboard", "Active programs: programs with at least one entry in the period."))
    notes.append(translate("Dashboard", "Figures per business unit count that unit's own programs; units nested "
                                        "under it are shown separately."))
    return notes


def _add_details(store: Store, data: DashboardData, unit_name: dict[str, str], book: NameBook) -> None:
    programs = {program.id: program for program in catalog.list_programs(store)}
    rows: dict[str, list[tuple[str, str, Decimal]]] = {}
    per_program = grouped_totals_multi(store, data.scope, [(("program",), None)], data.currency)[0]
    for (metric_key, program_id), value in per_program.items():
        program = programs.get(program_id)
        if program is None:
            continue
        rows.setdefault(unit_name.get(program.business_unit_id, ""), []).append((book.shown(program.id, program.name),
                                                                              metric_key, value))
    order = list(data.metrics)
    data.by_program = {unit: sorted(values, key=lambda r: (r[0], order.index(r[1]) if r[1] in order else 99))
                       for unit, values in sorted(rows.items())}
    scope = data.scope
    data.rates_used = [
        f"1 {rate.from_currency} = {rate.rate} {rate.to_currency} ({rate.period.label()})"
        for rate in list_rates(store)
        if rate.period.start <= scope.end and scope.start <= rate.period.end
    ]
    data.batches = dashboard_queries.batch_sources(store, scope)
    imported = dashboard_queries.imported_entry_count(store, scope) if data.batches else 0
    # Keys, not words: the report names them in its own language.
    data.sources = [dashboard_queries.SourceCount(label, count) for label, count in (
        ("imported", imported), ("other", data.entries - imported)) if count]


@dataclass(frozen=True)
class FilterChoices:
    """What the dashboard's filter bar offers for one database: years with data, business
    units and programs (``(id, name shown)``, in the interface language) and the reporting currency."""

    fiscal_years: list[int]
    calendar_years: list[int]
    units: list[tuple[str, str]]
    programs: list[tuple[str, str]]
    reporting_currency: str


def filter_choices(store: Store) -> FilterChoices:
    """The filter bar's choices for ``store`` (so the page reads nothing from storage itself)."""
    fiscal, calendar_years = available_years(store)
    book = NameBook(store)
    return FilterChoices(
        fiscal, calendar_years,
        units=[(unit.id, book.shown(unit.id, unit.name))
               for unit in in_name_order(catalog.list_business_units(store), book)],
        programs=[(program.id, book.shown(program.id, program.name))
                  for program in in_name_order(catalog.list_programs(store), book)],
        reporting_currency=load_settings(store).reporting_currency,
    )


def available_years(store: Store) -> tuple[list[int], list[int]]:
    """(fiscal years, calendar years) that hold data, newest first, for the filter bar."""
    known = dashboard_queries.data_months(store)
    start_month = load_settings(store).fiscal_start_month
    if known is None:
        today = dt.date.today()
        return [fiscal_year_of(today, start_month)], [today.year]
    first, last = known
    # Figures outside the years an import accepts (an older store may hold 0001-01) show under "All" only.
    first = max(first, dt.date(FIRST_YEAR, 1, 1))
    last = min(last, dt.date(LAST_YEAR, 12, 31))
    if first > last:
        today = dt.date.today()
        return [fiscal_year_of(today, start_month)], [today.year]
    calendar_years = list(range(last.year, first.year - 1, -1))
    fiscal = [y for y in range(last.year + 1, max(first.year, FIRST_YEAR + 1) - 1, -1)
              if fiscal_year(y, start_month).start <= last and first <= fiscal_year(y, start_month).end]
    return fiscal, calendar_years
