"""The welcome dialog shown while the database is empty: demo data, a spreadsheet, or a short setup.

It appears at start-up when the database has no entries and the user has not dismissed
it (QSettings ``ui/first_run_dismissed``). Choosing any of the three ways dismisses it for
good; closing it only does so when "Do not show this again" is ticked, so a user who
closes it by reflex still finds it next time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.generated.ui_first_run_dialog import Ui_FirstRunDialog
from impact_desktop.gui.settings.setup_dialog import SetupDialog
from impact_desktop.gui.shell.icons import app_icon, icon
from impact_desktop.services.demo import load_demo
from impact_desktop.services.entry_totals import has_entries

DISMISSED_KEY = "ui/first_run_dismissed"
#: Every topic the demo data touches, so every open view refreshes after loading it.
DEMO_TOPICS = ("catalog", "rates", "targets", "settings", "entries")


def should_show(context: AppContext, settings: QSettings) -> bool:
    """True when the database is empty and the user has not said "do not show again"."""
    dismissed = settings.value(DISMISSED_KEY, False, type=bool)
    return not dismissed and not has_entries(context.store)  # count(*) took 0.6 s at a million entries


class FirstRunDialog(QDialog):
    """Offers the three ways to start; :attr:`choice` says which one was taken.

    Signals:
        chosen(str): "demo", "import" or "empty", after the choice was carried out
            (the demo data is loaded before the signal is emitted).
    """

    chosen = Signal(str)

    def __init__(self, context: AppContext, settings: QSettings, *,
                 start_import: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._context = context
        self._settings = settings
        self._start_import = start_import
        self.choice: str | None = None
        self.setWindowIcon(app_icon())
        self.ui.demoButton.setIcon(icon("demo"))
        self.ui.importButton.setIcon(icon("import"))
        self.ui.emptyButton.setIcon(icon("new"))
        # Without an import screen in this build, offering the import would lead nowhere.
        self.ui.importButton.setVisible(start_import is not None)
        self.ui.demoButton.clicked.connect(self._load_demo)
        self.ui.importButton.clicked.connect(lambda: self._finish("import"))
        self.ui.emptyButton.clicked.connect(lambda: self._finish("empty"))
        #: The setup "Start empty" leads to (organisation, currency, fiscal year, first units and programs).
        self.setup_dialog: SetupDialog | None = None
        self.ui.demoButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_demo(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_demo(self._context.store)
        except Exception as exc:  # noqa: BLE001 — shown to the user, data untouched by load_demo's transaction
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Demo data"),
                                self.tr("The demo data could not be loaded:") + f"\n{exc}")
            return
        QGuiApplication.restoreOverrideCursor()
        for topic in DEMO_TOPICS:
            self._context.notify(topic)
        self._finish("demo")

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self._settings.setValue(DISMISSED_KEY, True)
        self.accept()
        self.chosen.emit(choice)
        if choice == "import" and self._start_import is not None:
            self._start_import()
        if choice == "empty":  # never an empty window with empty lists: set up the first units and programs
            self.setup_dialog = SetupDialog(self._context, self.parentWidget())
            self.setup_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.setup_dialog.open()

    def reject(self) -> None:
        if self.ui.dontShowCheckBox.isChecked():
            self._settings.setValue(DISMISSED_KEY, True)
        super().reject()


def maybe_show(context: AppContext, settings: QSettings, *, start_import: Callable[[], None] | None = None,
               parent: QWidget | None = None) -> FirstRunDialog | None:
    """Open the dialog (window-modal, non-blocking) when :func:`should_show`; returns it."""
    if not should_show(context, settings):
        return None
    dialog = FirstRunDialog(context, settings, start_import=start_import, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
