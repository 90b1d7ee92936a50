"""Dashboard figures against hand-computed totals: flows, stocks, distinct, currency, fiscal years."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import MissingRateError
from impact_desktop.core.metrics import Aggregation, Metric
from impact_desktop.core.periods import Period, PeriodKind, day, fiscal_year, month
from impact_desktop.core.rates import Rate
from impact_desktop.services.chart_spec import PALETTE, SeriesKind, month_ticks
from impact_desktop.services.dashboard import (
    DashboardFilter,
    PeriodMode,
    available_years,
    load_dashboard,
    metric_by_unit_chart,
    previous_scope,
)
from impact_desktop.storage import catalog, entries, rates, targets
from impact_desktop.storage.summary_queries import Scope

D = Decimal


@pytest.fixture
def small(store):
    """Two units (B nested under A), a stock, a distinct count, CNY and USD money."""
    a = catalog.add_business_unit(store, "Alpha")
    b = catalog.add_business_unit(store, "Beta", parent_id=a)
    pa = catalog.add_program(store, a, "Alpha giving")
    pb = catalog.add_program(store, b, "Beta trees")
    catalog.add_metric(store, Metric("sites", "Sites", "sites", aggregation=Aggregation.STOCK, integer_only=True))
    add = []

    def entry(program, key, value, period, **kw):
        add.append(EntryDraft(program_id=program, metric_key=key, value=D(value), period=period, **kw))

    # FY2018 = 2017-04-01 .. 2018-03-31 (default April start)
    entry(pa, "donations", "1000", day(dt.date(2017, 4, 1)), currency="CNY")
    entry(pa, "donations", "500.50", day(dt.date(2018, 3, 31)), currency="CNY")
    entry(pa, "donations", "100", day(dt.date(2017, 9, 15)), currency="USD")   # × 7 = 700 CNY
    entry(pa, "donations", "9999", day(dt.date(2018, 4, 1)), currency="CNY")   # FY2019
    entry(pa, "donations", "300", day(dt.date(2016, 6, 1)), currency="CNY")    # FY2017 (previous)
    entry(pb, "volunteer_hours", "10", month(2017, 5))
    entry(pa, "volunteer_hours", "5", month(2017, 5))
    entry(pb, "volunteer_hours", "7", month(2017, 12))
    entry(pb, "trees_planted", "40", month(2017, 6))
    entry(pb, "trees_planted", "60", month(2018, 2))
    entry(pb, "sites", "3", month(2017, 6))
    entry(pb, "sites", "8", month(2018, 1))        # latest: 8, never 11
    entry(pa, "sites", "2", month(2017, 12))       # another program: 8 + 2 at their latest
    entry(pa, "volunteers", "50", fiscal_year(2018))
    entry(pb, "volunteers", "30", fiscal_year(2018))   # as entered: 50 (widest, largest), not 80
    entry(pa, "volunteers", "20", month(2017, 7))
    entries.add_entries(store, add)
    rates.add_rate(store, Rate("USD", "CNY", fiscal_year(2018), D("7")))
    targets.add_target(store, targets.Target("donations", fiscal_year(2018), D("4401"), currency="CNY"))
    return {"a": a, "b": b, "pa": pa, "pb": pb}


def kpis(data):
    return {k.key: k for k in data.kpis}


def test_fiscal_year_totals_follow_the_aggregation_rules(store, small):
    data = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018))
    k = kpis(data)
    assert k["donations"].value == D("2200.50")          # 1000 + 500.50 + 100×7; not 2018-04-01, not 2016
    assert k["donations"].unit == "CNY"
    assert k["volunteer_hours"].value == 22
    assert k["trees_planted"].value == 100
    assert k["sites"].value == 10 and k["sites"].rule == "latest value"
    assert k["volunteers"].value == 50 and k["volunteers"].rule == "as entered, not summed"
    assert k["active_programs"].value == 2
    assert k["donations"].target == D("4401") and k["donations"].achieved == D("0.5")
    assert k["donations"].previous == 300 and k["donations"].change == (D("2200.50") - 300) / 300
    assert data.period_label.startswith("FY2018 (1 Apr 2017")


def test_charts_carry_the_grouped_figures(store, small):
    data = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018))
    by_unit = data.charts["by_unit:donations"]
    assert by_unit.categories == ["Alpha"] and by_unit.series[0].values == [D("2200.50")]
    monthly = data.charts["donations_by_month"]
    assert len(monthly.categories) == 12 and monthly.month_keys[0] == 201704
    bars, cumulative, target = monthly.series
    assert bars.values[0] == 1000 and bars.values[5] == 700 and bars.values[11] == D("500.50")
    assert cumulative.values[-1] == D("2200.50") and cumulative.secondary
    assert target.kind == SeriesKind.TARGET and target.values == [D("4401")]
    hours = data.charts["volunteer_hours_by_month"]
    assert hours.stacked and [s.name for s in hours.series] == ["Beta", "Alpha"]  # most hours first
    assert hours.series[1].values[1] == 5 and hours.series[0].values[1] == 10 and hours.series[0].values[8] == 7
    assert data.charts["trees_cumulative"].series[0].values[-1] == 100
    sites = metric_by_unit_chart(data, "sites")
    assert dict(zip(sites.categories, sites.series[0].values, strict=True)) == {"Alpha": 2, "Beta": 8}
    assert "Stock" in sites.note
    volunteers = metric_by_unit_chart(data, "volunteers")
    assert dict(zip(volunteers.categories, volunteers.series[0].values, strict=True)) == {"Alpha": 50, "Beta": 30}


def test_unit_filter_includes_nested_units(store, small):
    everything = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018))
    beta = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018, business_unit_ids=(small["b"],)))
    assert kpis(beta)["donations"].value is None and kpis(beta)["volunteer_hours"].value == 17
    alpha = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018, business_unit_ids=(small["a"],)))
    assert kpis(alpha)["volunteer_hours"].value == 22   # Alpha includes Beta
    # Colours follow the rank in the chart: twelve distinct colours for the top units, never hatching.
    assert [s.style.color for s in everything.charts["volunteer_hours_by_month"].series] == list(PALETTE[:2])
    assert beta.charts["volunteer_hours_by_month"].series[0].style.color == PALETTE[0]


def test_a_metric_without_entries_has_no_figure_change_or_share_of_target(store, small):
    """Beta gave no donations: no figure (never 0), so no change and no share of its target."""
    targets.add_target(store, targets.Target("donations", fiscal_year(2018), D("50"), business_unit_id=small["b"],
                                             currency="CNY"))
    entries.add_entry(store, EntryDraft(program_id=small["pb"], metric_key="donations", value=D("25"),
                                        period=month(2016, 5), currency="CNY"))  # the previous period has one
    beta = kpis(load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018, business_unit_ids=(small["b"],))))
    donations = beta["donations"]
    assert donations.value is None and donations.previous == 25 and donations.target == 50
    assert donations.change is None and donations.achieved is None
    assert beta["sites"].value == 8 and beta["sites"].achieved is None


def test_currency_conversion_and_missing_rate(store, small):
    usd = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018, currency="usd"))
    # 1500.50 CNY / 7 + 100 USD, converted month by month and rounded once to cents
    assert kpis(usd)["donations"].value == (D("1500.50") / 7 + 100).quantize(D("0.01"))
    assert kpis(usd)["donations"].unit == "USD"
    with pytest.raises(MissingRateError):
        load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018, currency="EUR"))


def test_calendar_year_custom_range_and_previous_period(store, small):
    cal = load_dashboard(store, DashboardFilter(PeriodMode.CALENDAR, 2018))
    assert kpis(cal)["donations"].value == D("500.50") + 9999
    custom = load_dashboard(store, DashboardFilter(PeriodMode.CUSTOM, start=dt.date(2017, 9, 15),
                                                   end=dt.date(2018, 3, 31)))
    assert kpis(custom)["donations"].value == D("1200.50")   # a part-month range reads entries exactly
    assert previous_scope(Scope(dt.date(2017, 4, 1), dt.date(2018, 3, 31))) == Scope(
        dt.date(2016, 4, 1), dt.date(2017, 3, 31))
    assert previous_scope(Scope(dt.date(2018, 1, 10), dt.date(2018, 1, 19))).start == dt.date(2017, 12, 31)
    fiscal, calendar_years = available_years(store)
    assert fiscal == [2019, 2018, 2017] and calendar_years == [2018, 2017, 2016]


def test_empty_selection_and_report_details(store, small):
    assert load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2010)).empty
    data = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018), details=True)
    assert data.rates_used == ["1 USD = 7 CNY (FY2018)"]
    assert sum(s.entries for s in data.sources) == data.entries == 14
    assert ("Beta trees", "sites", D(8)) in data.by_program["Beta"]


def test_demo_headline_figures(demo_store):
    data = load_dashboard(demo_store, DashboardFilter(PeriodMode.FISCAL, 2018))
    k = kpis(data)
    assert (k["donations"].value, k["volunteer_hours"].value, k["volunteers"].value,
            k["trees_planted"].value) == (1_270_000_000, 270_000, 15_000_000, 100_000_000)
    assert (k["nonprofits_supported"].value, k["recycling_facilities"].value, k["recycling_cities"].value,
            k["environmental_map_cities"].value, k["volunteering_opportunities"].value) == (
        937, 5000, 200, 364, 3_000_000)
    usd = load_dashboard(demo_store, DashboardFilter(PeriodMode.FISCAL, 2018, currency="USD"))
    assert kpis(usd)["donations"].value == D("184023000.00")


def test_month_ticks_thin_out_on_the_months_of_the_first_year():
    months = [2017 * 100 + m for m in range(1, 13)]
    assert month_ticks(months)[:2] == [(0, "Jan 2017"), (1, "Feb")]
    many = [y * 100 + m for y in range(2011, 2019) for m in range(1, 13)]
    assert month_ticks(many, 40)[:3] == [(0, "Jan 2011"), (3, "Apr"), (6, "Jul")]
    assert month_ticks(many, 10)[:2] == [(0, "Jan 2011"), (12, "Jan 2012")]
    assert Period(dt.date(2017, 1, 1), dt.date(2017, 1, 1), PeriodKind.DAY).month_key == 201701


@pytest.mark.parametrize("currency", ["CNY", "USD"])
def test_grouped_totals_multi_equals_one_query_per_grouping(store, small, currency):
    from impact_desktop.services.dashboard import resolve_filter
    from impact_desktop.services.summary import grouped_totals, grouped_totals_multi

    scope = resolve_filter(store, DashboardFilter(PeriodMode.FISCAL, 2018))  # the USD rate covers FY2018
    groupings = [((), None), (("business_unit",), None), (("month",), None), (("channel",), ["donations"]),
                 (("month", "business_unit"), ["volunteer_hours", "sites"]), (("program",), None)]
    together = grouped_totals_multi(store, scope, groupings, currency)
    for (group_by, keys), result in zip(groupings, together, strict=True):
        alone = {key: value for key, value in grouped_totals(store, scope, group_by, currency).items()
                 if keys is None or key[0] in keys}
        assert result == alone, group_by
    assert together[0][("sites",)] == 10 and together[0][("volunteers",)] == 50


def test_import_batches_are_listed_as_data_sources(store, small):
    from impact_desktop.core.entries import Origin
    from impact_desktop.storage.tables import insert_row

    batch = insert_row(store, "import_batches", {"file_name": "field-2018.xlsx", "file_sha256": "ab" * 32,
                                                 "sheet": "捐赠", "imported_at": "2018-04-02T09:00:00Z"})
    undone = insert_row(store, "import_batches", {"file_name": "undone.xlsx", "file_sha256": "cd" * 32,
                                                  "imported_at": "2018-04-03T09:00:00Z",
                                                  "undone_at": "2018-04-03T10:00:00Z"})
    entries.add_entries(store, [
        EntryDraft(program_id=small["pa"], metric_key="volunteer_hours", value=D(3), period=month(2017, 8),
                   origin=Origin.IMPORT, import_batch_id=batch, source_file="field-2018.xlsx", source_row=2),
        EntryDraft(program_id=small["pa"], metric_key="volunteer_hours", value=D(4), period=month(2016, 8),
                   origin=Origin.IMPORT, import_batch_id=batch, source_file="field-2018.xlsx", source_row=3),
    ])
    assert undone
    data = load_dashboard(store, DashboardFilter(PeriodMode.FISCAL, 2018), details=True)
    assert [(b.file_name, b.sheet, b.entries) for b in data.batches] == [("field-2018.xlsx", "捐赠", 1)]
    assert {s.origin: s.entries for s in data.sources} == {"imported": 1, "other": 14}


def test_adjacent_periods_read_together_equal_each_read_alone(store, small):
    from impact_desktop.services.dashboard import resolve_filter
    from impact_desktop.services.summary import PeriodTotals, grouped_totals_multi
    from impact_desktop.storage.catalog_edit import set_catalog_row_deleted

    entries.add_entries(store, [  # the year before: a later stock and a wider distinct count must stay there
        EntryDraft(program_id=small["pb"], metric_key="sites", value=D(99), period=month(2017, 3)),
        EntryDraft(program_id=small["pa"], metric_key="volunteers", value=D(70), period=fiscal_year(2017)),
        EntryDraft(program_id=small["pa"], metric_key="volunteer_hours", value=D(4), period=month(2017, 3)),
    ])
    groupings = [((), None), (("business_unit",), None), (("month", "business_unit"), ["volunteer_hours"])]
    current = resolve_filter(store, DashboardFilter(PeriodMode.FISCAL, 2018))
    custom = Scope(dt.date(2017, 5, 10), dt.date(2018, 2, 20))  # partial months: read one by one
    for scope in (current, custom, Scope(current.start, current.end, (small["b"],))):
        before = previous_scope(scope)
        together = PeriodTotals(store, [before, scope], groupings, "CNY")
        assert together.totals(1) == grouped_totals_multi(store, scope, groupings, "CNY")
        assert together.totals(0, which=[0]) == grouped_totals_multi(store, before, groupings[:1], "CNY")
    previous, now = (PeriodTotals(store, [previous_scope(current), current], groupings, "CNY").totals(i)[0]
                     for i in (0, 1))
    assert (previous[("sites",)], previous[("volunteers",)], previous[("volunteer_hours",)]) == (99, 70, 4)
    assert (now[("sites",)], now[("volunteers",)], now[("donations",)]) == (10, 50, D("2200.50"))
    with pytest.raises(MissingRateError):  # no CNY→EUR rate: the error is raised per period, on use
        PeriodTotals(store, [previous_scope(current), current], groupings, "EUR").totals(1)
    set_catalog_row_deleted(store, "program", small["pb"], True)  # its entries leave every figure
    after = PeriodTotals(store, [previous_scope(current), current], groupings, "CNY").totals(1)
    assert after[1] == grouped_totals_multi(store, current, groupings, "CNY")[1]
    assert ("volunteer_hours", small["b"]) not in after[1] and after[0][("volunteer_hours",)] == 5


@pytest.mark.parametrize("program_list", [True, False])
def test_shared_reads_equal_one_query_per_grouping_under_filters_and_deletions(store, small, program_list,
                                                                                monkeypatch):
    """The one-pass reads (flows by month and unit from unit_totals, other flows month by
    month from monthly_totals with the live programs as a list, stocks and distinct counts
    grouped per program without joins) give what one plain query per grouping gives, with
    unit and program filters, both periods at once, and a deleted program."""
    from impact_desktop.services.dashboard import resolve_filter
    from impact_desktop.services.summary import PeriodTotals, grouped_totals
    from impact_desktop.storage import summary_queries
    from impact_desktop.storage.catalog_edit import set_catalog_row_deleted

    if not program_list:  # a store with more programs than fit a list: joined instead
        monkeypatch.setattr(summary_queries, "_PROGRAM_LIST_LIMIT", 0)
    c = catalog.add_program(store, small["a"], "Alpha sites")
    entries.add_entries(store, [
        EntryDraft(program_id=c, metric_key="sites", value=D(5), period=month(2018, 2)),
        EntryDraft(program_id=c, metric_key="volunteers", value=D(90), period=month(2017, 8)),  # largest: Alpha's
        EntryDraft(program_id=small["pb"], metric_key="volunteers", value=D(40), period=month(2016, 8)),
        EntryDraft(program_id=c, metric_key="volunteer_hours", value=D(2), period=month(2016, 5)),
    ])
    groupings = [((), None), (("business_unit",), None), (("month",), ["donations", "volunteers", "sites"]),
                 (("month", "business_unit"), ["volunteer_hours", "sites"]), (("business_unit", "month"), None),
                 (("program",), None), (("input_type", "month"), ["volunteer_hours", "donations"]),
                 (("channel",), ["donations"]), (("channel", "business_unit"), None)]
    fiscal = resolve_filter(store, DashboardFilter(PeriodMode.FISCAL, 2018))
    scopes = [fiscal, Scope(fiscal.start, fiscal.end, (small["b"],)), Scope(fiscal.start, fiscal.end, (), (c,)),
              Scope(fiscal.start, fiscal.end, (small["a"],), (small["pa"], small["pb"]))]

    def alone(scope, group_by, keys):
        return {key: value for key, value in grouped_totals(store, scope, group_by, "CNY").items()
                if keys is None or key[0] in keys}

    checked = 0
    for deleted in (False, True):
        if deleted:
            set_catalog_row_deleted(store, "program", c, True)
        for scope in scopes:
            before = previous_scope(scope)
            together = PeriodTotals(store, [before, scope], groupings, "CNY")
            for index, period in enumerate((before, scope)):
                for (group_by, keys), result in zip(groupings, together.totals(index), strict=True):
                    assert result == alone(period, group_by, keys), (deleted, scope, index, group_by)
                    checked += bool(result)
    assert checked > 60  # figures were compared, not empty dicts
    whole = PeriodTotals(store, [previous_scope(fiscal), fiscal], groupings, "CNY")
    assert whole.totals(1)[1][("volunteers", small["a"])] == 50  # Alpha Sites' 90 left with its program


def test_figures_kept_between_refreshes_are_read_again_after_any_change(store, small, monkeypatch, db_path):
    """Figures of filters already shown are kept, and every kind of write shows on the next load."""
    from impact_desktop.services import dashboard
    from impact_desktop.storage.database import open_store

    reads = []
    real = dashboard.PeriodTotals
    monkeypatch.setattr(dashboard, "PeriodTotals", lambda *a, **kw: reads.append(1) or real(*a, **kw))
    fy2018 = DashboardFilter(PeriodMode.FISCAL, 2018)

    def donations(flt=fy2018):
        return kpis(load_dashboard(store, flt))["donations"].value

    assert donations() == D("2200.50") and len(reads) == 1
    assert donations(DashboardFilter(PeriodMode.FISCAL, 2017)) == 300 and len(reads) == 2
    assert donations() == D("2200.50") and len(reads) == 2  # back to FY2018: nothing read again
    # An entry added, edited, deleted through this connection.
    added = entries.add_entry(store, EntryDraft(program_id=small["pa"], metric_key="donations", value=D("9"),
                                                period=day(dt.date(2017, 5, 5)), currency="CNY"))
    assert donations() == D("2209.50") and len(reads) == 3
    entries.update_entry(store, added, EntryDraft(program_id=small["pa"], metric_key="donations", value=D("19"),
                                                  period=day(dt.date(2017, 5, 5)), currency="CNY"))
    assert donations() == D("2219.50")
    entries.set_entries_deleted(store, [added])
    assert donations() == D("2200.50")
    # A rate changed: the USD gift is converted again.
    rates.add_rate(store, Rate("USD", "CNY", month(2017, 9), D("8")))
    assert donations() == D("2300.50")
    # Another connection (a worker's import, another program) writes: seen without any notice.
    other = open_store(db_path)
    try:
        entries.add_entry(other, EntryDraft(program_id=small["pb"], metric_key="donations", value=D("1"),
                                            period=day(dt.date(2017, 6, 1)), currency="CNY"))
    finally:
        other.close()
    assert donations() == D("2301.50")
    assert kpis(load_dashboard(store, fy2018))["active_programs"].value == 2
    # A program moved to another business unit: its figures follow it.
    hours = load_dashboard(store, fy2018).by_unit
    assert hours["Beta"]["volunteer_hours"] == 17 and hours["Alpha"]["volunteer_hours"] == 5
    catalog.update_program(store, small["pb"], business_unit_id=small["a"])
    moved = load_dashboard(store, fy2018).by_unit
    assert "Beta" not in moved and moved["Alpha"]["volunteer_hours"] == 22
