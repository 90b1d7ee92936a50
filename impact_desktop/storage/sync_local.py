"""The laptop's side of a sync: what waits to be pushed, and writing what was pulled.

Pulled rows are written with capture paused (``sync_applying``) and foreign-key checks
off for that transaction: the hub is the truth, and a row of a business unit this role
may not read must not stop its neighbours. A row changed here and not yet pushed is not
overwritten: the next push sends it against the old base and the hub records the
conflict. New entries arriving in numbers take the bulk path (roll-ups updated grouped),
changed ones the per-row triggers, so the roll-ups stay exact either way.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator

from impact_desktop.core.errors import StoreError
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.entries import _PAUSED_TRIGGERS_SQL
from impact_desktop.storage.hub_push import Change
from impact_desktop.storage.migrations import ROLLUP_BULK_ADD_SQL
from impact_desktop.storage.rows import utc_now
from impact_desktop.storage.sync_capture import SYNCED_TABLES
from impact_desktop.storage.sync_merge import clashing_row, merge_into

BULK_MIN = 500
_RANK = {table: rank for rank, table in enumerate(SYNCED_TABLES)}


# -- state ----------------------------------------------------------------------------

def get_state(store: Store, key: str, default: str | None = None) -> str | None:
    row = store.db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_state(store: Store, values: dict[str, str | None]) -> None:
    with store.transaction():
        for key, value in values.items():
            if value is None:
                store.db.execute("DELETE FROM sync_state WHERE key = ?", [key])
            else:
                store.db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def waiting_count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]


def rejected_rows(store: Store) -> list[tuple[str, str, str, str]]:
    """(table, row id, reason, when) of every change the hub refused."""
    return store.db.execute(
        "SELECT table_name, row_id, reason, rejected_at FROM sync_rejected ORDER BY rejected_at").fetchall()


def _columns(store: Store, table: str) -> list[str]:
    return [row[1] for row in store.db.execute(f"PRAGMA table_info({table})")]


def _table_exists(store: Store, table: str) -> bool:
    return bool(store.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 [table]).fetchone())


# -- push side ------------------------------------------------------------------------

def pending_changes(store: Store, limit: int) -> list[Change]:
    """Up to ``limit`` queued changes, parents' tables first, with their current data."""
    order = " ".join(f"WHEN '{table}' THEN {rank}" for table, rank in _RANK.items())
    queued = store.db.execute(
        f"SELECT o.table_name, o.row_id, r.hlc, r.device_id, r.base_hlc, r.base_device "
        f"FROM sync_outbox o JOIN sync_rows r USING (table_name, row_id) "
        f"ORDER BY CASE o.table_name {order} ELSE 99 END, o.hlc LIMIT ?", [limit]).fetchall()
    by_table: dict[str, list[tuple]] = {}
    for item in queued:
        by_table.setdefault(item[0], []).append(item)
    changes = []
    for table, items in by_table.items():
        data = _rows_by_id(store, table, [item[1] for item in items])
        for _table, row_id, hlc, device, base_hlc, base_device in items:
            if row_id in data:
                changes.append(Change(table, row_id, data[row_id], hlc, device, base_hlc, base_device))
    return changes


def _rows_by_id(store: Store, table: str, ids: list[str]) -> dict[str, dict]:
    columns = _columns(store, table)
    found: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in store.db.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
            found[row[0]] = dict(zip(columns, row, strict=True))
    return found


def mark_pushed(store: Store, accepted: Iterable[Change], rejected: Iterable[tuple[Change, str]]) -> None:
    """Take accepted changes off the outbox (unless changed again since) and record refusals."""
    now = utc_now()
    with store.transaction():
        for change in accepted:
            key = (change.table, change.row_id, change.hlc)
            store.db.execute("DELETE FROM sync_outbox WHERE table_name = ? AND row_id = ? AND hlc = ?", key)
            store.db.execute("UPDATE sync_rows SET base_hlc = hlc, base_device = device_id "
                             "WHERE table_name = ? AND row_id = ? AND hlc = ?", key)
            store.db.execute("DELETE FROM sync_rejected WHERE table_name = ? AND row_id = ?", key[:2])
        for change, reason in rejected:
            key = (change.table, change.row_id, change.hlc)
            store.db.execute("DELETE FROM sync_outbox WHERE table_name = ? AND row_id = ? AND hlc = ?", key)
            store.db.execute(
                "INSERT INTO sync_rejected (table_name, row_id, hlc, reason, rejected_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, reason = excluded.reason, "
                "rejected_at = excluded.rejected_at", [*key, reason, now])


# -- pull side ------------------------------------------------------------------------

@contextlib.contextmanager
def _applying(store: Store) -> Iterator[None]:
    """One transaction with capture paused and foreign keys unchecked (PRAGMA only works outside one)."""
    store.db.execute("PRAGMA foreign_keys = OFF")
    try:
        with store.transaction():
            store.db.execute("INSERT INTO sync_applying (reason) VALUES ('pull')")
            try:
                yield
            finally:
                store.db.execute("DELETE FROM sync_applying")
    finally:
        store.db.execute("PRAGMA foreign_keys = ON")


def apply_pulled(store: Store, table: str, rows: list[tuple]) -> int:
    """Write pulled rows ``(id, data, hlc, device)`` of ``table``; returns how many changed here.

    ``data`` is the row as JSON text (or a dict). The rows go into a scratch table and SQLite
    itself takes the JSON apart (``json_extract``) and writes them in a few statements: a
    million entries are not turned into Python objects one by one. A name clash falls back to
    writing row by row with the merge rule.
    """
    if not rows or not _table_exists(store, table):
        return 0
    columns = _columns(store, table)
    conn = store.conn
    with _applying(store):
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS pulled (id TEXT PRIMARY KEY, data TEXT NOT NULL, "
                     "hlc INTEGER NOT NULL, device TEXT NOT NULL, is_new INTEGER)")
        conn.execute("DELETE FROM temp.pulled")
        conn.executemany("INSERT OR REPLACE INTO temp.pulled (id, data, hlc, device) VALUES (?, ?, ?, ?)",
                         [(row[0], row[1] if isinstance(row[1], str) else json.dumps(row[1]), row[2], row[3])
                          for row in rows])
        conn.execute("DELETE FROM temp.pulled WHERE id IN (SELECT row_id FROM sync_outbox WHERE table_name = ?) "
                     "OR id IN (SELECT p.id FROM temp.pulled p JOIN sync_rows r ON r.table_name = ? "
                     "AND r.row_id = p.id AND r.hlc = p.hlc AND r.device_id = p.device)", [table, table])
        count = conn.execute("SELECT count(*) FROM temp.pulled").fetchone()[0]
        if not count:
            return 0
        conn.execute(f"UPDATE temp.pulled SET is_new = id NOT IN (SELECT id FROM {table})")
        conn.execute("SAVEPOINT pulled_rows")
        try:
            _write_in_sqlite(store, table, columns, count)
        except sqlite3.IntegrityError:
            # A name taken here by another row: row by row, merging the clashing pairs.
            conn.execute("ROLLBACK TO pulled_rows")
            for row_id, data, hlc, device, is_new in conn.execute("SELECT * FROM temp.pulled").fetchall():
                parsed = json.loads(data)
                value = [_value(parsed.get(column)) for column in columns]
                _write_clashing(store, table, columns, (row_id, parsed, hlc, device), value, not is_new)
        conn.execute("RELEASE pulled_rows")
        conn.execute(
            "INSERT INTO sync_rows (table_name, row_id, hlc, device_id, base_hlc, base_device) "
            "SELECT ?, id, hlc, device, hlc, device FROM temp.pulled WHERE true "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, "
            "device_id = excluded.device_id, base_hlc = excluded.base_hlc, base_device = excluded.base_device",
            [table])
        conn.execute("UPDATE sync_clock SET hlc = max(hlc, (SELECT max(hlc) FROM temp.pulled))")
    return count


def _write_in_sqlite(store: Store, table: str, columns: list[str], count: int) -> None:
    names = ", ".join(columns)
    extract = ", ".join(f"json_extract(p.data, '$.{column}')" for column in columns)
    insert = f"INSERT INTO {table} ({names}) SELECT {extract} FROM temp.pulled p WHERE p.is_new"
    if table == "entries" and count >= BULK_MIN:
        _bulk_insert(store, lambda: store.conn.execute(insert))
    else:
        store.conn.execute(insert)
    rest = ", ".join(f"json_extract(p.data, '$.{column}')" for column in columns[1:])
    store.conn.execute(
        f"UPDATE {table} SET ({', '.join(columns[1:])}) = (SELECT {rest} FROM temp.pulled p WHERE p.id = {table}.id) "
        f"WHERE id IN (SELECT id FROM temp.pulled WHERE NOT is_new)")


def _update(store: Store, table: str, columns: list[str], values: list[list]) -> None:
    if values:
        assignments = ", ".join(f"{column} = ?" for column in columns[1:])
        store.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?",
                               [[*value[1:], value[0]] for value in values])


def _write_clashing(store: Store, table: str, columns: list[str], row: tuple, value: list, present: bool) -> None:
    """Write one pulled row; on a name clash the smaller id survives (see :mod:`sync_merge`)."""
    write = _update if present else _insert
    try:
        write(store, table, columns, [value])
        return
    except sqlite3.IntegrityError as exc:
        if "UNIQUE" not in str(exc):
            raise
    other = clashing_row(store, table, row[1], row[0])
    if other is None:
        raise StoreError(_clash(table, row[0]))
    if row[0] < other:
        merge_into(store, table, other, row[0], lambda: write(store, table, columns, [value]))
    else:  # kept here as merged away; its own laptop merges it and tells the hub
        merged = list(value)
        merged[columns.index("deleted_at")] = utc_now()
        write(store, table, columns, [merged])


def _value(value: object) -> object:
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _insert(store: Store, table: str, columns: list[str], values: list[list]) -> None:
    if not values:
        return
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    if table != "entries" or len(values) < BULK_MIN:
        store.conn.executemany(sql, values)
    else:
        _bulk_insert(store, lambda: store.conn.executemany(sql, values))


def _bulk_insert(store: Store, insert) -> None:
    """The bulk path of imports: roll-up triggers stood aside, the batch added to the roll-ups grouped."""
    before = store.conn.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()[0]
    store.conn.execute("INSERT INTO rollup_pause (reason) VALUES ('pull')")
    paused = store.conn.execute(_PAUSED_TRIGGERS_SQL).fetchall()
    for name, _sql in paused:
        store.conn.execute(f'DROP TRIGGER "{name}"')
    insert()
    for _name, trigger_sql in paused:
        store.conn.execute(trigger_sql)
    store.conn.execute("DELETE FROM rollup_pause")
    for statement in ROLLUP_BULK_ADD_SQL:
        store.conn.execute(statement, {"after": before})


def _clash(table: str, row_id: str) -> str:
    """Whole sentences per table, so that each language keeps its own word order."""
    sentences = {
        "business_units": lambda: translate(
            "Hub", "A business unit row from the hub clashes with one here and cannot be merged ({0})."),
        "programs": lambda: translate(
            "Hub", "A program row from the hub clashes with one here and cannot be merged ({0})."),
        "channels": lambda: translate(
            "Hub", "A channel row from the hub clashes with one here and cannot be merged ({0})."),
        "metrics": lambda: translate(
            "Hub", "A metric row from the hub clashes with one here and cannot be merged ({0})."),
    }
    found = sentences.get(table)
    if found:
        return found().format(row_id)
    return translate("Hub", "A {0} row from the hub clashes with one here and cannot be merged ({1}).").format(
        table.replace("_", " "), row_id)
