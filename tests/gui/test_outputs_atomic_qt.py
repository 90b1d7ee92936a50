"""The PDF report and chart images are never half-written: the old file or the complete new one.

Qt reports no write error (a PDF cut short by a full disk still "succeeds"), so these go
through the real Qt writers onto a real full or read-only tmpfs where mounting is
permitted, and with a full disk injected where the data is flushed everywhere else.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from impact_desktop.core.atomic_file import FileWriteError
from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.dashboard.install import install
from tests.gui.fake_window import FakeWindow
from tests.unit.disk_faults import disk_full_at_sync, fill, partials, read_only, small_disk  # noqa: F401
from tests.unit.io_files import run_cli

ROOT = Path(__file__).resolve().parents[2]
YESTERDAY = b"%PDF-1.4 yesterday's board pack, kept byte for byte %%EOF"


@pytest.fixture
def dashboard(qtbot, demo_store):
    context = AppContext(demo_store)
    window = FakeWindow(context)
    qtbot.addWidget(window)
    window.add_page("entries", "Entries", QWidget())
    page = install(window, context)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        pass
    return page


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text)))
    return shown


def _yesterday(path: Path) -> Path:
    path.write_bytes(YESTERDAY)
    return path


@pytest.mark.usefixtures("disk_full_at_sync")
@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_a_chart_export_on_a_full_disk_keeps_the_old_image(dashboard, tmp_path, monkeypatch, warnings, fmt):
    chart = dashboard.charts["volunteer_hours_by_month"]
    target = _yesterday(tmp_path / f"chart.{fmt}")
    with pytest.raises(FileWriteError, match=rf"^Could not write chart\.{fmt}: the disk is full\.$"):
        chart.export_png(str(target)) if fmt == "png" else chart.export_svg(str(target))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), "")))
    assert chart.export_dialog(fmt) is None
    assert warnings == [f"Could not write chart.{fmt}: the disk is full."]
    assert target.read_bytes() == YESTERDAY
    assert partials(tmp_path) == []


@pytest.mark.usefixtures("disk_full_at_sync")
def test_export_pdf_on_a_full_disk_says_so_and_keeps_the_old_report(dashboard, tmp_path, warnings):
    target = _yesterday(tmp_path / "board.pdf")
    assert dashboard.report_actions.export_pdf(str(target)) is None
    assert warnings == ["Could not write board.pdf: the disk is full."]
    assert target.read_bytes() == YESTERDAY
    assert partials(tmp_path) == []


@pytest.mark.usefixtures("disk_full_at_sync", "qapp")
def test_the_report_command_on_a_full_disk_never_says_wrote(demo_store, tmp_path):
    target = _yesterday(tmp_path / "board.pdf")
    result = run_cli("report", target, "--db", demo_store.path, "--fiscal-year", "2018")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["error: Could not write board.pdf: the disk is full."]
    assert "Wrote" not in result.stdout
    assert target.read_bytes() == YESTERDAY
    assert partials(tmp_path) == []


def run_report(*args: object) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "impact_desktop", "report", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_report_command_on_a_really_full_disk(demo_store, tmp_path):
    demo_store.close()
    with small_disk(tmp_path / "disk") as disk:
        target = _yesterday(disk / "board.pdf")
        fill(disk, leave=8192)
        result = run_report(target, "--db", demo_store.path, "--fiscal-year", "2018")
        assert result.returncode == 1
        assert result.stderr.splitlines() == ["error: Could not write board.pdf: the disk is full."]
        assert "Wrote" not in result.stdout
        assert target.read_bytes() == YESTERDAY
        assert partials(disk) == []


def test_the_report_command_into_a_read_only_folder(demo_store, tmp_path):
    demo_store.close()
    with small_disk(tmp_path / "disk") as disk:
        target = _yesterday(disk / "board.pdf")
        read_only(disk)
        result = run_report(target, "--db", demo_store.path, "--fiscal-year", "2018")
        assert result.returncode == 1
        assert result.stderr.splitlines() == ["error: Cannot write board.pdf: the disk or folder is read-only."]
        assert target.read_bytes() == YESTERDAY


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_a_chart_export_onto_a_really_full_disk(dashboard, tmp_path, fmt):
    chart = dashboard.charts["donations_by_month"]
    with small_disk(tmp_path / "disk") as disk:
        target = _yesterday(disk / f"chart.{fmt}")
        fill(disk, leave=4096)
        with pytest.raises(FileWriteError, match=rf"^Could not write chart\.{fmt}: the disk is full\.$"):
            chart.export_png(str(target)) if fmt == "png" else chart.export_svg(str(target))
        assert target.read_bytes() == YESTERDAY
        assert partials(disk) == []


@pytest.mark.usefixtures("disk_full_at_sync")
def test_the_sentence_follows_the_interface_language(dashboard, tmp_path, warnings, chinese):
    assert chinese, "the zh_CN catalogue is installed"
    target = _yesterday(tmp_path / "board.pdf")
    assert dashboard.report_actions.export_pdf(str(target)) is None
    assert warnings == ["无法写入 board.pdf：磁盘已满。"]
    assert target.read_bytes() == YESTERDAY
