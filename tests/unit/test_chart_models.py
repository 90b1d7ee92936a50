"""Chart models and layout rules without widgets: top N + Other, fiscal month ticks, year to date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.services.chart_spec import PALETTE, month_ticks, style_for, top_with_other
from impact_desktop.services.dashboard import (
    DashboardFilter,
    PeriodMode,
    load_dashboard,
    month_span,
    shifted_back,
    year_to_date,
)
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import add_entries
from impact_desktop.storage.summary_queries import Scope

D = Decimal


def test_top_n_keeps_the_largest_and_sums_the_rest():
    items = [(f"Unit {i:02d}", D(i)) for i in range(1, 23)]
    rows, folded = top_with_other(items, 10, "Other")
    assert [name for name, _ in rows[:3]] == ["Unit 22", "Unit 21", "Unit 20"]
    assert rows[-1] == ("Other", D(sum(range(1, 13)))) and folded == 12 and len(rows) == 11
    assert sum(v for _, v in rows) == sum(v for _, v in items)  # nothing lost
    # One unit past N is shown by name rather than hidden in "Other (1 unit)".
    rows, folded = top_with_other(items[:11], 10, "Other")
    assert folded == 0 and len(rows) == 11
    # A distinct count is never added up: the rest are left out, and counted.
    rows, folded = top_with_other(items, 10, "Other", additive=False)
    assert len(rows) == 10 and folded == 12
    # Ties are ordered by name, so the order never flickers between refreshes.
    assert top_with_other([("b", D(1)), ("a", D(1))], 10, "")[0] == [("a", D(1)), ("b", D(1))]


def test_twelve_colours_before_any_hatching():
    assert len(set(PALETTE)) == 12
    assert all(style_for(i).hatch == "" for i in range(12)) and style_for(12).hatch


def test_fiscal_year_ticks_one_per_month_in_fiscal_order():
    fy = [201704 + i if i < 9 else 201801 + i - 9 for i in range(12)]
    ticks = month_ticks(fy, 14)
    assert [label for _, label in ticks] == ["Apr 2017", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                                             "Jan 2018", "Feb", "Mar"]
    assert ticks[0][1]  # the first tick is labelled
    thinned = month_ticks(fy, 6)
    assert [i for i, _ in thinned] == [0, 2, 4, 6, 8, 10]


def test_year_to_date_compares_the_same_months():
    scope = Scope(dt.date(2018, 4, 1), dt.date(2019, 3, 31))
    known = (dt.date(2010, 1, 1), dt.date(2018, 5, 31))
    through = year_to_date(scope, known, dt.date(2026, 12, 2))
    assert through == dt.date(2018, 5, 31)
    before = shifted_back(scope, through)
    assert (before.start, before.end) == (dt.date(2017, 4, 1), dt.date(2017, 5, 31))
    assert month_span(before.start, before.end) == "Apr–May 2017"
    assert year_to_date(scope, (known[0], dt.date(2019, 6, 30)), dt.date(2026, 12, 2)) is None  # whole year
    assert year_to_date(Scope(dt.date(2018, 4, 3), dt.date(2019, 3, 31)), known, dt.date(2026, 1, 1)) is None


def test_a_partial_year_is_not_minus_100_percent(store):
    unit = catalog.add_business_unit(store, "Alpha")
    program = catalog.add_program(store, unit, "Giving")
    drafts = [EntryDraft(program, "donations", D(100), month(2017, m), currency="CNY") for m in range(4, 13)]
    drafts += [EntryDraft(program, "donations", D(100), month(2018, m), currency="CNY") for m in range(1, 4)]
    drafts += [EntryDraft(program, "donations", D(150), month(2018, m), currency="CNY") for m in (4, 5)]
    add_entries(store, drafts)
    data = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2019))
    donations = next(k for k in data.kpis if k.key == "donations")
    assert donations.value == 300 and donations.previous == 200 and donations.change == D("0.5")
    assert data.comparison == "vs Apr–May 2017" and data.compared_months == "Apr–May 2017"
    full = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018))
    assert full.comparison == "vs previous period"
    assert fiscal_year(2019).start == dt.date(2018, 4, 1)
