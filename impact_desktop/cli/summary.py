"""``impact-desktop summary``: the headline figures, as a table or as JSON for scripts."""

from __future__ import annotations

import json
from decimal import Decimal

import click

from impact_desktop.cli.base import cli, db_option, language_option, opened_store, user_errors
from impact_desktop.cli.columns import pad, text_width
from impact_desktop.core.b4si import FUNDING_SOURCE_LABELS, MOTIVATION_LABELS
from impact_desktop.core.number_format import NO_FIGURE, percent
from impact_desktop.core.periods import parse_iso_date
from impact_desktop.core.wording import counted, unit_for
from impact_desktop.services.b4si import B4siFigures, b4si_figures
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
@language_option
@click.pass_context
@user_errors
def summary(ctx, db_path, start, end, fiscal_year, units, currency, as_json) -> None:
    """Totals per metric and per business unit for a period."""
    with opened_store(ctx, db_path, write=False) as store:
        scope = resolve_scope(
            store,
            start=parse_iso_date(start) if start else None,
            end=parse_iso_date(end) if end else None,
            fiscal_year_name=fiscal_year,
            business_unit_names=units,
        )
        result = summarize(store, scope, currency)
        b4si = b4si_figures(store, scope, result.currency, result.metrics)
    if as_json:
        click.echo(json.dumps({**summary_json(result), "b4si": b4si_json(b4si)}, ensure_ascii=False, indent=2))
    else:
        click.echo(summary_table(result) + "\n\n" + b4si_table(b4si))


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
            key: {"name": result.metric_name(key), "unit": result.currency if m.is_money else m.unit,
                  "aggregation": m.aggregation.value}
            for key, m in result.metrics.items() if key in result.shown_keys
        },
        "notes": result.notes,
    }


def summary_table(result: Summary) -> str:
    lines = [f"Summary {result.start} to {result.end} · {counted(result.entries, 'entry', 'entries')} · "
             f"money in {result.currency}", ""]
    keys = result.shown_keys
    if not keys:
        return "\n".join([*lines, "No figures in this period."])
    width = max(text_width(result.metric_name(key)) for key in keys) + 2
    for key in keys:
        metric = result.metrics[key]
        unit = result.currency if metric.is_money else metric.unit
        value, target = result.figure(key), result.targets.get(key)
        extra = f"   target {target:,} ({percent(result.achieved(key))})" if target else ""
        shown = f"{value:>20,}" if value is not None else f"{NO_FIGURE:>20}"
        lines.append(f"  {pad(result.metric_name(key), width)}{shown} "
                     f"{unit_for(value, unit) if value is not None else unit}{extra}")
    lines.append("")
    for unit_name, values in result.by_business_unit.items():
        lines.append(unit_name)
        for key, value in values.items():
            metric = result.metrics[key]
            unit = result.currency if metric.is_money else unit_for(value, metric.unit)
            lines.append(f"  {pad(result.metric_name(key), width)}{value:>20,} {unit}")
    if result.notes:
        lines += ["", *[f"Note: {note}" for note in result.notes]]
    return "\n".join(lines)




def b4si_json(b4si: B4siFigures) -> dict:
    """The B4SI block: the company's own inputs apart from the leverage it mobilised."""
    return {
        "currency": b4si.currency,
        "inputs": {
            "cash": _number(b4si.cash),
            "time_hours": _number(b4si.time_hours),
            "time_value": _number(b4si.time_value),
            "in_kind": _number(b4si.in_kind),
            "management_costs": _number(b4si.management_costs),
        },
        "hour_cost": _number(b4si.hour_cost),
        "company_contribution": _number(b4si.company_contribution),
        "leverage": {
            "total": _number(b4si.leverage),
            "by_funding_source": {source.value: _number(value) for source, value in b4si.leverage_by_source.items()},
        },
        "by_motivation": {motivation.value: {key: _number(value) for key, value in values.items()}
                          for motivation, values in b4si.by_motivation.items()},
        "unclassified_money": _number(b4si.unclassified),
        "gri": {
            "201-1_community_investments": _number(b4si.company_contribution),
            "413-1_units_with_community_engagement": b4si.units_engaged,
            "413-1_units": b4si.units_total,
        },
        "notes": b4si.notes(),
    }


def b4si_table(b4si: B4siFigures) -> str:
    """The same block as text, under the summary table."""
    money = b4si.currency

    def line(label: str, value: Decimal | None, unit: str = money) -> str:
        shown = f"{value:>20,}" if value is not None else f"{NO_FIGURE:>20}"
        return f"  {label:<48}{shown} {unit}"

    lines = ["B4SI: community investment (company contribution) and leverage", "Inputs",
             line("Cash", b4si.cash), line("Time", b4si.time_hours, "hours"),
             line("Time, valued", b4si.time_value), line("In-kind", b4si.in_kind),
             line("Management costs", b4si.management_costs),
             line("Company contribution", b4si.company_contribution),
             "Leverage (mobilised from others, not the company's own)",
             *[line(FUNDING_SOURCE_LABELS[source], value) for source, value in b4si.leverage_by_source.items()],
             line("Leverage, total", b4si.leverage), "By motivation"]
    for motivation, values in b4si.by_motivation.items():
        parts = [f"{values[key]:,} {unit_for(values[key], unit)}"
                 for key, unit in (("company_contribution", money + " contribution"),
                                   ("leverage", money + " leverage"), ("time_hours", "hours"))
                 if key in values]
        lines.append(f"  {MOTIVATION_LABELS[motivation]:<48}{'; '.join(parts)}")
    lines += [f"GRI 201-1 community investments: {b4si.company_contribution:,} {money}",
              f"GRI 413-1 business units with community engagement: {b4si.units_engaged} of {b4si.units_total}"]
    lines += [f"Note: {note}" for note in b4si.notes()]
    return "\n".join(lines)
