"""Aggregation rules through the real store: hand-computed totals, nothing summed that must not be."""

import datetime as dt
from decimal import Decimal

import pytest

from impact_desktop.core.entries import build_entry
from impact_desktop.core.errors import MissingRateError
from impact_desktop.core.metrics import Aggregation, Metric
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.core.rates import Rate
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import summarize
from impact_desktop.storage import catalog, entries, rates
from impact_desktop.storage.summary_queries import Scope


@pytest.fixture
def setup(store):
    parent = catalog.add_business_unit(store, "Group")
    unit_a = catalog.add_business_unit(store, "Unit A", parent_id=parent)
    unit_b = catalog.add_business_unit(store, "Unit B", parent_id=parent)
    prog_a = catalog.add_program(store, unit_a, "Program A")
    prog_b = catalog.add_program(store, unit_b, "Program B")
    catalog.add_metric(store, Metric("facilities", "Facilities", "facilities", aggregation=Aggregation.STOCK,
                                     integer_only=True))
    metrics = {m.key: m for m in catalog.list_metrics(store)}

    def add(program, key, value, period, **kw):
        entries.add_entry(store, build_entry(metrics[key], program_id=program, value=value, period=period, **kw))

    return store, add, {"parent": parent, "a": unit_a, "b": unit_b, "pa": prog_a, "pb": prog_b}


def test_flows_add_up_over_months_and_units(setup):
    store, add, ids = setup
    add(ids["pa"], "volunteer_hours", "100", "2017-04")
    add(ids["pa"], "volunteer_hours", "50.5", "2017-05-12")
    add(ids["pb"], "volunteer_hours", "25", "2018-03")
    add(ids["pb"], "volunteer_hours", "1000", "2018-04")  # next fiscal year
    result = summarize(store, resolve_scope(store, fiscal_year_name=2018))
    assert result.totals["volunteer_hours"] == Decimal("175.5")
    assert result.by_business_unit["Unit A"]["volunteer_hours"] == Decimal("150.5")
    assert result.by_business_unit["Unit B"]["volunteer_hours"] == Decimal("25")
    assert result.entries == 3


def test_stocks_take_the_latest_value_never_the_sum_of_months(setup):
    store, add, ids = setup
    for number, value in ((4, 10), (5, 12), (6, 15)):
        add(ids["pa"], "facilities", value, f"2017-{number:02d}")
    add(ids["pb"], "facilities", 7, "2017-05")
    result = summarize(store, resolve_scope(store, fiscal_year_name=2018))
    assert result.totals["facilities"] == 15 + 7
    assert result.by_business_unit["Unit A"]["facilities"] == 15


def test_distinct_counts_are_never_summed(setup):
    store, add, ids = setup
    add(ids["pa"], "volunteers", 900, "FY2018")
    add(ids["pa"], "volunteers", 300, "2017-04")
    add(ids["pa"], "volunteers", 400, "2017-05")
    add(ids["pb"], "volunteers", 500, "FY2018")
    result = summarize(store, resolve_scope(store, fiscal_year_name=2018))
    assert result.totals["volunteers"] == 900
    assert result.by_business_unit["Unit A"]["volunteers"] == 900
    assert result.by_business_unit["Unit B"]["volunteers"] == 500
    assert any("distinct" in note for note in result.notes)


def test_money_converts_month_by_month_and_missing_rate_is_an_error(setup):
    store, add, ids = setup
    add(ids["pa"], "donations", "¥1,000", "2017-04")
    add(ids["pa"], "donations", "$100", "2017-05")
    rates.add_rate(store, Rate("USD", "CNY", month(2017, 5), Decimal("6.5")))
    scope = Scope(dt.date(2017, 4, 1), dt.date(2017, 5, 31))
    assert summarize(store, scope).totals["donations"] == Decimal("1650")
    with pytest.raises(MissingRateError, match="CNY→USD"):
        summarize(store, scope, "USD")
    rates.add_rate(store, Rate("CNY", "USD", fiscal_year(2018), Decimal("0.15")))
    assert summarize(store, scope, "USD").totals["donations"] == Decimal("250.00")


def test_business_unit_filter_includes_nested_units_and_custom_ranges_are_exact(setup):
    store, add, ids = setup
    add(ids["pa"], "trees_planted", 10, "2017-04-10")
    add(ids["pa"], "trees_planted", 20, "2017-04-20")
    add(ids["pb"], "trees_planted", 5, "2017-04-15")
    group = summarize(store, resolve_scope(store, business_unit_names=["group"], fiscal_year_name=2018))
    assert group.totals["trees_planted"] == 35
    only_a = summarize(store, resolve_scope(store, business_unit_names=["Unit A"], fiscal_year_name=2018))
    assert only_a.totals["trees_planted"] == 30
    mid_month = summarize(store, Scope(dt.date(2017, 4, 12), dt.date(2017, 4, 30)))
    assert mid_month.totals["trees_planted"] == 25


def test_soft_deleted_entries_leave_the_totals(setup):
    store, add, ids = setup
    add(ids["pa"], "trees_planted", 10, "2017-04")
    add(ids["pa"], "trees_planted", 20, "2017-05")
    victim = entries.query_entries(store, limit=1, order_by="period")[0].id
    entries.set_entries_deleted(store, [victim])
    assert summarize(store, resolve_scope(store, fiscal_year_name=2018)).totals["trees_planted"] == 10
    entries.set_entries_deleted(store, [victim], deleted=False)
    assert summarize(store, resolve_scope(store, fiscal_year_name=2018)).totals["trees_planted"] == 30


def test_any_custom_range_equals_a_brute_force_sum(setup):
    import random

    store, add, ids = setup
    rng = random.Random(11)
    metrics = {m.key: m for m in catalog.list_metrics(store)}
    written = []
    drafts = []
    for _ in range(400):
        day = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(730))
        value = rng.randint(1, 500)
        program = rng.choice([ids["pa"], ids["pb"]])
        drafts.append(build_entry(metrics["trees_planted"], program_id=program, value=value, period=day))
        written.append((day, value))
    entries.add_entries(store, drafts)
    add(ids["pa"], "trees_planted", 7, "2017-06")  # a whole-month entry ends on the 30th
    written.append((dt.date(2017, 6, 30), 7))
    for _ in range(25):
        start = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(700))
        end = start + dt.timedelta(days=rng.randrange(1, 400))
        expected = sum(value for day, value in written if start <= day <= end)
        result = summarize(store, Scope(start, end))
        assert result.totals.get("trees_planted", 0) == expected, (start, end)
        assert result.entries == sum(1 for day, _ in written if start <= day <= end)


def test_distinct_total_is_never_below_any_single_figure(setup):
    store, add, ids = setup
    add(ids["pa"], "volunteers", 2_000, "2017-05")  # a 31-day month with the smaller figure
    add(ids["pa"], "volunteers", 2_500, "2017-06")
    add(ids["pb"], "volunteers", 20_000, "2017-06")
    result = summarize(store, Scope(dt.date(2017, 4, 1), dt.date(2017, 6, 30)))
    assert result.by_business_unit["Unit A"]["volunteers"] == 2_500
    assert result.totals["volunteers"] == 20_000


def test_no_entries_is_no_figure_and_entries_adding_up_to_zero_are_zero(setup):
    """'—' (null in JSON) for a metric without entries, 0 only when entries add up to 0."""
    from impact_desktop.cli.summary import summary_json, summary_table
    from impact_desktop.storage import targets

    store, add, ids = setup
    add(ids["pa"], "volunteer_hours", "0", "2017-04")
    add(ids["pa"], "trees_planted", "10", "2017-04")
    targets.add_target(store, targets.Target("volunteers", fiscal_year(2018), Decimal(500)))
    targets.add_target(store, targets.Target("trees_planted", fiscal_year(2018), Decimal(40)))
    result = summarize(store, resolve_scope(store, fiscal_year_name=2018))
    assert result.figure("volunteer_hours") == 0 and result.figure("volunteers") is None
    assert result.shown_keys == ["trees_planted", "volunteer_hours", "volunteers"]
    assert result.achieved("volunteers") is None and result.achieved("trees_planted") == Decimal("0.25")
    data = summary_json(result)
    assert data["totals"] == {"trees_planted": 10, "volunteer_hours": 0, "volunteers": None}
    assert "volunteers" in data["metrics"] and data["targets"]["volunteers"] == 500
    lines = {line.split("  ")[1].strip(): line for line in summary_table(result).splitlines()[2:6] if line.strip()}
    assert lines["Volunteers"].split()[1:] == ["—", "people", "target", "500", "(—)"]
    assert lines["Volunteer hours"].split()[2:] == ["0", "hours"]
    assert lines["Trees planted"].split()[2:] == ["10", "trees", "target", "40", "(25%)"]
