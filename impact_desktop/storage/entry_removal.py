"""Soft-deleting or restoring many entries at once, as undoing a large import (and redoing it) does,
with grouped statements.

Soft-deleting an entry fires four update triggers: the roll-ups (monthly, per unit, B4SI,
program months) lose its figure, ``observed_entries`` its row, and the hub's change capture
moves the clock and queues it. Row by row, undoing 100,000 imported entries in a store of a
million took 22–24 s, most of it those triggers and the statement journal their presence
makes SQLite keep. :func:`remove_entries` does what they do once per group instead: it
subtracts the removed entries' grouped totals, deletes their observed rows, updates the
entries with the triggers dropped, puts the triggers back from their own stored SQL and
captures the change for the hub in one statement each (one clock value for the whole
removal, as a bulk import has). :func:`restore_entries` is its mirror: the roll-ups and
observed rows of the entries brought back are added as a bulk import adds its own. All in
one transaction (a savepoint of the caller's, when it has one): no other connection ever sees
the table without its triggers, and a failure leaves it as it was.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from impact_desktop.storage.migrations import ROLLUP_BULK_ADD_SQL
from impact_desktop.storage.page_cache import bulk_cache
from impact_desktop.storage.rows import utc_now
from impact_desktop.storage.store import Store
from impact_desktop.storage.sync_capture import BULK_CAPTURE_SQL
from impact_desktop.storage.tables import set_deleted

#: Removals (and restorations) of at least this many entries take the grouped path; fewer go row by row.
BULK_REMOVE_ROWS = 5_000

#: The update triggers on entries that a soft-delete fires (``entry_notes_update`` fires on a
#: note's change only). With any other set installed, removals go row by row.
UPDATE_TRIGGERS = frozenset({"entries_rollup_update", "entries_b4si_update", "entries_observed_update",
                             "sync_capture_entries_update"})
_UPDATE_TRIGGERS_SQL = ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries' "
                        "AND sql LIKE '%AFTER UPDATE%' AND name <> 'entry_notes_update'")

_REMOVED = "(SELECT rowid FROM temp.removed_entries)"


def _subtract(table: str, key: list[str], source: str) -> list[str]:
    """SQL that takes the removed entries' totals, grouped by ``key`` as ``source`` selects
    them, away from ``table`` and drops the rows left with no entry (as the triggers do)."""
    match = " AND ".join(f"t.{column} = g.{column}" for column in key)
    return [
        f"UPDATE {table} AS t SET total_e4 = t.total_e4 - g.total_e4, entry_count = t.entry_count - g.entry_count "
        f"FROM ({source} GROUP BY {', '.join(str(n) for n in range(1, len(key) + 1))}) AS g WHERE {match}",
        f"DELETE FROM {table} WHERE entry_count <= 0",
    ]


_CLASSES = ("coalesce(e.input_type, '') AS input_type, coalesce(e.motivation, '') AS motivation, "
            "coalesce(e.funding_source, '') AS funding_source")
_TOTALS = "sum(e.value_e4) AS total_e4, count(*) AS entry_count"
_OF_UNIT = "JOIN programs p ON p.id = e.program_id AND p.deleted_at IS NULL"

#: What the update triggers do for a removed entry, grouped (run while the entries are still live).
SUBTRACT_SQL = (
    *_subtract("monthly_totals", ["month", "program_id", "metric_id", "currency", "channel_id", "input_type",
                                  "motivation", "funding_source"],
               "SELECT e.month, e.program_id, e.metric_id, coalesce(e.currency, '') AS currency, "
               f"coalesce(e.channel_id, '') AS channel_id, {_CLASSES}, {_TOTALS} FROM entries e "
               f"WHERE e.rowid IN {_REMOVED}"),
    *_subtract("unit_totals", ["month", "business_unit_id", "metric_id", "currency", "channel_id"],
               "SELECT e.month, p.business_unit_id, e.metric_id, coalesce(e.currency, '') AS currency, "
               f"coalesce(e.channel_id, '') AS channel_id, {_TOTALS} FROM entries e {_OF_UNIT} "
               f"WHERE e.rowid IN {_REMOVED}"),
    *_subtract("b4si_totals", ["month", "business_unit_id", "metric_id", "currency", "input_type", "motivation",
                               "funding_source"],
               "SELECT e.month, p.business_unit_id, e.metric_id, coalesce(e.currency, '') AS currency, "
               f"{_CLASSES}, {_TOTALS} FROM entries e {_OF_UNIT} WHERE e.rowid IN {_REMOVED}"),
    "UPDATE program_months AS t SET entry_count = t.entry_count - g.entry_count "
    "FROM (SELECT e.month, e.program_id, count(*) AS entry_count FROM entries e "
    f"WHERE e.rowid IN {_REMOVED} GROUP BY 1, 2) AS g WHERE t.month = g.month AND t.program_id = g.program_id",
    "DELETE FROM program_months WHERE entry_count <= 0",
    "DELETE FROM observed_entries WHERE (metric_id, program_id, channel_id, currency, period_end, entry_id) IN "
    "(SELECT e.metric_id, e.program_id, coalesce(e.channel_id, ''), coalesce(e.currency, ''), e.period_end, e.id "
    f"FROM entries e WHERE e.rowid IN {_REMOVED})",
)

#: The hub's change capture of the removed entries: a bulk import's, over these rows.
CAPTURE_SQL = tuple(sql.replace("rowid > :after", f"rowid IN {_REMOVED}") for sql in BULK_CAPTURE_SQL)
assert sum(f"rowid IN {_REMOVED}" in sql for sql in CAPTURE_SQL) == 2, "BULK_CAPTURE_SQL changed shape"  # notr


#: What the update triggers do for an entry brought back: a bulk import's roll-up and observed
#: statements over these rows (not its search rows: a soft-deleted entry keeps its note's).
ADD_SQL = tuple(sql.replace("rowid > :after", f"rowid IN {_REMOVED}")
                for sql in ROLLUP_BULK_ADD_SQL[:ROLLUP_BULK_ADD_SQL.index(BULK_CAPTURE_SQL[0])])
assert sum(f"rowid IN {_REMOVED}" in sql for sql in ADD_SQL) == 2, "ROLLUP_BULK_ADD_SQL changed shape"  # notr


def remove_entries(store: Store, ids: Sequence[str]) -> int:
    """Soft-delete the live entries among ``ids``; returns how many were removed."""
    return _change_many(store, ids, removing=True)


def restore_entries(store: Store, ids: Sequence[str]) -> int:
    """Bring back the soft-deleted entries among ``ids``; returns how many came back."""
    return _change_many(store, ids, removing=False)


def _change_many(store: Store, ids: Sequence[str], *, removing: bool) -> int:
    if len(ids) < BULK_REMOVE_ROWS:
        return set_deleted(store, "entries", ids, removing)
    conn = store.conn
    now = utc_now()
    # Inside the caller's transaction this is a savepoint (Store.transaction nests as one): a
    # failure rolls back everything since it began, the dropped triggers included.
    with store.transaction(), bulk_cache(conn):
        triggers = conn.execute(_UPDATE_TRIGGERS_SQL).fetchall()
        if {name for name, _sql in triggers} != UPDATE_TRIGGERS:
            return set_deleted(store, "entries", ids, removing)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS removed_entries (rowid INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.removed_entries")
        state = "e.deleted_at IS NULL" if removing else "e.deleted_at IS NOT NULL"
        conn.execute("INSERT OR IGNORE INTO temp.removed_entries SELECT e.rowid FROM json_each(?) AS j "
                     f"JOIN entries e ON e.id = j.value WHERE {state}", [json.dumps(list(ids))])
        changed = conn.execute("SELECT count(*) FROM temp.removed_entries").fetchone()[0]
        for statement in SUBTRACT_SQL if removing else ():
            conn.execute(statement)
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(f"UPDATE entries SET deleted_at = ?, updated_at = ?, device_id = ?, changed_by = ? "
                     f"WHERE rowid IN {_REMOVED}", [now if removing else None, now, store.device_id, store.user])
        for _name, sql in triggers:
            conn.execute(sql)
        for statement in () if removing else ADD_SQL:
            conn.execute(statement)
        for statement in CAPTURE_SQL:
            conn.execute(statement)
        conn.execute("DELETE FROM temp.removed_entries")
    return changed
