"""Shared fixtures: a real database file on disk, and offscreen Qt for GUI tests."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("IMPACT_DESKTOP_DB", None)
# Settings, logs and the default database of the app under test (and of the processes the
# tests start) go to a throw-away folder, never into the real user's configuration.
_SANDBOX = tempfile.mkdtemp(prefix="impact-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "data")

import pytest  # noqa: E402

from impact_desktop.storage.database import open_store  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "impact.db"


@pytest.fixture
def store(db_path):
    """A fresh database file (with the built-in metrics), closed after the test."""
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def other_store(tmp_path):
    """A second, empty database file beside ``store`` (another machine, File → Open, an import's target),
    closed after the test."""
    opened = open_store(tmp_path / "other.db")
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store):
    from impact_desktop.services.demo import load_demo

    load_demo(store)
    return store


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL cluster for the whole run (see tests/pg_cluster.py), stopped at the end."""
    from tests.pg_cluster import running_cluster

    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def hub_admin_url(pg_cluster, request):
    """A fresh, empty database on the test cluster: its owner's (superuser's) URL."""
    import re
    import uuid

    name = "hub_" + re.sub(r"[^a-z0-9]", "", request.node.name.lower())[:30] + "_" + uuid.uuid4().hex[:8]
    return pg_cluster.create_database(name)


@pytest.fixture(autouse=True)
def _names_in_their_main_language():
    """A test that shows names in a language (the GUI's start-up, the CLI's --language)
    leaves the next one with main names, listed in the order used without a collator."""
    from impact_desktop.core import name_order, texts

    yield
    texts.set_name_language(None)
    name_order.set_name_order(None)
