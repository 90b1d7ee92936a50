"""A larger SQLite page cache while one write touches much of a large store.

The store's connections keep 64 MiB of pages. A write that inserts into, or removes from,
the entries' indexes at scattered places all over a store of a million entries (270 MB of
indexes) needs more of them at once: with 64 MiB their pages were dropped and read again,
which shows as system time. Such writes ask for :data:`BULK_CACHE` while they run; SQLite
only fills it as pages are read, and gives it back when the size is set back.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

#: Page cache of a large write (KiB, as ``PRAGMA cache_size`` takes it). 100,000 rows of a long
#: file into a store of a million: 8.8–14.6 s of CPU to write with 64 MiB (median 10.6 of 7
#: runs), 8.4–10.6 s with this (median 9.3 of 9); 100,000 entries spread over the whole store:
#: 6.5–7.1 s to insert, 3.5–4.0 s; undoing that import (soft-deleting its 100,000 entries):
#: 32.7 s → 14.2 s (system time 13.7 → 5.9 s). About 160 MB more held at the peak.
BULK_CACHE = -524_288


def cache_kib(conn: sqlite3.Connection, size: int) -> int:
    """A ``PRAGMA cache_size`` value in KiB (a positive one counts pages)."""
    return -size if size < 0 else size * conn.execute("PRAGMA page_size").fetchone()[0] // 1024


def raise_cache(conn: sqlite3.Connection) -> int:
    """Give ``conn`` at least :data:`BULK_CACHE`; returns its own size, for :func:`restore_cache`."""
    own = conn.execute("PRAGMA cache_size").fetchone()[0]
    if cache_kib(conn, own) < -BULK_CACHE:
        conn.execute(f"PRAGMA cache_size = {BULK_CACHE}")
    return own


def restore_cache(conn: sqlite3.Connection, own: int) -> None:
    conn.execute(f"PRAGMA cache_size = {own}")


@contextlib.contextmanager
def bulk_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """At least :data:`BULK_CACHE` of page cache until the block ends, the connection's own after (also on an error)."""
    own = raise_cache(conn)
    try:
        yield
    finally:
        restore_cache(conn, own)
