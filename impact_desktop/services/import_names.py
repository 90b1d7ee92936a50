"""Alternative names travel with an export: the "Names" sheet (a CSV's ``<stem>.names.csv``).

Each row: Kind (business unit, program, channel, metric), Business unit (a program's),
Name (a metric's key for a metric) and one Alternative name. On import the sheet is read
*before* the rows: a unit this store knows only as 蚂蚁金服 is the file's ``Ant
Financial`` when the file says they are one, so the rows land on it instead of creating
it again. Names the file gives that this store lacks are recorded with the batch (its
undo removes them again).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from impact_desktop.core import names as n
from impact_desktop.core.errors import ImpactError, ValidationError
from impact_desktop.core.names import name_key
from impact_desktop.core.texts import translate
from impact_desktop.io.sheet_spec import Column
from impact_desktop.io.source import Source
from impact_desktop.services.import_catalog import CatalogSnapshot
from impact_desktop.services.side_tables import read_side_table, sidecar_for
from impact_desktop.storage import alternative_names, catalog
from impact_desktop.storage.database import Store

NAMES_SHEET = "Names"
NAME_COLUMNS = (
    Column("Kind", width=16, comment="business unit, program, channel or metric"),
    Column("Business unit", width=24, comment="The business unit of a program."),
    Column("Name", width=30, comment="The name in this store (a metric's key)."),
    Column("Alternative name", width=30, comment="Another name of it: in the other language, an abbreviation, a "
                                                 "former name."),
)
MAX_NAMES = 100_000
_KIND_WORDS = {"business unit": n.BUSINESS_UNIT, "program": n.PROGRAM, "channel": n.CHANNEL, "metric": n.METRIC}
_WORD_OF = {kind: word for word, kind in _KIND_WORDS.items()}


@dataclass(frozen=True)
class NameRow:
    kind: str
    unit: str
    name: str
    alternative: str


def names_sidecar_path(path: Path | str) -> Path:
    return sidecar_for(path, ".names.csv")


def export_name_rows(store: Store) -> list[list[str]]:
    """Every alternative name of the store, as the Names sheet lists it."""
    units = {u.id: u.name for u in catalog.list_business_units(store)}
    programs = {p.id: (units.get(p.business_unit_id, ""), p.name) for p in catalog.list_programs(store)}
    channels = {c.id: c.name for c in catalog.list_channels(store)}
    metrics = {m.id: m.key for m in catalog.list_metrics(store)}
    rows = []
    for alt in alternative_names.list_alternative_names(store):
        owner = {n.BUSINESS_UNIT: ("", units.get(alt.target_id)), n.PROGRAM: programs.get(alt.target_id, ("", None)),
                 n.CHANNEL: ("", channels.get(alt.target_id)), n.METRIC: ("", metrics.get(alt.target_id))}[alt.kind]
        if owner[1]:
            rows.append([_WORD_OF[alt.kind], owner[0], owner[1], alt.name])
    return rows


def read_names(file: Source) -> tuple[list[NameRow], list[str]]:
    """The file's Names sheet (or sidecar): rows and notes on rows that cannot be used."""
    notes: list[str] = []
    try:
        source, rows = read_side_table(file, NAMES_SHEET, ".names.csv", NAME_COLUMNS, MAX_NAMES)
    except ImpactError as exc:
        return [], [translate("ImportNote", "alternative names not read: {reason}").format(reason=exc)]
    found = []
    for number, cells in rows:
        kind, unit, name, alternative = (" ".join(str(c).split()) if c is not None else ""
                                         for c in [*cells, None, None, None, None][:4])
        if not (kind or name or alternative):
            continue
        if kind.lower() not in _KIND_WORDS or not name or not alternative:
            notes.append(translate("ImportNote", "{file}, sheet {sheet}, row {row}: not a kind, name and alternative "
                                                 "name; left out").format(file=source.name if source else "?",
                                                                           sheet=NAMES_SHEET, row=number))
            continue
        found.append(NameRow(_KIND_WORDS[kind.lower()], unit, name, alternative))
    return found, notes


def link_names(snapshot: CatalogSnapshot, rows: list[NameRow]) -> None:
    """Before the rows are read: where the store knows a thing by one of the names the file
    says are the same, every other of those names leads to it too."""
    for row in rows:
        if row.kind == n.BUSINESS_UNIT:
            known = snapshot.units.get(name_key(row.name)) or snapshot.units.get(name_key(row.alternative))
            if known:
                for text in (row.name, row.alternative):
                    snapshot.units.setdefault(name_key(text), known)
        elif row.kind == n.CHANNEL:
            known = snapshot.channels.get(name_key(row.name)) or snapshot.channels.get(name_key(row.alternative))
            if known:
                for text in (row.name, row.alternative):
                    snapshot.channels.setdefault(name_key(text), known)
    for row in rows:  # programs after units: their unit may just have been linked
        if row.kind == n.PROGRAM:
            unit_id = snapshot.units.get(name_key(row.unit))
            if unit_id is None:
                continue
            known = (snapshot.programs.get((unit_id, name_key(row.name)))
                     or snapshot.programs.get((unit_id, name_key(row.alternative))))
            if known:
                for text in (row.name, row.alternative):
                    snapshot.programs.setdefault((unit_id, name_key(text)), known)


def _target(store: Store, snapshot: CatalogSnapshot, row: NameRow) -> str | None:
    """The id (stored, or new in this import) of the thing ``row`` names; None when it is not there."""
    def unit(name: str) -> str | None:
        key = name_key(name)
        return snapshot.units.get(key) or snapshot.new_units.get(key, (None,))[0]

    if row.kind == n.BUSINESS_UNIT:
        return unit(row.name)
    if row.kind == n.CHANNEL:
        key = name_key(row.name)
        return snapshot.channels.get(key) or snapshot.new_channels.get(key, (None,))[0]
    if row.kind == n.PROGRAM:
        unit_id = unit(row.unit)
        key = (unit_id or "", name_key(row.name))
        return snapshot.programs.get(key) or snapshot.new_programs.get(key, (None,))[0]
    try:
        return catalog.get_metric(store, row.name).id
    except ValidationError:
        return None


def add_file_names(store: Store, snapshot: CatalogSnapshot, rows: list[NameRow], batch_id: str) -> list[str]:
    """Inside the import's transaction, after its units, programs, channels and metrics are
    created: record the file's alternative names of what is here; ids of the rows added."""
    added = []
    for row in rows:
        target = _target(store, snapshot, row)
        if target is None:
            continue
        # a metric's "name" is its key
        names = (row.alternative,) if row.kind == n.METRIC else (row.name, row.alternative)
        for name in names:  # the file's main name is an alternative here when this store calls it otherwise
            try:
                alias_id = alternative_names.add_alternative_name(store, row.kind, target, name,
                                                                  import_batch_id=batch_id)
            except ValidationError:
                continue  # another thing here has that name; the preview said so
            if alias_id:
                added.append(alias_id)
    return added


def clash_notes(store: Store, snapshot: CatalogSnapshot, rows: list[NameRow]) -> list[str]:
    """The file's alternative names that another thing of this store already has (not recorded)."""
    notes = []
    for row in rows:
        target = _target(store, snapshot, row)
        stored = target and (target in snapshot.unit_names or target in snapshot.program_units
                             or target in snapshot.channels.values())
        if not stored:
            continue
        try:
            alternative_names.check_alternative_name(store, row.kind, target, row.alternative)
        except ValidationError as exc:
            notes.append(translate("ImportNote", "Alternative name '{name}' of {kind} '{owner}' is not recorded: "
                                                 "{reason}").format(name=row.alternative, kind=_WORD_OF[row.kind],
                                                                    owner=row.name, reason=exc))
    return notes
