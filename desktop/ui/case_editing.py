"""The Case menu's work: new and edited cases, deletion with undo, drafts offered back, files opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.drafts import Draft, discard_draft, pending_drafts
from desktop.language import tr
from desktop.store.errors import RecordNotFoundError
from desktop.store.records import Case

if TYPE_CHECKING:
    from desktop.catalogue import Catalogue
    from desktop.ui.case_editor import CaseEditor
    from desktop.ui.case_view import CaseView
    from desktop.ui.tasks import CatalogueAccess, TaskRunner


def _loaded_case(catalogue: Catalogue, case_id: str) -> tuple[dict[str, Any] | None, dict[str, bytes]]:
    """A case's data and its images, or (None, {}) if the catalogue no longer holds it."""
    try:
        case = catalogue.get(case_id)
    except RecordNotFoundError:
        return None, {}
    values = case.to_dict()
    values.pop("updated_at", None)
    return values, catalogue.case_images(case)


class DeleteCaseCommand(QUndoCommand):
    """Deleting a case; undoing saves the kept case back, which brings it back everywhere."""

    def __init__(self, editing: CaseEditing, case: Case) -> None:
        super().__init__(tr("Delete “{title}”").format(title=case.title))
        self._editing = editing
        self._case = case

    def redo(self) -> None:
        """Delete the case on the catalogue worker."""
        self._editing.run_on_catalogue(
            lambda catalogue: catalogue.delete(self._case.id),
            lambda _done: self._editing.case_deleted.emit(self._case.id),
        )

    def undo(self) -> None:
        """Save the deleted case back on the catalogue worker."""
        self._editing.run_on_catalogue(
            lambda catalogue: catalogue.save(self._case),
            lambda _done: self._editing.case_changed.emit(self._case.id),
        )


class CaseEditing(QObject):
    """Opens editors, deletes with confirmation and undo, and offers drafts left by a crash.

    The window connects `case_changed` (saved or restored) and `case_deleted` to refresh what it
    shows, and binds Edit > Undo/Redo to `undo_stack`.
    """

    case_changed = Signal(str)
    case_deleted = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        catalogue: CatalogueAccess,
        data_dir: Path,
        window: QWidget,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(window)
        self._tasks = tasks
        self._catalogue = catalogue
        self._data_dir = data_dir
        self._window = window
        # The window may own the stack, so its Undo and Redo exist before the editing does.
        self.undo_stack = undo_stack or QUndoStack(self)
        self.editors: dict[str, CaseEditor] = {}
        self.confirm_delete: Callable[[str], bool] = self._ask_to_delete
        self.ask_about_draft: Callable[[Draft], bool | None] = self._ask_about_draft

    def run_on_catalogue(self, work: Callable[[Catalogue], Any], done: Callable[[Any], None]) -> None:
        """Run `work(catalogue)` on the catalogue worker once the catalogue is open."""
        catalogue = self._catalogue()
        if catalogue is not None:
            self._tasks.run(lambda: work(catalogue), done)

    # Editors

    def new_case(self) -> CaseEditor | None:
        """Open an editor on a new, empty case."""
        return self._open(None, None, {})

    def edit_case(self, case_id: str) -> None:
        """Load a case on the worker and open an editor on it (or raise the one already open)."""
        if case_id in self.editors:
            self._raise(self.editors[case_id])
            return
        self.run_on_catalogue(
            lambda catalogue: _loaded_case(catalogue, case_id),
            lambda loaded: self._open(loaded[0], None, loaded[1]) if loaded[0] is not None else None,
        )

    def _open(
        self, values: dict[str, Any] | None, draft: Draft | None, images: dict[str, bytes]
    ) -> CaseEditor | None:
        from desktop.ui.case_editor import CaseEditor

        catalogue = self._catalogue()
        if catalogue is None:
            return None
        editor = CaseEditor(self._tasks, catalogue, values, draft=draft, images=images, parent=self._window)
        self.editors[editor.case_id] = editor
        editor.saved.connect(self.case_changed)
        editor.finished.connect(lambda _result: self.editors.pop(editor.case_id, None))
        self._raise(editor)
        return editor

    @staticmethod
    def _raise(editor: CaseEditor) -> None:
        editor.show()
        editor.raise_()
        editor.activateWindow()

    # Deleting

    def delete_case(self, case_id: str, title: str) -> bool:
        """Ask, then delete the case; the deletion goes on the undo stack. False if not confirmed."""
        if not self.confirm_delete(title):
            return False

        def push(case: Case) -> None:
            self.undo_stack.push(DeleteCaseCommand(self, case))

        self.run_on_catalogue(lambda catalogue: catalogue.get(case_id), push)
        return True

    def _ask_to_delete(self, title: str) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete case"),
            self.tr("Delete “{title}”? You can undo this with Edit > Undo until you quit.").format(
                title=title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # Drafts

    def offer_drafts(self) -> None:
        """Offer back each draft left by an editor that was never saved or discarded."""
        for draft in pending_drafts(self._data_dir):
            if draft.case_id in self.editors:
                continue
            choice = self.ask_about_draft(draft)
            if choice is True:
                self.restore_draft(draft)
            elif choice is False:
                discard_draft(self._data_dir, draft.case_id)

    def restore_draft(self, draft: Draft) -> None:
        """Open an editor holding a draft's values (with the saved case's images, if it has one)."""
        if draft.is_new:
            self._open(None, draft, {})
            return
        self.run_on_catalogue(
            lambda catalogue: _loaded_case(catalogue, draft.case_id),
            lambda loaded: self._open(loaded[0], draft, loaded[1]),
        )

    def _ask_about_draft(self, draft: Draft) -> bool | None:
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Unsaved case"))
        title = draft.title or self.tr("an untitled case")
        box.setText(
            self.tr("Edits to {title} were not saved (last kept {when}). Restore them?").format(
                title=title, when=draft.saved_at
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is restore else False if clicked is discard else None

    # Attachments on the case page

    def serve_attachments(self, view: CaseView) -> None:
        """Fetch the files a case page asks to open from the catalogue and hand them to the view."""

        def fetch(digest: str, filename: str) -> None:
            self.run_on_catalogue(
                lambda catalogue: catalogue.attachment_bytes(digest),
                lambda content: view.open_attachment(filename, content),
            )

        view.attachment_requested.connect(fetch)
