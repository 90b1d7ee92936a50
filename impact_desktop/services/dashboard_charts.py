"""Chart specifications built from the dashboard's aggregated figures (no Qt).

Each function reads the already-aggregated totals of a :class:`DashboardData` and lays
them out as a :class:`ChartSpec`; nothing here touches raw entries.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import accumulate

from impact_desktop.core.metrics import Aggregation
from impact_desktop.core.texts import translate
from impact_desktop.services.chart_spec import (
    CUMULATIVE_COLOR,
    HORIZONTAL_FROM,
    OTHER_STYLE,
    PALETTE,
    TARGET_COLOR,
    ChartSpec,
    Series,
    SeriesKind,
    SeriesStyle,
    month_label,
    style_for,
    top_with_other,
)
from impact_desktop.services.dashboard_data import DashboardData

ZERO = Decimal(0)


def other_name(count: int) -> str:
    """ "Other (k units)", with the plural right in English."""
    if count == 1:
        return translate("Dashboard", "Other (1 unit)")
    return translate("Dashboard", "Other ({0} units)").format(count)


def _hatch_note(count: int) -> str:
    """Said under the legend when a chart has more series than distinct colours."""
    if count <= len(PALETTE):
        return ""
    return translate("Dashboard", "Hatched bars: colours repeat after {0} series; the hatching tells them apart "
                                  "(it does not mean an estimate).").format(len(PALETTE))


def _value_label(data: DashboardData, metric_key: str) -> str:
    return f"{data.metric_name(metric_key)} ({data.unit_label(metric_key)})"


def _rule_note(data: DashboardData, metric_key: str) -> str:
    metric = data.metrics.get(metric_key)
    if metric is None:
        return ""
    if metric.aggregation == Aggregation.STOCK:
        return translate("Dashboard", "Stock: latest value in the period, not a sum of months.")
    if metric.aggregation == Aggregation.DISTINCT:
        return translate("Dashboard", "Distinct count: the largest figure entered, never summed.")
    return ""


def _category_chart(data: DashboardData, key: str, title: str, metric_key: str,
                    items: list[tuple[str, Decimal]], other) -> ChartSpec:
    """Bars of one figure per category: the top N and "Other", largest first.

    Few categories stay vertical, each in its own colour; many become horizontal bars
    sorted by value, labelled in full on the left, in one colour (the labels name them;
    twenty colours could not be told apart anyway) with "Other" in grey.
    """
    metric = data.metrics.get(metric_key)
    name = data.metric_name(metric_key)
    additive = metric is None or metric.aggregation != Aggregation.DISTINCT
    rows, folded = top_with_other(items, data.filter.top_n, "", additive)
    if folded and additive:
        rows[-1] = (other(folded), rows[-1][1])
    horizontal = len(rows) > HORIZONTAL_FROM
    styles = [OTHER_STYLE if folded and additive and index == len(rows) - 1
              else (style_for(10) if horizontal else style_for(index)) for index in range(len(rows))]
    notes = [_rule_note(data, metric_key)]
    if folded and not additive:
        notes.append(translate("Dashboard", "{0} more not shown: a distinct count cannot be added up into "
                                            "\"Other\".").format(folded))
    return ChartSpec(
        key=key, title=title, categories=[label for label, _ in rows],
        series=[Series(name, [value for _, value in rows])],
        unit=data.unit_label(metric_key), y_label=_value_label(data, metric_key),
        note=" ".join(n for n in notes if n), category_styles=styles, horizontal=horizontal, value_labels=True,
    )


def metric_by_unit(data: DashboardData, metric_key: str) -> ChartSpec:
    """One metric per business unit: the top N units and "Other (k units)"."""
    name = data.metric_name(metric_key)
    items = [(unit, values[metric_key]) for unit, values in data.by_unit.items() if metric_key in values]
    return _category_chart(data, f"by_unit:{metric_key}", translate("Dashboard", "{0} by business unit")
                           .format(name), metric_key, items, other_name)


def donations_by_channel(data: DashboardData) -> ChartSpec:
    items = [(channel, values["donations"]) for channel, values in data.by_channel.items() if "donations" in values]
    return _category_chart(data, "donations_by_channel", translate("Dashboard", "Donations by channel"),
                           "donations", items, other_channels)


def other_channels(count: int) -> str:
    if count == 1:
        return translate("Dashboard", "Other (1 channel)")
    return translate("Dashboard", "Other ({0} channels)").format(count)


def _monthly(data: DashboardData, metric_key: str) -> list[Decimal]:
    return [data.by_month.get(month, {}).get(metric_key, ZERO) for month in data.months]


def donations_by_month(data: DashboardData) -> ChartSpec:
    """Monthly donations as bars, the running total as a line on the right-hand axis."""
    months = data.months
    monthly = _monthly(data, "donations")
    series = [
        Series(translate("Dashboard", "Donations per month (left axis)"), monthly, SeriesKind.BAR, style_for(0)),
        Series(translate("Dashboard", "Cumulative (right axis)"), list(accumulate(monthly)), SeriesKind.LINE,
               SeriesStyle(CUMULATIVE_COLOR), secondary=True),
    ]
    if data.targets.get("donations"):
        # The target is a total for the period: it is read against the cumulative line.
        series.append(Series(translate("Dashboard", "Target for the period (right axis, against the cumulative)"),
                             [data.targets["donations"]], SeriesKind.TARGET, SeriesStyle(TARGET_COLOR),
                             secondary=True))
    return ChartSpec(
        key="donations_by_month", title=translate("Dashboard", "Donations per month and cumulative"),
        categories=[month_label(m) for m in months], series=series, unit=data.currency,
        y_label=translate("Dashboard", "Per month ({0})").format(data.currency),
        secondary_label=translate("Dashboard", "Cumulative ({0})").format(data.currency),
        month_keys=months,
    )


def hours_by_month_and_unit(data: DashboardData) -> ChartSpec:
    """Volunteer hours per month, stacked: the top N units by hours in the period, then "Other"."""
    months = data.months
    per_unit: dict[str, list[Decimal]] = {}
    for (month, unit), values in data.by_month_unit.items():
        if "volunteer_hours" in values and month in months:
            per_unit.setdefault(unit, [ZERO] * len(months))[months.index(month)] += values["volunteer_hours"]
    ranked, folded = top_with_other([(unit, sum(v, ZERO)) for unit, v in per_unit.items()], data.filter.top_n, "")
    shown = [unit for unit, _ in ranked[:len(ranked) - 1 if folded else None]]
    series = [Series(unit, per_unit[unit], SeriesKind.BAR, style_for(index)) for index, unit in enumerate(shown)]
    if folded:
        rest = [values for unit, values in per_unit.items() if unit not in shown]
        series.append(Series(other_name(folded), [sum(column, ZERO) for column in zip(*rest, strict=True)],
                             SeriesKind.BAR, OTHER_STYLE))
    return ChartSpec(
        key="volunteer_hours_by_month", title=translate("Dashboard", "Volunteer hours per month by business unit"),
        categories=[month_label(m) for m in months], series=series, unit=data.unit_label("volunteer_hours"),
        y_label=_value_label(data, "volunteer_hours"), stacked=True, month_keys=months,
        legend_note=_hatch_note(len(shown)),
    )


def trees_cumulative(data: DashboardData) -> ChartSpec:
    """Trees planted, running total against the period's target."""
    months = data.months
    cumulative = list(accumulate(_monthly(data, "trees_planted")))
    series = [Series(translate("Dashboard", "Trees planted (cumulative)"), cumulative, SeriesKind.LINE, style_for(2))]
    if data.targets.get("trees_planted"):
        series.append(Series(translate("Dashboard", "Target for the period"), [data.targets["trees_planted"]],
                             SeriesKind.TARGET, SeriesStyle(TARGET_COLOR)))
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
    if data.b4si is not None:
        charts.insert(1, b4si_chart(data))
    return {chart.key: chart for chart in charts}


def b4si_chart(data: DashboardData) -> ChartSpec:
    """B4SI: the company's own inputs and, apart, the leverage it mobilised (money)."""
    from impact_desktop.core.b4si import FundingSource

    b4si = data.b4si
    rows = [(translate("B4SI", "Cash"), b4si.cash)]
    if b4si.time_value is not None:
        rows.append((translate("B4SI", "Time (valued)"), b4si.time_value))
    rows += [(translate("B4SI", "In-kind"), b4si.in_kind), (translate("B4SI", "Management costs"),
                                                             b4si.management_costs)]
    names = {FundingSource.EMPLOYEES: translate("B4SI", "Leverage: employees"),
             FundingSource.PUBLIC: translate("B4SI", "Leverage: public"),
             FundingSource.PARTNERS: translate("B4SI", "Leverage: partners")}
    leverage = [(names[source], value) for source, value in b4si.leverage_by_source.items() if source in names]
    company = [i for i, _ in enumerate(rows)]
    rows += leverage
    notes = []
    if b4si.time_hours and b4si.time_value is None:
        notes.append(translate("B4SI", "Time: 1 hour, not valued (no cost per hour set).") if b4si.time_hours == 1
                     else translate("B4SI", "Time: {0} hours, not valued (no cost per hour set).").format(
                         f"{b4si.time_hours:,}"))
    notes.append(translate("B4SI", "Company contribution {0}; leverage {1} ({2}).").format(
        f"{b4si.company_contribution:,}", f"{b4si.leverage:,}", data.currency))
    styles = [style_for(10) if i in company else style_for(9) for i in range(len(rows))]
    return ChartSpec(
        key="b4si", title=translate("B4SI", "B4SI: company contribution and leverage"),
        categories=[label for label, _ in rows], series=[Series(translate("B4SI", "Amount"),
                                                                [value for _, value in rows])],
        unit=data.currency, y_label=data.currency, note=" ".join(notes), category_styles=styles,
        horizontal=True, value_labels=True,
        legend_note=translate("B4SI", "Blue: the company's own inputs. Orange: leverage, money mobilised from "
                                      "others and reported apart."),
    )
