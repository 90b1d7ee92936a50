"""The metric catalogue and how each metric may be aggregated.

A *flow* (money, hours, trees) adds up over time and across units. A *stock*
(facilities, cities covered, partner nonprofits) is a level at a point in time: over a
period it is the latest value, never the sum of months. A *distinct count* (volunteers)
cannot be added across units or periods at all: the same person volunteers twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.catalog import MAX_NAME_LENGTH, name_fault
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate


class Aggregation(StrEnum):
    FLOW = "flow"
    STOCK = "stock"
    DISTINCT = "distinct"


class ValueKind(StrEnum):
    MONEY = "money"
    QUANTITY = "quantity"


AGGREGATION_LABELS = {
    Aggregation.FLOW: "Flow (summed over time and units)",
    Aggregation.STOCK: "Stock (latest value in the period)",
    Aggregation.DISTINCT: "Distinct count (as entered, never summed)",
}


@dataclass(frozen=True)
class Metric:
    """What is measured, in which unit, and how it adds up."""

    key: str
    name: str
    unit: str
    value_kind: ValueKind = ValueKind.QUANTITY
    aggregation: Aggregation = Aggregation.FLOW
    integer_only: bool = False
    default_input_type: InputType | None = None
    default_motivation: Motivation | None = None
    default_funding_source: FundingSource | None = None
    builtin: bool = False
    description: str = ""
    id: str | None = None

    @property
    def is_money(self) -> bool:
        return self.value_kind == ValueKind.MONEY


BUILTIN_METRICS: tuple[Metric, ...] = (
    Metric(
        "donations", "Donations", "currency", ValueKind.MONEY, Aggregation.FLOW, False,
        InputType.CASH, Motivation.COMMUNITY_INVESTMENT, FundingSource.PUBLIC, True,
        "Money given or raised; keeps the currency it was given in.",
    ),
    Metric(
        "volunteer_hours", "Volunteer hours", "hours", ValueKind.QUANTITY, Aggregation.FLOW, False,
        InputType.TIME, Motivation.COMMUNITY_INVESTMENT, FundingSource.COMPANY, True,
        "Hours of employee volunteering.",
    ),
    Metric(
        "volunteers", "Volunteers", "people", ValueKind.QUANTITY, Aggregation.DISTINCT, True,
        None, None, None, True, "People who volunteered; a person counts once per period.",
    ),
    Metric(
        "trees_planted", "Trees planted", "trees", ValueKind.QUANTITY, Aggregation.FLOW, True,
        None, None, None, True, "Trees planted through the program.",
    ),
)
BUILTIN_KEYS = frozenset(metric.key for metric in BUILTIN_METRICS)

_KEY = re.compile(r"^[a-z][a-z0-9_]{1,47}$")


def metric_key_from_name(name: str) -> str:
    """A stable key for a user metric: 'Recycling facilities' → 'recycling_facilities'."""
    key = re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")
    if not key or not key[0].isalpha():
        key = f"metric_{key}" if key else "metric"
    return key[:48]


def validate_metric(metric: Metric) -> None:
    """Raise a readable error for a metric definition a summary could not use."""
    if not _KEY.match(metric.key):
        raise ValidationError(translate(
            "MetricCheck", "'{0}' is not a valid metric key (lower-case letters, digits and _).").format(
            metric.key), "key")
    if not metric.name.strip():
        raise ValidationError(translate("MetricCheck", "A metric needs a name."), "name")
    if name_fault(" ".join(metric.name.split())):
        raise ValidationError(translate(
            "MetricCheck", "A metric name is at most {0} characters, without control characters.").format(
            MAX_NAME_LENGTH), "name")
    if metric.is_money and metric.aggregation != Aggregation.FLOW:
        raise ValidationError(translate("MetricCheck", "A money metric must be a flow: amounts add up over time."),
                              "aggregation")
    if not metric.unit.strip():
        raise ValidationError(translate(
            "MetricCheck", "A metric needs a unit (hours, trees, people, currency...)."), "unit")


def metric_display_name(metric: Metric) -> str:
    """The name shown to people: built-in metrics speak the interface language, the
    user's own metrics keep the name the user gave them."""
    return metric_name_for_key(metric.key, metric.name)


def metric_name_for_key(key: str, stored_name: str) -> str:
    """As :func:`metric_display_name`, for lists that carry only the key and stored name."""
    return {
        "donations": translate("Metric", "Donations"),
        "volunteer_hours": translate("Metric", "Volunteer hours"),
        "volunteers": translate("Metric", "Volunteers"),
        "trees_planted": translate("Metric", "Trees planted"),
    }.get(key, stored_name) if key in BUILTIN_KEYS else stored_name


# The units of the demo's own metrics as the demo stores them, loaded in an English or in a
# Chinese interface (key → (English, Chinese)). Like the built-in units they are shown in the
# interface language whichever language stored them: the demo is ours, not the user's typing.
# A metric of the user's own under one of these keys (the demo then keeps it) shows its own unit.
DEMO_UNITS: dict[str, tuple[str, str]] = {
    "nonprofits_supported": ("organisations", "家"),
    "volunteering_opportunities": ("opportunities", "个"),
    "recycling_facilities": ("facilities", "个"),
    "recycling_cities": ("cities", "座城市"),
    "environmental_map_cities": ("cities", "座城市"),
}


def unit_display_name(metric: Metric) -> str:
    """The unit of a built-in or demo metric in the interface language (user units as typed)."""
    return unit_name_for_key(metric.key, metric.unit)


def unit_name_for_key(key: str, unit: str) -> str:
    """As :func:`unit_display_name`, for lists that carry only the metric key and stored unit."""
    if key in BUILTIN_KEYS:
        return {
            "hours": translate("Metric", "hours"),
            "people": translate("Metric", "people"),
            "trees": translate("Metric", "trees"),
        }.get(unit, unit)
    pair = DEMO_UNITS.get(key)
    if pair is None or unit not in pair:
        return unit
    # The same words and context as the demo's own (services.demo.user_metrics): one translation.
    return {
        "organisations": translate("Demo", "organisations"),
        "opportunities": translate("Demo", "opportunities"),
        "facilities": translate("Demo", "facilities"),
        "cities": translate("Demo", "cities"),
    }[pair[0]]
