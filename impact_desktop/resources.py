"""Finding shipped files (icons, translations, sample data, the user guide, ``.ui`` sources).

The same call works from a source checkout (``<repo>/resources``), an installed wheel
(``impact_desktop/_resources`` inside site-packages, mapped there by ``setup.py``) and a
PyInstaller bundle (``sys._MEIPASS/resources``). No Qt here: the CLI and services use it too.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _first_dir(frozen_name: str, installed_name: str, checkout_name: str) -> Path | None:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / frozen_name)
    candidates += [_PACKAGE_DIR / installed_name, _PACKAGE_DIR.parent / checkout_name]
    return next((candidate for candidate in candidates if candidate.is_dir()), None)


@cache
def resources_dir() -> Path:
    found = _first_dir("resources", "_resources", "resources")
    if found is None:
        raise FileNotFoundError("Impact Desktop's resources folder is missing from this installation.")
    return found


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)


@cache
def ui_dir() -> Path:
    """The Qt Designer sources (shipped for reference and tools; the app uses compiled code)."""
    found = _first_dir("ui", "_ui", "ui")
    if found is None:
        raise FileNotFoundError("Impact Desktop's ui folder is missing from this installation.")
    return found


def app_icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG source, or the rendered PNG of ``size`` pixels."""
    name = "impact-desktop.svg" if size is None else f"impact-desktop-{size}.png"
    return resource_path("icons", "app", name)


def action_icon_path(name: str) -> Path:
    """The SVG of an action icon by its role name (``"save"``, ``"import"`` …)."""
    return resource_path("icons", "actions", f"{name}.svg")


def action_icon_names() -> list[str]:
    return sorted(path.stem for path in resource_path("icons", "actions").glob("*.svg"))


def translations_dir() -> Path:
    return resource_path("translations")


def user_guide_path(language: str = "en") -> Path:
    """The HTML user guide in ``language`` (``"en"`` or ``"zh_CN"``), English when missing."""
    localized = resource_path("docs", f"user-guide.{language}.html")
    return localized if language != "en" and localized.is_file() else resource_path("docs", "user-guide.html")
