"""``impact-desktop catalog names`` and ``catalog alias add|remove``: alternative names from scripts."""

from __future__ import annotations

import json

import click

from impact_desktop.cli.base import cli, db_option, language_option, opened_store, user_errors
from impact_desktop.core.texts import name_language
from impact_desktop.services import catalog_names
from impact_desktop.services.catalog_names import KIND_WORDS, NameBook

_KIND_TEXT = {"business_unit": "business unit", "program": "program", "channel": "channel", "metric": "metric"}
_kind_argument = click.argument("kind", type=click.Choice(sorted(KIND_WORDS)))


@cli.group("catalog")
def catalog_group() -> None:
    """The names of business units, programs, channels and metrics."""


@catalog_group.command("names")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@language_option
@click.pass_context
@user_errors
def names_command(ctx, db_path, as_json) -> None:
    """Every business unit, program, channel and metric with its alternative names."""
    with opened_store(ctx, db_path) as store:
        things = catalog_names.everything(store)
        book = NameBook(store, name_language())
        shown = {thing.target_id: book.metric_name(thing.key, thing.name, thing.target_id) if thing.key
                 else book.shown(thing.target_id, thing.name) for thing in things}
    if as_json:
        click.echo(json.dumps([{"kind": t.kind, "name": t.name, "shown": shown[t.target_id],
                                "business_unit": t.unit or None, "key": t.key or None,
                                "alternative_names": list(t.alternatives)} for t in things],
                              ensure_ascii=False, indent=2))
        return
    for thing in things:
        name = shown[thing.target_id]
        others = [other for other in (thing.name, *thing.alternatives) if other != name]
        also = f"  = {', '.join(others)}" if others else ""
        key = f" [{thing.key}]" if thing.key else ""
        label = f"{thing.unit} / {name}" if thing.unit else name
        click.echo(f"{_KIND_TEXT[thing.kind]:<14}{label}{key}{also}")


@catalog_group.group("alias")
def alias_group() -> None:
    """Add or remove an alternative name."""


@alias_group.command("add")
@_kind_argument
@click.argument("name")
@click.argument("alias")
@db_option
@click.pass_context
@user_errors
def alias_add(ctx, kind, name, alias, db_path) -> None:
    """Give the KIND (unit, program, channel, metric) called NAME the alternative name ALIAS.

    A program is NAME or Unit/Program; a metric its name or key."""
    with opened_store(ctx, db_path) as store:
        thing, added = catalog_names.add_alias(store, KIND_WORDS[kind], name, alias)
    what = _KIND_TEXT[thing.kind]
    click.echo(f"{alias.strip()} is now a name of the {what} {thing.label}." if added
               else f"{alias.strip()} was already a name of the {what} {thing.label}.")


@alias_group.command("remove")
@_kind_argument
@click.argument("name")
@click.argument("alias")
@db_option
@click.pass_context
@user_errors
def alias_remove(ctx, kind, name, alias, db_path) -> None:
    """Take the alternative name ALIAS off the KIND called NAME."""
    with opened_store(ctx, db_path) as store:
        thing, _ids = catalog_names.remove_alias(store, KIND_WORDS[kind], name, alias)
    click.echo(f"{alias.strip()} is no longer a name of the {_KIND_TEXT[thing.kind]} {thing.label}.")
