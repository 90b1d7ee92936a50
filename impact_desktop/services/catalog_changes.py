"""Creating a business unit or program where it is needed (the entry form, the program dialog),
as undoable changes: the GUI records ``create`` for the first time and ``restore``/``remove``
for redo and undo, so the new row keeps its id."""

from __future__ import annotations

from impact_desktop.core import names
from impact_desktop.services.catalog_names import change_with_names
from impact_desktop.storage import catalog
from impact_desktop.storage.catalog_edit import set_catalog_row_deleted
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import new_id

UNIT, PROGRAM = "business_unit", "program"


def new_row_id() -> str:
    return new_id()


def create_unit(store: Store, row_id: str, values: dict) -> None:
    """A business unit from a unit dialog's values (name, parent_id, description, alternative_names)."""
    values = dict(values)
    others = values.pop("alternative_names", [])
    change_with_names(store, lambda s: catalog.add_business_unit(s, row_id=row_id, **values), names.BUSINESS_UNIT,
                      row_id, others)


def create_program(store: Store, row_id: str, values: dict) -> None:
    """A program from a program dialog's values (business_unit_id, name, …, alternative_names)."""
    values = dict(values)
    unit_id = values.pop("business_unit_id")
    others = values.pop("alternative_names", [])
    change_with_names(store, lambda s: catalog.add_program(s, unit_id, row_id=row_id, **values), names.PROGRAM,
                      row_id, others)


def set_removed(store: Store, kind: str, row_id: str, removed: bool) -> None:
    set_catalog_row_deleted(store, kind, row_id, removed)


def list_units(store: Store):
    return catalog.list_business_units(store)
