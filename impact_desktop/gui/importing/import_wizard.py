"""The import wizard: file and sheet → column mapping → preview → import in the background.

The preview lists invalid rows, duplicates, conflicts and corrections; a file with
corrections is imported only once the user chose what to do with them
(:mod:`import_review`).

Reading, checking and writing all run through :func:`gui.tasks.run_task` on a worker
thread with its own database connection; Cancel stops the task and, because the
service writes one transaction, leaves the store exactly as it was.

Signals:
    imported(object): the :class:`~impact_desktop.services.importing.ImportResult` of a
        finished import (after ``context.notify("entries")`` and ``("imports")``).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.formatting import error_html
from impact_desktop.gui.common.tasks import Task, TaskProgress, run_task
from impact_desktop.gui.generated.ui_import_wizard import Ui_ImportWizard
from impact_desktop.gui.importing import import_review as review
from impact_desktop.gui.importing.import_commands import record_import
from impact_desktop.gui.importing.import_figures_model import PreviewFiguresModel
from impact_desktop.gui.importing.import_mapping_table import chosen_mapping, fill_mapping_table
from impact_desktop.gui.importing.import_names_choice import NamesChoice
from impact_desktop.io import headers as h
from impact_desktop.io.headers import layout_key
from impact_desktop.io.reading import list_sheets
from impact_desktop.services import import_batches, name_suggestions
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.import_created import (
    BUSINESS_UNITS,
    CHANNELS,
    METRICS,
    PROGRAMS,
    RATES,
    TARGETS,
    created,
    side_files,
)
from impact_desktop.services.import_figures import STATUSES, PreviewFigures, status_label
from impact_desktop.services.import_undo import import_change
from impact_desktop.services.importing import (
    ALL_SHEETS,
    ImportOptions,
    commit_import,
    inspect_file,
    preview_import,
)
from impact_desktop.services.session import open_worker_writer

FILE, MAPPING, PREVIEW, RUN = range(4)
INVALID_TAB, DUPLICATE_TAB, CONFLICT_TAB, CORRECTION_TAB, STORED_TAB, NAMES_TAB = range(6)


class ImportWizard(QDialog):
    imported = Signal(object)

    def __init__(self, context: AppContext, path: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self._context = context
        self._layout = None
        self._preview = None
        self._task: Task | None = None
        self._busy = False
        ui = self.ui
        self._hint = ui.fileHintLabel.text()
        ui.browseButton.clicked.connect(self._browse)
        ui.fileEdit.textChanged.connect(self._file_changed)
        ui.nextButton.clicked.connect(self._next)
        ui.backButton.clicked.connect(self._back)
        ui.importButton.clicked.connect(self._import)
        ui.cancelButton.clicked.connect(self._cancel)
        ui.closeButton.clicked.connect(self.accept)
        ui.applyPresetButton.clicked.connect(self._apply_preset)
        ui.savePresetButton.clicked.connect(self._save_preset)
        ui.skipInvalidCheck.toggled.connect(self._update_buttons)
        review.prepare_choice(ui.correctionsCombo)
        ui.correctionsCombo.currentIndexChanged.connect(self._correction_chosen)
        for table in (ui.invalidTable, ui.duplicateTable, ui.conflictTable, ui.correctionTable):
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        self.figures_model = PreviewFiguresModel(self)
        ui.storedView.setModel(self.figures_model)
        ui.storedView.verticalHeader().setVisible(False)
        ui.storedView.horizontalHeader().setSortIndicatorShown(True)
        ui.storedView.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # file order first
        ui.statusFilterCombo.addItem(self.tr("Every figure"), None)
        for status in STATUSES:
            ui.statusFilterCombo.addItem(status_label(status), status)
        ui.statusFilterCombo.currentIndexChanged.connect(self._status_filter_changed)
        self.names_choice = NamesChoice(ui.namesTable, self)
        self.names_choice.changed.connect(self._same_changed)
        self._file_changed("")
        if path:
            ui.fileEdit.setText(path)
        self._show(FILE)

    # -- navigation -------------------------------------------------------------------

    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def _show(self, page: int) -> None:
        titles = {FILE: self.tr("1. Choose a file"), MAPPING: self.tr("2. Match the columns"),
                  PREVIEW: self.tr("3. Check before importing"), RUN: self.tr("4. Import")}
        self.ui.pages.setCurrentIndex(page)
        self.ui.stepLabel.setText(titles[page])
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, page, busy = self.ui, self.page(), self._busy
        finished = page == RUN and not busy
        ui.backButton.setEnabled(not busy and page in (MAPPING, PREVIEW) or (page == RUN and not busy
                                                                                  and self._preview is not None))
        ui.nextButton.setVisible(page in (FILE, MAPPING))
        ui.nextButton.setEnabled(not busy and bool(ui.fileEdit.text().strip()))
        ui.importButton.setVisible(page == PREVIEW)
        preview = self._preview
        unmapped = bool(preview and preview.column_problems)
        invalid_ok = bool(preview) and (not preview.invalid_count or ui.skipInvalidCheck.isChecked())
        corrections_ok = bool(preview) and (not preview.corrections or review.chosen(ui.correctionsCombo) is not None)
        ui.importButton.setEnabled(not busy and not unmapped and invalid_ok and corrections_ok)
        ui.importButton.setToolTip(
            self.tr("Some columns have values but are not mapped: go Back and choose what they hold, or "
                    "“Leave out this column”.") if unmapped else
            self.tr("Some rows are invalid: fix the file, or tick “Import valid rows only”.") if not invalid_ok else
            self.tr("The file corrects stored figures: choose what to do with them first.") if not corrections_ok
            else "")
        ui.cancelButton.setVisible(not finished)
        ui.closeButton.setVisible(finished)
        # Enter presses the button that moves on: Next, then Import, and Close at the end
        # (Back was the default on the last page once Next was hidden).
        default = ui.closeButton if finished else ui.importButton if page == PREVIEW else ui.nextButton
        for button in (ui.nextButton, ui.importButton, ui.closeButton, ui.backButton):
            button.setDefault(button is default)
            button.setAutoDefault(button is default)
        ui.progressBar.setVisible(busy)
        ui.progressLabel.setVisible(busy or bool(ui.progressLabel.text()))

    def _next(self) -> None:
        if self.page() == FILE:
            self._inspect(ImportOptions(sheet=self._sheet()))
        elif self.page() == MAPPING:
            self._run_preview()

    def _back(self) -> None:
        self.ui.progressLabel.clear()
        self._show({MAPPING: FILE, PREVIEW: MAPPING, RUN: PREVIEW}.get(self.page(), FILE))

    def _cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Esc or Cancel: stop the running step first (nothing is written); close when idle."""
        if self._task is not None:
            self._task.cancel()
            self.ui.progressLabel.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)

    # -- step 1: file -----------------------------------------------------------------

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import spreadsheet"), self.ui.fileEdit.text(),
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
        if path:
            self.ui.fileEdit.setText(path)

    def set_file(self, path: str) -> None:
        """Use ``path`` (a dropped file); ignored while a step is running."""
        if not self._busy:
            self.ui.fileEdit.setText(path)

    def _file_changed(self, text: str) -> None:
        if self._busy:
            return
        if self.page() != FILE:  # another file (typed or dropped): start again from its header
            self._layout = self._preview = None
            self.names_choice.reset()
            self._show(FILE)
        self.ui.fileHintLabel.setText(self._hint)
        combo = self.ui.sheetCombo
        combo.clear()
        combo.addItem(self.tr("(automatic: first sheet with a header)"), None)
        path = Path(text.strip()) if text.strip() else None
        if path and path.is_file():
            try:
                names = list_sheets(path)
                if len(names) > 1:
                    combo.addItem(self.tr("(every sheet with the same columns)"), ALL_SHEETS)
                for name in names:
                    combo.addItem(name, name)
            except ImpactError as exc:
                self._error(str(exc))
        self._update_buttons()

    def _sheet(self) -> str | None:
        return self.ui.sheetCombo.currentData()

    def _path(self) -> str:
        return self.ui.fileEdit.text().strip()

    # -- background work --------------------------------------------------------------

    def _start(self, work, on_success, text: str) -> None:
        db_path = self._context.store.path
        self._busy = True
        self.ui.progressLabel.setText(text)
        self.ui.progressBar.setRange(0, 0)
        self._update_buttons()

        def run(progress: TaskProgress):
            store = open_worker_writer(db_path)
            try:
                return work(store, progress)
            finally:
                store.close()

        def succeeded(result) -> None:
            self._task_finished()
            on_success(result)

        def failed(message: str) -> None:
            self._task_finished()
            self._failed(message)

        self._task = run_task(run, on_success=succeeded, on_failure=failed, on_progress=self._progressed, parent=self)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if not self._busy:
            return
        if total:
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(done)
        self.ui.progressLabel.setText(text)

    def _task_finished(self) -> None:
        self._task = None
        self._busy = False
        self._update_buttons()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.ui.progressLabel.clear()
        self._error(message)

    def _error(self, message: str) -> None:
        label = {FILE: self.ui.fileHintLabel, MAPPING: self.ui.mappingInfoLabel,
                 PREVIEW: self.ui.newNamesLabel, RUN: self.ui.resultLabel}[self.page()]
        label.setText(error_html(message))

    # -- step 2: mapping --------------------------------------------------------------

    def _inspect(self, options: ImportOptions) -> None:
        path = self._path()
        self._start(lambda store, _progress: inspect_file(store, path, options), self._inspected,
                    self.tr("Reading the header…"))

    @Slot(object)
    def _inspected(self, layout) -> None:
        self._layout = layout
        metrics = import_batches.metrics(self._context.store)
        fill_mapping_table(self.ui.mappingTable, layout.headers, layout.mapping, layout.samples, metrics,
                           NameBook(self._context.store))
        text = self.tr("Sheet “{sheet}”, header on row {row}. Check what each column holds; columns set to "
                       "“Leave out this column” are not imported.").format(sheet=layout.sheet, row=layout.header_row)
        if not layout.recognised:
            text = self.tr("No header row was recognised in sheet “{sheet}”; row {row} is used as the header. "
                           "Choose what each column holds.").format(sheet=layout.sheet, row=layout.header_row)
        if layout.preset_name:
            text += " " + self.tr("The saved mapping “{name}” was applied.").format(name=layout.preset_name)
        self.ui.mappingInfoLabel.setText(html.escape(text))
        self._fill_presets(layout.preset_name)
        self.ui.progressLabel.clear()
        self._show(MAPPING)

    def _fill_presets(self, current: str | None) -> None:
        combo = self.ui.presetCombo
        combo.clear()
        combo.setPlaceholderText(self.tr("No saved mappings yet"))
        for preset in import_batches.list_presets(self._context.store):
            combo.addItem(preset.name, preset.name)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else (0 if combo.count() else -1))
        self.ui.applyPresetButton.setEnabled(combo.count() > 0)
        self.ui.presetNameEdit.setText(current or "")

    def _apply_preset(self) -> None:
        name = self.ui.presetCombo.currentData()
        if name and self._layout:
            self._inspect(ImportOptions(sheet=self._layout.sheet, preset=name))

    def _save_preset(self) -> None:
        name = self.ui.presetNameEdit.text().strip()
        if not self._layout:
            return
        if not name:
            self._error(self.tr("Type a name for this mapping first."))
            self.ui.presetNameEdit.setFocus()
            return
        mapping = {header: field for header, field in self._mapping().items() if field}
        try:
            import_batches.save_preset(self._context.store, name, layout_key(self._layout.headers), mapping)
        except ImpactError as exc:
            self._error(str(exc))
            return
        self._fill_presets(name)
        self.ui.mappingInfoLabel.setText(html.escape(self.tr(
            "Saved the mapping “{name}”; it is applied automatically to files with these columns.").format(name=name)))

    def _mapping(self) -> dict[str, str]:
        return chosen_mapping(self.ui.mappingTable, self._layout.headers)

    # -- step 3: preview --------------------------------------------------------------

    def _run_preview(self) -> None:
        sheet = ALL_SHEETS if self._sheet() == ALL_SHEETS else self._layout.sheet
        path = self._path()
        options = ImportOptions(sheet=sheet, overrides=self._mapping(), same=list(self.names_choice.chosen),
                                audience="gui")

        def work(store, progress: TaskProgress):
            preview = preview_import(store, path, options, progress=progress.report,
                                     cancelled=lambda: progress.cancelled)
            return preview, PreviewFigures(store, preview), name_suggestions.new_names(store, preview.snapshot)

        self._start(work, self._previewed_all, self.tr("Checking every row…"))

    @Slot(list)
    def _same_changed(self, _choices: list) -> None:
        """A "same as" choice: check the file again with it, at once."""
        if self._layout is not None and not self._busy:
            self._run_preview()

    @Slot(int)
    def _status_filter_changed(self, _index: int) -> None:
        status = self.ui.statusFilterCombo.currentData()
        self.figures_model.set_statuses(None if status is None else [status])
        self._count_figures()

    def _count_figures(self) -> None:
        model = self.figures_model
        figures = model.figures
        if figures is None:
            self.ui.storedCountLabel.clear()
            return
        self.ui.storedCountLabel.setText((self.tr("{shown} of 1 figure") if len(figures) == 1 else
                                          self.tr("{shown} of {total} figures")).format(
            shown=f"{model.total():,}", total=f"{len(figures):,}"))

    @Slot(object)
    def _previewed_all(self, result) -> None:
        preview, figures, new_names = result
        again = self._preview is not None and self.page() == PREVIEW
        tab = self.ui.previewTabs.currentIndex()
        self._previewed(preview)
        self.figures_model.set_figures(figures)
        self._status_filter_changed(self.ui.statusFilterCombo.currentIndex())
        self.ui.storedView.resizeColumnsToContents()
        rows = self.names_choice.fill(self._context.store, new_names)
        tabs = self.ui.previewTabs
        tabs.setTabText(STORED_TAB, self.tr("What will be stored ({count})").format(count=f"{len(figures):,}"))
        tabs.setTabText(NAMES_TAB, self.tr("New names ({count})").format(count=len(new_names)))
        tabs.setTabVisible(NAMES_TAB, rows > 0)
        if again:
            tabs.setCurrentIndex(tab)  # a "same as" choice: stay where the user is
        elif not (preview.invalid_count or preview.correction_count or preview.conflict_count):
            tabs.setCurrentIndex(NAMES_TAB if any(new.suggestions for new in new_names) else STORED_TAB)

    def _previewed(self, preview) -> None:
        self._preview = preview
        ui = self.ui
        def counted(count: int, one: str, many: str) -> str:  # "1 invalid row", "3 invalid rows"
            return (one if count == 1 else many).format(f"<b>{count:,}</b>")

        parts = [counted(preview.new_count, self.tr("{0} new entry"), self.tr("{0} new entries")),
                 self.tr("{0} already in the store").format(f"<b>{preview.duplicate_count:,}</b>"),
                 counted(preview.invalid_count, self.tr("{0} invalid row"), self.tr("{0} invalid rows")),
                 counted(preview.skipped_count, self.tr("{0} skipped row"), self.tr("{0} skipped rows"))
                 + self.tr(" (blank {blank}, totals {totals}, without figures {empty})").format(
                     blank=preview.skipped_blank, totals=preview.skipped_total, empty=preview.skipped_empty)]
        ui.countsLabel.setText(" · ".join(parts)
                               + review.counts_suffix(preview.conflict_count, preview.correction_count))
        labels = {BUSINESS_UNITS: self.tr("New business units"), PROGRAMS: self.tr("New programs"),
                  CHANNELS: self.tr("New channels"), METRICS: self.tr("New metrics"),
                  RATES: self.tr("New currency rates"), TARGETS: self.tr("New targets")}
        read_from = {RATES: self.tr("currency rates read from {file}"), TARGETS: self.tr("targets read from {file}")}
        names = [f"{labels[new.kind]}: {', '.join(new.names)}" for new in created(preview)]
        names += [read_from[kind].format(file=name) for kind, name in side_files(preview)]
        text = self.tr("Created on import — ") + "; ".join(names) if names else ""
        notes = "<br>".join(html.escape(self.tr("Note: ") + note)
                            for note in [*preview.notes, *preview.rate_notes, *preview.target_notes])
        if preview.total_rows:
            rows = ", ".join(self.tr("row {row} ({label})").format(row=row, label=label)
                             for _sheet, row, label in preview.total_rows[:10])
            totals = html.escape(self.tr("Skipped as total rows: {rows}").format(
                rows=rows + ("…" if len(preview.total_rows) > 10 else "")))
            notes = f"{notes}<br>{totals}" if notes else totals
        if preview.column_problems:
            columns = ", ".join(f"“{p.column}”" for p in preview.column_problems)
            warning = self.tr("Columns with values that are not mapped: {columns}. Go Back and choose what they "
                              "hold, or “Leave out this column”; nothing is imported until then.").format(
                columns=columns)
            notes = f"<b>{html.escape(warning)}</b>" + ("<br>" + notes if notes else "")
            self._show_unmapped_columns(preview)
        ui.newNamesLabel.setTextFormat(Qt.TextFormat.RichText)  # escaped names, notes on lines of their own
        ui.newNamesLabel.setText("<br>".join(part for part in (html.escape(text), notes) if part))
        review.fill_table(ui.invalidTable, [(p.sheet, p.row, p.column, p.value, p.reason) for p in preview.problems])
        review.fill_table(ui.duplicateTable, [(d.sheet, d.row, d.metric, d.reason) for d in preview.duplicates])
        review.fill_conflicts(ui.conflictTable, preview.conflicts)
        review.fill_corrections(ui.correctionTable, preview.corrections)
        tabs = ui.previewTabs
        tabs.setTabText(INVALID_TAB, self.tr("Invalid rows ({count})").format(count=preview.invalid_count))
        tabs.setTabText(DUPLICATE_TAB, self.tr("Already in the store ({count})").format(count=preview.duplicate_count))
        tabs.setTabText(CONFLICT_TAB, self.tr("Conflicts ({count})").format(count=preview.conflict_count))
        tabs.setTabText(CORRECTION_TAB, self.tr("Corrections ({count})").format(count=preview.correction_count))
        tabs.setTabVisible(CONFLICT_TAB, bool(preview.conflicts))
        tabs.setTabVisible(CORRECTION_TAB, bool(preview.corrections))
        first = next((tab for tab, count in ((INVALID_TAB, preview.invalid_count),
                                             (CORRECTION_TAB, preview.correction_count),
                                             (CONFLICT_TAB, preview.conflict_count),
                                             (DUPLICATE_TAB, preview.duplicate_count)) if count), INVALID_TAB)
        tabs.setCurrentIndex(first)
        ui.skipInvalidCheck.setEnabled(preview.invalid_count > 0)
        ui.correctionsCombo.setCurrentIndex(-1)  # never a preselected choice
        for widget in (ui.correctionsLabel, ui.correctionsCombo, ui.correctionsHintLabel):
            widget.setVisible(bool(preview.corrections))
        self._correction_chosen()
        ui.progressLabel.clear()
        self._show(PREVIEW)

    def _show_unmapped_columns(self, preview) -> None:
        """Columns without a header found further down the sheet get a row on the mapping page too."""
        layout = self._layout
        if layout is None or len(preview.headers) <= len(layout.headers):
            return
        mapping = self._mapping()
        layout.headers = list(preview.headers)
        layout.mapping = [mapping.get(header or f"#{i + 1}", h.IGNORE) for i, header in enumerate(layout.headers)]
        fill_mapping_table(self.ui.mappingTable, layout.headers, layout.mapping, layout.samples,
                           import_batches.metrics(self._context.store), NameBook(self._context.store))

    @Slot()
    def _correction_chosen(self) -> None:
        if self._preview is not None and self._preview.corrections:
            self.ui.correctionsHintLabel.setText(review.choice_hint(self._preview.correction_count,
                                                                    review.chosen(self.ui.correctionsCombo)))
        self._update_buttons()

    # -- step 4: import ---------------------------------------------------------------

    def _import(self) -> None:
        preview, skip = self._preview, self.ui.skipInvalidCheck.isChecked()
        corrections = review.chosen(self.ui.correctionsCombo) if preview.corrections else None
        count = preview.counts(corrections)["new"]
        self.ui.resultLabel.setText(self.tr("Importing 1 entry…") if count == 1 else
                                    self.tr("Importing {count} entries…").format(count=f"{count:,}"))
        self._show(RUN)

        def work(store, progress: TaskProgress):
            return import_change(commit_import(store, preview, skip_invalid=skip, corrections=corrections,
                                               progress=progress.report, cancelled=lambda: progress.cancelled))

        self._start(work, self._imported, self.tr("Saving…"))

    @Slot(object)
    def _imported(self, change) -> None:
        result = change.result
        self._preview = None
        lines = [self.tr("Imported <b>{new}</b> entries from {file} (sheet {sheet}).").format(
            new=f"{result.new_count:,}", file=html.escape(result.file_name), sheet=html.escape(result.sheet))]
        lines.append(self.tr("{dup} already in the store, {invalid} invalid, {skipped} skipped.").format(
            dup=result.duplicate_count, invalid=result.invalid_count, skipped=result.skipped_count))
        lines.extend(html.escape(line, quote=False) for line in review.result_lines(result))
        if result.error_file:
            lines.append(self.tr("Rejected rows and their reasons: {path}").format(
                path=html.escape(str(result.error_file))))
        lines.append(self.tr("Undo it any time under Import history."))
        self.ui.resultLabel.setText("<br>".join(lines))
        self.ui.progressLabel.clear()
        if result.undoable:
            record_import(self._context, change)  # announces what it changed
        else:
            self._context.notify("entries")
            self._context.notify("imports")
            if result.new_target_count:
                self._context.notify("targets")
        self.imported.emit(result)

