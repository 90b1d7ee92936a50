"""Pulling from the hub: every change since the last pull, never one skipped.

A pull reads, in one repeatable-read snapshot, the rows written by transactions from the
previous watermark up to the oldest transaction still running (``pg_snapshot_xmin`` —
the commit watermark); every transaction below it has committed or aborted, so all its
rows are visible. A push that took a sequence number early and commits late is still
running at this pull, lies above the watermark, and comes with the next pull: ordering by
the sequence alone would have stepped over it. Table by table, parents first, in
(transaction, sequence) order (entries as found: see ``_UNORDERED``); streamed through a
server-side cursor.

The server sends each row's columns, not its JSON: ``data->>'column'`` for every column the
laptop's table has, in the laptop's order, so SQLite writes them as they come (taking a
million JSON texts apart again in SQLite, about 26 ``json_extract`` calls a row, cost more
than the whole read). Values arrive as text and SQLite's column affinity makes numbers of
INTEGER columns integers again, as ``json_extract`` did.

The next chunk is read while the laptop writes the previous one (:func:`prefetched`): the
server and the network work while SQLite does, instead of in turn.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Iterator, Mapping, Sequence

from impact_desktop.core.texts import translate
from impact_desktop.storage.hub_connect import HubError, describe
from impact_desktop.storage.sync_capture import SYNCED_TABLES

PULL_CHUNK = 20_000
#: Chunks read ahead while the laptop writes: two keep the server busy, and hold at most
#: two chunks more in memory.
PREFETCH = 2
_QUERY = """
SELECT {values}, hlc, device_id FROM impact_hub.rows
WHERE tbl = %s AND xid >= %s::xid8 AND xid < %s::xid8 {scope} {order}
"""
#: Entries come in the order the server finds them. A pull holds one version of each row and
#: its watermark is kept only once all of them are written, so their order changes nothing
#: here; sorting a million wide rows did (the server spilled the sort to disk and sent the
#: first row only once it had sorted the last).
_UNORDERED = {"entries"}
_NAME = re.compile(r"[a-z_][a-z0-9_]*")
#: For a unit-limited role the same rows row-level security lets through, said in the query so
#: the planner reads them by unit (index rows_pull_unit) instead of filtering the whole table.
_SCOPE = "AND (unit_id IS NULL OR unit_id = ANY(%s))"


def pull_watermark(conn) -> str:
    """The commit watermark of a fresh snapshot (call first in the pull's transaction)."""
    return str(conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())").fetchone()[0])


def pull_changes(conn, since: str, columns: Mapping[str, Sequence[str]]
                 ) -> tuple[str, Iterator[tuple[str, list[tuple]]]]:
    """(watermark, chunks of (table, rows)) for transactions in [since, watermark).

    ``columns`` names, for each table to pull (in :data:`SYNCED_TABLES` order), the columns
    wanted; each row is ``(*values of those columns, hlc, device)``.
    """
    import psycopg

    try:
        conn.rollback()  # a new transaction: the snapshot is taken by its first query
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        watermark = pull_watermark(conn)
        unrestricted, units = conn.execute(
            "SELECT impact_hub.unrestricted(), impact_hub.allowed_units()").fetchone()
    except psycopg.Error as exc:
        raise HubError(translate("Hub", "Could not read from the hub: {0}.").format(describe(exc))) from exc

    def chunks() -> Iterator[tuple[str, list[tuple]]]:
        try:
            for table in (name for name in SYNCED_TABLES if name in columns):
                query = _QUERY.format(values=_values(columns[table]), scope="" if unrestricted else _SCOPE,
                                      order="" if table in _UNORDERED else "ORDER BY xid, seq")
                with conn.cursor(name=f"pull_{table}", binary=True) as cursor:
                    cursor.itersize = PULL_CHUNK
                    if unrestricted:
                        cursor.execute(query, [table, since, watermark])
                    else:
                        cursor.execute(query, [table, since, watermark, list(units)])
                    while rows := cursor.fetchmany(PULL_CHUNK):
                        yield table, rows
            conn.rollback()  # read only: nothing to keep
        except psycopg.Error as exc:
            conn.rollback()
            raise HubError(translate("Hub", "Reading from the hub stopped: {0}.").format(describe(exc))) from exc

    return watermark, chunks()


def _values(columns: Sequence[str]) -> str:
    """``data->>'name'`` for each column (names as SQLite's catalogue gives them: checked, never quoted in)."""
    for column in columns:
        if not _NAME.fullmatch(column):
            raise ValueError(f"not a column name: {column!r}")
    return ", ".join(f"data->>'{column}'" for column in columns)


_DONE = object()


def prefetched(chunks: Iterator, depth: int = PREFETCH) -> Iterator:
    """``chunks``, read ahead by up to ``depth`` items on a thread of their own.

    The thread owns the hub connection while the pull runs (nothing else uses it until this
    iterator is exhausted or closed). An error there is raised here, where the chunk would
    have come; closing this iterator early (an error while writing) stops the thread and
    waits for it, so the connection is free again when the caller goes on.
    """
    ready: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for chunk in chunks:
                if not put((chunk, None)):
                    break
        except BaseException as exc:  # noqa: BLE001  (handed to the consumer, raised there)
            put((_DONE, exc))
            return
        finally:
            if stop.is_set():
                close = getattr(chunks, "close", None)
                if close is not None:
                    close()
        put((_DONE, None))

    reader = threading.Thread(target=read, name="hub-pull-reader", daemon=True)
    reader.start()
    try:
        while True:
            chunk, error = ready.get()
            if chunk is _DONE:
                if error is not None:
                    raise error
                return
            yield chunk
    finally:
        stop.set()
        reader.join()
