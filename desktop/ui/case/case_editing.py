"""The Case menu's work: new, edited and deleted cases with undo, drafts offered back, files opened."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.catalogue.drafts import Draft, discard_draft, pending_drafts
from desktop.store.errors import RecordNotFoundError
from desktop.store.records import Case
from desktop.text.language import tr
from desktop.ui.kit.plain_text import as_html

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.ui.browse.case_view import CaseView
    from desktop.ui.case.case_editor import CaseEditor
    from desktop.ui.tasks import CatalogueAccess, TaskRunner


def _stored_case(catalogue: Catalogue, case_id: str) -> Case | None:
    """The case as the catalogue holds it now, or None if it holds no such case."""
    try:
        return catalogue.get(case_id)
    except RecordNotFoundError:
        return None


def _loaded_case(catalogue: Catalogue, case_id: str) -> tuple[dict[str, Any] | None, dict[str, bytes]]:
    """A case's data and its images, or (None, {}) if the catalogue no longer holds it."""
    case = _stored_case(catalogue, case_id)
    if case is None:
        return None, {}
    values = case.to_dict()
    values.pop("updated_at", None)
    return values, catalogue.case_images(case)


def _same_case(one: Case | None, other: Case | None) -> bool:
    """True if both are absent or hold the same content (whenever each was stored)."""
    if one is None or other is None:
        return one is other
    return replace(one, updated_at="") == replace(other, updated_at="")


class _Outcome(Enum):
    """What became of one undo or redo on the catalogue worker."""

    DONE = "done"
    REFUSED = "refused"  # the case changed since: going back would overwrite a newer edit
    SKIPPED = "skipped"  # asked for before an earlier refusal was answered: the stack goes back


class CaseChangeCommand(QUndoCommand):
    """One change to a case, `before` to `after` (None: no such case); undo goes the other way.

    The change is already made when the command is pushed; undo and redo go through the
    catalogue worker, as any edit does, so they sync like one.
    """

    def __init__(self, editing: CaseEditing, before: Case | None, after: Case | None, text: str) -> None:
        super().__init__(text)
        shown = after or before
        if shown is None:
            # internal: a caller's mistake, never a person's
            raise ValueError("A case change needs the case before or after it.")
        self._editing = editing
        self.before = before
        self.after = after
        self.case_id = shown.id
        # The title as the change left it (or as it was, for a deletion).
        self.title = shown.title

    def redo(self) -> None:
        """Make the stored case `after` again, unless it changed since the undo."""
        self._editing.move_case(self, self.before, self.after, undoing=False)

    def undo(self) -> None:
        """Put back the stored case `before`, unless it changed since this change."""
        self._editing.move_case(self, self.after, self.before, undoing=True)


def saved_case_command(editing: CaseEditing, before: Case | None, after: Case) -> CaseChangeCommand:
    """The undo step of a save in the editor: a new case, or an edit of one."""
    text = tr("New Case “{title}”") if before is None else tr("Edit “{title}”")
    return CaseChangeCommand(editing, before, after, text.format(title=after.title))


def deleted_case_command(editing: CaseEditing, case: Case) -> CaseChangeCommand:
    """The undo step of a deletion: undoing saves the kept case back, which brings it back everywhere."""
    return CaseChangeCommand(editing, case, None, tr("Delete “{title}”").format(title=case.title))


class CaseEditing(QObject):
    """Opens editors, deletes with confirmation, undoes saves and deletions, offers drafts left by a crash.

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
        self.report_refused: Callable[[str], None] = self._show_refused
        # Set while the stack moves without the catalogue: pushing a change already made, or
        # putting the stack back after a refusal.
        self._stack_only = False
        # A refusal makes the worker skip the undos and redos asked for before the window heard of
        # it (asked in the same epoch); the window then puts the stack back and starts a new epoch.
        self._epoch = 0
        self._refused_epoch = -1
        self._pushes = 0

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
        from desktop.ui.case.case_editor import CaseEditor

        catalogue = self._catalogue()
        if catalogue is None:
            return None
        editor = CaseEditor(self._tasks, catalogue, values, draft=draft, images=images, parent=self._window)
        self.editors[editor.case_id] = editor
        editor.saved.connect(self.case_changed)
        editor.saved_change.connect(
            lambda before, after: self.push_done(saved_case_command(self, before, after))
        )
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

        def delete(catalogue: Catalogue) -> Case:
            case = catalogue.get(case_id)
            catalogue.delete(case_id)
            return case

        def deleted(case: Case) -> None:
            self.push_done(deleted_case_command(self, case))
            self.case_deleted.emit(case_id)

        self.run_on_catalogue(delete, deleted)
        return True

    def _ask_to_delete(self, title: str) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete case"),
            as_html(
                self.tr("Delete “{title}”? You can undo this with Edit > Undo until you quit.").format(
                    title=title
                )
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # Undo and redo

    def push_done(self, command: CaseChangeCommand) -> None:
        """Put a change already made in the catalogue on the undo stack."""
        self._pushes += 1
        with self._moving_stack_only():
            self.undo_stack.push(command)

    @contextmanager
    def _moving_stack_only(self) -> Iterator[None]:
        self._stack_only = True
        try:
            yield
        finally:
            self._stack_only = False

    def move_case(
        self, command: CaseChangeCommand, expected: Case | None, wanted: Case | None, *, undoing: bool
    ) -> None:
        """On the worker, make the stored case `wanted` if it is still `expected`; else refuse."""
        if self._stack_only:
            return
        epoch, pushes = self._epoch, self._pushes
        case_id = command.case_id

        def work(catalogue: Catalogue) -> _Outcome:
            if epoch <= self._refused_epoch:
                return _Outcome.SKIPPED
            if not _same_case(_stored_case(catalogue, case_id), expected):
                self._refused_epoch = epoch
                return _Outcome.REFUSED
            if wanted is None:
                catalogue.delete(case_id)
            else:
                catalogue.save(wanted)
            return _Outcome.DONE

        def done(outcome: _Outcome) -> None:
            if outcome is _Outcome.DONE:
                (self.case_deleted if wanted is None else self.case_changed).emit(case_id)
            elif outcome is _Outcome.REFUSED:
                self._refused(command, undoing, pushed_since=self._pushes != pushes)

        self.run_on_catalogue(work, done)

    def _refused(self, command: CaseChangeCommand, undoing: bool, *, pushed_since: bool) -> None:
        """Put the stack back where the catalogue stands, then say why nothing changed."""
        self._epoch += 1
        stack = self.undo_stack
        position = next((i for i in range(stack.count()) if stack.command(i) is command), None)
        # A change saved meanwhile moved history on; left as it is, each later undo still checks
        # the stored case first, so none overwrites a newer edit.
        if position is not None and not pushed_since:
            with self._moving_stack_only():
                stack.setIndex(position + 1 if undoing else position)
        changed = self.tr("“{title}” has changed since, here or in a sync.").format(title=command.title)
        if undoing:
            outcome = self.tr("Undoing now would overwrite that, so nothing was undone.")
        else:
            outcome = self.tr("Redoing now would overwrite that, so nothing was redone.")
        self.report_refused(f"{changed} {outcome}")

    def _show_refused(self, message: str) -> None:
        QMessageBox.information(self._window, self.tr("Case changed since"), as_html(message))

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
            as_html(
                self.tr("Edits to {title} were not saved (last kept {when}). Restore them?").format(
                    title=title, when=draft.saved_at
                )
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
