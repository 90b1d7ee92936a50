"""``impact-desktop summary``: the headline figures, as a table or as JSON for scripts."""

from __future__ import annotations

import json
from decimal import Decimal

import click

from impact_desktop.cli.base import cli, db_option, opened_store, user_errors
from impact_desktop.core.number_format import NO_FIGURE, percent
from impact_desktop.core.periods import parse_iso_date
from impact_desktop.services.scope import resolve_scope
from impact_desktop.services.summary import Summary, summarize


@cli.command()
@db_option
@click.option("--from", "start", metavar="YYYY-MM-DD", help="First day of the range.")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="Last day of the range.")
@click.option("--fiscal-year", type=int, metavar="YYYY", help="Fiscal year, named by the year it ends in.")
@click.option("--business-unit", "units", multiple=True, metavar="NAME",
              help="Only this business unit and the units under it (repeatable).")
@click.option("--currency", metavar="CODE", help="Reporting currency (default: the database's setting).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.pass_context
@user_errors
def summary(ctx, db_path, start, end, fiscal_year, units, currency, as_json) -> None:
    """Totals per metric and per business unit for a period."""
    with opened_store(ctx, db_path) as store:
        scope = resolve_scope(
            store,
            start=parse_iso_date(start) if start else None,
            end=parse_iso_date(end) if end else None,
            fiscal_year_name=fiscal_year,
            business_unit_names=units,
        )
        result = summarize(store, scope, currency)
    click.echo(json.dumps(summary_json(result), ensure_ascii=False, indent=2) if as_json else summary_table(result))


def _number(value: Decimal | None) -> int | str | None:
    """Whole numbers as JSON numbers; fractions as exact decimal strings; no figure as null."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else str(value)


def summary_json(result: Summary) -> dict:
    return {
        "currency": result.currency,
        "from": result.start.isoformat(),
        "to": result.end.isoformat(),
        "entries": result.entries,
        # A metric with a target but no entry in scope is null (no figure), never 0.
        "totals": {key: _number(result.figure(key)) for key in result.shown_keys},
        "by_business_unit": {
            unit: {key: _number(value) for key, value in values.items()}
            for unit, values in result.by_business_unit.items()
        },
        "targets": {key: _number(value) for key, value in result.targets.items()},
        "metrics": {
            key: {"name": m.name, "unit": result.currency if m.is_money else m.unit,
                  "aggregation": m.aggregation.value}
            for key, m in result.metrics.items() if key in result.shown_keys
        },
        "notes": result.notes,
    }


def summary_table(result: Summary) -> str:
    lines = [f"Summary {result.start} to {result.end} · {result.entries} entries · money in {result.currency}", ""]
    keys = result.shown_keys
    if not keys:
        return "\n".join([*lines, "No figures in this period."])
    width = max(len(result.metrics[key].name) for key in keys) + 2
    for key in keys:
        metric = result.metrics[key]
        unit = result.currency if metric.is_money else metric.unit
        value, target = result.figure(key), result.targets.get(key)
        extra = f"   target {target:,} ({percent(result.achieved(key))})" if target else ""
        shown = f"{value:>20,}" if value is not None else f"{NO_FIGURE:>20}"
        lines.append(f"  {metric.name:<{width}}{shown} {unit}{extra}")
    lines.append("")
    for unit_name, values in result.by_business_unit.items():
        lines.append(unit_name)
        for key, value in values.items():
            metric = result.metrics[key]
            lines.append(f"  {metric.name:<{width}}{value:>20,} {result.currency if metric.is_money else metric.unit}")
    if result.notes:
        lines += ["", *[f"Note: {note}" for note in result.notes]]
    return "\n".join(lines)


