"""``./dev`` is the README's promise: what it installs is what the README lists, and CI sees pytest's verdict.

The script is run for real on a copy of itself in a temporary folder, with a virtual
environment whose ``python`` hands ruff and pytest to the interpreter running this test,
so the check neither installs anything nor runs the real suite again.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def dev_packages() -> set[str]:
    text = (ROOT / "dev").read_text(encoding="utf-8")
    body = re.search(r"^SYSTEM_PACKAGES=\((.*?)\)", text, flags=re.MULTILINE | re.DOTALL)
    assert body, "dev no longer declares SYSTEM_PACKAGES=(...)"
    return set(body.group(1).split())


def readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = text.split("System packages used:", 1)[1].split("\n\n", 1)[0]
    quoted = [text for text in re.findall(r"`([^`]+)`", paragraph) if not text.startswith(("./", "IMPACT_"))]
    return {word for text in quoted for word in text.split() if re.fullmatch(r"[a-z0-9][a-zA-Z0-9.+-]+", word)}


def test_the_readme_lists_exactly_the_packages_dev_installs():
    listed = readme_packages()
    libpython = {word for word in listed if word.startswith("libpython3")}
    assert libpython == {"libpython3.X", "libpython3.11"}  # derived from the Python in use, see below
    assert listed - libpython == dev_packages()


def test_dev_derives_libpython_from_the_interpreter_in_use():
    text = (ROOT / "dev").read_text(encoding="utf-8")
    assert 'echo "libpython$version"' in text
    assert "libpython3.11" not in text  # never a fixed version


def test_ci_runs_exactly_the_readme_test_command():
    lines = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[-1] == "exec ./dev test"


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of ``dev`` with a venv whose python is this test's interpreter, set up as if already installed."""
    folder = tmp_path / "project"
    folder.mkdir()
    for name in ("dev", "pyproject.toml", "setup.py"):
        shutil.copy2(ROOT / name, folder / name)
    venv_bin = folder / "venv" / "bin"
    venv_bin.mkdir(parents=True)
    python = venv_bin / "python"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    python.chmod(python.stat().st_mode | stat.S_IXUSR)
    stamp = subprocess.run("cat pyproject.toml setup.py | sha256sum | cut -c1-16", shell=True, cwd=folder,
                           capture_output=True, text=True, check=True).stdout.strip()
    (folder / "venv" / ".installed").write_text(stamp + "\n", encoding="utf-8")
    return folder


def run_dev(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    env.update(IMPACT_VENV="venv", IMPACT_SYSTEM_PACKAGES="0")
    return subprocess.run([str(folder / "dev"), "test", *args], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def test_dev_test_exits_with_pytests_code(project):
    (project / "test_sample.py").write_text("def test_fails():\n    assert 1 == 2\n\n\ndef test_passes():\n"
                                            "    assert 1 == 1\n", encoding="utf-8")
    failed = run_dev(project, "-p", "no:cacheprovider", "test_sample.py")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "1 failed, 1 passed" in failed.stdout
    passed = run_dev(project, "-p", "no:cacheprovider", "test_sample.py", "-k", "passes")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    nothing = run_dev(project, "-p", "no:cacheprovider", "test_sample.py", "-k", "no_such_test")
    assert nothing.returncode == 5  # pytest's "no tests collected" reaches CI unchanged


def test_dev_test_stops_on_a_ruff_finding(project):
    (project / "test_sample.py").write_text("import os\n\n\ndef test_passes():\n    assert True\n", encoding="utf-8")
    result = run_dev(project, "-p", "no:cacheprovider", "test_sample.py")
    assert result.returncode == 1
    assert "F401" in result.stdout
    assert "passed" not in result.stdout  # ruff fails first; the tests never ran
