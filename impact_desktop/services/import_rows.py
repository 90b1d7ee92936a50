"""Turning one spreadsheet row into validated entry drafts (the import's inner loop).

Names of business units, programs and channels are resolved against a snapshot of the
catalogue taken once; names not yet in the store get an id up front and are created in
the import's transaction. Every problem names its sheet, row, column, value and reason.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from impact_desktop.core.catalog import CONTROL_CHARACTER, LONG_NAME, MAX_NAME_LENGTH, name_fault
from impact_desktop.core.entries import EntryDraft, FieldErrors, Origin
from impact_desktop.core.entry_builder import EntryBuilder
from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Metric
from impact_desktop.core.names import name_key
from impact_desktop.core.periods import AmbiguousDateError, Period, period_between, slash_date_order
from impact_desktop.core.texts import sentence, translate
from impact_desktop.io import headers as h
from impact_desktop.io.headers import normalize_header, total_label_kind
from impact_desktop.io.values import enum_text, read_period_cell
from impact_desktop.services.import_catalog import CatalogSnapshot
from impact_desktop.services.import_units import ValueUnits, bracketed


@dataclass(frozen=True)
class Problem:
    """Why a row (or one of its cells) cannot be imported."""

    sheet: str
    row: int
    column: str
    value: str
    reason: str

    def line(self) -> str:
        return f"sheet {self.sheet}, row {self.row}, {self.place}, value {self.value!r}: {self.reason}"

    @property
    def place(self) -> str:
        """"column Amount", "column XFD" (a column without a header is already named so), "columns K … XFD"."""
        if " … " in self.column:
            return f"columns {self.column}"
        return self.column if self.column.startswith("column ") else f"column {self.column}"


class RowResult(NamedTuple):
    """What one row gave (a named tuple: one is made for every row read)."""

    kind: str  # "entries", "invalid", "blank", "total", "empty"
    drafts: list[tuple[str | None, EntryDraft]] | tuple = ()
    problems: list[Problem] | tuple = ()
    #: The row's "Updated" cell when it carries an entry id (an export's last-changed time).
    updated: object = None
    #: (column index, cell as written) of each draft; for an invalid row, of the figures it holds back.
    written: list[tuple[int, object]] | tuple = ()


_BLANK, _TOTAL, _EMPTY = RowResult("blank"), RowResult("total"), RowResult("empty")


#: What people put in a cell to say "no figure": counted as empty, never as a bad number.
EMPTY_MARKS = frozenset({"-", "--", "---", "–", "—", "——", "/", "n/a", "N/A", "N/a", "NA", "na", "n.a.", "N.A.",
                         "nil", "Nil", "NIL", "none", "None", "无", "空", "暂无", "不适用", "—/—",
                         # full-width forms, as a Chinese input method types them
                         "－", "－－", "／", "Ｎ/Ａ", "ｎ/ａ", "Ｎ／Ａ"})


def _name(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


#: Longest cell text repeated in a problem; the rest is counted, not printed (a cell may hold 5 MB).
SHOWN_CHARACTERS = 80


def shown(value: object) -> str:
    """A cell's value as a problem quotes it: whole when short, else its start and its length."""
    text = "" if value is None else str(value)
    if len(text) <= SHOWN_CHARACTERS:
        return text
    return translate("ImportProblem", "{start}… ({count} characters)").format(
        start=text[:SHOWN_CHARACTERS], count=f"{len(text):,}")


_shown = shown


class _Fault(NamedTuple):
    """A name that cannot be stored, remembered in place of its id."""

    reason: str


def name_reason(fault: str) -> str:
    """The reason a business unit, program or channel name is refused (see core.catalog.name_fault)."""
    if fault == LONG_NAME:
        return translate("ImportProblem", "A name is at most {count} characters; this one has more (is a note or "
                                          "another column's text in this cell?).").format(count=MAX_NAME_LENGTH)
    if fault == CONTROL_CHARACTER:
        return translate("ImportProblem", "The name holds a control character (such as NUL), which a name cannot "
                                          "hold; retype it.")
    return translate("ImportProblem", "The name is empty.")


#: Distinct label cells remembered as never a total (a sheet's names, periods and metrics repeat).
NOT_TOTAL_CELLS_KEPT = 1 << 16
#: Cell types that never equal a text, so a total's label cannot hide behind one in a set.
_NEVER_TEXT = frozenset({int, float, bool, Decimal, dt.datetime, dt.date, dt.time})

#: Distinct metric cells of a long sheet whose reading is remembered (a real sheet has a few).
METRIC_CELLS_KEPT = 4096


class RowReader:
    """Reads rows of one sheet with one mapping (a field per column).

    A sheet repeats the same names, dates and labels on row after row: how each distinct
    business unit + program, period, channel and label cell reads is worked out once
    and remembered, and the figures go through one :class:`EntryBuilder`.
    """

    def __init__(self, *, sheet: str, file_name: str, headers: list[str], mapping: list[str],
                 metrics: dict[str, Metric], snapshot: CatalogSnapshot, metric_names: dict[str, str],
                 default_currency: str, fiscal_start_month: int, batch_id: str | None = None):
        self.sheet, self.file_name, self.headers = sheet, file_name, headers
        self.snapshot, self.metrics, self.metric_names = snapshot, metrics, metric_names
        self.default_currency, self.fiscal_start_month = default_currency, fiscal_start_month
        self.batch_id = batch_id
        self.builder = EntryBuilder(default_currency, fiscal_start_month)
        self.col = {f: i for i, f in enumerate(mapping) if f and not f.startswith(h.METRIC_PREFIX)}
        self.metric_cols = [(i, metrics[f[len(h.METRIC_PREFIX):]]) for i, f in enumerate(mapping)
                            if f.startswith(h.METRIC_PREFIX) and f[len(h.METRIC_PREFIX):] in metrics]
        self.long = h.METRIC in self.col and h.VALUE in self.col
        #: A long sheet's value, metric and metric key columns.
        self._long_at = (self.col[h.VALUE], self.col[h.METRIC], self.col.get(h.METRIC_KEY)) if self.long else None
        self.label_cols = [self.col[f] for f in (h.BUSINESS_UNIT, h.PROGRAM, h.PERIOD, h.CHANNEL, h.METRIC)
                           if f in self.col]
        self._periods: dict[object, Period | str] = {}
        self._slash_orders: set[str] = set()
        #: Period cells such as 11/2/2017 and the rows they made invalid, until the column shows its order.
        self.ambiguous_dates: set[tuple] = set()
        self.ambiguous_rows: set[int] = set()
        self._programs: dict[tuple, tuple[str | None, tuple | None]] = {}
        #: program name (lower case) → business units the file names it under, for rows that leave the unit blank.
        self._units_of_program: dict[str, set[str]] = {}
        self._channels: dict[object, str] = {}
        self._totals: dict[str, str | None] = {}
        #: Cells known to never make a row a total, and the getter of a row's first cell and labels (0 twice:
        #: itemgetter of one index gives the cell itself, not a tuple).
        self._not_totals: set = set()
        self._first_and_labels = operator.itemgetter(0, 0, *self.label_cols)
        #: (type, metric cell) → metric key or None: a long sheet names a handful of metrics on every row.
        self._metric_keys: dict[tuple, str | None] = {}
        value_cols = [i for i, _m in self.metric_cols] + ([self.col[h.VALUE]] if self.long else [])
        self.value_units = ValueUnits(headers, self.col.get(h.UNIT))
        self.has_units = h.UNIT in self.col or any(bracketed(headers[i]) for i in value_cols if i < len(headers))
        self.width = max([*self.col.values(), *value_cols, -1]) + 1
        #: Wide columns whose header gives at most a currency ("Donation Amount (CNY)"): the fast path.
        self._header_currency: dict[int, str | None] = {}
        if h.UNIT not in self.col:
            for index, metric in self.metric_cols:
                unit, reason = self.value_units.header_unit(index, metric)
                if unit.exponent == 0 and not reason:
                    self._header_currency[index] = unit.currency
        #: Columns nobody mapped: the first value seen in each, so it can be reported, never dropped.
        self.unmapped = [i for i, f in enumerate(mapping) if f == h.IGNORE]
        self.mapped_width = len(mapping)
        self.unmapped_values: dict[int, tuple[int, object]] = {}
        self._at = tuple(self.col.get(f) for f in (h.CHANNEL, h.CURRENCY, h.NOTE, h.INPUT_TYPE, h.MOTIVATION,
                                                    h.FUNDING_SOURCE, h.ENTRY_ID))
        self._program_at, self._business_unit_at = self.col.get(h.PROGRAM), self.col.get(h.BUSINESS_UNIT)
        self._period_at = self.col.get(h.PERIOD)
        self._updated_at = self.col.get(h.UPDATED_AT)
        self._id_at = self.col.get(h.ENTRY_ID)
        self._parent_at = self.col.get(h.PARENT_UNIT)

    def column_name(self, index: int) -> str:
        header = self.headers[index] if index < len(self.headers) else ""
        return header or column_letter(index)

    def read(self, number: int, cells: list) -> RowResult:
        if not cells:
            return _BLANK
        row = cells if len(cells) >= self.width else cells + [None] * (self.width - len(cells))
        if self._is_total(row):
            return _TOTAL
        if self.unmapped or len(cells) > self.mapped_width:
            self._note_unmapped(number, cells)
        figures = self._figures(row)
        if not figures:
            return _BLANK if all(value is None for value in cells) else _EMPTY
        problems: list[Problem] = []
        program_id = self._program(row, number, problems)
        period = self._period(row, number, problems)
        channel_at, currency_at, note_at, input_at, motivation_at, funding_at, id_at = self._at
        channel_id = self._channel(row[channel_at]) if channel_at is not None else None
        if type(channel_id) is _Fault:
            problems.append(self._problem(number, channel_at, row[channel_at], channel_id.reason))
            channel_id = None
        row_currency = _name(row[currency_at]) or None if currency_at is not None else None
        note = _name(row[note_at]) if note_at is not None else ""
        input_type = enum_text(row[input_at]) if input_at is not None else None
        motivation = enum_text(row[motivation_at]) if motivation_at is not None else None
        funding_source = enum_text(row[funding_at]) if funding_at is not None else None
        entry_id = _name(row[id_at]) or None if id_at is not None else None
        origin = Origin.MERGE if entry_id else Origin.IMPORT
        quick, has_units, header_currency = self.builder.quick, self.has_units, self._header_currency
        file_name, sheet, batch_id = self.file_name, self.sheet, self.batch_id
        pairs = []  # (None, draft): what an entries row gives, made as it goes
        written = []
        for value_col, metric, value in figures:
            if metric is None:
                metric_at = self.col[h.METRIC]
                named = row[metric_at]
                problems.append(self._problem(number, metric_at, named, translate(
                    "ImportProblem", "The metric is empty.") if named is None else translate(
                    "ImportProblem", "This store has no metric named '{metric}'; add it on the Metrics page first (an "
                    "Impact Desktop export carries its metric definitions, so importing one creates them).").format(
                    metric=named)))
                continue
            currency = row_currency
            if has_units:
                if currency is None and value_col in header_currency:
                    currency = header_currency[value_col]
                else:
                    value, currency, trouble = self.value_units.apply(row, value_col, metric, value, currency)
                    if trouble:
                        problems.append(self._problem(number, trouble[0], row[trouble[0]], trouble[1]))
                        continue
            draft = quick(metric, value, currency, input_type, motivation, funding_source, program_id, period,
                          channel_id, note, origin, file_name, sheet, number, batch_id)
            if draft is None:
                try:
                    draft = self.builder.build(
                        metric, program_id=program_id or "?", value=value, period=period or "2000",
                        currency=currency, channel_id=channel_id, input_type=input_type, motivation=motivation,
                        funding_source=funding_source, note=note, origin=origin, source_file=file_name,
                        source_sheet=sheet, source_row=number, import_batch_id=batch_id)
                except FieldErrors as exc:
                    for name, reason in exc.errors.items():
                        index = self._error_column(name, value_col)
                        problems.append(self._problem(number, index, row[index] if index < len(row) else None,
                                                      reason))
                    continue
            pairs.append((None, draft))
            written.append((value_col, row[value_col]))
        if problems:
            if not (program_id and period):  # the figures themselves are unusable, not held back
                return RowResult("invalid", problems=problems)
            return RowResult("invalid", problems=problems, drafts=[draft for _none, draft in pairs],
                             written=written)  # held back with it
        if entry_id and len(pairs) == 1:
            updated = row[self._updated_at] if self._updated_at is not None else None
            return RowResult("entries", [(entry_id, pairs[0][1])], (), updated, written)
        return RowResult("entries", pairs, (), None, written)

    def _is_total(self, row: list) -> bool:
        """A total or subtotal row: its first filled cell or a label column says so.

        ``Total`` or ``合计`` alone always does. A named total (``Ant Financial total``)
        does when the row lacks a program or a period, or stands in the period column:
        a program called "Total Care" with a date is a real row. A row carrying an entry id
        (from an export) is always data, whatever its program is called.
        """
        if self._id_at is not None and row[self._id_at] is not None:
            return False
        if row[0] is not None and self._not_totals.issuperset(self._first_and_labels(row)):
            return False  # its first cell and its labels were all seen before, none of them a total
        totals, named = self._totals, False
        for value in row:
            if value is not None:
                if type(value) is str:
                    kind = totals.get(value, False)
                    if kind is False:
                        kind = self._total_kind(value)
                    if kind == h.EXACT_TOTAL:
                        return True
                    named = kind is not None
                break
        for index in self.label_cols:
            value = row[index]
            if type(value) is str:
                kind = totals.get(value, False)
                if kind is False:
                    kind = self._total_kind(value)
                if kind is not None:
                    if kind == h.EXACT_TOTAL or index == self._period_at:
                        return True
                    named = True
        if not named:
            self._remember_not_totals(row)
            return False
        program = row[self._program_at] if self._program_at is not None else None
        period = row[self._period_at] if self._period_at is not None else None
        return program is None or period is None

    def _remember_not_totals(self, row: list) -> None:
        """Keep the row's first cell and labels that can never make a row a total, for :meth:`_is_total`'s
        short cut (a bounded number: a column of a million distinct dates or notes would not pay)."""
        known = self._not_totals
        if len(known) >= NOT_TOTAL_CELLS_KEPT:
            return
        for value in self._first_and_labels(row):
            kind = type(value)
            if value is None or kind in _NEVER_TEXT or (kind is str and self._total_kind(value) is None):
                known.add(value)  # never a str subclass or an odd object: one might equal "Total" as a key

    def _total_kind(self, text: str) -> str | None:
        found = self._totals.get(text, False)
        if found is False:
            found = self._totals[text] = total_label_kind(text)
        return found

    def _note_unmapped(self, number: int, cells: list) -> None:
        """Remember the first value of every unmapped column (see :attr:`unmapped_values`)."""
        width, seen = len(cells), self.unmapped_values
        beyond = range(self.mapped_width, width)  # columns past the header row are unmapped too
        for index in itertools.chain(self.unmapped, beyond):
            if index < width and index not in seen:
                value = cells[index]
                if value is not None and not (type(value) is str and value in EMPTY_MARKS):
                    seen[index] = (number, value)

    def _channel(self, raw: object) -> str | None:
        """The channel's id, or a :class:`_Fault` when its name cannot be stored."""
        if raw is None:
            return None
        key = (type(raw), raw)
        found = self._channels.get(key)
        if found is None:
            name = _name(raw)
            fault = name_fault(name)
            found = self._channels[key] = _Fault(name_reason(fault)) if fault else self.snapshot.channel_id(name)
        return found

    def _figures(self, row: list) -> list[tuple[int, Metric | None, object]]:
        if self.long:
            value_col, metric_col, key_at = self._long_at
            value = row[value_col]
            if value is None or (type(value) is str and value in EMPTY_MARKS):
                return []
            key = row[key_at] if key_at is not None and row[key_at] in self.metrics else None
            if not key:
                named = row[metric_col]
                found = self._metric_keys.get((type(named), named), False)
                if found is False:
                    found = self.metric_names.get(normalize_header(named))
                    if len(self._metric_keys) < METRIC_CELLS_KEPT:  # a sheet of a million distinct cells
                        self._metric_keys[(type(named), named)] = found
                key = found
            return [(value_col, self.metrics.get(key) if key else None, value)]
        return [(i, metric, row[i]) for i, metric in self.metric_cols
                if row[i] is not None and (type(row[i]) is not str or row[i] not in EMPTY_MARKS)]

    def _program(self, row: list, number: int, problems: list[Problem]) -> str | None:
        program_at, unit_at = self._program_at, self._business_unit_at
        raw_program = row[program_at] if program_at is not None else None
        raw_unit = row[unit_at] if unit_at is not None else None
        key = (type(raw_program), raw_program, type(raw_unit), raw_unit)  # 1 and True are equal keys
        found = self._programs.get(key)
        if found is None:
            found = self._programs[key] = self._resolve_program(raw_program, raw_unit)
            parent = _name(row[self._parent_at]) if self._parent_at is not None else ""
            if parent and name_fault(parent) and found[1] is None:
                found = self._programs[key] = (None, (self.column_name(self._parent_at), shown(parent),
                                                      name_reason(name_fault(parent))))
            elif self._parent_at is not None and raw_unit is not None:  # once per unit and program, not per row
                self.snapshot.note_parent(_name(raw_unit), parent)
        program_id, problem = found
        if problem:
            problems.append(Problem(self.sheet, number, *problem))
        return program_id

    def _resolve_program(self, raw_program: object, raw_unit: object) -> tuple[str | None, tuple | None]:
        """(program id, None) or (None, (column, value, reason)) for one business unit + program pair."""
        if h.PROGRAM not in self.col:
            return None, (translate("ImportProblem", "(none)"), "",
                          translate("ImportProblem", "No column is mapped to Program."))
        index = self.col[h.PROGRAM]
        program, unit = _name(raw_program), _name(raw_unit)
        if not program:
            return None, (self.column_name(index), "", translate("ImportProblem", "The program is empty."))
        for name, at in ((program, index), (unit, self._business_unit_at)):
            fault = name_fault(name) if name else None
            if fault:
                return None, (self.column_name(at), shown(name), name_reason(fault))
        if unit:
            self._units_of_program.setdefault(name_key(program), set()).add(unit)
            return self.snapshot.program_id(self.snapshot.unit_id(unit), program), None
        in_file = self._units_of_program.get(name_key(program), set())
        if len(in_file) == 1:  # a grouped sheet: the unit is written on the group's first row only
            return self.snapshot.program_id(self.snapshot.unit_id(next(iter(in_file))), program), None
        known = self.snapshot.programs_named(program)
        if len(known) == 1 and not in_file:
            return known[0], None
        if known or in_file:
            reason = translate("ImportProblem", "Program '{program}' is run by several business units; fill in the "
                                                "business unit.")
        elif h.BUSINESS_UNIT in self.col:
            reason = translate("ImportProblem", "Program '{program}' is not in the store yet and its business unit "
                                                "cell is empty; fill it in (a cell merged in Excel keeps its value "
                                                "only in its first row when saved as CSV).")
        else:
            reason = translate("ImportProblem", "Program '{program}' is not in the store yet; add a Business unit "
                                                "column so it can be created.")
        return None, (self.column_name(index), program, reason.format(program=program))

    def _period(self, row: list, number: int, problems: list[Problem]) -> Period | None:
        if self._period_at is None:
            if h.PERIOD_START in self.col and h.PERIOD_END in self.col:
                return self._period_from_range(row, number, problems)
            problems.append(Problem(self.sheet, number, translate("ImportProblem", "(none)"), "",
                                    translate("ImportProblem", "No column is mapped to Date or period.")))
            return None
        raw = row[self._period_at]
        parsed = self._periods.get((type(raw), raw))
        if type(parsed) is Period:
            return parsed
        key = (type(raw), raw)
        if parsed is None:
            order = slash_date_order(raw)
            if order:
                self._slash_orders.add(order)
            try:
                parsed = read_period_cell(raw, self.fiscal_start_month, self.slash_order)
            except AmbiguousDateError as exc:
                parsed = sentence(str(exc))
                self.ambiguous_dates.add(key)
            except ImpactError as exc:
                parsed = sentence(str(exc))
            self._periods[key] = parsed
        if isinstance(parsed, str):
            if key in self.ambiguous_dates:
                self.ambiguous_rows.add(number)
            problems.append(self._problem(number, self.col[h.PERIOD], raw, parsed))
            return None
        return parsed

    @property
    def slash_order(self) -> str | None:
        """Day or month first, once the column's slash dates have shown it (and not both ways)."""
        return next(iter(self._slash_orders)) if len(self._slash_orders) == 1 else None

    def forget_ambiguous_dates(self) -> None:
        """Read the ambiguous dates again with :attr:`slash_order` (learned from later rows)."""
        for key in self.ambiguous_dates:
            self._periods.pop(key, None)
        self.ambiguous_dates.clear()

    def _period_from_range(self, row: list, number: int, problems: list[Problem]) -> Period | None:
        """A period from Period start and Period end columns (a file without a Period column)."""
        ends = []
        for field_name in (h.PERIOD_START, h.PERIOD_END):
            index = self.col[field_name]
            try:
                ends.append(read_period_cell(row[index], self.fiscal_start_month))
            except ImpactError as exc:
                problems.append(self._problem(number, index, row[index], sentence(str(exc))))
        if len(ends) < 2:
            return None
        try:
            return period_between(ends[0].start, ends[1].end, self.fiscal_start_month)
        except ImpactError as exc:
            problems.append(self._problem(number, self.col[h.PERIOD_END], row[self.col[h.PERIOD_END]],
                                          sentence(str(exc))))
            return None

    def _error_column(self, name: str, value_col: int) -> int:
        field_for = {"period": h.PERIOD, "program": h.PROGRAM, "currency": h.CURRENCY, "input_type": h.INPUT_TYPE,
                     "motivation": h.MOTIVATION, "funding_source": h.FUNDING_SOURCE}
        return self.col.get(field_for.get(name, ""), value_col)

    def _problem(self, number: int, index: int, value: object, reason: str) -> Problem:
        return Problem(self.sheet, number, self.column_name(index), _shown(value), reason)


def column_letter(index: int) -> str:
    """A 0-based column index as people read it in a problem line: "column A", "column XFD"."""
    letters, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return translate("ImportProblem", "column {letters}").format(letters=letters)
