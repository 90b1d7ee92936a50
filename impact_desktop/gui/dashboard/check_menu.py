"""A tool button with a menu of checkable choices (business units, programs).

Signals:
    CheckMenuButton.changed(): the set of checked choices changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton


class CheckMenuButton(QMenu):
    """Fills an existing QToolButton (from the .ui) with a checkable menu; none checked = all."""

    changed = Signal()

    def __init__(self, button: QToolButton, label: str, all_text: str):
        super().__init__(button)
        self.button, self.label, self.all_text = button, label, all_text
        button.setMenu(self)
        self._actions: dict[str, QAction] = {}
        self._tip = button.toolTip()

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """``(id, name)`` pairs; keeps the ticks of ids that are still there."""
        kept = set(self.checked_ids())
        self.clear()
        self._actions = {}
        clear = self.addAction(self.tr("Show all"))
        clear.triggered.connect(self.clear_checks)
        self.addSeparator()
        for choice_id, name in choices:
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(choice_id in kept)
            action.toggled.connect(self._toggled)
            self._actions[choice_id] = action
        self._update_text()

    def checked_ids(self) -> list[str]:
        return [choice_id for choice_id, action in self._actions.items() if action.isChecked()]

    def set_checked(self, ids: list[str]) -> None:
        for choice_id, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(choice_id in ids)
            action.blockSignals(False)
        self._toggled()

    def clear_checks(self) -> None:
        self.set_checked([])

    def _toggled(self, *_args) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        names = [action.text() for action in self._actions.values() if action.isChecked()]
        if not names:
            text = f"{self.label}: {self.all_text}"
        elif len(names) <= 2:
            text = f"{self.label}: {', '.join(names)}"
        else:
            text = self.tr("{0}: {1} selected").format(self.label, len(names))
        self.button.setText(text)
        self.button.setToolTip("\n".join(names) if names else self._tip)
