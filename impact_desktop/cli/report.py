"""``impact-desktop report OUT.pdf``: the printable summary report, headless.

Qt paints the report, so a QGuiApplication is created; without a display (CI, servers)
the "offscreen" platform is forced so the command never needs X11 or Wayland.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from impact_desktop.cli.base import cli, db_option, opened_store, user_errors
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.periods import parse_iso_date
from impact_desktop.core.wording import counted
from impact_desktop.io.destinations import check_writable
from impact_desktop.services.chart_spec import DEFAULT_TOP_N
from impact_desktop.services.dashboard import DashboardFilter, PeriodMode, load_dashboard
from impact_desktop.services.report_file import pdf_file_name
from impact_desktop.services.scope import resolve_scope


def ensure_gui_application():
    """A QGuiApplication for painting; forces the offscreen platform when no display exists."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["impact-desktop"])


def use_language(app, choice: str | None) -> str:
    """Install the translators for ``choice`` (None: the GUI's setting, else the system's); returns
    the locale name numbers are written in (zh_CN counts in 万 and 亿)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from impact_desktop import APP_NAME
    from impact_desktop.core.name_order import set_name_order
    from impact_desktop.core.texts import set_name_language, set_translator
    from impact_desktop.gui.shell import i18n
    from impact_desktop.gui.shell.startup import ORGANIZATION

    choice = choice or i18n.chosen_language(QSettings(ORGANIZATION, APP_NAME))
    i18n.install_translators(app, choice)
    set_translator(QCoreApplication.translate)
    locale = i18n.locale_for(choice)
    language = "zh_CN" if i18n.interface_language(locale) == "zh_CN" else "en"
    set_name_language(language)  # 蚂蚁金服 in a Chinese report, Ant Financial in an English one
    set_name_order(i18n.name_order(locale))  # its tables list units in pinyin order
    return language


@cli.command()
@click.argument("output")
@db_option
@click.option("--fiscal-year", type=int, metavar="YYYY", help="Fiscal year, named by the year it ends in.")
@click.option("--from", "start", metavar="YYYY-MM-DD", help="First day of a custom range.")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="Last day of a custom range.")
@click.option("--business-unit", "units", multiple=True, metavar="NAME",
              help="Only this business unit and the units under it (repeatable).")
@click.option("--currency", metavar="CODE", help="Reporting currency (default: the database's setting).")
@click.option("--page-size", type=click.Choice(["A4", "Letter"], case_sensitive=False), default="A4",
              show_default=True, help="Paper size.")
@click.option("--landscape", is_flag=True, help="Landscape pages (one chart per page).")
@click.option("--language", type=click.Choice(["en", "zh_CN"]), default=None,
              help="Language of the report, names of units, programs and channels included (default: the "
                   "interface language setting, else the system's).")
@click.option("--top", "top_n", type=click.IntRange(1, 50), default=DEFAULT_TOP_N, show_default=True,
              help="Business units shown by name in the charts; the rest are summed as 'Other'.")
@click.pass_context
@user_errors
def report(ctx, output, db_path, fiscal_year, start, end, units, currency, page_size, landscape, language,
           top_n) -> None:
    """Write the summary report (title page, key figures, charts, tables, notes) to a PDF."""
    target = Path(pdf_file_name(output))  # refused before anything is opened or written
    check_writable(target)
    if fiscal_year is not None and (start or end):
        raise ValidationError("Give either --fiscal-year or --from/--to, not both.")
    # Translators first: chart titles, periods and notes are worded while the figures load.
    locale_name = use_language(ensure_gui_application(), language)
    with opened_store(ctx, db_path, write=False) as store:
        unit_scope = resolve_scope(store, business_unit_names=units)  # checks the names, readable errors
        if fiscal_year is not None:
            flt = DashboardFilter(PeriodMode.FISCAL, fiscal_year)
        elif start or end:
            flt = DashboardFilter(PeriodMode.CUSTOM, start=parse_iso_date(start) if start else None,
                                  end=parse_iso_date(end) if end else None)
        else:
            flt = DashboardFilter(PeriodMode.ALL)
        flt = DashboardFilter(flt.mode, flt.year, flt.start, flt.end, tuple(unit_scope.business_unit_ids),
                              currency=currency, top_n=top_n)
        data = load_dashboard(store, flt, details=True)
        if data.empty:
            where = f" for {', '.join(units)}" if units else ""
            raise ValidationError(f"No entries in {data.period_label}{where}: nothing to report.")
        from impact_desktop.report.export import write_pdf

        pages = write_pdf(target, data, page_size=page_size, landscape=landscape, locale_name=locale_name)
    click.echo(f"Wrote {target} ({counted(pages, 'page', 'pages')}, {data.period_label}, amounts in {data.currency}).")
