"""The business-unit tree that travels with an export, so a parent unit's summary survives it.

A summary for "Alibaba Group" counts its sub-units' figures; an export that named only
each entry's own unit would bring Ant Financial or Cainiao back as top-level units and
the group's summary would lose them. So every exported row carries its unit's ``Parent
unit``, and the export lists every unit it needs with its parent, ancestors without
entries of their own included: an .xlsx on a "Business units" sheet, a CSV in a sidecar
``<stem>.units.csv`` (like its rates and targets: the same two columns for both kinds of
file, one reader, and a tree of any depth, which one parent column per row cannot give
for a grandparent without entries).

On import a new unit is created under the parent the file gives it (a parent the store
lacks is created first, even when it only appears as a parent). A unit the store already
has keeps its place: when the file puts it elsewhere the preview says so, and nothing is
moved silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.names import name_key
from impact_desktop.core.texts import translate
from impact_desktop.io.headers import normalize_header
from impact_desktop.io.sheet_spec import Column
from impact_desktop.io.source import Source
from impact_desktop.services.import_catalog import CatalogSnapshot
from impact_desktop.services.side_tables import read_side_table, sidecar_for
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store

UNITS_SHEET = "Business units"
UNIT_COLUMNS = (
    Column("Name", width=30, comment="A business unit this export's entries or targets use, or one they sit under."),
    Column("Parent", width=30, comment="The unit it belongs to; empty for a unit at the top."),
)
_HEADER = [normalize_header(column.header) for column in UNIT_COLUMNS]
MAX_UNITS = 100_000
_MAX_DEPTH = 100


def units_sidecar_path(path: Path | str) -> Path:
    """``report.csv`` → ``report.units.csv``: where a CSV export's business-unit tree goes."""
    return sidecar_for(path, ".units.csv")


class UnitTree:
    """The store's units by name, for the export's ``Parent unit`` column and units list."""

    def __init__(self, store: Store):
        units = catalog.list_business_units(store)
        names = {unit.id: unit.name for unit in units}
        self.parent = {unit.name: names.get(unit.parent_id, "") if unit.parent_id else "" for unit in units}

    def rows(self, used: Iterable[str]) -> list[list[str]]:
        """[name, parent] for ``used`` and every unit above them, each parent before its units."""
        wanted: dict[str, int] = {}
        for name in used:
            chain = [name]
            while self.parent.get(chain[-1]) and len(chain) < _MAX_DEPTH and self.parent[chain[-1]] not in chain:
                chain.append(self.parent[chain[-1]])
            for depth, unit in enumerate(reversed(chain)):
                wanted[unit] = min(wanted.get(unit, depth), depth)
        return [[name, self.parent.get(name, "")] for name in sorted(wanted, key=lambda n: (wanted[n], n.lower()))]


def plan_hierarchy(file: Source, snapshot: CatalogSnapshot) -> list[str]:
    """Place the import's new units under the parents the file gives them; returns notes.

    The rows' ``Parent unit`` cells (gathered by the row reader into ``snapshot``) and the
    file's units list (sheet or sidecar) are both read; the rows win where they differ.
    """
    notes: list[str] = []
    parents = dict(snapshot.file_parents)
    try:
        source, listed = _unit_rows(file)
    except ImpactError as exc:
        source, listed = None, []
        notes.append(translate("ImportNote", "business units not read: {reason}").format(reason=exc))
    for number, cells in listed:
        name, parent = (_name(cell) for cell in [*cells, None, None][:2])
        if name and name_key(name) == name_key(parent):
            notes.append(translate(
                "ImportNote", "{where}: business unit '{unit}' cannot sit under itself; it is placed at "
                              "the top").format(where=_where(source, number), unit=name))
        elif name:
            parents.setdefault(name_key(name), (name, parent))
    for unit, first, other in snapshot.parent_clashes:
        none = translate("ImportProblem", "(none)")
        notes.append(translate(
            "ImportNote", "Rows give business unit '{unit}' two parents, '{first}' and '{other}'; the "
                          "first is used").format(unit=unit, first=first or none, other=other or none))
    _place_new_units(snapshot, parents, notes)
    _note_moved_units(snapshot, parents, notes)
    return notes


def _place_new_units(snapshot: CatalogSnapshot, parents: dict[str, tuple[str, str]], notes: list[str]) -> None:
    waiting = list(snapshot.new_units)
    placed: set[str] = set()
    while waiting:
        key = waiting.pop()
        if key in placed or key not in snapshot.new_units:
            continue
        placed.add(key)
        name, parent = parents.get(key, ("", ""))
        if not parent or name_key(parent) == key:
            continue
        if _loops(key, parents):
            notes.append(translate(
                "ImportNote", "Business unit '{unit}' would sit under itself through '{parent}'; it is "
                              "created at the top").format(unit=name, parent=parent))
            continue
        unit_id = snapshot.new_units[key][0]
        snapshot.new_unit_parents[unit_id] = snapshot.unit_id(parent)
        if name_key(parent) in snapshot.new_units:
            waiting.append(name_key(parent))


def _loops(key: str, parents: dict[str, tuple[str, str]]) -> bool:
    """Whether following the file's parents from ``key`` comes back to it."""
    seen, current = {key}, name_key(parents.get(key, ("", ""))[1])
    while current and len(seen) < _MAX_DEPTH * 10:
        if current in seen:
            return current == key
        seen.add(current)
        current = name_key(parents.get(current, ("", ""))[1])
    return False


def _note_moved_units(snapshot: CatalogSnapshot, parents: dict[str, tuple[str, str]], notes: list[str]) -> None:
    """A stored unit the file puts under another parent stays where it is; say so."""
    for key, (name, parent) in sorted(parents.items()):
        unit_id = snapshot.units.get(key)
        if unit_id is None:
            continue
        stored_parent = snapshot.unit_parents.get(unit_id)
        here = snapshot.unit_names.get(stored_parent, "") if stored_parent else ""
        if name_key(here) != name_key(parent):
            top = translate("ImportNote", "at the top")
            there = translate("ImportNote", "under '{parent}'").format(parent=parent) if parent else top
            now = translate("ImportNote", "under '{parent}'").format(parent=here) if here else top
            notes.append(translate(
                "ImportNote", "Business unit '{unit}' is {there} in the file but {here} in this store; it "
                              "was left where it is (move it on the Business units page if the file is right)")
                         .format(unit=snapshot.unit_names.get(unit_id, name), there=there, here=now))


def _name(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _where(source: Path | None, number: int) -> str:
    name = source.name if source else "?"
    if source and source.suffix.lower() == ".csv":
        return translate("ImportNote", "{file}, row {row}").format(file=name, row=number)
    return translate("ImportNote", "{file}, sheet {sheet}, row {row}").format(file=name, sheet=UNITS_SHEET, row=number)


def _unit_rows(file: Source) -> tuple[Path | None, list[tuple[int, list]]]:
    """The rows below a Name / Parent header: the workbook's units sheet or the CSV's sidecar."""
    return read_side_table(file, UNITS_SHEET, ".units.csv", UNIT_COLUMNS, MAX_UNITS)
