"""Writing the report to a PDF file or a printer, A4 or Letter, portrait or landscape."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from impact_desktop.core.atomic_file import replacing, require_ending
from impact_desktop.report.document import ReportRenderer
from impact_desktop.services.dashboard import DashboardData

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "LETTER": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 16, 16, 14)
PDF_DPI = 300


def page_size_id(name: str) -> QPageSize.PageSizeId:
    """'A4' or 'Letter' (any case) → Qt's page size; ValueError otherwise."""
    try:
        return PAGE_SIZES[name.strip().upper()]
    except KeyError:
        raise ValueError(f"'{name}' is not a page size (A4 or Letter).") from None


def _layout(page_size: str, landscape: bool) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(page_size_id(page_size)), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def write_pdf(path: str | Path, data: DashboardData, *, page_size: str = "A4", landscape: bool = False,
              locale_name: str = "en") -> int:
    """Write the report to ``path``, replacing it only once complete; returns the page count.

    Qt reports no write error (a full disk leaves a PDF cut short, without its ``%%EOF``),
    so the finished file is checked before it replaces ``path``; a failure raises
    :class:`~impact_desktop.core.atomic_file.FileWriteError` and leaves ``path`` as it was.
    """
    with replacing(path) as temp:
        pages = _render_pdf(temp, data, page_size, landscape, locale_name)
        require_ending(temp, b"%%EOF")
    return pages


def _render_pdf(path: Path, data: DashboardData, page_size: str, landscape: bool, locale_name: str) -> int:
    """Paint the report into ``path``; the writer is gone (its file closed) when this returns."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(_layout(page_size, landscape))
    writer.setTitle(f"{data.organisation} philanthropy report {data.period_label}".strip())
    writer.setCreator("Impact Desktop")
    return ReportRenderer(writer, data, locale_name).render()


def prepare_printer(printer: QPrinter, page_size: str = "A4", landscape: bool = False) -> None:
    """Sensible defaults before the print dialog (the user may still change them)."""
    printer.setPageLayout(_layout(page_size, landscape))


def print_report(printer: QPrinter, data: DashboardData, locale_name: str = "en") -> int:
    """Paint the report on a printer (or a print preview's printer)."""
    return ReportRenderer(printer, data, locale_name).render()
