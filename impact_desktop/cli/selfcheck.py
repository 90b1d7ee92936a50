"""``impact-desktop selfcheck``: prove an installation carries its icons, guide, translations and Qt plugins."""

from __future__ import annotations

import sys

import click

from impact_desktop.cli.base import cli, user_errors


@cli.command()
@user_errors
def selfcheck() -> None:
    """Check that icons, the user guide, translations and Qt plugins are installed (no window opens)."""
    from impact_desktop.gui.shell.selfcheck import run_checks  # Qt is loaded only here

    checks = run_checks()
    for check in checks:
        click.echo(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    if not all(check.ok for check in checks):
        sys.exit(1)
