"""The hub password kept in the system keyring: a typed password goes there, the next sync takes it from there,
and it is never written to the SQLite file or its settings. Without a keyring (no package, no Secret Service, a
session bus that never answers) the app says so quickly and libpq's places are used; a keyring that refuses is a
sentence, never a traceback.

The keyrings here are keyring's own ``KeyringBackend`` subclasses set with ``keyring.set_keyring`` (an in-memory
one, one that refuses everything) and, in child processes, whatever the real package finds there."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError, KeyringLocked, PasswordSetError

from impact_desktop.services.sync import remember_hub, sync, sync_status
from impact_desktop.storage.hub_admin import add_user
from impact_desktop.storage.hub_connect import (
    KEYRING_SERVICE,
    HubError,
    KeyringFailure,
    forget_password,
    keyring_account,
    keyring_available,
    parse_address,
    remember_password,
)
from tests.hub.helpers import add_hours, program

ROOT = Path(__file__).resolve().parents[2]
QUICK = 4.0  # seconds: the longest "is there a keyring?" may take, once, however D-Bus behaves
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")


class _Vault(dict):
    """What the keyring holds: (service, account) → password."""


class _MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self, vault):
        super().__init__()
        self.vault = vault

    def get_password(self, service, username):
        return self.vault.get((service, username))

    def set_password(self, service, username, password):
        self.vault[(service, username)] = password

    def delete_password(self, service, username):
        self.vault.pop((service, username), None)


class _RefusingKeyring(KeyringBackend):
    """A keyring that is there but refuses: a collection nobody unlocks, a backend error."""

    priority = 1

    def get_password(self, service, username):
        raise KeyringError("The collection is locked")

    def set_password(self, service, username, password):
        raise PasswordSetError("Failed to unlock the collection!")

    def delete_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection!")


@pytest.fixture
def use_keyring():
    """use_keyring(backend): keyring's current backend for this test."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.fixture
def vault(use_keyring):
    held = _Vault()
    use_keyring(_MemoryKeyring(held))
    return held


def _files_without(store, secret: str) -> None:
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in store.path.parent.glob(store.path.name + "*"):
        assert secret.encode() not in path.read_bytes(), path
    stored = store.db.execute("SELECT key, value FROM sync_state").fetchall()
    stored += store.db.execute("SELECT * FROM settings").fetchall()
    assert secret not in repr(stored)


@pytest.fixture
def person(hub, hub_admin_url, pg_cluster, monkeypatch):
    """(url, password) of a new manager whose password is in none of libpq's places."""
    name, password = "kr" + uuid.uuid4().hex[:8], "pw-" + uuid.uuid4().hex
    add_user(hub_admin_url, name, password, manager=True)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return pg_cluster.url(hub_admin_url.rsplit("/", 1)[-1].split("?")[0], user=name), password


def test_a_remembered_password_comes_from_the_keyring_and_never_lands_in_the_store(person, laptops, vault):
    url, password = person
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
    _files_without(one, password)

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


# -- the real package with no keyring behind it: quick, and libpq's places ------------------------------------------

def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """This process's environment with no session bus, no keyring chosen by hand and an empty config folder."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT), **extra)
    return env


_PROBE = """
import json, sys, threading, time
started = time.monotonic()
from impact_desktop.storage.hub_keyring import keyring_available
first = keyring_available()
first_seconds = time.monotonic() - started
started = time.monotonic()
second = keyring_available()
second_seconds = time.monotonic() - started
import keyring
backend = keyring.get_keyring() if not any(t.name == "keyring detection" for t in threading.enumerate()) else None
pushed = None
if len(sys.argv) > 1:
    from impact_desktop.services.sync import sync
    from impact_desktop.storage.database import open_store
    store = open_store(sys.argv[1], create=False)
    pushed = sync(store, sys.argv[2]).pushed
    store.close()
print(json.dumps({"first": first, "first_seconds": first_seconds, "second": second,
                  "second_seconds": second_seconds, "backend": type(backend).__module__ if backend else None,
                  "still_detecting": any(t.name == "keyring detection" for t in threading.enumerate()),
                  "pushed": pushed}))
"""


def _probe(env: dict[str, str], *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is the Linux keyring")
def test_with_no_secret_service_the_real_package_is_no_keyring_and_answers_at_once(tmp_path):
    seen = _probe(_clean_env(tmp_path))
    assert seen["backend"] == "keyring.backends.fail"  # what keyring itself settles on: nothing found
    assert seen["first"] is False and seen["second"] is False
    assert seen["first_seconds"] < QUICK and seen["second_seconds"] < 0.2, seen


class _SilentBus:
    """A D-Bus session bus that lets a client in (the SASL exchange) and then never answers a message."""

    def __init__(self, folder: Path):
        self.path = folder / "bus"
        self.server = socket.socket(socket.AF_UNIX)
        self.server.bind(str(self.path))
        self.server.listen(8)
        self.held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def address(self) -> str:
        return f"unix:path={self.path}"

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self.held.append(client)
            received = b""
            while b"BEGIN\r\n" not in received:
                data = client.recv(4096)
                if not data:
                    break
                received += data
                for line in data.split(b"\r\n"):
                    if line.lstrip(b"\0").startswith(b"AUTH"):
                        client.sendall(b"OK 0123456789abcdef0123456789abcdef\r\n")
                    elif line.startswith(b"NEGOTIATE_UNIX_FD"):
                        client.sendall(b"AGREE_UNIX_FD\r\n")

    def close(self) -> None:
        self.server.close()
        for client in self.held:
            client.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a D-Bus session bus is Linux's")
def test_a_session_bus_that_never_answers_is_no_keyring_within_seconds_and_sync_uses_libpq(tmp_path, hub, laptops):
    (one,) = laptops(1)
    add_hours(one, 2, program(one))
    one.close()
    bus = _SilentBus(tmp_path)
    try:
        seen = _probe(_clean_env(tmp_path, DBUS_SESSION_BUS_ADDRESS=bus.address), str(one.path), hub)
    finally:
        bus.close()
    assert seen["still_detecting"], "the bus answered: this test proves nothing"  # keyring alone would wait for ever
    assert seen["first"] is False and seen["second"] is False
    assert seen["first_seconds"] < QUICK and seen["second_seconds"] < 0.2, seen
    assert seen["pushed"] >= 1  # PGPASSWORD, as libpq does


# -- in the app ------------------------------------------------------------------------------------------------------



def _fill(dialog, url: str, password: str = "") -> None:
    params = parse_address(url)
    ui = dialog.ui
    ui.hostEdit.setText(params["host"])
    ui.portSpin.setValue(int(params["port"]))
    ui.databaseEdit.setText(params["dbname"])
    ui.userEdit.setText(params["user"])
    ui.passwordEdit.setText(password)


def test_without_a_keyring_the_dialog_greys_the_box_out_and_the_sync_takes_libpqs_password(
        qtbot, window, hub, use_keyring):
    use_keyring(fail.Keyring())  # what the real package picks on a machine with no Secret Service
    feature = window.hub
    add_hours(window.context.store, 2, program(window.context.store))
    dialog = feature.open_dialog()
    box = dialog.ui.keyringCheck
    assert not box.isEnabled() and not box.isChecked()  # while the keyring is looked for, off the UI thread
    qtbot.waitUntil(lambda: "No system keyring is available" in box.toolTip(), timeout=10_000)
    assert not box.isEnabled() and not box.isChecked()
    _fill(dialog, hub)
    dialog.ui.connectButton.click()
    qtbot.waitUntil(lambda: feature.task is None and feature.status_label.text().startswith("Synced"),
                    timeout=20_000)
    assert "keyring" not in dialog.ui.statusLabel.text()


def test_a_keyring_that_refuses_is_one_sentence_and_nothing_is_kept(person, laptops, use_keyring):
    url, password = person
    use_keyring(_RefusingKeyring())
    assert keyring_available()
    with pytest.raises(KeyringFailure, match=r"not kept in the system keyring \(Failed to unlock the collection!\)"):
        remember_password(url, password)
    with pytest.raises(KeyringFailure, match="could not be taken out of the system keyring"):
        forget_password(url)
    (one,) = laptops(1)
    add_hours(one, 1, program(one))
    remember_hub(one, url)
    with pytest.raises(HubError, match=r"could not be read from the system keyring \(The collection is locked\)"):
        sync(one)
    assert "system keyring" in sync_status(one).last_error  # the status bar's tooltip says why
    assert sync(one, password=password).pushed >= 1  # typed again: works, and still nothing kept anywhere
    _files_without(one, password)


def test_in_the_dialog_a_refusing_keyring_is_said_under_the_status_and_the_typed_password_syncs(
        qtbot, window, person, use_keyring):
    url, password = person
    use_keyring(_RefusingKeyring())
    feature = window.hub
    store = window.context.store
    add_hours(store, 2, program(store))
    dialog = feature.open_dialog()
    qtbot.waitUntil(lambda: dialog.ui.keyringCheck.isEnabled() and dialog.ui.keyringCheck.isChecked(),
                    timeout=10_000)
    _fill(dialog, url, password)
    dialog.ui.connectButton.click()
    qtbot.waitUntil(lambda: feature.task is None and "not kept in the system keyring" in dialog.ui.statusLabel.text()
                    and feature.status_label.text().startswith("Synced"), timeout=20_000)
    assert "Failed to unlock the collection" in dialog.ui.statusLabel.text()
    assert dialog.ui.passwordEdit.text() == ""
    _files_without(store, password)


def _connect_keeping_the_password(qtbot, feature, url: str, password: str):
    """Open the hub dialog, wait until its keyring box is ticked (the keyring is found off the UI
    thread), fill it in and connect; returns the dialog."""
    dialog = feature.open_dialog()
    qtbot.waitUntil(dialog.ui.keyringCheck.isChecked, timeout=10_000)
    _fill(dialog, url, password)
    dialog.ui.connectButton.click()
    return dialog


def test_in_the_dialog_a_ticked_box_keeps_the_password_in_the_keyring(qtbot, window, person, vault):
    url, password = person
    feature = window.hub
    dialog = _connect_keeping_the_password(qtbot, feature, url, password)
    qtbot.waitUntil(lambda: feature.task is None and "kept in the system keyring" in dialog.ui.statusLabel.text()
                    and feature.status_label.text().startswith("Synced"), timeout=20_000)
    assert vault == {(KEYRING_SERVICE, keyring_account(url)): password}
    _files_without(window.context.store, password)


def test_disconnecting_takes_the_kept_password_out_of_the_keyring(qtbot, window, person, vault):
    url, password = person
    feature = window.hub
    _connect_keeping_the_password(qtbot, feature, url, password)
    qtbot.waitUntil(lambda: feature.task is None and bool(vault), timeout=20_000)
    forgetting = feature.disconnect_hub()
    assert feature.status_label.text() == "Not connected to a team hub"
    qtbot.waitUntil(lambda: not vault, timeout=10_000)
    assert forgetting is not None


def test_a_keyring_refusing_to_forget_is_said_in_the_status_tooltip(qtbot, window, person, use_keyring):
    url, _password = person
    use_keyring(_RefusingKeyring())
    feature = window.hub
    remember_hub(window.context.store, url)
    feature.disconnect_hub()
    qtbot.waitUntil(lambda: "could not be taken out of the system keyring" in feature.status_label.toolTip(),
                    timeout=10_000)
    assert feature.status_label.text() == "Not connected to a team hub"


class _SlowForgettingKeyring(_MemoryKeyring):
    """A keyring whose forgetting waits for ``release`` (a locked one waiting for the user)."""

    def __init__(self, vault):
        super().__init__(vault)
        self.forgetting, self.release = threading.Event(), threading.Event()
        self.kept = 0

    def set_password(self, service, username, password):
        super().set_password(service, username, password)
        self.kept += 1

    def delete_password(self, service, username):
        self.forgetting.set()
        assert self.release.wait(20)
        super().delete_password(service, username)


def test_a_quick_disconnect_and_reconnect_keeps_the_new_password(qtbot, window, person, use_keyring):
    url, password = person
    held = _Vault()
    slow = _SlowForgettingKeyring(held)
    use_keyring(slow)
    feature = window.hub
    dialog = feature.open_dialog()
    qtbot.waitUntil(dialog.ui.keyringCheck.isChecked, timeout=10_000)  # the keyring, found off the UI thread
    _fill(dialog, url, password)
    dialog.ui.connectButton.click()
    qtbot.waitUntil(lambda: feature.task is None and slow.kept == 1, timeout=20_000)
    try:
        forgetting = feature.disconnect_hub()
        assert slow.forgetting.wait(10)  # the forget waits in the keyring
        _fill(dialog, url, password)
        dialog.ui.connectButton.click()  # box still ticked: keep it again
        qtbot.wait(500)  # time enough for a keeping on a worker of its own to get in first
    finally:
        slow.release.set()
    qtbot.waitUntil(lambda: forgetting.done and slow.kept == 2 and feature.task is None
                    and "kept in the system keyring" in dialog.ui.statusLabel.text(), timeout=20_000)
    assert held == {(KEYRING_SERVICE, keyring_account(url)): password}
