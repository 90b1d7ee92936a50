"""What an import changed in entries it did not create, kept so the batch can be undone.

Every row of ``import_conflicts`` belongs to one import batch and one stored entry:

* ``conflict``: a row of the file carried the id of a live entry here, with other
  content, or the id of an entry deleted here. ``kept`` is ``file`` (the entry was
  updated in place; a deleted one brought back) or ``store`` (the deletion stands).
  The stored version of a deleted entry has its ``deleted_at``.
* ``correction``: the file re-sent a figure (same program, metric, period, channel and
  currency, another value) of an imported entry. ``kept`` is ``file`` (the stored entry
  was soft-deleted, the file's figures added), ``both`` (the file's figures were added
  as new ones) or ``store`` (the file's rows were left out).

Both versions are stored as JSON of the entry's own columns (:data:`VERSION_COLUMNS`)
plus names for display, so the losing version is never lost and an undo writes the
stored one back exactly. Only rows with ``kept = 'file'`` changed an existing entry;
they are what :func:`revert` undoes and :func:`reapply` redoes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import new_ids, utc_now
from impact_desktop.storage.tables import set_deleted

#: An entry's own columns: what a version holds and what restoring it writes back.
VERSION_COLUMNS = (
    "program_id", "metric_id", "value_e4", "currency", "period_kind", "period_start", "period_end", "month",
    "channel_id", "input_type", "motivation", "funding_source", "note", "fingerprint",
)
CONFLICT, CORRECTION = "conflict", "correction"
_CHUNK = 500
_COLUMNS = ("import_batch_id", "entry_id", "kind", "source_sheet", "source_row", "stored_json", "file_json", "kept",
            "reason")
_VERSION_SELECT = (
    f"SELECT e.id, {', '.join('e.' + c for c in VERSION_COLUMNS)}, e.updated_at, e.origin, e.source_file, "
    "e.source_row, m.key, m.name, m.unit, b.name, p.name, coalesce(c.name, ''), e.deleted_at "
    "FROM entries e JOIN metrics m ON m.id = e.metric_id JOIN programs p ON p.id = e.program_id "
    "JOIN business_units b ON b.id = p.business_unit_id LEFT JOIN channels c ON c.id = e.channel_id "
    "WHERE e.deleted_at IS {} AND e.id IN "
)
_NAMES = ("updated_at", "origin", "source_file", "source_row", "metric_key", "metric", "unit", "business_unit",
          "program", "channel", "deleted_at")


@dataclass(frozen=True)
class ConflictRecord:
    """One recorded conflict or correction, as the import history shows it."""

    id: str
    batch_id: str
    entry_id: str
    kind: str
    sheet: str
    row: int | None
    stored: dict
    file: dict
    kept: str
    reason: str


def live_versions(store: Store, ids: Sequence[str]) -> dict[str, dict]:
    """entry id → its version (own columns, ``updated_at``, provenance and names), for live ``ids``."""
    return _versions(store, ids, "NULL")


def deleted_versions(store: Store, ids: Sequence[str]) -> dict[str, dict]:
    """Like :func:`live_versions`, for the soft-deleted ``ids`` (``deleted_at`` says when)."""
    return _versions(store, ids, "NOT NULL")


def removed_by_undo(store: Store, ids: Sequence[str]) -> set[str]:
    """Those of the deleted ``ids`` removed by undoing the import that brought them (not by a person)."""
    found: set[str] = set()
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        found.update(row[0] for row in store.db.execute(
            "SELECT e.id FROM entries e JOIN import_batches b ON b.id = e.import_batch_id "
            f"WHERE e.id IN ({', '.join('?' for _ in chunk)}) AND e.deleted_at IS NOT NULL "
            "AND b.undone_at IS NOT NULL", chunk))
    return found


def _versions(store: Store, ids: Sequence[str], deleted: str) -> dict[str, dict]:
    found: dict[str, dict] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        rows = store.db.execute(_VERSION_SELECT.format(deleted) + f"({', '.join('?' for _ in chunk)})", chunk)
        for row in rows:
            found[row[0]] = dict(zip(VERSION_COLUMNS + _NAMES, row[1:], strict=True))
    return found


def record(store: Store, batch_id: str, rows: Sequence[dict]) -> int:
    """Insert ``rows`` (dicts with kind, entry_id, sheet, row, stored, file, kept, reason) for a batch."""
    if not rows:
        return 0
    now = utc_now()
    values = [
        (row_id, now, now, store.device_id, store.user, batch_id, row["entry_id"], row["kind"], row.get("sheet"),
         row.get("row"), json.dumps(row["stored"], ensure_ascii=False), json.dumps(row["file"], ensure_ascii=False),
         row["kept"], row.get("reason", ""))
        for row_id, row in zip(new_ids(len(rows)), rows, strict=True)
    ]
    columns = ("id", "created_at", "updated_at", "device_id", "changed_by", *_COLUMNS)
    with store.transaction():
        store.conn.executemany(
            f"INSERT INTO import_conflicts ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", values)
    return len(values)


def write_version(store: Store, entry_id: str, version: dict) -> None:
    """Give an entry the own columns of ``version`` (stamped as changed now, here, by this user)."""
    values = {column: version[column] for column in VERSION_COLUMNS}
    values.update(updated_at=utc_now(), device_id=store.device_id, changed_by=store.user)
    assignments = ", ".join(f"{name} = ?" for name in values)
    with store.transaction():
        store.db.execute(f"UPDATE entries SET {assignments} WHERE id = ?", [*values.values(), entry_id])


def _applied(store: Store, batch_id: str) -> list[tuple[str, str, str, str]]:
    return store.db.execute(
        "SELECT entry_id, kind, stored_json, file_json FROM import_conflicts "
        "WHERE import_batch_id = ? AND kept = 'file' AND deleted_at IS NULL ORDER BY created_at, id",
        [batch_id]).fetchall()


def revert(store: Store, batch_id: str) -> tuple[int, list[str]]:
    """Undo what a batch changed in entries it did not create: (how many were given back,
    the replaced entries left removed because their own import is undone now).

    Conflicts the file won get the stored version back; entries a correction replaced
    come back, unless their own import was undone meanwhile (they return with it, see
    :func:`impact_desktop.storage.imports.restore_batch`). Runs inside the caller's
    transaction (the batch's undo).
    """
    return _put_back(store, batch_id, undo=True)


def reapply(store: Store, batch_id: str) -> int:
    """Redo what :func:`revert` undid (an undone batch brought back)."""
    return _put_back(store, batch_id, undo=False)[0]


def _put_back(store: Store, batch_id: str, *, undo: bool) -> tuple[int, list[str]]:
    """The stored versions (``undo``) or the file's versions of what the batch changed."""
    applied = _applied(store, batch_id)
    conflicts = [row for row in applied if row[1] == CONFLICT]
    ids = [row[0] for row in conflicts]
    current = {**live_versions(store, ids), **deleted_versions(store, ids)}
    gone = [entry_id for entry_id, version in current.items() if version["deleted_at"]]
    orphans = set(gone) - set(_of_live_batches(store, gone))  # removed with their own undone import
    put_back = 0
    with store.transaction():
        for entry_id, _kind, stored_json, file_json in conflicts:
            stored, theirs = json.loads(stored_json), json.loads(file_json)
            now, then = (theirs, stored) if undo else (stored, theirs)
            found = current.get(entry_id)
            if found is None or any(found[c] != now[c] for c in VERSION_COLUMNS if c != "fingerprint"):
                continue  # changed since: the later change stands
            revived = bool(stored.get("deleted_at"))  # the file's version brought back an entry deleted here
            deleted = found["deleted_at"] is not None
            if deleted != (revived and not undo) and not (deleted and not revived and entry_id in orphans):
                continue  # deleted or brought back since: that stands too
            if undo:
                then = _before_undone_imports(store, entry_id, batch_id, then)
            write_version(store, entry_id, then)
            if revived:
                set_deleted(store, "entries", [entry_id], undo)
            put_back += 1
        replaced = [row[0] for row in applied if row[1] == CORRECTION]
        left: list[str] = []
        if undo:  # an entry whose own import was undone meanwhile stays removed
            live = set(_of_live_batches(store, replaced))
            left = [entry_id for entry_id in replaced if entry_id not in live]
            replaced = [entry_id for entry_id in replaced if entry_id in live]
        return put_back + set_deleted(store, "entries", replaced, not undo), left


def _same_version(one: dict, other: dict) -> bool:
    return all(one.get(c) == other.get(c) for c in VERSION_COLUMNS if c != "fingerprint")


def _before_undone_imports(store: Store, entry_id: str, batch_id: str, version: dict) -> dict:
    """The version to give back, past imports already undone that had set ``version``.

    Imports B1 then B2 both changed an entry; B1 was undone first (B2's change stood), so
    undoing B2 must give back what the entry held before B1, not B1's value.
    """
    rows = store.db.execute(
        "SELECT c.stored_json, c.file_json FROM import_conflicts c JOIN import_batches b ON b.id = c.import_batch_id "
        "WHERE c.entry_id = ? AND c.kind = ? AND c.kept = 'file' AND c.deleted_at IS NULL AND b.undone_at IS NOT NULL "
        "AND b.id != ? ORDER BY c.created_at DESC", [entry_id, CONFLICT, batch_id]).fetchall()
    earlier = [(json.loads(stored), json.loads(file)) for stored, file in rows]
    for _ in range(len(earlier)):
        match = next((stored for stored, file in earlier if _same_version(file, version)), None)
        if match is None:
            break
        version = match
    return version


def _of_live_batches(store: Store, ids: Sequence[str]) -> list[str]:
    """Those of ``ids`` not created by an import batch that is undone now."""
    kept: list[str] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        kept.extend(row[0] for row in store.db.execute(
            "SELECT e.id FROM entries e LEFT JOIN import_batches b ON b.id = e.import_batch_id "
            f"WHERE e.id IN ({', '.join('?' for _ in chunk)}) AND b.undone_at IS NULL", chunk))
    return kept


def list_for_batch(store: Store, batch_id: str, kinds: Iterable[str] = (CONFLICT, CORRECTION)) -> list[ConflictRecord]:
    kinds = list(kinds)
    rows = store.db.execute(
        "SELECT id, import_batch_id, entry_id, kind, coalesce(source_sheet, ''), source_row, stored_json, file_json, "
        f"kept, reason FROM import_conflicts WHERE import_batch_id = ? AND kind IN ({', '.join('?' for _ in kinds)}) "
        "AND deleted_at IS NULL ORDER BY kind, source_sheet, source_row, id", [batch_id, *kinds])
    return [ConflictRecord(*row[:6], json.loads(row[6]), json.loads(row[7]), row[8], row[9]) for row in rows]
