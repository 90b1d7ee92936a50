"""KPI tiles: a short readable figure, the change and the target, exact value on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from impact_desktop.core.number_format import compact, exact, percent
from impact_desktop.gui.common.status_colours import ERROR, SUCCESS, status_colour
from impact_desktop.services.dashboard import Kpi


class KpiTile(QFrame):
    """One key figure; :meth:`set_kpi` fills it."""

    def __init__(self, locale_name: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.locale_name = locale_name
        self.kpi: Kpi | None = None
        self._comparison: str | None = None
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._restyle()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(1)
        self.name_label = QLabel(self)
        self.value_label = QLabel(self)
        big = self.value_label.font()
        big.setPointSizeF(20)
        big.setBold(True)
        self.value_label.setFont(big)
        self.change_label = QLabel(self)
        self.target_label = QLabel(self)
        self.rule_label = QLabel(self)
        italic = self.rule_label.font()
        italic.setItalic(True)
        self.rule_label.setFont(italic)
        self.rule_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self.name_label, self.value_label, self.change_label, self.target_label, self.rule_label):
            layout.addWidget(label)
        for label in (self.name_label, self.change_label, self.target_label, self.rule_label):
            label.setWordWrap(True)  # long metric names and notes wrap instead of being cut off
        layout.addStretch(1)
        self.setMinimumWidth(170)

    def _restyle(self) -> bool:
        """The tile's colours from the application's palette: style sheets do not follow a theme
        change, and the tile's own palette is still the one its old sheet was polished with."""
        palette = QApplication.palette()
        sheet = (f"#kpiTile {{ background: {palette.color(QPalette.ColorRole.AlternateBase).name()}; border: none; "
                 f"border-left: 4px solid {palette.color(QPalette.ColorRole.Highlight).name()}; }}")
        if sheet == self.styleSheet():
            return False  # setting it again would re-polish, and come back here
        self.setStyleSheet(sheet)
        return True

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        # A widget with a style sheet is told of a theme change as a palette or style change
        # of its own (theme.apply_theme re-polishes it), not always as the application's.
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange,
                            QEvent.Type.StyleChange) and self._restyle() and self.kpi is not None:
            self.set_kpi(self.kpi, self._comparison)

    def set_kpi(self, kpi: Kpi, comparison: str | None = None) -> None:
        """Show ``kpi``; ``comparison`` says what the change is against ("vs Apr–May 2017").

        A tile without a previous figure shows no change line at all: the page says once
        that the previous period has no figures, instead of ten tiles saying it.
        """
        self.kpi = kpi
        self._comparison = comparison
        self.name_label.setText(kpi.name)
        unit = kpi.unit if kpi.unit.isupper() and kpi.value is not None else ""
        self.value_label.setText(f"{compact(kpi.value, self.locale_name)} {unit}".strip())
        if kpi.value is None:
            self.setToolTip(self.tr("{0}: no entries in this period").format(kpi.name))
        else:
            self.setToolTip(self.tr("{0}: {1} {2}").format(kpi.name, exact(kpi.value), kpi.unit))
        comparison = comparison or self.tr("vs previous period")
        self.change_label.setVisible(kpi.change is not None)
        if kpi.change is not None:
            arrow = "▲" if kpi.change > 0 else ("▼" if kpi.change < 0 else "■")
            self.change_label.setText(f"{arrow} {percent(kpi.change, True)} {comparison}")
            ink = status_colour(SUCCESS if kpi.change >= 0 else ERROR, role=QPalette.ColorRole.AlternateBase)
            sheet = f"color: {ink.name()};"
            if sheet != self.change_label.styleSheet():  # setting it re-polishes the label, even unchanged
                self.change_label.setStyleSheet(sheet)
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
