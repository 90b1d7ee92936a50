"""Import batches, mapping presets, and the look-ups that recognise already-stored entries."""

from __future__ import annotations

import json
import re
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from impact_desktop.core.entries import fingerprint_of
from impact_desktop.core.errors import StoreError, ValidationError
from impact_desktop.core.texts import translate
from impact_desktop.storage import batch_catalog, import_conflicts
from impact_desktop.storage.database import Store
from impact_desktop.storage.entry_removal import remove_entries, restore_entries
from impact_desktop.storage.rows import utc_now
from impact_desktop.storage.tables import insert_row, set_deleted, update_row

_CHUNK = 500
#: Origins whose entries a re-sent file may correct.
_CORRECTABLE = ("import", "merge")


@dataclass(frozen=True)
class ImportBatch:
    id: str
    file_name: str
    file_sha256: str
    sheet: str
    mapping: dict
    imported_at: str
    new_count: int
    duplicate_count: int
    invalid_count: int
    skipped_count: int
    entry_count: int
    live_entries: int
    undone_at: str | None
    error_file: str | None
    preset_name: str | None
    changed_by: str
    conflict_count: int = 0
    correction_count: int = 0
    corrections: str | None = None
    #: Stored entries the batch changed or replaced (what an undo gives back).
    changed_entries: int = 0


_BATCH_SELECT = """
SELECT b.id, b.file_name, b.file_sha256, coalesce(b.sheet, ''), b.mapping_json, b.imported_at, b.new_count,
       b.duplicate_count, b.invalid_count, b.skipped_count, b.entry_count,
       (SELECT count(*) FROM entries e WHERE e.import_batch_id = b.id AND e.deleted_at IS NULL),
       b.undone_at, b.error_file, b.preset_name, b.changed_by, b.conflict_count, b.correction_count,
       b.corrections,
       (SELECT count(*) FROM import_conflicts x WHERE x.import_batch_id = b.id AND x.kept = 'file'
        AND x.deleted_at IS NULL)
FROM import_batches b WHERE b.deleted_at IS NULL
"""


def _batch(row) -> ImportBatch:
    return ImportBatch(row[0], row[1], row[2], row[3], json.loads(row[4] or "{}"), *row[5:])


def add_batch(store: Store, *, file_name: str, file_sha256: str, sheet: str, mapping: dict, counts: dict,
              error_file: str | None = None, preset_name: str | None = None, batch_id: str | None = None,
              corrections: str | None = None) -> str:
    """Record a batch; ``counts`` holds new, duplicate, invalid, skipped, conflict, correction."""
    return insert_row(store, "import_batches", {
        "file_name": file_name, "file_sha256": file_sha256, "sheet": sheet,
        "mapping_json": json.dumps(mapping, ensure_ascii=False), "imported_at": utc_now(),
        "new_count": counts.get("new", 0), "duplicate_count": counts.get("duplicate", 0),
        "invalid_count": counts.get("invalid", 0), "skipped_count": counts.get("skipped", 0),
        "entry_count": counts.get("new", 0), "error_file": error_file, "preset_name": preset_name,
        "conflict_count": counts.get("conflict", 0), "correction_count": counts.get("correction", 0),
        "corrections": corrections,
    }, row_id=batch_id)


def list_batches(store: Store) -> list[ImportBatch]:
    return [_batch(row) for row in store.db.execute(_BATCH_SELECT + " ORDER BY b.imported_at DESC, b.id")]


def get_batch(store: Store, batch_id: str) -> ImportBatch:
    batch_id = (batch_id or "").strip()
    if len(batch_id) < 4:
        raise ValidationError(translate(
            "ImportHistory", "Give at least the first 4 characters of the import batch id "
            "(see 'impact-desktop imports list')."), "id")
    matches = store.db.execute(_BATCH_SELECT + " AND substr(b.id, 1, ?) = ?", [len(batch_id), batch_id])
    rows = matches.fetchall()
    if not rows:
        raise StoreError(translate(
            "ImportHistory", "There is no import batch '{0}' (see 'impact-desktop imports list').").format(batch_id))
    if len(rows) > 1:
        raise ValidationError(translate(
            "ImportHistory", "'{0}' matches {1} import batches; give more of the id.").format(batch_id, len(rows)),
            "id")
    return _batch(rows[0])


@dataclass(frozen=True)
class BatchUndo:
    """What undoing a batch did."""

    #: The batch's entries removed.
    removed: int
    #: Stored entries the batch had changed or replaced, given back.
    given_back: int
    #: Business units, programs, channels and rates the batch created that nothing uses now, removed.
    catalog: list[str]
    #: Targets the batch added (and nobody edited since), removed.
    targets: int = 0


def undo_batch_details(store: Store, batch_id: str) -> BatchUndo:
    """Soft-delete the batch's entries, give back the stored entries it changed or replaced
    (see :mod:`import_conflicts`), remove what it created that nothing uses now (see
    :mod:`batch_catalog`) and mark it undone, atomically."""
    with store.transaction():  # checked under the write lock: two undos at once undo it once
        batch = get_batch(store, batch_id)
        if batch.undone_at:
            raise ValidationError(translate(
                "ImportHistory", "Import batch {0} ({1}) was already undone.").format(batch.id[:8], batch.file_name),
                "id")
        ids = [row[0] for row in store.db.execute(
            "SELECT id FROM entries WHERE import_batch_id = ? AND deleted_at IS NULL", [batch.id])]
        removed = remove_entries(store, ids)
        given_back, left = import_conflicts.revert(store, batch.id)
        catalog = batch_catalog.remove_unused(store, batch.id, left)
        update_row(store, "import_batches", batch.id, {"undone_at": utc_now()})
        names = batch_catalog.describe(store, catalog)
    return BatchUndo(removed, given_back, names, len(catalog.ids.get("targets", [])))


def batch_entry_ids(store: Store, batch_id: str) -> list[str]:
    """Ids of the batch's entries that are live now (what an undo will remove)."""
    rows = store.db.execute("SELECT id FROM entries WHERE import_batch_id = ? AND deleted_at IS NULL", [batch_id])
    return [row[0] for row in rows]


def restore_batch(store: Store, batch_id: str, entry_ids: Sequence[str]) -> int:
    """Undo an undo: bring back ``entry_ids`` (its entries live before the undo) and what
    the undo removed, and clear the batch's undone mark, atomically.

    Its entries that a later batch had replaced come back too when that batch's undo
    left them removed because this one was undone then.
    """
    with store.transaction():
        batch_catalog.restore_removed(store, batch_id)
        ids = [*entry_ids, *_released(store, batch_id)]
        restored = restore_entries(store, ids)
        import_conflicts.reapply(store, batch_id)
        batch_catalog.restore_needed(store)
        update_row(store, "import_batches", batch_id, {"undone_at": None})
    return restored


def _released(store: Store, batch_id: str) -> list[str]:
    """The batch's entries other undone batches left removed, that no live batch replaces."""
    held = batch_catalog.left_removed(store)
    wanted = list({entry_id for ids in held.values() for entry_id in ids})
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    ours = {row[0] for row in store.db.execute(
        f"SELECT id FROM entries WHERE import_batch_id = ? AND deleted_at IS NOT NULL AND id IN ({marks})",
        [batch_id, *wanted])}
    replaced = {row[0] for row in store.db.execute(
        "SELECT x.entry_id FROM import_conflicts x JOIN import_batches b ON b.id = x.import_batch_id "
        "WHERE x.kind = 'correction' AND x.kept = 'file' AND x.deleted_at IS NULL AND b.undone_at IS NULL "
        f"AND b.deleted_at IS NULL AND x.entry_id IN ({marks})", wanted)}
    released = ours - replaced
    for holder, ids in held.items():
        if released & set(ids):
            batch_catalog.forget_left_removed(store, holder, released)
    return sorted(released)


_LOWER_HEX = re.compile("[0-9a-f]{8}")


#: Above this many stored figures on a file's days per figure of the file, only the stored
#: figures of the same program, metric and end day as one of the file's are read, each program
#: and day looked up through ``ix_entries_program_end``. 100,000 rows of a CSV over 14 years
#: into a store of a million: 865,000 stored figures on its days were read one by one, twice
#: (duplicates, then corrections), for most of the import's 1.9 GB peak. Below it, reading
#: every figure on the file's days is cheaper than one look-up per program and day.
SIFT_RATIO = 2


@dataclass
class LiveFigures:
    """The live entries an import's figures could repeat or correct.

    ``fingerprints``: fingerprint, as a 128-bit integer → a position for :meth:`where`,
    which gives (the entry id's first 8 characters, source file, source row, origin):
    what a duplicate's reason names. Held in arrays, not tuples, so that a re-sent file of
    two million figures costs about 140 bytes a stored figure, not 600.
    :meth:`imported` groups the entries that came from an import or a merge (a figure
    typed in a form is never "corrected" by a file) by what a correction matches on,
    with a second query on the same index, run only when asked: most imports have
    nothing to correct, and a re-import of a large file should not pay for it. With
    ``sifted_by`` (a store much larger than the file on its days: metric key → the file's
    [program id, end day] pairs) both hold only the stored figures of those programs and
    days; ``any_stored`` says whether any live figure was on the file's days at all.
    """

    store: Store
    fingerprints: dict[int, int] = field(default_factory=dict)
    sifted_by: dict[str, list[list[str]]] | None = None
    any_stored: bool = False
    #: (metric key, metric ids, end dates) of every query made.
    queries: list[tuple[str, list[str], list[str]]] = field(default_factory=list)
    _imported: dict[tuple, list[tuple]] | None = None
    _heads: array = field(default_factory=lambda: array("Q"))  # an id's first 8 hex digits, as a number
    _odd_heads: dict[int, str] = field(default_factory=dict)  # positions of ids that do not start with hex
    _rows: array = field(default_factory=lambda: array("q"))
    _sources: array = field(default_factory=lambda: array("I"))
    _names: dict[tuple, int] = field(default_factory=dict)  # (source file, origin) → code
    _by_code: dict[int, tuple] = field(default_factory=dict)

    def add(self, fingerprint: str, entry_id: str, source_file: str | None, source_row: int | None,
            origin: str) -> None:
        key = int(fingerprint, 16)
        if key in self.fingerprints:
            return
        self.fingerprints[key] = len(self._rows)
        head = entry_id[:8]
        if len(head) == 8 and _LOWER_HEX.fullmatch(head):
            self._heads.append(int(head, 16))
        else:
            self._odd_heads[len(self._heads)] = head
            self._heads.append(0)
        self._rows.append(-1 if source_row is None else source_row)
        self._sources.append(self._names.setdefault((source_file, origin), len(self._names)))

    def where(self, position: int) -> tuple[str, str | None, int | None, str]:
        """(entry id's first 8 characters, source file, source row, origin) of a stored figure."""
        if len(self._by_code) != len(self._names):
            self._by_code = {code: pair for pair, code in self._names.items()}
        source_file, origin = self._by_code[self._sources[position]]
        row = self._rows[position]
        head = self._odd_heads.get(position) or f"{self._heads[position]:08x}"
        return head, source_file, None if row < 0 else row, origin

    def imported(self) -> dict[tuple, list[tuple]]:
        """(program id, metric key, period start, period end, currency, channel id) →
        [(entry id, value_e4, source file, source row, origin, fingerprint)]."""
        if self._imported is not None:
            return self._imported
        self._imported = found = {}
        _register_fingerprint(self.store)
        columns = ("e.program_id, e.period_start, e.period_end, e.currency, e.channel_id, e.id, e.value_e4, "
                   f"e.source_file, e.source_row, e.origin, {_FINGERPRINT}")
        correctable = f" AND e.origin IN ({_marks(_CORRECTABLE)})"
        for key, ids, ends in self.queries:
            sql, params = _figures_on(columns, key, ids, ends, self.sifted_by)
            for program_id, start, end, currency, channel_id, *stored in self.store.db.execute(
                    sql + correctable, [*params, *_CORRECTABLE]):
                found.setdefault((program_id, key, start, end, currency, channel_id), []).append(tuple(stored))
        return found


#: A stored entry's fingerprint (the metric key the first parameter): as stored when it is one
#: (32 lower-case hex digits), else worked out from its columns. Entries written by another
#: tool or script may have none, and every import into such a store failed on them.
_FINGERPRINT = (
    "CASE WHEN length(fingerprint) = 32 AND fingerprint NOT GLOB '*[^0-9a-f]*' THEN fingerprint "
    "ELSE entry_fingerprint(program_id, ?, period_start, period_end, value_e4, currency, channel_id) END"
)


def _register_fingerprint(store: Store) -> None:
    store.db.conn.create_function("entry_fingerprint", 7, fingerprint_of, deterministic=True)


def find_live_figures(store: Store, days: dict[str, Iterable[str]], file_count: int = 0,
                      program_days: Callable[[], dict[str, list[list[str]]]] | None = None) -> LiveFigures:
    """The live entries of each metric (by key) that end on one of its ``days`` (ISO dates).

    A figure equal to a stored one, or correcting it, has the same metric and end date,
    so this finds every stored duplicate of an import's figures through the index every
    summary uses; an index on the fingerprint itself, random keys, cost about a fifth
    of a bulk insert. When the store holds more than :data:`SIFT_RATIO` times the file's
    ``file_count`` figures on those days, ``program_days()`` is asked for the file's
    [program id, end day] pairs per metric key, and only the stored figures of those are read.
    """
    metric_ids: dict[str, list[str]] = {}
    for key, metric_id in store.db.execute("SELECT key, id FROM metrics"):  # deleted ones too, as a key match
        metric_ids.setdefault(key, []).append(metric_id)
    _register_fingerprint(store)
    chunks = [(key, metric_ids[key], chunk) for key, ends in days.items() if metric_ids.get(key)
              for chunk in _chunks(list(ends))]
    stored = sum(store.db.execute(
        f"SELECT count(*) FROM entries e WHERE e.deleted_at IS NULL AND e.metric_id IN ({_marks(ids)}) "
        f"AND e.period_end IN ({_marks(chunk)})", [*ids, *chunk]).fetchone()[0] for _key, ids, chunk in chunks)
    found = LiveFigures(store, any_stored=stored > 0)
    if program_days is not None and stored > SIFT_RATIO * file_count:
        found.sifted_by = program_days()
        chunks = [(key, ids, None) for key, ids in {key: ids for key, ids, _chunk in chunks}.items()]
    columns = f"{_FINGERPRINT}, e.id, e.source_file, e.source_row, e.origin"
    for key, ids, chunk in chunks if stored else ():
        sql, params = _figures_on(columns, key, ids, chunk, found.sifted_by)
        for row in store.db.execute(sql, params):
            found.add(*row)
        found.queries.append((key, ids, chunk))
    return found


def _figures_on(columns: str, key: str, ids: list[str], ends: list[str] | None,
                sifted_by: dict[str, list[list[str]]] | None) -> tuple[str, list]:
    """SQL and parameters of ``columns`` (reading ``key`` first: see :data:`_FINGERPRINT`) of the
    live entries of metric ``ids`` that end on ``ends``, or, with ``sifted_by``, on the
    programs and days it pairs for ``key`` (one index look-up each)."""
    if sifted_by is None:
        return (f"SELECT {columns} FROM entries e WHERE e.deleted_at IS NULL AND e.metric_id IN ({_marks(ids)}) "
                f"AND e.period_end IN ({_marks(ends)})", [key, *ids, *ends])
    return (f"SELECT {columns} FROM json_each(?) AS pair CROSS JOIN entries e INDEXED BY ix_entries_program_end "
            "ON e.program_id = json_extract(pair.value, '$[0]') AND e.period_end = json_extract(pair.value, '$[1]') "
            f"WHERE e.deleted_at IS NULL AND e.metric_id IN ({_marks(ids)})",
            [key, json.dumps(sifted_by.get(key, [])), *ids])


def _marks(values: Sequence) -> str:
    return ", ".join("?" for _ in values)


def _chunks(values: list) -> Iterable[list]:
    return (values[start:start + _CHUNK] for start in range(0, len(values), _CHUNK))


def find_entry_ids(store: Store, ids: Sequence[str]) -> dict[str, bool]:
    """entry id → True if live, False if deleted, for the ids that exist at all."""
    found: dict[str, bool] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        rows = store.db.execute(
            f"SELECT id, deleted_at IS NULL FROM entries WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
        found.update({row[0]: bool(row[1]) for row in rows})
    return found


# -- presets --------------------------------------------------------------------------

@dataclass(frozen=True)
class MappingPreset:
    id: str
    name: str
    layout_key: str
    mapping: dict[str, str]


def _preset(row) -> MappingPreset:
    return MappingPreset(row[0], row[1], row[2], json.loads(row[3]))


def list_presets(store: Store) -> list[MappingPreset]:
    rows = store.db.execute(
        "SELECT id, name, layout_key, mapping_json FROM import_presets WHERE deleted_at IS NULL ORDER BY name")
    return [_preset(row) for row in rows]


def find_preset(store: Store, *, name: str | None = None, layout_key: str | None = None) -> MappingPreset | None:
    if name is not None:
        sql, param = "lower(name) = lower(?)", " ".join(name.split())
    else:
        sql, param = "layout_key = ?", layout_key
    row = store.db.execute(
        "SELECT id, name, layout_key, mapping_json FROM import_presets "
        f"WHERE deleted_at IS NULL AND {sql} ORDER BY updated_at DESC LIMIT 1", [param]).fetchone()
    return _preset(row) if row else None


def save_preset(store: Store, name: str, layout_key: str, mapping: dict[str, str]) -> str:
    """Create the preset, or replace the mapping of the preset with that name."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(translate("ImportHistory", "A mapping preset needs a name."), "name")
    values = {"name": cleaned, "layout_key": layout_key, "mapping_json": json.dumps(mapping, ensure_ascii=False)}
    existing = find_preset(store, name=cleaned)
    try:
        if existing:
            update_row(store, "import_presets", existing.id, values)
            return existing.id
        return insert_row(store, "import_presets", values)
    except sqlite3.IntegrityError as exc:
        raise ValidationError(translate(
            "ImportHistory", "Could not save the preset '{0}': {1}").format(cleaned, exc), "name") from exc


def delete_preset(store: Store, preset_id: str) -> None:
    set_deleted(store, "import_presets", [preset_id], True)
