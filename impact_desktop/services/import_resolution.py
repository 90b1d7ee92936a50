"""Conflicts and corrections: figures of a file that differ from the store's.

* A **conflict** is a row whose entry id is live here with other content (value,
  currency, period, program, metric, channel or note): an entry exported from this
  machine and edited on another. The last writer wins, by the file's ``Updated`` time
  against the entry's ``updated_at``; without a usable ``Updated`` time the store's
  version is kept, since which is newer cannot be told. Same id, same content is a
  plain duplicate. A row carrying the id of an entry **deleted** here is a conflict
  too, whatever its content: the file's version brings the entry back only if its
  ``Updated`` time is later than the deletion; otherwise the deletion stands. (Such a
  row is never stored as a new entry: an old export must not undo a deletion silently.)
* A **correction** is a re-sent file without ids (or with ids unknown here: another
  machine's export of its own corrected figure) whose figures for one
  (program, metric, period, channel, currency) differ from the live entries of that key
  that came from an import or a merge, where no row of the file repeats a stored value.
  The file's figures for the key replace the stored ones only if the user says so:
  :data:`REPLACE`, :data:`ADD` (import them as new figures) or :data:`SKIP` (leave the
  rows out). Nothing decides silently.

Either way the losing version is recorded, with the batch, in ``import_conflicts``, so
undoing the batch gives back exactly what was stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.money import from_scaled
from impact_desktop.core.number_format import exact
from impact_desktop.core.texts import translate
from impact_desktop.services.import_pending import PendingEntries
from impact_desktop.storage import catalog, entries
from impact_desktop.storage import import_conflicts as recorded
from impact_desktop.storage.database import Store

KEEP_STORE, KEEP_FILE, KEEP_BOTH = "store", "file", "both"
REPLACE, ADD, SKIP = "replace", "add", "skip"
CORRECTION_CHOICES = (REPLACE, ADD, SKIP)


class CorrectionsUndecided(ImpactError):
    def __init__(self, count: int):
        text = (translate("ImportProblem", "The file corrects {count} stored figure: choose whether its figures "
                          "replace the stored ones, are added as new figures, or are left out; nothing was imported.")
                if count == 1 else
                translate("ImportProblem", "The file corrects {count} stored figures: choose whether its figures "
                          "replace the stored ones, are added as new figures, or are left out; nothing was imported."))
        super().__init__(text.format(count=count))


@dataclass(frozen=True)
class Conflict:
    """A row carrying the id of a live entry here, with other content."""

    sheet: str
    row: int
    entry_id: str
    metric: str
    label: str
    stored_value: str
    file_value: str
    kept: str
    reason: str
    stored: dict
    draft: EntryDraft
    file_updated: str | None
    #: What differs besides the value ("note 'a' → 'b'"), or "".
    differences: str = ""
    #: When the entry was deleted here, for a row carrying the id of a deleted entry.
    deleted_at: str | None = None

    @property
    def kept_text(self) -> str:
        if self.deleted_at:
            return "the file's version (the entry is back)" if self.kept == KEEP_FILE else "the deletion"
        return "the file's version" if self.kept == KEEP_FILE else "the store's version"

    def line(self) -> str:
        if self.deleted_at:
            return (f"sheet {self.sheet}, row {self.row}: {self.label} (entry {self.entry_id[:8]}…) was deleted here "
                    f"(it was {self.stored_value}); the file has {self.file_value}; kept {self.kept_text}. "
                    f"{self.reason}")
        also = f" ({self.differences})" if self.differences else ""
        return (f"sheet {self.sheet}, row {self.row}: {self.label} (entry {self.entry_id[:8]}…) is "
                f"{self.stored_value} in the store and {self.file_value} in the file{also}; kept {self.kept_text}. "
                f"{self.reason}")


@dataclass
class Correction:
    """The file's figures for one (program, metric, period, channel, currency) against the stored ones."""

    label: str
    metric: str
    currency: str | None
    stored: list[tuple]  # (entry id, value_e4, source file, source row, origin)
    drafts: list[EntryDraft] = field(default_factory=list)

    @property
    def sheet(self) -> str:
        return self.drafts[0].source_sheet or ""

    @property
    def rows(self) -> list[int]:
        return [draft.source_row or 0 for draft in self.drafts]

    @property
    def stored_value(self) -> str:
        return _values([value for _id, value, *_rest in self.stored], self.currency)

    @property
    def file_value(self) -> str:
        return _values([draft.value_e4 for draft in self.drafts], self.currency)

    @property
    def stored_ids(self) -> list[str]:
        return [entry_id for entry_id, *_rest in self.stored]

    def where(self) -> str:
        """Where the stored figures came from: "imported from trees.xlsx row 5"."""
        places: dict[tuple[bool, str], list[int]] = {}
        for _id, _value, source_file, source_row, origin in self.stored:
            imported = origin == Origin.IMPORT.value
            places.setdefault((imported, source_file or translate("ImportProblem", "another machine")),
                              []).append(source_row)
        parts = []
        for (imported, name), rows in places.items():
            numbers = sorted(row for row in rows if row)
            parts.append(_came_from(imported, name, numbers))
        return "; ".join(parts)

    def line(self) -> str:
        rows = self.rows
        where = f"row {rows[0]}" if len(rows) == 1 else f"rows {', '.join(map(str, rows))}"
        return (f"sheet {self.sheet}, {where}: {self.label} is {self.stored_value} in the store ({self.where()}); "
                f"the file says {self.file_value}.")


def _came_from(imported: bool, name: str, rows: list[int]) -> str:
    """"imported from trees.xlsx rows 5, 6" (one template per wording, for translators)."""
    if imported:
        text = (translate("ImportProblem", "imported from {file}") if not rows else
                translate("ImportProblem", "imported from {file} row {rows}") if len(rows) == 1 else
                translate("ImportProblem", "imported from {file} rows {rows}"))
    else:
        text = (translate("ImportProblem", "merged from {file}") if not rows else
                translate("ImportProblem", "merged from {file} row {rows}") if len(rows) == 1 else
                translate("ImportProblem", "merged from {file} rows {rows}"))
    return text.format(file=name, rows=", ".join(map(str, rows)))


def _values(values_e4: list[int], currency: str | None) -> str:
    text = " + ".join(exact(from_scaled(value)) for value in values_e4)
    return f"{text} {currency}" if currency else text


def figure_key(draft: EntryDraft) -> tuple:
    """What a correction matches on: everything of the fingerprint but the value."""
    start, end = draft.period.iso
    return draft.program_id, draft.metric_key, start, end, draft.currency, draft.channel_id


def parse_timestamp(value: object) -> dt.datetime | None:
    """An ``Updated`` cell or a stored ``updated_at`` as an aware UTC time (naive means UTC)."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and value.strip():
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    else:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _shown_time(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def differs(stored: dict, draft: EntryDraft) -> bool:
    """True when the file's figure is not the stored one (classification aside, as for duplicates)."""
    return (stored["value_e4"] != draft.value_e4 or stored["program_id"] != draft.program_id
            or stored["metric_key"] != draft.metric_key
            or (stored["period_start"], stored["period_end"]) != draft.period.iso
            or (stored["currency"] or None) != (draft.currency or None)
            or (stored["channel_id"] or None) != (draft.channel_id or None)
            or " ".join((stored["note"] or "").split()) != " ".join(draft.note.split()))


def resolve(stored: dict, file_updated: object) -> tuple[str, str]:
    """(kept, why): the last writer wins when the file says when its version changed."""
    if file_updated is None or (isinstance(file_updated, str) and not file_updated.strip()):
        return KEEP_STORE, translate("ImportProblem", "The file has no Updated time, so which version is newer "
                                                      "cannot be told; the store's version was kept.")
    theirs = parse_timestamp(file_updated)
    if theirs is None:
        return KEEP_STORE, translate(
            "ImportProblem", "The file's Updated value '{updated}' is not a date and time, so which version is newer "
            "cannot be told; the store's version was kept.").format(updated=file_updated)
    ours = parse_timestamp(stored["updated_at"])
    if ours is None or theirs > ours:
        return KEEP_FILE, translate(
            "ImportProblem", "The file's version is newer (changed {file_time}, the store's {store_time}): the last "
            "change wins.").format(file_time=_shown_time(theirs), store_time=_shown_time(ours) if ours else translate(
                "ImportProblem", "at an unknown time"))
    return KEEP_STORE, translate(
        "ImportProblem", "The store's version is newer or as new (changed {store_time}, the file's {file_time}): the "
        "last change wins.").format(store_time=_shown_time(ours), file_time=_shown_time(theirs))


def resolve_deleted(stored: dict, file_updated: object) -> tuple[str, str]:
    """(kept, why) for a row whose entry was deleted here: the file wins only if changed after the deletion."""
    theirs = parse_timestamp(file_updated)
    if theirs is None:
        if file_updated is None or not str(file_updated).strip():
            return KEEP_STORE, translate("ImportProblem", "The entry was deleted here and the file has no Updated "
                                                          "time, so which is newer cannot be told; the deletion "
                                                          "stands.")
        return KEEP_STORE, translate(
            "ImportProblem", "The entry was deleted here and the file has the Updated value '{updated}', which is not "
            "a date and time, so which is newer cannot be told; the deletion stands.").format(updated=file_updated)
    times = [moment for moment in (parse_timestamp(stored.get("deleted_at")), parse_timestamp(stored["updated_at"]))
             if moment is not None]
    deleted = max(times) if times else None
    if deleted is None or theirs > deleted:
        return KEEP_FILE, translate(
            "ImportProblem", "The file's version is newer than the deletion here (changed {file_time}, deleted "
            "{deleted_time}): the entry is brought back with the file's version.").format(
            file_time=_shown_time(theirs),
            deleted_time=_shown_time(deleted) if deleted else translate("ImportProblem", "at an unknown time"))
    return KEEP_STORE, translate(
        "ImportProblem", "The entry was deleted here after the file's version (deleted {deleted_time}, the file's "
        "changed {file_time}): the deletion stands.").format(deleted_time=_shown_time(deleted),
                                                             file_time=_shown_time(theirs))


class Names:
    """Names for the ids of an import's drafts: the store's catalogue plus what the import adds."""

    def __init__(self, store: Store, snapshot, metric_names: dict[str, str], fiscal_start_month: int):
        self.programs = {program.id: program.name for program in catalog.list_programs(store)}
        self.channels = {channel.id: channel.name for channel in catalog.list_channels(store)}
        if snapshot is not None:
            self.programs.update({pid: name for pid, _unit, name in snapshot.new_programs.values()})
            self.channels.update({cid: name for cid, name in snapshot.new_channels.values()})
        self.metric_names = metric_names
        self.fiscal_start_month = fiscal_start_month

    def label(self, draft: EntryDraft) -> str:
        """"Ant Forest / Trees planted / 2018-03" (and " / channel" when there is one)."""
        parts = [self.programs.get(draft.program_id, "?"), self.metric_names.get(draft.metric_key, draft.metric_key),
                 draft.period.label(self.fiscal_start_month)]
        if draft.channel_id:
            parts.append(self.channels.get(draft.channel_id, "?"))
        return " / ".join(parts)


def make_conflict(draft: EntryDraft, entry_id: str, stored: dict, file_updated: object, names: Names) -> Conflict:
    """The conflict of a row with a stored entry of its id, live or (``stored["deleted_at"]``) deleted."""
    deleted_at = stored.get("deleted_at")
    kept, reason = resolve_deleted(stored, file_updated) if deleted_at else resolve(stored, file_updated)
    return Conflict(draft.source_sheet or "", draft.source_row or 0, entry_id,
                    names.metric_names.get(draft.metric_key, draft.metric_key), names.label(draft),
                    _values([stored["value_e4"]], stored["currency"]), _values([draft.value_e4], draft.currency),
                    kept, reason, stored, draft, None if file_updated is None else str(file_updated),
                    _differences(stored, draft, names), deleted_at)


def _differences(stored: dict, draft: EntryDraft, names: Names) -> str:
    """What differs besides the value: "note 'a' → 'b'; program Ant Forest → Green Energy"."""
    changed = []
    if stored["program_id"] != draft.program_id:
        changed.append(translate("ImportProblem", "program {old} → {new}").format(
            old=stored["program"], new=names.programs.get(draft.program_id, "?")))
    if stored["metric_key"] != draft.metric_key:
        changed.append(translate("ImportProblem", "metric {old} → {new}").format(
            old=stored["metric"], new=names.metric_names.get(draft.metric_key, draft.metric_key)))
    if (stored["period_start"], stored["period_end"]) != draft.period.iso:
        changed.append(translate("ImportProblem", "period {old} → {new}").format(
            old=f"{stored['period_start']}..{stored['period_end']}",
            new=f"{draft.period.iso[0]}..{draft.period.iso[1]}"))
    if (stored["channel_id"] or None) != (draft.channel_id or None):
        none = translate("ImportProblem", "(none)")
        changed.append(translate("ImportProblem", "channel {old} → {new}").format(
            old=stored["channel"] or none, new=names.channels.get(draft.channel_id, none)))
    if " ".join((stored["note"] or "").split()) != " ".join(draft.note.split()):
        changed.append(translate("ImportProblem", "note '{old}' → '{new}'").format(old=stored["note"] or "",
                                                                                  new=draft.note))
    return "; ".join(changed)


#: Origins of figures read from a file: without an id (import) or with one unknown here (merge).
_FROM_FILES = (Origin.IMPORT, Origin.MERGE)


def find_corrections(read: PendingEntries, kept: PendingEntries, figures, names_for) -> list[Correction]:
    """Group the file's new figures that correct stored imported ones (see the module docstring).

    ``read`` is every figure read (duplicates too: a row repeating a stored value means
    the key is not corrected), ``kept`` those left after duplicates, ``figures`` the
    :class:`~impact_desktop.storage.imports.LiveFigures` on the file's days;
    ``names_for()`` gives a :class:`Names`, built only when a correction is found. Costs
    nothing per row unless the store holds imported figures on those days and the file
    has new figures without ids.
    """
    if not figures.any_stored:
        return []
    if not any(origin in _FROM_FILES for origin in kept.distinct("origin")):  # merge: an id unknown here
        return []
    imported = figures.imported()
    groups: dict[tuple, list[EntryDraft]] = {}
    for _id, draft in kept if imported else ():
        if draft.origin not in _FROM_FILES:
            continue
        key = figure_key(draft)
        if key in imported:
            groups.setdefault(key, []).append(draft)
    if not groups:
        return []
    sent = {draft.fingerprint for _id, draft in read if draft.origin in _FROM_FILES}
    groups = {key: drafts for key, drafts in groups.items()
              if not any(stored[5] in sent for stored in imported[key])}  # a stored value repeated: not a correction
    if not groups:
        return []
    names = names_for()
    return [Correction(names.label(drafts[0]), names.metric_names.get(key[1], key[1]), key[4],
                       sorted((s[:5] for s in imported[key]), key=lambda s: (s[2] or "", s[3] or 0, s[0])), drafts)
            for key, drafts in groups.items()]


def write_resolutions(store: Store, batch_id: str, conflicts: list[Conflict], corrections: list[Correction],
                      choice: str | None) -> None:
    """Apply the file's winning versions and the chosen corrections, and record them all.

    Runs inside the batch's transaction, before its new entries are added.
    """
    metric_ids = entries.metric_ids(store)
    rows = []
    for conflict in conflicts:
        draft = conflict.draft
        file_version = {**entries.entry_values(draft, metric_ids[draft.metric_key]),
                        "updated_at": conflict.file_updated, "label": conflict.label, "value": conflict.file_value}
        if conflict.kept == KEEP_FILE:
            recorded.write_version(store, conflict.entry_id, file_version)
            if conflict.deleted_at:
                entries.set_entries_deleted(store, [conflict.entry_id], False)
        rows.append({"kind": recorded.CONFLICT, "entry_id": conflict.entry_id, "sheet": conflict.sheet,
                     "row": conflict.row, "stored": {**conflict.stored, "value": conflict.stored_value},
                     "file": file_version, "kept": conflict.kept, "reason": conflict.reason})
    kept = {REPLACE: KEEP_FILE, ADD: KEEP_BOTH, SKIP: KEEP_STORE}.get(choice or "", KEEP_BOTH)
    why = {KEEP_FILE: translate("ImportProblem", "The file's figures replace the stored ones (chosen before "
                                                 "importing)."),
           KEEP_BOTH: translate("ImportProblem", "The file's figures were added as new figures (chosen before "
                                                 "importing)."),
           KEEP_STORE: translate("ImportProblem", "The file's rows were left out (chosen before importing).")}[kept]
    versions = recorded.live_versions(store, [i for c in corrections for i in c.stored_ids]) if corrections else {}
    for correction in corrections:
        figures = [{"sheet": d.source_sheet, "row": d.source_row, "value_e4": d.value_e4,
                    "value": _values([d.value_e4], d.currency)} for d in correction.drafts]
        for entry_id in correction.stored_ids:
            stored = versions.get(entry_id, {"entry_id": entry_id})
            rows.append({"kind": recorded.CORRECTION, "entry_id": entry_id, "sheet": correction.sheet,
                         "row": correction.rows[0], "stored": {**stored, "value": correction.stored_value},
                         "file": {"label": correction.label, "value": correction.file_value, "figures": figures},
                         "kept": kept, "reason": why})
    if choice == REPLACE:
        entries.set_entries_deleted(store, [i for c in corrections for i in c.stored_ids], True)
    recorded.record(store, batch_id, rows)
