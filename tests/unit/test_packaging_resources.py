"""The shipped files exist, are well-formed, and the resource helper finds them in every layout."""

from __future__ import annotations

import configparser
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from impact_desktop import resources
from impact_desktop.gui.shell.selfcheck import REQUIRED_ICONS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_resource_cache():
    resources.resources_dir.cache_clear()
    resources.ui_dir.cache_clear()
    yield
    resources.resources_dir.cache_clear()
    resources.ui_dir.cache_clear()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_checkout_layout_is_found():
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.ui_dir() == ROOT / "ui"


def test_frozen_layout_wins_when_present(tmp_path, monkeypatch):
    (tmp_path / "resources").mkdir()
    (tmp_path / "ui").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("icons", "x.svg") == tmp_path / "resources" / "icons" / "x.svg"
    assert resources.ui_dir() == tmp_path / "ui"


def test_every_action_icon_the_screens_need_is_a_valid_single_colour_svg():
    names = resources.action_icon_names()
    assert set(REQUIRED_ICONS) <= set(names)
    for name in names:
        root = ET.parse(resources.action_icon_path(name)).getroot()
        assert root.tag.endswith("svg"), name
        assert root.get("viewBox") == "0 0 24 24", name
        assert root.get("stroke") == "currentColor", f"{name} would not follow the theme colour"


def test_icon_licence_and_sources_are_shipped():
    licence = resources.resource_path("icons", "LICENSE.lucide.txt").read_text(encoding="utf-8")
    assert "ISC License" in licence
    sources = resources.resource_path("icons", "actions", "SOURCES.txt").read_text(encoding="utf-8")
    listed = {line.split("\t")[0].removesuffix(".svg") for line in sources.splitlines() if "\t" in line}
    assert set(resources.action_icon_names()) <= listed


def test_app_icon_pngs_have_their_nominal_sizes():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert png_size(resources.app_icon_path(size)) == (size, size)
    assert resources.app_icon_path().read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert resources.resource_path("icons", "app", "impact-desktop.ico").stat().st_size > 1000


def test_desktop_file_is_a_valid_launcher():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(resources.resource_path("desktop", "impact-desktop.desktop"), encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Impact Desktop"
    assert entry["Exec"].split()[0] == "impact-desktop"
    assert entry["Icon"] == "impact-desktop"
    assert entry["Categories"].endswith(";")
    assert entry["Terminal"] == "false"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_user_guide_has_every_section_and_working_links(language):
    path = resources.user_guide_path(language)
    assert path.name == ("user-guide.html" if language == "en" else "user-guide.zh_CN.html")
    html = path.read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([^"]+)"', html))
    for section in ("purpose", "first-steps", "entering", "importing", "aggregation", "currencies",
                    "fiscal-year", "targets", "reports", "backups", "data-location", "appearance"):
        assert section in ids, f"{path.name} lacks the section {section}"
    assert set(re.findall(r'href="#([^"]+)"', html)) <= ids
    if language == "zh_CN":
        assert "存量" in html and "汇率" in html and "财年" in html


def test_unknown_guide_language_falls_back_to_english():
    assert resources.user_guide_path("fr").name == "user-guide.html"
