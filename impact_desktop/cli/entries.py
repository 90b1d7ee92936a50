"""``impact-desktop entries``: the Entries page's filter, sort and search, for scripts."""

from __future__ import annotations

import json

import click

from impact_desktop.cli.base import cli, db_option, language_option, opened_store, user_errors
from impact_desktop.cli.columns import pad, text_width
from impact_desktop.core.periods import parse_iso_date
from impact_desktop.core.wording import counted
from impact_desktop.services.catalog_names import NameBook
from impact_desktop.services.entry_list import SORT_KEYS, count_entries, entry_filter, entry_record, list_entries


@cli.command("entries")
@db_option
@click.option("--search", "text", default="", metavar="TEXT",
              help="Entries whose note, business unit, program, metric or channel contains TEXT (any case).")
@click.option("--business-unit", "units", multiple=True, metavar="NAME",
              help="Only this business unit (by any of its names) and the units under it (repeatable).")
@click.option("--metric", "metrics", multiple=True, metavar="KEY", help="Only this metric (repeatable).")
@click.option("--from", "start", metavar="YYYY-MM-DD", help="Entries whose period ends on or after this day.")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="Entries whose period ends on or before this day.")
@click.option("--sort", "order_by", type=click.Choice(SORT_KEYS), default="period", show_default=True,
              help="Sort by this column.")
@click.option("--desc", "descending", is_flag=True, help="Largest, latest or last in the alphabet first.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="At most this many entries (0: all of them).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@language_option
@click.pass_context
@user_errors
def entries_command(ctx, db_path, text, units, metrics, start, end, order_by, descending, limit, as_json) -> None:
    """List entries, filtered, searched and sorted like the Entries page."""
    with opened_store(ctx, db_path) as store:
        flt = entry_filter(store, start=parse_iso_date(start) if start else None,
                           end=parse_iso_date(end) if end else None, business_unit_names=units,
                           metric_keys=metrics, text=text)
        total = count_entries(store, flt)
        rows, after = [], None
        while limit == 0 or len(rows) < limit:  # keyset pages: --limit 0 streams a million rows in steps
            page = list_entries(store, flt, order_by=order_by, descending=descending, after=after,
                                limit=5000 if limit == 0 else min(5000, limit - len(rows)))
            if not page:
                break
            rows += page
            after = page[-1]
        book = NameBook(store)
    records = [entry_record(entry, book) for entry in rows]
    if as_json:
        click.echo(json.dumps({"total": total, "shown": len(records), "sort": order_by,
                               "descending": descending, "entries": records}, ensure_ascii=False, indent=2))
        return
    click.echo(_table(records, total))


_COLUMNS = (("period", "Period"), ("business_unit", "Business unit"), ("program", "Program"),
            ("metric_name", "Metric"), ("value", "Value"), ("unit", "Unit"), ("channel", "Channel"),
            ("note", "Note"))


def _table(records: list[dict], total: int) -> str:
    head = f"{len(records):,} of {counted(total, 'entry', 'entries')}"
    if not records:
        return head
    cells = [[_cell(record[key]) for key, _title in _COLUMNS] for record in records]
    titles = [title for _key, title in _COLUMNS]
    widths = [max(text_width(text) for text in column) for column in zip(titles, *cells, strict=True)]

    def line(values: list[str]) -> str:
        return "  ".join(pad(text, width, right=index == 4) for index, (text, width) in
                         enumerate(zip(values, widths, strict=True))).rstrip()

    return "\n".join([head, "", line(titles), *(line(row) for row in cells)])


def _cell(value: object) -> str:
    if value is None:
        return ""
    return f"{value:,}" if isinstance(value, int) else str(value)
