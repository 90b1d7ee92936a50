"""Guards found in review: a frozen build without keyring's metadata, and unique indexes kept
through a bulk load."""

from __future__ import annotations

import importlib.metadata
import sqlite3

import pytest

from impact_desktop.storage import entries, hub_keyring


def test_selfcheck_without_keyrings_metadata_is_a_sentence_not_a_traceback(monkeypatch):
    pytest.importorskip("keyring")
    real = importlib.metadata.version

    def version(name):
        if name == "keyring":
            raise importlib.metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(importlib.metadata, "version", version)
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_kw: [])
    ok, line = hub_keyring.keyring_report()
    assert not ok and "metadata is missing" in line


def test_a_bulk_load_keeps_unique_indexes_on_entries():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE entries (id TEXT PRIMARY KEY, fingerprint TEXT, note TEXT)")
    conn.execute("CREATE INDEX entries_note ON entries (note)")
    conn.execute("CREATE UNIQUE INDEX entries_fingerprint ON entries (fingerprint)")
    dropped = entries._drop_indexes(conn)
    left = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    assert left == {"entries_fingerprint"}
    assert dropped == ["CREATE INDEX entries_note ON entries (note)"]
