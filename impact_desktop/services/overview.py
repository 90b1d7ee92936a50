"""What the Overview page shows: the fiscal years with data and the totals of one of them (or of all data).

Totals come from :func:`services.summary.summarize` (the one place aggregation rules live).
Computed in one go, on the GUI thread for a small database or on a worker's read-only
connection for a big one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.periods import fiscal_year, fiscal_year_of
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.summary import Summary, summarize
from impact_desktop.storage.database import Store
from impact_desktop.storage.entries import count_entries
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import Scope, data_range

#: The choice "All data" instead of one fiscal year.
ALL_DATA = "all"


@dataclass
class OverviewData:
    """Everything the page shows, computed in one go (possibly on a worker thread)."""

    empty: bool
    years: list[int] = field(default_factory=list)
    fiscal_start_month: int = 4
    choice: int | str | None = None
    summary: Summary | None = None
    problem: str = ""
    #: Metric names in the interface language (the summary names units so already).
    names: NameBook = field(default_factory=NameBook)


def compute_overview(store: Store, choice: int | str | None) -> OverviewData:
    """Fiscal years with data (plus the current one) and the totals of ``choice``.

    Without a valid choice, the latest fiscal year with data is shown: an overview of an
    empty current year would tell a user nothing.
    """
    known = data_range(store)
    if count_entries(store) == 0 or known is None:
        return OverviewData(empty=True)
    start_month = load_settings(store).fiscal_start_month
    first, last = fiscal_year_of(known[0], start_month), fiscal_year_of(known[1], start_month)
    years = list(range(max(last, fiscal_year_of(dt.date.today(), start_month)), first - 1, -1))
    if choice != ALL_DATA and choice not in years:
        choice = last
    if choice == ALL_DATA:
        scope = Scope(known[0], known[1])
    else:
        period = fiscal_year(choice, start_month)
        scope = Scope(period.start, period.end)
    data = OverviewData(empty=False, years=years, fiscal_start_month=start_month, choice=choice)
    try:
        data.summary = summarize(store, scope)
        data.names = NameBook(store)
    except ImpactError as exc:
        data.problem = str(exc)
    return data
