"""The Settings dialog (``ui/settings_dialog.ui``).

Database settings (organisation, reporting currency, fiscal year start) live in the
file and are shared by everyone using it; the device name lives in the file's unsynced
``device`` row; the default database path is this user's preference (``QSettings`` key
``database/default``). Changes to the file are one undoable command.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from impact_desktop.core.errors import ValidationError
from impact_desktop.core.money import normalize_currency
from impact_desktop.core.periods import fiscal_year, fiscal_year_of
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.editor_dialog import EditorDialog, combo_data, select_data
from impact_desktop.gui.common.undo import record
from impact_desktop.gui.generated.ui_settings_dialog import Ui_SettingsDialog
from impact_desktop.gui.settings.target_dialog import fill_currency_combo
from impact_desktop.services.settings_ops import (
    Settings,
    change_settings,
    clean_device_name,
    device_name,
    load_settings,
)

DEFAULT_DATABASE_KEY = "database/default"


class SettingsDialog(EditorDialog):
    """Edit the database's shared settings, this computer's name and the default database."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, qsettings: QSettings | None = None):
        super().__init__(parent)
        self.context = context
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        store = context.store
        self.old_settings = load_settings(store)
        self.old_device = device_name(store)
        self.old_default = str(self.qsettings.value(DEFAULT_DATABASE_KEY, "") or "")
        locale = QLocale()
        for number in range(1, 13):
            ui.fiscalCombo.addItem(locale.standaloneMonthName(number), number)
        select_data(ui.fiscalCombo, self.old_settings.fiscal_start_month)
        fill_currency_combo(ui.currencyCombo, self.old_settings.reporting_currency)
        ui.organisationEdit.setText(self.old_settings.organisation)
        cost = self.old_settings.volunteer_hour_cost
        ui.hourCostEdit.setText("" if cost is None else str(cost))
        ui.deviceEdit.setText(self.old_device)
        ui.defaultDbEdit.setText(self.old_default)
        ui.browseButton.clicked.connect(self._browse)
        ui.fiscalHint.setStyleSheet("color: palette(placeholder-text);")
        self.field_widgets = {"organisation": ui.organisationEdit, "currency": ui.currencyCombo,
                              "fiscal_start_month": ui.fiscalCombo, "device_name": ui.deviceEdit,
                              "default_database": ui.defaultDbEdit, "volunteer_hour_cost": ui.hourCostEdit}
        self.setup_editor(ui.buttonBox, ui.errorLabel, self._apply)

    @Slot()
    def _browse(self) -> None:
        start = self.ui.defaultDbEdit.text() or str(self.context.store.path)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Default database"), start,
            self.tr("Impact Desktop databases (*.db *.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.ui.defaultDbEdit.setText(path)

    def _fiscal_hint(self, start_month: int) -> str:
        today = dt.date.today()
        period = fiscal_year(fiscal_year_of(today, start_month), start_month)
        return self.tr("FY%1 runs from %2 to %3.").replace("%1", str(period.end.year)).replace(
            "%2", period.start.isoformat()).replace("%3", period.end.isoformat())

    def read_values(self) -> dict:
        ui = self.ui
        month = combo_data(ui.fiscalCombo) or self.old_settings.fiscal_start_month
        ui.fiscalHint.setText(self._fiscal_hint(month))
        settings = Settings(reporting_currency=normalize_currency(ui.currencyCombo.currentText()),
                            fiscal_start_month=month,
                            organisation=" ".join(ui.organisationEdit.text().split()),
                            volunteer_hour_cost=self._hour_cost())
        device = clean_device_name(ui.deviceEdit.text())
        default = ui.defaultDbEdit.text().strip()
        if default:
            path = Path(default).expanduser()
            if path.is_dir():
                raise ValidationError(self.tr("%1 is a folder; choose a database file.").replace("%1", str(path)),
                                      "default_database")
            if not path.parent.is_dir():
                raise ValidationError(self.tr("The folder %1 does not exist.").replace("%1", str(path.parent)),
                                      "default_database")
        return {"settings": settings, "device": device, "default": default}

    def _hour_cost(self) -> Decimal | None:
        text = self.ui.hourCostEdit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite() or value < 0:
            raise ValidationError(self.tr("The cost of a volunteer hour is a number of at least 0, e.g. 150."),
                                  "volunteer_hour_cost")
        return value

    def _apply(self, values: dict) -> None:
        new_settings, new_device = values["settings"], values["device"]
        if (new_settings, new_device) != (self.old_settings, self.old_device):
            record(self.context, self.tr("Change settings"),
                   change_settings(self.context.store, new_settings, new_device))
        if values["default"]:
            self.qsettings.setValue(DEFAULT_DATABASE_KEY, values["default"])
        else:
            self.qsettings.remove(DEFAULT_DATABASE_KEY)
        self.qsettings.sync()
