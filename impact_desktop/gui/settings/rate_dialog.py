"""The editor of one currency rate (``ui/rate_dialog.ui``): from, to, period, exact rate."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from impact_desktop.core.errors import ImpactError, ValidationError, ValueParseError
from impact_desktop.core.money import normalize_currency, normalize_decimal
from impact_desktop.core.periods import Period, parse_period
from impact_desktop.core.rates import Rate
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.editor_dialog import EditorDialog
from impact_desktop.gui.generated.ui_rate_dialog import Ui_RateDialog
from impact_desktop.gui.settings.target_dialog import describe_period, fill_currency_combo
from impact_desktop.services.rate_ops import parse_rate
from impact_desktop.services.settings_ops import load_settings


class RateDialog(EditorDialog):
    """Create or edit a rate; ``save`` receives a :class:`Rate` without id."""

    def __init__(self, context: AppContext, save: Callable[[Rate], None], rate: Rate | None = None,
                 preset: tuple[str, str, Period] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RateDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit currency rate") if rate else self.tr("New currency rate"))
        self.settings = load_settings(context.store)
        ui = self.ui
        source, target, period = (rate.from_currency, rate.to_currency, rate.period) if rate else (
            preset if preset else ("", self.settings.reporting_currency, None))
        fill_currency_combo(ui.fromCombo, source)
        fill_currency_combo(ui.toCombo, target)
        if period is not None:
            ui.periodEdit.setText(period.label(self.settings.fiscal_start_month))
        if rate:
            ui.rateEdit.setText(str(rate.rate))
        self.field_widgets = {"from_currency": ui.fromCombo, "to_currency": ui.toCombo, "currency": ui.fromCombo,
                              "period": ui.periodEdit, "rate": ui.rateEdit}
        self.setup_editor(ui.buttonBox, ui.errorLabel, save)
        (ui.rateEdit if preset else ui.fromCombo).setFocus()

    def read_values(self) -> Rate:
        ui = self.ui
        ui.periodHint.setText("")
        ui.rateHint.setText("")
        source = normalize_currency(ui.fromCombo.currentText())
        try:
            target = normalize_currency(ui.toCombo.currentText())
        except ValidationError as exc:
            raise ValidationError(str(exc), "to_currency") from None
        try:
            period = parse_period(ui.periodEdit.text(), self.settings.fiscal_start_month)
        except ValueParseError as exc:
            raise ValidationError(self.tr("Period: %1").replace("%1", str(exc)), "period") from None
        ui.periodHint.setText(describe_period(period))
        value = parse_rate(ui.rateEdit.text())
        inverse = normalize_decimal((Decimal(1) / value).quantize(Decimal("0.000001")))
        ui.rateHint.setText(self.tr("1 %1 = %2 %3, so 1 %3 ≈ %4 %1").replace("%1", source)
                            .replace("%2", str(value)).replace("%3", target).replace("%4", str(inverse)))
        try:
            return Rate(source, target, period, value)
        except ImpactError as exc:
            raise ValidationError(str(exc), getattr(exc, "field", None) or "rate") from None
