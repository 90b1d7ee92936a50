"""Generic writes that keep the sync columns right, for every table that has them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from impact_desktop.core.errors import StoreError
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import sync_fields, utc_now


def insert_row(store: Store, table: str, values: Mapping[str, object], *, row_id: str | None = None) -> str:
    """Insert one row with fresh sync columns; returns its id."""
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
        raise StoreError(f"That {table[:-1].replace('_', ' ')} no longer exists.")


def set_deleted(store: Store, table: str, ids: Iterable[str], deleted: bool) -> int:
    """Soft-delete (or restore) rows; returns how many changed."""
    id_list = list(ids)
    if not id_list:
        return 0
    now = utc_now()
    stamp = now if deleted else None
    condition = "deleted_at IS NULL" if deleted else "deleted_at IS NOT NULL"
    changed = 0
    with store.transaction():
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
