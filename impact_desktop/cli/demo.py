"""``impact-desktop demo``: load the seed article's figures."""

from __future__ import annotations

import click

from impact_desktop.cli.base import cli, database_path, db_option, opened_store, user_errors
from impact_desktop.core.wording import counted
from impact_desktop.services.demo import DEMO_FISCAL_YEAR, load_demo


@cli.command()
@db_option
@click.pass_context
@user_errors
def demo(ctx: click.Context, db_path: str | None) -> None:
    """Create or fill a database with the demo figures (FY2018, April 2017 to March 2018)."""
    with opened_store(ctx, db_path, create=True) as store:
        result = load_demo(store)
    where = database_path(ctx, db_path)
    if result.entries_added:
        added = counted(result.entries_added, "entry", "entries")
        click.echo(f"Loaded the demo data (FY{DEMO_FISCAL_YEAR}): {added} into {where}.")
    else:
        click.echo(f"The demo data is already in {where}; nothing added.")
