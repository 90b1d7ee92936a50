"""Changes to business units, programs and channels that the GUI makes undoable: it records
``create`` for the first time and ``restore``/``remove`` for redo and undo, so a new row keeps
its id (and everything that points at it survives undo and redo)."""

from __future__ import annotations

from impact_desktop.core import names
from impact_desktop.core.catalog import Channel
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.services.catalog_names import change_with_names
from impact_desktop.storage import catalog
from impact_desktop.storage.catalog_edit import set_catalog_row_deleted
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import new_id

UNIT, PROGRAM, CHANNEL = "business_unit", "program", "channel"


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


def list_channels(store: Store) -> list[Channel]:
    return catalog.list_channels(store)


def get_channel(store: Store, channel_id: str) -> Channel:
    return catalog.get_channel(store, channel_id)


def create_channel(store: Store, row_id: str, values: dict) -> None:
    """A channel from a channel dialog's values (name, description, alternative_names)."""
    values = dict(values)
    others = values.pop("alternative_names", [])
    change_with_names(store, lambda s: catalog.add_channel(s, row_id=row_id, **values), names.CHANNEL, row_id,
                      others)


def update_channel(store: Store, channel_id: str, values: dict | None, alternative_names: list[str]) -> None:
    """Change a channel's name or description (``values``; None: leave them) and make its
    alternative names exactly ``alternative_names``, in one transaction."""
    change = (lambda s: catalog.update_channel(s, channel_id, **values)) if values else None
    change_with_names(store, change, names.CHANNEL, channel_id, alternative_names)


def channel_entry_count(store: Store, channel_id: str) -> int:
    return catalog.channel_entry_count(store, channel_id)


def remove_unused_channel(store: Store, channel_id: str) -> None:
    """Remove a channel no entry uses (undo restores it); one in use is refused, so no entry
    ever loses where it came from."""
    with store.transaction():
        used = catalog.channel_entry_count(store, channel_id)
        if used:
            channel = catalog.get_channel(store, channel_id)
            raise ValidationError(translate(
                "Catalog", "Entries still use the channel “{0}” ({1}): it can be renamed but not removed.").format(
                channel.name, f"{used:,}"), "channel")
        set_catalog_row_deleted(store, CHANNEL, channel_id, True)
