"""Conflicts between machines: list them with both versions, keep either.

A conflict comes from the hub (see :mod:`impact_desktop.storage.hub_push`): the same row
changed on two machines since they last synced. The winner was chosen deterministically
and is what every store shows; the loser is kept in the conflict. Keeping a version writes
it as a new change of the row (so it syncs like any edit, and wins: it is made after both)
and marks the conflict resolved, which syncs too.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.texts import translate
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.storage.database import Store
from impact_desktop.storage.rows import utc_now

KEEP_CHOICES = ("mine", "theirs")
_COLUMNS = ("id, table_name, row_id, kind, winner_json, loser_json, winner_hlc, loser_hlc, winner_device, "
            "loser_device, created_at, resolved_at, resolution")


@dataclass(frozen=True)
class Version:
    data: dict
    hlc: int
    device: str
    summary: str

    @property
    def changed_by(self) -> str:
        return str(self.data.get("changed_by") or "")

    @property
    def changed_at(self) -> str:
        return str(self.data.get("updated_at") or "")

    @property
    def deleted(self) -> bool:
        return self.data.get("deleted_at") is not None


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    kind: str
    winner: Version
    loser: Version
    found_at: str
    resolved_at: str | None
    resolution: str | None

    def mine_and_theirs(self, device_id: str) -> tuple[Version, Version]:
        """(mine, theirs): mine is this machine's version when one is, else the one this store shows."""
        if self.loser.device == device_id and self.winner.device != device_id:
            return self.loser, self.winner
        return self.winner, self.loser

    def as_json(self, device_id: str) -> dict:
        mine, theirs = self.mine_and_theirs(device_id)
        return {
            "id": self.id, "table": self.table, "row_id": self.row_id, "kind": self.kind, "found_at": self.found_at,
            "resolved_at": self.resolved_at, "resolution": self.resolution,
            "winner": _version_json(self.winner), "loser": _version_json(self.loser),
            "mine": "winner" if mine is self.winner else "loser",
        }


def _version_json(version: Version) -> dict:
    return {"summary": version.summary, "device": version.device, "changed_by": version.changed_by,
            "changed_at": version.changed_at, "deleted": version.deleted, "data": version.data}


# Synced tables whose rows are named things with alternative names (their own name is shown).
_NAMED_TABLES = {"business_units", "programs", "channels", "metrics"}


def describe_row(table: str, data: dict, names: dict[str, str] | None = None, book: NameBook | None = None) -> str:
    """A short human description of a synced row's version (``names``: program and metric ids →
    the names to show; ``book``: the names of a unit, program, channel or metric in the
    interface language, with the version's own name after it where that differs)."""
    deleted = data.get("deleted_at") is not None
    if table == "entries" or table == "targets":
        names = names or {}
        value = Decimal(int(data.get("value_e4") or 0)) / 10_000
        amount = f"{value.normalize():,f}" + (f" {data['currency']}" if data.get("currency") else "")
        what = " · ".join(names[key] for key in (data.get("program_id"), data.get("metric_id")) if key in names)
        period = data.get("period_start") or ""
        note = f" · {data['note']}" if data.get("note") else ""
        return _deleted(deleted, f"{what + ': ' if what else ''}{amount} ({period}){note}")
    if table in _NAMED_TABLES and data.get("name") and book is not None:
        name = str(data["name"])
        shown = (book.metric_name(str(data.get("key") or ""), name, data.get("id")) if table == "metrics"
                 else book.shown(data.get("id"), name))
        return _deleted(deleted, name if shown == name else f"{shown} ({name})")
    for key in ("name", "key", "file_name"):
        if data.get(key):
            return _deleted(deleted, str(data[key]))
    if table == "currency_rates":
        return _deleted(deleted, f"{data.get('from_currency')}→{data.get('to_currency')} {data.get('rate')}")
    return _deleted(deleted, str(data.get("value", data.get("id", ""))))


def _deleted(deleted: bool, text: str) -> str:
    return translate("Conflicts", "deleted: {0}").format(text) if deleted else text


def _names(store: Store, book: NameBook) -> dict[str, str]:
    """Program and metric ids → their names in the interface language (as the Entries table shows them)."""
    names = {row[0]: book.shown(row[0], row[1]) for row in store.db.execute("SELECT id, name FROM programs")}
    names.update({row[0]: book.metric_name(row[2], row[1], row[0])
                  for row in store.db.execute("SELECT id, name, key FROM metrics")})
    return names


def _conflict(row: tuple, names: dict[str, str], book: NameBook) -> Conflict:
    (cid, table, row_id, kind, winner_json, loser_json, winner_hlc, loser_hlc, winner_device, loser_device,
     found, resolved_at, resolution) = row
    winner, loser = json.loads(winner_json), json.loads(loser_json)
    return Conflict(cid, table, row_id, kind,
                    Version(winner, winner_hlc, winner_device, describe_row(table, winner, names, book)),
                    Version(loser, loser_hlc, loser_device, describe_row(table, loser, names, book)),
                    found, resolved_at, resolution)


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[Conflict]:
    where = "deleted_at IS NULL" + ("" if include_resolved else " AND resolved_at IS NULL")
    rows = store.db.execute(f"SELECT {_COLUMNS} FROM sync_conflicts WHERE {where} ORDER BY created_at DESC, id")
    book = NameBook(store)
    names = _names(store, book)
    return [_conflict(row, names, book) for row in rows]


def find_conflict(store: Store, prefix: str) -> Conflict:
    text = (prefix or "").strip().lower()
    rows = store.db.execute(f"SELECT {_COLUMNS} FROM sync_conflicts WHERE deleted_at IS NULL AND id LIKE ?",
                            [text.replace("%", "").replace("_", "") + "%"]).fetchall() if text else []
    if not rows:
        raise ImpactError(translate(
            "Conflicts", "There is no conflict '{0}' (see 'impact-desktop conflicts').").format(prefix))
    if len(rows) > 1:
        raise ImpactError(translate(
            "Conflicts", "'{0}' matches {1} conflicts; give more of the id.").format(prefix, len(rows)))
    book = NameBook(store)
    return _conflict(rows[0], _names(store, book), book)


def resolve_conflict(store: Store, conflict_id: str, keep: str) -> Conflict:
    """Keep ``mine`` or ``theirs``: written as a new change of the row, the conflict marked resolved."""
    if keep not in KEEP_CHOICES:
        raise ImpactError(translate("Conflicts", "Keep 'mine' or 'theirs'."))
    conflict = find_conflict(store, conflict_id)
    mine, theirs = conflict.mine_and_theirs(store.device_id)
    chosen = mine if keep == "mine" else theirs
    now = utc_now()
    columns = [row[1] for row in store.db.execute(f"PRAGMA table_info({conflict.table})")]
    values = {column: chosen.data.get(column) for column in columns if column in chosen.data and column != "id"}
    values.update(updated_at=now, device_id=store.device_id, changed_by=store.user)
    try:
        _write_version(store, conflict, chosen, values, now)
    except sqlite3.IntegrityError as exc:
        raise ImpactError(translate(
            "Conflicts", "That version cannot be kept: {0} (another row has the same name now).").format(exc)) from exc
    return find_conflict(store, conflict.id)


def _write_version(store: Store, conflict: Conflict, chosen: Version, values: dict, now: str) -> None:
    with store.transaction():
        assignments = ", ".join(f"{column} = ?" for column in values)
        cursor = store.db.execute(f"UPDATE {conflict.table} SET {assignments} WHERE id = ?",
                                  [*values.values(), conflict.row_id])
        if cursor.rowcount != 1:
            raise ImpactError(translate("Conflicts", "The row of that conflict is not in this store."))
        store.db.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ?, updated_at = ?, "
                         "changed_by = ? WHERE id = ?",
                         [now, "winner" if chosen is conflict.winner else "loser", now, store.user, conflict.id])
