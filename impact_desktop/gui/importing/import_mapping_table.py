"""Filling and reading the wizard's mapping table: one combo box per column of the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from impact_desktop.core.metrics import Metric
from impact_desktop.io import headers as h
from impact_desktop.services.catalog_names import NameBook

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def field_choices(metrics: list[Metric], names: NameBook | None = None) -> list[tuple[str, str]]:
    """(label, field) pairs offered in every combo box; metrics named by ``names`` (the
    interface language) when given."""
    names = names or NameBook()
    labels = {
        h.BUSINESS_UNIT: translate("ImportMapping", "Business unit"),
        h.PROGRAM: translate("ImportMapping", "Program"),
        h.PERIOD: translate("ImportMapping", "Date or period"),
        h.CHANNEL: translate("ImportMapping", "Channel"),
        h.METRIC: translate("ImportMapping", "Metric (long layout)"),
        h.VALUE: translate("ImportMapping", "Value (long layout)"),
        h.CURRENCY: translate("ImportMapping", "Currency"),
        h.NOTE: translate("ImportMapping", "Note"),
        h.INPUT_TYPE: translate("ImportMapping", "B4SI input type"),
        h.MOTIVATION: translate("ImportMapping", "B4SI motivation"),
        h.FUNDING_SOURCE: translate("ImportMapping", "Funding source"),
        h.ENTRY_ID: translate("ImportMapping", "Entry id (from an export)"),
        h.UNIT: translate("ImportMapping", "Unit of the value"),
        h.PERIOD_START: translate("ImportMapping", "Period start"),
        h.PERIOD_END: translate("ImportMapping", "Period end"),
        h.UPDATED_AT: translate("ImportMapping", "Last changed (from an export)"),
        h.METRIC_KEY: translate("ImportMapping", "Metric key"),
        h.AGGREGATION: translate("ImportMapping", "Metric aggregation"),
        h.VALUE_KIND: translate("ImportMapping", "Metric kind"),
        h.WHOLE_NUMBERS: translate("ImportMapping", "Whole numbers only"),
        h.METRIC_DESCRIPTION: translate("ImportMapping", "Metric description"),
        h.PARENT_UNIT: translate("ImportMapping", "Parent business unit"),
        h.SKIP: translate("ImportMapping", "Leave out this column"),
    }
    choices = [(translate("ImportMapping", "(not mapped)"), h.IGNORE)]
    choices += [(labels[name], name) for name in h.FIELDS]
    choices += [
        (translate("ImportMapping", "Metric: {name}").format(name=names.metric(m)), h.METRIC_PREFIX + m.key)
        for m in metrics
    ]
    return choices


def fill_mapping_table(
    table: QTableWidget, headers: list[str], mapping: list[str], samples: list[list], metrics: list[Metric],
    names: NameBook | None = None,
) -> None:
    choices = field_choices(metrics, names)
    table.clearContents()
    table.setRowCount(len(headers))
    for row, header in enumerate(headers):
        name = QTableWidgetItem(
            header or translate("ImportMapping", "(column {number} has no header)").format(number=row + 1)
        )
        table.setItem(row, 0, name)
        example = next((s[row] for s in samples if row < len(s) and s[row] is not None), "")
        table.setItem(row, 1, QTableWidgetItem(str(example)))
        combo = QComboBox(table)
        combo.setToolTip(translate("ImportMapping", "What this column holds"))
        for label, field in choices:
            combo.addItem(label, field)
        index = combo.findData(mapping[row] if row < len(mapping) else h.IGNORE)
        combo.setCurrentIndex(max(index, 0))
        table.setCellWidget(row, 2, combo)
    header_view = table.horizontalHeader()
    header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setVisible(False)


def chosen_mapping(table: QTableWidget, headers: list[str]) -> dict[str, str]:
    """header text → field as chosen in the combos; a column without a header is ``#n`` (1-based)."""
    result = {}
    for row, header in enumerate(headers):
        combo = table.cellWidget(row, 2)
        if isinstance(combo, QComboBox) and (header or combo.currentData()):
            result[header or f"#{row + 1}"] = combo.currentData() or h.IGNORE
    return result


def set_field(table: QTableWidget, row: int, field: str) -> None:
    combo = table.cellWidget(row, 2)
    combo.setCurrentIndex(max(combo.findData(field), 0))
