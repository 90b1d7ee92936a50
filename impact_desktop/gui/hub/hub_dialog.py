"""File → Team hub…: connect to a hub, test the connection, see its status, disconnect.

The address is stored without the password. A typed password is used for this session
only, or kept in the system keyring when one is available and the box is ticked; it is
never written to the database, the settings or a log. Testing and keeping the password run
off the UI thread (the keyring may wait for the person to unlock it); whether the keyring
kept it is said under the status.

Signals:
    connectRequested(str, str): the address (no password) and the typed password ("" for
        none) the person chose to connect with; the hub feature stores it and syncs.
    disconnectRequested(): forget the hub.
    autoSyncChanged(int): minutes between automatic syncs, 0 for off.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QThreadPool, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.tasks import run_task
from impact_desktop.gui.generated.ui_hub_dialog import Ui_HubDialog
from impact_desktop.services import sync as sync_service


@functools.cache
def keyring_writes() -> QThreadPool:
    """The one worker thread that keeps and forgets hub passwords in the system keyring.

    Every keyring write (:meth:`HubDialog._remember_password`, the hub feature's disconnect)
    runs here, one at a time and in the order asked: on separate workers, a quick disconnect
    then reconnect with the box ticked could have the forget run after the remember and
    delete the new password while the dialog says it is kept.
    """
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


class HubDialog(QDialog):
    connectRequested = Signal(str, str)
    disconnectRequested = Signal()
    autoSyncChanged = Signal(int)

    def __init__(self, context: AppContext, status_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HubDialog()
        self.ui.setupUi(self)
        self._context = context
        self._test = None
        self._remember = None
        self._status = ""
        self._keyring_note = ""  # what the keyring said about the password, shown under the status
        ui = self.ui
        labels = {"disable": self.tr("Off (not encrypted)"), "prefer": self.tr("When the server offers it"),
                  "require": self.tr("Required, certificate not checked"),
                  "verify-ca": self.tr("Required, certificate checked"),
                  "verify-full": self.tr("Required, certificate and server name checked (recommended)")}
        for mode in sync_service.TLS_MODES:
            ui.tlsCombo.addItem(labels[mode], mode)
        # Finding the keyring may wait on D-Bus (up to 2 s the first time): asked off the UI thread.
        ui.keyringCheck.setEnabled(False)
        ui.keyringCheck.setChecked(False)
        ui.keyringCheck.setToolTip(self.tr("Looking for a system keyring…"))
        self._keyring_probe = run_task(lambda _progress: sync_service.keyring_available(), parent=self)
        self._keyring_probe.succeeded.connect(self._keyring_found)
        self._keyring_probe.failed.connect(lambda _sentence: self._keyring_found(False))
        ui.caButton.clicked.connect(self._browse_ca)
        ui.testButton.clicked.connect(self.test_connection)
        ui.connectButton.clicked.connect(self._connect)
        ui.disconnectButton.clicked.connect(self._disconnect)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        ui.autoCheck.toggled.connect(self._auto_changed)
        ui.autoSpin.valueChanged.connect(self._auto_changed)
        self.load()
        self.set_status(status_text)

    @Slot(object)
    def _keyring_found(self, available: bool) -> None:
        box = self.ui.keyringCheck
        box.setEnabled(available)
        box.setChecked(available)
        box.setToolTip("" if available else self.tr("No system keyring is available: a typed password is used "
                                                    "until the app closes, or put it in ~/.pgpass"))

    def load(self) -> None:
        store = self._context.store
        address = sync_service.HubAddress.parse(sync_service.hub_address(store))
        ui = self.ui
        ui.hostEdit.setText(address.host)
        ui.portSpin.setValue(address.port)
        ui.databaseEdit.setText(address.database)
        ui.userEdit.setText(address.user)
        ui.caEdit.setText(address.ca_file)
        index = ui.tlsCombo.findData(address.sslmode if address.sslmode in sync_service.TLS_MODES else "prefer")
        ui.tlsCombo.setCurrentIndex(max(index, 0))
        minutes = sync_service.auto_sync_minutes(store)
        ui.autoCheck.blockSignals(True)
        ui.autoCheck.setChecked(minutes is not None)
        ui.autoCheck.blockSignals(False)
        ui.autoSpin.setValue(minutes or 5)
        ui.disconnectButton.setEnabled(sync_service.hub_address(store) is not None)

    def address(self) -> sync_service.HubAddress:
        ui = self.ui
        return sync_service.HubAddress(host=ui.hostEdit.text(), port=ui.portSpin.value(),
                                       database=ui.databaseEdit.text(), user=ui.userEdit.text(),
                                       sslmode=ui.tlsCombo.currentData(), ca_file=ui.caEdit.text())

    def set_status(self, text: str) -> None:
        self._status = text
        self.ui.statusLabel.setText("\n".join(part for part in (text, self._keyring_note) if part))

    def _keyring_said(self, text: str) -> None:
        self._keyring_note = text
        self.set_status(self._status)

    @Slot()
    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The hub's CA certificate"), self.ui.caEdit.text(),
                                              self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.ui.caEdit.setText(path)

    @Slot()
    def test_connection(self):
        """Connect and check the hub schema off the UI thread; the result goes to the status box."""
        try:
            url = self.address().url()
        except sync_service.HubError as exc:
            self.set_status(str(exc))
            return None
        password = self.ui.passwordEdit.text() or None
        self.set_status(self.tr("Testing the connection…"))
        self.ui.testButton.setEnabled(False)
        self._test = run_task(lambda _progress: sync_service.check_hub(url, password), parent=self)
        self._test.succeeded.connect(
            lambda version: self.set_status(self.tr("Connected: the hub answers (schema version %1).")
                                            .replace("%1", str(version))))
        self._test.failed.connect(self.set_status)
        self._test.finished.connect(lambda: self.ui.testButton.setEnabled(True))
        return self._test

    @Slot()
    def _connect(self) -> None:
        try:
            url = self.address().url()
        except sync_service.HubError as exc:
            self.set_status(str(exc))
            return
        password = self.ui.passwordEdit.text()
        if password and self.ui.keyringCheck.isChecked() and self.ui.keyringCheck.isEnabled():
            self._remember_password(url, password)
        self.ui.passwordEdit.clear()
        self.ui.disconnectButton.setEnabled(True)
        self.connectRequested.emit(url, password)

    def _remember_password(self, url: str, password: str):
        """Put the password in the keyring off the UI thread; its answer goes under the status."""
        self._keyring_said(self.tr("Keeping the password in the system keyring…"))
        self._remember = run_task(lambda _progress: sync_service.remember_password(url, password), parent=self,
                                  pool=keyring_writes())
        self._remember.succeeded.connect(lambda kept: self._keyring_said(
            self.tr("The password is kept in the system keyring.") if kept else
            self.tr("No system keyring is available: the password is used until the app closes.")))
        self._remember.failed.connect(self._keyring_said)
        return self._remember

    @Slot()
    def _disconnect(self) -> None:
        self.disconnectRequested.emit()
        self.ui.disconnectButton.setEnabled(False)

    @Slot()
    def _auto_changed(self, *_args) -> None:
        self.autoSyncChanged.emit(self.ui.autoSpin.value() if self.ui.autoCheck.isChecked() else 0)
