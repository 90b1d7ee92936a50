"""The store's catalogue as an import sees it: names → ids, plus what the import will add.

Names of business units, programs and channels are resolved against a snapshot taken
once; names not yet in the store get an id up front and are created in the import's
transaction, but only those that a written figure (or a new target) actually uses.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from impact_desktop.core import names
from impact_desktop.core.catalog import clean_name
from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.names import name_key
from impact_desktop.core.texts import translate
from impact_desktop.services.import_pending import PendingEntries
from impact_desktop.storage import alternative_names, catalog
from impact_desktop.storage.database import Store
from impact_desktop.storage.tables import natural_id


@dataclass(frozen=True)
class SameAs:
    """The user's word that a name of the file is an existing thing: ``kind`` (see
    :mod:`impact_desktop.core.names`), the file's ``name``, the existing ``target_id``; for a
    program, ``unit`` is the file's business unit for it ("" for any)."""

    kind: str
    name: str
    target_id: str
    unit: str = ""


@dataclass
class CatalogSnapshot:
    """Name keys (:func:`~impact_desktop.core.names.name_key`) → ids of the store's
    catalogue, alternative names included, plus what this import will add."""

    units: dict[str, str]
    programs: dict[tuple[str, str], str]
    programs_by_name: dict[str, list[str]]
    channels: dict[str, str]
    unit_names: dict[str, str] = field(default_factory=dict)
    new_units: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (id, name)
    new_programs: dict[tuple[str, str], tuple[str, str, str]] = field(default_factory=dict)
    new_channels: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Stored unit id → its parent's id (None at the top).
    unit_parents: dict[str, str | None] = field(default_factory=dict)
    #: New unit id → the id of the unit it is created under (see :mod:`import_hierarchy`).
    new_unit_parents: dict[str, str] = field(default_factory=dict)
    #: Unit name key → (name, parent name or "" for the top) as the file's rows give it.
    file_parents: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Units whose rows name more than one parent: (name, first parent, other parent).
    parent_clashes: list[tuple[str, str, str]] = field(default_factory=list)
    #: Every id of a unit, program or channel stored (deleted ones too): a new row's id must differ.
    taken_ids: set[str] = field(default_factory=set)
    #: The user's "same as" choices, by kind then name key.
    same: dict[str, dict[str, list[SameAs]]] = field(default_factory=dict)
    #: Alternative names the import records (a "same as" that a row used): (kind, target id, key) → name.
    new_aliases: dict[tuple[str, str, str], str] = field(default_factory=dict)
    #: Stored program id → its unit's id.
    program_units: dict[str, str] = field(default_factory=dict)

    def _new_id(self, table: str, values: dict) -> str:
        """The id another laptop creating the same name gets too (see ``natural_id``), unless taken."""
        candidate = natural_id(table, values)
        return candidate if candidate and candidate not in self.taken_ids else str(uuid.uuid4())

    @classmethod
    def load(cls, store: Store, same: Iterable[SameAs] = ()) -> CatalogSnapshot:
        listed = catalog.list_business_units(store)
        alternatives = alternative_names.alternatives_by_target(store)
        units: dict[str, str] = {}
        for unit in listed:
            for alias in alternatives.get(unit.id, ()):
                units.setdefault(name_key(alias), unit.id)
        units.update({name_key(u.name): u.id for u in listed})  # a main name wins over another's alias
        programs, by_name, program_units = {}, {}, {}
        for program in catalog.list_programs(store):
            program_units[program.id] = program.business_unit_id
            for name in (*alternatives.get(program.id, ()), program.name):
                key = name_key(name)
                if name == program.name or (program.business_unit_id, key) not in programs:
                    programs[(program.business_unit_id, key)] = program.id
                ids = by_name.setdefault(key, [])
                if program.id not in ids:
                    ids.append(program.id)
        channel_list = catalog.list_channels(store)
        channels: dict[str, str] = {}
        for channel in channel_list:
            for alias in alternatives.get(channel.id, ()):
                channels.setdefault(name_key(alias), channel.id)
        channels.update({name_key(c.name): c.id for c in channel_list})
        chosen: dict[str, dict[str, list[SameAs]]] = {}
        for choice in same:
            chosen.setdefault(choice.kind, {}).setdefault(name_key(choice.name), []).append(choice)
        taken = {row[0] for table in ("business_units", "programs", "channels")
                 for row in store.db.execute(f"SELECT id FROM {table}")}
        return cls(units, programs, by_name, channels, {u.id: u.name for u in listed},
                   unit_parents={u.id: u.parent_id for u in listed}, taken_ids=taken, same=chosen,
                   program_units=program_units)

    def note_parent(self, unit: str, parent: str) -> None:
        """Remember the parent the file gives ``unit`` (called once per distinct unit and program)."""
        key = name_key(unit)
        known = self.file_parents.get(key)
        if known is None:
            self.file_parents[key] = (unit, parent)
        elif name_key(known[1]) != name_key(parent) and len(self.parent_clashes) < 100:
            clash = (known[0], known[1], parent)
            if clash not in self.parent_clashes:
                self.parent_clashes.append(clash)

    def unit_name(self, unit_id: str) -> str:
        """The name of a stored or new unit."""
        if unit_id in self.unit_names:
            return self.unit_names[unit_id]
        return next((name for uid, name in self.new_units.values() if uid == unit_id), "?")

    def _chosen(self, kind: str, name: str, key: str, unit_id: str = "") -> str | None:
        for choice in self.same.get(kind, {}).get(key, ()):
            if kind != names.PROGRAM or not choice.unit or self._is_unit(choice.unit, unit_id):
                self.new_aliases[(kind, choice.target_id, key)] = name
                return choice.target_id
        return None

    def _is_unit(self, name: str, unit_id: str) -> bool:
        key = name_key(name)
        return self.units.get(key) == unit_id or self.new_units.get(key, ("",))[0] == unit_id \
            or name_key(self.unit_name(unit_id)) == key

    def find_unit(self, name: str) -> str | None:
        """The stored unit called ``name`` (or one of its alternative names), else None."""
        return self.units.get(name_key(name))

    def find_program(self, unit_id: str, name: str) -> str | None:
        return self.programs.get((unit_id, name_key(name)))

    def programs_named(self, name: str) -> list[str]:
        """Stored programs of any unit called ``name`` (or so by an alternative name)."""
        return self.programs_by_name.get(name_key(name), [])

    def unit_id(self, name: str) -> str:
        key = name_key(name)
        if key in self.units:
            return self.units[key]
        chosen = self._chosen(names.BUSINESS_UNIT, name, key)
        if chosen:
            return chosen
        if key not in self.new_units:
            _storable(name, "business unit")
            self.new_units[key] = (self._new_id("business_units", {"name": name}), name)
        return self.new_units[key][0]

    def program_id(self, unit_id: str, name: str) -> str:
        key = (unit_id, name_key(name))
        if key in self.programs:
            return self.programs[key]
        chosen = self._chosen(names.PROGRAM, name, key[1], unit_id)
        if chosen:
            return chosen
        if key not in self.new_programs:
            _storable(name, "program")
            self.new_programs[key] = (
                self._new_id("programs", {"business_unit_id": unit_id, "name": name}), unit_id, name)
        return self.new_programs[key][0]

    def channel_id(self, name: str) -> str:
        key = name_key(name)
        if key in self.channels:
            return self.channels[key]
        chosen = self._chosen(names.CHANNEL, name, key)
        if chosen:
            return chosen
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
        shown = f"{name[:60]}{'…' if len(name) > 60 else ''}"
        raise ValidationError(translate("NameCheck", "{0} ('{1}')").format(exc, shown), "name") from exc


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
    programs = pending.distinct("program_id") | {draft.program_id for draft in extra}
    programs |= {t.program_id for t in targets if t.program_id}
    channels = {channel for channel in pending.distinct("channel_id") | {d.channel_id for d in extra} if channel}
    if snapshot.new_aliases:
        snapshot = dataclasses.replace(snapshot, new_aliases=_used_aliases(snapshot, programs, channels, targets))
    if not (snapshot.new_programs or snapshot.new_channels):
        return snapshot
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


def _used_aliases(snapshot: CatalogSnapshot, programs: set[str], channels: set[str], targets) -> dict:
    """The "same as" names that a kept figure (or target) uses."""
    units = {snapshot.program_units.get(pid) for pid in programs}
    units |= {unit_id for _pid, unit_id, _name in snapshot.new_programs.values()}
    units |= {t.business_unit_id for t in targets if t.business_unit_id}
    used = {names.BUSINESS_UNIT: units, names.PROGRAM: programs, names.CHANNEL: channels}
    return {key: name for key, name in snapshot.new_aliases.items() if key[1] in used.get(key[0], ())}
