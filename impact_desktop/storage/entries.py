"""Storing, changing and listing entries.

Updates (:func:`entry_values`) and inserts (:func:`add_entries`) take the stored value,
month bucket and fingerprint from the same properties of the draft
(``value_e4``, ``period``, ``fingerprint``), so they are always derived the same way.
Bulk writes use one ``executemany`` in one transaction: sqlite-utils' helpers are
2.6–3.5× slower for that.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from decimal import Decimal

from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.errors import StoreError, ValidationError
from impact_desktop.core.money import from_scaled
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.entry_queries import (  # noqa: F401  (listing lives there; callers import it here too)
    SORTABLE_COLUMNS,
    EntryFilter,
    StoredEntry,
    count_entries,
    get_entry,
    query_entries,
)
from impact_desktop.storage.entry_removal import remove_entries, restore_entries
from impact_desktop.storage.migrations import ROLLUP_BULK_ADD_SQL
from impact_desktop.storage.page_cache import BULK_CACHE, raise_cache, restore_cache
from impact_desktop.storage.rows import new_ids, utc_now

#: Columns that differ from entry to entry, then those a batch's entries usually share
#: (the sync columns and provenance), in the order of every insert's parameters.
_OWN_FIELDS = (
    "id", "program_id", "metric_id", "value_e4", "currency", "period_kind", "period_start", "period_end", "month",
    "channel_id", "input_type", "motivation", "funding_source", "note", "source_row", "fingerprint",
)
_SHARED_FIELDS = (
    "created_at", "updated_at", "device_id", "changed_by", "deleted_at", "origin", "source_file", "source_sheet",
    "import_batch_id",
)
#: From this many rows on, inserts pause the roll-up trigger and update it in one go.
BULK_THRESHOLD = 200
_INSERT_INTO = f"INSERT INTO entries ({', '.join(_OWN_FIELDS + _SHARED_FIELDS)}) VALUES "
_INSERT_SQL = _INSERT_INTO + f"({', '.join('?' for _ in _OWN_FIELDS + _SHARED_FIELDS)})"


def metric_ids(store: Store) -> dict[str, str]:
    """metric key → row id, for the metrics in use."""
    return {key: mid for key, mid in store.db.execute("SELECT key, id FROM metrics WHERE deleted_at IS NULL")}


def entry_values(draft: EntryDraft, metric_id: str) -> dict[str, object]:
    """The stored columns of an entry (without the sync columns)."""
    return {
        "program_id": draft.program_id,
        "metric_id": metric_id,
        "value_e4": draft.value_e4,
        "currency": draft.currency,
        "period_kind": draft.period.kind.value,
        "period_start": draft.period.iso[0],
        "period_end": draft.period.iso[1],
        "month": draft.period.month_key,
        "channel_id": draft.channel_id,
        "input_type": draft.input_type.value if draft.input_type else None,
        "motivation": draft.motivation.value if draft.motivation else None,
        "funding_source": draft.funding_source.value if draft.funding_source else None,
        "note": draft.note,
        "origin": draft.origin.value,
        "source_file": draft.source_file,
        "source_sheet": draft.source_sheet,
        "source_row": draft.source_row,
        "import_batch_id": draft.import_batch_id,
        "fingerprint": draft.fingerprint,
    }


def add_entries(store: Store, drafts: Sequence[EntryDraft], *, ids: Sequence[str | None] | None = None,
                load: BulkLoad | None = None) -> list[str]:
    """Insert many entries atomically; returns their ids in order (a missing id gets a new one).

    With ``load`` (see :func:`bulk_load`) the rows join that bulk load: the roll-ups, search,
    change capture and indexes are brought up to date once, when the load finishes.
    """
    known = metric_ids(store) if load is None else load.metrics
    given = list(ids) if ids else [None] * len(drafts)
    fresh = iter(new_ids(given.count(None) + given.count("")))
    new_ids_in_order = [row_id or next(fresh) for row_id in given]
    now = utc_now()
    sync = (now, now, store.device_id, store.user, None)
    periods: dict[int, tuple] = {}
    by_source: dict[tuple, list[tuple]] = {}  # provenance → own columns of the entries that share it
    for row_id, draft in zip(new_ids_in_order, drafts, strict=True):
        metric_id = known.get(draft.metric_key)
        if metric_id is None:
            raise ValidationError(translate("Catalog", "There is no metric '{0}'.").format(draft.metric_key), "metric")
        period = draft.period
        stored = periods.get(id(period))  # drafts share Period objects; the list keeps them alive
        if stored is None:
            stored = periods[id(period)] = (period.kind.value, *period.iso, period.month_key)
        source = (draft.origin, draft.source_file, draft.source_sheet, draft.import_batch_id)
        rows = by_source.get(source)
        if rows is None:
            rows = by_source[source] = []
        rows.append((row_id, draft.program_id, metric_id, draft.value_e4, draft.currency, stored[0], stored[1],
                     stored[2], stored[3], draft.channel_id, _VALUES[draft.input_type], _VALUES[draft.motivation],
                     _VALUES[draft.funding_source], draft.note, draft.source_row, draft.fingerprint))
    groups = [((*sync, _VALUES[origin], *rest), rows) for (origin, *rest), rows in by_source.items()]
    try:
        with store.transaction():
            if load is not None:
                load.insert(groups)
            elif len(drafts) < BULK_THRESHOLD:
                store.conn.executemany(_INSERT_SQL, [(*row, *shared) for shared, rows in groups for row in rows])
            else:
                with bulk_load(store, len(drafts)) as own:
                    own.insert(groups)
    except sqlite3.IntegrityError as exc:
        # Classified by SQLite's error code, and the id case checked in the file: the
        # message text is SQLite's, not ours to rely on.
        if exc.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
            raise StoreError(translate(
                "Entries", "An entry refers to a program or channel that does not exist.")) from exc
        if exc.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY and _ids_taken(store, given):
            # a deleted entry's id too: never overwritten
            raise StoreError(translate(
                "Entries", "An entry with one of these ids is already stored (perhaps deleted); nothing was "
                "written. Check the file again before importing it.")) from exc
        raise
    return new_ids_in_order


def _ids_taken(store: Store, given: Sequence[str | None]) -> bool:
    """Whether an id given for a new entry is already stored (live or deleted) or given twice."""
    wanted = [row_id for row_id in given if row_id]
    if len(set(wanted)) < len(wanted):
        return True
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        if store.conn.execute(f"SELECT 1 FROM entries WHERE id IN ({marks}) LIMIT 1", chunk).fetchone():
            return True
    return False


def _insert_shared(conn: sqlite3.Connection, shared: tuple, rows: list[tuple]) -> None:
    """Insert ``rows`` with the ``shared`` columns written into the statement as literals.

    Binding 16 parameters a row instead of 25 saves about a sixth of a bulk insert;
    SQLite's own ``quote()`` writes each literal, so any text is stored exactly.
    """
    literals = [conn.execute("SELECT quote(?)", [value]).fetchone()[0] for value in shared]
    sql = _INSERT_INTO + f"({', '.join(['?'] * len(_OWN_FIELDS) + literals)})"
    conn.executemany(sql, rows)


#: Stored text of the classification and origin enums (``.value`` is a slow descriptor).
_VALUES: dict[object, str | None] = {
    None: None, **{member: member.value for kind in (InputType, Motivation, FundingSource, Origin) for member in kind},
}
#: Triggers switched off by a row in ``rollup_pause`` (their WHEN clause reads it).
_PAUSED_TRIGGERS_SQL = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries' "
    "AND sql LIKE '%WHEN NOT EXISTS%rollup_pause%'"
)


class BulkLoad:
    """Entries inserted in many batches as one bulk load, inside the caller's transaction.

    While it lasts, the per-row insert triggers (roll-ups, B4SI totals, observed entries,
    search, change capture) are dropped, not merely paused: their presence alone makes
    SQLite keep a statement journal for every row inserted (a copy of each page the row
    touches), 2–3× the insert's time. A large load into a store not much larger also drops the
    entries' secondary indexes. :meth:`finish` then does in one grouped statement each
    what the triggers would have done row by row, over ``rowid > before`` (new rows of a
    rowid table get rowids above the current maximum, so that is exactly this load),
    creates the triggers again from their own stored SQL and builds the dropped indexes
    in one sorted pass each. A load that keeps the indexes runs with a larger page cache
    (:data:`BULK_LOAD_CACHE`), the store's own given back when it ends. Everything happens
    in the caller's transaction, so no other connection ever sees the table without them,
    and a failure or a kill leaves the store as it was (:func:`bulk_load` also rolls back
    its own savepoint on an error).
    """

    def __init__(self, store: Store, expected: int):
        conn = store.conn
        if not conn.in_transaction:
            raise RuntimeError("a bulk load of entries runs inside a transaction")  # notr (a programming error)
        self.store, self.metrics = store, metric_ids(store)
        self.before = conn.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()[0]
        rebuild = expected >= REBUILD_MIN_ROWS and self.before < REBUILD_STORE_RATIO * expected
        self._indexes = _drop_indexes(conn) if rebuild else []
        conn.execute("INSERT INTO rollup_pause (reason) VALUES ('bulk insert')")
        self._triggers = conn.execute(_PAUSED_TRIGGERS_SQL).fetchall()
        for name, _sql in self._triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        # A load that drops the indexes gained nothing from a larger cache (and held 60 MB more).
        self._cache = conn.execute("PRAGMA cache_size").fetchone()[0] if self._indexes else raise_cache(conn)

    def insert(self, groups: list[tuple[tuple, list[tuple]]]) -> None:
        for shared, rows in groups:
            _insert_shared(self.store.conn, shared, rows)

    def finish(self) -> None:
        conn = self.store.conn
        for _name, sql in self._triggers:
            conn.execute(sql)
        conn.execute("DELETE FROM rollup_pause")
        for statement in ROLLUP_BULK_ADD_SQL:
            conn.execute(statement, {"after": self.before})
        for sql in self._indexes:
            conn.execute(sql)
        self.restore_cache()

    def restore_cache(self) -> None:
        """Put back the page cache size the store had before the load."""
        restore_cache(self.store.conn, self._cache)


@contextlib.contextmanager
def bulk_load(store: Store, expected: int) -> Iterator[BulkLoad]:
    """A :class:`BulkLoad` of about ``expected`` entries, finished when the block ends.

    Run it inside ``store.transaction()``. The load has its own savepoint: if the block
    fails, everything since it began (its rows, the dropped triggers and indexes, the
    ``rollup_pause`` row) is rolled back before the error goes on, so the schema is whole
    again even if the caller catches the error and commits its transaction.
    """
    if not store.conn.in_transaction:
        raise RuntimeError("a bulk load of entries runs inside a transaction")  # notr (a programming error)
    with store.transaction():  # nested: a savepoint, rolled back if the block fails
        load = BulkLoad(store, expected)
        try:
            yield load
            load.finish()
        except BaseException:
            load.restore_cache()
            raise


#: Page cache while a bulk load that keeps the entries' indexes runs (see :mod:`.page_cache`).
BULK_LOAD_CACHE = BULK_CACHE


#: A load of this many entries, into a store holding fewer than ``REBUILD_STORE_RATIO`` times
#: as many, is inserted without the entries' secondary indexes, which are then built again in
#: one sorted pass each (same transaction): 100,000 entries into an empty store took about
#: half as long again with them kept up row by row. Building them costs about 9.5 µs of CPU
#: per entry of the whole store; keeping them up about 31 µs per new entry in a store of
#: 150,000 (45 µs at 1,000,000): 100,000 rows of a long file into a 153,000-entry store took
#: 6.0–6.6 s to write with the rebuild, 6.9–7.5 s keeping the indexes up.
REBUILD_MIN_ROWS = 50_000
REBUILD_STORE_RATIO = 2


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the entries' secondary indexes (not the id's, nor any unique one: those guard the data
    while it goes in); returns the SQL that creates them again."""
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' "
                         "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'").fetchall()
    for name, _sql in found:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def add_entry(store: Store, draft: EntryDraft, *, entry_id: str | None = None) -> str:
    return add_entries(store, [draft], ids=[entry_id] if entry_id else None)[0]


def update_entry(store: Store, entry_id: str, draft: EntryDraft) -> None:
    """Replace an entry's figure and classification, keeping its id and provenance."""
    known = metric_ids(store)
    values = entry_values(draft, known[draft.metric_key])
    for kept in ("origin", "source_file", "source_sheet", "source_row", "import_batch_id"):
        values.pop(kept)
    values.update(updated_at=utc_now(), device_id=store.device_id, changed_by=store.user)
    assignments = ", ".join(f"{name} = ?" for name in values)
    with store.transaction():
        cursor = store.db.execute(f"UPDATE entries SET {assignments} WHERE id = ?", [*values.values(), entry_id])
    if cursor.rowcount != 1:
        raise StoreError(translate("Entries", "That entry no longer exists."))


def revive_entries(store: Store, pairs: Sequence[tuple[str, EntryDraft]]) -> int:
    """Bring back soft-deleted entries under their ids with the drafts' content and provenance.

    An entry removed by undoing its import comes back this way when the same rows are
    imported again (its id cannot be inserted twice); the new batch owns it, so undoing
    that batch removes it again.
    """
    known = metric_ids(store)
    now = utc_now()
    revived = 0
    with store.transaction():
        for entry_id, draft in pairs:
            values = entry_values(draft, known[draft.metric_key])
            values.update(updated_at=now, device_id=store.device_id, changed_by=store.user, deleted_at=None)
            assignments = ", ".join(f"{name} = ?" for name in values)
            revived += store.db.execute(f"UPDATE entries SET {assignments} WHERE id = ? AND deleted_at IS NOT NULL",
                                        [*values.values(), entry_id]).rowcount
    return revived


def keep_change_times(store: Store, stamps: dict[str, str]) -> None:
    """Give merged entries the time they were last changed where they come from.

    Conflicts are settled by the later change; an entry merged from another machine must
    not look changed here at import time, or the source's next edit would lose to it.
    """
    with store.transaction():
        store.conn.executemany("UPDATE entries SET updated_at = ? WHERE id = ? AND updated_at > ?",
                               [(stamp, entry_id, stamp) for entry_id, stamp in stamps.items()])


def set_entries_deleted(store: Store, ids: Sequence[str], deleted: bool = True) -> int:
    return remove_entries(store, ids) if deleted else restore_entries(store, ids)


def deleted_states(store: Store, ids: Sequence[str]) -> dict[str, bool]:
    """Whether each stored entry of ``ids`` is deleted; an id that was never stored is left out."""
    id_list = list(ids)
    states: dict[str, bool] = {}
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        rows = store.db.execute(f"SELECT id, deleted_at IS NOT NULL FROM entries WHERE {_in_ids(chunk)}", chunk)
        states.update((entry_id, bool(deleted)) for entry_id, deleted in rows)
    return states


def _in_ids(chunk: Sequence[str]) -> str:
    return f"id IN ({', '.join('?' for _ in chunk)})"


def total_value(store: Store, metric_key: str, *, program_id: str | None = None) -> Decimal:
    """Raw sum of live entries of one metric (no conversion); for tests and detail panes."""
    sql = ("SELECT coalesce(sum(e.value_e4), 0) FROM entries e JOIN metrics m ON m.id = e.metric_id "
           "WHERE e.deleted_at IS NULL AND m.key = ?")
    params: list = [metric_key]
    if program_id:
        sql += " AND e.program_id = ?"
        params.append(program_id)
    return from_scaled(store.db.execute(sql, params).fetchone()[0])
