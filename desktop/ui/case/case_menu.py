"""The Case menu's New, Edit, Delete, History and Lineage and the Edit menu's Undo and Redo, for the
main window.

The editing itself (`CaseEditing`, the editor) loads when first used: showing the window needs none of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from desktop.sync.service import SyncService
    from desktop.ui.browse.case_page import CasePage
    from desktop.ui.browse.search_control import SearchControl
    from desktop.ui.case.case_editing import CaseEditing
    from desktop.ui.case.case_tabs import CaseTabs
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
        self._sync_service: SyncService | None = None
        self._tabs: CaseTabs | None = None
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
        self.history_action = QAction(self.tr("&History"), self._window)
        self.history_action.setToolTip(self.tr("Show the History tab of the case page"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.lineage_action = QAction(self.tr("L&ineage"), self._window)
        self.lineage_action.setToolTip(self.tr("Show the Lineage tab of the case page"))
        self.lineage_action.triggered.connect(self.show_lineage)
        self.deleted_cases_action = QAction(self.tr("De&leted Cases…"), self._window)
        self.deleted_cases_action.triggered.connect(self.show_deleted_cases)
        case_menu.addActions([self.history_action, self.lineage_action, self.deleted_cases_action])
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
            if self._tabs is not None:
                self._tabs.case_changed()
        self._search.run()

    def follow_tabs(self, tabs: CaseTabs) -> None:
        """The case page's tabs follow the case on the page; their History and Lineage act on it."""
        self._tabs = tabs
        self._page.case_shown.connect(tabs.case_changed)
        self._page.read_requested.connect(lambda: tabs.setCurrentWidget(tabs.view))
        if tabs.history is not None:
            tabs.history.changed.connect(self._changed_elsewhere)
            tabs.history.deleted_cases_requested.connect(self.show_deleted_cases)
        if tabs.lineage is not None:
            tabs.lineage.case_requested.connect(self._open_from_lineage)

    def _open_from_lineage(self, case_id: str) -> None:
        """A case chosen in the lineage graph: its page, in front, to read."""
        self._page.show_case(case_id)
        if self._tabs is not None:
            self._tabs.setCurrentWidget(self._tabs.view)
            self._tabs.view.setFocus()

    def sync_service(self) -> SyncService:
        """The sync service the history reads authors from, made on the worker."""
        if self._sync_service is None:
            from desktop.sync.service import SyncService

            catalogue = self._access()
            assert catalogue is not None  # the actions below ask for it only with a catalogue open
            self._sync_service = SyncService(catalogue)
        return self._sync_service

    def show_history(self) -> None:
        """The History tab of the case page: every edit of the shown case, with who made it."""
        if self._tabs is not None:
            self._tabs.show_history()

    def show_lineage(self) -> None:
        """The Lineage tab of the case page: the case's family drawn."""
        if self._tabs is not None:
            self._tabs.show_lineage()

    def show_deleted_cases(self) -> None:
        """The deleted cases that can be brought back."""
        from desktop.ui.case.history_pane import DeletedCasesDialog

        if self._access() is None:
            return
        dialog = DeletedCasesDialog(self._tasks, self.sync_service, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._changed_elsewhere)
        dialog.open()
        dialog.load()

    def _changed_elsewhere(self, case_id: str) -> None:
        """A case changed from the history: search again and show it as it is now."""
        self._search.run()
        self._page.show_case(case_id)
