"""The ``impact-desktop`` command: the GUI by default, plus headless subcommands.

Each subcommand lives in its own module and registers itself on :data:`cli` when it is
first asked for (``base.SUBCOMMAND_MODULES``), so starting the desktop app loads none of
them. Errors meant for users (:class:`~impact_desktop.core.errors.ImpactError`) print one line on
stderr with a non-zero exit; anything unexpected prints one line too, never a traceback.
"""

from __future__ import annotations

from impact_desktop.cli.base import cli, main

__all__ = ["cli", "main"]
