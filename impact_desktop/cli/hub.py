"""``impact-desktop hub init|user add``, ``sync`` and ``conflicts``: the team hub from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click

from impact_desktop.cli.base import cli, db_option, opened_store, user_errors
from impact_desktop.core.errors import ImpactError
from impact_desktop.services.conflicts import KEEP_CHOICES, list_conflicts, resolve_conflict
from impact_desktop.services.sync import sync as run_sync


@cli.group()
def hub() -> None:
    """Set up a team hub (a PostgreSQL database) and the people who use it."""


@hub.command("init")
@click.argument("url")
@user_errors
def hub_init(url: str) -> None:
    """Create or upgrade the hub schema in the existing PostgreSQL database at URL."""
    from impact_desktop.storage.hub_admin import init_hub
    from impact_desktop.storage.hub_connect import without_password

    old, new = init_hub(url)
    where = without_password(url)
    if old is None:
        click.echo(f"Created the hub (schema version {new}) in {where}.")
    elif old == new:
        click.echo(f"{where} is already a hub of schema version {new}; nothing to do.")
    else:
        click.echo(f"Upgraded the hub in {where} from schema version {old} to {new}.")


@hub.group("user")
def hub_user() -> None:
    """People who log in to the hub."""


@hub_user.command("add")
@click.argument("name")
@click.option("--password-file", type=click.Path(dir_okay=False), required=True,
              help="A file whose first line is the password (kept out of the shell history).")
@click.option("--unit", "units", multiple=True, metavar="NAME",
              help="Limit this person to a business unit and the units below it (repeatable).")
@click.option("--manager", is_flag=True, help="May read and change every unit's figures.")
@click.option("--hub", "admin_url", required=True, metavar="ADMIN_URL",
              help="The hub's address as its administrator (a role that may create roles).")
@user_errors
def hub_user_add(name: str, password_file: str, units: tuple[str, ...], manager: bool, admin_url: str) -> None:
    """Add (or update) a login role NAME on the hub."""
    from impact_desktop.storage.hub_admin import add_user

    try:
        lines = Path(password_file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise ImpactError(f"Cannot read the password file {password_file}: {reason}.") from exc
    add_user(admin_url, name, lines[0] if lines else "", units=units, manager=manager)
    scope = "every unit (manager)" if manager else (", ".join(units) + " and the units below" if units
                                                    else "every unit")
    click.echo(f"{name} can log in to the hub; reads and writes: {scope}.")


@cli.command("sync")
@db_option
@click.option("--hub", "url", metavar="URL", help="The hub's address (remembered the first time, without password).")
@click.option("--json", "as_json", is_flag=True, help="Print pushed, pulled, conflicts and rejected as JSON.")
@click.pass_context
@user_errors
def sync_command(ctx, db_path, url, as_json) -> None:
    """Send this store's changes to the team hub and bring back everyone else's."""
    with opened_store(ctx, db_path, create=True) as store:
        result = run_sync(store, url)
    if as_json:
        click.echo(json.dumps(result.as_json()))
    else:
        click.echo(f"Pushed {result.pushed}, pulled {result.pulled}; {result.conflicts} conflict(s) open, "
                   f"{result.rejected} change(s) refused by the hub.")


@cli.group("conflicts", invoke_without_command=True)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the conflicts as JSON.")
@click.option("--all", "include_resolved", is_flag=True, help="Resolved ones too.")
@click.pass_context
@user_errors
def conflicts(ctx, db_path, as_json, include_resolved) -> None:
    """Rows two machines changed at once: both versions, the one kept, who and when."""
    ctx.obj["conflicts_db"] = db_path
    if ctx.invoked_subcommand is not None:
        return
    with opened_store(ctx, db_path) as store:
        found = list_conflicts(store, include_resolved=include_resolved)
        device = store.device_id
    if as_json:
        click.echo(json.dumps([item.as_json(device) for item in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("No conflicts.")
    for item in found:
        state = f"resolved ({item.resolution} kept)" if item.resolved_at else "open"
        click.echo(f"{item.id[:8]}  {item.table} {item.row_id[:8]}  {item.kind}  {state}")
        click.echo(f"    kept:   {item.winner.summary}  — {item.winner.changed_by or '?'}, device "
                   f"{item.winner.device[-6:]}, {item.winner.changed_at}")
        click.echo(f"    other:  {item.loser.summary}  — {item.loser.changed_by or '?'}, device "
                   f"{item.loser.device[-6:]}, {item.loser.changed_at}")


@conflicts.command("resolve")
@click.argument("conflict_id", metavar="ID")
@click.option("--keep", type=click.Choice(KEEP_CHOICES), required=True,
              help="mine: this machine's version; theirs: the other machine's.")
@db_option
@click.pass_context
@user_errors
def conflicts_resolve(ctx, conflict_id, keep, db_path) -> None:
    """Keep one version of a conflict; the choice syncs like any change."""
    with opened_store(ctx, db_path or ctx.obj.get("conflicts_db")) as store:
        done = resolve_conflict(store, conflict_id, keep)
    click.echo(f"Kept {keep} for {done.table} {done.row_id[:8]}; it goes to the hub at the next sync.")
