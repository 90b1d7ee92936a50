"""What the entry screens offer to choose from: the entry form and the quick entry, the Entries
page's filter bar and the export dialog."""

from __future__ import annotations

from impact_desktop.core.catalog import BusinessUnit, Channel, Program
from impact_desktop.core.metrics import Metric
from impact_desktop.core.periods import Period, fiscal_year, fiscal_year_of
from impact_desktop.services import catalog_queries
from impact_desktop.services.scope import units_and_below
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.summary_queries import data_range


def business_units(store: Store, *, include_archived: bool = True) -> list[BusinessUnit]:
    """The business units, in the order of the names shown."""
    return catalog_queries.list_units(store, include_archived=include_archived)


def programs(store: Store, *, include_archived: bool = True) -> list[Program]:
    """The programs, in the order of the names shown."""
    return catalog_queries.list_programs(store, include_archived=include_archived)


def programs_within(store: Store, business_unit_id: str) -> list[Program]:
    """The programs (archived ones too) of a business unit and of the units under it, by name: those
    whose entries the unit's filter shows."""
    units = units_and_below(store, ids=[business_unit_id])
    return [program for program in programs(store) if program.business_unit_id in units]


def program_and_unit(store: Store, program_id: str) -> tuple[Program, BusinessUnit]:
    """A program (archived or not) and its business unit; StoreError when either no longer exists."""
    program = catalog.get_program(store, program_id)
    return program, catalog.get_business_unit(store, program.business_unit_id)


def metrics(store: Store) -> list[Metric]:
    """The metrics, built-in ones first, each part in the order of the names shown."""
    return catalog_queries.list_metrics(store)


def channels(store: Store) -> list[Channel]:
    """The channels, in the order of the names shown."""
    return catalog_queries.list_channels(store)


def fiscal_years_with_data(store: Store) -> list[tuple[int, Period]]:
    """(name, period) of every fiscal year from the first entry's to the last one's, latest first."""
    known = data_range(store)
    if not known:
        return []
    start_month = load_settings(store).fiscal_start_month
    first, last = fiscal_year_of(known[0], start_month), fiscal_year_of(known[1], start_month)
    return [(year, fiscal_year(year, start_month)) for year in range(last, first - 1, -1)]
