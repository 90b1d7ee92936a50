"""How far each target has come: the actual figure for its metric, scope and period.

A target for the whole group is compared with the group's total, one for a business unit
with that unit and the units nested under it, one for a program with that program. The
actual follows the aggregation rules (flows summed, stocks latest, distinct counts as
entered) and money is converted into the target's currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from impact_desktop.core.errors import MissingRateError
from impact_desktop.services.summary import achieved, grouped_totals
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import Scope
from impact_desktop.storage.targets import Target


@dataclass(frozen=True)
class TargetProgress:
    actual: Decimal | None  # None: no entry of the metric in the target's scope and period
    achieved: Decimal | None
    problem: str = ""  # e.g. a missing currency rate, said instead of a wrong figure


def target_progress(store: Store, targets: list[Target]) -> dict[str, TargetProgress]:
    """Actual and share achieved per target id; one grouped read per distinct scope."""
    reporting = load_settings(store).reporting_currency
    out: dict[str, TargetProgress] = {}
    read: dict[tuple, dict[str, Decimal] | str] = {}
    for target in targets:
        if target.program_id:
            units, programs = (), (target.program_id,)
        elif target.business_unit_id:
            units, programs = tuple(sorted(catalog.descendant_unit_ids(store, target.business_unit_id))), ()
        else:
            units, programs = (), ()
        currency = target.currency or reporting
        key = (target.period.start, target.period.end, units, programs, currency)
        if key not in read:
            try:
                totals = grouped_totals(store, Scope(target.period.start, target.period.end, units, programs),
                                        (), currency)
                read[key] = {group[0]: value for group, value in totals.items()}
            except MissingRateError as exc:
                read[key] = str(exc)
        figures = read[key]
        if isinstance(figures, str):
            out[target.id] = TargetProgress(None, None, figures)
            continue
        actual = figures.get(target.metric_key)
        out[target.id] = TargetProgress(actual, achieved(actual, target.value))
    return out
