"""The user guide window: the shipped HTML guide in the interface language, searchable.

The guide is a local file (``resources/docs/user-guide*.html``) so it works offline and
from the frozen build; "Open in web browser" hands the same file to the system browser
for printing.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from impact_desktop.gui.generated.ui_user_guide_dialog import Ui_UserGuideDialog
from impact_desktop.gui.shell.icons import app_icon, icon
from impact_desktop.resources import user_guide_path


class UserGuideDialog(QDialog):
    """A non-modal reader for the user guide, with back, contents and find.

    Signals:
        None of its own; ``finished`` (from QDialog) when closed.
    """

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserGuideDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.ui.backButton.setIcon(icon("back"))
        self.ui.homeButton.setIcon(icon("entries"))
        self.ui.systemBrowserButton.setIcon(icon("open"))
        self.path = user_guide_path(language)
        self.ui.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        self.ui.browser.backwardAvailable.connect(self.ui.backButton.setEnabled)
        self.ui.backButton.setEnabled(False)
        self.ui.backButton.clicked.connect(self.ui.browser.backward)
        self.ui.homeButton.clicked.connect(self.ui.browser.home)
        self.ui.findEdit.returnPressed.connect(self.find_next)
        self.ui.systemBrowserButton.clicked.connect(self.open_in_browser)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, activated=self.find_next)
        QShortcut(QKeySequence.StandardKey.Back, self, activated=self.ui.browser.backward)

    def find_next(self) -> bool:
        """Select the next match of the find box's text, wrapping at the end; False if none."""
        text = self.ui.findEdit.text()
        if not text:
            return False
        if self.ui.browser.find(text):
            return True
        cursor = self.ui.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.ui.browser.setTextCursor(cursor)
        return self.ui.browser.find(text, QTextDocument.FindFlag(0))

    def open_in_browser(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def _focus_find(self) -> None:
        self.ui.findEdit.setFocus()
        self.ui.findEdit.selectAll()
