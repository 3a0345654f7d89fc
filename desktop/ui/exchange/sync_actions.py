"""The Sync menu's work: bundles imported (after a preview) and exported, conflicts, devices, the sync
folder, and the warning when this catalogue holds edits stamped ahead of the clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QStatusBar, QWidget

from desktop.ui.i18n import error_text
from desktop.ui.kit.plain_text import as_html
from desktop.ui.settings import settings

if TYPE_CHECKING:
    from desktop.store.drift import FutureStamps
    from desktop.sync.service import ImportReport, SyncService
    from desktop.ui.exchange.conflicts_dialog import ConflictsDialog
    from desktop.ui.exchange.devices_dialog import DevicesDialog
    from desktop.ui.kit.long_work import LongWork
    from desktop.ui.tasks import CatalogueAccess, TaskRunner

_DeviceFacts = tuple[dict[str, str], list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]


# How long after the search engine is up the window looks for edits stamped far ahead.
CLOCK_CHECK_DELAY_MS = 3000


class SyncActions(QObject):
    """Exchanges through bundles and the sync folder; `changed` after anything that may have changed
    records no search asked for (an import, a sync-folder run, a resolved conflict, a clock repair)."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        tasks: TaskRunner,
        access: CatalogueAccess,
        work: LongWork,
        status: QStatusBar,
        shown_case: Callable[[], tuple[str, str] | None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self._access = access
        self._work = work
        self._status = status
        self._shown_case = shown_case
        self._sync: SyncService | None = None
        self._waiting_files: list[str] = []
        self.conflicts_dialog: ConflictsDialog | None = None
        self.devices_dialog: DevicesDialog | None = None

    def service(self) -> SyncService:
        """The sync service, made on the worker (it uses the catalogue's connection)."""
        if self._sync is None:
            from desktop.sync.service import SyncService

            self._sync = SyncService(self._access())
        return self._sync

    def add_actions(self, menu: QMenu) -> None:
        """The Sync menu's actions."""
        for label, shortcut, slot in (
            (self.tr("&Import Bundle…"), "Ctrl+I", self.choose_bundles),
            (self.tr("&Export Bundle…"), "Ctrl+Shift+E", self.export_bundle),
            (self.tr("&Conflicts…"), "", self.show_conflicts),
            (self.tr("&Devices and History…"), "", self.show_devices),
            (self.tr("Choose Sync &Folder…"), "", self.choose_sync_folder),
            (self.tr("&Sync Now"), "F5", self.sync_folder_now),
        ):
            action = menu.addAction(label)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))

    def catalogue_ready(self) -> None:
        """Open the bundles that came before the catalogue, then sync with the sync folder, if any."""
        waiting, self._waiting_files = self._waiting_files, []
        if waiting:
            self.open_files(waiting)
        if settings("sync").value("folder"):
            self.sync_folder_now()

    def choose_bundles(self) -> None:
        """Ask for bundle files and open their import previews."""
        from desktop.ui.kit.folders import remember_folder, start_folder

        paths, _ = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Import bundles"),
            str(start_folder("bundles")),
            self.tr("LEAPS bundles (*.leaps)"),
        )
        if paths:
            remember_folder("bundles", Path(paths[0]))
        self.open_files(paths)

    def open_files(self, paths: list[str]) -> None:
        """Open the import preview of each bundle (dropped, double-clicked or given on the command line)."""
        bundles = [p for p in paths if is_bundle(p)]
        if self._access() is None:
            self._waiting_files += bundles
            return
        for path in bundles:
            self._preview_bundle(path)

    def _preview_bundle(self, path: str) -> None:
        def verify() -> tuple[Any, ImportReport, list[Any]]:
            from desktop.catalogue.duplicates import incoming_duplicates

            sync = self.service()
            bundle = sync.open(Path(path))  # a signer not trusted yet: only the manifest is read
            return bundle, sync.preview(bundle), incoming_duplicates(sync.catalogue, bundle.records)

        self._work.set_busy(True)
        self._status.showMessage(self.tr("Checking %s…") % Path(path).name)
        self._tasks.run(verify, self._ask_to_import, self.refused)

    def refused(self, error: Exception) -> None:
        """Say why the work on a bundle (or the sync folder) stopped."""
        from desktop.store.errors import CancelledError

        self._work.set_busy(False)
        self._status.clearMessage()
        if isinstance(error, CancelledError):
            self._status.showMessage(error_text(error), 10000)
            return
        QMessageBox.warning(self._parent, self.tr("Bundle not imported"), as_html(error_text(error)))

    def _ask_to_import(self, checked: tuple[Any, ImportReport, list[Any]]) -> None:
        from desktop.ui.exchange.sync_dialogs import ImportPreviewDialog

        self._work.set_busy(False)
        self._status.clearMessage()
        bundle, report, alike = checked
        own = self._sync.device_id if self._sync is not None else ""
        dialog = ImportPreviewDialog(report, self._parent, own, alike)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.trust is None:
            return
        trust = dialog.trust
        progress = self._tasks.progress_callback(self.tr("Importing %s") % Path(report.file).name)
        flag = self._work.start_cancellable()
        self._tasks.run(
            lambda: self.service().import_bundle(bundle, trust, progress, flag), self._imported, self.refused
        )

    def _imported(self, report: ImportReport) -> None:
        self._work.set_busy(False)
        counts = report.counts
        self._status.showMessage(
            self.tr("Imported: %d new, %d updated, %d conflicts, %d deletions")
            % (counts["new"], counts["updated"], counts["conflicts"], counts["deletions"]),
            10000,
        )
        self.changed.emit()

    def export_bundle(self) -> None:
        """Choose what to export and where, then write the bundle in the background."""
        if self._access() is None:
            return
        from desktop.plans.sharing import sharing_counts

        self._tasks.run(
            lambda: (self.service().peers(), sharing_counts(self.service().db)),
            lambda found: self._ask_export(*found),
        )

    def _ask_export(self, peers: list[dict[str, Any]], sharing: dict[str, int] | None = None) -> None:
        from desktop.ui.exchange.sync_dialogs import ExportDialog

        levels = sharing or {}
        note = ""
        if levels.get("private") or levels.get("outcomes"):
            note = self.tr(
                "Plans: {private} private (they stay on this device), {outcomes} shared as outcomes only "
                "(no notes, stakeholders or budgets), {organisation} shared whole."
            ).format(
                private=levels.get("private", 0),
                outcomes=levels.get("outcomes", 0),
                organisation=levels.get("organisation", 0),
            )
        dialog = ExportDialog(peers, self._shown_case(), self._parent, sharing_note=note)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options, target = dialog.options(), dialog.target()
        progress = self._tasks.progress_callback(self.tr("Exporting {file}").format(file=target.name))
        flag = self._work.start_cancellable()
        self._tasks.run(
            lambda: self.service().export(target, **options, progress=progress, cancelled=flag),
            self._exported,
            self.refused,
        )

    def _exported(self, paths: list[Path]) -> None:
        self._work.set_busy(False)
        names = ", ".join(p.name for p in paths)
        self._status.showMessage(self.tr("Wrote %s") % names, 10000)

    def show_conflicts(self) -> None:
        """List open conflicts and settle them one by one."""
        if self._access() is None:
            return
        from desktop.ui.exchange.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self._parent)
        self.conflicts_dialog = dialog

        def refresh() -> None:
            self._tasks.run(lambda: self.service().conflicts(), dialog.set_conflicts)

        def resolve(conflict_id: str, keep: str, merged: Any) -> None:
            def done(_result: Any) -> None:
                refresh()
                self.changed.emit()

            self._tasks.run(lambda: self.service().resolve(conflict_id, keep, merged), done, self.refused)

        dialog.on_resolve = resolve
        refresh()
        dialog.show()

    def show_devices(self) -> None:
        """This device, known devices with their trust, and the history of bundles."""
        if self._access() is None:
            return

        def gather() -> _DeviceFacts:
            from desktop.sync.org import Membership

            sync = self.service()
            return sync.device(), sync.peers(), sync.history(), Membership(sync.db).status()

        self._tasks.run(gather, self._show_devices)

    def _show_devices(self, found: _DeviceFacts) -> None:
        from desktop.ui.exchange.devices_dialog import DevicesDialog

        dialog = DevicesDialog(*found, parent=self._parent)
        dialog.on_trust = lambda key, level: self._tasks.run(lambda: self.service().trust(key, level))
        dialog.on_forget = lambda key: self._tasks.run(lambda: self.service().forget(key))
        self.devices_dialog = dialog
        dialog.show()

    def choose_sync_folder(self) -> None:
        """Pick the folder (USB stick, share, synced folder) that bundles are exchanged through."""
        folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Choose the sync folder"))
        if folder:
            settings("sync").setValue("folder", folder)
            self.sync_folder_now()

    def sync_folder_now(self) -> None:
        """Import new bundles from the sync folder and write this device's bundle there."""
        folder = settings("sync").value("folder")
        if self._access() is None or not folder:
            if not folder:
                self.choose_sync_folder()
            return
        self._work.set_busy(True)
        self._status.showMessage(self.tr("Syncing with %s…") % folder)
        labels = {"import": self.tr("Importing %s"), "export": self.tr("Writing %s")}

        def progress_for(kind: str, name: str) -> Callable[[int, int], None]:
            return self._tasks.progress_callback(labels[kind] % name)

        self._tasks.run(
            lambda: self.service().sync_folder(Path(str(folder)), progress_for=progress_for),
            self._synced,
            self.refused,
        )

    def _synced(self, result: dict[str, Any]) -> None:
        self._work.set_busy(False)
        message = self.tr("Sync folder: %d bundle(s) imported") % len(result["imported"])
        if result["refused"]:
            message += " · " + self.tr("%d refused (import them by hand to decide about their signer)") % len(
                result["refused"]
            )
            message += ": " + ", ".join(Path(refused["file"]).name for refused in result["refused"])
        self._status.showMessage(message, 15000)
        self.changed.emit()

    def check_clock(self) -> None:
        """Look for edits stamped far ahead, which would make other devices refuse this one's bundles."""
        # It can wait: it reads every record's stamps (70 ms at 10,000 cases), and the searches a
        # person types as the window opens go first.
        QTimer.singleShot(CLOCK_CHECK_DELAY_MS, self, self._check_clock_when_idle)

    def _check_clock_when_idle(self) -> None:
        catalogue = self._access()
        if catalogue is not None:
            self._tasks.run_when_idle(catalogue.future_stamps, self._clock_checked, lambda _error: None)

    def _clock_checked(self, found: FutureStamps) -> None:
        """Say so when edits stamped far ahead would make other devices refuse this one's bundles."""
        catalogue = self._access()
        if not found or catalogue is None:
            return
        from desktop.store.replica import iso_time

        newest = iso_time(found.newest or catalogue.writer.clock.last.encode())
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Clock ahead"),
            self.tr(
                "This catalogue holds edits stamped up to {time}, more than a day ahead of this "
                "computer's clock. Other devices refuse them, and this device's bundles, until they "
                "are repaired. Check the computer's date, then repair: the values stay, they are "
                "stamped again as this device's edits now (`leaps repair-clock` does the same)."
            ).format(time=newest),
            parent=self._parent,
        )
        repair = box.addButton(self.tr("&Repair now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        catalogue = self._access()
        if box.clickedButton() is repair and catalogue is not None:
            self._tasks.run(catalogue.repair_clock, lambda _touched: self.changed.emit(), self.refused)


def is_bundle(path: str) -> bool:
    """Whether a file is a `.leaps` bundle, by its name."""
    return path.lower().endswith(".leaps")
