"""This machine's name, kept in the unsynced ``device`` table.

The name tells colleagues which laptop a change came from when databases are merged;
it belongs to the file's device row, never to the synced settings.
"""

from __future__ import annotations

from impact_desktop.core.errors import StoreError, ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store

MAX_DEVICE_NAME = 80


def get_device_name(store: Store) -> str:
    row = store.db.execute("SELECT name FROM device WHERE id = ?", [store.device_id]).fetchone()
    if row is None:
        raise StoreError(_no_device_row())
    return row[0]


def clean_device_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(translate(
            "Device", "This computer needs a name (e.g. 'Beijing office laptop')."), "device_name")
    if len(cleaned) > MAX_DEVICE_NAME:
        raise ValidationError(translate(
            "Device", "A device name is at most {0} characters.").format(MAX_DEVICE_NAME), "device_name")
    return cleaned


def set_device_name(store: Store, name: str) -> None:
    cleaned = clean_device_name(name)
    with store.transaction():
        cursor = store.db.execute("UPDATE device SET name = ? WHERE id = ?", [cleaned, store.device_id])
    if cursor.rowcount != 1:
        raise StoreError(_no_device_row())


def _no_device_row() -> str:
    return translate("Device", "This database has no device row; reopen it to create one.")
