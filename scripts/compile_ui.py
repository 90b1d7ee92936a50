"""Compile every ``ui/*.ui`` into ``impact_desktop/gui/generated/ui_<name>.py``.

Run after editing a .ui file in Qt Designer: ``.venv/bin/python scripts/compile_ui.py``.
``--check`` compiles to memory and exits 1 if any generated file is stale (used by a test).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "impact_desktop" / "gui" / "generated"


def uic_binary() -> list[str]:
    """pyside6-uic ships with PySide6-Essentials; call it through this interpreter's install."""
    exe = Path(sys.executable).with_name("pyside6-uic")
    return [str(exe)] if exe.exists() else ["pyside6-uic"]


def compile_one(source: Path) -> str:
    result = subprocess.run([*uic_binary(), "--from-imports", str(source)], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {source.name}: {result.stderr.strip()}")
    # uic writes the source path into a header comment; keep only the file name so
    # the output does not depend on where the checkout lives.
    return result.stdout.replace(str(source), source.name)


def target_for(source: Path) -> Path:
    return OUT_DIR / f"ui_{source.stem}.py"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for source in sorted(UI_DIR.glob("*.ui")):
        text = compile_one(source)
        target = target_for(source)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
    if check:
        sources = {target_for(source).name for source in UI_DIR.glob("*.ui")}
        stale += sorted(path.name for path in OUT_DIR.glob("ui_*.py") if path.name not in sources)
    if stale:
        print("stale generated UI files (run scripts/compile_ui.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
