"""Opening the local SQLite file safely.

Before anything is written the file is checked read-only: it must be an SQLite file,
readable, not damaged, and an Impact Desktop database of this version or older. Only
then are the journal mode set and pending migrations applied, under the write lock and
after a complete copy of the file is saved (see :mod:`impact_desktop.storage.copies`).
A new database is built under a temporary name and published complete, so a kill
during creation leaves no file or a whole one. A file that can be read but not written
(read-only file, folder or file system, full disk) opens read-only: reading works and a
write says why it cannot be saved. Any refusal leaves the file byte for byte as it was
and raises :class:`StoreError` with one clear sentence.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from impact_desktop.core.errors import StoreError
from impact_desktop.core.texts import translate
from impact_desktop.storage import files
from impact_desktop.storage.copies import backup_before_upgrade, copy_database
from impact_desktop.storage.locking import (
    LockingDatabase,
    is_busy,
    named_errors,
    write_failure,
    write_wait_seconds,
)
from impact_desktop.storage.migrations import MIGRATION_SET, install_capture, known_migration_names, migrations
from impact_desktop.storage.rows import new_id, utc_now
from impact_desktop.storage.store import Store
from impact_desktop.storage.sync_capture import missing_capture

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_sqlite_migrations"


def open_store(path: str | os.PathLike[str], *, create: bool = True, write: bool = True) -> Store:
    """Open (or, with ``create``, make) the database at ``path``; raise StoreError if unusable.

    ``write=False`` is for commands that only read: the file is opened read-only when its
    schema is current (never created, never changed). A file that cannot be written here
    opens read-only either way. A refusal leaves the folder as it was: SQLite creates
    ``-wal``/``-shm`` files beside a WAL database even for a read-only check, and those are
    removed again (never ones that were there before: another program may be using them).
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise StoreError(_folder_not_file(target))
    existed = target.exists()
    if not existed and not create:
        raise StoreError(translate("Store", "No such database file: {0}").format(target))
    if existed and _is_empty(target):
        if not (create and write):
            raise StoreError(translate(
                "Store", "{0} is an empty file (0 bytes), not an Impact Desktop database; "
                "it was left as it was.").format(target))
        existed = False
    if not existed:
        return _create(target)
    sidecars = _sidecars(target)
    try:
        return _open_existing(target, write)
    except StoreError:
        _remove_new_sidecars(target, sidecars)
        raise


def _is_empty(target: Path) -> bool:
    try:
        return target.stat().st_size == 0
    except OSError:
        return False


def _open_existing(target: Path, write: bool) -> Store:
    _check_existing(target)
    blocker = files.cannot_write(target)
    if blocker is None and (write or _needs_upgrade(target)):
        try:
            return _open_for_writing(target)
        except _NotWritableHere as exc:
            blocker = exc.reason
    return _open_for_reading(target, blocker or translate("Store", "it was opened for reading only"))


def _open_for_writing(target: Path) -> Store:
    db: LockingDatabase | None = None
    try:
        conn = sqlite3.connect(target, isolation_level=None)
        db = LockingDatabase(conn, path=target)
        _configure(db)
        _upgrade(db, target)
        store = Store(db=db, path=target, device_id=_ensure_device(db))
        _ensure_capture(db)
        from impact_desktop.storage.catalog import ensure_builtin_metrics  # deferred: catalog builds on this module

        ensure_builtin_metrics(store)
        return store
    except BaseException as exc:
        if db is not None:
            db.close()  # before removing files: an open connection would keep or recreate them
        if not isinstance(exc, (sqlite3.Error, OSError)):
            raise
        reason = write_failure(exc)
        if reason and not is_busy(exc) and not _needs_upgrade(target):
            raise _NotWritableHere(reason) from exc  # readable, just not writable here: open it for reading
        raise StoreError(translate("Store", "Cannot open {0}: {1}.").format(target, reason or _reason(exc))) from exc


class _NotWritableHere(StoreError):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _open_for_reading(target: Path, reason: str) -> Store:
    if _needs_upgrade(target):
        raise StoreError(translate(
            "Store", "{0} was written by an older version and needs an upgrade, which cannot be "
            "written here ({1}); open it once where it can be written.").format(target, reason))
    try:
        conn = files.connect_read_only(target)
        conn.execute(f"PRAGMA busy_timeout = {int(write_wait_seconds() * 1000)}")
        conn.execute("PRAGMA query_only = 1")
        row = conn.execute("SELECT id FROM device LIMIT 1").fetchone()
    except sqlite3.Error as exc:
        raise StoreError(translate("Store", "Cannot read {0}: {1}.").format(target, _reason(exc))) from exc
    db = LockingDatabase(conn, path=target, read_only=reason)
    return Store(db=db, path=target, device_id=row[0] if row else "")


def _create(target: Path) -> Store:
    """Build the new database under a temporary name, then publish it complete."""
    _check_can_create(target)
    try:
        partial = files.temporary_sibling(target, "creating")
    except OSError as exc:
        raise StoreError(translate("Store", "Cannot create {0}: {1}.").format(target, files.os_reason(exc))) from exc
    try:
        _build(partial, target)
        files.fsync_file(partial)
        replaced_empty = target.exists() and _is_empty(target)
        if replaced_empty:
            os.replace(partial, target)
            files.fsync_folder(target.parent)
        else:
            files.publish_new(partial, target)  # if another program created it meanwhile, theirs is used
    except OSError as exc:
        raise StoreError(translate(
            "Store", "Cannot create {0}: {1}; no file was made.").format(target, files.os_reason(exc))) from exc
    finally:
        files.remove_with_sidecars(partial)
    return _open_existing(target, write=True)


def _build(partial: Path, target: Path) -> None:
    conn = sqlite3.connect(partial, isolation_level=None)
    db = LockingDatabase(conn, path=target)
    try:
        # 16 KiB pages (only settable before the first table): fewer page splits and WAL
        # frames. Store step of a 100,000-row import: 4 -> 8 KiB saved 0.15 s, 8 -> 16 KiB
        # another 0.1 s (1.56 -> 1.45 s).
        db.execute("PRAGMA page_size = 16384")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = FULL")
        with db.atomic():
            migrations.apply(db)
        _ensure_device(db)
        _ensure_capture(db)
        from impact_desktop.storage.catalog import ensure_builtin_metrics  # deferred: catalog builds on this module

        ensure_builtin_metrics(Store(db=db, path=target, device_id=""))
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]  # persistent: the file opens in WAL
        if str(mode).lower() != "wal":
            raise StoreError(translate(
                "Store", "Cannot create {0}: the file system does not support SQLite's WAL journal.").format(target))
    except sqlite3.Error as exc:
        raise StoreError(translate("Store", "Cannot create {0}: {1}; no file was made.").format(
            target, write_failure(exc) or _reason(exc))) from exc
    finally:
        db.close()  # the last connection: the WAL is checkpointed into the file and removed


_SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def _sidecars(target: Path) -> set[str]:
    """The journal files beside ``target`` right now."""
    return {suffix for suffix in _SIDECAR_SUFFIXES if Path(f"{target}{suffix}").exists()}


def _remove_new_sidecars(target: Path, before: set[str]) -> None:
    for suffix in set(_SIDECAR_SUFFIXES) - before:
        with contextlib.suppress(OSError):
            Path(f"{target}{suffix}").unlink()


def check_database_file(target: Path) -> None:
    """Raise StoreError unless ``target`` is an undamaged Impact Desktop database this version can open.

    Reads only; an empty file is refused too.
    """
    target = Path(target)
    if not target.exists():
        raise StoreError(translate("Store", "No such database file: {0}").format(target))
    if target.is_dir():
        raise StoreError(_folder_not_file(target))
    if _is_empty(target):
        raise StoreError(translate("Store", "{0} is an empty file (0 bytes), not an Impact Desktop database.").format(
            target))
    sidecars = _sidecars(target)
    try:
        _check_existing(target)
    finally:
        _remove_new_sidecars(target, sidecars)


def _check_existing(target: Path) -> None:
    try:
        with target.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(translate("Store", "Cannot read {0}: {1}.").format(target, exc.strerror or exc)) from exc
    if header != SQLITE_MAGIC:
        raise StoreError(translate(
            "Store", "{0} is not an Impact Desktop database (it is not an SQLite file).").format(target))
    conn = None
    try:
        conn = files.connect_read_only(target)
        _check_contents(conn, target)
    except sqlite3.DatabaseError as exc:
        if write_failure(exc) or "unable to open" in str(exc):
            raise StoreError(translate("Store", "Cannot read {0}: {1}.").format(
                target, write_failure(exc) or _reason(exc))) from exc
        raise StoreError(translate(
            "Store", "{0} is damaged and cannot be opened ({1}).").format(target, _reason(exc))) from exc
    finally:
        if conn is not None:
            conn.close()


#: Files up to this size get a full ``quick_check`` before opening (~30 ms per 30 MB);
#: larger ones only a structural probe, so a million-entry database still opens in well
#: under a second. Damage found later surfaces as a StoreError from the operation.
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024


def _check_contents(conn: sqlite3.Connection, target: Path) -> None:
    if target.stat().st_size <= FULL_CHECK_MAX_BYTES:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise StoreError(translate(
                "Store", "{0} is damaged and cannot be opened ({1}).").format(target, problems[0]))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in sorted(tables):  # touch every table's root page: a cheap structural probe
        conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchall()
    if not tables:
        return
    applied = set()
    if MIGRATIONS_TABLE in tables:
        applied = {
            row[0]
            for row in conn.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
    if not applied:
        shown = ", ".join(sorted(tables)[:4])
        raise StoreError(translate(
            "Store", "{0} is an SQLite database but not an Impact Desktop one (it has tables {1}).").format(
            target, shown))
    newer = applied - known_migration_names()
    if newer:
        raise StoreError(translate(
            "Store", "{0} was written by a newer version of Impact Desktop "
            "(schema step {1}); update the app to open it.").format(target, sorted(newer)[-1]))


def _check_can_create(target: Path) -> None:
    parent = target.parent
    if not parent.exists():
        raise StoreError(translate("Store", "Cannot create {0}: the folder {1} does not exist.").format(target, parent))
    if not os.access(parent, os.W_OK):
        raise StoreError(translate("Store", "Cannot create {0}: the folder {1} is read-only.").format(target, parent))


#: Reads map the file instead of copying its pages: a row looked up through an index
#: (a filtered page of the entries table, the dashboard's observations) costs a half to a
#: third as much at a million entries.
MMAP_BYTES = 1 << 30


def _configure(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    # Statements outside a transaction wait as long as a transaction's BEGIN would.
    db.execute(f"PRAGMA busy_timeout = {int(write_wait_seconds() * 1000)}")
    db.execute("PRAGMA cache_size = -65536")  # 64 MB: index pages stay hot during imports
    db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError(f"could not switch to WAL journal (got {mode})")
    # FULL: a committed entry survives a power cut, the promise made to staff on laptops.
    db.execute("PRAGMA synchronous = FULL")


def _needs_upgrade(target: Path) -> bool:
    """True when the file lacks schema steps this version has (read-only check)."""
    try:
        conn = files.connect_read_only(target)
    except sqlite3.Error:
        return False
    try:
        applied = {row[0] for row in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET])}
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return bool({step.name for step in migrations.pending(Database(memory=True, execute_plugins=False))} - applied)


def _upgrade(db: LockingDatabase, target: Path) -> None:
    """Apply pending schema steps under the write lock, after a complete copy of the file.

    Deciding inside the lock means two programs opening an old file at once upgrade it
    once; the copy is made before any step, and without it nothing is changed.
    """
    if not migrations.pending(db):
        return
    with db.atomic():
        if not migrations.pending(db):
            return
        # Copied through a second connection: a connection cannot back itself up mid-transaction.
        # Nothing can change meanwhile: this one holds the write lock.
        reader = sqlite3.connect(target, isolation_level=None)
        try:
            backup_before_upgrade(reader, target)
        finally:
            reader.close()
        migrations.apply(db)


def backup_to(db: Database, destination: Path) -> Path:
    """A complete, checked copy made with SQLite's online backup API (safe while others write)."""
    with named_errors(Path(destination)):
        return copy_database(db.conn, Path(destination))


def _ensure_device(db: Database) -> str:
    row = db.execute("SELECT id FROM device LIMIT 1").fetchone()
    if row:
        return row[0]
    device_id = new_id()
    name = os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")
    with db.atomic():
        row = db.execute("SELECT id FROM device LIMIT 1").fetchone()  # again, under the lock
        if row:
            return row[0]
        db.execute(
            "INSERT INTO device (id, name, created_at) VALUES (?, ?, ?)",
            [device_id, name or "this computer", utc_now()],
        )
    return device_id


def _ensure_capture(db: Database) -> None:
    """The team hub's change-capture triggers (after the device: existing rows are queued under it)."""
    if not missing_capture(db):
        return
    with db.atomic():
        if missing_capture(db):  # again, under the lock: two programs opening at once install them once
            install_capture(db)


def _folder_not_file(target: Path) -> str:
    return translate("Store", "{0} is a folder, not a database file.").format(target)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    if "unable to open database file" in text:
        return translate("Store", "the file or its folder cannot be written (read-only or no permission)")
    return text
