"""The local SQLite store: schema, migrations, repositories and summary queries. No Qt."""

from __future__ import annotations

import importlib
import sys


def _import_sqlite_utils_alone() -> None:
    """Import sqlite-utils without the numpy and pandas it imports when they are installed.

    It imports them only to map their number types for inserts, which this app never
    makes, and that is a tenth of a second (numpy) to half a second (pandas) of every
    start and every command. They stay importable: whoever needs them later (charts)
    loads them as usual.
    """
    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        importlib.import_module("sqlite_utils")
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_alone()
