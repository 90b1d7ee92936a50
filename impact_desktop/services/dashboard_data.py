"""What the dashboard shows, as plain data: the filter, the tiles' KPIs and :class:`DashboardData`.

Apart from :mod:`impact_desktop.services.dashboard` (which reads the figures) and
:mod:`impact_desktop.services.dashboard_charts` (which lays them out as charts), so both
import it and neither imports the other's caller.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from impact_desktop.core.metrics import Aggregation, Metric, metric_display_name, unit_display_name
from impact_desktop.core.periods import months_between
from impact_desktop.core.texts import translate
from impact_desktop.services.b4si import B4siFigures
from impact_desktop.services.chart_spec import DEFAULT_TOP_N, ChartSpec
from impact_desktop.services.summary import achieved as summary_achieved
from impact_desktop.services.summary import change as summary_change
from impact_desktop.storage import dashboard_queries
from impact_desktop.storage.summary_queries import Scope

ACTIVE_PROGRAMS = "active_programs"


class PeriodMode(StrEnum):
    FISCAL = "fiscal"
    CALENDAR = "calendar"
    CUSTOM = "custom"
    ALL = "all"


@dataclass(frozen=True)
class DashboardFilter:
    """What the user picked in the filter bar (or on the command line)."""

    mode: PeriodMode = PeriodMode.ALL
    year: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    business_unit_ids: tuple[str, ...] = ()
    program_ids: tuple[str, ...] = ()
    currency: str | None = None
    #: Charts by unit or channel show this many and fold the rest into "Other (k units)".
    top_n: int = DEFAULT_TOP_N


@dataclass(frozen=True)
class Kpi:
    """One tile: the value, its change against the previous period and against target.

    ``value`` is ``None`` when the metric has no entry in the period (shown as "—", never
    as 0); change and achieved are then ``None`` too.
    """

    key: str
    name: str
    unit: str
    aggregation: Aggregation
    value: Decimal | None
    previous: Decimal | None = None
    target: Decimal | None = None

    @property
    def change(self) -> Decimal | None:
        return summary_change(self.value, self.previous)

    @property
    def achieved(self) -> Decimal | None:
        return summary_achieved(self.value, self.target)

    @property
    def rule(self) -> str:
        """How the figure was aggregated, in words, for stocks and distinct counts."""
        if self.key == ACTIVE_PROGRAMS:
            return "with entries in the period"
        if self.aggregation == Aggregation.STOCK:
            return "latest value"
        if self.aggregation == Aggregation.DISTINCT:
            return "as entered, not summed"
        return ""


@dataclass
class DashboardData:
    """Everything one refresh (or one report) shows."""

    filter: DashboardFilter
    scope: Scope
    previous_scope: Scope
    currency: str
    period_label: str
    organisation: str
    entries: int
    kpis: list[Kpi]
    metrics: dict[str, Metric]
    unit_names: list[str]
    totals: dict[str, Decimal]
    targets: dict[str, Decimal]
    by_unit: dict[str, dict[str, Decimal]]
    by_channel: dict[str, dict[str, Decimal]]
    by_month: dict[int, dict[str, Decimal]]
    by_month_unit: dict[tuple[int, str], dict[str, Decimal]]
    charts: dict[str, ChartSpec] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    by_program: dict[str, list[tuple[str, str, Decimal]]] = field(default_factory=dict)
    rates_used: list[str] = field(default_factory=list)
    sources: list[dashboard_queries.SourceCount] = field(default_factory=list)
    batches: list[dashboard_queries.BatchSource] = field(default_factory=list)
    b4si: B4siFigures | None = None
    #: Ids of the business units with figures in the period (GRI 413-1).
    units_with_figures: set[str] = field(default_factory=set)
    #: The months compared with, when only part of the period has figures ("Apr–May 2017");
    #: empty when the whole previous period of equal length is compared.
    compared_months: str = ""
    #: Metric key → its name in the interface language (a built-in one translated, a user's
    #: by its names: 平台上的公益组织 in a Chinese interface).
    metric_names: dict[str, str] = field(default_factory=dict)

    def metric_name(self, key: str) -> str:
        """The name tiles, charts and the report give the metric ``key`` (the key itself when unknown)."""
        if key in self.metric_names:
            return self.metric_names[key]
        metric = self.metrics.get(key)
        return metric_display_name(metric) if metric else key

    @property
    def comparison(self) -> str:
        """What a change is measured against, for tiles and tables: "vs Apr–May 2017"."""
        if self.compared_months:
            return translate("Dashboard", "vs {0}").format(self.compared_months)
        return translate("Dashboard", "vs previous period")

    @property
    def missing_previous(self) -> list[str]:
        """Names of the figures that have a value now but none in the compared period."""
        return [k.name for k in self.kpis if k.value is not None and k.previous is None]

    @property
    def empty(self) -> bool:
        return self.entries == 0

    @property
    def months(self) -> list[int]:
        return months_between(self.scope.start, self.scope.end)

    def unit_label(self, metric_key: str) -> str:
        metric = self.metrics.get(metric_key)
        if metric is None:
            return ""
        return self.currency if metric.is_money else unit_display_name(metric)
