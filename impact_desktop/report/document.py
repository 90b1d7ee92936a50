"""The multi-page summary report, painted with QPainter on any paged device.

The same function paints on a :class:`QPdfWriter` (Export PDF, the CLI) and on a
:class:`QPrinter` (Print, Print preview). Charts are vector drawings of the
dashboard's own :class:`ChartSpec` objects; tables are cut between rows only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter

from impact_desktop.core.metrics import Aggregation
from impact_desktop.core.number_format import compact, exact, percent
from impact_desktop.report.b4si_page import b4si_tables
from impact_desktop.report.chart_painter import ChartPainter
from impact_desktop.report.fonts import report_families, report_font
from impact_desktop.report.layout import Block, Column, Table, TableBlocks, paginate, paragraph_blocks
from impact_desktop.services.dashboard import ACTIVE_PROGRAMS, DashboardData, day_label

RIGHT = Qt.AlignmentFlag.AlignRight


class ReportRenderer(QObject):
    """Lays out and paints the report for one :class:`DashboardData` (a QObject for ``self.tr``)."""

    def __init__(self, device: QPagedPaintDevice, data: DashboardData, locale_name: str = "en",
                 generated: dt.datetime | None = None):
        super().__init__()
        self.device, self.data, self.locale = device, data, locale_name
        self.generated = generated or dt.datetime.now().astimezone()
        self.families = report_families()
        self.px = device.logicalDpiY() / 72.0
        self.width = float(device.width())
        self.footer_h = QFontMetricsF(report_font(8, families=self.families), device).height() * 2
        self.body_h = float(device.height()) - self.footer_h
        self.gap = 10 * self.px
        self.landscape = device.width() > device.height()
        self.tables = TableBlocks(device, report_font(8.5, families=self.families),
                                  report_font(11, bold=True, families=self.families), self.px)

    # ----------------------------------------------------------------- layout
    def blocks(self) -> list[Block]:
        blocks = [Block(self.body_h, self._title_page)]
        blocks += self.tables.blocks(self._kpi_table(), self.body_h, 0, new_page=True)
        blocks += paragraph_blocks(self.device, self.tr("How these figures add up"), self._rule_paragraphs(),
                                   report_font(8.5, families=self.families),
                                   report_font(10, bold=True, families=self.families), self.width, self.px)
        if self.data.b4si is not None:
            for table in b4si_tables(self.data.b4si, self._hours_unit()):
                blocks += self.tables.blocks(table, self.body_h, 0)
            blocks += paragraph_blocks(self.device, self.tr("About these B4SI figures"), self._b4si_notes(),
                                       report_font(8.5, families=self.families),
                                       report_font(10, bold=True, families=self.families), self.width, self.px)
        # Two charts to a portrait page, packed after whatever precedes them: a block that
        # does not fit the rest of a page moves whole to the next one, never cut.
        chart_h = self.body_h if self.landscape else (self.body_h - self.gap) / 2
        for spec in self.data.charts.values():
            blocks.append(Block(chart_h, self._chart(spec)))
        for table in self._unit_tables():
            blocks += self.tables.blocks(table, self.body_h, 0)
        blocks += self._note_blocks()
        return blocks

    def _hours_unit(self) -> str:
        return self.data.unit_label("volunteer_hours") or self.tr("hours")

    def _b4si_notes(self) -> list[str]:
        texts = [self.tr("The company contribution counts only what the company funds itself: cash, employees' "
                         "time in paid hours, in-kind goods and services at cost, and the management costs of "
                         "the programs. Money mobilised from employees, customers, platform users and partners "
                         "is leverage, reported beside it and never added in.")]
        return texts + self.data.b4si.notes()

    def page_count(self) -> int:
        return len(paginate(self.blocks(), self.body_h, self.gap))

    def render(self) -> int:
        """Paint every page; returns the number of pages."""
        pages = paginate(self.blocks(), self.body_h, self.gap)
        painter = QPainter(self.device)
        try:
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    self.device.newPage()
                for y, block in page.blocks:
                    block.draw(painter, QRectF(0, y, self.width, block.height))
                self._footer(painter, number, len(pages))
        finally:
            painter.end()
        return len(pages)

    # ------------------------------------------------------------------ pages
    def _footer(self, p: QPainter, number: int, total: int) -> None:
        p.setFont(report_font(8, families=self.families))
        p.setPen(QColor("#555555"))
        rect = QRectF(0, self.body_h, self.width, self.footer_h)
        p.drawLine(rect.topLeft(), rect.topRight())
        left = " · ".join(x for x in (self.data.organisation, self.data.period_label) if x)
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        p.drawText(rect, RIGHT | Qt.AlignmentFlag.AlignVCenter, self.tr("Page {0} of {1}").format(number, total))

    def _title_page(self, p: QPainter, rect: QRectF) -> None:
        data = self.data
        y = rect.top() + rect.height() * 0.12

        def line(text: str, size: float, *, bold: bool = False, color: str = "#111111", gap: float = 1.5) -> None:
            nonlocal y
            font = report_font(size, bold=bold, families=self.families)
            p.setFont(font)
            p.setPen(QColor(color))
            h = QFontMetricsF(font, self.device).height() * gap
            p.drawText(QRectF(rect.left(), y, rect.width(), h), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                       text)
            y += h

        line(data.organisation or self.tr("Philanthropy report"), 26, bold=True, gap=1.4)
        line(self.tr("Philanthropy summary report"), 16, color="#333333")
        p.fillRect(QRectF(rect.left(), y, rect.width() * 0.25, 2.5 * self.px), QColor("#1f3b73"))
        y += 14 * self.px
        line(data.period_label, 13)
        line(self.tr("Amounts in {0}").format(data.currency), 10, color="#333333")
        line(self.tr("Business units: {0}").format(self._unit_filter_text()), 10, color="#333333")
        moment = self.generated
        line(self.tr("Generated {0} {1}").format(day_label(moment.date()),
                                                 moment.strftime("%H:%M %Z").strip()), 10, color="#333333")
        y += 18 * self.px
        headline = [k for k in data.kpis if k.key in ("donations", "volunteer_hours", "volunteers",
                                                      "trees_planted", "active_programs")]
        cols = 3 if not self.landscape else 5
        tile_w = (rect.width() - (cols - 1) * 8 * self.px) / cols
        tile_h = 62 * self.px
        for index, kpi in enumerate(headline):
            x = rect.left() + (index % cols) * (tile_w + 8 * self.px)
            top = y + (index // cols) * (tile_h + 8 * self.px)
            box = QRectF(x, top, tile_w, tile_h)
            p.fillRect(box, QColor("#eef1f5"))
            p.fillRect(QRectF(x, top, 3 * self.px, tile_h), QColor("#1f3b73"))
            inner = box.adjusted(9 * self.px, 5 * self.px, -5 * self.px, -5 * self.px)
            p.setPen(QColor("#333333"))
            p.setFont(report_font(8.5, families=self.families))
            p.drawText(inner, Qt.AlignmentFlag.AlignTop, kpi.name)
            p.setPen(QColor("#111111"))
            p.setFont(report_font(19, bold=True, families=self.families))
            p.drawText(inner, Qt.AlignmentFlag.AlignVCenter, f"{compact(kpi.value, self.locale)}")
            p.setFont(report_font(7.5, families=self.families))
            p.setPen(QColor("#444444"))
            sub = f"{exact(kpi.value)} {kpi.unit}" if kpi.value is not None else self.tr("No entries in the period")
            if kpi.target:
                sub += " · " + self.tr("{0} of target").format(percent(kpi.achieved))
            p.drawText(inner, Qt.AlignmentFlag.AlignBottom, sub)

    def _unit_filter_text(self) -> str:
        ids = self.data.filter.business_unit_ids
        if not ids:
            return self.tr("all")
        names = [u for u in self.data.unit_names if u in self.data.by_unit] or [self.tr("selected units")]
        return ", ".join(names)

    def _chart(self, spec):
        def draw(p: QPainter, rect: QRectF) -> None:
            ChartPainter(p, self.locale, self.families).paint(rect.adjusted(0, 0, 0, -4 * self.px), spec)
        return draw

    # ----------------------------------------------------------------- tables
    def _kpi_table(self) -> Table:
        rows = []
        for kpi in self.data.kpis:
            rows.append([
                kpi.name, exact(kpi.value), kpi.unit,
                exact(kpi.previous) if kpi.previous is not None else "—", percent(kpi.change, signed=True),
                exact(kpi.target) if kpi.target is not None else "—", percent(kpi.achieved), self._rule(kpi),
            ][: None if self.landscape else -1])
        columns = [
            Column(self.tr("Metric"), 3.6, shrinkable=False), Column(self.tr("Value"), 2.5, RIGHT),
            Column(self.tr("Unit"), 1.5), Column(self.tr("Previous"), 2.1, RIGHT),
            Column(self.tr("Change"), 1.3, RIGHT),
            Column(self.tr("Target"), 2.1, RIGHT), Column(self.tr("Achieved"), 1.5, RIGHT),
            Column(self.tr("Rule"), 2.9),
        ]
        # Portrait pages are too narrow for the rule column: the paragraph below the table says it.
        return Table(self.tr("Key figures"), columns if self.landscape else columns[:-1], rows,
                     subtitle=self.data.period_label)

    def _rule_paragraphs(self) -> list[str]:
        kpis = self.data.kpis
        stocks = [k.name for k in kpis if k.aggregation == Aggregation.STOCK and k.value is not None]
        distinct = [k.name for k in kpis if k.aggregation == Aggregation.DISTINCT and k.key != ACTIVE_PROGRAMS
                    and k.value is not None]
        texts = [self.tr("Flows (money, hours, trees…) are summed over the months and business units of the period.")]
        if stocks:
            texts.append(self.tr("Stocks, shown as the latest value in the period and never summed over months: {0}.")
                         .format(", ".join(stocks)))
        if distinct:
            texts.append(self.tr("Distinct counts, shown as the largest figure entered and never added across "
                            "units or months: {0}.").format(", ".join(distinct)))
        if self.data.compared_months:
            texts.append(self.tr("The period is not over (or its figures stop early): Change compares the same "
                                 "months of the previous period ({0}); Achieved is the value as a share of the "
                                 "target set for the whole period.").format(self.data.compared_months))
        else:
            texts.append(self.tr("Change compares with the previous period of equal length; Achieved is the value "
                                 "as a share of the target set for the period."))
        return texts

    def _rule(self, kpi) -> str:
        """Short words for the KPI table; the notes page explains each rule in full."""
        return {Aggregation.STOCK: self.tr("Stock: latest"), Aggregation.DISTINCT: self.tr("Distinct: not summed")}.get(
            kpi.aggregation, "") if kpi.key != ACTIVE_PROGRAMS else ""

    def _unit_tables(self) -> list[Table]:
        data = self.data
        tables = []
        units = [u for u in data.unit_names if u in data.by_unit] + sorted(set(data.by_unit) - set(data.unit_names))
        for unit in units:
            rows, bold = [], set()
            for key, value in data.by_unit[unit].items():
                bold.add(len(rows))
                rows.append([self.tr("All programs"), data.metric_name(key), exact(value), data.unit_label(key)])
            for program, key, value in data.by_program.get(unit, []):
                rows.append([program, data.metric_name(key), exact(value), data.unit_label(key)])
            tables.append(Table(unit, [Column(self.tr("Program"), 3.5), Column(self.tr("Metric"), 3.5),
                                       Column(self.tr("Value"), 2.5, RIGHT), Column(self.tr("Unit"), 1.5)],
                                rows, bold, subtitle=self.tr("Business unit")))
        # One set of column widths for every unit, so the tables line up down the pages.
        every_row = [row for table in tables for row in table.rows]
        for table in tables:
            table.measure_rows = every_row
        return tables

    def _note_blocks(self) -> list[Block]:
        data = self.data
        body, title = report_font(8.5, families=self.families), report_font(11, bold=True, families=self.families)

        def paragraphs(heading: str, texts: list[str], first: bool = False) -> list[Block]:
            return paragraph_blocks(self.device, heading, texts, body, title, self.width, self.px, new_page=first)

        rates = data.rates_used or [self.tr("No conversion needed: every amount is in {0}.").format(data.currency)]
        blocks = paragraphs(self.tr("Currency rates used"), [
            self.tr("Amounts are kept in the currency they were given in and converted to {0} month by month "
               "with these rates:").format(data.currency), *rates], first=True)
        # Flows get one line each; stocks and distinct counts are explained in full by the notes.
        rules = [self.tr("{0}: a flow, summed over time and units.").format(data.metric_name(k))
                 for k, m in data.metrics.items() if k in data.totals and m.aggregation == Aggregation.FLOW]
        blocks += paragraphs(self.tr("Aggregation rules"), [*rules, *data.notes])
        sources = [self.tr("1 entry in the period.") if data.entries == 1 else
                   self.tr("{0} entries in the period.").format(exact(data.entries))]
        origins = {"imported": self.tr("imported from spreadsheets"),
                   "other": self.tr("typed in, demo data or merged from another computer")}
        sources += [(self.tr("{0}: 1 entry") if s.entries == 1 else self.tr("{0}: {1} entries")).format(
                        origins.get(s.origin, s.origin), exact(s.entries))
                    for s in data.sources]
        blocks += paragraphs(self.tr("Data sources"), sources)
        if data.batches:
            table = Table(self.tr("Import batches"), [
                Column(self.tr("File"), 4), Column(self.tr("Sheet"), 2), Column(self.tr("Imported"), 2.5),
                Column(self.tr("Entries"), 1, RIGHT)],
                [[b.file_name, b.sheet, b.imported_at[:16].replace("T", " "), exact(b.entries)] for b in data.batches])
            blocks += self.tables.blocks(table, self.body_h, self.body_h)
        return blocks
