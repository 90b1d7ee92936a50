"""Figures to date of one business unit (with its nested units), one program or one channel.

What the catalogue's detail pane shows: every metric's total over all time, each by its
own rule (flows summed, stocks latest, distinct counts as entered), money converted to
the reporting currency. One :func:`services.summary.grouped_totals` call over the
monthly roll-up, so it stays quick on large files; the GUI still runs it off the UI thread.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from impact_desktop.core.metrics import Metric
from impact_desktop.services.rate_check import EVERYTHING
from impact_desktop.services.summary import grouped_totals
from impact_desktop.storage import catalog, summary_queries
from impact_desktop.storage.database import Store
from impact_desktop.storage.settings import load_settings


@dataclass(frozen=True)
class FiguresToDate:
    currency: str
    entries: int
    totals: dict[str, Decimal]
    metrics: dict[str, Metric]


def figures_to_date(store: Store, *, business_unit_id: str | None = None, program_id: str | None = None,
                    channel_id: str | None = None) -> FiguresToDate:
    """Totals for a unit (nested units included), a program or a channel; raises MissingRateError."""
    metrics = {metric.key: metric for metric in catalog.list_metrics(store)}
    currency = load_settings(store).reporting_currency
    if channel_id:
        grouped = grouped_totals(store, EVERYTHING, ("channel",), currency)
        totals = {key[0]: value for key, value in grouped.items() if key[1] == channel_id}
        entries = catalog.channel_entry_count(store, channel_id)
    else:
        if business_unit_id:
            units = tuple(sorted(catalog.descendant_unit_ids(store, business_unit_id)))
            scope = dataclasses.replace(EVERYTHING, business_unit_ids=units)
        else:
            scope = dataclasses.replace(EVERYTHING, program_ids=(program_id,))
        totals = {key[0]: value for key, value in grouped_totals(store, scope, (), currency).items()}
        entries = summary_queries.entry_count(store, scope)
    ordered = dict(sorted(totals.items(), key=lambda item: (metrics[item[0]].name.lower()
                                                            if item[0] in metrics else item[0])))
    return FiguresToDate(currency, entries, ordered, metrics)
