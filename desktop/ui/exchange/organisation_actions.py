"""Sync → Organisation…, Join Organisation… and Waiting Parts…: the main window's actions for an
organisation and for parts that wait for their case, run on the catalogue thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop.ui.i18n import error_text
from desktop.ui.kit.plain_text import as_html
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.sync.service import SyncService
    from desktop.ui.exchange.organisation_dialog import OrganisationDialog, PendingPartsDialog


class OrganisationActions(QObject):
    """The actions, and the dialogs they open (kept until closed)."""

    def __init__(
        self, window: QWidget, menu: QMenu, tasks: TaskRunner, service: Callable[[], SyncService]
    ) -> None:
        super().__init__(window)
        self._window, self._tasks, self._service = window, tasks, service
        self.organisation_dialog: OrganisationDialog | None = None
        self.pending_dialog: PendingPartsDialog | None = None
        # Picks the certificate file to join with; a test answers instead of a person.
        self.choose_certificate: Callable[[], str] = self._choose_certificate
        # Says what went wrong; a test reads it instead of a person.
        self.warn: Callable[[str], None] = self._warn
        menu.addSeparator()
        self.organisation_action = self._add(menu, self.tr("&Organisation…"), self.show_organisation)
        self.join_action = self._add(menu, self.tr("&Join Organisation…"), self.join)
        self.pending_action = self._add(menu, self.tr("&Waiting Parts…"), self.show_pending)

    def _add(self, menu: QMenu, label: str, slot: Callable[[], None]) -> QAction:
        action = QAction(label, self._window)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # Organisation

    def show_organisation(self) -> None:
        """Every member's certificate and the revocations, as this device knows them."""
        self._tasks.run(lambda: self._service().organisation(), self._show_organisation)

    def _show_organisation(self, status: dict[str, Any]) -> None:
        from desktop.ui.exchange.organisation_dialog import OrganisationDialog  # with first use

        if self.organisation_dialog is None:
            self.organisation_dialog = OrganisationDialog(status, self._window)
            self.organisation_dialog.on_join = self.join
        else:
            self.organisation_dialog.set_status(status)
        self.organisation_dialog.show()
        self.organisation_dialog.raise_()

    def _choose_certificate(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Choose this device's certificate"),
            "",
            self.tr("Certificates (*.cert *.json);;All files (*)"),
        )
        return chosen

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._window, self.tr("Not joined"), as_html(text))

    def join(self) -> None:
        """Join an organisation with the certificate its administrator made for this device."""
        chosen = self.choose_certificate()
        if not chosen:
            return
        path = Path(chosen)

        def joined(_certificate: Any) -> None:
            self.show_organisation()  # the view now names this device's role and expiry

        def failed(error: Exception) -> None:
            self.warn(self.tr("The certificate was not taken: %1").replace("%1", error_text(error)))

        self._tasks.run(lambda: self._service().join_organisation(path), joined, failed)

    # Waiting parts

    def show_pending(self) -> None:
        """The parts of cases that wait for their case or file, with a way to clear them."""
        self._tasks.run(lambda: self._service().pending(), self._show_pending)

    def _show_pending(self, parts: list[dict[str, Any]]) -> None:
        from desktop.ui.exchange.organisation_dialog import PendingPartsDialog  # with first use

        if self.pending_dialog is None:
            self.pending_dialog = PendingPartsDialog(parts, self._window)
            self.pending_dialog.on_clear = self._clear_pending
        else:
            self.pending_dialog.set_parts(parts)
        self.pending_dialog.show()
        self.pending_dialog.raise_()

    def _clear_pending(self) -> None:
        def cleared(_count: int) -> None:
            self.show_pending()

        self._tasks.run(lambda: self._service().clear_pending(), cleared)
