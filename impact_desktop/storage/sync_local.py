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
from impact_desktop.storage.entries import REBUILD_MIN_ROWS, BulkLoad, bulk_load
from impact_desktop.storage.hub_push import Change
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

def pull_columns(store: Store) -> dict[str, list[str]]:
    """The columns of each synced table this store has: what a pull asks the hub for."""
    return {table: _columns(store, table) for table in SYNCED_TABLES if _table_exists(store, table)}


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


def apply_pulled(store: Store, table: str, rows: list[tuple], columns: list[str] | None = None) -> int:
    """Write pulled rows of ``table``; returns how many changed here.

    Rows are ``(*values of columns, hlc, device)`` as :func:`hub_pull.pull_changes` reads
    them, or, without ``columns``, ``(id, JSON text or dict, hlc, device)``. They go into a
    scratch table and are written in a few statements. A name clash falls back to writing
    row by row with the merge rule.
    """
    if not rows or not _table_exists(store, table):
        return 0
    if columns is None:
        columns = _columns(store, table)
        rows = [_from_json(columns, row) for row in rows]
    with _applying(store):
        _stage(store, columns, rows)
        return _write_staged(store, table, columns)


def _from_json(columns: list[str], row: tuple) -> tuple:
    row_id, data, hlc, device = row
    parsed = json.loads(data) if isinstance(data, str) else data
    return (*(_value(parsed.get(column)) for column in columns), hlc, device)


def _stage(store: Store, columns: list[str], rows: list[tuple]) -> None:
    """A fresh scratch table ``temp.pulled`` holding ``rows``."""
    conn = store.conn
    conn.execute("DROP TABLE IF EXISTS temp.pulled")
    names = ", ".join(f"{column} PRIMARY KEY" if column == "id" else column for column in columns)
    conn.execute(f"CREATE TEMP TABLE pulled ({names}, _hlc INTEGER, _device TEXT, _new INTEGER)")
    conn.executemany(f"INSERT OR REPLACE INTO temp.pulled ({', '.join(columns)}, _hlc, _device) "
                     f"VALUES ({', '.join('?' * (len(columns) + 2))})", rows)


def _write_staged(store: Store, table: str, columns: list[str]) -> int:
    """Write the rows of ``temp.pulled`` into ``table`` (inside :func:`_applying`); how many changed.

    Rows changed here and not pushed yet, and versions this laptop already has, are left out.
    """
    conn = store.conn
    if _has_local_versions(store, table):
        conn.execute("DELETE FROM temp.pulled WHERE id IN (SELECT row_id FROM sync_outbox WHERE table_name = ?) "
                     "OR id IN (SELECT p.id FROM temp.pulled p JOIN sync_rows r ON r.table_name = ? "
                     "AND r.row_id = p.id AND r.hlc = p._hlc AND r.device_id = p._device)", [table, table])
    count = conn.execute("SELECT count(*) FROM temp.pulled").fetchone()[0]
    if not count:
        return 0
    conn.execute(f"UPDATE temp.pulled SET _new = id NOT IN (SELECT id FROM {table})")
    conn.execute("SAVEPOINT pulled_rows")
    try:
        _write_in_sqlite(store, table, columns, count)
    except sqlite3.IntegrityError:
        # A name taken here by another row: row by row, merging the clashing pairs.
        conn.execute("ROLLBACK TO pulled_rows")
        for row in conn.execute(f"SELECT {', '.join(columns)}, _hlc, _device, _new FROM temp.pulled").fetchall():
            value = list(row[:len(columns)])
            row_id = value[columns.index("id")]
            _write_clashing(store, table, columns, (row_id, dict(zip(columns, value, strict=True))), value,
                            not row[-1])
    conn.execute("RELEASE pulled_rows")
    # A row in the outbox now was changed here during this write (merged away by a name clash,
    # see sync_merge): that change is the version to push, made knowing the pulled one.
    conn.execute(
        "UPDATE sync_rows SET (base_hlc, base_device) = (SELECT _hlc, _device FROM temp.pulled WHERE id = row_id) "
        "WHERE table_name = ? AND row_id IN (SELECT id FROM temp.pulled) "
        "AND row_id IN (SELECT row_id FROM sync_outbox WHERE table_name = ?)", [table, table])
    conn.execute(
        "INSERT INTO sync_rows (table_name, row_id, hlc, device_id, base_hlc, base_device) "
        "SELECT ?, id, _hlc, _device, _hlc, _device FROM temp.pulled "
        "WHERE id NOT IN (SELECT row_id FROM sync_outbox WHERE table_name = ?) ORDER BY id "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, "
        "device_id = excluded.device_id, base_hlc = excluded.base_hlc, base_device = excluded.base_device",
        [table, table])
    conn.execute("UPDATE sync_clock SET hlc = max(hlc, (SELECT max(_hlc) FROM temp.pulled))")
    return count


def _has_local_versions(store: Store, table: str) -> bool:
    """Whether this laptop knows any version of a row of ``table`` (else nothing pulled can be one)."""
    return bool(store.db.execute("SELECT 1 FROM sync_rows WHERE table_name = ? LIMIT 1", [table]).fetchone()
                or store.db.execute("SELECT 1 FROM sync_outbox WHERE table_name = ? LIMIT 1", [table]).fetchone())


def _write_in_sqlite(store: Store, table: str, columns: list[str], count: int) -> None:
    names = ", ".join(columns)
    insert = f"INSERT INTO {table} ({names}) SELECT {names} FROM temp.pulled WHERE _new"
    if table == "entries" and count >= BULK_MIN:
        _bulk_insert(store, lambda: store.conn.execute(insert))
    else:
        store.conn.execute(insert)
    others = ", ".join(column for column in columns if column != "id")
    store.conn.execute(
        f"UPDATE {table} SET ({others}) = (SELECT {others} FROM temp.pulled p WHERE p.id = {table}.id) "
        f"WHERE id IN (SELECT id FROM temp.pulled WHERE NOT _new)")


#: A first chunk of at least this many entries, into a laptop without any, takes the first-load path.
FIRST_LOAD_MIN = 10_000
#: Page cache while a first load is written and its indexes built (KiB, as PRAGMA cache_size takes it).
FIRST_LOAD_CACHE = -262_144


class PullWriter:
    """Writes a pull's chunks as they come, one transaction each (:func:`apply_pulled`) — or a first load.

    A first load: the first chunk of entries is large (``FIRST_LOAD_MIN``) and this laptop
    has no entry and knows no version of one, so every pulled entry is new and none needs
    comparing. Then all chunks of entries go straight into the table in one transaction,
    with the plain indexes of entries dropped and built again once at the end, the roll-up
    triggers stood aside and the roll-ups added in one grouped statement, and the versions
    written in id order (their table's key grows at its end). A kill or an error rolls it
    all back, the indexes with it; the next sync pulls again from the same watermark. Use as
    a context manager: leaving it by an exception rolls back a first load under way.
    """

    def __init__(self, store: Store):
        self.store = store
        #: Rows changed here so far, and rows of a first load under way (written when it ends).
        self.changed = self.gathered = 0
        self._load: contextlib.ExitStack | None = None
        self._table = ""
        self._bulk: BulkLoad | None = None
        self._sql = ""
        self._width = 0

    def __enter__(self) -> PullWriter:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if self._load is not None:
            load, self._load = self._load, None
            load.__exit__(kind, error, trace)

    def write(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Takes one chunk of ``table``."""
        if self._load is not None and self._table != table:
            self.finish()
        if self._load is None and not (len(rows) >= FIRST_LOAD_MIN and self._begin_load(table, columns)):
            self.changed += apply_pulled(self.store, table, rows, columns)
            return
        width, at = self._width, columns.index("id")
        self.store.conn.executemany(self._sql, [row[:width] for row in rows])
        self.store.conn.executemany("INSERT INTO temp.pulled_versions VALUES (?, ?, ?)",
                                    [(row[at], row[-2], row[-1]) for row in rows])
        self.gathered += len(rows)

    def _begin_load(self, table: str, columns: list[str]) -> bool:
        if table != "entries" or not _table_exists(self.store, table):
            return False
        conn, load = self.store.conn, contextlib.ExitStack()
        load.enter_context(_applying(self.store))
        if conn.execute("SELECT 1 FROM entries LIMIT 1").fetchone() or _has_local_versions(self.store, table):
            load.close()
            return False
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {FIRST_LOAD_CACHE}")
        load.callback(conn.execute, f"PRAGMA cache_size = {cache}")
        # Every pulled entry is new: the indexes (never a unique one) go whatever the size.
        self._bulk = BulkLoad(self.store, REBUILD_MIN_ROWS)
        conn.execute("DROP TABLE IF EXISTS temp.pulled_versions")
        conn.execute("CREATE TEMP TABLE pulled_versions (id TEXT, hlc INTEGER, device TEXT)")
        self._sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self._width, self._table, self._load = len(columns), table, load
        return True

    def finish(self) -> None:
        """Ends a first load under way: indexes, triggers, roll-ups and versions, then commit."""
        if self._load is None:
            return
        conn = self.store.conn
        self._bulk.finish()
        self._bulk = None
        conn.execute(
            "INSERT INTO sync_rows (table_name, row_id, hlc, device_id, base_hlc, base_device) "
            "SELECT ?, id, hlc, device, hlc, device FROM temp.pulled_versions WHERE true ORDER BY id "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, "
            "device_id = excluded.device_id, base_hlc = excluded.base_hlc, base_device = excluded.base_device",
            [self._table])
        conn.execute("UPDATE sync_clock SET hlc = max(hlc, (SELECT max(hlc) FROM temp.pulled_versions))")
        conn.execute("DROP TABLE temp.pulled_versions")
        load, self._load = self._load, None
        load.close()
        self.changed, self.gathered = self.changed + self.gathered, 0


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
    """The bulk path of imports: roll-up triggers stood aside, the batch added to the roll-ups grouped.

    ``expected`` is 0 so that the entries' indexes are kept, as this path always did (a first
    load, :class:`PullWriter`, drops them); an error rolls back the load's own savepoint.
    """
    with bulk_load(store, 0):
        insert()


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
