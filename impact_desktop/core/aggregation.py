"""Aggregation rules, applied to pre-grouped figures coming from storage.

Storage returns small grouped rows (per month, currency and dimension); these functions
turn them into totals that obey the metric's aggregation kind and convert money into the
reporting currency exactly, rounding once at the end.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from impact_desktop.core.money import round_money
from impact_desktop.core.rates import RateTable


@dataclass(frozen=True)
class FlowPart:
    """A grouped flow sum: ``amount`` in ``currency`` ('' for quantities) for one month."""

    group: Hashable
    month_key: int
    currency: str
    amount: Decimal


class Observation(NamedTuple):
    """One entry of a stock or distinct metric, as entered.

    ``as_of`` orders stock observations (period end, then last change), ``span_days``
    ranks distinct-count observations (a figure for the whole year beats a monthly one).
    A named tuple, not a frozen dataclass: a dashboard refresh makes a few thousand, and a
    frozen dataclass took four times as long to build.
    """

    group: Hashable
    series: Hashable
    value: Decimal
    as_of: str
    span_days: int


def sum_flows(
    parts: Iterable[FlowPart], rates: RateTable | None, reporting_currency: str
) -> dict[Hashable, Decimal]:
    """Sum flows per group, converting money month by month with that month's rate."""
    totals: dict[Hashable, Decimal] = defaultdict(Decimal)
    money_groups: set[Hashable] = set()
    for part in parts:
        amount = part.amount
        if part.currency:
            money_groups.add(part.group)
            if rates is not None:
                amount *= rates.factor(part.currency, reporting_currency, part.month_key)
        totals[part.group] += amount
    return {
        group: round_money(value, reporting_currency) if group in money_groups else value
        for group, value in totals.items()
    }


def latest_stock(observations: Iterable[Observation]) -> dict[Hashable, Decimal]:
    """Per group, the sum over its series (e.g. programs) of each series' latest value.

    Summing *across* series at their latest date is right for stocks (facilities of two
    units add up); summing one series over months is not, and never happens here.
    """
    latest: dict[tuple[Hashable, Hashable], Observation] = {}
    for obs in observations:
        key = (obs.group, obs.series)
        if key not in latest or obs.as_of >= latest[key].as_of:
            latest[key] = obs
    totals: dict[Hashable, Decimal] = defaultdict(Decimal)
    for (group, _series), obs in latest.items():
        totals[group] += obs.value
    return dict(totals)


def distinct_as_entered(observations: Iterable[Observation]) -> dict[Hashable, Decimal]:
    """Per group, the largest figure entered in scope; never a sum.

    Figures for different units, programs or months cannot be added because the same
    people may be in several. The largest one is the honest lower bound, and it is never
    below any single figure in scope (a whole-year figure, when entered, is normally it).
    """
    best: dict[Hashable, Observation] = {}
    for obs in observations:
        current = best.get(obs.group)
        if current is None or (obs.value, obs.span_days, obs.as_of) > (
            current.value, current.span_days, current.as_of
        ):
            best[obs.group] = obs
    return {group: obs.value for group, obs in best.items()}
