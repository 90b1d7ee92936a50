"""Importing in one call, for tests: the two steps the CLI and the import wizard take."""

from __future__ import annotations

from pathlib import Path

from impact_desktop.services.importing import ImportOptions, ImportResult, commit_import, preview_import
from impact_desktop.storage.database import Store


def import_file(store: Store, path: Path | str, options: ImportOptions | None = None, *, skip_invalid: bool = False,
                corrections: str | None = None) -> ImportResult:
    """:func:`preview_import` then :func:`commit_import`, as ``impact-desktop import`` does."""
    preview = preview_import(store, path, options)
    return commit_import(store, preview, skip_invalid=skip_invalid, corrections=corrections)
