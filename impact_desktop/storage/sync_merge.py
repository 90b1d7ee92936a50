"""Two catalogue rows with one name: merged into one, the same way on every laptop.

New catalogue rows get ids derived from their name (see ``natural_id``), so "Cainiao"
created on two laptops is one row. Rows made before a laptop joined a hub, or renamed into
each other's name, still meet as two rows with one name when a pull brings the other one,
and the unique name index refuses the second. The rule, the same everywhere: the row with
the smaller id survives. The other is soft-deleted and everything pointing at it (entries,
programs, targets, sub-units, alternative names) is pointed at the survivor — as local
changes, captured and pushed, so the hub and every other laptop learn the merge; the
roll-up triggers keep the totals exact while entries move.
"""

from __future__ import annotations

from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import utc_now
from impact_desktop.storage.tables import NATURAL_KEYS

#: Who points at a row of each catalogue table: (table, column).
REFERENCES = {
    "business_units": (("business_units", "parent_id"), ("programs", "business_unit_id"),
                       ("targets", "business_unit_id"), ("alternative_names", "target_id")),
    "programs": (("entries", "program_id"), ("targets", "program_id"), ("alternative_names", "target_id")),
    "channels": (("entries", "channel_id"), ("alternative_names", "target_id")),
    "metrics": (("entries", "metric_id"), ("targets", "metric_id"), ("alternative_names", "target_id")),
    "settings": (),
}


def clashing_row(store: Store, table: str, values: dict, row_id: str) -> str | None:
    """The id of a live row of ``table`` with the same natural key as ``values`` (not ``row_id``)."""
    key = NATURAL_KEYS.get(table)
    if key is None or values.get("deleted_at") is not None:
        return None
    condition = " AND ".join(f"{column} = ?" for column in key)
    row = store.db.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL AND id <> ? AND {condition}",
                           [row_id, *(values.get(column) for column in key)]).fetchone()
    return row[0] if row else None


def merge_into(store: Store, table: str, loser: str, survivor: str, write_survivor=None) -> None:
    """Soft-delete ``loser``, then point everything at ``survivor`` (in the caller's transaction, captured).

    ``write_survivor`` writes the survivor in between, when it arrives from the hub: the
    loser gives up the name first, and the survivor exists before entries move to it, so
    the roll-up triggers find it.
    """
    paused = store.db.execute("SELECT reason FROM sync_applying").fetchall()
    store.db.execute("DELETE FROM sync_applying")  # a merge is a change of this laptop: it syncs
    try:
        now = utc_now()
        stamp = [now, store.device_id, store.user]
        store.db.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ?, device_id = ?, changed_by = ? "
                         f"WHERE id = ?", [now, *stamp, loser])
        if write_survivor is not None:
            # The hub's version, not a change of this laptop: captured, it would wait in the outbox
            # under a version the pull then replaces, never match a push, and hide the row's later
            # changes from every pull (seeds 10, 16, 26, 28 of bench/hub_convergence.py).
            store.conn.executemany("INSERT INTO sync_applying (reason) VALUES (?)", paused)
            try:
                write_survivor()
            finally:  # the rows go back once, below
                store.db.execute("DELETE FROM sync_applying")
        present = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for other, column in REFERENCES.get(table, ()):
            if other not in present:
                continue
            if other == "programs":
                _move_programs(store, loser, survivor)
                continue
            store.db.execute(f"UPDATE {other} SET {column} = ?, updated_at = ?, device_id = ?, changed_by = ? "
                             f"WHERE {column} = ?", [survivor, *stamp, loser])
    finally:
        store.conn.executemany("INSERT INTO sync_applying (reason) VALUES (?)", paused)


def _move_programs(store: Store, from_unit: str, to_unit: str) -> None:
    """Programs of a merged unit move to the survivor; one named like a survivor's program merges into it."""
    now = utc_now()
    for program_id, name in store.db.execute(
            "SELECT id, name FROM programs WHERE business_unit_id = ? AND deleted_at IS NULL", [from_unit]).fetchall():
        twin = store.db.execute("SELECT id FROM programs WHERE business_unit_id = ? AND name = ? "
                                "AND deleted_at IS NULL", [to_unit, name]).fetchone()
        if twin:
            survivor, loser = sorted([twin[0], program_id])
            merge_into(store, "programs", loser, survivor)
            if loser == twin[0]:
                store.db.execute("UPDATE programs SET business_unit_id = ?, updated_at = ?, device_id = ? "
                                 "WHERE id = ?", [to_unit, now, store.device_id, survivor])
        else:
            store.db.execute("UPDATE programs SET business_unit_id = ?, updated_at = ?, device_id = ? WHERE id = ?",
                             [to_unit, now, store.device_id, program_id])
