"""Checks that an installation carries everything the desktop app needs, without a screen.

Used by ``impact-desktop selfcheck`` and by the wheel and frozen-build tests: a missing
icon, translation, guide or Qt plugin shows up as a failed line here instead of as a
blank toolbar or an English window on a user's machine.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from impact_desktop.resources import (
    action_icon_names,
    app_icon_path,
    resources_dir,
    translations_dir,
    user_guide_path,
)

#: Icons the menus and toolbars of every screen rely on.
REQUIRED_ICONS = ("new", "open", "save", "backup", "import", "export", "print", "pdf", "undo", "redo", "delete",
                  "edit", "dashboard", "entries", "units", "programs", "targets", "rates", "history", "settings",
                  "help")
#: A message every catalogue must translate (it is in the first-run dialog).
CANARY = ("FirstRunDialog", "&Start empty")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def run_checks() -> list[Check]:
    """Every check, in order; needs no display (uses the offscreen platform when there is none)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    return list(_file_checks()) + list(_qt_checks(app)) + list(_hub_checks())


def _file_checks() -> Iterator[Check]:
    yield Check("resources folder", True, str(resources_dir()))
    missing = [size for size in (16, 32, 48, 256) if not app_icon_path(size).is_file()]
    yield Check("application icon", app_icon_path().is_file() and not missing,
                f"missing sizes {missing}" if missing else str(app_icon_path().parent))
    absent = sorted(set(REQUIRED_ICONS) - set(action_icon_names()))
    yield Check("action icons", not absent, f"missing {absent}" if absent else f"{len(action_icon_names())} icons")
    for language in ("en", "zh_CN"):
        guide = user_guide_path(language)
        yield Check(f"user guide ({language})", guide.is_file(), str(guide))


def _qt_checks(app) -> Iterator[Check]:
    from PySide6.QtCore import QSize, QTranslator

    from impact_desktop.gui.shell import i18n
    from impact_desktop.gui.shell.icons import icon

    yield Check("Qt platform plugin", bool(app.platformName()), app.platformName())
    image = icon("save", "#000000").pixmap(QSize(32, 32), 2.0).toImage()
    painted = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                  if image.pixelColor(x, y).alpha() > 0)
    yield Check("SVG icon rendering", image.width() == 64 and painted > 20, f"{image.width()} px, {painted} painted")
    for language in [lang for lang in i18n.LANGUAGES if lang != "en"]:
        translator = QTranslator()
        loaded = translator.load(f"{i18n.CATALOGUE}_{language}", str(translations_dir()))
        sample = translator.translate(*CANARY) if loaded else ""
        yield Check(f"translation {language}", loaded and bool(sample) and sample != CANARY[1],
                    f"{CANARY[1]!r} → {sample!r}")
        folders = i18n.qt_translations_dirs()
        qt_loaded = any(QTranslator().load(f"qtbase_{language}", str(folder)) for folder in folders)
        yield Check(f"Qt's own translation {language}", qt_loaded,
                    ", ".join(str(folder) for folder in folders) or "no Qt translations folder")


def _hub_checks() -> Iterator[Check]:
    """The team hub's PostgreSQL driver with its libpq, and the keyring package with its backends."""
    from impact_desktop.services import sync

    ok, detail = sync.driver_report()
    yield Check("PostgreSQL driver", ok, detail)
    ok, detail = sync.keyring_report()
    yield Check("system keyring", ok, detail)
