"""The core stays honest: what computes, stores, imports or exports never imports Qt."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "impact_desktop"
QT_FREE = ("core", "storage", "io", "services")
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "impact_desktop.gui", "impact_desktop.report")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_qt_imports_in_the_core_layers():
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            offenders += [f"{path.relative_to(PACKAGE)}: {name}" for name in _imports(path)
                          if name.startswith(FORBIDDEN)]
    assert offenders == []


def test_core_layer_imports_nothing_of_ours_above_it():
    offenders = []
    for path in (PACKAGE / "core").rglob("*.py"):
        offenders += [f"{path.name}: {name}" for name in _imports(path)
                      if name.startswith("impact_desktop.") and not name.startswith("impact_desktop.core")]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(
        "impact_desktop." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for layer in QT_FREE for path in (PACKAGE / layer).rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name.removesuffix('.__init__'))\n"
        "import impact_desktop.cli\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6'))]\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=PACKAGE.parent)
    assert result.stdout.strip() == "[]"
