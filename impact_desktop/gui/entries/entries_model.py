"""The entries table model: a window onto the store, fetched page by page.

Only the rows the view has scrolled to are in memory (pages of :data:`PAGE_SIZE`), so a
million entries open as fast as ten. Sorting and filtering are done by SQLite
(``services.entry_list.list_entries``: ``ORDER BY`` / ``WHERE``), never in Python.
The model never keeps the :class:`Store`: it asks ``store_provider`` each time, because
the main window can switch to another database.

On a big database (a file above :attr:`EntriesModel.background_bytes`) reloads and
pages are queried on a worker thread with its own connection (each first page takes
tens of milliseconds at a million entries, an unusual combination of filters longer).
A new sort, filter or search empties the table at once, so rows of the previous query
never stand under the new header, and :attr:`EntriesModel.loadingChanged` lets the page
show that it is busy; a reload of the same query (after an edit) keeps its rows until
the new ones arrive. Small databases are queried directly, which keeps every change on
screen at once.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from impact_desktop.core.entries import Origin
from impact_desktop.core.metrics import unit_name_for_key
from impact_desktop.gui.common.background_reader import BACKGROUND_BYTES, BackgroundReader, is_big
from impact_desktop.gui.common.formatting import format_value, local_time
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.entry_list import EntryFilter, StoredEntry, count_entries, list_entries
from impact_desktop.services.session import Store

PAGE_SIZE = 500
#: Keyset paging (``after=`` the last row) keeps deep pages as cheap as the first; used
#: when the entries listing offers it, OFFSET otherwise.
_KEYSET = "after" in inspect.signature(list_entries).parameters

(COL_PERIOD, COL_BUSINESS_UNIT, COL_PROGRAM, COL_METRIC, COL_VALUE, COL_CHANNEL, COL_ORIGIN, COL_UPDATED,
 COL_NOTE) = range(9)
COLUMN_COUNT = 9

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 2
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 3

#: Column → key of ``services.entry_list.SORT_KEYS``.
SORT_KEYS = {
    COL_PERIOD: "period", COL_BUSINESS_UNIT: "business_unit", COL_PROGRAM: "program", COL_METRIC: "metric",
    COL_VALUE: "value", COL_CHANNEL: "channel", COL_ORIGIN: "origin", COL_UPDATED: "updated", COL_NOTE: "note",
}
# Origin chips (background, text) on a light palette and on a dark one: the same hue, and
# text of at least WCAG AA contrast on its chip in both.
_BADGE_COLOURS = {
    Origin.FORM: ("#e3f2fd", "#0d47a1"), Origin.IMPORT: ("#e8f5e9", "#1b5e20"),
    Origin.DEMO: ("#fff3e0", "#8a4b00"), Origin.MERGE: ("#f3e5f5", "#4a148c"),
}
_DARK_BADGE_COLOURS = {
    Origin.FORM: ("#17324d", "#bbdefb"), Origin.IMPORT: ("#1b3a22", "#c8e6c9"),
    Origin.DEMO: ("#4a2f0e", "#ffe0b2"), Origin.MERGE: ("#3a1f45", "#e1bee7"),
}


def badge_colours(origin: Origin, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of an origin chip on ``palette`` (default: the application's), so a
    chip is never a light patch with dark text in the dark theme."""
    palette = palette if palette is not None else QGuiApplication.palette()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    background, text = (_DARK_BADGE_COLOURS if dark else _BADGE_COLOURS)[origin]
    return QColor(background), QColor(text)


class EntriesModel(QAbstractTableModel):
    """Entries matching a filter, sorted by SQL, loaded lazily.

    Roles: ``ENTRY_ID_ROLE`` (the entry's id), ``ORIGIN_ROLE`` (its :class:`Origin`),
    ``ENTRY_ROLE`` (the whole :class:`StoredEntry`).

    Signals:
        loaded(): rows for the current filter and sort are in (after a reset or a page).
        loadingChanged(bool): a background query started (True) or ended (False).
    """

    loaded = Signal()
    loadingChanged = Signal(bool)

    def __init__(self, store_provider: Callable[[], Store], parent=None):
        super().__init__(parent)
        self._store_provider = store_provider
        self.background_bytes = BACKGROUND_BYTES
        self._generation = 0
        self._pending = 0
        self._fetching = False
        self._reader = BackgroundReader(self)
        self._filter = EntryFilter()
        self._order_by = "period"
        self._descending = True
        self._rows: list[StoredEntry] = []
        self._shown_query: str | None = None  # the query whose rows are in ``_rows``
        self._total = 0
        #: Names in the interface language, read with each first page (not per cell).
        self._book = NameBook()
        self._headers = [
            self.tr("Period"), self.tr("Business unit"), self.tr("Program"), self.tr("Metric"), self.tr("Value"),
            self.tr("Channel"), self.tr("Origin"), self.tr("Last changed"), self.tr("Note"),
        ]
        self._origin_names = {
            Origin.FORM: self.tr("Form"), Origin.IMPORT: self.tr("Import"), Origin.DEMO: self.tr("Demo"),
            Origin.MERGE: self.tr("Merge"),
        }

    # -- what is shown ------------------------------------------------------------------

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many entries match the filter (loaded or not)."""
        return self._total

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self._filter = entry_filter
        self.refresh()

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def refresh(self) -> None:
        """Reload the first page (after a change, a filter or a new database)."""
        self._generation += 1
        self._fetching = False
        store = self._store_provider()
        if is_big(store, self.background_bytes):
            if self._shown_query != self._query():
                self._reset(0, [], loaded=False)  # never the old rows under a new header or filter
            self._in_background(store.path, reset=True)
            return
        total = count_entries(store, self._filter)
        self._reset(total, self._page(store, None), NameBook(store))

    def _query(self) -> str:
        """What the rows answer: the database (another one opened is a new query too), filter, sort."""
        return repr((str(self._store_provider().path), self._filter, self._order_by, self._descending))

    def _reset(self, total: int, rows: list[StoredEntry], book: NameBook | None = None, *,
               loaded: bool = True) -> None:
        self.beginResetModel()
        self._total = total
        self._rows = rows
        if book is not None:
            self._book = book
        self._shown_query = self._query() if loaded else None
        self.endResetModel()
        if loaded:
            self.loaded.emit()

    def _page(self, store: Store, last: StoredEntry | None, offset: int = 0) -> list[StoredEntry]:
        paging = {"after": last} if _KEYSET and last is not None else {"offset": offset}
        return list_entries(store, self._filter, order_by=self._order_by, descending=self._descending,
                            limit=PAGE_SIZE, **paging)

    def _in_background(self, path: Path, *, reset: bool) -> None:
        """Query on the model's worker thread; stale answers (older generation) are dropped."""
        generation, entry_filter = self._generation, copy.deepcopy(self._filter)
        last = self._rows[-1] if self._rows and not reset else None
        offset = 0 if reset else len(self._rows)

        def work(reader: Store):
            total = count_entries(reader, entry_filter) if reset else None
            book = NameBook(reader) if reset else None  # renamed or named again since: read with the rows
            return generation, total, self._page(reader, last, offset), book

        task = self._reader.run(path, work)
        self._pending += 1
        if self._pending == 1:
            self.loadingChanged.emit(True)
        task.succeeded.connect(lambda result: self._arrived(result, reset))
        task.finished.connect(self._task_finished)

    def _arrived(self, result, reset: bool) -> None:
        generation, total, rows, book = result
        if generation != self._generation:
            return
        if reset:
            self._reset(total, rows, book)
        else:
            self._fetching = False
            self._append(rows)

    def _task_finished(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self._fetching = False
            self.loadingChanged.emit(False)

    # -- lazy loading -----------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching:
            return
        store = self._store_provider()
        if is_big(store, self.background_bytes):
            self._fetching = True
            self._in_background(store.path, reset=False)
            return
        self._append(self._page(store, self._rows[-1] if self._rows else None, len(self._rows)))

    def _append(self, page: list[StoredEntry]) -> None:
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self.loaded.emit()

    # -- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole
                and section == COL_VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self._order_by = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def entry(self, row: int) -> StoredEntry:
        return self._rows[row]

    def column_texts(self, column: int, rows: int) -> set[str]:
        """The distinct texts ``column`` shows in its first ``rows`` loaded rows (to size it)."""
        return {self._display(entry, column) or "" for entry in self._rows[:rows]}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ORIGIN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if column == COL_ORIGIN and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = badge_colours(entry.draft.origin)
            return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else foreground)
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == ORIGIN_ROLE:
            return entry.draft.origin
        if role == ENTRY_ROLE:
            return entry
        return None

    def _display(self, entry: StoredEntry, column: int) -> str:
        draft = entry.draft
        if column == COL_PERIOD:
            return draft.period.label()
        if column == COL_BUSINESS_UNIT:
            return self._book.shown(entry.business_unit_id, entry.business_unit)
        if column == COL_PROGRAM:
            return self._book.shown(draft.program_id, entry.program)
        if column == COL_METRIC:
            return self._book.metric_name(draft.metric_key, entry.metric_name, entry.metric_id)
        if column == COL_VALUE:
            return format_value(draft.value, unit_name_for_key(draft.metric_key, entry.unit), draft.currency)
        if column == COL_CHANNEL:
            return self._book.shown(draft.channel_id, entry.channel)
        if column == COL_ORIGIN:
            return self._origin_names[draft.origin]
        if column == COL_UPDATED:
            return self.tr("%1 · %2").replace("%1", local_time(entry.updated_at)).replace("%2", entry.changed_by)
        return draft.note

    def _tooltip(self, entry: StoredEntry, column: int) -> str | None:
        draft = entry.draft
        if column == COL_ORIGIN:
            return origin_description(entry)
        if column == COL_UPDATED:
            return (self.tr("Changed %1 by %2\nCreated %3")
                    .replace("%1", local_time(entry.updated_at)).replace("%2", entry.changed_by or "?")
                    .replace("%3", local_time(entry.created_at)))
        if column == COL_PERIOD:
            return f"{draft.period.start.isoformat()} – {draft.period.end.isoformat()}"
        if column == COL_NOTE and draft.note:
            return draft.note
        return None


def origin_description(entry: StoredEntry) -> str:
    """Where the figure came from, in a sentence (the origin badge's tooltip, the form's footer)."""
    draft = entry.draft
    if draft.origin == Origin.IMPORT:
        where = draft.source_file or QCoreApplication.translate("EntriesModel", "an unknown file")
        if draft.source_sheet:
            where += QCoreApplication.translate("EntriesModel", ", sheet %1").replace("%1", draft.source_sheet)
        if draft.source_row:
            where += QCoreApplication.translate("EntriesModel", ", row %1").replace("%1", str(draft.source_row))
        return QCoreApplication.translate("EntriesModel", "Imported from %1").replace("%1", where)
    if draft.origin == Origin.DEMO:
        return QCoreApplication.translate("EntriesModel", "Demo data (Help → Load demo data)")
    if draft.origin == Origin.MERGE:
        return QCoreApplication.translate("EntriesModel", "Merged from another computer")
    return QCoreApplication.translate("EntriesModel", "Typed in a form")
