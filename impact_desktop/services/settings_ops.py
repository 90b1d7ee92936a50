"""The database's shared settings and this computer's name: read them, change them as one undoable step.

The reporting currency, the fiscal year's first month, the organisation and the cost of a
volunteer hour are shared by everyone using the file; the device name belongs to this
file's unsynced ``device`` row. :func:`change_settings` writes both in one transaction.
"""

from __future__ import annotations

from impact_desktop.services.changes import SETTINGS, Change
from impact_desktop.storage.database import Store
from impact_desktop.storage.device import clean_device_name, get_device_name, set_device_name
from impact_desktop.storage.settings import Settings, load_settings, save_settings

__all__ = ["Settings", "change_settings", "clean_device_name", "device_name", "load_settings"]


def device_name(store: Store) -> str:
    """This computer's name, as colleagues see it on the changes it makes."""
    return get_device_name(store)


def _write(settings: Settings, device: str):
    def run(store: Store) -> None:
        with store.transaction():
            save_settings(store, settings)
            set_device_name(store, device)
    return run


def change_settings(store: Store, settings: Settings, device: str) -> Change:
    """Store ``settings`` and the device name ``device`` together; ValidationError (nothing
    written) for a month outside 1–12, a negative hour cost, an unknown currency or an empty name."""
    old = _write(load_settings(store), device_name(store))
    new = _write(settings, device)
    new(store)
    return Change(undo=old, redo=new, topics=(SETTINGS,))
