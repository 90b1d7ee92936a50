"""Finding shipped files (icons, translations, sample data, the user guide).

The same call works from a source checkout (``<repo>/resources``), an installed wheel
(``impact_desktop/resources`` inside site-packages) and a PyInstaller bundle
(``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Impact Desktop's resources folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
