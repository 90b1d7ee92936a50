"""The layers stay honest: imports point down, never up, and the Qt-free layers never load Qt.

core → storage, io → services → report, gui → cli, app. The rules are read from every import
statement of every module (function-level imports included, relative ones resolved), so a
subfolder or a deferred import cannot slip past them.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "impact_desktop"
QT_FREE = ("core", "storage", "io", "services")
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")

# What each layer may import of ours (besides itself). Top-level modules such as
# ``impact_desktop.resources`` and the package's own constants count as "(top)".
ALLOWED = {
    "core": set(),
    "storage": {"core"},
    "io": {"core"},
    "services": {"core", "storage", "io"},
    "report": {"core", "services", "(top)"},
    "gui": {"core", "io", "services", "report", "(top)"},
    "cli": {"core", "io", "services", "storage", "report", "gui", "app", "desktop_entry", "(top)"},
}



def _module_name(path: Path) -> str:
    parts = ("impact_desktop", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts).removesuffix(".__init__")


def _imports(path: Path) -> list[str]:
    """Every module an import statement in ``path`` names, absolute, including ``from x import y`` as x.y."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.append(base)
            names += [f"{base}.{alias.name}" for alias in node.names]
    return names


def _layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) < 2:
        return "(top)"
    top = parts[1]
    return top if (PACKAGE / top).is_dir() or top in ALLOWED or top in {"app", "desktop_entry"} else "(top)"


def _our_modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _our_imports(path: Path, modules: dict[str, Path]) -> set[str]:
    return {name for name in _imports(path) if name in modules}


def test_no_qt_imports_in_the_core_layers():
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            offenders += [f"{path.relative_to(PACKAGE)}: {name}" for name in _imports(path)
                          if name.startswith(QT_MODULES)]
    assert offenders == []


def test_every_layer_imports_only_the_layers_below_it():
    modules = _our_modules()
    offenders = []
    for module, path in modules.items():
        layer = _layer_of(module)
        if layer not in ALLOWED:
            continue
        for name in _our_imports(path, modules):
            target = _layer_of(name)
            if target != layer and target not in ALLOWED[layer]:
                offenders.append(f"{path.relative_to(PACKAGE)} ({layer}) imports {name} ({target})")
    assert offenders == []


def test_io_and_storage_do_not_know_each_other():
    modules = _our_modules()
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for module, path in modules.items() if _layer_of(module) in ("io", "storage")
        for name in _our_imports(path, modules) if {_layer_of(module), _layer_of(name)} == {"io", "storage"}
    ]
    assert offenders == []


def test_gui_never_imports_storage():
    """Windows reach data through services only; the composition root (app.py) opens the store."""
    modules = _our_modules()
    found = {
        path.relative_to(PACKAGE).as_posix()
        for module, path in modules.items() if _layer_of(module) == "gui"
        if any(_layer_of(name) == "storage" for name in _our_imports(path, modules))
    }
    assert not found, f"gui/ must call services, not storage: {sorted(found)}"


def _cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.add(frozenset(component))
    return found


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == {frozenset({"a", "b", "c"})}


def test_no_import_cycles():
    modules = _our_modules()
    graph = {module: _our_imports(path, modules) - {module} for module, path in modules.items()}
    # A package's __init__ re-exporting its own modules is not a cycle between modules.
    graph = {module: {name for name in names if not module.startswith(name + ".")} for module, names in graph.items()}
    cycles = _cycles(graph)
    assert not cycles, f"import cycles (move the shared piece down): {[sorted(c) for c in cycles]}"


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
