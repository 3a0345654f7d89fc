"""Dialogs for exchanging bundles: the import preview and the export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.text.outside_text import visible_controls
from desktop.ui.kit.folders import remember_folder, start_folder
from desktop.ui.kit.plain_text import PlainLabel

if TYPE_CHECKING:
    from desktop.catalogue.duplicates import Duplicate
    from desktop.sync.service import ImportReport


class ImportPreviewDialog(QDialog):
    """What a bundle will change and who signed it; asks about a signer not seen before."""

    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        own_device: str = "",
        alike: list[Duplicate] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import bundle"))
        self.trust: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # What the bundle names (its file, its signer) is shown as text, never read as HTML.
        form.addRow(self.tr("File:"), PlainLabel(report.file))
        signer = report.signer_name or report.signer_device
        if own_device and report.signer_device == own_device:
            signer = self.tr("{name} (this device)").format(name=signer)
        form.addRow(self.tr("Signed by:"), PlainLabel(signer))
        fingerprint = PlainLabel(report.fingerprint)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Fingerprint:"), fingerprint)
        if report.authors:
            # Each change's author, checked against that author's own signature.
            authors = PlainLabel("\n".join(report.authors))
            authors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Changes by:"), authors)
        for line in report.held_back:
            held = PlainLabel(line)
            held.setWordWrap(True)
            form.addRow(self.tr("Not imported:"), held)
        if report.counts:
            self._add_counts(form, report)
        layout.addLayout(form)
        if report.counts:
            records = QLabel(
                self.tr(
                    "A record is a case, one of its components or sources, a plan, a city profile or a "
                    "shortlist."
                )
            )
        else:
            # A signer not seen before: nothing but the manifest is read until someone trusts it.
            records = QLabel(
                self.tr(
                    "What the bundle holds is read and checked once you trust its signer, and nothing is "
                    "written before that."
                )
            )
        records.setWordWrap(True)
        layout.addWidget(records)
        if alike:
            # New cases that look like ones here: said before the import, merged after it if wanted.
            named = "; ".join(
                self.tr("“{new}” looks like “{here}”").format(new=pair.second_title, here=pair.first_title)
                for pair in alike[:5]
            )
            self.duplicates = PlainLabel(
                self.tr(
                    "%n new case(s) look like cases already here: {cases}. Edit > Find Duplicates merges "
                    "them after the import.",
                    "",
                    len(alike),
                ).format(cases=named + ("…" if len(alike) > 5 else ""))
            )
            self.duplicates.setWordWrap(True)
            layout.addWidget(self.duplicates)
        self._add_buttons(layout, report)

    def _add_counts(self, form: QFormLayout, report: ImportReport) -> None:
        # People think in cases; the counts below are records (a case's parts, plans, profiles...).
        form.addRow(self.tr("Cases it adds or changes:"), QLabel(str(len(report.touched_cases))))
        counted = (
            ("new", self.tr("New records:")),
            ("updated", self.tr("Updated records:")),
            ("unchanged", self.tr("Unchanged records:")),
            ("conflicts", self.tr("Conflicts:")),
            ("deletions", self.tr("Deletions:")),
            ("waiting", self.tr("Waiting for their case:")),
        )
        for key, label in counted:
            form.addRow(label, QLabel(str(report.counts.get(key, 0))))

    def _add_buttons(self, layout: QVBoxLayout, report: ImportReport) -> None:
        buttons = QDialogButtonBox()
        if report.trust in ("always",):
            apply = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            apply.clicked.connect(lambda: self._choose("always"))
        else:
            note = QLabel(
                self.tr(
                    "This device has not sent you a bundle before. Check the fingerprint with its "
                    "owner (by phone or in person) before trusting it."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            once = buttons.addButton(self.tr("Trust &once"), QDialogButtonBox.ButtonRole.AcceptRole)
            once.clicked.connect(lambda: self._choose("once"))
            always = buttons.addButton(self.tr("&Always trust"), QDialogButtonBox.ButtonRole.AcceptRole)
            always.clicked.connect(lambda: self._choose("always"))
            refuse = buttons.addButton(self.tr("&Refuse"), QDialogButtonBox.ButtonRole.DestructiveRole)
            refuse.clicked.connect(lambda: self._choose("never"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, trust: str) -> None:
        self.trust = trust
        self.accept()


class ExportDialog(QDialog):
    """Choose what a bundle carries, where it goes, and whether to split it for a messaging app's cap."""

    def __init__(
        self,
        peers: list[dict[str, Any]],
        current_case: tuple[str, str] | None,
        parent: QWidget | None = None,
        sharing_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export bundle"))
        layout = QVBoxLayout(self)
        if sharing_note:
            layout.addWidget(PlainLabel(sharing_note))
        self.everything = QRadioButton(self.tr("&Everything"))
        self.for_peer = QRadioButton(self.tr("Only what this &device has not seen:"))
        self.peer_choice = QComboBox()
        for peer in peers:
            shown = visible_controls(f"{peer['name']} ({peer['fingerprint']})")
            self.peer_choice.addItem(shown, peer["device_id"])
        self.selected = QRadioButton(
            self.tr("Only the case &shown: %s") % visible_controls(current_case[1]).replace("&", "&&")
            if current_case
            else self.tr("Only the case shown")
        )
        self._case_id = current_case[0] if current_case else None
        group = QButtonGroup(self)
        for button in (self.everything, self.for_peer, self.selected):
            group.addButton(button)
            layout.addWidget(button)
            if button is self.for_peer:
                layout.addWidget(self.peer_choice)
        self.everything.setChecked(True)
        self.for_peer.setEnabled(bool(peers))
        self.peer_choice.setEnabled(bool(peers))
        self.selected.setEnabled(current_case is not None)
        split_row = QHBoxLayout()
        self.split = QCheckBox(self.tr("S&plit into parts of at most"))
        self.size_mb = QSpinBox()
        self.size_mb.setRange(1, 2000)
        self.size_mb.setValue(15)
        self.size_mb.setSuffix(self.tr(" MB"))
        self.size_mb.setAccessibleName(self.tr("Largest part, in megabytes"))
        split_row.addWidget(self.split)
        split_row.addWidget(self.size_mb)
        layout.addLayout(split_row)
        file_row = QHBoxLayout()
        self.file = QLineEdit(str(start_folder("bundles") / "catalogue.leaps"))
        self.file.setAccessibleName(self.tr("Bundle file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        layout.addLayout(file_row)
        self.problem = PlainLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.file.textChanged.connect(lambda text: save.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save bundle"), self.file.text(), self.tr("LEAPS bundles (*.leaps)")
        )
        if chosen:
            self.file.setText(chosen)

    def target(self) -> Path:
        """The bundle file to write (a bare name goes in the home folder), ending in .leaps."""
        path = Path(QDir.homePath()) / Path(self.file.text().strip()).expanduser()
        return path if path.suffix.lower() == ".leaps" else path.with_name(path.name + ".leaps")

    def _save(self) -> None:
        folder = self.target().parent
        if not folder.is_dir():
            self.problem.setText(
                self.tr("The folder {folder} does not exist: choose another with Browse.").format(
                    folder=folder
                )
            )
            self.problem.show()
            return
        remember_folder("bundles", self.target())
        self.accept()

    def options(self) -> dict[str, Any]:
        """Keyword arguments for `SyncService.export`."""
        return {
            "for_peer": self.peer_choice.currentData() if self.for_peer.isChecked() else None,
            "case_ids": [self._case_id] if self.selected.isChecked() and self._case_id else None,
            "max_size": self.size_mb.value() * 1024 * 1024 if self.split.isChecked() else None,
        }


