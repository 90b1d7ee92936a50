"""The import wizard's "New names" tab: create each new name, or say it is an existing one.

Each business unit, program and channel the file names that the store does not know gets
a row with a choice: *Create it* (the default), the suggested existing ones first, then
every other one of its kind. Choosing "Same as …" emits :attr:`NamesChoice.changed` with
every choice made so far (:class:`~impact_desktop.services.import_catalog.SameAs`): the
wizard checks the file again with them, so the row stays, showing the choice, while the
name is no longer new.

Signals:
    changed(list): the "same as" choices, after the user changed one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from impact_desktop.core import names as n
from impact_desktop.services.import_catalog import SameAs
from impact_desktop.services.name_suggestions import Candidates, NewName

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {n.BUSINESS_UNIT: translate("ImportNames", "Business unit"), n.PROGRAM: translate("ImportNames", "Program"),
            n.CHANNEL: translate("ImportNames", "Channel")}.get(kind, kind)


class NamesChoice(QObject):
    changed = Signal(list)

    def __init__(self, table: QTableWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.table = table
        self.chosen: list[SameAs] = []
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setVisible(False)

    def reset(self) -> None:
        """A new file: no choices."""
        self.chosen = []

    def fill(self, store, new_names: list[NewName]) -> int:
        """The rows: choices already made (they are no longer new) and the new names; returns the row count."""
        candidates = Candidates(store)
        rows = [(choice.kind, choice.name, choice.unit, [], choice.target_id) for choice in self.chosen]
        chosen_keys = {(choice.kind, n.name_key(choice.name)) for choice in self.chosen}
        rows += [(new.kind, new.name, new.unit, new.suggestions, None) for new in new_names
                 if (new.kind, n.name_key(new.name)) not in chosen_keys]
        table = self.table
        table.setRowCount(len(rows))
        for row, (kind, name, unit, suggestions, target) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(kind_label(kind)))
            shown = f"{unit} / {name}" if unit else name
            item = QTableWidgetItem(shown)
            item.setToolTip(shown)
            table.setItem(row, 1, item)
            combo = QComboBox(table)
            combo.addItem(translate("ImportNames", "Create it"), None)
            offered = set()
            for suggestion in suggestions:
                combo.addItem(translate("ImportNames", "Same as {name}").format(name=suggestion.label),
                              suggestion.target_id)
                offered.add(suggestion.target_id)
            others = [s for s in candidates.every(kind) if s.target_id not in offered]
            if others and combo.count() > 1:
                combo.insertSeparator(combo.count())
            for other in others:
                combo.addItem(translate("ImportNames", "Same as {name}").format(name=other.label), other.target_id)
            if target:
                combo.setCurrentIndex(max(combo.findData(target), 0))
            combo.setAccessibleName(translate("ImportNames", "On import: {name}").format(name=shown))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, k=kind, nm=name, u=unit: self._picked(c, k, nm, u))
            table.setCellWidget(row, 2, combo)
        table.resizeColumnsToContents()
        return len(rows)

    def _picked(self, combo: QComboBox, kind: str, name: str, unit: str) -> None:
        key = (kind, n.name_key(name), n.name_key(unit))
        self.chosen = [c for c in self.chosen if (c.kind, n.name_key(c.name), n.name_key(c.unit)) != key]
        target = combo.currentData()
        if target:
            self.chosen.append(SameAs(kind, name, target, unit))
        self.changed.emit(list(self.chosen))

    def choose(self, row: int, target_id: str) -> None:
        """Pick "same as ``target_id``" in ``row`` (what a user does with the combo box)."""
        combo = self.table.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(target_id))
