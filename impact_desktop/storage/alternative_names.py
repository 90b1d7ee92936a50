"""Alternative names of business units, programs, channels and metrics (table ``alternative_names``).

Two things of one kind never share a name: an alternative name may not be the name or
another alternative name of a different unit (of a different program of the same unit,
for programs), compared by :func:`~impact_desktop.core.names.name_key`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from impact_desktop.core import names as n
from impact_desktop.core.catalog import clean_name
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.tables import insert_row, set_deleted

_TABLES = {n.BUSINESS_UNIT: "business_units", n.PROGRAM: "programs", n.CHANNEL: "channels", n.METRIC: "metrics"}


@dataclass(frozen=True)
class AlternativeName:
    id: str
    kind: str
    target_id: str
    name: str
    import_batch_id: str | None = None


def list_alternative_names(store: Store, kind: str | None = None, target_id: str | None = None
                           ) -> list[AlternativeName]:
    """Live alternative names (of live things), in the order they were added."""
    sql = "SELECT a.id, a.kind, a.target_id, a.name, a.import_batch_id FROM alternative_names a WHERE " \
          "a.deleted_at IS NULL"
    params: list = []
    if kind:
        sql += " AND a.kind = ?"
        params.append(kind)
    if target_id:
        sql += " AND a.target_id = ?"
        params.append(target_id)
    return [AlternativeName(*row) for row in store.db.execute(sql + " ORDER BY a.created_at, a.rowid", params)]


def alternatives_by_target(store: Store, kind: str | None = None) -> dict[str, list[str]]:
    """Target id → its alternative names."""
    found: dict[str, list[str]] = {}
    for alt in list_alternative_names(store, kind):
        found.setdefault(alt.target_id, []).append(alt.name)
    return found


def _taken(store: Store, kind: str, target_id: str) -> dict[str, str]:
    """name key → the name of the other thing of ``kind`` that uses it (its name or an alternative)."""
    table = _TABLES[kind]
    scope = ""
    params: list = [target_id]
    if kind == n.PROGRAM:
        scope = " AND business_unit_id = (SELECT business_unit_id FROM programs WHERE id = ?)"
        params.append(target_id)
    rows = store.db.execute(f"SELECT id, name FROM {table} WHERE deleted_at IS NULL AND id <> ?{scope}", params)
    others = dict(rows.fetchall())
    taken = {n.name_key(name): name for name in others.values()}
    for alt in list_alternative_names(store, kind):
        if alt.target_id in others:
            taken.setdefault(n.name_key(alt.name), others[alt.target_id])
    return taken


def _taken_sentence(kind: str) -> str:
    """Whole sentences per kind, so that each language keeps its own word order."""
    return {
        n.BUSINESS_UNIT: translate("Catalog", "'{0}' is already a name of the business unit {1}."),
        n.PROGRAM: translate("Catalog", "'{0}' is already a name of the program {1}."),
        n.CHANNEL: translate("Catalog", "'{0}' is already a name of the channel {1}."),
        n.METRIC: translate("Catalog", "'{0}' is already a name of the metric {1}."),
    }[kind]


def _gone_sentence(kind: str) -> str:
    return {
        n.BUSINESS_UNIT: translate("Catalog", "That business unit no longer exists."),
        n.PROGRAM: translate("Catalog", "That program no longer exists."),
        n.CHANNEL: translate("Catalog", "That channel no longer exists."),
        n.METRIC: translate("Catalog", "That metric no longer exists."),
    }[kind]


def check_alternative_name(store: Store, kind: str, target_id: str, name: str) -> str:
    """The cleaned name, or ValidationError when another thing of ``kind`` already answers to it."""
    cleaned = clean_name(name, "name")
    owner = _taken(store, kind, target_id).get(n.name_key(cleaned))
    if owner is not None:
        raise ValidationError(_taken_sentence(kind).format(cleaned, owner), "alternative_names")
    return cleaned


def check_main_name(store: Store, kind: str, target_id: str) -> None:
    """ValidationError (field ``name``) when the thing's own name is a name of another thing of ``kind``,
    compared as imports compare them: "cainiao", "Ｃａｉｎｉａｏ" or "菜鸟" (another name of Cainiao) for a
    new unit would split Cainiao's figures in two."""
    row = store.db.execute(f"SELECT name FROM {_TABLES[kind]} WHERE id = ?", [target_id]).fetchone()
    if row is None:
        raise ValidationError(_gone_sentence(kind), "name")
    owner = _taken(store, kind, target_id).get(n.name_key(row[0]))
    if owner is not None:
        raise ValidationError(_taken_sentence(kind).format(row[0], owner), "name")


def add_alternative_name(store: Store, kind: str, target_id: str, name: str, *, import_batch_id: str | None = None,
                         row_id: str | None = None) -> str | None:
    """Add ``name`` to the thing; returns the new row's id, or None when it already had that name."""
    if kind not in _TABLES:
        raise ValidationError(f"Unknown kind '{kind}'.", "kind")  # notr (a programming error)
    cleaned = check_alternative_name(store, kind, target_id, name)
    key = n.name_key(cleaned)
    main = store.db.execute(f"SELECT name FROM {_TABLES[kind]} WHERE id = ?", [target_id]).fetchone()
    if main is None:
        raise ValidationError(_gone_sentence(kind), "name")
    if n.name_key(main[0]) == key or any(n.name_key(a.name) == key
                                         for a in list_alternative_names(store, kind, target_id)):
        return None
    return insert_row(store, "alternative_names", {"kind": kind, "target_id": target_id, "name": cleaned,
                                                   "name_key": key, "import_batch_id": import_batch_id},
                      row_id=row_id)


def remove_alternative_names(store: Store, ids: Iterable[str]) -> int:
    return set_deleted(store, "alternative_names", ids, True)


def restore_alternative_names(store: Store, ids: Iterable[str]) -> int:
    return set_deleted(store, "alternative_names", ids, False)


def set_alternative_names(store: Store, kind: str, target_id: str,
                          wanted: Iterable[str]) -> tuple[list[str], list[str]]:
    """Make the thing's alternative names exactly ``wanted``: (added ids, removed ids), for undo."""
    current = list_alternative_names(store, kind, target_id)
    keys = {n.name_key(name): name for name in wanted if name and name.strip()}
    removed = [alt.id for alt in current if n.name_key(alt.name) not in keys]
    added: list[str] = []
    with store.transaction():
        remove_alternative_names(store, removed)
        kept = {n.name_key(alt.name) for alt in current if alt.id not in removed}
        for key, name in keys.items():
            if key not in kept:
                new = add_alternative_name(store, kind, target_id, name)
                if new:
                    added.append(new)
    return added, removed
