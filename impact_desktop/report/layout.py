"""Page flow for the report: blocks of known height placed on pages, never split.

A chart is one block; a table is cut into blocks of whole rows (repeating its header),
so nothing is ever cut across a page edge. Pages are laid out before any painting, so
every footer can say "Page 3 of 7".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter

Draw = Callable[[QPainter, QRectF], None]


@dataclass
class Block:
    height: float
    draw: Draw
    new_page: bool = False  # start this block on a fresh page


@dataclass
class Page:
    blocks: list[tuple[float, Block]] = field(default_factory=list)


def paginate(blocks: Sequence[Block], page_height: float, gap: float) -> list[Page]:
    pages = [Page()]
    y = 0.0
    for block in blocks:
        if pages[-1].blocks and (block.new_page or y + block.height > page_height):
            pages.append(Page())
            y = 0.0
        pages[-1].blocks.append((y, block))
        y += block.height + gap
    return pages


@dataclass(frozen=True)
class Column:
    title: str
    weight: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    #: May be narrowed (and its text elided) when the table is too wide; numbers never are.
    shrinkable: bool = True


@dataclass
class Table:
    """A simple ruled table: rows of strings; ``bold_rows`` are totals."""

    title: str
    columns: list[Column]
    rows: list[list[str]]
    bold_rows: set[int] = field(default_factory=set)
    subtitle: str = ""
    #: Rows the column widths are measured on (default: ``rows``); tables that share them line up.
    measure_rows: list[list[str]] | None = None


class TableBlocks:
    """Cuts a :class:`Table` into blocks of whole rows that fit the page."""

    def __init__(self, device: QPaintDevice, body_font: QFont, title_font: QFont, px: float):
        self.body_font, self.title_font, self.px = body_font, title_font, px
        self.row_h = QFontMetricsF(body_font, device).height() * 1.55
        self.title_h = QFontMetricsF(title_font, device).height() * 1.6

    def blocks(self, table: Table, page_height: float, first_room: float, new_page: bool = False) -> list[Block]:
        out: list[Block] = []
        rows = list(range(len(table.rows)))
        room = first_room if first_room >= self.title_h + 3 * self.row_h else page_height
        first = True
        while rows or first:
            fit = max(1, int((room - self.title_h - self.row_h) // self.row_h))
            chunk, rows = rows[:fit], rows[fit:]
            out.append(Block(self.title_h + self.row_h * (len(chunk) + 1), self._draw(table, chunk, not first),
                             new_page=new_page if first else False))
            first, room = False, page_height
            if not rows:
                break
        return out

    def _draw(self, table: Table, chunk: list[int], continued: bool) -> Draw:
        def draw(p: QPainter, rect: QRectF) -> None:
            p.save()
            p.setFont(self.title_font)
            p.setPen(QColor("#111111"))
            title = QCoreApplication.translate("ReportTable", "{0} (continued)").format(table.title) if continued \
                else table.title
            p.drawText(QRectF(rect.left(), rect.top(), rect.width(), self.title_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            if table.subtitle and not continued:
                p.setFont(self.body_font)
                p.setPen(QColor("#555555"))
                p.drawText(QRectF(rect.left(), rect.top(), rect.width(), self.title_h),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, table.subtitle)
            y = rect.top() + self.title_h
            widths = self.column_widths(table, rect.width(), p.device())
            self._row(p, rect.left(), y, widths, table.columns, [c.title for c in table.columns], header=True)
            y += self.row_h
            for index in chunk:
                bold = index in table.bold_rows
                if index % 2 == 1:
                    p.fillRect(QRectF(rect.left(), y, rect.width(), self.row_h), QColor("#f2f2f2"))
                self._row(p, rect.left(), y, widths, table.columns, table.rows[index], bold=bold)
                y += self.row_h
            p.setPen(QColor("#888888"))
            p.drawLine(rect.left(), y, rect.right(), y)
            p.restore()
        return draw

    def column_widths(self, table: Table, width: float, device: QPaintDevice) -> list[float]:
        """Each column as wide as its widest cell; too wide a table shrinks its text columns.

        Numbers are never elided: only left-aligned (text) columns give up room.
        """
        bold = QFont(self.body_font)
        bold.setBold(True)
        fm = QFontMetricsF(bold, device)
        pad = 8 * self.px
        measured = table.rows if table.measure_rows is None else table.measure_rows
        natural = [max([fm.horizontalAdvance(c.title)] + [fm.horizontalAdvance(row[i]) for row in measured
                                                            if i < len(row)]) + pad
                   for i, c in enumerate(table.columns)]
        total = sum(natural)
        if total <= width:
            extra = (width - total) / len(natural)
            return [w + extra for w in natural]
        elastic = [i for i, c in enumerate(table.columns)
                   if c.shrinkable and not c.align & Qt.AlignmentFlag.AlignRight]
        fixed = sum(w for i, w in enumerate(natural) if i not in elastic)
        room = max(width - fixed, width * 0.3)
        low, high = 0.0, max(natural[i] for i in elastic) if elastic else 0.0
        for _ in range(40):  # cap the widest text columns first, so short ones stay whole
            cap = (low + high) / 2
            low, high = (cap, high) if sum(min(natural[i], cap) for i in elastic) < room else (low, cap)
        widths = [min(w, low) if i in elastic else w for i, w in enumerate(natural)]
        scale = width / sum(widths)
        return [w * scale for w in widths] if scale < 1 else widths

    def _row(self, p: QPainter, x: float, y: float, widths: list[float], columns: list[Column],
             cells: list[str], *, header: bool = False, bold: bool = False) -> None:
        font = QFont(self.body_font)
        font.setBold(header or bold)
        p.setFont(font)
        if header:
            p.fillRect(QRectF(x, y, sum(widths), self.row_h), QColor("#dde3ea"))
        fm = QFontMetricsF(font, p.device())
        pad = 3 * self.px
        p.setPen(QColor("#111111"))
        for width, column, text in zip(widths, columns, cells, strict=False):
            box = QRectF(x + pad, y, width - 2 * pad, self.row_h)
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            p.drawText(box, column.align | Qt.AlignmentFlag.AlignVCenter, shown)
            x += width


def paragraph_blocks(device: QPaintDevice, title: str, paragraphs: list[str], body_font: QFont,
                     title_font: QFont, width: float, px: float, new_page: bool = False) -> list[Block]:
    """A heading and word-wrapped paragraphs, one block each, so pages break between them."""
    fm = QFontMetricsF(body_font, device)
    title_h = QFontMetricsF(title_font, device).height() * 1.6
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    blocks = []
    for index, text in enumerate(paragraphs):
        extra = title_h if index == 0 else 0.0
        height = fm.boundingRect(QRectF(0, 0, width - 12 * px, 1e7), flags, text).height() + 3 * px

        def draw(p: QPainter, rect: QRectF, text=text, extra=extra) -> None:
            p.save()
            if extra:
                p.setFont(title_font)
                p.setPen(QColor("#111111"))
                p.drawText(QRectF(rect.left(), rect.top(), rect.width(), extra),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            p.setFont(body_font)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(rect.left() + 12 * px, rect.top() + extra, rect.width() - 12 * px,
                              rect.height() - extra), flags, text)
            p.drawText(QRectF(rect.left() + 2 * px, rect.top() + extra, 10 * px, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, "•")
            p.restore()

        blocks.append(Block(height + extra, draw, new_page=new_page and index == 0))
    return blocks
