"""The report's font: one that has Chinese glyphs, so program names never print as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                 "Microsoft YaHei", "PingFang SC", "SimHei")


def report_family() -> str:
    """The first installed family with CJK glyphs, else the application's default family."""
    installed = set(QFontDatabase.families())
    for family in _CJK_FAMILIES:
        if family in installed:
            return family
    return QFont().family()


def report_font(point_size: float, *, bold: bool = False, italic: bool = False, family: str | None = None) -> QFont:
    font = QFont(family or report_family())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font
