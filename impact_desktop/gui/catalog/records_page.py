"""What the targets, rates and metrics pages share: a sortable table with add / edit / delete.

Each page's ``.ui`` has the same skeleton (``table``, ``addButton``, ``editButton``,
``deleteButton``, ``stack`` with ``emptyLabel``, ``messageLabel``); subclasses say how to
load rows, show a row, open the editor and delete. Keys are handled on the table itself
(Insert adds, Enter edits, Delete deletes) so they never clash with main-window shortcuts.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common import undo
from impact_desktop.gui.common.confirm import confirm
from impact_desktop.gui.common.context import AppContext
from impact_desktop.services.changes import Change

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _SortableItem(QTableWidgetItem):
    """Sorts by an explicit key (a Decimal, a date) instead of the displayed text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            try:
                return mine < theirs
            except TypeError:
                pass
        return super().__lt__(other)


class RecordsPage(QWidget):
    """Base of a table editor page. Subclasses set ``topics`` and implement the hooks."""

    topics: tuple[str, ...] = ("database",)
    change_topic = "catalog"

    def __init__(self, context: AppContext, ui, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = ui
        ui.setupUi(self)
        self.active_dialog: QDialog | None = None
        self._stale = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        ui.messageLabel.setVisible(False)
        ui.messageLabel.setStyleSheet("color: #c0392b;")
        ui.addButton.clicked.connect(self.add_record)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.table.itemSelectionChanged.connect(self._update_buttons)
        ui.table.itemActivated.connect(lambda *_: self.edit_selected())
        ui.table.installEventFilter(self)
        ui.table.setWordWrap(False)
        ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        context.events.changed.connect(self._on_changed)

    # -- hooks ------------------------------------------------------------------------

    def load(self) -> Sequence:  # pragma: no cover - overridden
        raise NotImplementedError

    def row_cells(self, record) -> list[tuple[str, object]]:  # pragma: no cover - overridden
        """(text, sort key or None) per column."""
        raise NotImplementedError

    def record_id(self, record) -> str:
        return record.id

    def open_editor(self, record) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def delete_records(self, records: list) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def can_delete(self, record) -> bool:
        return True

    # -- table ------------------------------------------------------------------------

    @Slot(str)
    def _on_changed(self, topic: str) -> None:
        if topic in self.topics or topic == "database":
            if self.isVisible():
                self._refresh_timer.start()
            else:
                self._stale = True  # a hidden page catches up when shown, not on every save

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()  # before the first paint: never a frame of old or no rows

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        keep = set(self.selected_ids())
        table = self.ui.table
        self.records = {self.record_id(record): record for record in self.load()}
        table.setSortingEnabled(False)
        table.setRowCount(len(self.records))
        for row, (record_id, record) in enumerate(self.records.items()):
            for column, (text, key) in enumerate(self.row_cells(record)):
                item = _SortableItem(text)
                item.setData(ID_ROLE, record_id)
                if key is not None:
                    item.setData(SORT_ROLE, key)
                    if isinstance(key, Decimal):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, min(table.columnWidth(column) + 8, 300))
        self.ui.stack.setCurrentWidget(table if self.records else self.ui.emptyLabel)
        for row in range(table.rowCount()):
            if table.item(row, 0).data(ID_ROLE) in keep:
                table.selectRow(row)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        table = self.ui.table
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()}) if table.model() else []
        return [table.item(row, 0).data(ID_ROLE) for row in rows if table.item(row, 0) is not None]

    def selected_records(self) -> list:
        return [self.records[record_id] for record_id in self.selected_ids() if record_id in self.records]

    def select_id(self, record_id: str) -> None:
        table = self.ui.table
        for row in range(table.rowCount()):
            if table.item(row, 0).data(ID_ROLE) == record_id:
                table.selectRow(row)
                table.setCurrentCell(row, 0)
                return

    def refresh_and_select(self, record_id: str) -> None:
        """After an add: show the new row selected at once."""
        self.refresh()
        self.ui.table.clearSelection()
        self.select_id(record_id)

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_records()
        self.ui.editButton.setEnabled(len(chosen) == 1)
        self.ui.deleteButton.setEnabled(bool(chosen) and all(self.can_delete(r) for r in chosen))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Insert:
                self.add_record()
                return True
            if key == Qt.Key.Key_Delete and self.ui.deleteButton.isEnabled():
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # -- changes ----------------------------------------------------------------------

    def report_error(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))

    def record_change(self, text: str, change: Change) -> object:
        """Record a change a service operation has just made as one undo step labelled
        ``text``; returns its result. (A refused operation raised before, so a dialog shows it.)"""
        result = undo.record(self.context, text, change)
        self.report_error("")
        return result

    def push(self, text: str, redo_fn, undo_fn, first_fn=None) -> None:
        """Make an undoable change from a pair of functions now (``first_fn``, else ``redo_fn``);
        errors propagate so a dialog can show them. For pages whose area has no service
        operation returning a Change yet; prefer :meth:`record_change`."""
        (first_fn or redo_fn)(self.context.store)
        self.record_change(text, Change(undo=undo_fn, redo=redo_fn, topics=(self.change_topic,)))

    @Slot()
    def add_record(self) -> None:
        self.open_editor(None)

    @Slot()
    def edit_selected(self) -> None:
        chosen = self.selected_records()
        if len(chosen) == 1:
            self.open_editor(chosen[0])

    @Slot()
    def delete_selected(self) -> None:
        chosen = self.selected_records()
        if not chosen:
            return
        if len(chosen) > 1 and not confirm(
                self, self.tr("Delete rows"),
                self.tr("Delete the %n selected rows? Edit → Undo brings them back.", "", len(chosen)),
                self.tr("&Delete rows")):
            return
        try:
            self.delete_records(chosen)
        except ImpactError as exc:
            self.report_error(str(exc))
