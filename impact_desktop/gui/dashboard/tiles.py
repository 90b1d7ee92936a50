"""KPI tiles: a short readable figure, the change and the target, exact value on hover."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from impact_desktop.core.number_format import NO_FIGURE, compact, exact, percent
from impact_desktop.services.dashboard import Kpi


class KpiTile(QFrame):
    """One key figure; :meth:`set_kpi` fills it."""

    def __init__(self, locale_name: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.locale_name = locale_name
        self.kpi: Kpi | None = None
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#kpiTile { background: #eef1f5; border: none; border-left: 4px solid #1f3b73; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(1)
        self.name_label = QLabel(self)
        self.value_label = QLabel(self)
        self.value_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.change_label = QLabel(self)
        self.target_label = QLabel(self)
        self.rule_label = QLabel(self)
        self.rule_label.setStyleSheet("color: #555; font-style: italic;")
        for label in (self.name_label, self.value_label, self.change_label, self.target_label, self.rule_label):
            layout.addWidget(label)
        for label in (self.name_label, self.change_label, self.target_label, self.rule_label):
            label.setWordWrap(True)  # long metric names and notes wrap instead of being cut off
        layout.addStretch(1)
        self.setMinimumWidth(170)

    def set_kpi(self, kpi: Kpi) -> None:
        self.kpi = kpi
        self.name_label.setText(kpi.name)
        unit = kpi.unit if kpi.unit.isupper() and kpi.value is not None else ""
        self.value_label.setText(f"{compact(kpi.value, self.locale_name)} {unit}".strip())
        if kpi.value is None:
            self.setToolTip(self.tr("{0}: no entries in this period").format(kpi.name))
        else:
            self.setToolTip(self.tr("{0}: {1} {2}").format(kpi.name, exact(kpi.value), kpi.unit))
        if kpi.change is None:
            self.change_label.setText(self.tr("{0} vs previous period").format(NO_FIGURE) if kpi.value is None
                                      else self.tr("No figure for the previous period"))
            self.change_label.setStyleSheet("color: #666;")
        else:
            arrow = "▲" if kpi.change > 0 else ("▼" if kpi.change < 0 else "■")
            self.change_label.setText(self.tr("{0} {1} vs previous period").format(arrow, percent(kpi.change, True)))
            self.change_label.setStyleSheet("color: #1d6b35;" if kpi.change >= 0 else "color: #a3222c;")
        # A target with no figure reads "— of target": the share is unknown, not 0 %.
        self.target_label.setVisible(kpi.target is not None and kpi.target > 0)
        if kpi.target is not None and kpi.target > 0:
            self.target_label.setText(self.tr("{0} of target {1}").format(
                percent(kpi.achieved), compact(kpi.target, self.locale_name)))
        self.rule_label.setVisible(bool(kpi.rule))
        self.rule_label.setText(self._rule_text(kpi))

    def _rule_text(self, kpi: Kpi) -> str:
        if kpi.rule == "latest value":
            return self.tr("Stock: latest value")
        if kpi.rule == "as entered, not summed":
            return self.tr("Distinct: as entered, not summed")
        if kpi.rule:
            return self.tr("Programs with entries in the period")
        return ""
