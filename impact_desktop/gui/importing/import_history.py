"""The "Import history" page: every batch with its counts, and Undo for a whole batch.

The details of the selected batch list its conflicts and corrections (both versions,
which was kept and why); undoing a batch also gives back the stored entries it changed.

Signals:
    importRequested(): the user asked to import a file (the install module opens the wizard).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.core.metrics import Metric, metric_name_for_key
from impact_desktop.gui.common.busy import wait_cursor
from impact_desktop.gui.common.confirm import confirm, confirmation_box
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.formatting import local_time
from impact_desktop.gui.generated.ui_import_history import Ui_ImportHistoryPage
from impact_desktop.gui.importing.import_commands import undo_batch
from impact_desktop.gui.importing.import_mapping_table import field_choices
from impact_desktop.io.headers import METRIC_PREFIX
from impact_desktop.services import import_batches as batches
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.sync import duplicate_imports

BATCH_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def removal_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """The confirmation, with a button that says what it does (not "Yes"); Cancel is the default."""
    return confirmation_box(parent, title, text,
                            QCoreApplication.translate("ImportHistoryPage", "&Remove the import"))


def ask_to_remove(parent: QWidget, title: str, text: str) -> bool:
    return confirm(parent, title, text, QCoreApplication.translate("ImportHistoryPage", "&Remove the import"))
NUMERIC_COLUMNS = (3, 4, 5, 6, 7, 8, 9)
#: Conflicts and corrections listed in the details of a batch (the rest are counted).
MAX_DETAILS = 20


class ImportHistoryPage(QWidget):
    importRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportHistoryPage()
        self.ui.setupUi(self)
        self._context = context
        self._metrics: dict[str, Metric] = {}
        self._names = NameBook()
        self._batches: list[batches.ImportBatch] = []
        table = self.ui.batchTable
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.undoButton.clicked.connect(self.undo_selected)
        self.ui.importButton.clicked.connect(self.importRequested)
        context.events.changed.connect(self._changed)
        self.refresh()

    @Slot(str)
    def _changed(self, topic: str) -> None:
        if topic in ("imports", "entries", "database"):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_batch()
        self._batches = batches.list_batches(self._context.store)
        self._metrics = {m.key: m for m in batches.metrics(self._context.store)}
        self._names = NameBook(self._context.store)  # metric names in the interface language
        table = self.ui.batchTable
        table.setRowCount(len(self._batches))
        duplicates = duplicate_imports(self._context.store)
        for row, batch in enumerate(self._batches):
            # "Imported" is also the header of the time column, translated 导入时间: the status needs its own
            status = self.tr("Undone {when}").format(when=local_time(batch.undone_at or "")) if batch.undone_at else \
                self.tr("Imported", "status of an import batch")
            if batch.id in duplicates:
                status = self.tr("Same file as the import of {when} on another laptop: counted once").format(
                    when=local_time(duplicates[batch.id][1]))
            values = [local_time(batch.imported_at), batch.file_name, batch.sheet, batch.new_count,
                      batch.duplicate_count, batch.invalid_count, batch.skipped_count, batch.conflict_count,
                      batch.correction_count, batch.live_entries, status, batch.changed_by]
            for column, value in enumerate(values):
                item = QTableWidgetItem(f"{value:,}" if isinstance(value, int) else str(value))
                item.setData(BATCH_ID_ROLE, batch.id)
                if column in NUMERIC_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        empty = not self._batches
        self.ui.emptyLabel.setVisible(empty)
        table.setVisible(not empty)
        if selected:
            self.select_batch(selected.id)
        elif self._batches:
            table.selectRow(0)
        self._selection_changed()

    def select_batch(self, batch_id: str) -> None:
        for row, batch in enumerate(self._batches):
            if batch.id == batch_id:
                self.ui.batchTable.selectRow(row)

    def selected_batch(self) -> batches.ImportBatch | None:
        rows = self.ui.batchTable.selectionModel().selectedRows() if self.ui.batchTable.selectionModel() else []
        if not rows or rows[0].row() >= len(self._batches):
            return None
        return self._batches[rows[0].row()]

    @Slot()
    def _selection_changed(self) -> None:
        batch = self.selected_batch()
        self.ui.undoButton.setEnabled(bool(batch and not batch.undone_at
                                           and (batch.live_entries or batch.changed_entries)))
        if batch is None:
            self.ui.detailLabel.clear()
            return
        labels = {field: label for label, field in field_choices([])}

        def field_name(field: str) -> str:  # the words of the mapping step, never internal keys
            if field.startswith(METRIC_PREFIX):
                key = field[len(METRIC_PREFIX):]
                metric = self._metrics.get(key)
                name = self._names.metric(metric) if metric else metric_name_for_key(key, key)
                return self.tr("Metric: {name}").format(name=name)
            return labels.get(field, field)

        mapping = ", ".join(f"{header} → {field_name(field)}" for header, field in batch.mapping.items())
        lines = [
            (self.tr("<b>{file}</b>, sheet {sheet}: 1 entry in the store from this import.")
             if batch.live_entries == 1 else
             self.tr("<b>{file}</b>, sheet {sheet}: {count} entries in the store from this import.")).format(
                file=html.escape(batch.file_name), sheet=html.escape(batch.sheet), count=f"{batch.live_entries:,}"),
            self.tr("Columns: {mapping}").format(mapping=html.escape(mapping)),
            self.tr("File fingerprint: {short}… (SHA-256, tells a file sent again from a new one)").format(
                short=batch.file_sha256[:12]),
        ]
        if batch.preset_name:
            lines.append(self.tr("Mapping preset: {name}").format(name=html.escape(batch.preset_name)))
        if batch.error_file:
            lines.append(self.tr("Rejected rows: {path}").format(path=html.escape(batch.error_file)))
        if batch.conflict_count or batch.correction_count:
            lines.extend(self._resolution_lines(batch))
        if batch.undone_at:
            lines.extend(self._removed_lines(batch))
        self.ui.detailLabel.setText("<br>".join(lines))

    def _removed_lines(self, batch: batches.ImportBatch) -> list[str]:
        """What the batch's undo removed besides entries: what imports created and nothing used any more."""
        kinds = {"business_units": self.tr("Business unit"), "programs": self.tr("Program"),
                 "channels": self.tr("Channel"), "currency_rates": self.tr("Currency rate"),
                 "alternative_names": self.tr("Alternative name")}
        removed = batches.removed_by_undo(self._context.store, batch.id)
        lines = [html.escape(self.tr("Removed with the undo (nothing used it any more): {kind} {name}").format(
            kind=kinds[table], name=name)) for table, name in removed.named]
        targets = removed.targets
        if targets:
            lines.append(html.escape(
                self.tr("Removed with the undo: the target the import had added") if targets == 1 else
                self.tr("Removed with the undo: the {count} targets the import had added").format(count=targets)))
        return lines

    def _resolution_lines(self, batch: batches.ImportBatch) -> list[str]:
        """One line per conflict and per correction of ``batch``: both values, what was kept, why."""
        records = batches.resolutions(self._context.store, batch.id)
        kept_text = {"file": self.tr("kept the file's"), "store": self.tr("kept the store's"),
                     "both": self.tr("kept both")}
        lines, seen = [], set()
        for record in records:
            if record.kind == batches.CORRECTION and (record.sheet, record.row) in seen:
                continue  # one line per corrected figure, not per stored entry it replaced
            seen.add((record.sheet, record.row))
            kind = self.tr("Conflict") if record.kind == batches.CONFLICT else self.tr("Correction")
            lines.append(html.escape(self.tr("{kind}, sheet {sheet} row {row}: {figure} — store {stored}, file {file}; "
                                             "{kept}. {why}").format(
                kind=kind, sheet=record.sheet, row=record.row, figure=record.file.get("label", ""),
                stored=record.stored.get("value", "?"), file=record.file.get("value", "?"),
                kept=kept_text.get(record.kept, record.kept), why=record.reason)))
        if len(lines) > MAX_DETAILS:
            more = len(lines) - MAX_DETAILS
            lines = [*lines[:MAX_DETAILS], self.tr("… and {count} more (see 'impact-desktop import --json').").format(
                count=more)]
        return lines

    @Slot()
    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at:
            return
        if batch.live_entries == 0:  # it only changed stored entries
            question = self.tr("Undo the import of {file} (sheet {sheet}) on {when}")
        elif batch.live_entries == 1:
            question = self.tr("Remove the entry imported from {file} (sheet {sheet}) on {when}")
        else:
            question = self.tr("Remove the {count} entries imported from {file} (sheet {sheet}) on {when}")
        if batch.changed_entries == 1:
            question += self.tr(", and give the stored entry it changed or replaced its earlier version back")
        elif batch.changed_entries:
            question += self.tr(", and give the {changed} stored entries it changed or replaced their earlier "
                                "version back")
        question += self.tr("?\n\nEdit → Undo (Ctrl+Z) brings the import back.")
        text = question.format(count=f"{batch.live_entries:,}", file=batch.file_name, sheet=batch.sheet,
                               when=local_time(batch.imported_at), changed=f"{batch.changed_entries:,}")
        if not ask_to_remove(self, self.tr("Undo import"), text):
            return
        try:
            with wait_cursor():  # 100,000 entries of a store of a million: about 12 s
                undo_batch(self._context, batch.id, batch.file_name)
        except ImpactError as exc:  # undone meanwhile on another path: nothing was changed
            QMessageBox.warning(self, self.tr("Undo import"), str(exc))
            self.refresh()

