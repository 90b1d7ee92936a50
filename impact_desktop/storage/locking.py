"""Writing to a file that other programs may be writing to at the same moment.

SQLite lets one connection write at a time. A transaction that starts by reading and
only later writes (``BEGIN`` then ``SELECT`` then ``INSERT``) cannot wait for the lock:
once it holds a read snapshot, SQLite refuses the upgrade at once ("database is
locked") rather than risk a deadlock. So every write transaction here takes the write
lock *first* (``BEGIN IMMEDIATE``), waits for it for up to :func:`write_wait_seconds`
(``$IMPACT_DESKTOP_WRITE_WAIT``, default 30 s), tells whoever listens that it is waiting,
and, if the lock never comes, fails with one sentence naming the cause.

Each committed write transaction also counts up ``PRAGMA user_version`` (the store's
*generation*): work prepared outside the lock, such as an import preview, compares the
generation it saw with the one inside the lock to prove that nothing changed meanwhile.

The SQLite errors a user can meet while writing (a read-only file or file system, a full
disk, another writer that never lets go) are turned into :class:`StoreError` sentences
here, in one place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from impact_desktop.core.errors import StoreError
from impact_desktop.core.texts import translate

WAIT_ENV_VAR = "IMPACT_DESKTOP_WRITE_WAIT"
DEFAULT_WAIT_SECONDS = 30.0
#: How long a writer tries quietly before saying that it waits (a normal save takes a few ms).
QUIET_TRY_MS = 250


class WaitListener(Protocol):
    """Told when a writer starts and stops waiting for another program (any thread)."""

    def started(self, path: Path) -> None: ...

    def ended(self, path: Path) -> None: ...


_listener: WaitListener | None = None
_listener_lock = threading.Lock()


def set_wait_listener(listener: WaitListener | None) -> WaitListener | None:
    """Install how this process shows a wait (the CLI prints a line, the GUI a busy indicator).

    One per process, set by the entry point: stores are opened in many places (worker
    threads open their own), and all of them should show a wait the same way.
    Returns the previous listener.
    """
    global _listener
    with _listener_lock:
        previous, _listener = _listener, listener
    return previous


def remove_wait_listener(listener: WaitListener) -> None:
    """Uninstall ``listener`` if it is the one installed (a closing window, a finished test)."""
    global _listener
    with _listener_lock:
        if _listener is listener:
            _listener = None


def notify_wait(path: Path, *, started: bool) -> None:
    """Tell the listener (if any) that a writer started or stopped waiting for ``path``."""
    listener = _listener
    if listener is not None:
        (listener.started if started else listener.ended)(path)


def write_wait_seconds() -> float:
    """``$IMPACT_DESKTOP_WRITE_WAIT`` seconds (0 or more), else 30."""
    raw = os.environ.get(WAIT_ENV_VAR, "").strip()
    try:
        value = float(raw) if raw else DEFAULT_WAIT_SECONDS
    except ValueError:
        return DEFAULT_WAIT_SECONDS
    return value if value >= 0 else DEFAULT_WAIT_SECONDS


class LockingDatabase(Database):
    """sqlite-utils' Database whose transactions take the write lock up front.

    sqlite-utils' own helpers (``insert``, ``upsert``, migrations…) open their
    transactions through :meth:`atomic`, so they take the lock up front too.
    """

    def __init__(self, conn: sqlite3.Connection, *, path: Path, read_only: str | None = None):
        # No sqlite-utils plugins: the store runs no third-party code on its connections, and
        # finding them scans every installed package (a tenth of a second of every start).
        super().__init__(conn, execute_plugins=False)
        self.path = path
        #: Why this file cannot be written (a sentence's middle), or None when it can.
        self.read_only = read_only

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: a savepoint inside the outer write transaction
            with super().atomic():
                yield self
            return
        with write_transaction(self):
            yield self


@contextlib.contextmanager
def write_transaction(db: LockingDatabase) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on any exception), errors in words."""
    conn = db.conn
    if db.read_only:
        raise StoreError(translate("Store", "{0} cannot be changed: {1}. Nothing was saved.").format(
            db.path, db.read_only))
    with named_errors(db.path):
        _begin_immediate(conn, db.path)
        try:
            before = conn.total_changes
            yield conn
            if conn.total_changes != before:
                generation = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute(f"PRAGMA user_version = {(generation + 1) % 2_000_000_000}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def generation(db: Database) -> int:
    """The store's write counter (see the module docstring)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def _begin_immediate(conn: sqlite3.Connection, path: Path) -> None:
    wait = write_wait_seconds()
    deadline = time.monotonic() + wait
    try:
        _try_begin(conn, min(QUIET_TRY_MS, int(wait * 1000)))
        return
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise
    notify_wait(path, started=True)
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StoreError(busy_sentence(path, wait))
            try:
                _try_begin(conn, max(1, int(min(remaining, 1.0) * 1000)))
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
    finally:
        notify_wait(path, started=False)


def _try_begin(conn: sqlite3.Connection, timeout_ms: int) -> None:
    previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    finally:
        conn.execute(f"PRAGMA busy_timeout = {previous}")


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


def busy_sentence(path: Path, wait: float) -> str:
    return translate("Store", "Another program kept writing to {0} for more than {1} seconds, so nothing was saved; "
                              "try again when it has finished (${2} sets how long to wait).").format(
        path, f"{wait:g}", WAIT_ENV_VAR)


@contextlib.contextmanager
def named_errors(path: Path) -> Iterator[None]:
    """Turn the write failures a user can meet into one :class:`StoreError` sentence."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        reason = write_failure(exc)
        if reason is None:
            raise
        raise StoreError(_cannot_save(path, reason)) from exc
    except OSError as exc:
        reason = write_failure(exc)
        if reason is None:
            raise
        raise StoreError(_cannot_save(path, reason)) from exc


def _cannot_save(path: Path, reason: str) -> str:
    return translate("Store", "Cannot save to {0}: {1}; nothing was saved.").format(path, reason)


def write_failure(exc: BaseException) -> str | None:
    """Why a write failed, in words, or None when it is none of the known causes."""
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
            return translate("Store", "the disk is full (free some space and try again)")
        if exc.errno == errno.EROFS:
            return translate("Store", "it is on a read-only file system")
        if exc.errno in (errno.EACCES, errno.EPERM):
            return translate("Store", "the file or its folder is read-only (no permission to write)")
        return None
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return translate("Store", "the disk is full (free some space and try again)")
    if "readonly" in text or "read-only" in text:
        return translate("Store", "the file, its folder or its disk is read-only")
    if is_busy(exc):
        return translate("Store", "another program is writing to it and did not let go")
    if "disk i/o error" in text:
        return translate("Store", "the disk reported an input/output error (it may be full, removed or failing)")
    return None
