"""The behaviour every editor dialog of the catalogue, targets, rates and settings shares.

A dialog reads its fields into values with ``read_values()`` (raising the domain's
:class:`ImpactError` with the offending field), re-checks on every keystroke, keeps OK
disabled while something is wrong and says what next to the form. OK hands the values to
a ``save`` callback; if saving fails (a name already used...), the dialog stays open
with the reason, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from impact_desktop.core.errors import ImpactError, ValidationError

_INVALID_STYLE = "border: 1px solid #c0392b;"


class EditorDialog(QDialog):
    """Base for the editors; subclasses implement :meth:`read_values` and set ``field_widgets``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._save: Callable[[dict], None] | None = None
        self._touched = False
        self.field_widgets: dict[str, QWidget] = {}
        self._marked: QWidget | None = None

    # -- wiring for subclasses --------------------------------------------------------

    def setup_editor(self, button_box: QDialogButtonBox, error_label: QLabel,
                     save: Callable[[dict], None]) -> None:
        """Connect the buttons and watch every field widget for changes."""
        self._save = save
        self._buttons = button_box
        self._error_label = error_label
        error_label.setStyleSheet("color: #c0392b;")
        error_label.setVisible(False)
        for hint in self.findChildren(QLabel):
            if hint.objectName().endswith("Hint"):
                hint.setStyleSheet("color: palette(placeholder-text);")
        button_box.accepted.connect(self.accept)
        button_box.rejected.connect(self.reject)
        ok = button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        ok.setAutoDefault(True)
        for widget in self.field_widgets.values():
            self.watch(widget)
            if isinstance(widget, QComboBox) and not widget.isEditable():
                widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
        self.revalidate()
        self.resize(max(self.width(), self.sizeHint().width()), self.sizeHint().height())

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
            if widget.isEditable():
                widget.editTextChanged.connect(self._changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(self._changed)

    @property
    def ok_button(self) -> QAbstractButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    def read_values(self) -> dict:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    # -- validation -------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        self._touched = True
        self.revalidate()

    def revalidate(self) -> bool:
        """Re-read the fields; show the first problem (once the user has typed) and gate OK."""
        try:
            self.read_values()
        except ImpactError as exc:
            self.show_error(str(exc), getattr(exc, "field", None), quiet=not self._touched)
            self.ok_button.setEnabled(False)
            return False
        self.show_error("")
        self.ok_button.setEnabled(True)
        return True

    def show_error(self, message: str, field: str | None = None, *, quiet: bool = False) -> None:
        """Show ``message`` under the form and outline the field it is about."""
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None
        self._error_label.setText(message)
        self._error_label.setVisible(bool(message) and not quiet)
        widget = self.field_widgets.get(field or "")
        if message and not quiet and isinstance(widget, QLineEdit | QComboBox | QPlainTextEdit):
            widget.setStyleSheet(_INVALID_STYLE)
            self._marked = widget

    def accept(self) -> None:
        self._touched = True
        try:
            values = self.read_values()
            if self._save is not None:
                self._save(values)
        except ImpactError as exc:
            self.show_error(str(exc), getattr(exc, "field", None))
            if not isinstance(exc, ValidationError) or exc.field not in self.field_widgets:
                self.ok_button.setEnabled(True)
            return
        super().accept()


def combo_data(combo: QComboBox):
    """The data of the selected item, or None when nothing (or a typed text) is selected."""
    index = combo.currentIndex()
    if index < 0 or (combo.isEditable() and combo.currentText() != combo.itemText(index)):
        return None
    return combo.itemData(index)


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
