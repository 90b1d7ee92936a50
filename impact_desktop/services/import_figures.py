"""What an import will store, figure by figure: the preview's "What will be stored" table.

A manager checks that ``320.5`` in a ``捐赠金额（万元）`` column becomes 3,205,000 CNY
before anything is written. :class:`PreviewFigures` holds one line per figure read (and
per figure held back with an invalid row), with its status; the text of each column is
worked out only when asked for, so a 100,000-row file opens at once. Filtering by status
and sorting by a column work on indexes, never on copies of the lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from impact_desktop.core.metrics import unit_display_name
from impact_desktop.core.money import from_scaled
from impact_desktop.core.number_format import exact
from impact_desktop.core.texts import translate
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.import_rows import column_letter
from impact_desktop.storage import catalog
from impact_desktop.storage.database import Store

NEW, DUPLICATE, CORRECTION, CONFLICT, HELD_BACK = "new", "duplicate", "correction", "conflict", "held back"
STATUSES = (NEW, DUPLICATE, CORRECTION, CONFLICT, HELD_BACK)

#: Column keys, in the table's order (also the ``entries`` keys of ``import --dry-run --json``).
COLUMNS = ("sheet", "row", "column", "business_unit", "program", "metric", "period", "written", "value", "unit",
           "channel", "status")


def status_label(status: str) -> str:
    return {NEW: translate("ImportFigures", "new"), DUPLICATE: translate("ImportFigures", "duplicate"),
            CORRECTION: translate("ImportFigures", "correction"), CONFLICT: translate("ImportFigures", "conflict"),
            HELD_BACK: translate("ImportFigures", "held back")}[status]


def column_label(key: str) -> str:
    return {"sheet": translate("ImportFigures", "Sheet"), "row": translate("ImportFigures", "Row"),
            "column": translate("ImportFigures", "Column"),
            "business_unit": translate("ImportFigures", "Business unit"),
            "program": translate("ImportFigures", "Program"), "metric": translate("ImportFigures", "Metric"),
            "period": translate("ImportFigures", "Period"), "written": translate("ImportFigures", "As written"),
            "value": translate("ImportFigures", "As stored"), "unit": translate("ImportFigures", "Currency or unit"),
            "channel": translate("ImportFigures", "Channel"), "status": translate("ImportFigures", "Status")}[key]


#: Marks a cell that was the plain number stored.
_NUMBER = object()


def _place(draft) -> tuple:
    return draft.source_sheet, draft.source_row, draft.metric_key


def as_written(cell: object) -> str:
    """A cell as the preview's "As written" column shows it (a whole float without its .0)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, Decimal):
        return format(cell.normalize(), "f") if cell == cell.to_integral_value() else format(cell, "f")
    return str(cell)


class PreviewFigures:
    """The figures of an :class:`~impact_desktop.services.import_preview.ImportPreview`, lazily described.

    Line ``i`` is the figure at position ``i`` of the preview's ``read`` figures (then the
    held-back ones); drafts are fetched only for the lines shown, sorted or exported.
    """

    def __init__(self, store: Store, preview):
        self.preview = preview
        self.fiscal_start = preview.fiscal_start_month
        self.read = preview.read if preview.read is not None else preview.pending
        self.read_count = len(self.read)
        self.held = preview.held_back
        self.statuses = self._statuses(preview)
        snapshot = preview.snapshot
        # The names the interface shows (蚂蚁金服 for Ant Financial, 捐赠 for Donations in Chinese), as every
        # other table does; without an interface language (the command line), the stored names.
        book = NameBook(store)
        units = {u.id: book.shown(u.id, u.name) for u in catalog.list_business_units(store)}
        self.programs = {p.id: (units.get(p.business_unit_id, "?"), book.shown(p.id, p.name))
                         for p in catalog.list_programs(store)}
        self.channels = {c.id: book.shown(c.id, c.name) for c in catalog.list_channels(store)}
        self.metrics = {m.key: m for m in catalog.list_metrics(store)}
        self.metrics.update({m.key: m for m in preview.new_metrics})
        self._metric_names = {key: book.metric(metric) for key, metric in self.metrics.items()}
        if snapshot is not None:
            units.update({uid: name for uid, name in snapshot.new_units.values()})
            self.programs.update({pid: (units.get(uid, "?"), name)
                                  for pid, uid, name in snapshot.new_programs.values()})
            self.channels.update({cid: name for cid, name in snapshot.new_channels.values()})

    def _statuses(self, preview) -> list[str]:
        """Status by line: positions ``pending`` kept are new, unless a correction; conflicts and
        the rest (duplicates) by where they were read (sheet, row, metric)."""
        statuses = [DUPLICATE] * self.read_count
        if preview.pending is self.read:
            statuses = [NEW] * self.read_count
        else:
            for position in preview.pending.positions():
                statuses[position] = NEW
        where = {}
        for correction in preview.corrections:
            where.update({_place(draft): CORRECTION for draft in correction.drafts})
        where.update({_place(conflict.draft): CONFLICT for conflict in preview.conflicts})
        if where:
            for position in range(self.read_count):
                found = where.get(_place(self.read.at(position)))
                if found:
                    statuses[position] = found
        return statuses + [HELD_BACK] * len(self.held)

    def line(self, index: int) -> tuple:
        """(draft, column index, cell as written, headers) of line ``index``."""
        if index >= self.read_count:
            draft, column, cell = self.held[index - self.read_count]
            return draft, column, cell, self.preview.sheet_headers.get(draft.source_sheet or "", [])
        draft = self.read.at(index)
        column = self.preview.figure_columns[index] if index < len(self.preview.figure_columns) else 0
        cell = self.preview.written.get(index, _NUMBER)
        return draft, column, cell, self.preview.sheet_headers.get(draft.source_sheet or "", [])

    def __len__(self) -> int:
        return self.read_count + len(self.held)

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATUSES, 0)
        for status in self.statuses:
            found[status] += 1
        return found

    def value(self, index: int, key: str) -> object:
        """One cell of line ``index``: text, or an int for ``row``."""
        draft, column, cell, headers = self.line(index)
        if key == "status":
            return self.statuses[index]
        if key == "sheet":
            return draft.source_sheet or ""
        if key == "row":
            return draft.source_row or 0
        if key == "column":
            return headers[column] if column < len(headers) and headers[column] else column_letter(column)
        if key == "business_unit":
            return self.programs.get(draft.program_id, ("?", "?"))[0]
        if key == "program":
            return self.programs.get(draft.program_id, ("?", "?"))[1]
        if key == "metric":
            return self._metric_names.get(draft.metric_key, draft.metric_key)
        if key == "period":
            return draft.period.label(self.fiscal_start)
        if key == "written":
            return as_written(draft.value if cell is _NUMBER else cell)
        if key == "value":
            return exact(from_scaled(draft.value_e4))
        if key == "unit":
            metric = self.metrics.get(draft.metric_key)
            return draft.currency or (unit_display_name(metric) if metric and not metric.is_money else "") or ""
        if key == "channel":
            return self.channels.get(draft.channel_id, "") if draft.channel_id else ""
        raise KeyError(key)

    def stored_value(self, index: int) -> Decimal:
        return from_scaled(self.line(index)[0].value_e4)

    def record(self, index: int) -> dict:
        """Line ``index`` for ``--json``: ``value`` is the exact decimal as stored, ``currency`` or ``unit``."""
        draft = self.line(index)[0]
        row = {key: self.value(index, key) for key in COLUMNS if key not in ("value", "unit")}
        value = self.stored_value(index)
        row["value"] = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
        metric = self.metrics.get(draft.metric_key)
        if draft.currency or (metric and metric.is_money):
            row["currency"] = draft.currency
        else:
            row["unit"] = metric.unit if metric else ""
        row["metric_key"] = draft.metric_key
        return row

    def order(self, statuses: Sequence[str] | None = None, sort_key: str | None = None,
              descending: bool = False) -> list[int]:
        """Indexes of the lines whose status is in ``statuses`` (all when None), sorted by a column."""
        wanted = set(statuses) if statuses is not None else None
        indexes = [i for i, status in enumerate(self.statuses) if wanted is None or status in wanted]
        if sort_key:
            key: Callable[[int], object]
            if sort_key == "row":
                key = lambda i: (self.line(i)[0].source_sheet or "", self.line(i)[0].source_row or 0)  # noqa: E731
            elif sort_key == "value":
                key = self.stored_value
            elif sort_key == "period":
                key = lambda i: self.line(i)[0].period.iso  # noqa: E731
            else:
                key = lambda i: str(self.value(i, sort_key)).casefold()  # noqa: E731
            indexes.sort(key=key, reverse=descending)
        return indexes

    def text_line(self, index: int) -> str:
        """"sheet Data, row 5, 捐赠金额（万元）: 320.5 → 3,205,000 CNY (Ant Financial / Ant Forest, …) new"."""
        v = {key: self.value(index, key) for key in COLUMNS}
        unit = f" {v['unit']}" if v["unit"] else ""
        channel = f", {v['channel']}" if v["channel"] else ""
        return (f"sheet {v['sheet']}, row {v['row']}, {v['column']}: {v['written']} → {v['value']}{unit} "
                f"({v['business_unit']} / {v['program']}, {v['metric']}, {v['period']}{channel}) {v['status']}")


def held_back_notes(store: Store, preview, limit: int = 20) -> list[str]:
    """"Sheet Data, row 7: Volunteer hours (120), Trees planted (30) are held back …", one per invalid wide row."""
    if not preview.held_back:
        return []
    figures = PreviewFigures(store, preview)
    rows: dict[tuple[str, int], list[str]] = {}
    for index in range(figures.read_count, len(figures)):
        draft = figures.line(index)[0]
        rows.setdefault((draft.source_sheet or "", draft.source_row or 0), []).append(
            f"{figures.value(index, 'column')} ({figures.value(index, 'written')})")
    notes = [translate("ImportNote", "Sheet {sheet}, row {row}: {figures} held back with the row's invalid cell (a "
                                     "row is imported whole or not at all).").format(
        sheet=sheet, row=row, figures=", ".join(held)) for (sheet, row), held in list(rows.items())[:limit]]
    if len(rows) > limit:
        more = len(rows) - limit
        notes.append(translate("ImportNote", "… and 1 more row with figures held back.") if more == 1 else
                     translate("ImportNote", "… and {count} more rows with figures held back.").format(
                         count=f"{more:,}"))
    return notes
