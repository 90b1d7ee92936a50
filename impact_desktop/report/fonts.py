"""The report's fonts: a Latin face first, then one with Chinese glyphs as the fallback.

A CJK face alone would do for glyphs, but Qt embeds Noto Sans CJK's digits in PDFs
with a broken text mapping (copying "2018" out of the PDF gives control characters),
so Latin text and digits come from a Latin face and only CJK text from the CJK face.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

_LATIN_FAMILIES = ("Noto Sans", "Source Sans 3", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial",
                   "Liberation Sans", "Nimbus Sans", "DejaVu Sans")  # narrow, table-friendly faces first
_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                 "WenQuanYi Micro Hei", "SimHei", "Droid Sans Fallback")


def report_families() -> list[str]:
    """The first installed Latin family and the first installed CJK family (either may be missing)."""
    installed = {name.split(" [")[0] for name in QFontDatabase.families()}  # "Nimbus Sans [urw]"
    chosen = [next((f for f in _LATIN_FAMILIES if f in installed), QFont().family())]
    chosen += [f for f in _CJK_FAMILIES if f in installed][:1]
    return chosen


def report_font(point_size: float, *, bold: bool = False, italic: bool = False,
                families: list[str] | None = None) -> QFont:
    font = QFont()
    font.setFamilies(families or report_families())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font
