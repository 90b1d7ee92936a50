"""The team hub in the main window: File → Team hub…, a Sync action, a status, the Conflicts page.

A sync runs on a worker thread with its own connection to the database (the window never
freezes); an unreachable hub is a status ("hub unreachable, changes kept"), not an error
dialog. Automatic sync, off by default, runs every few minutes while connected.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from impact_desktop.gui.common.context import AppContext
from impact_desktop.gui.common.tasks import Task, run_task
from impact_desktop.gui.hub.conflicts_page import ConflictsPage
from impact_desktop.gui.hub.hub_dialog import HubDialog, keyring_writes
from impact_desktop.gui.shell.icons import icon
from impact_desktop.services import sync as sync_service

translate = QCoreApplication.translate
_TOPICS = ("entries", "catalog", "rates", "targets", "settings", "imports")


def status_text(status: sync_service.SyncStatus) -> str:
    """"Synced 2 min ago · 3 changes waiting · 1 conflict" (or "Not connected to a team hub")."""
    if status.hub is None:
        return translate("HubFeature", "Not connected to a team hub")
    minutes = sync_service.minutes_since(status.last_sync)
    if status.last_error:
        parts = [translate("HubFeature", "Hub unreachable, changes kept")]
    elif minutes is None:
        parts = [translate("HubFeature", "Not synced yet")]
    elif minutes == 0:
        parts = [translate("HubFeature", "Synced just now")]
    else:
        parts = [translate("HubFeature", "Synced %1 min ago").replace("%1", str(minutes))]
    if status.waiting:
        parts.append(translate("HubFeature", "1 change waiting") if status.waiting == 1 else
                     translate("HubFeature", "%1 changes waiting").replace("%1", f"{status.waiting:,}"))
    if status.conflicts:
        parts.append(translate("HubFeature", "1 conflict") if status.conflicts == 1 else
                     translate("HubFeature", "%1 conflicts").replace("%1", str(status.conflicts)))
    if status.rejected:
        parts.append(translate("HubFeature", "%1 refused by the hub").replace("%1", str(status.rejected)))
    return " · ".join(parts)


class HubFeature(QObject):
    """Owns the hub actions, the status label, the automatic-sync timer and the running sync."""

    def __init__(self, window, context: AppContext):
        super().__init__(window)
        self._window = window
        self._context = context
        self._password = ""  # typed in the dialog: this session only, never stored
        self.task: Task | None = None
        self._progress: dict[str, str] = {}  # "push"/"pull" → "1,200 sent" while a sync runs
        self.dialog: HubDialog | None = None
        self.page = ConflictsPage(context)
        self.page.resolved.connect(self.refresh_status)
        self.hub_action = QAction(translate("HubFeature", "Team &hub…"), window)
        self.hub_action.setObjectName("actionTeamHub")
        self.hub_action.setStatusTip(translate("HubFeature", "Connect this laptop to the team hub"))
        self.hub_action.triggered.connect(self.open_dialog)
        self.sync_action = QAction(icon("sync"), translate("HubFeature", "Sync"), window)
        self.sync_action.setObjectName("actionSync")
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.setToolTip(translate("HubFeature", "Send your changes to the team hub and bring back "
                                                            "everyone else's (F9)"))
        self.sync_action.triggered.connect(self.sync_now)
        self.status_label = QLabel(window)
        self.status_label.setObjectName("hubStatus")
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._auto_sync)
        self.minute = QTimer(self)  # "Synced 2 min ago" keeps counting
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self.refresh_status)
        self.minute.start()
        context.events.changed.connect(self._data_changed)
        self.refresh_status()
        self._apply_timer()

    # -- status -----------------------------------------------------------------------

    @Slot()
    def refresh_status(self) -> None:
        store = self._context.store
        if store.closed:
            return
        status = sync_service.sync_status(store)
        text = status_text(status)
        if self.task is not None:
            text = " · ".join([translate("HubFeature", "Syncing…"), *self._progress.values()])
        self.status_label.setText(text)
        self.status_label.setToolTip(status.last_error or (status.hub or ""))
        self.sync_action.setEnabled(status.hub is not None and self.task is None)
        if self.dialog is not None:
            self.dialog.set_status(text if not status.last_error else f"{text}\n{status.last_error}")

    @Slot(str)
    def _data_changed(self, topic: str) -> None:
        if topic == "database":
            self._password = ""
            self._apply_timer()
        self.refresh_status()

    # -- actions ----------------------------------------------------------------------

    @Slot()
    def open_dialog(self) -> HubDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        self.dialog = HubDialog(self._context, self.status_label.text(), self._window)
        self.dialog.connectRequested.connect(self.connect_hub)
        self.dialog.disconnectRequested.connect(self.disconnect_hub)
        self.dialog.autoSyncChanged.connect(self.set_auto_sync)
        self.dialog.show()
        return self.dialog

    @Slot(str, str)
    def connect_hub(self, url: str, password: str) -> Task | None:
        sync_service.remember_hub_fresh(self._context.store, url)
        self._password = password
        self._apply_timer()
        return self.sync_now()

    @Slot()
    def disconnect_hub(self) -> Task | None:
        """Forget the hub's address and the password typed or kept in the system keyring for it.

        The keyring is asked on the keyring's own worker thread (a locked one may wait for
        the user), after any keeping asked before (see ``keyring_writes``); if it
        refuses, its sentence goes into the status's tooltip. Returns that task, if any.
        """
        address = sync_service.hub_address(self._context.store)
        sync_service.forget_hub(self._context.store)
        self._password = ""
        self._apply_timer()
        self.refresh_status()
        if not address:
            return None
        return run_task(lambda _progress: sync_service.forget_password(address),
                        on_failure=self.status_label.setToolTip, parent=self, pool=keyring_writes())

    @Slot(int)
    def set_auto_sync(self, minutes: int) -> None:
        sync_service.set_auto_sync(self._context.store, minutes or None)
        self._apply_timer()

    def _apply_timer(self) -> None:
        store = self._context.store
        minutes = None if store.closed else sync_service.auto_sync_minutes(store)
        if minutes and sync_service.hub_address(store):
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    @Slot()
    def _auto_sync(self) -> None:
        if self.task is None:
            self.sync_now()

    @Slot()
    def sync_now(self) -> Task | None:
        """Start a sync on a worker thread (its own connection to the file); None if one runs or no hub."""
        store = self._context.store
        if self.task is not None or store.closed or not sync_service.hub_address(store):
            return None
        path, password = store.path, self._password or None

        def work(progress):
            return sync_service.sync_file(path, password=password,
                                          progress=lambda phase, done: progress.report(done, 0, phase))

        self._progress = {}
        self.task = run_task(work, parent=self)
        self.task.progressed.connect(self._progressed)
        self.task.finished.connect(self._finished)
        self.task.succeeded.connect(self._succeeded)
        self.refresh_status()
        return self.task

    @Slot(object)
    def _succeeded(self, result: sync_service.SyncResult) -> None:
        if result.pulled:
            for topic in _TOPICS:
                self._context.notify(topic)

    @Slot(int, int, str)
    def _progressed(self, done: int, _total: int, phase: str) -> None:
        """"Syncing… · 1,200 sent · 40,000 received": a long first sync shows it is moving."""
        words = {"push": translate("HubFeature", "%1 sent"), "pull": translate("HubFeature", "%1 received")}
        if phase in words:
            self._progress[phase] = words[phase].replace("%1", f"{done:,}")
            self.refresh_status()

    @Slot()
    def _finished(self) -> None:
        self.task = None
        self._progress = {}
        self.refresh_status()  # a failure is in the store's status: "hub unreachable, changes kept"


def install(window, context: AppContext) -> HubFeature:
    """File → Team hub…, toolbar Sync (F9), the status-bar status and the Conflicts page."""
    feature = HubFeature(window, context)
    file_menu = window.menu("file")
    quit_action = next((action for action in file_menu.actions() if action.objectName() == "actionQuit"), None)
    if quit_action is not None:
        file_menu.insertAction(quit_action, feature.hub_action)
        file_menu.insertAction(quit_action, feature.sync_action)
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addActions([feature.hub_action, feature.sync_action])
    window.toolbar.addAction(feature.sync_action)
    window.statusBar().addPermanentWidget(feature.status_label)
    window.add_page("conflicts", translate("Pages", "Conflicts"), feature.page, icon("warning"))
    window.hub = feature
    return feature
