"""Searching as the person types: the search run on the worker, its results, count, hints and
empty state, later pages as they scroll, and the search box's keys."""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QTableView

from desktop.search.types import SearchRequest
from desktop.ui.browse.case_page import CasePage
from desktop.ui.browse.early_search import EarlySearch, early_words
from desktop.ui.browse.facets_pane import FacetsPane
from desktop.ui.browse.filter_control import FilterControl
from desktop.ui.browse.results_model import COLUMNS, ResultsTableModel
from desktop.ui.i18n import error_text
from desktop.ui.kit.long_work import LongWork

if TYPE_CHECKING:
    from desktop.catalogue.catch_up import IndexCatchUp
    from desktop.catalogue.service import ResultPage
    from desktop.ui.tasks import CatalogueAccess, TaskRunner

SEARCH_DELAY_MS = 150
PAGE_SIZE = 50
CLEAR_FILTERS_LINK = "#clear-filters"
ONLY_TYPED_LINK = "#only-typed"
# How often a search made while the index catches up is asked again.
CATCH_UP_POLL_MS = 2000
# How often the window looks whether a rebuild of the index it started has ended.
REBUILD_POLL_MS = 200
LIST_PAGE, EMPTY_PAGE = 0, 1


@dataclass
class SearchWidgets:
    """The widgets a search reads and fills, built by the window."""

    box: QLineEdit
    also_searching: QLabel
    hint: QLabel
    facets: FacetsPane
    results: ResultsTableModel
    table: QTableView
    stack: QStackedWidget  # the table, or the empty state when nothing matches
    empty_state: QLabel


class SearchControl(QObject):
    """Runs the search for the box's words, filters and sort, and shows what it finds.

    `request` is the search last asked for, `last_page` the last results shown, `ready` whether the
    search engine is up (before, words are answered by `early`, straight from the catalogue file);
    `finished(ResultPage)` follows every new search shown.
    """

    finished = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        access: CatalogueAccess,
        widgets: SearchWidgets,
        filters: FilterControl,
        case_page: CasePage,
        work: LongWork,
        early: EarlySearch,
    ) -> None:
        super().__init__(widgets.box)
        self._tasks = tasks
        self._work = work
        self._access = access
        self._w = widgets
        self._filters = filters
        self._case_page = case_page
        self._early = early
        early.answered.connect(self._early_answered)
        self.request = SearchRequest(limit=PAGE_SIZE)
        self.last_page: ResultPage | None = None
        self.ready = False
        self._serial = 0
        self._shown_text = ""
        self._open_when_shown = False
        # Words searched without the glossary's terms in other languages (the person removed them).
        self._unexpanded_text: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run)
        widgets.box.textChanged.connect(lambda _text: self.timer.start())
        widgets.box.returnPressed.connect(self._open_from_search)
        widgets.box.installEventFilter(self)
        widgets.also_searching.linkActivated.connect(self._search_only_typed)
        widgets.hint.linkActivated.connect(self._follow_hint_link)
        widgets.empty_state.linkActivated.connect(self._follow_hint_link)
        widgets.results.page_wanted.connect(self._fetch_page)
        filters.changed.connect(self.run)

    def restore(self, text: str) -> None:
        """Start with the words searched last time, without searching yet."""
        self._w.box.blockSignals(True)
        self._w.box.setText(text)
        self._w.box.blockSignals(False)

    def catalogue_failed(self, error: Exception) -> None:
        """Say the catalogue could not be opened, and why; no search can be made."""
        self._w.box.setEnabled(False)
        message = self.tr("The catalogue could not be opened.")
        self._w.hint.setText(f"<b>{html.escape(message)}</b>")
        self._case_page.clear(f"<h2>{html.escape(message)}</h2><p>{html.escape(error_text(error))}</p>")

    def narrowed(self) -> bool:
        """Whether the search text or any filter narrows the catalogue."""
        return bool(self._w.box.text().strip()) or self._filters.narrowed()

    def shows_first_page(self) -> bool:
        """True when the window would start on the first cases by title (no search restored)."""
        shape = self._filters.shape
        return not self.narrowed() and shape.sort in ("relevance", "title") and not shape.reverse

    def filter_labels(self) -> list[str]:
        """What the results are narrowed by, as people read it: the words, then each filter."""
        words = self._w.box.text().strip()
        return ([f"“{words}”"] if words else []) + self._filters.labels()

    def focus(self) -> None:
        """Put the keyboard in the search box with its text selected."""
        self._w.box.setFocus()
        self._w.box.selectAll()

    def engine_ready(self) -> None:
        """The search engine is up: search, and fetch later pages, through it from now on."""
        self.ready = True
        self._early.close()
        self.run()

    def run(self) -> None:
        """Search now for the box's text with the chosen filters and sort (normally called by the
        typing timer or a filter change)."""
        catalogue = self._access()
        if catalogue is None and self.ready:
            return  # the window is closing
        self.timer.stop()
        self._serial += 1
        self._case_page.give_way()
        serial = self._serial
        text = self._w.box.text()
        request = self._filters.request(text, PAGE_SIZE, expand=text.strip() != self._unexpanded_text)
        self.request = request
        if catalogue is None or not self.ready:
            # The catalogue's worker is opening it and loading the engine, which searches again once up.
            self._search_early(request, serial)
            return
        self._tasks.run(lambda: catalogue.search(request), lambda page: self.show_results(page, serial))

    def _search_early(self, request: SearchRequest, serial: int) -> None:
        """Before the engine is up: words are answered from the catalogue file, the rest waits."""
        if early_words(request) is None:
            self._w.hint.setText(self._loading_text())
        else:
            self._early.ask(request, serial, self._wanted)

    def _wanted(self, serial: int) -> bool:
        """Whether the results of search number `serial` would still be shown (asked from any thread)."""
        return serial == self._serial

    def _early_answered(self, page: ResultPage | None, serial: int) -> None:
        if page is None:  # the file could not be read: the engine answers once it is up
            if self._wanted(serial):
                self._w.hint.setText(self._loading_text())
        elif page.request.offset:
            self._page_arrived(page, serial)
        else:
            self.show_results(page, serial)

    def _loading_text(self) -> str:
        return html.escape(self.tr("The search engine is loading: the results follow in a moment…"))

    def reindex(self) -> None:
        """Rebuild the search index on a thread of its own, with progress and Cancel: searching
        goes on meanwhile, from the index as it was."""
        catalogue = self._access()
        if catalogue is None or self._work.busy:
            return
        flag = self._work.start_cancellable()
        progress = self._tasks.progress_callback(self.tr("Rebuilding the search index"))
        # Started on the catalogue's thread, which reads what the index lacks; it returns at once.
        self._tasks.run(lambda: catalogue.rebuild_in_background(progress, flag), self._watch_rebuild)

    def _watch_rebuild(self, rebuild: IndexCatchUp) -> None:
        """Report the rebuild once its thread ends (looked at a few times a second)."""
        if rebuild.is_alive():
            QTimer.singleShot(REBUILD_POLL_MS, self, lambda: self._watch_rebuild(rebuild))
            return
        self._reindexed(rebuild.completed)

    def _reindexed(self, completed: bool) -> None:
        self._work.set_busy(False)
        self._work.say(self.tr("Search index rebuilt.") if completed else self.tr("Rebuild cancelled."), 5000)
        self.run()

    def _fetch_page(self, offset: int) -> None:
        """Fetch a later page of the shown search, for rows scrolled into view."""
        catalogue = self._access()
        serial = self._serial
        request = replace(self.request, offset=offset)
        if catalogue is not None and self.ready:
            self._tasks.run(lambda: catalogue.search(request), lambda page: self._page_arrived(page, serial))
        elif not self.ready:
            self._early.ask(request, serial, self._wanted)

    def _page_arrived(self, page: ResultPage, serial: int) -> None:
        if serial != self._serial:
            return
        offset = page.request.offset
        self._w.results.page_arrived(offset, page.cards)
        row = self._w.table.currentIndex().row()
        if offset <= row < offset + PAGE_SIZE:
            self._case_page.show_current()

    def show_results(self, page: ResultPage, serial: int | None = None) -> None:
        """Show a page of results, unless a newer search is on its way (`serial`: the search asked)."""
        if serial is not None and serial != self._serial:
            return  # a newer search is on its way; this one's results are stale
        w = self._w
        # New words start at the best match; a filter change or a refresh keeps the case being read.
        same_words = page.request.text.strip() == self._shown_text
        shown = self._case_page.shown
        previous = shown[0] if shown and same_words else None
        self._shown_text = page.request.text.strip()
        w.results.set_first_page(page.cards, page.total)
        # Relevance says something only about a search for words.
        w.table.setColumnHidden(COLUMNS.index("relevance"), not w.results.has_scores())
        w.facets.show_counts(page.facets, self._filters.shape.filters, keep_order=same_words)
        self._show_hint(page)
        self._show_expansions(page)
        if page.catching_up:
            # Asked again until the index has caught up, so the hint and the ranking follow it.
            asked = self._serial
            QTimer.singleShot(CATCH_UP_POLL_MS, lambda: asked == self._serial and self.run())
        self._filters.show_chips()
        w.stack.setCurrentIndex(LIST_PAGE if page.total else EMPTY_PAGE)
        if page.total:
            row = w.results.row_of(previous) if previous else None
            if self._open_when_shown:
                w.table.setCurrentIndex(w.results.index(row or 0, 0))
                self._case_page.open_current()
            else:
                self._case_page.select_in_new_list(w.results.index(row or 0, 0))
        else:
            w.empty_state.setText(self._empty_text(page))
            nothing = self.tr("No case to show: no case matches the search and filters.")
            self._case_page.clear(f"<p class='note'>{html.escape(nothing)}</p>")
        self._open_when_shown = False
        self.last_page = page
        self.finished.emit(page)

    def _show_hint(self, page: ResultPage) -> None:
        parts = [self.tr("%n case(s)", "", page.total)]
        if page.read_as_plain_words:
            parts.append(self.tr("query read as plain words"))
        if page.catching_up:
            parts.append(self.tr("the index is catching up: the newest cases are found by title and summary"))
        if page.early:
            parts.append(self._early_note())
        if page.suggestion:
            suggestion = html.escape(page.suggestion)
            parts.append(
                self.tr("did you mean {suggestion}?").format(
                    suggestion=f"<a href='{suggestion}'>{suggestion}</a>"
                )
            )
        self._w.hint.setText(" · ".join(parts))

    def _early_note(self) -> str:
        return self.tr(
            "the search engine is still loading: these are the cases with the words in their title, "
            "summary or place"
        )

    def _show_expansions(self, page: ResultPage) -> None:
        """The glossary's terms in other languages searched with the words typed, and a way to drop them."""
        terms = [term for expansion in page.expansions for term in expansion.terms]
        label = self._w.also_searching
        label.setVisible(bool(terms))
        if terms:
            remove = html.escape(self.tr("search only the words typed"))
            label.setText(
                html.escape(self.tr("Also searching: {terms}").format(terms=", ".join(terms)))
                + f" <a href='{ONLY_TYPED_LINK}' title='{remove}'>[×]</a>"
            )
            label.setAccessibleDescription(remove)

    def _search_only_typed(self, _link: str) -> None:
        """Search the words as typed, without the glossary's terms, until they change."""
        self._unexpanded_text = self._w.box.text().strip()
        self.run()

    def _empty_text(self, page: ResultPage) -> str:
        """What an empty result says to do."""
        if not self.narrowed():
            return self.tr(
                "<p>The catalogue is empty: import a bundle (Sync → Import Bundle…) or add a case.</p>"
            )
        text = self._w.box.text().strip()
        if text:
            lines = [
                self.tr("No cases match “{text}” — remove a filter or check spelling.").format(
                    text=html.escape(text)
                )
            ]
        else:
            lines = [self.tr("No cases match these filters — remove a filter.")]
        if page.early:
            note = self.tr(
                "The search engine is still loading: only titles, summaries and places were searched."
            )
            lines.append(html.escape(note))
        if page.suggestion:
            suggestion = html.escape(page.suggestion)
            lines.append(
                self.tr("Did you mean {suggestion}?").format(
                    suggestion=f"<a href='{suggestion}'>{suggestion}</a>"
                )
            )
        if self._filters.narrowed():
            remove_all = html.escape(self.tr("Remove all filters"))
            lines.append(f"<a href='{CLEAR_FILTERS_LINK}'>{remove_all}</a>")
        return "".join(f"<p>{line}</p>" for line in lines)

    def _follow_hint_link(self, link: str) -> None:
        if link == CLEAR_FILTERS_LINK:
            self._filters.clear_filters()
        else:
            self._w.box.setText(link)
            self.run()

    def _open_from_search(self) -> None:
        if self.timer.isActive():
            self._open_when_shown = True
            self.run()
        else:
            self._case_page.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the search box Esc clears and Up/Down move through the results."""
        if watched is self._w.box and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self._w.box.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._case_page.move(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)
