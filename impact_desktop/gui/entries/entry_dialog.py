"""The entry form dialog: new, edit and duplicate, with immediate validation.

Save is enabled only while :class:`EntryFormController` has a valid draft; Enter saves
(Save is the default button), Esc cancels. Saving goes through ``entry_commands`` so it
can be undone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from impact_desktop.core.entries import EntryDraft
from impact_desktop.core.errors import ImpactError
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.formatting import local_time
from impact_desktop.gui.entries import entry_commands
from impact_desktop.gui.entries.entries_model import origin_description
from impact_desktop.gui.entries.entry_form import EntryFormController, invalid_style
from impact_desktop.gui.generated.ui_entry_dialog import Ui_EntryDialog
from impact_desktop.services.entry_list import StoredEntry


class EntryDialog(QDialog):
    """Edit one entry. ``entry`` = edit it; ``template`` = a new entry pre-filled from it.

    After ``exec()`` returns Accepted, :attr:`saved_id` is the stored entry's id.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, entry: StoredEntry | None = None,
                 template: EntryDraft | None = None):
        super().__init__(parent)
        self.context = context
        self.entry = entry
        self.saved_id: str | None = None
        self.ui = Ui_EntryDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(invalid_style())
        self.form = EntryFormController(context, self.ui, self)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.form.validityChanged.connect(self.save_button.setEnabled)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        if entry is not None:
            self.setWindowTitle(self.tr("Edit entry"))
            self.form.set_draft(entry.draft)
            self.ui.provenanceLabel.setText(self._provenance(entry))
        elif template is not None:
            self.setWindowTitle(self.tr("New entry"))
            self.form.set_draft(template)
            self.ui.provenanceLabel.hide()
        else:
            self.setWindowTitle(self.tr("New entry"))
            self.ui.provenanceLabel.hide()
            self.form.validate()
        self.resize(self.width(), self.sizeHint().height())
        if entry is None and template is None:
            self.ui.programCombo.setFocus()
        else:
            self.ui.valueEdit.setFocus()

    def _provenance(self, entry: StoredEntry) -> str:
        origin = origin_description(entry)
        return self.tr("%1. Last changed %2 by %3.").replace("%1", origin) \
            .replace("%2", local_time(entry.updated_at)).replace("%3", entry.changed_by or "?")

    def save(self) -> None:
        draft = self.form.validate()
        if draft is None:
            self.form.touch_all()
            return
        try:
            if self.entry is not None:
                entry_commands.edit_entry(self.context, self.entry.id, draft)
                self.saved_id = self.entry.id
            else:
                self.saved_id = entry_commands.add_entry(self.context, draft)
        except ImpactError as exc:
            QMessageBox.warning(self, self.tr("Entry not saved"), str(exc))
            return
        self.accept()
