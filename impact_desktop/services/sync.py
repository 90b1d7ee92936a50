"""Synchronising a laptop's store with the team hub: push what waits, pull what is new.

A sync can stop at any moment (killed, network cut) and the next one resumes: every push
chunk is one hub transaction, taken off the outbox only after the hub committed it (a
chunk sent twice changes nothing there), and the pull watermark is stored only after
everything below it was written here (rows written twice are recognised by version).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.hub_admin import check_version
from impact_desktop.storage.hub_connect import (  # noqa: F401  (re-exported for the app)
    HubError,
    connect,
    driver_report,
    forget_password,
    keyring_available,
    keyring_report,
    remember_password,
    without_password,
)
from impact_desktop.storage.hub_pull import prefetched, pull_changes
from impact_desktop.storage.hub_push import push_changes
from impact_desktop.storage.rows import utc_now
from impact_desktop.storage.sync_local import (
    PullWriter,
    get_state,
    mark_pushed,
    pending_changes,
    pull_columns,
    set_state,
    waiting_count,
)

PUSH_CHUNK = 5_000
HUB_KEY, WATERMARK_KEY, LAST_SYNC_KEY, LAST_ERROR_KEY = "hub_url", "pull_watermark", "last_sync", "last_error"

#: ``progress(phase, done)``: phase is "push" or "pull", done the rows so far.
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int
    rejected: int
    new_conflicts: int = 0

    def as_json(self) -> dict:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "rejected": self.rejected}


@dataclass(frozen=True)
class SyncStatus:
    hub: str | None
    last_sync: str | None
    waiting: int
    conflicts: int
    rejected: int
    last_error: str | None


def hub_address(store: Store) -> str | None:
    return get_state(store, HUB_KEY)


def remember_hub(store: Store, url: str) -> str:
    """Store the address without any password; returns what was stored."""
    clean = without_password(url)
    set_state(store, {HUB_KEY: clean})
    return clean


def remember_hub_fresh(store: Store, url: str) -> str:
    """Connect to (another) hub: its address replaces the old one, and the old failure is forgotten."""
    clean = remember_hub(store, url)
    set_state(store, {LAST_ERROR_KEY: None})
    return clean


def forget_hub(store: Store) -> None:
    """Disconnect: the address goes; the pull watermark stays, so reconnecting resumes."""
    set_state(store, {HUB_KEY: None, LAST_ERROR_KEY: None})


def sync_status(store: Store) -> SyncStatus:
    db = store.db
    return SyncStatus(
        hub=hub_address(store), last_sync=get_state(store, LAST_SYNC_KEY), waiting=waiting_count(store),
        conflicts=db.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL "
                             "AND deleted_at IS NULL").fetchone()[0],
        rejected=db.execute("SELECT count(*) FROM sync_rejected").fetchone()[0],
        last_error=get_state(store, LAST_ERROR_KEY),
    )


def check_hub(url: str, password: str | None = None) -> int:
    """Connect and check the hub schema; returns its version (HubError otherwise)."""
    with connect(url, password=password) as conn:
        return check_version(conn, without_password(url))


def sync(store: Store, url: str | None = None, *, password: str | None = None,
         progress: Progress | None = None) -> SyncResult:
    """Push then pull. ``url`` (first time) is remembered without its password."""
    if url and not hub_address(store):
        remember_hub(store, url)
    target = url or hub_address(store)
    if not target:
        raise HubError(translate(
            "Hub", "No hub to sync with: give one with --hub (or File → Team hub… in the app)."))
    try:
        with connect(target, password=password) as conn:
            check_version(conn, without_password(target))
            pushed, new_conflicts = _push(store, conn, progress)
            pulled = _pull(store, conn, progress, target)
    except HubError as exc:
        set_state(store, {LAST_ERROR_KEY: str(exc)})
        raise
    set_state(store, {LAST_SYNC_KEY: utc_now(), LAST_ERROR_KEY: None})
    status = sync_status(store)
    return SyncResult(pushed=pushed, pulled=pulled, conflicts=status.conflicts, rejected=status.rejected,
                      new_conflicts=new_conflicts)


def sync_file(path, *, password: str | None = None, progress: Progress | None = None) -> SyncResult:
    """Sync the database file at ``path`` with its own connection (for a worker thread)."""
    from impact_desktop.storage.database import open_store

    store = open_store(path, create=False)
    try:
        return sync(store, password=password, progress=progress)
    finally:
        store.close()


def _push(store: Store, conn, progress: Progress | None) -> tuple[int, int]:
    pushed = conflicts = 0
    rounds = waiting_count(store) // PUSH_CHUNK + 3  # rows edited during the push wait for the next sync
    for _ in range(rounds):
        changes = pending_changes(store, PUSH_CHUNK)
        if not changes:
            break
        outcome = push_changes(conn, changes, utc_now())
        mark_pushed(store, outcome.accepted, outcome.rejected)
        pushed += len(outcome.accepted)
        conflicts += outcome.conflicts
        if progress:
            progress("push", pushed)
    return pushed, conflicts


def watermark_key(url: str) -> str:
    """Each hub (server, port, database) has its own pull watermark: switching hubs starts afresh."""
    from impact_desktop.storage.hub_connect import parse_address

    params = parse_address(url)
    return f"{WATERMARK_KEY}:{params.get('host', '')}:{params.get('port', '5432')}/{params.get('dbname', '')}"


def _pull(store: Store, conn, progress: Progress | None, url: str) -> int:
    key = watermark_key(url)
    since = get_state(store, key, "0")
    columns = pull_columns(store)
    watermark, chunks = pull_changes(conn, since, columns)
    # Closed at once on an error: the reader stops, and a first load under way is rolled back.
    with PullWriter(store) as writer, contextlib.closing(prefetched(chunks)) as ahead:
        for table, rows in ahead:
            writer.write(table, columns[table], rows)
            if progress:
                progress("pull", writer.changed + writer.gathered)
        writer.finish()
    pulled = writer.changed
    set_state(store, {key: watermark})
    return pulled


def minutes_since(stamp: str | None, now: dt.datetime | None = None) -> int | None:
    """Whole minutes since an ISO UTC stamp (None when never)."""
    if not stamp:
        return None
    then = dt.datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.UTC)
    return max(0, int(((now or dt.datetime.now(dt.UTC)) - then).total_seconds() // 60))


# -- what the app's hub dialog edits -------------------------------------------------------

AUTO_SYNC_KEY = "auto_sync_minutes"
TLS_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class HubAddress:
    """The parts of a hub address a person fills in (never a password)."""

    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    ca_file: str = ""

    def url(self) -> str:
        from urllib.parse import quote

        if not self.host.strip() or not self.database.strip():
            raise HubError(translate("Hub", "Give the hub's server and database."))
        params = {"sslmode": self.sslmode} if self.sslmode and self.sslmode != "prefer" else {}
        if self.ca_file.strip():
            params["sslrootcert"] = self.ca_file.strip()
        user = f"{quote(self.user.strip())}@" if self.user.strip() else ""
        query = "&".join(f"{key}={quote(value, safe='/')}" for key, value in params.items())
        return (f"postgresql://{user}{self.host.strip()}:{self.port}/{quote(self.database.strip())}"
                + (f"?{query}" if query else ""))

    @classmethod
    def parse(cls, url: str | None) -> HubAddress:
        from impact_desktop.storage.hub_connect import parse_address

        if not url:
            return cls()
        params = parse_address(url)
        return cls(host=params.get("host", ""), port=int(params.get("port") or 5432),
                   database=params.get("dbname", ""), user=params.get("user", ""),
                   sslmode=params.get("sslmode", "prefer"), ca_file=params.get("sslrootcert", ""))


def auto_sync_minutes(store: Store) -> int | None:
    """Minutes between automatic syncs, None when off (the default)."""
    value = get_state(store, AUTO_SYNC_KEY)
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def set_auto_sync(store: Store, minutes: int | None) -> None:
    set_state(store, {AUTO_SYNC_KEY: str(minutes) if minutes else None})


def duplicate_imports(store: Store) -> dict[str, tuple[str, str]]:
    """Import batch id → (file name, when) of the first import of the same file, for batches the hub
    recognised as a second import on another laptop."""
    rows = store.db.execute(
        "SELECT b.id, f.file_name, f.imported_at FROM import_batches b JOIN import_batches f ON f.id = b.duplicate_of "
        "WHERE b.duplicate_of IS NOT NULL")
    return {batch_id: (name, when) for batch_id, name, when in rows}
