"""The business units, programs, channels, currency rates and targets an import batch created.

An import creates what its figures need; undoing it should not leave behind a program
nobody ever entered a figure for. The batch records what it created
(``import_batches.created_json``); its undo soft-deletes those that nothing live uses
any more and writes them to ``undo_json`` so bringing the batch back restores exactly
those. "Uses": a live entry or target refers to it (a business unit: also a live
program or sub-unit in it); a rate is used by live entries in its period in the
currency it converts from or to (not the reporting currency, which needs no rate).
A target the batch added goes with its undo unless it was edited since (its
``updated_at`` differs from the one recorded): removing it first lets the units and
programs only it used go too, so the undo brings the store back to where it was.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from impact_desktop.core.errors import StoreError
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.settings import load_settings
from impact_desktop.storage.tables import set_deleted

#: Tables in the order they are restored (a program needs its unit); removal runs backwards.
#: An alternative name a "same as" choice recorded always goes with the undo.
TABLES = ("business_units", "programs", "channels", "currency_rates", "targets", "alternative_names")
#: Key of ``created_json`` holding target id → its ``updated_at`` when the batch added (or restored) it.
_STAMPS = "target_stamps"
_UNUSED = {
    "alternative_names": "1 = 1",
    "channels": "NOT EXISTS (SELECT 1 FROM entries e WHERE e.channel_id = t.id AND e.deleted_at IS NULL)",
    "programs": "NOT EXISTS (SELECT 1 FROM entries e WHERE e.program_id = t.id AND e.deleted_at IS NULL) "
                "AND NOT EXISTS (SELECT 1 FROM targets g WHERE g.program_id = t.id AND g.deleted_at IS NULL)",
    "business_units": "NOT EXISTS (SELECT 1 FROM programs p WHERE p.business_unit_id = t.id AND p.deleted_at IS NULL) "
                      "AND NOT EXISTS (SELECT 1 FROM business_units u WHERE u.parent_id = t.id "
                      "AND u.deleted_at IS NULL) "
                      "AND NOT EXISTS (SELECT 1 FROM targets g WHERE g.business_unit_id = t.id "
                      "AND g.deleted_at IS NULL)",
    "currency_rates": "NOT EXISTS (SELECT 1 FROM entries e WHERE e.deleted_at IS NULL AND e.currency IN "
                      "(t.from_currency, t.to_currency) AND e.currency <> :reporting "
                      "AND e.period_start <= t.period_end AND e.period_end >= t.period_start)",
}


@dataclass
class CatalogRows:
    """Ids per table (:data:`TABLES`)."""

    ids: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.ids.values())

    def as_json(self) -> dict[str, list[str]]:
        return {table: list(ids) for table, ids in self.ids.items() if ids}


def record_created(store: Store, batch_id: str, created: CatalogRows) -> None:
    """Remember what ``batch_id`` created (inside the import's transaction); a target's
    ``updated_at`` is kept with it, so its undo can tell whether it was edited since."""
    recorded: dict = created.as_json()
    if recorded.get("targets"):
        recorded[_STAMPS] = _stamps(store, recorded["targets"])
    store.db.execute("UPDATE import_batches SET created_json = ? WHERE id = ?", [json.dumps(recorded), batch_id])


def _stamps(store: Store, ids: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        found.update(store.db.execute(
            f"SELECT id, updated_at FROM targets WHERE id IN ({', '.join('?' for _ in chunk)})", chunk).fetchall())
    return found


def _undo_state(store: Store, batch_id: str) -> tuple[dict, dict]:
    row = store.db.execute("SELECT created_json, undo_json FROM import_batches WHERE id = ?", [batch_id]).fetchone()
    return (json.loads(row[0] or "{}"), json.loads(row[1] or "{}")) if row else ({}, {})


def remove_unused(store: Store, batch_id: str, left_removed: Sequence[str] = ()) -> CatalogRows:
    """Soft-delete what the batch created that nothing live uses now; record it (and
    ``left_removed``, the replaced entries the undo did not give back) for :func:`restore_removed`.
    Runs inside the undo's transaction, after the batch's entries are removed."""
    created, _undo = _undo_state(store, batch_id)
    for (text,) in store.db.execute(  # left by an earlier undo because this batch still used them
            "SELECT created_json FROM import_batches WHERE undone_at IS NOT NULL AND id <> ? AND deleted_at IS NULL "
            "AND created_json <> '{}'", [batch_id]):
        for table, ids in json.loads(text).items():
            if table in TABLES and table != "targets":  # an edited target of theirs stays theirs
                created.setdefault(table, []).extend(ids)
    reporting = load_settings(store).reporting_currency
    removed = CatalogRows()
    for table in reversed(TABLES):
        ids = list(dict.fromkeys(created.get(table, [])))
        removed.ids[table] = []
        while ids:  # again for units: one whose new sub-unit just went is unused now
            unused = _unused(store, table, ids, reporting, created.get(_STAMPS, {}))
            set_deleted(store, table, unused, True)
            removed.ids[table].extend(unused)
            ids = [row_id for row_id in ids if row_id not in set(unused)] if unused and table == "business_units" \
                else []
    _write_undo(store, batch_id, {"removed": removed.as_json(), "left_removed": list(left_removed)})
    return removed


def _unused(store: Store, table: str, ids: list[str], reporting: str, stamps: dict[str, str]) -> list[str]:
    """Those of ``ids`` (live rows of ``table``) that nothing live uses; a target: unchanged since."""
    unused: list[str] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join(f":id{i}" for i in range(len(chunk)))
        params = {"reporting": reporting, **{f"id{i}": value for i, value in enumerate(chunk)}}
        if table == "targets":
            unused.extend(row_id for row_id, updated in store.db.execute(
                f"SELECT id, updated_at FROM targets WHERE deleted_at IS NULL AND id IN ({marks})", params)
                if stamps.get(row_id) == updated)
            continue
        unused.extend(row[0] for row in store.db.execute(
            f"SELECT t.id FROM {table} t WHERE t.deleted_at IS NULL AND t.id IN ({marks}) AND {_UNUSED[table]}",
            params))
    return unused


def restore_removed(store: Store, batch_id: str) -> None:
    """Bring back what the batch's undo removed (the batch is being brought back)."""
    created, undo = _undo_state(store, batch_id)
    with _same_name_refused():
        for table in TABLES:
            set_deleted(store, table, undo.get("removed", {}).get(table, []), False)
    targets = undo.get("removed", {}).get("targets", [])
    if targets:  # restoring stamped them anew: the next undo compares with that
        created.setdefault(_STAMPS, {}).update(_stamps(store, targets))
        store.db.execute("UPDATE import_batches SET created_json = ? WHERE id = ?", [json.dumps(created), batch_id])
    _write_undo(store, batch_id, {})


def restore_needed(store: Store) -> None:
    """Bring back what any import's undo removed that live entries use again (a batch
    brought back whose figures use a program another batch's undo removed)."""
    removed: dict[str, set[str]] = {}
    for (text,) in store.db.execute("SELECT undo_json FROM import_batches WHERE undo_json LIKE '%removed%'"):
        for table, ids in json.loads(text).get("removed", {}).items():
            removed.setdefault(table, set()).update(ids)
    if not removed:
        return
    reporting = load_settings(store).reporting_currency
    with _same_name_refused():
        for table in ("programs", "business_units", "channels", "currency_rates"):
            ids = sorted(removed.get(table, ()))
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ", ".join(f":id{i}" for i in range(len(chunk)))
                used = [row[0] for row in store.db.execute(
                    f"SELECT t.id FROM {table} t WHERE t.deleted_at IS NOT NULL AND t.id IN ({marks}) "
                    f"AND NOT ({_UNUSED[table]})", {"reporting": reporting, **dict(zip(
                        (f"id{i}" for i in range(len(chunk))), chunk, strict=True))})]
                set_deleted(store, table, used, False)


@contextlib.contextmanager
def _same_name_refused():
    try:
        yield
    except sqlite3.IntegrityError as exc:  # a unit, program or channel of the same name was created since
        raise StoreError(translate(
            "ImportHistory", "The import cannot be brought back: a business unit, program or channel it created has "
            "been created again since under the same name. Rename or delete that one first.")) from exc


def left_removed(store: Store) -> dict[str, list[str]]:
    """Undone batch id → the replaced entries its undo left removed (their own import was undone)."""
    rows = store.db.execute("SELECT id, undo_json FROM import_batches WHERE undone_at IS NOT NULL "
                            "AND undo_json LIKE '%left_removed%' AND deleted_at IS NULL")
    found = {batch_id: json.loads(text).get("left_removed", []) for batch_id, text in rows}
    return {batch_id: ids for batch_id, ids in found.items() if ids}


def forget_left_removed(store: Store, batch_id: str, ids: set[str]) -> None:
    """``ids`` came back with their own batch: ``batch_id``'s undo no longer holds them."""
    _created, undo = _undo_state(store, batch_id)
    undo["left_removed"] = [entry_id for entry_id in undo.get("left_removed", []) if entry_id not in ids]
    _write_undo(store, batch_id, undo)


def _write_undo(store: Store, batch_id: str, undo: dict) -> None:
    store.db.execute("UPDATE import_batches SET undo_json = ? WHERE id = ?", [json.dumps(undo), batch_id])


def removed_by_undo(store: Store, batch_id: str) -> CatalogRows:
    """What the batch's last undo removed (empty for a live batch)."""
    _created, undo = _undo_state(store, batch_id)
    return CatalogRows({table: undo.get("removed", {}).get(table, []) for table in TABLES})


def describe(store: Store, rows: CatalogRows) -> list[str]:
    """Each row as the CLI says it: "business unit Unit A", "program Unit A / P", "channel Online"."""
    what = {"business_units": "business unit", "programs": "program", "channels": "channel",
            "currency_rates": "currency rate",
            "alternative_names": "alternative name"}
    return [f"{what[table]} {name}" for table, name in named(store, rows)]


def named(store: Store, rows: CatalogRows) -> list[tuple[str, str]]:
    """(table, name) of each row: "Unit A", "Unit A / P", "Online", "USD→CNY 2018-01-01..2018-12-31"."""
    found: list[tuple[str, str]] = []
    for table, sql in (
        ("business_units", "SELECT name FROM business_units WHERE id = ?"),
        ("programs", "SELECT u.name || ' / ' || p.name FROM programs p JOIN business_units u "
                     "ON u.id = p.business_unit_id WHERE p.id = ?"),
        ("channels", "SELECT name FROM channels WHERE id = ?"),
        ("currency_rates", "SELECT from_currency || '→' || to_currency || ' ' || period_start || '..' || period_end "
                           "FROM currency_rates WHERE id = ?"),
        ("alternative_names", "SELECT name FROM alternative_names WHERE id = ?"),
    ):
        for row_id in rows.ids.get(table, []):
            row = store.db.execute(sql, [row_id]).fetchone()
            if row:
                found.append((table, row[0]))
    return found
