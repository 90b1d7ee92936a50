"""Generic writes that keep the sync columns right, for every table that has them."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Mapping

from impact_desktop.core.errors import StoreError
from impact_desktop.core.texts import translate
from impact_desktop.storage.page_cache import bulk_cache
from impact_desktop.storage.rows import sync_fields, utc_now
from impact_desktop.storage.store import Store

#: Catalogue rows named by a natural key: the same name created on two laptops gets the
#: same id, so after a sync it is one row (a concurrent edit at worst), not two rows that
#: split every total and collide on the unique name index.
NATURAL_KEYS = {
    "business_units": ("name",), "programs": ("business_unit_id", "name"), "channels": ("name",),
    "metrics": ("key",), "settings": ("key",),
}
_ID_SPACE = uuid.UUID("6f1d2c1e-4b7a-4e0c-9a51-3c2f1e8d7b60")


def natural_id(table: str, values: Mapping[str, object]) -> str | None:
    """The id every laptop derives for a new catalogue row with these key values."""
    key = NATURAL_KEYS.get(table)
    if key is None or any(values.get(name) is None for name in key):
        return None
    text = "\x1f".join(" ".join(str(values[name]).split()).casefold() for name in key)
    return str(uuid.uuid5(_ID_SPACE, f"{table}:{text}"))


def insert_row(store: Store, table: str, values: Mapping[str, object], *, row_id: str | None = None) -> str:
    """Insert one row with fresh sync columns; returns its id."""
    if row_id is None:
        row_id = natural_id(table, values)
        if row_id and store.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone():
            row_id = None  # taken by a renamed or deleted row: a fresh id
    row = {**sync_fields(store.device_id, store.user, row_id=row_id), **values}
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    with store.transaction():
        store.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    return row["id"]


def update_row(store: Store, table: str, row_id: str, changes: Mapping[str, object]) -> None:
    """Change columns of a live row and stamp who changed it when."""
    stamped = {**changes, "updated_at": utc_now(), "device_id": store.device_id, "changed_by": store.user}
    assignments = ", ".join(f"{name} = ?" for name in stamped)
    with store.transaction():
        cursor = store.db.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", [*stamped.values(), row_id]
        )
    if cursor.rowcount != 1:
        raise StoreError(_gone(table))


def _gone(table: str) -> str:
    """Whole sentences per table, so that each language keeps its own word order."""
    sentences = {
        "business_units": lambda: translate("Catalog", "That business unit no longer exists."),
        "programs": lambda: translate("Catalog", "That program no longer exists."),
        "channels": lambda: translate("Catalog", "That channel no longer exists."),
        "metrics": lambda: translate("Catalog", "That metric no longer exists."),
        "currency_rates": lambda: translate("Catalog", "That currency rate no longer exists."),
        "targets": lambda: translate("Catalog", "That target no longer exists."),
        "import_batches": lambda: translate("Catalog", "That import batch no longer exists."),
        "import_presets": lambda: translate("Catalog", "That import preset no longer exists."),
        "entries": lambda: translate("Entries", "That entry no longer exists."),
    }
    found = sentences.get(table)
    return found() if found else f"That {table[:-1].replace('_', ' ')} no longer exists."


#: Soft-deleting or restoring this many rows at once runs with :func:`.page_cache.bulk_cache`
#: (soft-deleting the 100,000 entries of an import in a store of a million row by row: 32.7 s → 14.2 s;
#: entries are now removed and restored with grouped statements, see :mod:`.entry_removal`, unless
#: their triggers are not the known ones).
BULK_ROWS = 5_000


def set_deleted(store: Store, table: str, ids: Iterable[str], deleted: bool) -> int:
    """Soft-delete (or restore) rows; returns how many changed."""
    id_list = list(ids)
    if not id_list:
        return 0
    now = utc_now()
    stamp = now if deleted else None
    condition = "deleted_at IS NULL" if deleted else "deleted_at IS NOT NULL"
    changed = 0
    with store.transaction(), bulk_cache(store.conn) if len(id_list) >= BULK_ROWS else contextlib.nullcontext():
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            cursor = store.db.execute(
                f"UPDATE {table} SET deleted_at = ?, updated_at = ?, device_id = ?, changed_by = ? "
                f"WHERE id IN ({marks}) AND {condition}",
                [stamp, now, store.device_id, store.user, *chunk],
            )
            changed += cursor.rowcount
    return changed
