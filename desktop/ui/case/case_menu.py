"""The Case menu's New, Edit and Delete and the Edit menu's Undo and Redo, for the main window.

The editing itself (`CaseEditing`, the editor) loads when first used: showing the window needs none of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from desktop.ui.browse.case_page import CasePage
    from desktop.ui.browse.search_control import SearchControl
    from desktop.ui.case.case_editing import CaseEditing
    from desktop.ui.tasks import CatalogueAccess, TaskRunner


class CaseMenu(QObject):
    """New, edited and deleted cases for the case page beside the results, with undo and redo."""

    def __init__(
        self,
        window: QWidget,
        tasks: TaskRunner,
        access: CatalogueAccess,
        data_dir: Path,
        page: CasePage,
        search: SearchControl,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._access = access
        self._data_dir = data_dir
        self._page = page
        self._search = search
        self._editing: CaseEditing | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)

    def add_actions(self, case_menu: QMenu, edit_menu: QMenu) -> None:
        """New, Edit and Delete at the end of the Case menu; Undo and Redo first in the Edit menu."""
        case_menu.addSeparator()
        for label, shortcut, slot in (
            (self.tr("&New Case…"), QKeySequence(QKeySequence.StandardKey.New), self.new_case),
            (self.tr("&Edit Case…"), QKeySequence("Ctrl+E"), self.edit_shown_case),
            (self.tr("&Delete Case…"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete_shown_case),
        ):
            action = QAction(label, self._window)
            action.triggered.connect(slot)
            action.setShortcut(shortcut)
            case_menu.addAction(action)
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertActions(first, [self.undo_action, self.redo_action])
        edit_menu.insertSeparator(first)

    @property
    def editing(self) -> CaseEditing:
        """The Case menu's work, made when first needed."""
        if self._editing is None:
            from desktop.ui.case.case_editing import CaseEditing

            self._editing = CaseEditing(
                self._tasks, self._access, self._data_dir, self._window, self.undo_stack
            )
            self._editing.case_changed.connect(self._case_edited)
            self._editing.case_deleted.connect(self._case_deleted)
            self._editing.serve_attachments(self._page.view)
        return self._editing

    def new_case(self) -> None:
        """Open the editor on a new, empty case."""
        self.editing.new_case()

    def edit_shown_case(self) -> None:
        """Open the editor on the case shown."""
        if self._page.shown is not None:
            self.editing.edit_case(self._page.shown[0])

    def delete_shown_case(self) -> None:
        """Delete the case shown, after asking; Edit > Undo brings it back."""
        if self._page.shown is not None:
            self.editing.delete_case(*self._page.shown)

    def _case_edited(self, case_id: str) -> None:
        self._search.run()
        if self._page.shown is None or self._page.shown[0] == case_id:
            self._page.show_case(case_id)

    def _case_deleted(self, case_id: str) -> None:
        if self._page.shown is not None and self._page.shown[0] == case_id:
            self._page.clear()
        self._search.run()
