"""The store's catalogue as an import sees it: names → ids, plus what the import will add.

Names of business units, programs and channels are resolved against a snapshot taken
once; names not yet in the store get an id up front and are created in the import's
transaction, but only those that a written figure (or a new target) actually uses.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field

from impact_desktop.core.catalog import clean_name
from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import ValidationError
from impact_desktop.services.import_pending import PendingEntries
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.tables import natural_id


@dataclass
class CatalogSnapshot:
    """Names → ids of the store's catalogue, plus what this import will add."""

    units: dict[str, str]
    programs: dict[tuple[str, str], str]
    programs_by_name: dict[str, list[str]]
    channels: dict[str, str]
    unit_names: dict[str, str] = field(default_factory=dict)
    new_units: dict[str, tuple[str, str]] = field(default_factory=dict)  # lower → (id, name)
    new_programs: dict[tuple[str, str], tuple[str, str, str]] = field(default_factory=dict)
    new_channels: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Stored unit id → its parent's id (None at the top).
    unit_parents: dict[str, str | None] = field(default_factory=dict)
    #: New unit id → the id of the unit it is created under (see :mod:`import_hierarchy`).
    new_unit_parents: dict[str, str] = field(default_factory=dict)
    #: Unit name (lower) → (name, parent name or "" for the top) as the file's rows give it.
    file_parents: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Units whose rows name more than one parent: (name, first parent, other parent).
    parent_clashes: list[tuple[str, str, str]] = field(default_factory=list)
    #: Every id of a unit, program or channel stored (deleted ones too): a new row's id must differ.
    taken_ids: set[str] = field(default_factory=set)

    def _new_id(self, table: str, values: dict) -> str:
        """The id another laptop creating the same name gets too (see ``natural_id``), unless taken."""
        candidate = natural_id(table, values)
        return candidate if candidate and candidate not in self.taken_ids else str(uuid.uuid4())

    @classmethod
    def load(cls, store: Store) -> CatalogSnapshot:
        listed = catalog.list_business_units(store)
        units = {u.name.lower(): u.id for u in listed}
        programs, by_name = {}, {}
        for program in catalog.list_programs(store):
            programs[(program.business_unit_id, program.name.lower())] = program.id
            by_name.setdefault(program.name.lower(), []).append(program.id)
        channels = {c.name.lower(): c.id for c in catalog.list_channels(store)}
        taken = {row[0] for table in ("business_units", "programs", "channels")
                 for row in store.db.execute(f"SELECT id FROM {table}")}
        return cls(units, programs, by_name, channels, {u.id: u.name for u in listed},
                   unit_parents={u.id: u.parent_id for u in listed}, taken_ids=taken)

    def note_parent(self, unit: str, parent: str) -> None:
        """Remember the parent the file gives ``unit`` (called once per distinct unit and program)."""
        key = unit.lower()
        known = self.file_parents.get(key)
        if known is None:
            self.file_parents[key] = (unit, parent)
        elif known[1].lower() != parent.lower() and len(self.parent_clashes) < 100:
            clash = (known[0], known[1], parent)
            if clash not in self.parent_clashes:
                self.parent_clashes.append(clash)

    def unit_name(self, unit_id: str) -> str:
        """The name of a stored or new unit."""
        if unit_id in self.unit_names:
            return self.unit_names[unit_id]
        return next((name for uid, name in self.new_units.values() if uid == unit_id), "?")

    def unit_id(self, name: str) -> str:
        key = name.lower()
        if key in self.units:
            return self.units[key]
        if key not in self.new_units:
            _storable(name, "business unit")
            self.new_units[key] = (self._new_id("business_units", {"name": name}), name)
        return self.new_units[key][0]

    def program_id(self, unit_id: str, name: str) -> str:
        key = (unit_id, name.lower())
        if key in self.programs:
            return self.programs[key]
        if key not in self.new_programs:
            _storable(name, "program")
            self.new_programs[key] = (
                self._new_id("programs", {"business_unit_id": unit_id, "name": name}), unit_id, name)
        return self.new_programs[key][0]

    def channel_id(self, name: str) -> str:
        key = name.lower()
        if key in self.channels:
            return self.channels[key]
        if key not in self.new_channels:
            _storable(name, "channel")
            self.new_channels[key] = (self._new_id("channels", {"name": name}), name)
        return self.new_channels[key][0]


def _storable(name: str, what: str) -> None:
    """Refuse, before anything is written, a new name the write would refuse (see core.catalog.clean_name).

    Rows check their names with a problem per cell first; this catches the names that only
    targets, business-unit files and parent columns bring.
    """
    try:
        clean_name(name, what)
    except ValidationError as exc:
        raise ValidationError(f"{exc} ('{name[:60]}{'…' if len(name) > 60 else ''}')", "name") from exc


def new_unit_names(snapshot: CatalogSnapshot | None) -> list[str]:
    """Each business unit the import creates; "Parent / Child" for one created under another."""
    if not snapshot:
        return []
    parents = snapshot.new_unit_parents
    return sorted(f"{snapshot.unit_name(parents[uid])} / {name}" if uid in parents else name
                  for uid, name in snapshot.new_units.values())


def new_program_names(snapshot: CatalogSnapshot | None) -> list[str]:
    """"Unit / Program" for each program the import creates."""
    if not snapshot:
        return []
    unit_names = dict(snapshot.unit_names)
    unit_names.update({uid: name for uid, name in snapshot.new_units.values()})
    return sorted(f"{unit_names.get(unit_id, '?')} / {name}" for _pid, unit_id, name in snapshot.new_programs.values())


def used_catalog(snapshot: CatalogSnapshot, pending: PendingEntries, extra: list[EntryDraft] = (),
                 targets=()) -> CatalogSnapshot:
    """``snapshot`` with only the new business units, programs and channels the ``pending``
    figures and ``extra`` drafts (and the file's new ``targets``) use.

    Reading names a new program for every row, invalid ones too; what only rejected (or
    left-out) rows name must not be created.
    """
    if not (snapshot.new_programs or snapshot.new_channels):
        return snapshot
    programs = pending.distinct("program_id") | {draft.program_id for draft in extra}
    programs |= {t.program_id for t in targets if t.program_id}
    channels = {channel for channel in pending.distinct("channel_id") | {d.channel_id for d in extra} if channel}
    new_programs = {key: value for key, value in snapshot.new_programs.items() if value[0] in programs}
    units = {unit_id for _pid, unit_id, _name in new_programs.values()}
    units |= {t.business_unit_id for t in targets if t.business_unit_id}
    for unit_id in list(units):  # the new units a kept one is created under are kept too
        while unit_id in snapshot.new_unit_parents and snapshot.new_unit_parents[unit_id] not in units:
            unit_id = snapshot.new_unit_parents[unit_id]
            units.add(unit_id)
    return dataclasses.replace(
        snapshot, new_programs=new_programs,
        new_units={key: value for key, value in snapshot.new_units.items() if value[0] in units},
        new_channels={key: value for key, value in snapshot.new_channels.items() if value[0] in channels})
