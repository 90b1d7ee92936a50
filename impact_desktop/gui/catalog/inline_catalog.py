"""Create a program (and its business unit) from where it is missing: the entry dialog, quick
entry and the program dialog each have a "New…" button, so no list is ever a dead end.

The creation is one undoable change, exactly as on the Business units & programs page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from impact_desktop.gui.catalog.catalog_dialogs import ProgramDialog, new_unit  # noqa: F401 (new_unit: part of this API)
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.undo import record
from impact_desktop.services import catalog_changes as changes

translate = QCoreApplication.translate


def new_program(context: AppContext, parent: QWidget, created: Callable[[str], None], name: str = ""):
    """Open the program dialog (its unit can be created from there too); ``created(program_id)`` after saving."""
    def save(values: dict) -> None:
        change = changes.add_program(context.store, values)
        created(record(context, translate("InlineCatalog", "Add program “%1”").replace("%1", values["name"]), change))

    dialog = ProgramDialog(context, save, parent=parent)
    if name:
        dialog.ui.nameEdit.setText(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
