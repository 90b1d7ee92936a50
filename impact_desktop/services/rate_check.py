"""Which currency rates the data still needs, listed all at once.

A summary (:func:`services.summary.grouped_totals`) stops at the first missing rate
with :class:`MissingRateError`; an editor of the rates table wants the whole list, so
this walks every month and currency that money entries and money targets use (money is
always a flow, so that is everything a summary converts) and asks the same
:class:`RateTable` a summary asks, collecting each error.
"""

from __future__ import annotations

import datetime as dt

from impact_desktop.core.errors import MissingRateError
from impact_desktop.core.money import normalize_currency
from impact_desktop.storage import summary_queries
from impact_desktop.storage.database import Store
from impact_desktop.storage.rates import rate_table
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import Scope
from impact_desktop.storage.targets import list_targets

#: Whole months from the first to the last representable day: reads the monthly roll-up
#: without first scanning entries for their date range.
EVERYTHING = Scope(dt.date.min, dt.date.max)


def missing_rates(store: Store, currency: str | None = None) -> list[MissingRateError]:
    """Every (from, to, month) a total in ``currency`` (default: reporting) cannot convert."""
    reporting = normalize_currency(currency or load_settings(store).reporting_currency)
    rates = rate_table(store)
    needed: set[tuple[str, int]] = set()
    for part in summary_queries.flow_parts(store, EVERYTHING):
        if part.currency and part.currency != reporting:
            needed.add((part.currency, part.month_key))
    for target in list_targets(store):
        if target.currency and target.currency != reporting:
            needed.add((target.currency, target.period.month_key))
    missing: list[MissingRateError] = []
    for source, month in sorted(needed, key=lambda pair: (pair[1], pair[0])):
        try:
            rates.factor(source, reporting, month)
        except MissingRateError as exc:
            missing.append(exc)
    return missing
