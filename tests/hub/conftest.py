"""Fixtures of the team-hub tests: an initialised hub on the throw-away cluster, laptops on disk."""

from __future__ import annotations

import pytest

from impact_desktop.storage.database import open_store
from impact_desktop.storage.hub_admin import init_hub
from impact_desktop.storage.hub_connect import without_password
from tests.gui.main_helpers import isolated_settings  # noqa: F401 (a fixture window uses)


@pytest.fixture
def hub(hub_admin_url, pg_cluster, monkeypatch):
    """An initialised hub; its address without password (the admin's comes from PGPASSWORD, as libpq does)."""
    init_hub(hub_admin_url)
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password)
    return without_password(hub_admin_url)


@pytest.fixture
def laptops(tmp_path):
    """laptops(n): n stores, each its own file and device; closed after the test."""
    opened = []

    def make(count: int = 2):
        for index in range(count):
            opened.append(open_store(tmp_path / f"laptop{len(opened) + index}.db"))
        return opened[-count:]

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def window(qtbot, laptops, isolated_settings):  # noqa: F811
    """The app's main window, every page installed, on one laptop's store (settings of its own)."""
    from impact_desktop.gui.common.context import AppContext
    from impact_desktop.gui.shell.main_window import MainWindow
    from impact_desktop.gui.shell.pages import install_pages

    (store,) = laptops(1)
    main = MainWindow(AppContext(store))
    install_pages(main, main.context)
    qtbot.addWidget(main)
    main.show()
    return main
