"""``pip install .`` ships the icons, translations, user guide and .ui sources, and works elsewhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from impact_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment minus anything that could point Python or the app back at the checkout."""
    dropped = {"PYTHONPATH", "PYTHONHOME", "IMPACT_DESKTOP_DB"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Build from a clean copy: an in-tree build/ left by an earlier build could leak stale
    # modules into the wheel, and the test should not write into the checkout.
    source = out / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache", "*.db"))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("impact_desktop-*.whl")
    return built


def test_wheel_carries_every_shipped_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "impact_desktop/_resources/"
    expected = {
        data + "icons/app/impact-desktop.svg", data + "icons/app/impact-desktop-256.png",
        data + "icons/actions/save.svg", data + "icons/actions/import.svg", data + "icons/LICENSE.lucide.txt",
        data + "translations/impact_desktop_zh_CN.qm", data + "translations/impact_desktop_zh_CN.ts",
        data + "docs/user-guide.html", data + "docs/user-guide.zh_CN.html",
        data + "desktop/impact-desktop.desktop",
        "impact_desktop/_ui/first_run_dialog.ui",
        "impact_desktop/gui/generated/ui_first_run_dialog.py",
        "impact_desktop/resources.py", "impact_desktop/cli/selfcheck.py",
    }
    assert expected <= names, f"missing from the wheel: {sorted(expected - names)}"
    icons_in_repo = {p.name for p in (ROOT / "resources" / "icons" / "actions").glob("*.svg")}
    icons_in_wheel = {Path(n).name for n in names if n.startswith(data + "icons/actions/") and n.endswith(".svg")}
    assert icons_in_wheel == icons_in_repo
    assert not [n for n in names if n.startswith(("tests/", "build_spec/", "scripts/"))]
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "impact-desktop = impact_desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    assert wheel.name.startswith(f"impact_desktop-{__version__}-")


@pytest.mark.slow
def test_installed_wheel_runs_outside_the_checkout(wheel, tmp_path):
    """A fresh venv gets only the wheel; the dependencies come from this environment via a .pth."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / ("python.exe" if sys.platform == "win32" else "python")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                              "--no-index", "-q", str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    deps = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site / "zz_impact_test_dependencies.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    exe = str(bin_dir / "impact-desktop")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(args, capture_output=True, text=True, cwd=tmp_path, env=clean_env(), timeout=120)

    where = run(str(python), "-c", "import impact_desktop.resources as r; print(r.resources_dir())")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()) == site / "impact_desktop" / "_resources"
    assert "--fiscal-year" in run(exe, "summary", "--help").stdout
    db = tmp_path / "demo.db"
    demo = run(exe, "demo", "--db", str(db))
    assert demo.returncode == 0, demo.stderr
    summary = run(exe, "summary", "--json", "--db", str(db))
    assert json.loads(summary.stdout)["totals"]["donations"] == 1_270_000_000
    check = run(exe, "selfcheck")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "FAIL" not in check.stdout
