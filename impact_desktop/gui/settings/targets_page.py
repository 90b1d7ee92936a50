"""The Targets page (``ui/targets_page.ui``): every target, with add / edit / delete.

A target is for the whole group, one business unit or one program, per metric and
period; changes are undoable and announced as "targets" so charts follow.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from impact_desktop.core.number_format import NO_FIGURE, percent
from impact_desktop.gui.catalog.catalog_format import format_figure
from impact_desktop.gui.catalog.records_page import RecordsPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.tracked_dialog import open_tracked
from impact_desktop.gui.common.undo import record
from impact_desktop.gui.generated.ui_targets_page import Ui_TargetsPage
from impact_desktop.gui.settings.target_dialog import TargetDialog
from impact_desktop.services import target_ops
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.settings_ops import load_settings
from impact_desktop.services.target_ops import Target
from impact_desktop.services.target_progress import target_progress


class TargetsPage(RecordsPage):
    """Targets per metric, business unit or program, and period."""

    topics = ("targets", "catalog", "settings")
    change_topic = "targets"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, Ui_TargetsPage(), parent)
        # Progress sums every entry a target covers (0.85 s at a million entries): read
        # when the page is first shown, not while the window starts.
        self._stale = True

    def load(self) -> list[Target]:
        store = self.context.store
        self._book = book = NameBook(store)  # names in the interface language
        offered = target_ops.choices(store)
        self._metrics = {metric.key: metric for metric in offered.metrics}
        self._units = {unit.id: book.shown(unit.id, unit.name) for unit in offered.units}
        self._programs = {program.id: program for program in offered.programs}
        settings = load_settings(store)
        self._fiscal_start, self._reporting = settings.fiscal_start_month, settings.reporting_currency
        targets = target_ops.list_targets(store)
        self._progress = target_progress(store, targets)
        return targets

    def _who(self, target: Target) -> str:
        if target.program_id:
            program = self._programs.get(target.program_id)
            if program is None:
                return self.tr("(deleted program)")
            unit = self._units.get(program.business_unit_id, "?")
            return self.tr("Program: %1 / %2").replace("%1", unit).replace("%2",
                                                                           self._book.shown(program.id, program.name))
        if target.business_unit_id:
            return self._units.get(target.business_unit_id, self.tr("(deleted business unit)"))
        return self.tr("The whole group")

    def row_cells(self, target: Target) -> list[tuple[str, object]]:
        metric = self._metrics.get(target.metric_key)
        return [
            (self._book.metric(metric) if metric else target.metric_key, None),
            (self._who(target), None),
            (target.period.label(self._fiscal_start), (target.period.start, target.period.end)),
            (format_figure(target.value, metric, target.currency or ""), target.value),
            *self._progress_cells(target, metric),
            (target.note, None),
        ]

    def _progress_cells(self, target: Target, metric) -> list[tuple[str, object]]:
        """Actual and % achieved; "—" without entries (0 would claim nothing was done)."""
        progress = self._progress.get(target.id)
        if progress is None or progress.problem:
            return [(progress.problem if progress else NO_FIGURE, None), (NO_FIGURE, None)]
        if progress.actual is None:
            return [(NO_FIGURE, None), (NO_FIGURE, None)]
        return [(format_figure(progress.actual, metric, target.currency or self._reporting), progress.actual),
                (percent(progress.achieved), progress.achieved)]

    def open_editor(self, target: Target | None) -> None:
        def save(values: Target) -> None:
            store = self.context.store
            if target is None:
                row_id = self._record(self.tr("Add target"), target_ops.add_target(store, values))
                self.refresh_and_select(row_id)
            else:
                self._record(self.tr("Edit target"), target_ops.edit_target(store, target, values))

        open_tracked(self, TargetDialog(self.context, save, target, parent=self.window()))

    def delete_records(self, targets: list[Target]) -> None:
        ids = [target.id for target in targets]
        text = (self.tr("Delete target") if len(ids) == 1 else
                self.tr("Delete %1 targets").replace("%1", f"{len(ids):,}"))
        self._record(text, target_ops.delete_targets(self.context.store, ids))

    def _record(self, text: str, change) -> object:
        """One undo step for a change the service made (errors were raised to the caller before it)."""
        result = record(self.context, text, change)
        self.report_error("")
        return result
