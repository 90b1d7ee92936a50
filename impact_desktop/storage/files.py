"""The file-system side of the store: temporary files, atomic publishing, read-only access.

A database file that appears under its name must be complete: new files are built
under a temporary name in the same folder, flushed to disk, then published in one
step. Reading must work wherever the file can be read, also from a read-only folder or
file system, where SQLite cannot create the ``-shm`` file a WAL database normally needs.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from impact_desktop.core.atomic_file import reason
from impact_desktop.core.texts import translate
from impact_desktop.storage.locking import write_failure

#: A temporary file of ours older than this was left by a program that was killed: removed.
STALE_SECONDS = 24 * 3600


def temporary_sibling(target: Path, purpose: str) -> Path:
    """A new, empty, uniquely named file in ``target``'s folder (hidden, so nobody opens it).

    Leftovers of the same kind from a program killed a day or more ago are removed first.
    """
    remove_stale(target, purpose)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".{purpose}", dir=target.parent)
    os.close(handle)
    return Path(name)


def remove_stale(target: Path, purpose: str) -> None:
    now = time.time()
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.{purpose}"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_SECONDS:
                    remove_with_sidecars(leftover)


def remove_with_sidecars(path: Path) -> None:
    """Remove a temporary database and any journal SQLite left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def publish_new(temporary: Path, target: Path) -> bool:
    """Give the complete ``temporary`` file the name ``target`` unless ``target`` exists.

    A hard link fails if the name is taken, so two programs creating one database at
    once never replace each other's file (the later one uses the first one's). Returns
    True if ``temporary`` became ``target``. File systems without hard links fall back
    to a rename after a check.
    """
    try:
        os.link(temporary, target)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if target.exists():
            return False
        os.replace(temporary, target)
        fsync_folder(target.parent)
        return True
    with contextlib.suppress(OSError):
        temporary.unlink()
    fsync_folder(target.parent)
    return True


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path``, also on a read-only folder or file system.

    ``mode=ro`` needs the ``-shm`` file beside a WAL database (or the right to create
    it). Where it cannot be made and there is no ``-wal`` file (so the main file holds
    every committed change), the file is opened ``immutable``: nobody who could write to
    it has it open, so no locking is needed.
    """
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if not ("unable to open" in text or "readonly" in text) or _has_wal(path):
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)


def _has_wal(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def cannot_write_folder(path: Path) -> str | None:
    """Why SQLite cannot create files beside ``path`` (read-only file system or folder), or None."""
    folder = path.parent
    if _read_only_file_system(folder):
        return translate("Store", "it is on a read-only file system")
    if not os.access(folder, os.W_OK):
        return translate("Store", "its folder {0} is read-only").format(folder)
    return None


def _read_only_file_system(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def cannot_write(path: Path) -> str | None:
    """Why the database at ``path`` cannot be written here, or None when it can."""
    folder_reason = cannot_write_folder(path)
    if folder_reason and _read_only_file_system(path.parent):
        return folder_reason
    if not os.access(path, os.W_OK):
        return translate("Store", "the file is read-only")
    if folder_reason:
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        if not (wal.exists() and shm.exists() and os.access(wal, os.W_OK) and os.access(shm, os.W_OK)):
            return folder_reason
    return None


def os_reason(exc: OSError) -> str:
    """An OSError in words: the known write failures by name, else the system's text."""
    return write_failure(exc) or reason(exc)
