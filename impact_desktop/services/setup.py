"""A first run without dead ends: the organisation's settings and its first units and programs.

"Start empty" leads here instead of to an empty window: organisation name, reporting
currency, first month of the fiscal year, and the first business units and programs,
typed one per line (``Ant Financial / Ant Forest``; a line without ``/`` is a unit on its
own; ``蚂蚁金服 = Ant Financial`` gives a unit its other name) or read from a spreadsheet
(:mod:`.catalog_sheet`). Everything is written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from impact_desktop.core import names
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.names import name_key
from impact_desktop.core.texts import translate
from impact_desktop.storage import alternative_names, catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.settings import Settings, load_settings, save_settings

_SEPARATORS = ("/", "›", ">")


@dataclass
class CatalogLine:
    """One business unit (with its other names) and optionally one of its programs."""

    unit: str
    unit_others: list[str] = field(default_factory=list)
    program: str = ""
    program_others: list[str] = field(default_factory=list)
    parent: str = ""
    cause_area: str = ""
    geography: str = ""


@dataclass(frozen=True)
class SetupResult:
    units: int
    programs: int
    #: The first program created (an entry form can start on it).
    first_program_id: str | None = None


def _names(text: str) -> tuple[str, list[str]]:
    """"Ant Financial = 蚂蚁金服" → ("Ant Financial", ["蚂蚁金服"])."""
    parts = [" ".join(part.split()) for part in text.replace("＝", "=").split("=")]
    parts = [part for part in parts if part]
    return (parts[0], parts[1:]) if parts else ("", [])


def parse_lines(text: str) -> list[CatalogLine]:
    """Lines "Unit / Program" (or "Unit" alone; "Name = other name" on either side)."""
    found = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        for separator in _SEPARATORS:
            if separator in line:
                unit_text, _sep, program_text = line.partition(separator)
                break
        else:
            unit_text, program_text = line, ""
        unit, unit_others = _names(unit_text)
        program, program_others = _names(program_text)
        if not unit:
            raise ValidationError(translate(
                "Setup", "Line {0} ('{1}') has a program but no business unit before the '/'.").format(number, line),
                "catalog")
        found.append(CatalogLine(unit, unit_others, program, program_others))
    return found


def create_catalog(store: Store, lines: list[CatalogLine]) -> SetupResult:
    """Create the units (parents first) and programs of ``lines`` the store does not have, with their
    other names; inside the caller's transaction or one of its own."""
    units: dict[str, str] = {name_key(u.name): u.id for u in catalog.list_business_units(store)}
    made_units = made_programs = 0
    first_program = None
    with store.transaction():
        pending = list(lines)
        for line in sorted(pending, key=lambda item: bool(item.parent)):  # top-level units first
            key = name_key(line.unit)
            if key not in units:
                parent = units.get(name_key(line.parent)) if line.parent else None
                if line.parent and parent is None:
                    parent = units[name_key(line.parent)] = catalog.add_business_unit(store, line.parent)
                    made_units += 1
                units[key] = catalog.add_business_unit(store, line.unit, parent_id=parent)
                made_units += 1
            for other in line.unit_others:
                alternative_names.add_alternative_name(store, names.BUSINESS_UNIT, units[key], other)
            if line.program:
                unit_id = units[key]
                program = catalog.find_program(store, unit_id, line.program)
                program_id = program.id if program else catalog.add_program(
                    store, unit_id, line.program, cause_area=line.cause_area, geography=line.geography)
                made_programs += 0 if program else 1
                first_program = first_program or program_id
                for other in line.program_others:
                    alternative_names.add_alternative_name(store, names.PROGRAM, program_id, other)
    return SetupResult(made_units, made_programs, first_program)


def first_setup(store: Store, *, organisation: str, currency: str, fiscal_start_month: int,
                lines: list[CatalogLine]) -> SetupResult:
    """Save the settings and create the first units and programs, all or nothing."""
    if not organisation.strip():
        raise ValidationError(translate("Setup", "Type your organisation's name."), "organisation")
    if not 1 <= fiscal_start_month <= 12:
        raise ValidationError(translate("Setup", "Choose the first month of the fiscal year."), "fiscal_start")
    current = load_settings(store)
    with store.transaction():
        save_settings(store, Settings(normalize_currency(currency), fiscal_start_month, organisation.strip(),
                                      current.volunteer_hour_cost))
        return create_catalog(store, lines)
