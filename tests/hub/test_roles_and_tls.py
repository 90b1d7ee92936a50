"""Who may change what is enforced by PostgreSQL; TLS with verify-full; no password ever lands in the store."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from impact_desktop.services.sync import check_hub, sync, sync_status
from impact_desktop.storage.hub_admin import add_user
from impact_desktop.storage.hub_connect import HubError
from impact_desktop.storage.hub_schema import HUB_SCHEMA_VERSION
from impact_desktop.storage.sync_local import rejected_rows
from tests.hub.helpers import add_hours, program


def person(hub_admin_url, pg_cluster, **kwargs):
    name = "u" + uuid.uuid4().hex[:10]
    password = "pw-" + uuid.uuid4().hex
    add_user(hub_admin_url, name, password, **kwargs)
    database = hub_admin_url.rsplit("/", 1)[1]
    return name, password, pg_cluster.url(database, user=name)


def test_a_role_limited_to_cainiao_cannot_push_ant_financials_figures(hub, hub_admin_url, pg_cluster, laptops,
                                                                        monkeypatch):
    manager, one = laptops(2)
    ant_program = program(manager, "Ant Financial", "Ant Forest")
    cainiao_program = program(manager, "Cainiao", "Green logistics")
    program(manager, "Cainiao Recycling", "Boxes")  # below Cainiao: allowed too
    from impact_desktop.storage import catalog
    recycling = catalog.find_business_unit(manager, "Cainiao Recycling")
    catalog.update_business_unit(manager, recycling.id, parent_id=catalog.find_business_unit(manager, "Cainiao").id)
    add_hours(manager, 1, ant_program)
    sync(manager, hub)
    name, password, url = person(hub_admin_url, pg_cluster, units=["Cainiao"])
    monkeypatch.setenv("PGPASSWORD", password)
    first = sync(one, url)
    assert first.rejected == 0
    seen = {row[0] for row in one.db.execute("SELECT name FROM business_units")}
    assert seen == {"Cainiao", "Cainiao Recycling"}  # the server hid Ant Financial
    assert one.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    # the laptop creates Ant Financial's figures anyway (its own copy of the unit): the hub refuses them
    own_ant = program(one, "Ant Financial", "Ant Forest")
    refused = add_hours(one, 500, own_ant)
    allowed = add_hours(one, 7, cainiao_program)
    below = add_hours(one, 3, program(one, "Cainiao Recycling", "Boxes"))
    result = sync(one)
    assert result.rejected >= 2  # the unit, its program, its entry
    rejected = {row[1] for row in rejected_rows(one)}
    assert refused in rejected and allowed not in rejected and below not in rejected
    assert one.db.execute("SELECT value_e4 FROM entries WHERE id = ?", [refused]).fetchone() == (5_000_000,)
    assert sync_status(one).rejected == result.rejected
    with psycopg.connect(url, password=password) as conn:
        visible = conn.execute("SELECT count(*) FROM impact_hub.rows WHERE tbl = 'entries'").fetchone()[0]
        assert visible == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # straight SQL is refused too
            conn.execute("UPDATE impact_hub.rows SET data = data || '{\"note\": \"x\"}' WHERE tbl = 'entries'"
                         " AND id = %s RETURNING 1", [refused]).fetchall()
            conn.execute("INSERT INTO impact_hub.rows (tbl, id, data, hlc, device_id) VALUES ('entries', 'x', "
                         "%s::jsonb, 1, 'd')", [f'{{"program_id": "{ant_program}"}}'])
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password)
    sync(manager)
    assert manager.db.execute("SELECT count(*) FROM entries WHERE id = ?", [refused]).fetchone()[0] == 0
    assert manager.db.execute("SELECT count(*) FROM entries WHERE id IN (?, ?)", [allowed, below]).fetchone()[0] == 2


def test_a_manager_reads_everything(hub, hub_admin_url, pg_cluster, laptops, monkeypatch):
    admin, one = laptops(2)
    add_hours(admin, 1, program(admin, "Ant Financial", "Ant Forest"))
    sync(admin, hub)
    _name, password, url = person(hub_admin_url, pg_cluster, units=["Cainiao"], manager=True)
    monkeypatch.setenv("PGPASSWORD", password)
    sync(one, url)
    assert one.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 1


def test_tls_verify_full_with_the_hubs_ca(hub, hub_admin_url, pg_cluster, laptops, tmp_path):
    assert pg_cluster.ca_file is not None, "openssl is needed to test TLS"
    database = hub_admin_url.rsplit("/", 1)[1]
    good = pg_cluster.url(database, password="", sslmode="verify-full", sslrootcert=str(pg_cluster.ca_file))
    assert check_hub(good) == HUB_SCHEMA_VERSION
    with psycopg.connect(good) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (True,)
    other_ca = tmp_path / "other.crt"
    import subprocess
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=x",
                    "-keyout", str(tmp_path / "k"), "-out", str(other_ca)], check=True, capture_output=True)
    with pytest.raises(HubError, match="Cannot reach the hub"):
        check_hub(pg_cluster.url(database, password="", sslmode="verify-full", sslrootcert=str(other_ca)))
    wrong_name = pg_cluster.url(database, password="", host="127.0.0.1", sslmode="verify-full",
                                sslrootcert=str(pg_cluster.ca_file))
    check_hub(wrong_name)  # the certificate names 127.0.0.1 too
    (one,) = laptops(1)
    assert sync(one, good).rejected == 0


def test_the_password_is_never_stored(hub_admin_url, pg_cluster, laptops, monkeypatch):
    from impact_desktop.storage.hub_admin import init_hub

    init_hub(hub_admin_url)  # the admin URL carries the password
    monkeypatch.delenv("PGPASSWORD", raising=False)
    (one,) = laptops(1)
    add_hours(one, 4, program(one))
    sync(one, hub_admin_url)
    stored = sync_status(one).hub
    assert pg_cluster.password not in stored and "hubadmin@" in stored
    one.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in one.path.parent.glob(one.path.name + "*"):
        assert pg_cluster.password.encode() not in path.read_bytes(), path
    with pytest.raises(HubError, match="password"):
        sync(one)  # remembered without the password: libpq's places (none set here) or the keyring
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password)
    assert sync(one).pushed == 0


def test_a_database_that_is_not_a_hub_is_refused(hub_admin_url, pg_cluster, laptops, monkeypatch):
    (one,) = laptops(1)
    with pytest.raises(HubError, match="not an Impact Desktop hub"):
        sync(one, hub_admin_url)
