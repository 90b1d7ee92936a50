"""``impact-desktop desktop-entry`` writes a launcher that runs this installation, and removes it again."""

from __future__ import annotations

import configparser

from click.testing import CliRunner

from impact_desktop.cli import cli
from impact_desktop.desktop_entry import install_entry


def read_entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_points_exec_at_this_installation_and_copies_icons(tmp_path):
    entry = install_entry(tmp_path)
    desktop = read_entry(entry.desktop_file)
    assert entry.desktop_file == tmp_path / "applications" / "impact-desktop.desktop"
    assert desktop["Exec"] == f"{entry.launcher} %f"
    assert desktop["Icon"] == "impact-desktop" and "TryExec" not in desktop
    assert desktop["Name[zh_CN]"] == "Impact Desktop"
    assert (tmp_path / "icons/hicolor/256x256/apps/impact-desktop.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "icons/hicolor/scalable/apps/impact-desktop.svg").is_file()


def test_cli_installs_and_uninstalls_under_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    runner = CliRunner()
    installed = runner.invoke(cli, ["desktop-entry"])
    assert installed.exit_code == 0, installed.output
    assert (tmp_path / "applications" / "impact-desktop.desktop").is_file()
    removed = runner.invoke(cli, ["desktop-entry", "--uninstall"])
    assert removed.exit_code == 0 and "Removed 10 files." in removed.output
    assert not list(tmp_path.rglob("impact-desktop.*"))
    again = runner.invoke(cli, ["desktop-entry", "--uninstall"])
    assert "No menu entry was installed." in again.output
