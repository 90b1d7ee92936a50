"""The one error a reader or writer raises: a sentence naming the file and what is wrong."""

from __future__ import annotations

from impact_desktop.core.errors import ImpactError


class SpreadsheetError(ImpactError):
    """A file cannot be read (or written) as a spreadsheet; ``str()`` says which and why."""
