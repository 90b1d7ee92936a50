"""Translations stay complete and current, and every visible string in Qt code is translatable.

The AST check covers ``impact_desktop/gui`` and ``impact_desktop/report`` (except the code
compiled from .ui files, whose texts lupdate reads from the .ui sources): a string literal
or f-string handed to a text-setting Qt call must come from ``tr()``/``translate()``.
A line ending in ``# notr`` is exempt (for the rare text that is not language, e.g. "—").
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = [ROOT / "impact_desktop" / "gui", ROOT / "impact_desktop" / "report"]
GENERATED = ROOT / "impact_desktop" / "gui" / "generated"

#: Methods whose (first text) arguments users read.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText", "setTitle",
    "setLabelText", "setInformativeText", "setDetailedText", "setTabText", "setTabToolTip", "setItemText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setSpecialValueText",
    "setPrefix", "setSuffix", "setIconText", "setButtonText", "setCancelButtonText", "setOkButtonText",
    "setNoDataText", "showMessage", "addAction", "addMenu", "addTab", "insertTab", "addItem", "addItems",
    "insertItem", "addButton", "addSection", "setFormat", "setAccessibleName", "setAccessibleDescription",
    "information", "warning", "critical", "question", "about", "getText", "getItem", "getInt", "getDouble",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "setNameFilter", "setNameFilters",
}
#: Constructors whose text arguments users read.
TEXT_CLASSES = {
    "QLabel", "QAction", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QMessageBox", "QCommandLinkButton", "QDockWidget", "QProgressDialog", "QInputDialog", "QTreeWidgetItem",
    "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QToolBar", "QErrorMessage",
}
TRANSLATE_FUNCTIONS = {"tr", "translate", "qsTr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _callee_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _visible_literal(node: ast.AST) -> bool:
    """A plain or formatted string with letters in it, outside any translate call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[^\W\d_]", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_visible_literal(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _visible_literal(node.left) or _visible_literal(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_visible_literal(element) for element in node.elts)
    if isinstance(node, ast.IfExp):
        return _visible_literal(node.body) or _visible_literal(node.orelse)
    return False


def untranslated(source: str, filename: str = "<string>") -> list[str]:
    """Every visible string literal that bypasses tr()/translate(), and every tr() of a non-literal."""
    problems = []
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee_name(node)
        line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
        if line.rstrip().endswith("# notr"):
            continue
        if name in TRANSLATE_FUNCTIONS:
            texts = node.args[1:2] if name in {"translate", "QT_TRANSLATE_NOOP"} else node.args[:1]
            if any(isinstance(arg, (ast.JoinedStr, ast.BinOp)) for arg in texts):
                problems.append(f"{filename}:{node.lineno}: {name}() of a built string cannot be translated")
            continue
        if name in TEXT_METHODS or name in TEXT_CLASSES:
            arguments = [*node.args, *(keyword.value for keyword in node.keywords if keyword.arg != "objectName")]
            for argument in arguments:
                if _visible_literal(argument):
                    problems.append(f"{filename}:{node.lineno}: {name}() gets an untranslated text: "
                                    f"{ast.get_source_segment(source, argument)}")
    return problems


def test_checker_catches_what_it_must():
    bad = (
        "label.setText('Total')\n"
        "QAction('Save', self)\n"
        "menu.addAction(icon, f'Open {name}')\n"
        "QMessageBox.warning(self, 'Error', msg)\n"
        "box.setHeaderLabels(['Name', self.tr('Value')])\n"
        "self.tr(f'{count} entries')\n"
    )
    assert len(untranslated(bad)) == 6
    good = (
        "label.setText(self.tr('Total'))\n"
        "QAction(self.tr('Save'), self)\n"
        "QMessageBox.warning(self, self.tr('Error'), str(exc))\n"
        "label.setText(f'{value:,}')\n"
        "label.setText('—')\n"
        "label.setText(QCoreApplication.translate('Ctx', 'Hi'))\n"
        "label.setText('Impact')  # notr\n"
        "QAction(parent=self, objectName='actionSave')\n"
    )
    assert untranslated(good) == []


def test_every_visible_string_in_qt_code_is_translatable():
    problems = []
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")) if folder.is_dir() else []:
            if GENERATED in path.parents:
                continue
            problems += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not problems, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def update_translations():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ts_and_qm_are_current(update_translations):
    """Fails when code or .ui gained/lost strings since the last update, or a .qm is older than its .ts."""
    reasons = [reason for language in update_translations.LANGUAGES
               for reason in update_translations.stale_reasons(language)]
    assert not reasons, "run: python scripts/update_translations.py\n" + "\n".join(reasons)


def test_every_chinese_message_is_finished(update_translations):
    todo = update_translations.unfinished("zh_CN")
    assert not todo, (f"{len(todo)} unfinished zh_CN messages (python scripts/update_translations.py --todo):\n"
                      + "\n".join(f"{item['context']}: {item['source']!r}" for item in todo[:40]))


def test_translations_keep_placeholders_and_accelerators(update_translations):
    problems = []
    for (context, source), info in update_translations.messages(update_translations.ts_path("zh_CN")).items():
        text = info["translation"]
        if sorted(re.findall(r"%(?:\d+|n)", source)) != sorted(re.findall(r"%(?:\d+|n)", text)):
            problems.append(f"{context}: placeholders differ in {text!r}")
        if re.search(r"&[^&\s;]", source) and not re.search(r"&[^&\s;]", text) and "<" not in source:
            problems.append(f"{context}: the keyboard accelerator of {source!r} is lost in {text!r}")
    assert not problems, "\n".join(problems)


def test_contexts_are_class_names(update_translations):
    """lupdate's Python parser can misfile a message under a bogus context such as
    "QCoreApplication.self"; such a message would never be found at run time."""
    contexts = {context for context, _ in update_translations.messages(update_translations.ts_path("zh_CN"))}
    assert not [c for c in contexts if not c.isidentifier()], sorted(c for c in contexts if not c.isidentifier())


#: Terms of the field with one Chinese word (GLOSSARY.zh_CN.md): the English words, the
#: chosen term, and the variants that must not appear beside it.
ONE_WORD_TERMS = [("management cost", "管理成本", ("管理费",)),  # 管理费 also catches 管理费用
                  ("business unit", "事业部", ("业务单元",))]


@pytest.mark.parametrize(("english", "term", "variants"), ONE_WORD_TERMS)
def test_a_b4si_term_has_one_chinese_word(update_translations, english, term, variants):
    """B4SI's "management costs" is 管理成本 in every message, never 管理费用 (the accounting
    line item), so the report, dashboard and user guide name one input the same way."""
    problems = []
    for (context, source), info in update_translations.messages(update_translations.ts_path("zh_CN")).items():
        text = info["translation"]
        if english in source.lower() and term not in text:
            problems.append(f"{context}: {source!r} is translated without {term}: {text!r}")
        problems += [f"{context}: {variant} in {text!r}" for variant in variants if variant in text]
    for guide in sorted((ROOT / "resources" / "docs").rglob("*.zh_CN.*")):  # the user guide
        if guide.suffix in {".html", ".md"}:
            problems += [f"{guide.name}: {variant}" for variant in variants
                         if variant in guide.read_text(encoding="utf-8")]
    assert not problems, "\n".join(problems)
