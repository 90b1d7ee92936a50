"""The Entries page: filter bar, quick entry, and the lazily loaded entries table.

Actions (also in the table's context menu): New entry (Ctrl+N), Edit (Enter or
double-click), Duplicate (Ctrl+D), Delete (Del, confirmed when several rows are
selected). Every change is an undoable command on ``context.undo_stack``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QStyle, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.periods import parse_period
from impact_desktop.core.texts import sentence
from impact_desktop.gui.common.background_reader import is_big
from impact_desktop.gui.common.confirm import confirm
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.entries import entry_commands
from impact_desktop.gui.entries.entries_model import (
    COL_BUSINESS_UNIT,
    COL_CHANNEL,
    COL_METRIC,
    COL_ORIGIN,
    COL_PERIOD,
    COL_PROGRAM,
    COL_UPDATED,
    COL_VALUE,
    ENTRY_ID_ROLE,
    ENTRY_ROLE,
    EntriesModel,
)
from impact_desktop.gui.entries.entry_dialog import EntryDialog
from impact_desktop.gui.entries.entry_form import invalid_style
from impact_desktop.gui.entries.quick_entry import QuickEntryPanel
from impact_desktop.gui.generated.ui_entries_page import Ui_EntriesPage
from impact_desktop.services import entry_choices
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.entry_list import EntryFilter, StoredEntry, entry_filter
from impact_desktop.services.settings_ops import load_settings

SEARCH_DELAY_MS = 250
# The widest each column grows to fit its loaded texts, in average characters of the table's
# font (a longer name is elided); the note, last, takes whatever room is left.
FITTED_COLUMNS = {
    COL_PERIOD: 12, COL_BUSINESS_UNIT: 30, COL_PROGRAM: 36, COL_METRIC: 40, COL_VALUE: 30, COL_CHANNEL: 36,
    COL_ORIGIN: 12, COL_UPDATED: 30,
}
# The note's least width (average characters) when the other columns fill the view.
NOTE_MIN_CHARS = 30
# How many loaded rows the widths are measured on (the first page).
FITTED_ROWS = 500


class EntriesPage(QWidget):
    """Browse, filter and edit entries. Reads ``context.store`` on every refresh."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self.context = context
        # Where the page keeps its own choices (the window's settings; tests hand their own).
        self.settings = settings if settings is not None else QSettings()
        self.ui = Ui_EntriesPage()
        self.ui.setupUi(self)
        self.setStyleSheet(invalid_style())
        self.model = EntriesModel(lambda: self.context.store, self)
        table = self.ui.entriesTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSortIndicator(COL_PERIOD, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitting = False
        self._user_sized: set[int] = set()  # columns the user dragged: their width is theirs
        header.sectionResized.connect(self._section_resized)
        self._fit_columns()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.activated.connect(lambda _index: self.edit_selected())
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Shown over the empty table while a new sort, filter or search runs on the worker.
        self._busy = QLabel(self.tr("Searching… ").strip(), table.viewport())
        self._busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._busy.setEnabled(False)
        self._busy.hide()
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.loadingChanged.connect(self._update_count)
        self.model.loaded.connect(self._restore_selection)
        self.model.loaded.connect(self._fit_columns)
        self._keep_selected: set[str] = set()

        self.quick_entry = QuickEntryPanel(context, self)
        self.quick_entry.saved.connect(self._quick_saved)
        self.ui.quickEntryLayout.addWidget(self.quick_entry)
        self._make_actions()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.fromEdit.textChanged.connect(self._search_timer.start)
        self.ui.toEdit.textChanged.connect(self._search_timer.start)
        self.ui.unitFilter.currentIndexChanged.connect(self._unit_changed)
        self.ui.programFilter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.ui.metricFilter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        context.events.changed.connect(self._data_changed)
        self._reload_filter_choices()
        self._stale = False
        self._load_when_seen()

    # -- actions --------------------------------------------------------------------------

    def _make_actions(self) -> None:
        table = self.ui.entriesTable
        self.new_action = QAction(self.tr("&New entry…"), self)
        self.new_action.setToolTip(self.tr("Type a new figure in the entry form (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_entry)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setToolTip(self.tr("Edit the selected entry (Enter or double-click)"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.duplicate_action = QAction(self.tr("D&uplicate"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.setToolTip(self.tr("Copy the selected entries as new ones (Ctrl+D)"))
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setToolTip(self.tr("Delete the selected entries (Del; Ctrl+Z brings them back)"))
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for action, name in ((self.new_action, "actionAddEntry"), (self.edit_action, "actionEditEntry"),
                             (self.duplicate_action, "actionDuplicate"), (self.delete_action, "actionDeleteEntry")):
            action.setObjectName(name)
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setObjectName("actionFind")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda: (self.ui.searchEdit.setFocus(), self.ui.searchEdit.selectAll()))
        self.addAction(self.find_action)
        table.addActions([self.new_action, self.edit_action, self.duplicate_action, self.delete_action])
        self.ui.pageToolBar.addActions([self.new_action, self.edit_action, self.duplicate_action, self.delete_action])
        self.quick_action = QAction(self.tr("&Quick entry"), self)
        self.quick_action.setCheckable(True)
        self.quick_action.setToolTip(self.tr("Show or hide the quick-entry panel"))
        self.quick_action.toggled.connect(self._show_quick_entry)
        self.ui.pageToolBar.addSeparator()
        self.ui.pageToolBar.addAction(self.quick_action)
        self.quick_action.setChecked(self.settings.value("entries/quickEntry", True, type=bool))
        self._show_quick_entry(self.quick_action.isChecked())
        self._selection_changed()

    def _show_quick_entry(self, visible: bool) -> None:
        self.ui.quickEntryHost.setVisible(visible)
        self.settings.setValue("entries/quickEntry", visible)
        if visible and self.isVisible():
            self.quick_entry.ui.programCombo.setFocus()

    def _selection_changed(self, *_args) -> None:
        count = len(self.selected_rows())
        self.edit_action.setEnabled(count == 1)
        self.duplicate_action.setEnabled(count >= 1)
        self.delete_action.setEnabled(count >= 1)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.ui.entriesTable.selectionModel().selectedRows()})

    def selected_entries(self) -> list[StoredEntry]:
        return [self.model.data(self.model.index(row, 0), ENTRY_ROLE) for row in self.selected_rows()]

    def new_entry(self) -> None:
        dialog = EntryDialog(self.context, self)
        if dialog.exec() and dialog.saved_id:
            self.show_entry(dialog.saved_id)

    def show_entry(self, entry_id: str) -> None:
        """Select the entry just saved and scroll it into view (once the table has reloaded)."""
        self.ui.entriesTable.clearSelection()
        self._keep_selected = {entry_id}
        self.apply_filter()

    def _quick_saved(self, entry_id: str) -> None:
        """The quick entry keeps the focus; the row it added is selected and shown."""
        self.ui.entriesTable.clearSelection()
        self._keep_selected = {entry_id}
        self.apply_filter()

    def edit_selected(self) -> None:
        chosen = self.selected_entries()
        if len(chosen) == 1:
            EntryDialog(self.context, self, entry=chosen[0]).exec()

    def duplicate_selected(self) -> None:
        chosen = self.selected_entries()
        if not chosen:
            return
        try:
            entry_commands.duplicate_entries(self.context, [entry.draft for entry in chosen])
        except ImpactError as exc:
            self._report(str(exc))

    def delete_selected(self) -> None:
        chosen = self.selected_entries()
        if not chosen:
            return
        if len(chosen) > 1 and not confirm(
                self, self.tr("Delete entries"),
                self.tr("Delete %n selected entries?\n\nEdit → Undo (Ctrl+Z) brings them back.")
                .replace("%n", str(len(chosen))), self.tr("&Delete entries")):
            return
        # The row after the deleted ones (else the one before) is selected once the table reloads, so
        # that Del, Enter or the arrows go on from where the user was instead of from nowhere.
        rows = self.selected_rows()
        neighbour = rows[-1] + 1 if rows[-1] + 1 < self.model.rowCount() else rows[0] - 1
        self.ui.entriesTable.clearSelection()
        self._keep_selected = {self.model.data(self.model.index(neighbour, 0), ENTRY_ID_ROLE)} \
            if neighbour >= 0 else set()
        ids = [entry.id for entry in chosen]
        try:
            entry_commands.delete_entries(self.context, ids, undone=lambda: self._select_after_reload(ids))
        except ImpactError as exc:
            self._keep_selected = {entry.id for entry in chosen}
            self.apply_filter()
            self._report(str(exc))

    def _select_after_reload(self, ids: list[str]) -> None:
        """Select ``ids`` once the table reloads (instead of what is selected now): an undone delete
        brings its rows back selected, so the user sees them and can go on from them."""
        self.ui.entriesTable.clearSelection()
        self._keep_selected = set(ids)

    def _report(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Entries"), message)

    # -- filtering ------------------------------------------------------------------------

    def _reload_filter_choices(self) -> None:
        store = self.context.store
        ui = self.ui
        unit, metric = ui.unitFilter.currentData(), ui.metricFilter.currentData()
        self._book = book = NameBook(store)  # the names the table shows, in the interface language
        _fill(ui.unitFilter, self.tr("All business units"),
              [(book.shown(u.id, u.name), u.id) for u in entry_choices.business_units(store)], unit)
        _fill(ui.metricFilter, self.tr("All metrics"), [(book.metric(m), m.key) for m in entry_choices.metrics(store)],
              metric)
        self._fill_programs()

    def _fill_programs(self) -> None:
        unit_id, store = self.ui.unitFilter.currentData(), self.context.store
        programs = entry_choices.programs_within(store, unit_id) if unit_id else entry_choices.programs(store)
        _fill(self.ui.programFilter, self.tr("All programs"),
              [(self._book.shown(p.id, p.name), p.id) for p in programs], self.ui.programFilter.currentData())

    def _unit_changed(self) -> None:
        self._fill_programs()
        self.apply_filter()

    def clear_filters(self) -> None:
        for widget in (self.ui.searchEdit, self.ui.fromEdit, self.ui.toEdit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.ui.unitFilter, self.ui.programFilter, self.ui.metricFilter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_programs()
        self.apply_filter()

    def current_filter(self) -> EntryFilter | None:
        """The filter the bar describes, or None while a date is unreadable (shown in red)."""
        ui = self.ui
        fiscal_start = load_settings(self.context.store).fiscal_start_month
        bounds: list[dt.date | None] = []
        problems = []
        for edit, pick_end in ((ui.fromEdit, False), (ui.toEdit, True)):
            text = edit.text().strip()
            bound = None
            if text:
                try:
                    period = parse_period(text, fiscal_start)
                    bound = period.end if pick_end else period.start
                except ImpactError as exc:  # "there is no month 13." starts the label: a sentence
                    problems.append(sentence(str(exc)))
            edit.setProperty("invalid", bool(text) and bound is None)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
            bounds.append(bound)
        chosen = None
        if not problems:
            unit, program, metric = ui.unitFilter.currentData(), ui.programFilter.currentData(), \
                ui.metricFilter.currentData()
            try:  # as ``impact-desktop entries`` reads it: a unit brings the units under it
                chosen = entry_filter(
                    self.context.store, business_unit_ids=[unit] if unit else [],
                    program_ids=[program] if program else [], metric_keys=[metric] if metric else [],
                    start=bounds[0], end=bounds[1], text=ui.searchEdit.text())
            except ImpactError as exc:  # e.g. the range ends before it starts
                problems.append(str(exc))
        ui.filterErrorLabel.setText(" ".join(problems))
        return chosen

    def apply_filter(self) -> None:
        entry_filter = self.current_filter()
        if entry_filter is None:
            return
        self._keep_selected = {entry.id for entry in self.selected_entries()} or self._keep_selected
        self.model.set_filter(entry_filter)

    def _fit_columns(self) -> None:
        """Size the columns to their header and loaded texts, each up to its bound; the note
        column, last, stretches over the rest of the view (and keeps a readable least width)."""
        table, header = self.ui.entriesTable, self.ui.entriesTable.horizontalHeader()
        metrics = table.fontMetrics()
        char = metrics.averageCharWidth()
        # the delegate's text margins (QCommonStyle: focus-frame margin + 1 on each side), and a little air
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + char
        self._fitting = True
        try:
            for column, most in FITTED_COLUMNS.items():
                if column in self._user_sized:
                    continue
                # the texts measured directly: the delegates' size hints take ~0.4 s for 500 rows
                texts = self.model.column_texts(column, FITTED_ROWS)
                widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + margin
                table.setColumnWidth(column, min(max(widest, header.sectionSizeHint(column)), most * char))
            header.setDefaultSectionSize(NOTE_MIN_CHARS * char)  # what the stretched note keeps at least
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column in FITTED_COLUMNS and self.ui.entriesTable.horizontalHeader().isVisible():
            self._user_sized.add(column)

    def _restore_selection(self) -> None:
        """After a reload, select again the (loaded) rows that were selected, e.g. after an edit."""
        ids, self._keep_selected = self._keep_selected, set()
        if not ids or self.ui.entriesTable.selectionModel().hasSelection():
            return
        table = self.ui.entriesTable
        selection = table.selectionModel()
        first = None
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), ENTRY_ID_ROLE) in ids:
                index = self.model.index(row, 0)
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            table.scrollTo(first)

    def _update_count(self, *_args) -> None:
        total = self.model.total
        text = self.tr("%n entries").replace("%n", f"{total:,}") if total != 1 else self.tr("1 entry")
        if self.model.rowCount() < total:
            text += self.tr(" (%1 loaded; scroll for more)").replace("%1", f"{self.model.rowCount():,}")
        busy = self.model.loading and self.model.rowCount() == 0
        if self.model.loading:
            text = self.tr("Searching… ") + ("" if busy else text)
        self.ui.countLabel.setText(text.strip())
        self._busy.setVisible(busy)
        if busy:
            self._busy.setGeometry(self.ui.entriesTable.viewport().rect())
        self._selection_changed()

    def _data_changed(self, topic: str) -> None:
        if topic in ("catalog", "database", "settings"):
            self._reload_filter_choices()
            self.quick_entry.reload()
        if topic in ("entries", "catalog", "database", "imports", "settings"):
            self._load_when_seen()

    def _load_when_seen(self) -> None:
        """Query now, or, on a big database while another page is shown, when first shown:
        at start-up the page the window opens on gets the machine to itself."""
        if self.isVisible() or not is_big(self.context.store, self.model.background_bytes):
            self.apply_filter()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.apply_filter()


def _fill(combo, everything: str, items: list[tuple[str, object]], keep: object) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
    combo.blockSignals(False)
