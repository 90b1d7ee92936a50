"""The Metrics page (``ui/metrics_page.ui``): built-in and user metrics.

Users add their own metrics (a stock such as recycling facilities, a flow such as
volunteering opportunities), rename any metric and delete their own while nothing uses
them; built-in metrics cannot be deleted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from impact_desktop.core.b4si import INPUT_TYPE_LABELS
from impact_desktop.core.metrics import Metric, unit_display_name
from impact_desktop.gui.catalog.catalog_format import aggregation_label
from impact_desktop.gui.catalog.metric_dialog import MetricDialog, b4si_label
from impact_desktop.gui.catalog.records_page import ID_ROLE, RecordsPage
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.tracked_dialog import open_tracked
from impact_desktop.gui.generated.ui_metrics_page import Ui_MetricsPage
from impact_desktop.services import catalog_names, catalog_queries, metric_changes


class MetricsPage(RecordsPage):
    """The metric catalogue with add / rename / delete."""

    topics = ("catalog",)
    change_topic = "catalog"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, Ui_MetricsPage(), parent)
        self.refresh()

    def load(self) -> list[Metric]:
        store = self.context.store
        self._book = catalog_names.NameBook(store)  # names in the interface language, read once per load
        return catalog_queries.list_metrics(store)

    def record_id(self, metric: Metric) -> str:
        return metric.key

    def can_delete(self, metric: Metric) -> bool:
        return not metric.builtin

    def row_cells(self, metric: Metric) -> list[tuple[str, object]]:
        yes, no = self.tr("Yes"), self.tr("No")
        return [
            (self._book.metric(metric), None),
            (self.tr("currency of each entry") if metric.is_money else unit_display_name(metric), None),
            (self.tr("Money") if metric.is_money else self.tr("Quantity"), None),
            (aggregation_label(metric.aggregation), None),
            (yes if metric.integer_only else no, None),
            (b4si_label(INPUT_TYPE_LABELS, metric.default_input_type), None),
            (yes if metric.builtin else no, None),
        ]

    def refresh(self) -> None:
        super().refresh()
        for row in range(self.ui.table.rowCount()):
            metric = self.records.get(self.ui.table.item(row, 0).data(ID_ROLE))
            if metric is not None and metric.description:
                self.ui.table.item(row, 0).setToolTip(metric.description)

    def open_editor(self, metric: Metric | None) -> None:
        dialogs: list[MetricDialog] = []

        def save(values) -> None:
            store = self.context.store
            if metric is None:
                change = metric_changes.add_metric(store, values, dialogs[0].alternative_names())
                self.record_change(self.tr("Add metric “%1”").replace("%1", values.name), change)
                self.refresh_and_select(values.key)
                return
            change = metric_changes.edit_metric(store, metric.key, values)
            if change is not None:
                self.record_change(self.tr("Edit metric “%1”").replace("%1", values["name"]), change)

        dialogs.append(MetricDialog(self.context, save, metric, parent=self.window()))
        open_tracked(self, dialogs[0])

    def delete_records(self, metrics: list[Metric]) -> None:
        keys = [metric.key for metric in metrics]
        text = (self.tr("Delete metric") if len(keys) == 1 else
                self.tr("Delete %1 metrics").replace("%1", f"{len(keys):,}"))
        self.record_change(text, metric_changes.delete_metrics(self.context.store, keys))
