"""Chart specifications built from the dashboard's aggregated figures (no Qt).

Each function reads the already-aggregated totals of a :class:`DashboardData` and lays
them out as a :class:`ChartSpec`; nothing here touches raw entries.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import accumulate
from typing import TYPE_CHECKING

from impact_desktop.core.metrics import Aggregation, metric_display_name
from impact_desktop.core.texts import translate
from impact_desktop.services.chart_spec import (
    CUMULATIVE_COLOR,
    TARGET_COLOR,
    ChartSpec,
    Series,
    SeriesKind,
    SeriesStyle,
    month_label,
    style_for,
)

if TYPE_CHECKING:
    from impact_desktop.services.dashboard import DashboardData

ZERO = Decimal(0)


def unit_style(data: DashboardData, unit: str) -> SeriesStyle:
    """A unit's colour comes from its place among *all* units, so filtering never repaints it."""
    index = data.unit_names.index(unit) if unit in data.unit_names else len(data.unit_names)
    return style_for(index)


def _value_label(data: DashboardData, metric_key: str) -> str:
    metric = data.metrics.get(metric_key)
    name = metric_display_name(metric) if metric else metric_key
    return f"{name} ({data.unit_label(metric_key)})"


def _rule_note(data: DashboardData, metric_key: str) -> str:
    metric = data.metrics.get(metric_key)
    if metric is None:
        return ""
    if metric.aggregation == Aggregation.STOCK:
        return translate("Dashboard", "Stock: latest value in the period, not a sum of months.")
    if metric.aggregation == Aggregation.DISTINCT:
        return translate("Dashboard", "Distinct count: the largest figure entered, never summed.")
    return ""


def metric_by_unit(data: DashboardData, metric_key: str) -> ChartSpec:
    """Bars of one metric per business unit, each unit in its own colour."""
    metric = data.metrics.get(metric_key)
    name = metric_display_name(metric) if metric else metric_key
    units = [unit for unit in data.unit_names if metric_key in data.by_unit.get(unit, {})]
    units += sorted(u for u in data.by_unit if u not in units and metric_key in data.by_unit[u])
    return ChartSpec(
        key=f"by_unit:{metric_key}", title=translate("Dashboard", "{0} by business unit").format(name),
        categories=units,
        series=[Series(name, [data.by_unit[u][metric_key] for u in units])],
        unit=data.unit_label(metric_key), y_label=_value_label(data, metric_key),
        note=_rule_note(data, metric_key), category_styles=[unit_style(data, u) for u in units],
    )


def donations_by_channel(data: DashboardData) -> ChartSpec:
    channels = sorted((c for c, values in data.by_channel.items() if "donations" in values),
                      key=lambda c: (-data.by_channel[c]["donations"], c))
    return ChartSpec(
        key="donations_by_channel", title=translate("Dashboard", "Donations by channel"), categories=channels,
        series=[Series(translate("Metric", "Donations"), [data.by_channel[c]["donations"] for c in channels])],
        unit=data.currency, y_label=_value_label(data, "donations"),
        category_styles=[style_for(i) for i, _ in enumerate(channels)],
    )


def _monthly(data: DashboardData, metric_key: str) -> list[Decimal]:
    return [data.by_month.get(month, {}).get(metric_key, ZERO) for month in data.months]


def donations_by_month(data: DashboardData) -> ChartSpec:
    """Monthly donations as bars, the running total as a line on the right-hand axis."""
    months = data.months
    monthly = _monthly(data, "donations")
    series = [
        Series(translate("Dashboard", "Donations per month"), monthly, SeriesKind.BAR, style_for(0)),
        Series(translate("Dashboard", "Cumulative"), list(accumulate(monthly)), SeriesKind.LINE,
               SeriesStyle(CUMULATIVE_COLOR), secondary=True),
    ]
    if data.targets.get("donations"):
        series.append(Series(translate("Dashboard", "Target"), [data.targets["donations"]], SeriesKind.TARGET,
                             SeriesStyle(TARGET_COLOR), secondary=True))
    return ChartSpec(
        key="donations_by_month", title=translate("Dashboard", "Donations per month and cumulative"),
        categories=[month_label(m) for m in months], series=series, unit=data.currency,
        y_label=translate("Dashboard", "Per month ({0})").format(data.currency),
        secondary_label=translate("Dashboard", "Cumulative ({0})").format(data.currency),
        month_keys=months,
    )


def hours_by_month_and_unit(data: DashboardData) -> ChartSpec:
    """Volunteer hours per month, stacked by business unit."""
    months = data.months
    units = [u for u in data.unit_names
             if any("volunteer_hours" in data.by_month_unit.get((m, u), {}) for m in months)]
    series = [
        Series(unit, [data.by_month_unit.get((m, unit), {}).get("volunteer_hours", ZERO) for m in months],
               SeriesKind.BAR, unit_style(data, unit))
        for unit in units
    ]
    return ChartSpec(
        key="volunteer_hours_by_month", title=translate("Dashboard", "Volunteer hours per month by business unit"),
        categories=[month_label(m) for m in months], series=series, unit=data.unit_label("volunteer_hours"),
        y_label=_value_label(data, "volunteer_hours"), stacked=True, month_keys=months,
    )


def trees_cumulative(data: DashboardData) -> ChartSpec:
    """Trees planted, running total against the period's target."""
    months = data.months
    cumulative = list(accumulate(_monthly(data, "trees_planted")))
    series = [Series(translate("Dashboard", "Trees planted (cumulative)"), cumulative, SeriesKind.LINE, style_for(2))]
    if data.targets.get("trees_planted"):
        series.append(Series(translate("Dashboard", "Target"), [data.targets["trees_planted"]], SeriesKind.TARGET,
                             SeriesStyle(TARGET_COLOR)))
    return ChartSpec(
        key="trees_cumulative", title=translate("Dashboard", "Trees planted: cumulative against target"),
        categories=[month_label(m) for m in months], series=series, unit=data.unit_label("trees_planted"),
        y_label=translate("Dashboard", "Cumulative {0}").format(_value_label(data, "trees_planted").lower()),
        month_keys=months,
    )


def standard_charts(data: DashboardData) -> dict[str, ChartSpec]:
    """The dashboard's fixed charts, in display (and print) order."""
    charts = [
        metric_by_unit(data, "donations"),
        donations_by_channel(data),
        donations_by_month(data),
        hours_by_month_and_unit(data),
        trees_cumulative(data),
    ]
    return {chart.key: chart for chart in charts}
