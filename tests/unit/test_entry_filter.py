"""One way to choose entries: the Entries page, ``entries``, ``export`` and the summary read a fiscal
year, a range and business units alike and refuse the same mistakes in the same words."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.periods import month
from impact_desktop.services.entry_list import EntryFilter, count_entries, entry_filter
from impact_desktop.services.scope import resolve_scope
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import add_entries
from impact_desktop.storage.settings import Settings, save_settings
from tests.unit.io_files import run_cli


@pytest.fixture
def units(store) -> dict[str, str]:
    """Group › Cainiao (a unit under it) and Amap beside them, one program and one entry each."""
    group = catalog.add_business_unit(store, "Group")
    cainiao = catalog.add_business_unit(store, "Cainiao", parent_id=group)
    amap = catalog.add_business_unit(store, "Amap")
    ids = {"Group": group, "Cainiao": cainiao, "Amap": amap}
    drafts = [EntryDraft(program_id=catalog.add_program(store, unit_id, f"{name} program"), metric_key="donations",
                         value=Decimal(index + 1), period=month(2018, 3 + index), currency="CNY")
              for index, (name, unit_id) in enumerate(ids.items())]
    add_entries(store, drafts)
    return ids


def test_a_unit_by_name_or_by_id_brings_the_units_under_it(store, units):
    by_name = entry_filter(store, business_unit_names=["Group"])
    by_id = entry_filter(store, business_unit_ids=[units["Group"]])
    assert by_name == by_id
    assert set(by_id.business_unit_ids) == {units["Group"], units["Cainiao"]}
    assert count_entries(store, by_id) == 2
    assert count_entries(store, entry_filter(store, business_unit_ids=[units["Amap"]])) == 1


def test_a_fiscal_year_is_read_with_the_stores_first_month(store, units):
    save_settings(store, Settings(fiscal_start_month=4))
    flt = entry_filter(store, fiscal_year_name=2018)
    assert (flt.start, flt.end) == (dt.date(2017, 4, 1), dt.date(2018, 3, 31))
    assert count_entries(store, flt) == 1  # March 2018 only


@pytest.mark.parametrize(("choice", "words"), [
    ({"fiscal_year_name": 2018, "start": dt.date(2018, 1, 1)}, "Give either a fiscal year or a date range, not both."),
    ({"start": dt.date(2019, 1, 1), "end": dt.date(2018, 1, 1)}, "The range ends (2018-01-01) before it starts "
                                                                 "(2019-01-01)."),
    ({"business_unit_names": ["Nowhere"]}, "There is no business unit named 'Nowhere' (known: Amap, Cainiao, Group)."),
])
def test_entries_and_the_summary_refuse_the_same_mistakes_in_the_same_words(store, units, choice, words):
    for read in (entry_filter, resolve_scope):
        with pytest.raises(ValidationError) as refused:
            read(store, **choice)
        assert str(refused.value) == words


def test_the_export_command_chooses_entries_as_the_entries_command(store, units, db_path, tmp_path):
    db = db_path
    both = run_cli("export", tmp_path / "out.xlsx", "--db", db, "--fiscal-year", "2018", "--from", "2018-01-01")
    assert both.exit_code == 1 and "Give either a fiscal year or a date range, not both." in both.stderr
    exported = run_cli("export", tmp_path / "out.xlsx", "--db", db, "--business-unit", "Group")
    assert exported.exit_code == 0 and "Exported 2 entries" in exported.stdout
    listed = run_cli("entries", "--db", db, "--business-unit", "Group", "--json")
    assert listed.exit_code == 0 and '"total": 2' in listed.stdout


def test_no_choice_is_every_entry(store, units):
    assert entry_filter(store) == EntryFilter()
