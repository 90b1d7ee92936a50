"""``impact-desktop export OUT.xlsx|OUT.csv [filters]``: entries to a spreadsheet."""

from __future__ import annotations

import click

from impact_desktop.cli.base import cli, db_option, opened_store, user_errors
from impact_desktop.core.errors import ValidationError
from impact_desktop.core.periods import parse_iso_date
from impact_desktop.core.wording import counted
from impact_desktop.services.entry_list import EntryFilter, entry_filter
from impact_desktop.services.exporting import LONG, PER_METRIC, export_entries, export_template


@cli.command("export")
@click.argument("out")
@db_option
@click.option("--from", "start", metavar="YYYY-MM-DD", help="Entries whose period ends on or after this day.")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="Entries whose period ends on or before this day.")
@click.option("--fiscal-year", type=int, metavar="YYYY", help="Fiscal year, named by the year it ends in.")
@click.option("--business-unit", "units", multiple=True, metavar="NAME",
              help="Only this business unit and the units under it (repeatable).")
@click.option("--metric", "metrics", multiple=True, metavar="KEY", help="Only this metric (repeatable).")
@click.option("--per-metric", is_flag=True, help="One sheet per metric instead of one long sheet (.xlsx).")
@click.option("--template", is_flag=True, help="Write an empty import template instead of entries.")
@click.pass_context
@user_errors
def export_command(ctx, out, db_path, start, end, fiscal_year, units, metrics, per_metric, template) -> None:
    """Export entries to OUT (.xlsx or .csv; a CSV's currency rates and targets go to OUT.rates.csv and
    OUT.targets.csv, a tree of business units to OUT.units.csv)."""
    if per_metric and not template and out.lower().endswith(".csv"):
        raise ValidationError("--per-metric needs an .xlsx file: a CSV holds one sheet", "layout")
    with opened_store(ctx, db_path, write=False) as store:
        if template:
            click.echo(f"Wrote the import template to {export_template(store, out)}.")
            return
        flt = _filter(store, start, end, fiscal_year, units, metrics)
        result = export_entries(store, out, flt, layout=PER_METRIC if per_metric else LONG)
    sidecars = [f" and {counted(count, one, many)} to {path}" for count, one, many, path in (
        (result.rate_count, "currency rate", "currency rates", result.rates_path),
        (result.target_count, "target", "targets", result.targets_path)) if path]
    if result.units_path:
        sidecars.append(f" and the business units' tree to {result.units_path}")
    together = {2: " (keep the two files together)", 3: " (keep the three files together)",
                4: " (keep the four files together)"}.get(len(result.files), "")
    click.echo(f"Exported {counted(result.rows, 'entry', 'entries')} to {result.path}{''.join(sidecars)}{together}.")


def _filter(store, start, end, fiscal_year_name, units, metrics) -> EntryFilter:
    """The export's entries, chosen as ``impact-desktop entries`` and the summary choose them."""
    return entry_filter(store, start=parse_iso_date(start) if start else None,
                        end=parse_iso_date(end) if end else None, fiscal_year_name=fiscal_year_name,
                        business_unit_names=units, metric_keys=metrics)
