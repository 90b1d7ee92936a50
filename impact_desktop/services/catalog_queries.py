"""Reading the catalogue: business units, programs, channels and metrics as the windows show them.

The GUI lists and looks up catalogue rows through these functions, never through
``storage/``; the changes are in :mod:`services.catalog_changes` and :mod:`services.metric_changes`.
"""

from __future__ import annotations

from impact_desktop.core.catalog import BusinessUnit, Channel, Program
from impact_desktop.core.metrics import Metric
from impact_desktop.services.catalog_names import NameBook, in_name_order, metrics_in_name_order
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store


def list_units(store: Store, *, include_archived: bool = True) -> list[BusinessUnit]:
    """The business units (archived ones too, unless left out), in the order of the names shown."""
    return in_name_order(catalog.list_business_units(store, include_archived=include_archived), NameBook(store))


def get_unit(store: Store, unit_id: str) -> BusinessUnit:
    """One business unit; StoreError when it no longer exists."""
    return catalog.get_business_unit(store, unit_id)


def nested_unit_ids(store: Store, unit_id: str) -> set[str]:
    """The unit itself and every unit nested below it (none of them can become its parent)."""
    return catalog.descendant_unit_ids(store, unit_id)


def list_programs(store: Store, *, include_archived: bool = True) -> list[Program]:
    """The programs (archived ones too, unless left out), in the order of the names shown."""
    return in_name_order(catalog.list_programs(store, include_archived=include_archived), NameBook(store))


def get_program(store: Store, program_id: str) -> Program:
    """One program; StoreError when it no longer exists."""
    return catalog.get_program(store, program_id)


def list_channels(store: Store) -> list[Channel]:
    """Every channel, in the order of the names shown."""
    return in_name_order(catalog.list_channels(store), NameBook(store))


def get_channel(store: Store, channel_id: str) -> Channel:
    """One channel; StoreError when it no longer exists."""
    return catalog.get_channel(store, channel_id)


def channel_entry_count(store: Store, channel_id: str) -> int:
    """Live entries that came in through the channel (a channel in use is never removed)."""
    return catalog.channel_entry_count(store, channel_id)


def list_metrics(store: Store) -> list[Metric]:
    """Every metric, built-in ones first, each part in the order of the names shown."""
    return metrics_in_name_order(catalog.list_metrics(store), NameBook(store))
