"""The hub password kept in the system keyring: a typed password goes there, the next sync takes it from there,
and it is never written to the SQLite file or its settings. Without the ``keyring`` package (it is not a
dependency) the app says so and asks again.

The keyring here is an in-memory backend in this process: keyring's own ``KeyringBackend`` subclass set with
``keyring.set_keyring`` when the package is installed, else a stand-in module with the same functions."""

from __future__ import annotations

import sys
import types
import uuid

import pytest

from impact_desktop.services.sync import remember_hub, sync, sync_status
from impact_desktop.storage.hub_admin import add_user
from impact_desktop.storage.hub_connect import (
    KEYRING_SERVICE,
    HubError,
    forget_password,
    keyring_account,
    keyring_available,
    remember_password,
)
from tests.hub.helpers import add_hours, program


class _Vault(dict):
    """What the keyring holds: (service, account) → password."""


def _package_keyring(vault):
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return vault.get((service, username))

        def set_password(self, service, username, password):
            vault[(service, username)] = password

        def delete_password(self, service, username):
            vault.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    return lambda: keyring.set_keyring(previous)


def _stand_in(monkeypatch, vault):
    module = types.ModuleType("keyring")
    backends = types.ModuleType("keyring.backends")
    fail = types.ModuleType("keyring.backends.fail")

    class FailKeyring:  # what keyring returns when no system keyring is there
        pass

    class MemoryKeyring:
        pass

    fail.Keyring = FailKeyring
    backends.fail = fail
    module.backends = backends
    module.get_keyring = lambda: MemoryKeyring()
    module.get_password = lambda service, username: vault.get((service, username))
    module.set_password = lambda service, username, password: vault.__setitem__((service, username), password)
    module.delete_password = lambda service, username: vault.pop((service, username), None)
    for name, value in (("keyring", module), ("keyring.backends", backends), ("keyring.backends.fail", fail)):
        monkeypatch.setitem(sys.modules, name, value)
    return lambda: None


@pytest.fixture
def vault(monkeypatch):
    held = _Vault()
    try:
        import keyring  # noqa: F401
    except ImportError:
        restore = _stand_in(monkeypatch, held)
    else:
        restore = _package_keyring(held)
    yield held
    restore()


def test_a_remembered_password_comes_from_the_keyring_and_never_lands_in_the_store(
        hub, hub_admin_url, pg_cluster, laptops, monkeypatch, vault):
    name, password = "kr" + uuid.uuid4().hex[:8], "pw-" + uuid.uuid4().hex
    add_user(hub_admin_url, name, password, manager=True)
    url = pg_cluster.url(hub_admin_url.rsplit("/", 1)[-1].split("?")[0], user=name)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    (one,) = laptops(1)
    add_hours(one, 4, program(one))
    remember_hub(one, url)
    with pytest.raises(HubError, match="password"):
        sync(one)  # nothing in libpq's places nor in the keyring yet

    assert keyring_available()
    assert remember_password(url, password)
    assert vault == {(KEYRING_SERVICE, keyring_account(url)): password}
    assert sync(one).pushed >= 1  # the password came from the keyring
    assert password not in (sync_status(one).hub or "")
    one.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in one.path.parent.glob(one.path.name + "*"):
        assert password.encode() not in path.read_bytes(), path
    stored = one.db.execute("SELECT key, value FROM sync_state").fetchall()
    stored += one.db.execute("SELECT * FROM settings").fetchall()
    assert password not in repr(stored)

    forget_password(url)
    assert vault == {}
    with pytest.raises(HubError, match="password"):
        sync(one)


def test_without_the_keyring_package_a_password_is_not_remembered_and_asked_for_again(
        hub, laptops, monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring raises ImportError
    assert not keyring_available()
    assert not remember_password(hub, "secret")
    forget_password(hub)  # nothing to forget: no error
    monkeypatch.delenv("PGPASSWORD", raising=False)
    (one,) = laptops(1)
    with pytest.raises(HubError, match="password"):
        sync(one, hub)
