"""The quick-entry panel: type value after value without opening a dialog.

Program, metric and period stay after each save and the focus returns to the value, so
a column of figures from a paper form goes in with digits and Enter only.

Signals:
    saved(str): an entry was stored (its id).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from impact_desktop.core.errors import ImpactError
from impact_desktop.gui import entry_commands
from impact_desktop.gui.context import AppContext
from impact_desktop.gui.entry_form import INVALID_STYLE, EntryFormController
from impact_desktop.gui.formatting import format_value
from impact_desktop.gui.generated.ui_quick_entry import Ui_QuickEntryPanel


class QuickEntryPanel(QFrame):
    saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_QuickEntryPanel()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.form = EntryFormController(context, self.ui, self, quiet_while_typing=True)
        self.form.validityChanged.connect(self._validity_changed)
        self.ui.addButton.clicked.connect(self.save)
        for edit in (self.ui.valueEdit, self.ui.periodEdit, self.ui.noteEdit):
            edit.returnPressed.connect(self.save)
        self.form.validate()

    def reload(self) -> None:
        self.form.reload_choices()
        self.form.validate()

    def _validity_changed(self, valid: bool) -> None:
        self.ui.addButton.setEnabled(valid)
        problems = self.form.visible_errors()
        if problems:
            self.ui.messageLabel.setStyleSheet("color: #c62828;")
            self.ui.messageLabel.setText(" ".join(problems.values()))
        elif not self.ui.messageLabel.property("keep"):
            self.ui.messageLabel.setStyleSheet("")
            self.ui.messageLabel.setText(self.tr("Pick a program, a metric and a period, then type values and "
                                                 "press Enter after each one."))
        self.ui.messageLabel.setProperty("keep", False)

    def save(self) -> None:
        draft = self.form.validate()
        if draft is None:
            self.form.touch_all()
            return
        try:
            entry_id = entry_commands.add_entry(self.context, draft)
        except ImpactError as exc:
            self.ui.messageLabel.setText(str(exc))
            return
        metric = self.form.metric()
        shown = format_value(draft.value, metric.unit if metric else "", draft.currency)
        self.ui.valueEdit.clear()
        self.ui.noteEdit.clear()
        self.form.forget("value")
        self.ui.messageLabel.setStyleSheet("color: #2e7d32;")
        self.ui.messageLabel.setText(self.tr("Saved %1 for %2 (Ctrl+Z undoes).")
                                     .replace("%1", shown).replace("%2", draft.period.label()))
        self.ui.messageLabel.setProperty("keep", True)
        self.ui.valueEdit.setFocus()
        self.saved.emit(entry_id)
