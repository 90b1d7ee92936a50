"""What the entry screens offer: programs within a unit (and the units under it), archived ones
left out of the form, and the fiscal years the export dialog lists."""

from __future__ import annotations

from decimal import Decimal

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.periods import fiscal_year, month
from impact_desktop.services import entry_choices
from impact_desktop.storage import catalog
from impact_desktop.storage.entries import add_entries
from impact_desktop.storage.settings import Settings, save_settings


def test_programs_within_a_unit_include_the_units_under_it(store):
    group = catalog.add_business_unit(store, "Group")
    child = catalog.add_business_unit(store, "Child", parent_id=group)
    other = catalog.add_business_unit(store, "Other")
    for unit, name in ((group, "Zoo"), (child, "Apiary"), (other, "Elsewhere")):
        catalog.add_program(store, unit, name)
    assert [p.name for p in entry_choices.programs_within(store, group)] == ["Apiary", "Zoo"]
    assert [p.name for p in entry_choices.programs_within(store, child)] == ["Apiary"]
    program, unit = entry_choices.program_and_unit(store, entry_choices.programs_within(store, child)[0].id)
    assert (program.name, unit.name) == ("Apiary", "Child")


def test_the_form_can_leave_archived_units_out(store):
    kept = catalog.add_business_unit(store, "Kept")
    archived = catalog.add_business_unit(store, "Archived")
    catalog.set_business_unit_archived(store, archived, True)
    assert [u.id for u in entry_choices.business_units(store, include_archived=False)] == [kept]
    assert {u.id for u in entry_choices.business_units(store)} == {kept, archived}


def test_fiscal_years_with_data_latest_first_in_the_stores_year(store):
    assert entry_choices.fiscal_years_with_data(store) == []
    save_settings(store, Settings(fiscal_start_month=4))
    program = catalog.add_program(store, catalog.add_business_unit(store, "Unit"), "Program")
    add_entries(store, [EntryDraft(program_id=program, metric_key="trees_planted", value=Decimal(1), period=period)
                        for period in (month(2017, 3), month(2018, 5))])
    assert entry_choices.fiscal_years_with_data(store) == [
        (2019, fiscal_year(2019, 4)), (2018, fiscal_year(2018, 4)), (2017, fiscal_year(2017, 4))]
