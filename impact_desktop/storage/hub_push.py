"""Pushing changes to the hub: idempotent, conflicts recorded, refused rows named.

For each changed row the laptop sends its version (hlc, device) and the hub version it
was based on. The hub, holding the row locked:

- already has that version (or has it as the version it replaced): nothing to do, so a
  batch pushed twice changes nothing;
- has no such row, or still has the base version: a plain change, written;
- has another version: two machines changed the same row. The one with the higher
  (hlc, device) wins deterministically; the other is kept in a ``sync_conflicts`` row
  (itself synced to every laptop) unless both say the same thing.

A new import batch of a file another laptop imported already (same SHA-256 and sheet)
is marked ``duplicate_of`` the first, and its entries that match the first's (same sheet,
row and fingerprint) are kept but marked and soft-deleted, so the figures count once.
Such a server-side change gets the version (hlc + 1, 'hub'), which the laptop pulls back.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from impact_desktop.core.texts import translate
from impact_desktop.storage.hub_connect import HubError, describe

HUB_DEVICE = "hub"
_CONFLICT_SPACE = uuid.UUID("0c3f6b0a-51d4-4c1e-8d3e-2b7f4a9e6c11")
#: Fields that say who wrote a row and where it came from, not what it says.
_BOOKKEEPING = frozenset({"created_at", "updated_at", "device_id", "changed_by", "import_batch_id", "origin",
                          "source_file", "source_sheet", "source_row", "duplicate_of"})


@dataclass(frozen=True)
class Change:
    table: str
    row_id: str
    data: dict
    hlc: int
    device: str
    base_hlc: int | None = None
    base_device: str | None = None

    @property
    def version(self) -> tuple[int, str]:
        return (self.hlc, self.device)


@dataclass
class PushOutcome:
    accepted: list[Change] = field(default_factory=list)
    rejected: list[tuple[Change, str]] = field(default_factory=list)
    conflicts: int = 0


_UPSERT = """
INSERT INTO impact_hub.rows (tbl, id, data, hlc, device_id, changed_by, prev_hlc, prev_device)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (tbl, id) DO UPDATE SET data = excluded.data, hlc = excluded.hlc, device_id = excluded.device_id,
    changed_by = excluded.changed_by, prev_hlc = excluded.prev_hlc, prev_device = excluded.prev_device,
    seq = nextval('impact_hub.change_seq'), xid = pg_current_xact_id()
"""
#: All rows of a push in one statement: the row-level-security checks (the role's unit tree)
#: are worked out once per statement, not once per row (1,000 rows: 3 s → a fraction).
_UPSERT_SET = """
INSERT INTO impact_hub.rows (tbl, id, data, hlc, device_id, changed_by, prev_hlc, prev_device)
SELECT tbl, id, data, hlc, device_id, changed_by, prev_hlc, prev_device FROM jsonb_to_recordset(%s::jsonb)
    AS x(tbl text, id text, data jsonb, hlc bigint, device_id text, changed_by text, prev_hlc bigint, prev_device text)
ON CONFLICT (tbl, id) DO UPDATE SET data = excluded.data, hlc = excluded.hlc, device_id = excluded.device_id,
    changed_by = excluded.changed_by, prev_hlc = excluded.prev_hlc, prev_device = excluded.prev_device,
    seq = nextval('impact_hub.change_seq'), xid = pg_current_xact_id()
"""
_SET_FIELDS = ("tbl", "id", "data", "hlc", "device_id", "changed_by", "prev_hlc", "prev_device")
_INSERT_CONFLICT = """
INSERT INTO impact_hub.rows (tbl, id, data, hlc, device_id, changed_by)
VALUES ('sync_conflicts', %s, %s, %s, 'hub', %s) ON CONFLICT (tbl, id) DO NOTHING
"""


def same_content(one: dict, other: dict) -> bool:
    keys = (set(one) | set(other)) - _BOOKKEEPING
    return all(one.get(key) == other.get(key) for key in keys)


def conflict_id(table: str, row_id: str, loser: tuple[int, str]) -> str:
    return str(uuid.uuid5(_CONFLICT_SPACE, f"{table}:{row_id}:{loser[0]}:{loser[1]}"))


def conflict_record(change: Change, existing: dict, incoming_wins: bool, stamp: str) -> dict:
    mine, theirs = (change.data, change.version), (existing["data"], (existing["hlc"], existing["device_id"]))
    winner, loser = (mine, theirs) if incoming_wins else (theirs, mine)
    deleted = [version[0].get("deleted_at") is not None for version in (winner, loser)]
    return {
        "id": conflict_id(change.table, change.row_id, loser[1]), "created_at": stamp, "updated_at": stamp,
        "device_id": HUB_DEVICE, "changed_by": "", "deleted_at": None,
        "table_name": change.table, "row_id": change.row_id, "kind": "delete" if deleted[0] != deleted[1] else "edit",
        "winner_json": json.dumps(winner[0], sort_keys=True), "loser_json": json.dumps(loser[0], sort_keys=True),
        "winner_hlc": winner[1][0], "loser_hlc": loser[1][0], "winner_device": winner[1][1],
        "loser_device": loser[1][1], "resolved_at": None, "resolution": None,
    }


def push_changes(conn, changes: list[Change], stamp: str) -> PushOutcome:
    """Send ``changes`` (parents before children) in one transaction; commit it."""
    import psycopg

    outcome = PushOutcome()
    try:
        by_table: dict[str, list[Change]] = {}
        for change in changes:
            by_table.setdefault(change.table, []).append(change)
        cache: dict[str, dict] = {}  # import batch id -> the first import's entries
        for table, group in by_table.items():
            _push_table(conn, table, group, stamp, outcome, cache)
        conn.commit()
    except psycopg.Error as exc:
        conn.rollback()
        raise HubError(translate("Hub", "The hub refused the changes: {0}.").format(describe(exc))) from exc
    return outcome


def _existing(conn, table: str, ids: list[str]) -> dict[str, dict]:
    rows = conn.execute(
        "SELECT id, data, hlc, device_id, prev_hlc, prev_device FROM impact_hub.rows "
        "WHERE tbl = %s AND id = ANY(%s) FOR UPDATE", [table, ids])
    return {row[0]: {"data": row[1], "hlc": row[2], "device_id": row[3], "prev": (row[4], row[5])} for row in rows}


def _push_table(conn, table: str, group: list[Change], stamp: str, outcome: PushOutcome, cache: dict) -> None:
    from psycopg.types.json import Jsonb

    existing = _existing(conn, table, [change.row_id for change in group])
    writes: list[tuple[Change, tuple]] = []
    conflicts: list[tuple[Change, tuple]] = []
    for change in group:
        current = existing.get(change.row_id)
        if current is not None and change.version in ((current["hlc"], current["device_id"]), current["prev"]):
            outcome.accepted.append(change)
            continue
        current_version = None if current is None else (current["hlc"], current["device_id"])
        wins = True
        if current is not None and current_version != (change.base_hlc, change.base_device):
            wins = change.version > current_version
            if not same_content(current["data"], change.data):
                record = conflict_record(change, current, wins, stamp)
                conflicts.append((change, (record["id"], Jsonb(record), change.hlc, change.data.get("changed_by", ""))))
        if wins:
            data, version = _recognise_duplicate(conn, change, current is None, stamp, cache)
            writes.append((change, (table, change.row_id, Jsonb(data), version[0], version[1],
                                    data.get("changed_by", ""), *(current_version or (None, None)))))
        else:
            outcome.accepted.append(change)
    _write(conn, _UPSERT, writes, outcome)
    before = len(outcome.rejected)
    _write(conn, _INSERT_CONFLICT, conflicts, outcome, accept=False)
    outcome.conflicts += len(conflicts) - (len(outcome.rejected) - before)


def _write(conn, statement: str, rows: list[tuple[Change, tuple]], outcome: PushOutcome, accept: bool = True) -> None:
    """Write all rows; when the server refuses some (row-level security), find which, keep the rest."""
    import psycopg
    from psycopg.types.json import Jsonb

    if not rows:
        return
    try:
        with conn.transaction(), conn.cursor() as cursor:
            if statement is _UPSERT:
                records = [dict(zip(_SET_FIELDS, (*params[:2], params[2].obj, *params[3:]), strict=True))
                           for _change, params in rows]
                cursor.execute(_UPSERT_SET, [Jsonb(records)])
            else:
                cursor.executemany(statement, [params for _change, params in rows])
    except psycopg.errors.InsufficientPrivilege:
        for change, params in rows:
            try:
                with conn.transaction():
                    conn.execute(statement, params)
            except psycopg.errors.InsufficientPrivilege as exc:
                outcome.rejected.append((change, _refusal(change, exc)))
                if change in outcome.accepted:
                    outcome.accepted.remove(change)
            else:
                if accept:
                    outcome.accepted.append(change)
        return
    if accept:
        outcome.accepted.extend(change for change, _params in rows)


def _refusal(change: Change, exc: BaseException) -> str:
    return f"the hub does not let you change this {change.table.replace('_', ' ').rstrip('s')} ({describe(exc)})"


def _recognise_duplicate(conn, change: Change, is_new: bool, stamp: str, cache: dict
                         ) -> tuple[dict, tuple[int, str]]:
    """The data to store and its version: marked as a duplicate import when it is one."""
    data = change.data
    if not is_new or data.get("duplicate_of"):
        return data, change.version
    if change.table == "import_batches" and data.get("file_sha256") and not data.get("undone_at"):
        first = conn.execute("SELECT impact_hub.first_import(%s, %s, %s)",
                             [data["file_sha256"], data.get("sheet") or "", change.row_id]).fetchone()[0]
        if first:
            return {**data, "duplicate_of": first}, (change.hlc + 1, HUB_DEVICE)
    if change.table == "entries" and data.get("import_batch_id") and data.get("deleted_at") is None:
        original = _original_entries(conn, data["import_batch_id"], cache)
        match = original.get((data.get("source_sheet") or "", str(data.get("source_row") or ""),
                              data.get("fingerprint") or ""))
        if match:
            return {**data, "duplicate_of": match, "deleted_at": stamp}, (change.hlc + 1, HUB_DEVICE)
    return data, change.version


def _original_entries(conn, batch_id: str, cache: dict) -> dict[tuple[str, str, str], str]:
    """The first import's entries by (sheet, row, fingerprint), when ``batch_id`` is a second import."""
    if batch_id not in cache:
        row = conn.execute("SELECT data->>'duplicate_of' FROM impact_hub.rows WHERE tbl = 'import_batches' "
                           "AND id = %s", [batch_id]).fetchone()
        first = row[0] if row else None
        cache[batch_id] = {} if not first else {
            (sheet or "", source_row or "", fingerprint or ""): entry_id
            for entry_id, sheet, source_row, fingerprint in conn.execute(
                "SELECT * FROM impact_hub.batch_entries(%s)", [first])}
    return cache[batch_id]

