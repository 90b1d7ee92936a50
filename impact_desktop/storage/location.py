"""Where the local database lives when nobody says otherwise."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "IMPACT_DESKTOP_DB"
FILE_NAME = "impact.db"


def user_data_dir() -> Path:
    """The per-user data folder of each platform (no Qt needed, so the CLI can use it)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Impact Desktop"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Impact Desktop"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "impact-desktop"


def default_database_path() -> Path:
    """``$IMPACT_DESKTOP_DB`` if set, else ``impact.db`` in the user data folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return user_data_dir() / FILE_NAME


def resolve_database_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins over the environment, which wins over the default."""
    return Path(explicit).expanduser() if explicit else default_database_path()
