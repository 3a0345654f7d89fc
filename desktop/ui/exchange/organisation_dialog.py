"""The organisation as this device knows it: the members' certificates (name, role, expiry) and the
revocations, with a way to join; and the parts of cases that wait for their case, with a way to
clear them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.labels import choice_label
from desktop.text.outside_text import visible_controls
from desktop.ui.kit.plain_text import PlainLabel


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """Put rows of text in a table; text from elsewhere shows its direction controls by name."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(visible_controls(value)))


def _day(iso_time: str) -> str:
    return iso_time[:10]


class OrganisationDialog(QDialog):
    """Sync → Organisation…: the organisations trusted, every member's certificate, the revocations."""

    def __init__(self, status: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation"))
        self.resize(720, 480)
        # Set by the window: asks for a certificate file and joins with it.
        self.on_join: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Members")))
        self.members = _table(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Expires"),
                self.tr("Status"),
                self.tr("Key fingerprint"),
            ]
        )
        layout.addWidget(self.members, 3)
        layout.addWidget(QLabel(self.tr("Revocations")))
        self.revocations = _table([self.tr("Device"), self.tr("Revoked on"), self.tr("Key fingerprint")])
        layout.addWidget(self.revocations, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.join_button = QPushButton(self.tr("&Join Organisation…"))
        self.join_button.clicked.connect(lambda: self.on_join() if self.on_join else None)
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_status(status)

    def set_status(self, status: dict[str, Any]) -> None:
        """Show what `Membership.status()` says."""
        self.summary.setText(self._summary(status))
        statuses = {"valid": self.tr("valid"), "expired": self.tr("expired"), "revoked": self.tr("revoked")}
        _fill(
            self.members,
            [
                [
                    member["name"],
                    choice_label(member["role"]),
                    _day(member["not_after"]),
                    statuses.get(member["status"], member["status"]),
                    member["fingerprint"],
                ]
                for member in status["members"]
            ],
        )
        names = {member["device_id"]: member["name"] for member in status["members"]}
        _fill(
            self.revocations,
            [
                [names.get(r["device_id"]) or r["device_id"], _day(r["at"]), r["public_key"][:16] + "…"]
                for r in status["revoked"]
            ],
        )

    def _summary(self, status: dict[str, Any]) -> str:
        if not status["organisations"]:
            return self.tr(
                "No organisation: each device is trusted one by one. Join one with the certificate its "
                "administrator made for this device."
            )
        names = ", ".join(root["name"] for root in status["organisations"])
        own = status["certificate"]
        if own is None:
            return self.tr("Trusting %1 · this device has no certificate").replace("%1", names)
        return (
            self.tr("Trusting %1 · this device: %2 until %3")
            .replace("%1", names)
            .replace(
                "%2",
                choice_label(own["role"]),
            )
            .replace("%3", _day(own["not_after"]))
        )


class PendingPartsDialog(QDialog):
    """Sync → Waiting Parts…: parts of cases (and attachments) that wait for their case or file."""

    def __init__(self, parts: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waiting Parts"))
        self.resize(640, 400)
        # Set by the window: drops every waiting part, then calls back with how many.
        self.on_clear: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = _table(
            [self.tr("Part"), self.tr("Record"), self.tr("Waits for"), self.tr("Waiting since")]
        )
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.clear_button = QPushButton(self.tr("C&lear All…"))
        self.clear_button.clicked.connect(self._clear)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Asked before clearing; a test answers instead of a person.
        self.confirm: Callable[[int], bool] = self._confirm
        self.set_parts(parts)

    def set_parts(self, parts: list[dict[str, Any]]) -> None:
        """Show the waiting parts, the oldest first."""
        kinds = {
            "components": self.tr("component"),
            "sources": self.tr("source"),
            "attachments": self.tr("attachment"),
        }
        _fill(
            self.table,
            [
                [
                    kinds.get(part["record_type"], part["record_type"]),
                    part["record_id"],
                    self._waits_for(part["waits_for"]),
                    part["parked_at"].replace("T", " ")[:16],
                ]
                for part in parts
            ],
        )
        self.summary.setText(
            self.tr(
                "%n part(s) of cases wait for their case or file to arrive in a later bundle. Each is "
                "dropped after 90 days; a bundle that carries it again brings it back.",
                "",
                len(parts),
            )
        )
        self.clear_button.setEnabled(bool(parts))

    def _waits_for(self, waits_for: str) -> str:
        if waits_for.startswith("blob:"):
            return self.tr("file %1").replace("%1", waits_for.removeprefix("blob:")[:12] + "…")
        return self.tr("case %1").replace("%1", waits_for)

    def _confirm(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Clear Waiting Parts"),
            self.tr(
                "Drop the %n waiting part(s)? A bundle that carries one again brings it back.", "", count
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _clear(self) -> None:
        if self.on_clear is not None and self.confirm(self.table.rowCount()):
            self.on_clear()
