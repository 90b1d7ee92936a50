"""Counts read right in English: "1 entry", "1 site", never "1 entries" or "1 sites" (issue 13)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.periods import month
from impact_desktop.core.wording import counted, unit_for
from impact_desktop.storage import catalog, entries
from impact_desktop.storage.catalog_edit import delete_metric
from impact_desktop.storage.database import open_store
from tests.unit.io_files import run_cli as run


def test_counted_picks_the_noun_by_the_count():
    assert counted(1, "entry", "entries") == "1 entry"
    assert [counted(n, "entry", "entries") for n in (0, 2, 12_500)] == ["0 entries", "2 entries", "12,500 entries"]


@pytest.mark.parametrize(("unit", "one"), [
    ("sites", "site"), ("hours", "hour"), ("trees", "tree"), ("people", "person"), ("cities", "city"),
    ("facilities", "facility"), ("boxes", "box"), ("lunches", "lunch"), ("tonnes", "tonne"),
    # kept as written: not a plural we can undo safely, or not English
    ("class", "class"), ("bus", "bus"), ("analysis", "analysis"), ("series", "series"), ("houses", "houses"),
    ("CNY", "CNY"), ("kWh", "kWh"), ("小时", "小时"), ("meals served", "meals served"), ("", ""),
])
def test_a_unit_after_exactly_one_is_singular(unit, one):
    assert unit_for(Decimal(1), unit) == one
    assert unit_for(Decimal("1.0"), unit) == one
    assert unit_for(Decimal(2), unit) == unit and unit_for(Decimal("0.5"), unit) == unit


@pytest.fixture
def one_site(tmp_path):
    """A database with a single entry: 1 of a user metric counted in "sites"."""
    path = tmp_path / "one.db"
    store = open_store(path)
    unit = catalog.add_business_unit(store, "Cainiao")
    program = catalog.add_program(store, unit, "Green logistics")
    catalog.add_metric(store, Metric("recycling_sites", "Recycling sites", "sites"))
    entries.add_entries(store, [EntryDraft(program, "recycling_sites", Decimal(1), month(2018, 3))])
    store.close()
    return path


def test_cli_texts_say_one_entry_and_one_site(one_site, tmp_path):
    summary = run("summary", "--db", one_site, "--fiscal-year", "2018")
    assert summary.exit_code == 0, summary.output
    assert "· 1 entry ·" in summary.stdout and "1 entries" not in summary.stdout
    assert " 1 site\n" in summary.stdout + "\n"
    assert "1 sites" not in summary.stdout
    listed = run("entries", "--db", one_site)
    assert listed.exit_code == 0 and listed.stdout.startswith("1 of 1 entry\n")
    exported = run("export", tmp_path / "out.xlsx", "--db", one_site)
    assert exported.exit_code == 0, exported.output
    assert "Exported 1 entry to" in exported.stdout
    saved = run("backup", tmp_path / "copy.db", "--db", one_site)
    assert saved.exit_code == 0 and "(1 entry," in saved.stdout


def test_a_metric_in_use_names_its_one_entry(one_site):
    store = open_store(one_site, create=False)
    try:
        with pytest.raises(ValidationError) as refused:
            delete_metric(store, "recycling_sites")
    finally:
        store.close()
    assert "is used by 1 entry;" in str(refused.value)
