"""The committed ``gui/generated/ui_*.py`` files are exactly what pyside6-uic makes of ``ui/*.ui``."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def compile_ui(tmp_path, monkeypatch):
    """The script, pointed at a copy of the .ui sources and generated files."""
    spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "scripts" / "compile_ui.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ui_dir, out_dir = tmp_path / "ui", tmp_path / "generated"
    shutil.copytree(module.UI_DIR, ui_dir)
    shutil.copytree(module.OUT_DIR, out_dir)
    monkeypatch.setattr(module, "UI_DIR", ui_dir)
    monkeypatch.setattr(module, "OUT_DIR", out_dir)
    return module


def test_generated_ui_files_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_ui.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_finds_an_edited_ui_file(compile_ui, capsys):
    source = sorted(compile_ui.UI_DIR.glob("*.ui"))[0]
    source.write_text(source.read_text(encoding="utf-8").replace('<string>', '<string>Edited ', 1), encoding="utf-8")
    assert compile_ui.main(["--check"]) == 1
    assert compile_ui.target_for(source).name in capsys.readouterr().out


def test_check_finds_a_generated_file_whose_ui_is_gone(compile_ui, capsys):
    (compile_ui.OUT_DIR / "ui_removed_dialog.py").write_text("# generated\n", encoding="utf-8")
    assert compile_ui.main(["--check"]) == 1
    assert "ui_removed_dialog.py" in capsys.readouterr().out
