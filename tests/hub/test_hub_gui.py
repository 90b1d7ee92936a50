"""The team hub in the app: File → Team hub… connects and syncs off the UI thread, the status bar says
where things stand, an unreachable hub is a status, and the Conflicts page keeps either version."""

from __future__ import annotations

import pytest

from impact_desktop.services.sync import sync
from impact_desktop.storage.hub_connect import parse_address
from impact_desktop.storage.tables import update_row
from tests.hub.helpers import add_hours, program

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")




def test_connect_in_the_dialog_syncs_and_the_status_bar_counts(qtbot, window, hub, laptops):
    feature = window.hub
    assert feature.status_label.text() == "Not connected to a team hub"
    assert not feature.sync_action.isEnabled()
    store = window.context.store
    add_hours(store, 3, program(store))
    dialog = feature.open_dialog()
    params = parse_address(hub)
    ui = dialog.ui
    ui.hostEdit.setText(params["host"])
    ui.portSpin.setValue(int(params["port"]))
    ui.databaseEdit.setText(params["dbname"])
    ui.userEdit.setText(params["user"])
    with qtbot.waitSignal(dialog.test_connection().finished, timeout=20_000):
        pass
    assert "schema version" in ui.statusLabel.text()
    ui.connectButton.click()
    qtbot.waitUntil(lambda: feature.task is None and feature.status_label.text().startswith("Synced just now"),
                    timeout=20_000)
    assert feature.status_label.text() == "Synced just now"
    assert "password" not in (feature.status_label.toolTip() or "")

    # another laptop changes the same entry: the next sync shows one conflict, the page keeps either
    (other,) = laptops(1)
    sync(other, hub)
    entry = other.db.execute("SELECT id FROM entries").fetchone()[0]
    update_row(other, "entries", entry, {"note": "from the other laptop"})
    sync(other)
    update_row(store, "entries", entry, {"note": "mine"})
    window.context.notify("entries")
    assert "1 change waiting" in feature.status_label.text()
    feature.sync_action.trigger()
    qtbot.waitUntil(lambda: feature.task is None and "1 conflict" in feature.status_label.text(), timeout=20_000)
    window.show_page("conflicts")
    page = feature.page
    assert page.ui.conflictTable.rowCount() == 1
    page.ui.conflictTable.selectRow(0)
    assert page.ui.keepMineButton.isEnabled()
    page.ui.keepMineButton.click()
    assert store.db.execute("SELECT note FROM entries WHERE id = ?", [entry]).fetchone() == ("mine",)
    assert "conflict" not in feature.status_label.text()
    assert "2 changes waiting" in feature.status_label.text()  # the kept version and the resolution
    feature.sync_action.trigger()
    qtbot.waitUntil(lambda: feature.task is None, timeout=20_000)
    assert feature.status_label.text() == "Synced just now"
    sync(other)
    assert other.db.execute("SELECT note FROM entries WHERE id = ?", [entry]).fetchone() == ("mine",)


def test_an_unreachable_hub_is_a_status_not_a_dialog(qtbot, window):
    feature = window.hub
    feature.connect_hub("postgresql://ana@127.0.0.1:9/impact", "secret-typed")
    qtbot.waitUntil(lambda: feature.task is None, timeout=20_000)
    assert feature.status_label.text().startswith("Hub unreachable, changes kept")
    assert "Cannot reach the hub" in feature.status_label.toolTip()
    store = window.context.store
    for path in store.path.parent.glob(store.path.name + "*"):
        assert b"secret-typed" not in path.read_bytes()
    feature.disconnect_hub()
    assert feature.status_label.text() == "Not connected to a team hub"


def test_automatic_sync_is_off_by_default_and_follows_the_dialog(qtbot, window):
    feature = window.hub
    assert not feature.timer.isActive()
    feature.connect_hub("postgresql://ana@127.0.0.1:9/impact", "")
    dialog = feature.open_dialog()
    dialog.ui.autoSpin.setValue(3)
    dialog.ui.autoCheck.setChecked(True)
    assert feature.timer.isActive() and feature.timer.interval() == 180_000
    dialog.ui.autoCheck.setChecked(False)
    assert not feature.timer.isActive()
    qtbot.waitUntil(lambda: feature.task is None, timeout=20_000)


def test_a_running_sync_says_how_far_it_has_come(qtbot, window, hub, laptops):
    feature = window.hub
    store = window.context.store
    add_hours(store, 5, program(store))
    (other,) = laptops(1)
    sync(other, hub)
    add_hours(other, 4, program(other))
    sync(other)
    seen = []
    label, set_text = feature.status_label, feature.status_label.setText
    label.setText = lambda text: (seen.append(text), set_text(text))  # every text the status shows
    feature.connect_hub(hub, "")
    qtbot.waitUntil(lambda: feature.task is None, timeout=20_000)
    assert any(text.startswith("Syncing…") and " sent" in text for text in seen), seen
    assert any(" received" in text for text in seen), seen
    assert feature.status_label.text() == "Synced just now"
