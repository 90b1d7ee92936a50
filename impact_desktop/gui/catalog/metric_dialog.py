"""The editor of one metric (``ui/metric_dialog.ui``).

A new metric gets everything: name, unit, money or quantity, how it adds up (flow /
stock / distinct count, explained), whole numbers only, default B4SI classification.
Afterwards only its name and description change: unit and aggregation define what the
figures already entered mean.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from impact_desktop.core import names
from impact_desktop.core.b4si import FUNDING_SOURCE_LABELS, INPUT_TYPE_LABELS, MOTIVATION_LABELS
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.metrics import Aggregation, Metric, ValueKind, metric_key_from_name, validate_metric
from impact_desktop.gui.catalog.catalog_format import aggregation_label
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.editor_dialog import EditorDialog, combo_data, select_data
from impact_desktop.gui.generated.ui_metric_dialog import Ui_MetricDialog
from impact_desktop.services import catalog_names, catalog_queries

#: The stored unit of money metrics (as the built-in Donations): data, not a display text.
MONEY_UNIT = "currency"


def aggregation_explanation(kind: Aggregation) -> str:
    texts = {
        Aggregation.FLOW: QCoreApplication.translate(
            "Metrics", "Adds up over months and across units: money, hours, trees planted."),
        Aggregation.STOCK: QCoreApplication.translate(
            "Metrics", "A level at a point in time: a period shows its latest value, never a sum of months\n"
                       "(facilities in operation, cities covered, partner non-profits)."),
        Aggregation.DISTINCT: QCoreApplication.translate(
            "Metrics", "People or things counted once: never added across units or periods,\n"
                       "reported as entered for the period (volunteers)."),
    }
    return texts[Aggregation(kind)]


def b4si_label(labels: dict, value) -> str:
    return QCoreApplication.translate("B4SI", labels[value]) if value else ""


class MetricDialog(EditorDialog):
    """New metric (``save`` gets a :class:`Metric`) or rename (``save`` gets name and description)."""

    def __init__(self, context: AppContext, save: Callable, metric: Metric | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MetricDialog()
        self.ui.setupUi(self)
        self.editing = metric
        self.existing_keys = {m.key for m in catalog_queries.list_metrics(context.store)}
        ui = self.ui
        self.setWindowTitle(self.tr("Edit metric") if metric else self.tr("New metric"))
        ui.kindCombo.addItem(self.tr("Quantity (a plain number)"), ValueKind.QUANTITY.value)
        ui.kindCombo.addItem(self.tr("Money (keeps its currency)"), ValueKind.MONEY.value)
        for kind in Aggregation:
            ui.aggregationCombo.addItem(aggregation_label(kind), kind.value)
        for combo, labels in ((ui.inputCombo, INPUT_TYPE_LABELS), (ui.motivationCombo, MOTIVATION_LABELS),
                              (ui.fundingCombo, FUNDING_SOURCE_LABELS)):
            combo.addItem(self.tr("(none)"), None)
            for value in labels:
                combo.addItem(b4si_label(labels, value), value.value)
        if metric:
            ui.nameEdit.setText(metric.name)
            ui.unitEdit.setText(metric.unit)
            select_data(ui.kindCombo, metric.value_kind.value)
            select_data(ui.aggregationCombo, metric.aggregation.value)
            ui.integerCheck.setChecked(metric.integer_only)
            select_data(ui.inputCombo, metric.default_input_type)
            select_data(ui.motivationCombo, metric.default_motivation)
            select_data(ui.fundingCombo, metric.default_funding_source)
            ui.descriptionEdit.setText(metric.description)
            fixed = self.tr("Fixed once the metric exists: it defines what figures already entered mean.")
            for widget in (ui.unitEdit, ui.kindCombo, ui.aggregationCombo, ui.integerCheck, ui.inputCombo,
                           ui.motivationCombo, ui.fundingCombo):
                widget.setEnabled(False)
                widget.setToolTip(fixed)
        ui.aliasesEdit.setText("; ".join(catalog_names.names_of(context.store, names.METRIC,
                                                                metric.id if metric else None)))
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.aggregationCombo.currentIndexChanged.connect(self._aggregation_changed)
        self._kind_changed()
        self.field_widgets = {"alternative_names": ui.aliasesEdit, "name": ui.nameEdit, "key": ui.nameEdit,
                              "unit": ui.unitEdit,
                              "aggregation": ui.aggregationCombo, "description": ui.descriptionEdit,
                              "kind": ui.kindCombo, "integer": ui.integerCheck, "input": ui.inputCombo,
                              "motivation": ui.motivationCombo, "funding": ui.fundingCombo}
        self.setup_editor(ui.buttonBox, ui.errorLabel, save)

    def _kind_changed(self, *_args) -> None:
        ui = self.ui
        money = combo_data(ui.kindCombo) == ValueKind.MONEY.value
        if self.editing is None:
            if money:
                select_data(ui.aggregationCombo, Aggregation.FLOW.value)
                ui.unitEdit.setText(MONEY_UNIT)
            elif ui.unitEdit.text() == MONEY_UNIT:
                ui.unitEdit.clear()
            ui.aggregationCombo.setEnabled(not money)
            ui.unitEdit.setEnabled(not money)
            ui.integerCheck.setEnabled(not money)
            if money:
                ui.integerCheck.setChecked(False)
        self._aggregation_changed()

    def _aggregation_changed(self, *_args) -> None:
        self.ui.aggregationHint.setText(aggregation_explanation(combo_data(self.ui.aggregationCombo)))

    def _unique_key(self, name: str) -> str:
        base = metric_key_from_name(name)
        key, number = base, 2
        while key in self.existing_keys:
            key = f"{base[:44]}_{number}"
            number += 1
        return key

    def alternative_names(self) -> list[str]:
        return catalog_names.split_names(self.ui.aliasesEdit.text())

    def read_values(self):
        ui = self.ui
        name = " ".join(ui.nameEdit.text().split())
        if not name:
            raise ValidationError(self.tr("A metric needs a name."), "name")
        description = ui.descriptionEdit.text().strip()
        if self.editing is not None:
            return {"name": name, "description": description, "alternative_names": self.alternative_names()}
        metric = Metric(
            key=self._unique_key(name), name=name, unit=ui.unitEdit.text().strip(),
            value_kind=ValueKind(combo_data(ui.kindCombo)), aggregation=Aggregation(combo_data(ui.aggregationCombo)),
            integer_only=ui.integerCheck.isChecked(),
            default_input_type=combo_data(ui.inputCombo), default_motivation=combo_data(ui.motivationCombo),
            default_funding_source=combo_data(ui.fundingCombo), description=description,
        )
        validate_metric(metric)
        return metric
