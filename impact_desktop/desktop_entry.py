"""Put Impact Desktop into the Linux application menu (freedesktop.org ``.desktop`` + icons).

``pip install`` and the frozen folder cannot register a menu entry themselves, so
``impact-desktop desktop-entry`` does it per user: the shipped ``.desktop`` file goes to
``$XDG_DATA_HOME/applications`` with ``Exec`` pointing at the launcher that ran the
command (the wheel's script or the frozen executable), and the icon PNGs go into the
``hicolor`` theme. No Qt here; works from a checkout, a wheel and the frozen build.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from impact_desktop.core.atomic_file import open_replacing, replacing
from impact_desktop.resources import app_icon_path, resource_path

DESKTOP_ID = "impact-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class InstalledEntry:
    desktop_file: Path
    icons: list[Path]
    launcher: str


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_command() -> str:
    """The command the menu entry runs: this frozen executable, the installed script, or ``python -m``."""
    if getattr(sys, "frozen", False):
        return _quoted(sys.executable)
    script = shutil.which("impact-desktop")
    return _quoted(script) if script else f"{_quoted(sys.executable)} -m impact_desktop"


def _copy(source: Path, target: Path) -> None:
    with replacing(target) as temp:
        shutil.copyfile(source, temp)


def _quoted(path: str) -> str:
    return f'"{path}"' if " " in path else path


def install_entry(base: Path | None = None) -> InstalledEntry:
    """Write the menu entry and icons under ``base`` (default: the user's XDG data folder)."""
    base = base or data_home()
    launcher = launcher_command()
    lines = []
    for line in resource_path("desktop", f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={launcher} %f"
        elif line.startswith("TryExec="):
            continue  # TryExec cannot take arguments such as "-m impact_desktop"
        lines.append(line)
    target = base / "applications" / f"{DESKTOP_ID}.desktop"
    target.parent.mkdir(parents=True, exist_ok=True)
    with open_replacing(target, "w", encoding="utf-8") as handle:  # a menu never sees half an entry
        handle.write("\n".join(lines) + "\n")
    icons = []
    for size in ICON_SIZES:
        icon = base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        icon.parent.mkdir(parents=True, exist_ok=True)
        _copy(app_icon_path(size), icon)
        icons.append(icon)
    scalable = base / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    _copy(app_icon_path(), scalable)
    icons.append(scalable)
    return InstalledEntry(target, icons, launcher)


def uninstall_entry(base: Path | None = None) -> list[Path]:
    """Remove what :func:`install_entry` wrote; returns the files removed."""
    base = base or data_home()
    candidates = [base / "applications" / f"{DESKTOP_ID}.desktop",
                  base / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
                  *(base / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{DESKTOP_ID}.png" for s in ICON_SIZES)]
    removed = [path for path in candidates if path.is_file()]
    for path in removed:
        path.unlink()
    return removed
