"""Dialogs for exchanging bundles: import preview, export and conflicts."""

from __future__ import annotations

import difflib
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDir, Qt
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
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.sheets.fields import field_labels
from desktop.store.replica import iso_time
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.kit.folders import remember_folder, start_folder
from desktop.ui.kit.plain_text import PlainLabel

if TYPE_CHECKING:
    from desktop.catalogue.duplicates import Duplicate
    from desktop.sync.service import Conflict, ImportReport


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
        self, peers: list[dict[str, Any]], current_case: tuple[str, str] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export bundle"))
        layout = QVBoxLayout(self)
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


DIFF_STYLE = (
    "td { font-family: monospace; } .diff_add { background: #d4f7d4; color: #000000; } "
    ".diff_chg { background: #fff2b3; color: #000000; } .diff_sub { background: #f7d4d4; color: #000000; }"
)


def _version_label(conflict: Conflict, stamp: str) -> str:
    """When a version was made and by whom (the author whose signature was checked)."""
    return tr("{time} · by {author}").format(time=iso_time(stamp), author=conflict.author(stamp))


def field_title(record_type: str, field: str) -> str:
    """A conflicting field's name as the person reads it, where the app has a label for it."""
    if record_type == "cases" and field in (labels := field_labels()):
        return QCoreApplication.translate("SheetFields", labels[field])
    if record_type == "city_profiles":
        from desktop.plans.labels import dimension_labels

        return dimension_labels().get(field, field)
    return field


def diff_html(shown: str, other: str) -> str:
    """A side-by-side diff of two text versions, line by line."""
    table = difflib.HtmlDiff(wrapcolumn=60).make_table(
        shown.splitlines() or [""], other.splitlines() or [""], tr("Shown"), tr("Other version")
    )
    return f"<style>{DIFF_STYLE}</style>{table}"


class ConflictsDialog(QDialog):
    """Every open conflict, its versions side by side, and the choice to settle it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(1000, 600)
        self.conflicts: list[Conflict] = []
        self.on_resolve: Any = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        splitter = QSplitter()
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("Open conflicts"))
        self.listing.currentRowChanged.connect(self._show)
        splitter.addWidget(self.listing)
        right = QWidget()
        column = QVBoxLayout(right)
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        self.diff.setAccessibleName(self.tr("Versions side by side"))
        column.addWidget(self.diff)
        self.merge_edit = QPlainTextEdit()
        self.merge_edit.setAccessibleName(self.tr("Merged text"))
        self.merge_edit.setPlaceholderText(self.tr("Write a merge of both versions here, then Save merge"))
        self.merge_edit.setMaximumHeight(140)
        column.addWidget(self.merge_edit)
        row = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.save_merge = QPushButton(self.tr("Save me&rge"))
        for button, keep in (
            (self.keep_mine, "mine"),
            (self.keep_theirs, "theirs"),
            (self.save_merge, "merge"),
        ):
            button.clicked.connect(lambda _checked=False, k=keep: self._resolve(k))
            row.addWidget(button)
        column.addLayout(row)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        # With nothing to settle, a sentence saying so rather than an empty editor and grey buttons.
        self.nothing = QLabel(
            self.tr(
                "No conflicts to settle. When a bundle or the sync folder brings edits made to the same "
                "field on two devices, or a deletion on one and an edit on another, they wait here for "
                "you to choose."
            )
        )
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setAccessibleName(self.tr("No open conflicts"))
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.nothing)
        layout.addWidget(self.pages)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        """Show a fresh list of open conflicts."""
        self.conflicts = conflicts
        self.listing.clear()
        for conflict in conflicts:
            what = (
                self.tr("deleted on one device, edited on another")
                if conflict.kind == "delete"
                else field_title(conflict.record_type, conflict.field)
            )
            item = QListWidgetItem(visible_controls(f"{conflict.title or conflict.record_id} — {what}"))
            self.listing.addItem(item)
        self.summary.setText(
            self.tr("%n open conflict(s)", "", len(conflicts)) if conflicts else self.tr("No open conflicts.")
        )
        has_any = bool(conflicts)
        self.pages.setCurrentWidget(self.pages.widget(0) if has_any else self.nothing)
        for button in (self.keep_mine, self.keep_theirs, self.save_merge):
            button.setEnabled(has_any)
        if has_any:
            self.listing.setCurrentRow(0)
        else:
            self.diff.clear()
            self.merge_edit.clear()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        if conflict.kind == "delete":
            self.diff.setHtml(
                f"<p>{html.escape(self._deletion_text(conflict.record_type))}</p>"
                f"<p>{html.escape(_version_label(conflict, conflict.shown[1]))}</p>"
            )
            self.merge_edit.setEnabled(False)
            self.save_merge.setEnabled(False)
            return
        shown, other = conflict.shown, conflict.others[-1]
        versions = self.tr("shown: {shown} · other: {other}").format(
            shown=_version_label(conflict, shown[1]), other=_version_label(conflict, other[1])
        )
        field = field_title(conflict.record_type, conflict.field)
        header = f"<p><b>{html.escape(field)}</b> · {html.escape(versions)}</p>"
        self.diff.setHtml(header + diff_html(str(shown[0] or ""), str(other[0] or "")))
        text_field = isinstance(shown[0], str) and not str(shown[0]).startswith(("[", "{"))
        self.merge_edit.setEnabled(text_field)
        self.save_merge.setEnabled(text_field)
        self.merge_edit.setPlainText(str(shown[0] or "") if text_field else "")

    def _deletion_text(self, record_type: str) -> str:
        """What was deleted while edited elsewhere, named as the person knows it."""
        if record_type == "plans":
            return self.tr(
                "This plan was deleted on one device while it was edited on another. "
                "Keep the deletion, or keep the plan with its edits."
            )
        if record_type == "city_profiles":
            return self.tr(
                "This city profile was deleted on one device while it was edited on another. "
                "Keep the deletion, or keep the profile with its edits."
            )
        if record_type == "progress_entries":
            return self.tr(
                "This progress entry was deleted on one device while it was edited on another. "
                "Keep the deletion, or keep the entry with its edits."
            )
        if record_type == "shortlists":
            return self.tr(
                "This shortlist was deleted on one device while it was edited on another. "
                "Keep the deletion, or keep the shortlist with its edits."
            )
        # A case, or one of its parts (components, sources, attachments).
        return self.tr(
            "This case was deleted on one device while it was edited on another. "
            "Keep the deletion, or keep the case with its edits."
        )

    def _resolve(self, keep: str) -> None:
        row = self.listing.currentRow()
        if self.on_resolve is None or not 0 <= row < len(self.conflicts):
            return
        merged = self.merge_edit.toPlainText() if keep == "merge" else None
        self.on_resolve(self.conflicts[row].id, keep, merged)
