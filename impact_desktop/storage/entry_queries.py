"""Listing entries: one page of any filter, sort or text search, quick at a million entries.

Every sort ends in the entry's rowid, which every index of ``entries`` ends in too, so
SQLite walks an index in order and stops after one page instead of sorting everything:

* period, value, last change and note have an index each (migration ``0007_entries_search``);
* names and codes shared by many entries (business unit, program, metric, channel,
  origin, currency) are walked *group by group*: the few groups are ordered by name in
  their own small table, and each group's entries come from an index on
  ``(group column, period_end)``; a page rarely needs more than one or two groups.

Text is searched in the notes through ``entry_notes`` (FTS5, trigram tokenizer: any
substring of three characters or more, Chinese or English, in any case) and in the names
of units, programs, metrics and channels, which are matched in their small tables and
turned into ids. Filters are turned into conditions on ``entries``' own columns, so a
count needs no join. Keyset paging (``after=`` the last row of the previous page) keeps
deep pages as cheap as the first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from impact_desktop.core.b4si import FundingSource, InputType, Motivation
from impact_desktop.core.entries import EntryDraft, Origin
from impact_desktop.core.errors import StoreError
from impact_desktop.core.metrics import BUILTIN_METRICS, metric_name_for_key
from impact_desktop.core.money import from_scaled, to_scaled
from impact_desktop.core.periods import Period, PeriodKind, month_key
from impact_desktop.core.texts import translate
from impact_desktop.storage.database import Store
from impact_desktop.storage.entry_name_sort import NAME_SORTS, ordered_groups, rank_terms
from impact_desktop.storage.summary_queries import month_end


@dataclass(frozen=True)
class StoredEntry:
    """An entry as listed and edited: its draft plus names for display and provenance."""

    id: str
    draft: EntryDraft
    business_unit_id: str
    business_unit: str
    program: str
    metric_name: str
    unit: str
    channel: str
    created_at: str
    updated_at: str
    changed_by: str
    deleted: bool
    metric_id: str = ""
    #: SQLite's row number: the last key of every sort (a page's position, never shown).
    rowid: int = 0


@dataclass
class EntryFilter:
    """What the entries table shows; every field narrows the selection."""

    business_unit_ids: list[str] = field(default_factory=list)
    program_ids: list[str] = field(default_factory=list)
    metric_keys: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    import_batch_id: str | None = None
    include_deleted: bool = False


#: Sort key → the ORDER BY terms (ascending) that define its order completely. The name sorts
#: (business unit, program, metric, channel) are ordered by the names shown, in the interface
#: language's collation, which SQLite cannot do: their terms are ranks (see entry_name_sort).
SORTABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "period": ("e.period_end", "e.rowid"),
    "business_unit": (),
    "program": (),
    "metric": (),
    "value": ("e.value_e4", "e.rowid"),
    "currency": ("coalesce(e.currency, '')", "e.period_end", "e.rowid"),
    "channel": (),
    "origin": ("e.origin", "e.period_end", "e.rowid"),
    "updated": ("e.updated_at", "e.rowid"),
    "note": ("e.note", "e.rowid"),
}


def sort_values(entry: StoredEntry, order_by: str) -> tuple:
    """The values of ``entry`` in the terms of ``SORTABLE_COLUMNS[order_by]`` (not a name sort): the key
    of the next page."""
    draft, end = entry.draft, entry.draft.period.end.isoformat()
    return {
        "period": (end, entry.rowid),
        "value": (to_scaled(draft.value), entry.rowid),
        "currency": (draft.currency or "", end, entry.rowid),
        "origin": (draft.origin.value, end, entry.rowid),
        "updated": (entry.updated_at, entry.rowid),
        "note": (draft.note, entry.rowid),
    }[order_by]


_SELECT = """
SELECT e.id, e.program_id, m.key, e.value_e4, e.currency, e.period_kind, e.period_start, e.period_end,
       e.channel_id, e.input_type, e.motivation, e.funding_source, e.note, e.origin, e.source_file,
       e.source_sheet, e.source_row, e.import_batch_id, p.business_unit_id, b.name, p.name, m.name, m.unit,
       coalesce(c.name, ''), e.created_at, e.updated_at, e.changed_by, e.deleted_at, e.metric_id, e.rowid
FROM entries e {indexed}
JOIN programs p ON p.id = e.program_id
JOIN business_units b ON b.id = p.business_unit_id
JOIN metrics m ON m.id = e.metric_id
LEFT JOIN channels c ON c.id = e.channel_id
"""


def _in(column: str, values: list) -> str:
    return f"{column} IN ({', '.join('?' for _ in values)})"


def _like(text: str) -> str:
    """A LIKE pattern finding ``text`` as typed: "50%" or "a_b" are not wildcards."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _also_named(kind: str, column: str) -> str:
    """SQL: ``column`` is the id of a thing of ``kind`` with an alternative name containing :t."""
    return (f" OR {column} IN (SELECT target_id FROM alternative_names WHERE kind = '{kind}' "
            "AND deleted_at IS NULL AND name LIKE :t ESCAPE '\\')")


def _built_in_named(text: str) -> str:
    """SQL: the metric is a built-in one whose name in the interface language contains ``text`` (捐赠 is
    Donations' name in a Chinese interface; it comes from the translations, not from the store)."""
    folded = text.casefold()
    keys = [metric.key for metric in BUILTIN_METRICS
            if folded in metric_name_for_key(metric.key, metric.name).casefold()]
    return f" OR key IN ({', '.join(repr(key) for key in keys)})" if keys else ""  # keys are [a-z_]: no quoting


def _name_matches(store: Store, text: str) -> list[tuple[str, list[str]]]:
    """(entries column, ids) whose unit, program, metric or channel name contains ``text``: its
    own name or an alternative one (the table shows 蚂蚁金服 in a Chinese interface; it finds it too)."""
    like = _like(text)
    found = []
    for column, sql in (
        ("e.program_id", "SELECT p.id FROM programs p JOIN business_units b ON b.id = p.business_unit_id "
                         "WHERE p.name LIKE :t ESCAPE '\\' OR b.name LIKE :t ESCAPE '\\'"
                         + _also_named("program", "p.id") + _also_named("business_unit", "b.id")),
        ("e.metric_id", "SELECT id FROM metrics WHERE name LIKE :t ESCAPE '\\'" + _also_named("metric", "id")
         + _built_in_named(text)),
        ("e.channel_id", "SELECT id FROM channels WHERE name LIKE :t ESCAPE '\\'" + _also_named("channel", "id")),
    ):
        ids = [row[0] for row in store.db.execute(sql, {"t": like})]
        if ids:
            found.append((column, ids))
    return found


#: The condition of a text that matches nothing.
_NOTHING = "0"
#: At most this many entries are sorted whole; a larger selection is read in the order of
#: the sort's own index (or group by group) until a page is full.
SMALL_SELECTION = 20_000
#: A one- or two-character text is searched as the trigrams it begins; beyond this many
#: (a single common Latin letter in a large store), the notes are scanned instead.
_MAX_TERMS = 2_000


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _notes_sql(store: Store, text: str) -> tuple[str, list] | None:
    """The rowids of notes containing ``text`` as SQL; ``None`` when no note can contain it.

    Notes are indexed with a space before and after, so each occurrence of one or two
    characters begins an indexed trigram: those trigrams come from the index's term list
    by a range (``term >= text AND term < text + U+10FFFF``), and any of them matches.
    """
    if len(text) >= 3:
        return "SELECT rowid FROM entry_notes WHERE entry_notes MATCH ?", [_quoted(text)]
    folded = text.lower()
    terms = [row[0] for row in store.db.execute(
        "SELECT term FROM entry_note_terms WHERE term >= ? AND term < ? LIMIT ?",
        [folded, folded + "\U0010ffff", _MAX_TERMS + 1])]
    if not terms:
        return None
    if len(terms) > _MAX_TERMS:
        return "SELECT rowid FROM entry_notes WHERE instr(lower(note), ?) > 0", [folded]
    return "SELECT rowid FROM entry_notes WHERE entry_notes MATCH ?", [" OR ".join(_quoted(t) for t in terms)]


@dataclass
class _Selection:
    """What a filter selects, as conditions on ``entries e``' own columns."""

    clauses: list[str]
    params: list
    #: How many entries the notes matched (counted up to ``SMALL_SELECTION + 1``); None: no text.
    note_hits: int | None = None
    #: The conditions are on ids and dates only, which the roll-up can count.
    countable: bool = True
    #: Text found both in notes and in names: (names condition, its parameters, notes
    #: condition, its parameters); the text's clause, the last, is the two OR-ed.
    split: tuple[str, list, str, list] | None = None

    @property
    def empty(self) -> bool:
        return _NOTHING in self.clauses


def _text_match(store: Store, text: str, selection: _Selection) -> None:
    """Add the condition "contains ``text``" (in a note or in a name) to ``selection``.

    Names are matched in their small tables and become ids. When no note matches, the
    condition is a filter on ids that every sort can walk in order and the roll-up can
    count; otherwise the matched rowids are one set.
    """
    names = _name_matches(store, text)
    notes = _notes_sql(store, text)
    hits = 0
    if notes is not None:
        hits = store.db.execute(f"SELECT count(*) FROM ({notes[0]} LIMIT {SMALL_SELECTION + 1})",
                                notes[1]).fetchone()[0]
    if not hits:
        if not names:
            selection.clauses.append(_NOTHING)
            return
        selection.clauses.append("(" + " OR ".join(_in(column, ids) for column, ids in names) + ")")
        selection.params.extend(value for _column, ids in names for value in ids)
        return
    notes_sql, notes_params = f"e.rowid IN ({notes[0]})", list(notes[1])
    selection.countable = False
    if not names:
        selection.clauses.append(notes_sql)
        selection.params.extend(notes_params)
        selection.note_hits = hits
        return
    names_sql = " OR ".join(_in(column, ids) for column, ids in names)
    names_params = [value for _column, ids in names for value in ids]
    # Each row is tested against both (the matched notes are one set, read once per query);
    # a union of every entry of a matching unit would be read and sorted whole instead.
    selection.clauses.append(f"({notes_sql} OR {names_sql})")
    selection.params.extend([*notes_params, *names_params])
    selection.note_hits = SMALL_SELECTION + 1
    selection.split = (f"({names_sql})", names_params, notes_sql, notes_params)


def _where(store: Store, flt: EntryFilter, *, dates: bool = True) -> _Selection:
    """Conditions on ``entries e``' own columns (names and keys turned into ids first).

    ``dates=False`` leaves out the date range.
    """
    selection = _Selection([], [])
    clauses, params = selection.clauses, selection.params
    if not flt.include_deleted:
        clauses.append("e.deleted_at IS NULL")
    if flt.business_unit_ids:
        programs = [row[0] for row in store.db.execute(
            f"SELECT id FROM programs WHERE {_in('business_unit_id', flt.business_unit_ids)}",
            flt.business_unit_ids)]
        if flt.program_ids:
            programs = [program for program in programs if program in set(flt.program_ids)]
        clauses.append(_in("e.program_id", programs))
        params.extend(programs)
    elif flt.program_ids:
        clauses.append(_in("e.program_id", flt.program_ids))
        params.extend(flt.program_ids)
    if flt.metric_keys:
        metrics = [row[0] for row in store.db.execute(
            f"SELECT id FROM metrics WHERE {_in('key', flt.metric_keys)}", flt.metric_keys)]
        clauses.append(_in("e.metric_id", metrics))
        params.extend(metrics)
    if flt.start and dates:
        clauses.append("e.period_end >= ?")
        params.append(flt.start.isoformat())
    if flt.end and dates:
        clauses.append("e.period_end <= ?")
        params.append(flt.end.isoformat())
    if flt.import_batch_id:
        clauses.append("e.import_batch_id = ?")
        params.append(flt.import_batch_id)
        selection.countable = False
    if flt.include_deleted:
        selection.countable = False
    text = flt.text.strip()
    if text:
        _text_match(store, text, selection)
    return selection


def _sql_where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def count_entries(store: Store, flt: EntryFilter | None = None) -> int:
    """How many entries match ``flt``; counted from the roll-up where the filter allows it."""
    flt = flt or EntryFilter()
    selection = _where(store, flt, dates=False)
    if selection.empty:
        return 0
    if selection.countable:
        return _count_from_rollup(store, flt, selection.clauses, selection.params)
    if selection.split and not (flt.import_batch_id or flt.include_deleted):
        return _count_split(store, flt, selection)
    if flt.start or flt.end:
        selection = _where(store, flt)
    return store.db.execute(f"SELECT count(*) FROM entries e{_sql_where(selection.clauses)}",
                            selection.params).fetchone()[0]


def _count_split(store: Store, flt: EntryFilter, selection: _Selection) -> int:
    """Entries of matching names (from the roll-up) plus the others whose note matches."""
    names_sql, names_params, notes_sql, notes_params = selection.split
    text_params = len(names_params) + len(notes_params)
    by_names = _count_from_rollup(store, flt, [*selection.clauses[:-1], names_sql],
                                  [*selection.params[:-text_params], *names_params])
    dated = _where(store, flt)
    others = store.db.execute(
        f"SELECT count(*) FROM entries e{_sql_where([*dated.clauses[:-1], notes_sql, f'NOT {names_sql}'])}",
        [*dated.params[:-text_params], *notes_params, *names_params]).fetchone()[0]
    return by_names + others


def _count_from_rollup(store: Store, flt: EntryFilter, clauses: list[str], params: list) -> int:
    """Live entries by unit, program, metric and dates: whole months from ``monthly_totals``.

    The roll-up counts every live entry by the month its period ends in, so whole months
    are read there (a few thousand rows); only the partial months at the edges of a range
    are counted in ``entries`` through the period index. ``clauses`` are conditions on
    ids only (no dates, no notes), which read the same on the roll-up's columns.
    """
    ids = [clause.replace("e.", "t.") for clause in clauses[1:]]
    first, last = flt.start, flt.end
    whole_from = first if first is None or first.day == 1 else month_end(first) + dt.timedelta(days=1)
    whole_to = last if last is None or last == month_end(last) else last.replace(day=1) - dt.timedelta(days=1)
    total = 0
    if whole_from is None or whole_to is None or whole_from <= whole_to:
        bounds = ([f"t.month >= {month_key(whole_from)}"] if whole_from else []) + (
            [f"t.month <= {month_key(whole_to)}"] if whole_to else [])
        # program_months (program × month) is a fraction of monthly_totals' rows: enough for
        # conditions on programs alone, the usual case (no filter, a unit, a program).
        rollup = "program_months" if all(c.startswith("t.program_id IN") for c in ids) else "monthly_totals"
        total += store.db.execute(f"SELECT coalesce(sum(t.entry_count), 0) FROM {rollup} t"
                                  + _sql_where(ids + bounds), params).fetchone()[0]
        edges = [(first, whole_from - dt.timedelta(days=1))] if first and first < whole_from else []
        edges += [(whole_to + dt.timedelta(days=1), last)] if last and whole_to < last else []
    else:  # within one month
        edges = [(first, last)]
    for low, high in edges:
        total += store.db.execute(
            f"SELECT count(*) FROM entries e{_sql_where([*clauses, 'e.period_end BETWEEN ? AND ?'])}",
            [*params, low.isoformat(), high.isoformat()]).fetchone()[0]
    return total


def query_entries(store: Store, flt: EntryFilter | None = None, *, order_by: str = "period",
                  descending: bool = True, limit: int = 500, offset: int = 0,
                  after: StoredEntry | None = None, shown: Mapping[str, str] | None = None) -> list[StoredEntry]:
    """One page of entries, sorted; pages are what lets a table scroll through a million rows.

    Pass the last entry of the previous page as ``after`` (keyset paging): the next page
    then costs the same at row 900,000 as at row 0, where ``offset`` grows linearly.
    ``shown`` (id → name shown, where it is not the stored name) makes a sort by business
    unit, program, metric or channel follow the names people see.
    """
    flt = flt or EntryFilter()
    order_by = order_by if order_by in SORTABLE_COLUMNS else "period"
    selection = _where(store, flt)
    if selection.empty:
        return []
    clauses, params = selection.clauses, selection.params
    if not _small(store, flt, selection):
        if order_by in _GROUP_SQL and not offset and not flt.include_deleted:
            rows = _by_groups(store, clauses, params, order_by, descending, limit, after, shown)
            if rows is not None:
                return rows
        index = _SORT_INDEXES.get(order_by)
        indexed = f"INDEXED BY {index}" if index and (not flt.include_deleted or index == _PERIOD_INDEX) else ""
    else:
        indexed = ""  # SQLite starts from the filter's own index and sorts the few rows
    terms = SORTABLE_COLUMNS[order_by]
    rank = None
    if order_by in NAME_SORTS:
        terms, rank = rank_terms(store, order_by, shown)
    direction = "DESC" if descending else "ASC"
    if after is not None:
        clauses = [*clauses, f"({', '.join(terms)}) {'<' if descending else '>'} "
                              f"({', '.join('?' for _ in terms)})"]
        after_values = sort_values(after, order_by) if rank is None else (
            rank(_group_of(after, _GROUP_SQL[order_by][3])), after.draft.period.end.isoformat(), after.rowid)
        params = [*params, *after_values]
    order = ", ".join(f"{term} {direction}" for term in terms)
    sql = f"{_SELECT.format(indexed=indexed)}{_sql_where(clauses)} ORDER BY {order} LIMIT ? OFFSET ?"
    return [_stored(row) for row in store.db.execute(sql, [*params, limit, offset])]


_PERIOD_INDEX = "ix_entries_period_end"
#: Sorts read in the order of an index of their own (partial ones hold live entries only).
_SORT_INDEXES = {"period": _PERIOD_INDEX, "value": "ix_entries_value", "updated": "ix_entries_updated",
                 "note": "ix_entries_note"}


def _small(store: Store, flt: EntryFilter, selection: _Selection) -> bool:
    """Whether the selection is small enough to be sorted whole (else it is walked in order).

    Walking a sort's index costs about the rows it passes before a page is full, which is
    many when few entries match; sorting costs the matches. The roll-up counts filters on
    ids and dates in milliseconds; the notes' matches were counted (up to a limit).
    """
    if selection.note_hits is not None:
        return selection.note_hits <= SMALL_SELECTION
    if len(selection.clauses) <= 1:  # everything (live)
        return False
    if selection.countable:
        ids = _where(store, flt, dates=False)
        return _count_from_rollup(store, flt, ids.clauses, ids.params) <= SMALL_SELECTION
    return True  # an import batch, deleted entries: SQLite's own choice


#: Grouped sorts: (the groups in ascending order, the index of each group's entries, the
#: condition selecting a group (``None``: entries without one), the group of an entry). A name
#: sort's groups are put in order by entry_name_sort.ordered_groups.
_GROUP_SQL: dict[str, tuple[str, str, str, str]] = {
    "business_unit": ("", "ix_entries_program_end", "e.program_id", "program"),
    "program": ("", "ix_entries_program_end", "e.program_id", "program"),
    "metric": ("", "ix_entries_metric_end", "e.metric_id", "metric"),
    "channel": ("", "ix_entries_channel_end", "e.channel_id", "channel"),
    "origin": ("", "ix_entries_origin_end", "e.origin", "origin"),
    "currency": ("SELECT NULL UNION ALL SELECT * FROM (SELECT DISTINCT currency FROM monthly_totals "
                 "WHERE currency <> '' ORDER BY currency)", "", "e.currency", "currency"),
}
#: Groups not in their group's index (ENTRY_QUERY_INDEXES_SQL): read through the period index.
_PERIOD_WALKED = {("channel", None), ("origin", Origin.IMPORT.value)}
#: Stored origins in SQLite's (binary) text order.
_ORIGINS = sorted(origin.value for origin in Origin)


def _group_of(entry: StoredEntry, kind: str) -> object:
    draft = entry.draft
    return {"program": draft.program_id, "metric": entry.metric_id, "channel": draft.channel_id or None,
            "origin": draft.origin.value, "currency": draft.currency or None}[kind]


def _by_groups(store: Store, clauses: list[str], params: list, order_by: str, descending: bool, limit: int,
               after: StoredEntry | None, shown: Mapping[str, str] | None = None) -> list[StoredEntry] | None:
    """A page of a grouped sort, read group by group; ``None`` when ``after`` is in no group."""
    groups_sql, index, column, kind = _GROUP_SQL[order_by]
    if order_by in NAME_SORTS:
        groups = ordered_groups(store, order_by, shown)
    else:
        groups = list(_ORIGINS) if kind == "origin" else [row[0] for row in store.db.execute(groups_sql)]
    if descending:
        groups.reverse()
    first = 0
    if after is not None:
        group = _group_of(after, kind)
        if group not in groups:
            return None
        first = groups.index(group)
    direction, compare = ("DESC", "<") if descending else ("ASC", ">")
    rows: list[StoredEntry] = []
    for position in range(first, len(groups)):
        group = groups[position]
        where = [*clauses, f"{column} = ?" if group is not None else
                 (f"({column} IS NULL OR {column} = '')" if kind == "currency" else f"{column} IS NULL")]
        indexed = index
        if (kind, group) in _PERIOD_WALKED or kind == "currency":  # the bulk of a store, left out of an index
            indexed = _PERIOD_INDEX
        elif kind == "origin":
            where.append("e.origin <> 'import'")  # the origin index's own condition, so it is used
        indexed = f"INDEXED BY {indexed}" if indexed else ""
        values = [*params, *([group] if group is not None else [])]
        if after is not None and position == first:
            where.append(f"(e.period_end, e.rowid) {compare} (?, ?)")
            values += [after.draft.period.end.isoformat(), after.rowid]
        sql = (f"{_SELECT.format(indexed=indexed)}{_sql_where(where)} "
               f"ORDER BY e.period_end {direction}, e.rowid {direction} LIMIT ?")
        rows += [_stored(row) for row in store.db.execute(sql, [*values, limit - len(rows)])]
        if len(rows) >= limit:
            break
    return rows


def get_entry(store: Store, entry_id: str) -> StoredEntry:
    row = store.db.execute(f"{_SELECT.format(indexed='')} WHERE e.id = ?", [entry_id]).fetchone()
    if row is None:
        raise StoreError(translate("Entries", "That entry no longer exists."))
    return _stored(row)


def _stored(row) -> StoredEntry:
    draft = EntryDraft(
        program_id=row[1], metric_key=row[2], value=from_scaled(row[3]),
        period=Period(dt.date.fromisoformat(row[6]), dt.date.fromisoformat(row[7]), PeriodKind(row[5])),
        currency=row[4], channel_id=row[8],
        input_type=InputType(row[9]) if row[9] else None,
        motivation=Motivation(row[10]) if row[10] else None,
        funding_source=FundingSource(row[11]) if row[11] else None,
        note=row[12], origin=Origin(row[13]), source_file=row[14], source_sheet=row[15], source_row=row[16],
        import_batch_id=row[17],
    )
    return StoredEntry(
        id=row[0], draft=draft, business_unit_id=row[18], business_unit=row[19], program=row[20],
        metric_name=row[21], unit=row[22], channel=row[23], created_at=row[24], updated_at=row[25],
        changed_by=row[26], deleted=row[27] is not None, metric_id=row[28], rowid=row[29],
    )
