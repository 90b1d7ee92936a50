"""Changes to business units, programs and channels, each made at once and returned as a
:class:`~impact_desktop.services.changes.Change` (the GUI records it for undo, a script reads its result).

A new row is undone by a soft delete and redone by restoring the same row, so it keeps its id
(and everything that points at it survives undo and redo). An edit reads the row as it is
before changing it, so its undo puts back exactly what was there. A refused change (a name
already used, a channel still in use) raises before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable

from impact_desktop.core import names
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.services.catalog_names import change_with_names, names_of
from impact_desktop.services.changes import CATALOG, Change
from impact_desktop.storage import catalog
from impact_desktop.storage.alternative_names import check_main_name
from impact_desktop.storage.catalog_edit import set_catalog_row_deleted
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import new_id

UNIT, PROGRAM, CHANNEL = names.BUSINESS_UNIT, names.PROGRAM, names.CHANNEL

#: Per kind: read one row, update its columns.
_ROWS: dict[str, tuple[Callable, Callable]] = {
    UNIT: (catalog.get_business_unit, catalog.update_business_unit),
    PROGRAM: (catalog.get_program, catalog.update_program),
    CHANNEL: (catalog.get_channel, catalog.update_channel),
}


def _added(kind: str, row_id: str) -> Change:
    """The change a new row is: undone by removing it, redone by restoring the same row."""
    return Change(undo=lambda s: set_catalog_row_deleted(s, kind, row_id, True),
                  redo=lambda s: set_catalog_row_deleted(s, kind, row_id, False),
                  topics=(CATALOG,), result=row_id)


def add_unit(store: Store, values: dict) -> Change:
    """A business unit from a unit dialog's values (name, parent_id, description, alternative_names);
    the result is its id."""
    values = dict(values)
    others = values.pop("alternative_names", [])
    row_id = new_id()
    change_with_names(store, lambda s: catalog.add_business_unit(s, row_id=row_id, **values), UNIT, row_id, others,
                      new_name=True)
    return _added(UNIT, row_id)


def add_program(store: Store, values: dict) -> Change:
    """A program from a program dialog's values (business_unit_id, name, …, alternative_names);
    the result is its id."""
    values = dict(values)
    unit_id = values.pop("business_unit_id")
    others = values.pop("alternative_names", [])
    row_id = new_id()
    change_with_names(store, lambda s: catalog.add_program(s, unit_id, row_id=row_id, **values), PROGRAM, row_id,
                      others, new_name=True)
    return _added(PROGRAM, row_id)


def add_channel(store: Store, values: dict) -> Change:
    """A channel from a channel dialog's values (name, description, alternative_names); the result is its id."""
    values = dict(values)
    others = values.pop("alternative_names", [])
    row_id = new_id()
    change_with_names(store, lambda s: catalog.add_channel(s, row_id=row_id, **values), CHANNEL, row_id, others,
                      new_name=True)
    return _added(CHANNEL, row_id)


def _apply_edit(kind: str, row_id: str) -> Callable[[Store, dict | None, list[str]], None]:
    """``apply(store, values or None, other names)``: the columns and the other names, in one transaction."""
    update = _ROWS[kind][1]

    def apply(store: Store, values: dict | None, other_names: list[str]) -> None:
        change = (lambda s: update(s, row_id, **values)) if values else None
        renamed = bool(values) and "name" in values and values["name"] != _ROWS[kind][0](store, row_id).name
        change_with_names(store, change, kind, row_id, other_names, new_name=renamed)

    return apply


def edit(store: Store, kind: str, row_id: str, values: dict) -> Change | None:
    """Give a unit, program or channel an editor dialog's ``values`` (its columns and
    ``alternative_names``). Only what differs is written; None when nothing does. The undo
    puts back the columns and other names the row had."""
    values = dict(values)
    new_names = values.pop("alternative_names")
    current = _ROWS[kind][0](store, row_id)
    old = {field: getattr(current, field) for field in values}
    old_names = names_of(store, kind, row_id)
    if values == old and new_names == old_names:
        return None
    changed = values != old
    apply = _apply_edit(kind, row_id)
    apply(store, values if changed else None, new_names)
    return Change(undo=lambda s: apply(s, old if changed else None, old_names),
                  redo=lambda s: apply(s, values if changed else None, new_names), topics=(CATALOG,))


def rename(store: Store, kind: str, row_id: str, name: str) -> Change:
    """Give a unit, program or channel another main name (its other names stay)."""
    get, update = _ROWS[kind]
    old = get(store, row_id).name

    def apply(s: Store, new: str) -> None:
        if kind == CHANNEL:
            change_with_names(s, lambda t: update(t, row_id, name=new), CHANNEL, row_id, names_of(s, CHANNEL, row_id),
                              new_name=True)
        else:
            with s.transaction():
                update(s, row_id, name=new)
                check_main_name(s, kind, row_id)

    apply(store, name)
    return Change(undo=lambda s: apply(s, old), redo=lambda s: apply(s, name), topics=(CATALOG,))


def set_archived(store: Store, kind: str, row_id: str, archived: bool) -> Change:
    """Archive a business unit or program (it stays in reports of past periods but leaves
    pickers), or bring it back."""
    action = {UNIT: catalog.set_business_unit_archived, PROGRAM: catalog.set_program_archived}[kind]
    _ROWS[kind][0](store, row_id)  # one that no longer exists says so
    action(store, row_id, archived)
    return Change(undo=lambda s: action(s, row_id, not archived), redo=lambda s: action(s, row_id, archived),
                  topics=(CATALOG,))


def _remove_unused_channel(store: Store, channel_id: str) -> None:
    with store.transaction():
        used = catalog.channel_entry_count(store, channel_id)
        if used:
            channel = catalog.get_channel(store, channel_id)
            raise ValidationError(translate(
                "Catalog", "Entries still use the channel “{0}” ({1}): it can be renamed but not removed.").format(
                channel.name, f"{used:,}"), "channel")
        set_catalog_row_deleted(store, CHANNEL, channel_id, True)


def remove_channel(store: Store, channel_id: str) -> Change:
    """Remove a channel no entry uses (undo restores it); one in use is refused, so no entry
    ever loses where it came from."""
    _remove_unused_channel(store, channel_id)
    return Change(undo=lambda s: set_catalog_row_deleted(s, CHANNEL, channel_id, False),
                  redo=lambda s: _remove_unused_channel(s, channel_id), topics=(CATALOG,))
