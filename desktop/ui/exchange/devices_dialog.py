"""Sync → Devices and History…: this device, the devices and keys it has met with their trust and
certificates, and every bundle in and out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.labels import choice_label
from desktop.text.outside_text import visible_controls
from desktop.ui.kit.accessible import describe_table
from desktop.ui.kit.plain_text import PlainLabel


class DevicesDialog(QDialog):
    """This device's identity, the devices it has exchanged with, and the history of bundles."""

    def __init__(
        self,
        device: dict[str, str],
        peers: list[dict[str, Any]],
        history: list[dict[str, Any]],
        organisation: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Devices"))
        self.resize(900, 520)
        self.on_trust: Any = None
        self.on_forget: Any = None
        self.peers = peers
        layout = QVBoxLayout(self)
        mine = PlainLabel(
            self.tr("This device: %s · fingerprint %s") % (device["name"], device["fingerprint"])
        )
        mine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(mine)
        organisation = organisation or {
            "organisations": [],
            "certificate": None,
            "members": [],
            "revoked": [],
        }
        self.organisation = PlainLabel(self._organisation_line(organisation))
        self.organisation.setWordWrap(True)
        layout.addWidget(self.organisation)
        certificates = {m["device_id"]: m for m in organisation["members"]}
        self.table = QTableWidget(len(peers), 7)
        describe_table(self.table, editable=False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Device"),
                self.tr("Fingerprint"),
                self.tr("Trust"),
                self.tr("Last seen"),
                self.tr("Last sent to"),
                self.tr("Not yet received"),
                self.tr("Certificate"),
            ]
        )
        self.table.horizontalHeaderItem(5).setToolTip(
            self.tr("Records this catalogue holds that the device's last bundle did not show it has")
        )
        self.table.setAccessibleName(self.tr("Known devices"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)  # shown, not edited here
        for row, peer in enumerate(peers):
            values = [
                peer["name"],
                peer["fingerprint"],
                peer["trust"] or self.tr("ask"),
                peer["last_import_at"] or "",
                peer["last_export_at"] or "",
                "" if peer.get("unseen") is None else str(peer["unseen"]),
                self._certificate_text(certificates.get(peer["device_id"])),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(visible_controls(str(value))))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        row_buttons = QHBoxLayout()
        for label, level in ((self.tr("&Always trust"), "always"), (self.tr("&Never trust"), "never")):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, lv=level: self._trust(lv))
            row_buttons.addWidget(button)
        forget = QPushButton(self.tr("&Forget"))
        forget.setToolTip(self.tr("Forget this key and its device: its next bundle is asked about as new"))
        forget.clicked.connect(self._forget)
        row_buttons.addWidget(forget)
        layout.addLayout(row_buttons)
        layout.addWidget(QLabel(self.tr("History")))
        log = QTableWidget(len(history), 4)
        describe_table(log, editable=False)
        log.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Direction"), self.tr("File"), self.tr("Changes")]
        )
        log.setAccessibleName(self.tr("Bundle history"))
        log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(history):
            for column, key in enumerate(("at", "direction", "file", "summary")):
                log.setItem(row, column, QTableWidgetItem(visible_controls(str(entry[key]))))
        log.resizeColumnsToContents()
        layout.addWidget(log)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _organisation_line(self, organisation: dict[str, Any]) -> str:
        """The organisations trusted, this device's role in them, and how many members are known."""
        if not organisation["organisations"]:
            return self.tr("No organisation: each device is trusted one by one.")
        names = ", ".join(root["name"] for root in organisation["organisations"])
        own = organisation["certificate"]
        mine = (
            self.tr("this device is a %1 until %2")
            .replace("%1", choice_label(own["role"]))
            .replace("%2", own["not_after"])
            if own
            else self.tr("this device has no certificate")
        )
        return (
            self.tr("Organisation: %1 · %2 · %3 members known, %4 revoked")
            .replace("%1", names)
            .replace("%2", mine)
            .replace("%3", str(len(organisation["members"])))
            .replace("%4", str(len(organisation["revoked"])))
        )

    def _certificate_text(self, member: dict[str, Any] | None) -> str:
        if member is None:
            return "—"
        if member["status"] == "revoked":
            return self.tr("revoked")
        if member["status"] == "expired":
            return self.tr("expired %1").replace("%1", member["not_after"])
        return (
            self.tr("%1 until %2")
            .replace("%1", choice_label(member["role"]))
            .replace("%2", member["not_after"])
        )

    def _chosen_key(self) -> str | None:
        """The fingerprint of the key on the chosen row (its device id if it has none)."""
        row = self.table.currentRow()
        if 0 <= row < len(self.peers):
            return self.peers[row]["fingerprint"] or self.peers[row]["device_id"]
        return None

    def _trust(self, level: str) -> None:
        key = self._chosen_key()
        if self.on_trust is not None and key is not None:
            self.on_trust(key, level)
            self.table.item(self.table.currentRow(), 2).setText(level)

    def _forget(self) -> None:
        key = self._chosen_key()
        if self.on_forget is not None and key is not None:
            self.on_forget(key)
            row = self.table.currentRow()
            del self.peers[row]
            self.table.removeRow(row)
