"""The Conflicts page: rows two machines changed at once, both versions, keep either with one click.

Reads and resolves through :mod:`impact_desktop.services.conflicts`; a kept version is a
change like any other and goes to the hub at the next sync.

Signals:
    resolved(): a conflict was resolved (the hub feature refreshes its status).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.formatting import local_time
from impact_desktop.gui.generated.ui_conflicts_page import Ui_ConflictsPage
from impact_desktop.services.conflicts import Conflict, Version, list_conflicts, resolve_conflict

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _device(device_id: str) -> str:
    """A device id's random tail: the head of a UUIDv7 is its creation time, alike for many laptops."""
    return device_id[-6:] if len(device_id) > 8 else device_id


class ConflictsPage(QWidget):
    resolved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConflictsPage()
        self.ui.setupUi(self)
        self._context = context
        self._conflicts: list[Conflict] = []
        table = self.ui.conflictTable
        table.verticalHeader().setVisible(False)
        for column in (3, 4):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.keepMineButton.clicked.connect(lambda: self.keep("mine"))
        self.ui.keepTheirsButton.clicked.connect(lambda: self.keep("theirs"))
        context.events.changed.connect(self._changed)
        self.refresh()

    def _what(self, table: str) -> str:
        names = {"entries": self.tr("Entry"), "business_units": self.tr("Business unit"),
                 "programs": self.tr("Program"), "channels": self.tr("Channel"), "metrics": self.tr("Metric"),
                 "currency_rates": self.tr("Currency rate"), "targets": self.tr("Target"),
                 "settings": self.tr("Setting"), "import_batches": self.tr("Import")}
        return names.get(table, table.replace("_", " "))

    def _version_text(self, version: Version) -> str:
        who = version.changed_by or "?"
        return self.tr("%1 — %2 on device %3, %4").replace("%1", version.summary).replace("%2", who) \
            .replace("%3", _device(version.device)).replace("%4", local_time(version.changed_at) if version.changed_at
                                                         else "?")

    @Slot(str)
    def _changed(self, _topic: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        self._conflicts = list_conflicts(self._context.store, include_resolved=True)
        table = self.ui.conflictTable
        table.setRowCount(len(self._conflicts))
        for row, conflict in enumerate(self._conflicts):
            kind = self.tr("Deleted / edited") if conflict.kind == "delete" else self.tr("Edited on both")
            status = self.tr("Open") if not conflict.resolved_at else self.tr("Resolved: kept %1").replace(
                "%1", self.tr("the version shown") if conflict.resolution == "winner" else self.tr("the other"))
            cells = [local_time(conflict.found_at), self._what(conflict.table), kind,
                     self._version_text(conflict.winner), self._version_text(conflict.loser), status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, conflict.id)
                item.setToolTip(text)
                table.setItem(row, column, item)
            if conflict.id == selected:
                table.selectRow(row)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        for column in (3, 4):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.ui.emptyLabel.setVisible(not self._conflicts)
        table.setVisible(bool(self._conflicts))
        if table.currentRow() < 0 and self._conflicts:
            table.selectRow(0)
        self._selection_changed()

    def selected_id(self) -> str | None:
        items = self.ui.conflictTable.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _selected(self) -> Conflict | None:
        wanted = self.selected_id()
        return next((conflict for conflict in self._conflicts if conflict.id == wanted), None)

    @Slot()
    def _selection_changed(self) -> None:
        conflict = self._selected()
        open_conflict = conflict is not None and not conflict.resolved_at
        self.ui.keepMineButton.setEnabled(open_conflict)
        self.ui.keepTheirsButton.setEnabled(open_conflict)
        if conflict is None:
            self.ui.detailLabel.setText("")
            return
        mine, theirs = conflict.mine_and_theirs(self._context.store.device_id)
        self.ui.detailLabel.setText(
            "<b>{}</b> {}<br><b>{}</b> {}".format(
                html.escape(self.tr("Mine:")), html.escape(self._version_text(mine)),
                html.escape(self.tr("Theirs:")), html.escape(self._version_text(theirs))))

    def keep(self, which: str) -> bool:
        conflict = self._selected()
        if conflict is None:
            return False
        try:
            resolve_conflict(self._context.store, conflict.id, which)
        except ImpactError as exc:
            QMessageBox.warning(self, self.tr("Conflicts"), str(exc))
            return False
        for topic in ("entries", "catalog", "rates", "targets", "settings"):
            self._context.notify(topic)
        self.resolved.emit()
        return True
