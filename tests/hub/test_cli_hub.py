"""``hub init``, ``hub user add``, ``sync``, ``conflicts`` from the command line, against a real PostgreSQL."""

from __future__ import annotations

import json
import uuid

import psycopg

from impact_desktop.storage.database import open_store
from impact_desktop.storage.hub_schema import HUB_SCHEMA_VERSION, STEPS
from impact_desktop.storage.tables import update_row
from tests.hub.helpers import add_hours, program
from tests.unit.io_files import run_cli


def test_hub_init_creates_then_upgrades_nothing_and_refuses_a_newer_hub(hub_admin_url):
    first = run_cli("hub", "init", hub_admin_url)
    assert first.exit_code == 0, first.output
    assert f"Created the hub (schema version {HUB_SCHEMA_VERSION})" in first.output
    assert "hubadmin@" in first.output and "@localhost" in first.output
    again = run_cli("hub", "init", hub_admin_url)
    assert again.exit_code == 0 and f"already a hub of schema version {HUB_SCHEMA_VERSION}" in again.output
    with psycopg.connect(hub_admin_url, autocommit=True) as conn:
        conn.execute("UPDATE impact_hub.meta SET value = '99' WHERE key = 'schema_version'")
        before = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'impact_hub'").fetchone()
    newer = run_cli("hub", "init", hub_admin_url)
    assert newer.exit_code == 1
    assert newer.stderr.strip().splitlines() == [
        "error: The hub's schema (version 99) is newer than this Impact Desktop understands "
        f"(version {HUB_SCHEMA_VERSION}); "
        "nothing was changed. Update the app."]
    with psycopg.connect(hub_admin_url) as conn:
        assert conn.execute("SELECT value FROM impact_hub.meta").fetchone() == ("99",)
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'impact_hub'").fetchone() == before


def test_an_older_hub_is_refused_by_sync_and_upgraded_by_hub_init(hub_admin_url, pg_cluster, tmp_path,
                                                                   monkeypatch):
    with psycopg.connect(hub_admin_url) as conn:  # a hub made by the previous version
        from impact_desktop.storage.hub_schema import _ROLES_SQL
        conn.execute(_ROLES_SQL)
        for statement in STEPS[0]:
            conn.execute(statement)
        conn.execute("INSERT INTO impact_hub.meta VALUES ('schema_version', '1')")
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password)
    db = tmp_path / "x.db"
    old = run_cli("sync", "--db", db, "--hub", hub_admin_url)
    assert old.exit_code == 1 and "older than this app's" in old.stderr
    upgraded = run_cli("hub", "init", hub_admin_url)
    assert f"from schema version 1 to {HUB_SCHEMA_VERSION}" in upgraded.output
    with psycopg.connect(hub_admin_url) as conn:
        assert conn.execute("SELECT to_regclass('impact_hub.rows_pull_unit')").fetchone()[0] is not None
    assert run_cli("sync", "--db", db, "--hub", hub_admin_url).exit_code == 0


def test_user_add_sync_json_and_conflicts_json(hub, hub_admin_url, pg_cluster, tmp_path, monkeypatch):
    name = "ana" + uuid.uuid4().hex[:6]
    secret = tmp_path / "pw.txt"
    secret.write_text("s3cret-" + name + "\n")
    added = run_cli("hub", "user", "add", name, "--password-file", secret, "--unit", "Cainiao", "--hub", hub_admin_url)
    assert added.exit_code == 0, added.output
    assert "Cainiao and the units below" in added.output
    database = hub_admin_url.rsplit("/", 1)[1]
    url = pg_cluster.url(database, user=name)
    monkeypatch.setenv("PGPASSWORD", "s3cret-" + name)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    for db in (one, two):
        store = open_store(db)
        add_hours(store, 5, program(store))
        store.close()
    result = run_cli("sync", "--db", one, "--hub", url, "--json")
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)) == {"pushed", "pulled", "conflicts", "rejected"}
    second = run_cli("sync", "--db", two, "--hub", url)
    assert second.exit_code == 0, second.output
    assert run_cli("sync", "--db", one).exit_code == 0  # the address was remembered
    store = open_store(one)
    entry = store.db.execute("SELECT id FROM entries LIMIT 1").fetchone()[0]
    update_row(store, "entries", entry, {"note": "one"})
    store.close()
    store = open_store(two)
    update_row(store, "entries", entry, {"note": "two"})
    store.close()
    run_cli("sync", "--db", one)
    synced = json.loads(run_cli("sync", "--db", two, "--json").stdout)
    assert synced["conflicts"] == 1
    listed = json.loads(run_cli("conflicts", "--db", two, "--json").stdout)
    assert len(listed) == 1 and listed[0]["row_id"] == entry
    text = run_cli("conflicts", "--db", two)
    assert "kept:" in text.output and "other:" in text.output
    resolved = run_cli("conflicts", "resolve", listed[0]["id"][:8], "--keep", "theirs", "--db", two)
    assert resolved.exit_code == 0, resolved.output
    assert run_cli("conflicts", "--db", two).output.strip() == "No conflicts."
    bad = run_cli("conflicts", "resolve", "zzzz", "--keep", "mine", "--db", two)
    assert bad.exit_code == 1 and bad.stderr.count("\n") == 1


def test_sync_without_a_hub_and_with_an_unreachable_one_is_one_line(tmp_path):
    db = tmp_path / "x.db"
    none = run_cli("sync", "--db", db)
    assert none.exit_code == 1 and "No hub to sync with" in none.stderr
    gone = run_cli("sync", "--db", db, "--hub", "postgresql://ana:pw@127.0.0.1:9/impact")
    assert gone.exit_code == 1 and gone.stderr.count("\n") == 1
    assert "Cannot reach the hub postgresql://ana@127.0.0.1:9/impact" in gone.stderr and "pw" not in gone.stderr
