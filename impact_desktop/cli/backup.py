"""``impact-desktop backup`` and ``impact-desktop restore``: a copy of the database, and going back to one."""

from __future__ import annotations

import sys

import click

from impact_desktop.cli.base import cli, database_path, db_option, opened_store, user_errors
from impact_desktop.core.wording import counted
from impact_desktop.services.backup import backup_database, check_backup, kept_copy_path, restore_database


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False))
@db_option
@click.pass_context
@user_errors
def backup(ctx: click.Context, out: str, db_path: str | None) -> None:
    """Save a complete, checked copy of the database to OUT (safe while other programs write to it)."""
    with opened_store(ctx, db_path, write=False) as store:
        result = backup_database(store, out)
    click.echo(f"Saved a backup of {database_path(ctx, db_path)} to {result.path} "
               f"({counted(result.entries, 'entry', 'entries')}, {_size(result.size)}).")


@cli.command()
@click.argument("backup_file", metavar="BACKUP", type=click.Path(dir_okay=False))
@db_option
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (for scripts).")
@click.pass_context
@user_errors
def restore(ctx: click.Context, backup_file: str, db_path: str | None, yes: bool) -> None:
    """Replace the database's contents with those of BACKUP; the current contents are kept beside it
    as <name>.before-restore-<time>.db."""
    target = database_path(ctx, db_path)
    entries = check_backup(backup_file)
    if not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("restore replaces the database's contents; run it on a terminal to confirm, "
                                   "or add --yes.")
        kept = kept_copy_path(target).name
        click.confirm(f"Replace the contents of {target} with {backup_file} ({counted(entries, 'entry', 'entries')})? "
                      f"The current contents are kept as {kept}.", abort=True, err=True)
    result = restore_database(target, backup_file)
    kept_text = f" The previous contents are in {result.kept}." if result.kept else ""
    click.echo(f"Restored {result.path} from {result.backup} ({counted(result.entries, 'entry', 'entries')})."
               f"{kept_text}")


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"
