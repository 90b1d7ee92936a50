"""The B4SI view of a period: what the company gave (inputs) apart from what it mobilised (leverage).

B4SI counts as the company's *contribution* only what the company itself funds: cash,
employees' time in paid hours (valued at a cost per hour), in-kind goods and services,
and the management costs of running the programs. Money that the company *mobilises*
from employees, customers, platform users or partners is **leverage** and is reported
beside, never added in. Every entry already carries its input type, motivation and
funding source (filled from the metric's defaults when nobody chose), so the figures
come from one grouped read of the flow roll-up; stocks and distinct counts are outputs,
not inputs, and are left out.

GRI 201-1 ("community investments", part of economic value distributed) takes the
company contribution; GRI 413-1 ("operations with local community engagement") takes
the share of business units with community programs that have figures in the period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.metrics import Aggregation, Metric
from impact_desktop.core.money import round_money
from impact_desktop.core.texts import translate
from impact_desktop.services.summary import grouped_totals_multi
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import Scope

ZERO = Decimal(0)
_DIMENSIONS = ("input_type", "motivation", "funding_source")


@dataclass
class B4siFigures:
    """Inputs, leverage and motivation of one scope; money in ``currency``.

    ``time_value`` is ``None`` when no cost per hour is set (the hours are still counted
    and a note says why they carry no value).
    """

    currency: str
    cash: Decimal = ZERO
    time_hours: Decimal = ZERO
    time_value: Decimal | None = None
    hour_cost: Decimal | None = None
    in_kind: Decimal = ZERO
    management_costs: Decimal = ZERO
    leverage_by_source: dict[FundingSource, Decimal] = field(default_factory=dict)
    #: Per motivation: company money (cash, in-kind, management, valued time), leverage, hours.
    by_motivation: dict[Motivation, dict[str, Decimal]] = field(default_factory=dict)
    #: Money whose entries say no input type (or funding source): counted nowhere, said in a note.
    unclassified: Decimal = ZERO
    units_engaged: int = 0
    units_total: int = 0

    @property
    def company_contribution(self) -> Decimal:
        """Cash + valued time + in-kind + management costs (time counts only when valued)."""
        return self.cash + (self.time_value or ZERO) + self.in_kind + self.management_costs

    @property
    def leverage(self) -> Decimal:
        return sum(self.leverage_by_source.values(), ZERO)

    @property
    def empty(self) -> bool:
        return not (self.company_contribution or self.time_hours or self.leverage)

    def notes(self) -> list[str]:
        notes = []
        if self.time_hours and self.time_value is None:
            notes.append(translate("B4SI", "Time is shown in hours only: set a cost per volunteer hour in Settings "
                                           "to value it and add it to the company contribution."))
        elif self.time_value is not None:
            notes.append(translate("B4SI", "Time is valued at {0} {1} per hour.").format(self.hour_cost, self.currency))
        if self.unclassified:
            notes.append(translate("B4SI", "{0} {1} of money has no input type or funding source and is counted "
                                           "in neither the contribution nor leverage.")
                         .format(f"{self.unclassified:,}", self.currency))
        return notes


def b4si_figures(store: Store, scope: Scope, currency: str | None = None,
                 metrics: dict[str, Metric] | None = None, units_with_figures: set[str] | None = None) -> B4siFigures:
    """The B4SI figures of ``scope`` (raises :class:`MissingRateError` like every money total).

    ``units_with_figures`` (ids), when the caller has them already, saves a per-unit read.
    """
    settings = load_settings(store)
    reporting = currency or settings.reporting_currency
    metrics = metrics or {metric.key: metric for metric in catalog.list_metrics(store)}
    # Only money and hours can be inputs or leverage: trees and other outputs are not read.
    inputs = [key for key, metric in metrics.items() if metric.aggregation == Aggregation.FLOW
              and (metric.is_money or metric.unit == "hours")]
    groupings = [(_DIMENSIONS, inputs)] + ([(("business_unit",), None)] if units_with_figures is None else [])
    grouped, *per_unit = grouped_totals_multi(store, scope, groupings, reporting) if inputs else ({}, {})
    if units_with_figures is None:
        units_with_figures = {unit for _key, unit in per_unit[0]}
    figures = combine(grouped, metrics, reporting, settings.volunteer_hour_cost)
    in_scope = {unit.id: unit for unit in catalog.list_business_units(store)
                if not scope.business_unit_ids or unit.id in scope.business_unit_ids}
    engaged = units_with_figures & set(in_scope)
    figures.units_engaged = len(engaged)  # an archived unit counts only when it has figures
    figures.units_total = len(engaged | {uid for uid, unit in in_scope.items() if not unit.archived})
    return figures


def combine(grouped: dict[tuple, Decimal], metrics: dict[str, Metric], currency: str,
            hour_cost: Decimal | None) -> B4siFigures:
    """B4SI figures from totals keyed ``(metric, input_type, motivation, funding_source)``."""
    out = B4siFigures(currency, hour_cost=hour_cost)
    leverage: dict[FundingSource, Decimal] = defaultdict(lambda: ZERO)
    motivation: dict[Motivation, dict[str, Decimal]] = defaultdict(dict)

    def add_motivation(why: str, key: str, value: Decimal) -> None:
        if why in Motivation._value2member_map_:
            bucket = motivation[Motivation(why)]
            bucket[key] = bucket.get(key, ZERO) + value

    for (metric_key, how, why, source), value in grouped.items():
        metric = metrics.get(metric_key)
        if metric is None or not value:
            continue
        # An entry stored without a classification takes its metric's defaults, as an
        # imported or typed one would: nobody is forced to classify.
        how = how or (metric.default_input_type.value if metric.default_input_type else "")
        why = why or (metric.default_motivation.value if metric.default_motivation else "")
        source = source or (metric.default_funding_source.value if metric.default_funding_source else "")
        is_time_hours = how == InputType.TIME and not metric.is_money and metric.unit == "hours"
        if not metric.is_money and not is_time_hours:
            continue  # outputs (trees, opportunities): not an input of any kind
        if source and source != FundingSource.COMPANY and source in FundingSource._value2member_map_:
            if metric.is_money:
                leverage[FundingSource(source)] += value
                add_motivation(why, "leverage", value)
            continue  # hours given in the employees' own time are not the company's input
        if is_time_hours:
            out.time_hours += value
            add_motivation(why, "time_hours", value)
            if hour_cost is not None:
                add_motivation(why, "company_contribution", round_money(value * hour_cost, currency))
            continue
        if how == InputType.CASH:
            out.cash += value
        elif how == InputType.TIME:
            out.time_value = (out.time_value or ZERO) + value
        elif how == InputType.IN_KIND:
            out.in_kind += value
        elif how == InputType.MANAGEMENT_COSTS:
            out.management_costs += value
        else:
            out.unclassified += value
            continue
        add_motivation(why, "company_contribution", value)
    if hour_cost is not None:
        out.time_value = (out.time_value or ZERO) + round_money(out.time_hours * hour_cost, currency)
    out.leverage_by_source = {source: leverage[source] for source in FundingSource if leverage.get(source)}
    out.by_motivation = {why: dict(motivation[why]) for why in Motivation if why in motivation}
    return out
