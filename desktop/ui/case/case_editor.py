"""The case editor: every field of a case, checked beside each field as you type, kept as a draft."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.catalogue.attachments import AttachmentError, read_attachment
from desktop.catalogue.drafts import Draft, discard_draft, save_draft
from desktop.catalogue.labels import choice_label
from desktop.catalogue.render import markdown_to_safe_html
from desktop.catalogue.validation import Problem, ValidationError, shown_message, validate_case
from desktop.store.errors import RecordNotFoundError
from desktop.store.records import NEW_CASE_CHOICES, Case
from desktop.text.outside_text import visible_controls
from desktop.ui.case.case_form import CaseForm
from desktop.ui.i18n import error_text
from desktop.ui.kit.colours import ERROR_STYLE
from desktop.ui.kit.plain_text import PlainLabel, as_html

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.ui.tasks import TaskRunner

AUTOSAVE_MS = 3000
CHECK_DELAY_MS = 300
PREVIEW_DELAY_MS = 400


def _draft_problems(values: dict[str, Any]) -> list[Problem]:
    """What would stop the values from saving as a draft (malformed values, a missing title)."""
    try:
        validate_case({**values, "curation": "draft"})
    except ValidationError as error:
        return error.problems
    return []


def _save_between(catalogue: Catalogue, case: Case) -> tuple[Case | None, Case] | None:
    """Save a case; the stored case before (None if new) and after, or None if nothing changed."""
    try:
        before: Case | None = catalogue.get(case.id)
    except RecordNotFoundError:
        before = None
    if not catalogue.save(case):
        return None
    return before, catalogue.get(case.id)


class CaseEditor(QDialog):
    """Edits one case (or a new one); saves through the catalogue worker, autosaves a draft."""

    saved = Signal(str)
    # The stored case before a save that changed it (None for a new case) and after, for undo.
    saved_change = Signal(object, object)

    def __init__(
        self,
        tasks: TaskRunner,
        catalogue: Catalogue,
        case_values: dict[str, Any] | None = None,
        *,
        draft: Draft | None = None,
        images: dict[str, bytes] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._catalogue = catalogue
        self._data_dir: Path = catalogue.data_dir
        self._images = dict(images or {})
        self._touched: set[str] = set()
        self._show_all_problems = False
        self._last_draft: dict[str, Any] | None = None
        self._closing = False
        original = case_values or {}
        self.is_new = draft.is_new if draft else case_values is None
        self.case_id = draft.case_id if draft else str(original.get("id") or uuid.uuid4())
        self.ask_unsaved: Callable[[], QMessageBox.StandardButton] = self._ask_unsaved
        self.choose_files: Callable[[], list[str]] = self._choose_files

        self._build()
        self._load(draft.values if draft else {**self._defaults(), **original})
        # A restored draft holds edits that were never saved: it stays unsaved until Save.
        self._baseline: dict[str, Any] | None = None if draft else self.values()
        self._touched = set(self._fields) if draft else set()
        self._set_title()
        self.check()
        self._render_preview()
        # Typing goes to the title at once, not to the tab bar.
        self.title_edit.setFocus()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    # Building the form

    def _build(self) -> None:
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Case editor"))
        self.resize(900, 700)
        self.tabs = QTabWidget()
        self._check_timer = self._single_shot(CHECK_DELAY_MS, self.check)
        self._preview_timer = self._single_shot(PREVIEW_DELAY_MS, self._render_preview)
        form = CaseForm(self.tabs, self)
        self._fields = form.fields.fields
        form.fields.edited.connect(self._edited)
        self.title_edit, self.components = form.title_edit, form.components
        self.attachments = form.attachments
        self.sources, self.contacts = form.sources, form.contacts
        self.body, self.preview = form.body, form.preview
        self.attachments.add_requested.connect(lambda: self.add_files([Path(p) for p in self.choose_files()]))
        self.body.textChanged.connect(self._preview_timer.start)

        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Editor status"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _single_shot(self, delay: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    # Values

    @staticmethod
    def _defaults() -> dict[str, Any]:
        return {
            **NEW_CASE_CHOICES,
            "components": [],
            "sources": [],
            "attachments": [],
            "contacts": [],
        }

    def values(self) -> dict[str, Any]:
        """The form as raw case data, in the catalogue's field names (possibly not yet valid)."""
        return {"id": self.case_id, **{key: field.get() for key, field in self._fields.items()}}

    def _load(self, values: dict[str, Any]) -> None:
        for key, field in self._fields.items():
            field.put(values.get(key))

    def is_dirty(self) -> bool:
        """True while the form holds edits that are not saved in the catalogue."""
        return self._baseline is None or self.values() != self._baseline

    def _set_title(self) -> None:
        title = self.title_edit.text().strip() or self.tr("Untitled case")
        template = self.tr("New case: {title}") if self.is_new else self.tr("Edit case: {title}")
        marker = " *" if self.is_dirty() else ""
        self.setWindowTitle(template.format(title=visible_controls(title)) + marker)

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._check_timer.start()

    # Checking

    @staticmethod
    def _field_of(problem: Problem) -> str:
        return problem.field.split("[")[0].split(".")[0]

    def place_of(self, problem: Problem) -> str:
        """Where a problem lies, in the form's own words: "Title", "Sources, row 2, Web address"."""
        key = self._field_of(problem)
        field = self._fields.get(key)
        if field is None:
            return problem.field
        label = field.focus.accessibleName()
        rest = problem.field[len(key) :]
        if rest and key == "components":
            return self.components.place_of(rest)
        if rest and key in ("sources", "contacts"):
            editor = self.sources if key == "sources" else self.contacts
            return editor.place_of(label, rest)
        return label

    def problem_text(self, problem: Problem) -> str:
        """A problem as the editor shows it: where, and what, in the window's language."""
        return self.tr("{place}: {problem}").format(
            place=self.place_of(problem), problem=shown_message(problem.message)
        )

    def problems(self) -> list[Problem]:
        """What stands in the way of saving, field by field."""
        try:
            validate_case(self.values())
        except ValidationError as error:
            return error.problems
        return []

    def check(self) -> list[Problem]:
        """Show each problem beside its field (fields not yet touched wait for a Save attempt)."""
        found = self.problems()
        by_field: dict[str, list[str]] = {}
        for problem in found:
            by_field.setdefault(self._field_of(problem), []).append(self.problem_text(problem))
        for key, field in self._fields.items():
            if key == "attachments":
                continue  # its label carries the file messages
            shown = by_field.get(key) if (self._show_all_problems or key in self._touched) else None
            field.error.setText("\n".join(shown or []))
            field.error.setVisible(bool(shown))
        bad_tabs = {self._fields[k].tab for k in by_field if k in self._fields}
        for tab in range(self.tabs.count()):
            flagged = tab in bad_tabs and self._show_all_problems
            self.tabs.tabBar().setTabTextColor(
                tab, Qt.GlobalColor.darkRed if flagged else self.palette().text().color()
            )
        summary = "\n".join(self.problem_text(p) for p in found)
        self.save_button.setToolTip(
            as_html(self.tr("To save, fix:\n{problems}").format(problems=summary)) if found else ""
        )
        self._set_title()
        return found

    def error_text(self, key: str) -> str:
        """The problem shown beside a field, if any."""
        error = self._fields[key].error
        return "" if error.isHidden() else error.text()

    # Saving

    def save(self) -> None:
        """Save to the catalogue on the worker; if something is missing, say what and go to it."""
        self._show_all_problems = True
        found = self.check()
        if found:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self._not_saved_text(found))
            first = self._fields.get(self._field_of(found[0]))
            if first is not None:
                self.tabs.setCurrentIndex(first.tab)
                first.focus.setFocus()
            return
        values = self.values()
        case = validate_case(values)
        catalogue, data_dir = self._catalogue, self._data_dir
        # The form is frozen while the worker saves, so the saved values are the ones shown.
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saving…"))

        def saved(change: tuple[Case | None, Case] | None) -> None:
            discard_draft(data_dir, case.id)
            if isValid(self):  # the editor may have been closed while the worker saved
                if change is not None:
                    self.saved_change.emit(*change)
                self._saved(values)

        self._tasks.run(lambda: _save_between(catalogue, case), saved, self._save_failed)

    def _not_saved_text(self, found: list[Problem]) -> str:
        """Why Save refused: what a reviewed or verified case still lacks, or the first problem."""
        curation = self._fields["curation"].get()
        if curation != "draft" and not _draft_problems(self.values()):
            places = list(dict.fromkeys(self.place_of(problem) for problem in found))
            return self.tr(
                "Not saved: a case marked {state} needs every field; %n still missing: {fields}. "
                "Set Curation to draft to save it as it is.",
                "",
                len(places),
            ).format(state=choice_label(curation), fields=", ".join(places))
        return self.tr(
            "Not saved: %n thing(s) to fix, shown beside each field. First: {problem}", "", len(found)
        ).format(problem=self.problem_text(found[0]))

    def _saved(self, values: dict[str, Any]) -> None:
        self._baseline = values
        self._last_draft = None
        self.is_new = False
        self.tabs.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved."))
        self.saved.emit(self.case_id)
        self._closing = True
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self.tabs.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            self.tr("Not saved: {reason}. Your edits are kept in a draft; try again.").format(
                reason=error_text(error)
            )
        )
        self.autosave()

    def autosave(self) -> None:
        """Keep the form in a draft file if it changed since the last draft."""
        if not self.is_dirty():
            return
        values = self.values()
        if values == self._last_draft:
            return
        try:
            save_draft(self._data_dir, self.case_id, values, is_new=self.is_new)
        except OSError as error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(
                self.tr("Your draft could not be kept ({reason}). Save the case soon.").format(
                    reason=error.strerror or error
                )
            )
            return
        self._last_draft = values

    # Closing

    def reject(self) -> None:
        """Esc, Cancel or the close box: ask first when there are unsaved edits."""
        if self._closing or not self.is_dirty():
            self._close_now(keep_draft=False)
            return
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self._close_now(keep_draft=False)

    def _close_now(self, *, keep_draft: bool) -> None:
        self.autosave_timer.stop()
        if not keep_draft:
            discard_draft(self._data_dir, self.case_id)
        self._closing = True
        super().reject()

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this case before closing?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    # Attachments

    def _choose_files(self) -> list[str]:
        from desktop.ui.kit.folders import remember_folder, start_folder

        folder = str(start_folder("attachments"))
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), folder)
        if names:
            remember_folder("attachments", Path(names[0]))
        return names

    def add_files(self, paths: list[Path]) -> None:
        """Store each file in the catalogue on the worker and attach it; refuse what is too big."""
        catalogue = self._catalogue
        self.attachments.message.setText("")
        for path in paths:

            def store(path: Path = path) -> tuple[dict[str, Any], bytes]:
                content, media_type = read_attachment(path)
                digest = catalogue.store_attachment(content, media_type)
                record = {
                    "id": str(uuid.uuid4()),
                    "sha256": digest,
                    "filename": path.name,
                    "media_type": media_type,
                    "size": len(content),
                    "caption": "",
                }
                return record, content

            self._tasks.run(store, self._attached, self._attach_failed)

    def _attached(self, stored: tuple[dict[str, Any], bytes]) -> None:
        if not isValid(self):
            return
        record, content = stored
        if record["media_type"].startswith("image/"):
            self._images[record["sha256"]] = content
        self.attachments.add_attachment(record)
        self._preview_timer.start()

    def _attach_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        reason = (
            error_text(error)
            if isinstance(error, AttachmentError)
            else self.tr("The file could not be stored in the catalogue ({reason}).").format(
                reason=error_text(error)
            )
        )
        previous = self.attachments.message.text()
        self.attachments.message.setText(f"{previous}\n{reason}".strip())
        self.tabs.setCurrentWidget(self.attachments.parentWidget())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        """Accept files dragged from the desktop."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        """Attach the files dropped on the editor."""
        self.add_files([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    # Preview

    def _render_preview(self) -> None:
        self.preview.show_page(markdown_to_safe_html(self.body.toPlainText()), self._images)
