"""Errors raised on purpose by the Qt-free layers are written as ``translate("Context", "…")``.

A user of the Chinese interface reads the ``str()`` of a ValidationError, StoreError,
SpreadsheetError… as it is; a message written as a plain or formatted string would reach
them in English. A line ending in ``# notr``
is exempt (a programming error nobody using the app can meet).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = [ROOT / "impact_desktop" / layer for layer in ("core", "storage", "io", "services")]
#: Our errors, shown to people; ValueError, KeyError… are for programming errors.
USER_ERRORS = {"ImpactError", "ValidationError", "ValueParseError", "StoreError", "MissingRateError",
               "SpreadsheetError", "FileWriteError", "AmbiguousDateError", "HubError"}
#: Modules not converted yet (none left; a module may only ever come off this list).
NOT_YET: set[str] = set()


def _untranslated_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_untranslated_text(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _untranslated_text(node.left) or _untranslated_text(node.right)
    return False


def untranslated_raises(source: str, filename: str = "<string>") -> list[str]:
    """``raise SomeError("English")`` / ``SomeError(f"…")`` of our error classes, outside translate()."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in USER_ERRORS and _untranslated_text(node.args[0]) and "# notr" not in lines[node.lineno - 1]:
            found.append(f"{filename}:{node.lineno}: {ast.get_source_segment(source, node.args[0])}")
    return found


def test_checker_catches_what_it_must():
    bad = ('raise ValidationError("A unit needs a name.", "name")\n'
           'raise StoreError(f"Cannot open {path}.")\n'
           'return SpreadsheetError(f"{path.name} is empty.")\n')
    assert len(untranslated_raises(bad)) == 3
    good = ('raise ValidationError(translate("Ctx", "A unit needs a name."), "name")\n'
            'raise StoreError(translate("Ctx", "Cannot open {0}.").format(path))\n'
            'raise StoreError(sentence)\n'
            'raise ValueError(f"not a cell: {ref!r}")\n'
            'raise ImpactError(f"{exc}")\n'
            'raise ValidationError("internal")  # notr\n')
    assert untranslated_raises(good) == []


def test_user_errors_of_the_qt_free_layers_are_translatable():
    problems = []
    for folder in LAYERS:
        for path in sorted(folder.rglob("*.py")):
            relative = path.relative_to(ROOT / "impact_desktop").as_posix()
            if relative not in NOT_YET:
                problems += untranslated_raises(path.read_text(encoding="utf-8"), relative)
    assert not problems, "write these as translate(\"Context\", \"…\").format(…):\n" + "\n".join(problems)


def test_the_list_of_modules_not_yet_converted_only_shrinks():
    for relative in NOT_YET:
        path = ROOT / "impact_desktop" / relative
        if path.exists():
            assert untranslated_raises(path.read_text(encoding="utf-8"), relative), (
                f"{relative} has no untranslated error left: take it off NOT_YET")
