"""Starting the app: first launch makes the data folder; a good file opens without asking."""

from __future__ import annotations

from impact_desktop import app as app_module
from impact_desktop.storage.location import ENV_VAR


def test_first_launch_creates_the_default_data_folder(tmp_path, monkeypatch, qapp):
    target = tmp_path / "fresh" / "data" / "impact.db"
    monkeypatch.setenv(ENV_VAR, str(target))
    app_module.ensure_default_folder(target)
    assert target.parent.is_dir()
    store = app_module.open_first_store(target)
    try:
        assert store is not None and target.exists()
    finally:
        store.close()


def test_an_explicit_path_in_a_missing_folder_is_not_created(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "default.db"))
    elsewhere = tmp_path / "missing" / "impact.db"
    app_module.ensure_default_folder(elsewhere)
    assert not elsewhere.parent.exists()
