"""``impact-desktop desktop-entry``: add (or remove) Impact Desktop in the Linux application menu."""

from __future__ import annotations

import click

from impact_desktop.cli.base import cli, user_errors
from impact_desktop.core.wording import counted
from impact_desktop.desktop_entry import install_entry, uninstall_entry


@cli.command("desktop-entry")
@click.option("--uninstall", is_flag=True, help="Remove the menu entry and icons instead.")
@user_errors
def desktop_entry(uninstall: bool) -> None:
    """Add Impact Desktop to your application menu (Linux desktops; per user, no root needed)."""
    if uninstall:
        removed = uninstall_entry()
        click.echo(f"Removed {counted(len(removed), 'file', 'files')}." if removed else "No menu entry was installed.")
        return
    entry = install_entry()
    icons = counted(len(entry.icons), "icon", "icons")
    click.echo(f"Installed {entry.desktop_file} (runs: {entry.launcher}) and {icons}.")
