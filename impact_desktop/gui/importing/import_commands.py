"""An import and the undo of an import as steps of the shared undo stack (Ctrl+Z / Ctrl+Shift+Z).

The wizard's import is written on a worker before it is recorded, as "Import of FILE": undoing
it undoes the batch. "Undo import" on the history page undoes the batch at once and is
recorded too, so Ctrl+Z brings the same entries back. Both are the services' import undo
(:mod:`impact_desktop.services.import_undo`, which the CLI uses as well) recorded through
:func:`gui.undo.record`, so a step that no longer applies is shown to the user, not hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.undo import record
from impact_desktop.services import import_undo
from impact_desktop.services.changes import Change

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def record_import(context: AppContext, change: Change) -> None:
    """Record a finished import (``import_undo.import_change``) as the step "Import of FILE"."""
    record(context, translate("ImportCommands", "Import of {file}").format(file=change.result.file_name), change)


def undo_batch(context: AppContext, batch_id: str, file_name: str) -> import_undo.UndoneImport:
    """Undo the batch now and record it as one step; ImpactError (nothing changed) when it cannot be."""
    change = import_undo.undo_import(context.store, batch_id)
    return record(context, translate("ImportCommands", "removing the import of {file}").format(file=file_name),
                  change)
