"""B4SI figures: the company's inputs apart from leverage, on the demo and on classified entries."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import month
from impact_desktop.services.b4si import b4si_figures
from impact_desktop.services.scope import resolve_scope
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import add_entries
from impact_desktop.storage.settings import load_settings, save_settings
from tests.unit.io_files import run_cli


def test_demo_is_leverage_and_time(demo_store):
    figures = b4si_figures(demo_store, resolve_scope(demo_store, fiscal_year_name=2018))
    assert figures.leverage == Decimal(1_270_000_000)
    assert figures.leverage_by_source == {FundingSource.PUBLIC: Decimal(1_220_000_000),
                                          FundingSource.PARTNERS: Decimal(50_000_000)}
    assert figures.time_hours == Decimal(270_000) and figures.time_value is None
    assert figures.cash == figures.in_kind == figures.management_costs == figures.company_contribution == 0
    assert figures.by_motivation == {Motivation.COMMUNITY_INVESTMENT: {"leverage": Decimal(1_270_000_000),
                                                                       "time_hours": Decimal(270_000)}}
    assert (figures.units_engaged, figures.units_total) == (5, 5)
    assert any("cost per volunteer hour" in note for note in figures.notes())


def test_hour_cost_values_time_and_company_money_is_an_input(demo_store):
    save_settings(demo_store, dataclasses.replace(load_settings(demo_store), volunteer_hour_cost=Decimal("150")))
    program = catalog.list_programs(demo_store)[0].id
    add_entries(demo_store, [
        EntryDraft(program, "donations", Decimal(2_000_000), month(2017, 5), currency="CNY",
                   input_type=InputType.CASH, motivation=Motivation.CHARITABLE_GIFT,
                   funding_source=FundingSource.COMPANY),
        EntryDraft(program, "donations", Decimal(300_000), month(2017, 6), currency="CNY",
                   input_type=InputType.IN_KIND, motivation=Motivation.COMMUNITY_INVESTMENT,
                   funding_source=FundingSource.COMPANY),
        EntryDraft(program, "donations", Decimal(50_000), month(2017, 6), currency="CNY",
                   input_type=InputType.MANAGEMENT_COSTS, motivation=Motivation.COMMUNITY_INVESTMENT,
                   funding_source=FundingSource.COMPANY),
        EntryDraft(program, "donations", Decimal(7_000), month(2017, 7), currency="CNY",
                   input_type=InputType.CASH, funding_source=FundingSource.EMPLOYEES),
        EntryDraft(program, "donations", Decimal(999), month(2018, 7), currency="CNY",  # FY2019: out of scope
                   input_type=InputType.CASH, funding_source=FundingSource.COMPANY),
    ])
    figures = b4si_figures(demo_store, resolve_scope(demo_store, fiscal_year_name=2018))
    assert figures.cash == Decimal(2_000_000)
    assert figures.time_value == Decimal(40_500_000)  # 270,000 h × 150
    assert figures.in_kind == Decimal(300_000) and figures.management_costs == Decimal(50_000)
    assert figures.company_contribution == Decimal(2_000_000 + 40_500_000 + 300_000 + 50_000)
    assert figures.leverage == Decimal(1_270_007_000)
    assert figures.leverage_by_source[FundingSource.EMPLOYEES] == Decimal(7_000)
    assert figures.by_motivation[Motivation.CHARITABLE_GIFT] == {"company_contribution": Decimal(2_000_000)}
    assert figures.by_motivation[Motivation.COMMUNITY_INVESTMENT]["company_contribution"] == Decimal(40_850_000)
    assert "150 CNY per hour" in " ".join(figures.notes())


def test_summary_json_and_text_have_the_b4si_block(demo_store, db_path):
    demo_store.close()
    done = run_cli("summary", "--db", db_path, "--fiscal-year", "2018", "--json")
    assert done.exit_code == 0, done.stderr
    block = json.loads(done.stdout)["b4si"]
    assert block["inputs"] == {"cash": 0, "time_hours": 270000, "time_value": None, "in_kind": 0,
                               "management_costs": 0}
    assert block["company_contribution"] == 0 and block["currency"] == "CNY"
    assert block["leverage"] == {"total": 1270000000,
                                 "by_funding_source": {"public": 1220000000, "partners": 50000000}}
    assert block["by_motivation"] == {"community_investment": {"leverage": 1270000000, "time_hours": 270000}}
    text = run_cli("summary", "--db", db_path, "--fiscal-year", "2018")
    assert "B4SI" in text.stdout and "1,270,000,000 CNY" in text.stdout and "270,000 hours" in text.stdout


def test_usd_view_converts_leverage(demo_store):
    figures = b4si_figures(demo_store, resolve_scope(demo_store, fiscal_year_name=2018), "USD")
    assert figures.currency == "USD" and figures.leverage == Decimal("184023000.00")
