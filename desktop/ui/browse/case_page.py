"""The case page beside the results: the current result's page, loaded on the worker, and cases like it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

from desktop.ui.browse.case_view import CaseView
from desktop.ui.browse.results_model import ResultsTableModel

if TYPE_CHECKING:
    from desktop.catalogue.service import ResultCard
    from desktop.store.records import Case
    from desktop.ui.tasks import CatalogueAccess, TaskRunner

RELATED_DELAY_MS = 300
# A new list's current case loads once the list has stayed this long: searches typed one after
# another never queue behind (nor wait for the drawing of) the page of a case nobody looked at.
SETTLE_MS = 120


class CasePage(QObject):
    """Follows the results table's current row: loads its case's page, then the cases like it.

    `shown` is the (id, title) of the case on the page (the title may lag while it loads), or None.
    """

    case_shown = Signal(str)
    # The reader asked to read the case (Enter, Read Case): the page must be in front to take the keys.
    read_requested = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        access: CatalogueAccess,
        results: ResultsTableModel,
        table: QTableView,
        view: CaseView,
    ) -> None:
        super().__init__(view)
        self._tasks = tasks
        self._access = access
        self._results = results
        self._table = table
        self.view = view
        self.shown: tuple[str, str] | None = None
        self._serial = 0
        self._whole_case: str | None = None  # the case whose page has its "cases like this"
        # The case that was open when the window last closed (a language switch reopens it).
        self._to_restore: str | None = None
        self._settling = False  # a new list is making its row current (see select_in_new_list)
        # Whether a new list's case opens by itself: not before the search engine is up, while
        # the worker loads it (a row chosen opens at once).
        self.follows_results = False
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.installEventFilter(self)
        view.case_link_clicked.connect(self.show_case)
        view.translation_switched.connect(self._switch_translation)
        # Cases whose page shows the original instead of the reader's language, as the reader chose.
        self.originals_shown: set[str] = set()

    def restore(self, case_id: str | None) -> None:
        """Reopen this case once the results list it (or open it anyway, if they do not)."""
        self._to_restore = case_id

    def give_way(self) -> None:
        """A case page still waiting to load gives way (to a new search)."""
        self._serial += 1

    def clear(self, page: str = "") -> None:
        """Show no case: an empty page, or a note saying why."""
        self._serial += 1
        self.shown = None
        self.view.show_page(page)

    def move(self, step: int) -> None:
        """Make the result `step` rows down (up, if negative) the current one."""
        rows = self._results.rowCount()
        if not rows:
            return
        row = min(max(self._table.currentIndex().row() + step, 0), rows - 1)
        index = self._results.index(row, 0)
        self._table.setCurrentIndex(index)
        self._table.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in the results table opens the case."""
        if (
            watched is self._table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._settling:
            self.show_current()

    def select_in_new_list(self, index: QModelIndex) -> None:
        """Make a row of a new list of results current; its case shows once the list has stayed
        a moment, unless a new search or another case comes first."""
        self._settling = True
        try:
            self._table.setCurrentIndex(index)
        finally:
            self._settling = False
        serial = self._serial
        QTimer.singleShot(
            SETTLE_MS, self, lambda: self.follows_results and serial == self._serial and self.show_current()
        )

    def show_current(self) -> None:
        """Show the current result's case (or the case to restore, once the catalogue is open)."""
        if self._to_restore and self._access() is not None:
            wanted, self._to_restore = self._to_restore, None
            row = self._results.row_of(wanted)
            if row is None:
                self.show_case(wanted)  # open, though the list does not reach it
                return
            if row != self._table.currentIndex().row():
                self._table.setCurrentIndex(self._results.index(row, 0))
                return
        card = self.current_card()
        if card is not None and (self.shown is None or self._whole_case != card.id):
            self.show_case(card.id)

    def open_current(self) -> None:
        """Open the selected result for reading: its page takes the keyboard."""
        if self._table.currentIndex().isValid():
            self.show_current()
            self.read_requested.emit()
            self.view.setFocus()

    def current_card(self) -> ResultCard | None:
        """The current result (None: none, or not loaded yet)."""
        return self._results.card(self._table.currentIndex().row())

    def selected_count(self) -> int:
        """How many results are selected."""
        return len(self._table.selectionModel().selectedRows())

    def selected_case_ids(self) -> list[str]:
        """The ids of the selected results, in the order they are listed."""
        rows = sorted(index.row() for index in self._table.selectionModel().selectedRows())
        cards = [self._results.card(row) for row in rows]
        return [card.id for card in cards if card is not None]

    def show_case(self, case_id: str) -> None:
        """Load a case (and cases like it) on the worker and show its page."""
        catalogue = self._access()
        if catalogue is None:
            return
        self._serial += 1
        serial = self._serial

        def load() -> tuple[Case, str, dict[str, bytes]] | None:
            if serial != self._serial:
                return None  # the person moved on before this page was loaded
            from desktop.catalogue.render import case_html
            from desktop.catalogue.translated_page import field_notes, page_case
            from desktop.catalogue.translations import Translations
            from desktop.documents.fonts import scripts_without_font
            from desktop.plans.lineage_page import case_page_lineage

            original = catalogue.get(case_id)
            showing_original = case_id in self.originals_shown
            language = catalogue.reading_language
            read, banner = page_case(Translations(catalogue), original, language, showing_original)
            case = read.case
            page = case_html(case, notes=field_notes(read), banner=banner)
            page += case_page_lineage(catalogue, case_id)
            unshown = scripts_without_font(" ".join((case.title, case.local_title, case.summary, case.body)))
            return case, self._font_note(unshown) + page, catalogue.case_images(case)

        def related() -> str | None:
            # Cases like this one come second, and not at all once the person has moved on (or
            # typed): they cost a search of their own, which a new search need not wait for.
            if serial != self._serial:
                return None
            from desktop.catalogue.render import alike_text, related_html

            return related_html([(c.id, c.title, alike_text(c.alike)) for c in catalogue.more_like(case_id)])

        self.shown = (case_id, self.shown[1] if self.shown else "")
        self._whole_case = None
        self._tasks.run(load, lambda loaded: self._show_page(serial, loaded))
        # Asked for only once the page has stayed a moment, so typing never waits behind it.
        QTimer.singleShot(
            RELATED_DELAY_MS,
            lambda: (
                serial == self._serial
                and self._tasks.run(related, lambda section: self._show_related(serial, section))
            ),
        )

    def _switch_translation(self, shown: str) -> None:
        """Show the case on the page in its original language, or back in the reader's."""
        if self.shown is None:
            return
        case_id = self.shown[0]
        if shown == "original":
            self.originals_shown.add(case_id)
        else:
            self.originals_shown.discard(case_id)
        self.show_case(case_id)

    def _font_note(self, scripts: list[str]) -> str:
        """A line above a case page naming the scripts it uses that no font here shows, and the fix."""
        if not scripts:
            return ""
        from desktop.text.scripts import font_packages, script_label

        note = self.tr(
            "Some text on this page is in {scripts}, which no font on this computer shows: it reads as "
            "empty boxes. Install a font for it (Noto fonts cover every script; on Debian or Ubuntu: "
            "{packages})."
        ).format(scripts=", ".join(script_label(s) for s in scripts), packages=font_packages(scripts))
        return f"<p class='note'>{html.escape(note)}</p>"

    def _show_related(self, serial: int, section: str | None) -> None:
        if section is None or serial != self._serial:
            return
        self.view.append_html(section)
        self._whole_case = self.shown[0] if self.shown else None

    def _show_page(self, serial: int, loaded: tuple[Case, str, dict[str, bytes]] | None) -> None:
        if loaded is None or serial != self._serial:
            return
        case, page, images = loaded
        self.shown = (case.id, case.title)
        self.view.show_page(page, images)
        self.case_shown.emit(case.id)
