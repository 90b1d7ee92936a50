"""Complete copies of a database: backups, the copy kept before an upgrade or a restore.

A copy is made with SQLite's online backup API (consistent while other programs
write), into a temporary file in the destination's folder; it is checked with
``PRAGMA integrity_check``, switched to a single self-contained file (no ``-wal``),
flushed to disk and only then renamed to its name. A copy therefore exists complete or
not at all, and a failure leaves any earlier file of that name as it was.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from impact_desktop.core.errors import StoreError
from impact_desktop.core.texts import translate
from impact_desktop.storage.files import fsync_file, fsync_folder, os_reason, remove_with_sidecars, temporary_sibling
from impact_desktop.storage.locking import (
    QUIET_TRY_MS,
    LockingDatabase,
    busy_sentence,
    named_errors,
    notify_wait,
    write_failure,
    write_wait_seconds,
)
from impact_desktop.storage.rows import utc_now

#: Copy every page in one step: one read snapshot, so writers elsewhere (never blocked in WAL
#: mode) cannot make the copy start over again and again, as they would between small steps.
STEP_PAGES = -1


def copy_database(source: sqlite3.Connection, destination: Path, *, replace: bool = True) -> Path:
    """Copy the database open on ``source`` to ``destination``, complete or not at all."""
    destination = Path(destination)
    try:
        partial = temporary_sibling(destination, "partial")
    except OSError as exc:
        raise StoreError(_cannot_copy(destination, os_reason(exc))) from exc
    try:
        _copy_into(source, partial)
        fsync_file(partial)
        if not replace and destination.exists():
            raise StoreError(translate("Store", "{0} already exists; nothing was written.").format(destination))
        partial.replace(destination)
        fsync_folder(destination.parent)
    except sqlite3.Error as exc:
        raise StoreError(_cannot_copy(destination, write_failure(exc) or exc)) from exc
    except OSError as exc:
        raise StoreError(_cannot_copy(destination, os_reason(exc))) from exc
    finally:
        remove_with_sidecars(partial)
    return destination


def _copy_into(source: sqlite3.Connection, partial: Path) -> None:
    target = sqlite3.connect(partial, isolation_level=None)
    try:
        source.backup(target, pages=STEP_PAGES)
        problems = [row[0] for row in target.execute("PRAGMA integrity_check(3)")]
        if problems != ["ok"]:
            raise StoreError(translate(
                "Store", "The copy failed its integrity check ({0}); nothing was written.").format(problems[0]))
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    finally:
        target.close()


def backup_before_upgrade(source: sqlite3.Connection, target: Path) -> Path:
    """``<name>.before-upgrade-<time>.bak`` next to ``target``; raises StoreError if it cannot be made."""
    copy = free_name(target.with_name(f"{target.name}.before-upgrade-{stamp()}.bak"))
    try:
        return copy_database(source, copy, replace=False)
    except StoreError as exc:
        raise StoreError(translate(
            "Store", "{0} was not upgraded: the copy kept before upgrading could not be written "
            "({1}); nothing was changed.").format(target, _inner(exc))) from exc


def _cannot_copy(destination: Path, reason: object) -> str:
    return translate("Store", "Cannot write the copy {0}: {1}.").format(destination, reason)


def free_name(path: Path) -> Path:
    """``path``, or ``<stem>-2<suffix>``, ``-3``… if that name is taken (two copies in one second)."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def stamp() -> str:
    """A file-name-safe UTC time, to the second (``20261202T171500``)."""
    return utc_now().replace(":", "").replace("-", "")[:15]


def _inner(exc: StoreError) -> str:
    text = str(exc)
    start = min((i + len(mark) for mark in (": ", "：") if (i := text.find(mark)) >= 0), default=-1)
    return text[start:].rstrip(".。") if start >= 0 else text


def prepare_copy(source: sqlite3.Connection, target: Path, page_size: int | None) -> Path:
    """A checked copy of ``source`` in a temporary file beside ``target``, with ``page_size`` pages.

    SQLite copies into a WAL database only between equal page sizes, so a backup made
    with other pages is rebuilt with the live file's size first. The caller removes it.
    """
    partial = temporary_sibling(target, "restoring")
    try:
        _copy_into(source, partial)
        conn = sqlite3.connect(partial, isolation_level=None)
        try:
            if page_size and conn.execute("PRAGMA page_size").fetchone()[0] != page_size:
                conn.execute(f"PRAGMA page_size = {int(page_size)}")
                conn.execute("VACUUM")
        finally:
            conn.close()
    except BaseException:
        remove_with_sidecars(partial)
        raise
    return partial


def overwrite_database(prepared: Path, target: LockingDatabase) -> None:
    """Replace every page of the live database ``target`` with those of ``prepared``, in one transaction.

    Written through SQLite (not by renaming files), so a kill leaves the old contents
    whole, the ``-wal`` beside the file always belongs to it, and programs that have the
    file open see the restored contents at their next read. Waits for other writers like
    any write (see :mod:`impact_desktop.storage.locking`).
    """
    source = sqlite3.connect(prepared, isolation_level=None)
    wait = write_wait_seconds()
    deadline = time.monotonic() + wait
    waiting = False

    def progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal waiting
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            if not waiting:
                waiting = True
                notify_wait(target.path, started=True)
            if time.monotonic() > deadline:
                raise StoreError(busy_sentence(target.path, wait))

    try:
        target.execute(f"PRAGMA busy_timeout = {QUIET_TRY_MS}")
        with named_errors(target.path):
            source.backup(target.conn, pages=-1, progress=progress, sleep=0.05)
    finally:
        if waiting:
            notify_wait(target.path, started=False)
        target.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
        source.close()
