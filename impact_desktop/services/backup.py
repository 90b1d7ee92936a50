"""Backing up the database and restoring it from a backup (the CLI and the GUI both call these).

A backup is a complete, checked, self-contained copy made while other programs may be
writing (see :mod:`impact_desktop.storage.copies`). Restoring checks first that the
backup is an undamaged Impact Desktop database this version can open, keeps the
current contents as ``<name>.before-restore-<time>.db`` beside the file, and then
replaces the contents in one SQLite transaction: a kill at any moment leaves either the
old contents or the restored ones, and programs that have the file open see the
restored contents at their next read.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from impact_desktop.core.errors import StoreError
from impact_desktop.core.texts import translate
from impact_desktop.storage import files
from impact_desktop.storage.copies import copy_database, free_name, overwrite_database, prepare_copy, stamp
from impact_desktop.storage.database import Store, check_database_file, open_store
from impact_desktop.storage.locking import LockingDatabase, write_failure, write_wait_seconds


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    entries: int


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    backup: Path
    #: The contents before the restore, kept beside the file (None when there was no file).
    kept: Path | None
    entries: int


def backup_database(store: Store, destination: Path | str) -> BackupResult:
    """Copy the open database to ``destination`` (replacing an earlier file of that name only when complete)."""
    destination = Path(destination).expanduser()
    if destination.is_dir():
        raise StoreError(translate("Backup", "{0} is a folder; give the backup a file name.").format(destination))
    if not destination.parent.exists():
        raise StoreError(translate(
            "Backup", "Cannot write the backup {0}: the folder {1} does not exist.").format(
            destination, destination.parent))
    if not destination.parent.is_dir():
        raise StoreError(translate(
            "Backup", "Cannot write the backup {0}: {1} is a file, not a folder.").format(
            destination, destination.parent))
    if _same_file(destination, store.path):
        raise StoreError(translate("Backup", "Choose another file: a backup cannot replace the database it copies."))
    copy_database(store.conn, destination)
    return BackupResult(destination, destination.stat().st_size, count_entries(destination))


def check_backup(backup: Path | str) -> int:
    """Raise StoreError unless ``backup`` is a whole Impact Desktop database this version can open;
    returns how many entries it holds. Reads only."""
    backup = Path(backup).expanduser()
    check_database_file(backup)
    conn = files.connect_read_only(backup)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(3)")]
    except sqlite3.DatabaseError as exc:
        raise StoreError(_damaged(backup, exc)) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise StoreError(_damaged(backup, problems[0]))
    return count_entries(backup)


def kept_copy_path(target: Path) -> Path:
    """``<name>.before-restore-<time>.db`` beside ``target``."""
    return free_name(target.with_name(f"{target.stem}.before-restore-{stamp()}{target.suffix or '.db'}"))


def restore_database(target: Path | str, backup: Path | str) -> RestoreResult:
    """Make the database at ``target`` hold what ``backup`` holds; see the module docstring."""
    target, backup = Path(target).expanduser(), Path(backup).expanduser()
    if target.exists() and _same_file(target, backup):
        raise StoreError(translate("Backup", "Choose another file: that backup is the database itself."))
    entries = check_backup(backup)
    if not target.exists() or target.stat().st_size == 0:
        _restore_as_new(target, backup)
        kept = None
    else:
        kept = _restore_into(target, backup)
    open_store(target).close()  # journal mode, upgrade of an older backup: as any first open
    return RestoreResult(target, backup, kept, entries)


def _restore_as_new(target: Path, backup: Path) -> None:
    if not target.parent.exists():
        raise StoreError(translate(
            "Backup", "Cannot restore to {0}: the folder {1} does not exist.").format(target, target.parent))
    source = files.connect_read_only(backup)
    try:
        prepared = prepare_copy(source, target, None)
    except OSError as exc:
        raise StoreError(_cannot_restore(target, files.os_reason(exc))) from exc
    finally:
        source.close()
    try:
        if target.exists():  # an empty file of that name
            os.replace(prepared, target)
            files.fsync_folder(target.parent)
        elif not files.publish_new(prepared, target):
            raise StoreError(translate(
                "Backup", "{0} was created by another program meanwhile; nothing was restored.").format(target))
    except OSError as exc:
        raise StoreError(_cannot_restore(target, files.os_reason(exc))) from exc
    finally:
        files.remove_with_sidecars(prepared)


def _restore_into(target: Path, backup: Path) -> Path:
    reason = files.cannot_write(target)
    if reason:
        raise StoreError(_cannot_restore(target, reason))
    try:
        conn = sqlite3.connect(target, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(write_wait_seconds() * 1000)}")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(_cannot_restore(target, write_failure(exc) or exc)) from exc
    live = LockingDatabase(conn, path=target)
    prepared = None
    try:
        kept = copy_database(conn, kept_copy_path(target), replace=False)
        source = files.connect_read_only(backup)
        try:
            prepared = prepare_copy(source, target, page_size)
        finally:
            source.close()
        overwrite_database(prepared, live)
    except OSError as exc:
        raise StoreError(_cannot_restore(target, files.os_reason(exc))) from exc
    finally:
        live.close()
        if prepared is not None:
            files.remove_with_sidecars(prepared)
    return kept


def count_entries(path: Path) -> int:
    """Live entries in the database at ``path`` (read-only)."""
    conn = files.connect_read_only(path)
    try:
        return conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(translate("Store", "Cannot read {0}: {1}.").format(path, exc)) from exc
    finally:
        conn.close()


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.exists() and other.exists() and os.path.samefile(one, other)
    except OSError:
        return one.resolve() == other.resolve()


def _damaged(backup: Path, why: object) -> str:
    return translate("Backup", "{0} is damaged and cannot be restored ({1}).").format(backup, why)


def _cannot_restore(target: Path, reason: object) -> str:
    return translate("Backup", "Cannot restore to {0}: {1}; nothing was changed.").format(target, reason)
