"""Cases picked in the results, compared side by side or put on a shortlist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from desktop.ui.browse.case_page import CasePage
    from desktop.ui.browse.shortlists import ShortlistsWindow
    from desktop.ui.tasks import CatalogueAccess, TaskRunner


class PickedCases(QObject):
    """Compare (two or three selected results), Add to Shortlist and the Shortlists window."""

    def __init__(
        self,
        parent: QWidget,
        tasks: TaskRunner,
        access: CatalogueAccess,
        page: CasePage,
        status: QStatusBar,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self._access = access
        self._page = page
        self._status = status
        self.shortlists_window: ShortlistsWindow | None = None

    def follow_selection(self, compare_action: QAction) -> None:
        """Enable Compare only while two or three results are selected."""
        from desktop.catalogue.compare import MAX_CASES, MIN_CASES

        compare_action.setEnabled(MIN_CASES <= self._page.selected_count() <= MAX_CASES)

    def compare_selected(self) -> None:
        """Open the selected cases (two or three) side by side."""
        from desktop.ui.browse.compare import open_compare

        catalogue = self._access()
        if catalogue is not None:
            open_compare(
                self._parent, self._tasks, catalogue, self._page.selected_case_ids(), self._page.show_case
            )

    def add_current_to_shortlist(self) -> None:
        """Put the current result on a shortlist, asking which one (or a new one)."""
        from desktop.ui.browse.shortlists import add_to_shortlist

        card = self._page.current_card()
        catalogue = self._access()
        if card is not None and catalogue is not None:
            add_to_shortlist(
                self._parent,
                self._tasks,
                catalogue,
                [card.id],
                self._shortlist_changed,
                lambda said: self._status.showMessage(said, 10000),
            )

    def _shortlist_changed(self, shortlist_id: str) -> None:
        if self.shortlists_window is not None:
            self.shortlists_window.refresh(shortlist_id)

    def show_shortlists(self) -> None:
        """Open the shortlists window (one per main window), up to date."""
        from desktop.ui.browse.shortlists import ShortlistsWindow

        catalogue = self._access()
        if catalogue is None:
            return
        if self.shortlists_window is None:
            self.shortlists_window = ShortlistsWindow(self._tasks, catalogue, self._parent)
            self.shortlists_window.case_requested.connect(self._page.show_case)
        else:
            self.shortlists_window.refresh()
        self.shortlists_window.show()
        self.shortlists_window.raise_()
        self.shortlists_window.activateWindow()
