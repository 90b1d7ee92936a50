"""io/ and the import/export services must run without Qt (CLI, scripts, other machines)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MODULES = [
    "impact_desktop.io.reading", "impact_desktop.io.xlsx_writer", "impact_desktop.io.csv_writer",
    "impact_desktop.services.importing", "impact_desktop.services.exporting", "impact_desktop.storage.imports",
    "impact_desktop.cli.imports", "impact_desktop.cli.export",
]


def test_import_and_export_layers_do_not_load_qt():
    code = ("import sys; " + "; ".join(f"import {m}" for m in MODULES)
            + "; print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"

