"""The editor of one target (``ui/target_dialog.ui``): metric, who, period, value, currency.

Periods are typed as people write them (FY2018, 2018-Q1, 2018-03) and read with the
database's fiscal year start; values accept 12,500, 1.5万, 12.7亿 or ¥3,000.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from impact_desktop.core.amounts import parse_amount
from impact_desktop.core.errors import ImpactError, ValidationError, ValueParseError
from impact_desktop.core.metrics import unit_display_name
from impact_desktop.core.money import CURRENCY_DIGITS, check_money_precision, normalize_currency
from impact_desktop.core.periods import Period, parse_period
from impact_desktop.gui.catalog.catalog_dialogs import fill_unit_combo
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.editor_dialog import EditorDialog, combo_data, select_data
from impact_desktop.gui.generated.ui_target_dialog import Ui_TargetDialog
from impact_desktop.services import target_ops
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.settings_ops import load_settings
from impact_desktop.services.target_ops import Target


def describe_period(period: Period) -> str:
    """'2017-04-01 to 2018-03-31': confirms what a typed period means, unambiguously."""
    if period.start == period.end:
        return period.start.isoformat()
    return QCoreApplication.translate("Periods", "%1 to %2").replace("%1", period.start.isoformat()).replace(
        "%2", period.end.isoformat())


def fill_currency_combo(combo, current: str) -> None:
    combo.addItems(sorted(CURRENCY_DIGITS))
    combo.setCurrentText(current)


class TargetDialog(EditorDialog):
    """Create or edit a target; ``save`` receives a :class:`Target` without id."""

    def __init__(self, context: AppContext, save: Callable[[dict], None], target: Target | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TargetDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit target") if target else self.tr("New target"))
        store = context.store
        self.settings = load_settings(store)
        self.book = book = NameBook(store)  # names in the interface language
        offered = target_ops.choices(store)
        self.metrics = {metric.key: metric for metric in offered.metrics}
        for metric in self.metrics.values():
            unit = self.tr("money") if metric.is_money else unit_display_name(metric)
            self.ui.metricCombo.addItem(f"{book.metric(metric)} ({unit})", metric.key)
        ui = self.ui
        ui.scopeCombo.addItem(self.tr("The whole group"), None)
        keep_unit = target.business_unit_id if target else None
        units = offered.units
        before = ui.scopeCombo.count()
        fill_unit_combo(ui.scopeCombo, units, keep=keep_unit, book=book)
        for index in range(before, ui.scopeCombo.count()):
            ui.scopeCombo.setItemData(index, f"business_unit:{ui.scopeCombo.itemData(index)}")
        unit_names = {unit.id: book.shown(unit.id, unit.name) for unit in units}
        keep_program = target.program_id if target else None
        programs = [(unit_names.get(p.business_unit_id, "?"), book.shown(p.id, p.name), p)
                    for p in offered.programs]
        for unit_name, program_name, program in sorted(programs, key=lambda row: (row[0], row[1].lower())):
            if not program.archived or program.id == keep_program:
                label = self.tr("Program: %1 / %2").replace("%1", unit_name)
                ui.scopeCombo.addItem(label.replace("%2", program_name), f"program:{program.id}")  # notr
        fill_currency_combo(ui.currencyCombo, target.currency if target and target.currency
                            else self.settings.reporting_currency)
        if target:
            select_data(ui.metricCombo, target.metric_key)
            if target.program_id:
                select_data(ui.scopeCombo, f"program:{target.program_id}")
            elif target.business_unit_id:
                select_data(ui.scopeCombo, f"business_unit:{target.business_unit_id}")
            ui.periodEdit.setText(target.period.label(self.settings.fiscal_start_month))
            ui.valueEdit.setText(f"{target.value:,}")
            ui.noteEdit.setText(target.note)
        ui.metricCombo.currentIndexChanged.connect(self._metric_changed)
        self._metric_changed()
        self.field_widgets = {"metric": ui.metricCombo, "program": ui.scopeCombo, "period": ui.periodEdit,
                              "value": ui.valueEdit, "currency": ui.currencyCombo, "note": ui.noteEdit}
        self.setup_editor(ui.buttonBox, ui.errorLabel, save)

    def _metric_changed(self, *_args) -> None:
        metric = self.metrics.get(combo_data(self.ui.metricCombo))
        is_money = bool(metric and metric.is_money)
        self.ui.currencyCombo.setEnabled(is_money)
        self.ui.currencyComboLabel.setEnabled(is_money)

    def read_values(self) -> Target:
        ui = self.ui
        self.ui.periodHint.setText("")
        metric = self.metrics.get(combo_data(ui.metricCombo))
        if metric is None:
            raise ValidationError(self.tr("Choose a metric."), "metric")
        try:
            period = parse_period(ui.periodEdit.text(), self.settings.fiscal_start_month)
        except ValueParseError as exc:
            raise ValidationError(self.tr("Period: %1").replace("%1", str(exc)), "period") from None
        ui.periodHint.setText(describe_period(period))
        try:
            amount = parse_amount(ui.valueEdit.text())
        except ValueParseError as exc:
            raise ValidationError(self.tr("Target: %1").replace("%1", str(exc)), "value") from None
        if amount.value < 0:
            raise ValidationError(self.tr("A target cannot be negative."), "value")
        if metric.integer_only and amount.value != amount.value.to_integral_value():
            raise ValidationError(self.tr("%1 are counted in whole numbers, not %2.")
                                  .replace("%1", self.book.metric(metric)).replace("%2", str(amount.value)), "value")
        currency = None
        if metric.is_money:
            currency = normalize_currency(ui.currencyCombo.currentText())
            if amount.currency and amount.currency != currency:
                message = self.tr("The target is written in %1 but the currency says %2.")
                raise ValidationError(message.replace("%1", amount.currency).replace("%2", currency), "currency")
            check_money_precision(amount.value, currency)
        elif amount.currency:
            raise ValidationError(self.tr("%1 is not money; leave the currency sign out.").replace(
                "%1", self.book.metric(metric)), "value")
        scope = combo_data(ui.scopeCombo)
        kind, _, row_id = scope.partition(":") if scope else (None, None, None)
        try:
            return Target(metric.key, period, amount.value,
                          business_unit_id=row_id if kind == "business_unit" else None,
                          program_id=row_id if kind == "program" else None,
                          currency=currency, note=ui.noteEdit.text().strip())
        except ImpactError as exc:
            raise ValidationError(str(exc), "value") from None
