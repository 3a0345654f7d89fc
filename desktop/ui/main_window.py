"""The main window: search box, filters with live counts, a results table and the case page.

It builds the panes and menus and wires them to controllers, one per job: search, filters, case_page,
picked, documents, sheets, sync, work (progress and Cancel) and editing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.search.types import SearchRequest
from desktop.ui.browse.case_documents import CaseDocuments
from desktop.ui.browse.case_page import CasePage
from desktop.ui.browse.case_view import CaseView
from desktop.ui.browse.early_search import EarlySearch
from desktop.ui.browse.facets_pane import FacetsPane, FilterChips
from desktop.ui.browse.filter_control import FilterControl
from desktop.ui.browse.first_cases import open_catalogue, peek_first_page
from desktop.ui.browse.picked_cases import PickedCases
from desktop.ui.browse.results_model import ResultsTableModel
from desktop.ui.browse.results_table import results_table
from desktop.ui.browse.search_control import PAGE_SIZE, SearchControl, SearchWidgets
from desktop.ui.case.case_menu import CaseMenu
from desktop.ui.case.case_tabs import CaseTabs
from desktop.ui.exchange.organisation_actions import OrganisationActions
from desktop.ui.exchange.sheet_actions import SheetActions, is_sheet
from desktop.ui.exchange.sync_actions import SyncActions, is_bundle
from desktop.ui.exchange.translator_files import add_translator_file_actions
from desktop.ui.i18n import add_language_menu
from desktop.ui.kit.long_work import LongWork
from desktop.ui.kit.plain_text import PlainStatusBar
from desktop.ui.plans.plans_menu import add_plans_menu
from desktop.ui.settings import settings
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue, ResultPage
    from desktop.ui.case.case_editing import CaseEditing


class MainWindow(QMainWindow):
    """Filters, results and the case page side by side; all catalogue work runs on the worker.

    Hooks for other views: the menus (`file_menu`, `edit_menu`, `view_menu`, `case_menu`,
    `sync_menu`, `help_menu`), `results_tabs` (add a view of the results beside the table),
    `search_finished(ResultPage)` after every new search (`last_page` keeps it), `case_shown(case_id)`
    when the case page changes, `synced()` after an import, sync or resolved conflict,
    `current_request` (the search asked for), `show_case(id)`, `show_new_case(id)`, and `run_search()`
    to refresh.
    """

    search_finished = Signal(object)
    # After a bundle import, a sync-folder run or a resolved conflict: records may have changed or
    # gone that no search of this window asked for (plans, profiles...).
    synced = Signal()
    case_shown = Signal(str)
    language_requested = Signal(str)

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setStatusBar(PlainStatusBar(self))
        self.data_dir = data_dir
        self.catalogue: Catalogue | None = None
        self.tasks = TaskRunner(self)
        self.work = LongWork(self.statusBar(), self.tasks)
        self.cancel_button = self.work.cancel_button
        self._peeked_page = False  # the first cases shown came straight from the file
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._build()
        self._build_controllers()
        self._build_menus()
        self._restore_state()
        # Once the window is up: the worker's imports (SQLite, the search engine) would otherwise
        # compete with building and painting it.
        QTimer.singleShot(0, self._open_catalogue)

    # Building the window

    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search cases: night bus, 서울, 杭州, city:seoul, sdg:11"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setAccessibleDescription(
            self.tr(
                "Results follow as you type. Up and Down move through the results, Enter opens the case, "
                "Esc clears the search."
            )
        )
        self.also_searching = self._link_label(self.tr("Also searching"))
        self.also_searching.setWordWrap(True)
        self.also_searching.setVisible(False)
        self.hint = self._link_label(self.tr("Result count"))

        self.chips = FilterChips()
        self.chips.fallback_focus = self.search_box
        self.chips.setVisible(False)
        # The row keeps its height without chips: the first chip must not push the panes down.
        kept = self.chips.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.chips.setSizePolicy(kept)

        self.facets = FacetsPane()
        self.facets.setAccessibleName(self.tr("Filters"))
        self.results = ResultsTableModel(PAGE_SIZE, self)
        self.result_table = results_table(self.results)

        self.empty_state = self._link_label(self.tr("No results"))
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Wrapped words take the width they are given: an empty result must not widen its pane.
        self.empty_state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.result_stack = QStackedWidget()
        self.result_stack.addWidget(self.result_table)
        self.result_stack.addWidget(self.empty_state)

        self.results_tabs = QTabWidget()
        self.results_tabs.setAccessibleName(self.tr("Result views"))
        self.results_tabs.setDocumentMode(True)
        self.results_tabs.addTab(self.result_stack, self.tr("L&ist"))
        self.case_view = CaseView()
        self.case_tabs = CaseTabs(self.case_view)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for pane, stretch in ((self.facets, 1), (self.results_tabs, 3), (self.case_tabs, 3)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)

        status_row = QHBoxLayout()
        status_row.addWidget(self.hint)
        status_row.addWidget(self.chips, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.search_box)
        column.addWidget(self.also_searching)
        column.addLayout(status_row)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.search_box, self.chips)
        QWidget.setTabOrder(self.chips, self.facets)
        QWidget.setTabOrder(self.facets, self.results_tabs)
        QWidget.setTabOrder(self.results_tabs, self.case_tabs)

    @staticmethod
    def _link_label(name: str) -> QLabel:
        """A label of rich text whose links can be followed by mouse or keyboard."""
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        return label

    def _build_controllers(self) -> None:
        access = self._catalogue
        status = self.statusBar()
        self.case_page = CasePage(self.tasks, access, self.results, self.result_table, self.case_view)
        self.case_page.case_shown.connect(self.case_shown)
        self.filters = FilterControl(self.chips, self.facets, self.result_table.horizontalHeader())
        widgets = SearchWidgets(
            self.search_box,
            self.also_searching,
            self.hint,
            self.facets,
            self.results,
            self.result_table,
            self.result_stack,
            self.empty_state,
        )
        self.early_search = EarlySearch(self.data_dir, self)
        self.search = SearchControl(
            self.tasks, access, widgets, self.filters, self.case_page, self.work, self.early_search
        )
        self.search.finished.connect(self.search_finished)
        self.picked = PickedCases(self, self.tasks, access, self.case_page, status)
        self.documents = CaseDocuments(self, self.tasks, access, self.case_page, status)
        self.sheets = SheetActions(self, self.tasks, access, status)
        self.sheets.imported.connect(self.run_search)
        self.sheets.merged.connect(self._records_changed)
        self.sync = SyncActions(self, self.tasks, access, self.work, status, lambda: self.shown_case)
        self.sync.changed.connect(self._records_changed)
        self.case_actions = CaseMenu(self, self.tasks, access, self.data_dir, self.case_page, self.search)
        self.case_tabs.start(self.tasks, access, self.case_actions.sync_service, lambda: self.shown_case)
        self.case_actions.follow_tabs(self.case_tabs)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.case_menu = bar.addMenu(self.tr("&Case"))
        self.sync_menu = bar.addMenu(self.tr("&Sync"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

        self.print_action = self._action(self.file_menu, self.tr("&Print Case…"), self.documents.print_case)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.file_menu.addSeparator()
        self.import_sheet_action = self._action(
            self.file_menu, self.tr("&Import Spreadsheet…"), self.sheets.import_spreadsheet
        )
        self.export_results_action = self._action(
            self.file_menu,
            self.tr("E&xport Results…"),
            lambda: self.sheets.export_results(self.search.request),
        )
        self.translator_files = add_translator_file_actions(
            self, self.file_menu, self.tasks, self._catalogue, self.statusBar()
        )
        self.translator_files.imported.connect(self.run_search)
        self.file_menu.addSeparator()
        self.reindex_action = self._action(
            self.file_menu, self.tr("&Rebuild Search Index"), self.search.reindex
        )
        self.work.busy_changed.connect(lambda busy: self.reindex_action.setEnabled(not busy))
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.tr("&Quit"), self.close)
        # Ctrl+Q everywhere (Cmd+Q on macOS): Windows has no standard Quit key of its own.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        self.find_action = self._action(self.edit_menu, self.tr("&Find"), self.search.focus)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.clear_filters_action = self._action(
            self.edit_menu, self.tr("C&lear All Filters"), self.filters.clear_filters
        )
        self.find_duplicates_action = self._action(
            self.edit_menu, self.tr("Find &Duplicates…"), self.sheets.find_duplicates
        )

        self.filters_action = self._action(self.view_menu, self.tr("&Filters Pane"), self._show_filters_pane)
        self.filters_action.setCheckable(True)
        self.filters_action.setChecked(True)
        self.case_pane_action = self._action(self.view_menu, self.tr("&Case Pane"), self.case_tabs.setVisible)
        self.case_pane_action.setCheckable(True)
        self.case_pane_action.setChecked(True)
        self.filters.add_sort_menu(self.view_menu)

        self.open_case_action = self._action(
            self.case_menu, self.tr("&Read Case"), self.case_page.open_current
        )
        self.case_menu.addAction(self.print_action)
        self.export_case_action = self._action(
            self.case_menu, self.tr("E&xport Case…"), lambda: self.documents.export_case()
        )
        self.shortlist_action = self._action(
            self.case_menu, self.tr("Add to &Shortlist…"), self.picked.add_current_to_shortlist
        )
        self.shortlist_action.setShortcut(QKeySequence("Ctrl+D"))
        self.compare_action = self._action(
            self.case_menu, self.tr("&Compare Selected…"), self.picked.compare_selected
        )
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.translate_action = self._action(self.case_menu, self.tr("&Translate Case…"), self.translate_case)
        self.translate_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.case_actions.add_actions(self.case_menu, self.edit_menu)
        self.compare_action.setEnabled(False)
        self.result_table.selectionModel().selectionChanged.connect(
            lambda: self.picked.follow_selection(self.compare_action)
        )
        self.shortlists_action = self._action(
            self.view_menu, self.tr("S&hortlists…"), self.picked.show_shortlists
        )
        self.shortlists_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        add_language_menu(self.view_menu, self.language_requested.emit)
        self.plans_menu = add_plans_menu(self)

        self.sync.add_actions(self.sync_menu)
        self.organisation_actions = OrganisationActions(self, self.sync_menu, self.tasks, self.sync.service)

        self.guide_action = self._action(self.help_menu, self.tr("&User Guide"), self.show_guide)
        self.guide_action.setShortcut(QKeySequence("F1"))
        self._action(self.help_menu, self.tr("&About %s") % APP_NAME, self._about)

    def _action(self, menu: Any, label: str, slot: Any) -> QAction:
        action = QAction(label, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show_filters_pane(self, shown: bool) -> None:
        self.facets.setVisible(shown)
        if not shown and self.facets.isAncestorOf(self.focusWidget()):
            self.search_box.setFocus()

    # What other views use

    def _catalogue(self) -> Catalogue | None:
        return self.catalogue

    @property
    def shown_case(self) -> tuple[str, str] | None:
        """The (id, title) of the case on the case page, or None."""
        return self.case_page.shown

    @property
    def current_request(self) -> SearchRequest:
        """The search last asked for."""
        return self.search.request

    @property
    def last_page(self) -> ResultPage | None:
        """The results last shown."""
        return self.search.last_page

    @property
    def search_ready(self) -> bool:
        """Whether the search engine is up (before, the first cases come straight from SQLite)."""
        return self.search.ready

    def run_search(self) -> None:
        """Search again with the words, filters and sort shown."""
        self.search.run()

    def show_case(self, case_id: str) -> None:
        """Show a case's page."""
        self.case_page.show_case(case_id)

    def show_new_case(self, case_id: str) -> None:
        """A case made elsewhere (published from a plan): search again so it is listed, and show it."""
        self.run_search()
        self.show_case(case_id)

    def set_filter(self, facet: str, values: list[str]) -> None:
        """Narrow the results to cases with any of `values` for a facet (none: no narrowing)."""
        self.filters.set_filter(facet, values)

    def open_files(self, paths: list[str]) -> None:
        """Open the import preview of each bundle (dropped, double-clicked or given on the command line)."""
        self.raise_()
        self.activateWindow()
        self.sync.open_files(paths)

    def _records_changed(self) -> None:
        self.run_search()
        self.synced.emit()

    @property
    def editing(self) -> CaseEditing:
        """New, edited and deleted cases with undo (loaded when first used)."""
        return self.case_actions.editing

    # Remembered state

    def _restore_state(self) -> None:
        state = settings("main_window")
        geometry = state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        splitter = state.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = state.value("columns")
        if columns is not None:
            self.result_table.horizontalHeader().restoreState(columns)
        self.case_page.restore(str(state.value("case", "")) or None)
        self.search.restore(str(state.value("last_search", "")))
        self.filters.restore(str(state.value("search", "{}")))

    def _save_state(self) -> None:
        state = settings("main_window")
        state.setValue("geometry", self.saveGeometry())
        state.setValue("splitter", self.splitter.saveState())
        state.setValue("columns", self.result_table.horizontalHeader().saveState())
        state.setValue("last_search", self.search_box.text())
        state.setValue("case", self.shown_case[0] if self.shown_case else "")
        state.setValue("search", self.filters.saved())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Editors and plan windows close first: each saves its work, or keeps the app open if asked.
        for window in self.findChildren(QWidget):
            if window.isWindow() and window.isVisible() and not window.close():
                event.ignore()
                return
        self._save_state()
        self.work.cancel()
        catalogue, self.catalogue = self.catalogue, None
        if catalogue is not None:
            self.tasks.run(catalogue.close)
        self.early_search.close()
        self.tasks.shutdown()
        super().closeEvent(event)

    # Opening the catalogue

    def _open_catalogue(self) -> None:
        self.hint.setText(self.tr("Opening the catalogue…"))
        self.work.set_busy(True, cancellable=False)
        self.tasks.run(lambda: peek_first_page(self.data_dir), self._peeked, lambda _error: None)
        self.tasks.run(lambda: open_catalogue(self.data_dir), self._catalogue_opened, self._catalogue_failed)
        self.early_search.prepare()
        if not self.search.shows_first_page():
            self.search.run()  # the words searched last time, answered from the file meanwhile

    def translate_case(self) -> None:
        """Open the translator's desk on the shown case, in the reader's language."""
        from desktop.ui.case.translation_desk import open_translation_desk

        shown = self.case_page.shown
        if self.catalogue is None or shown is None:
            self.statusBar().showMessage(self.tr("Choose a case to translate it."), 5000)
            return
        language = self.catalogue.reading_language
        # An English reader most often translates for the programme's other cities.
        open_translation_desk(
            self, self.tasks, self.catalogue, shown[0], language if language != "en" else "ko"
        )

    def _peeked(self, page: ResultPage | None) -> None:
        if page is not None and self.catalogue is None and self.search.shows_first_page():
            self.search.show_results(page)
            self._peeked_page = True

    def _catalogue_opened(self, opened: tuple[Catalogue, ResultPage]) -> None:
        catalogue, browsed = opened
        self.catalogue = catalogue
        from desktop.ui.i18n import current_language

        # Cases read in the window's language where translated (the case page can show the original).
        catalogue.reading_language = current_language()
        if self.search.shows_first_page() and not self._peeked_page:
            # Cases from SQLite at once; the search engine loads (and the index is checked) next.
            self.search.show_results(browsed)
        # The map counts cases, so it comes with them: its SVG module is not needed to start.
        QTimer.singleShot(0, self._add_map_tab)
        QTimer.singleShot(0, self.editing.offer_drafts)
        # The case page waits for the search engine: the engine's first results bring it, and a
        # search typed meanwhile never queues behind a page.
        flag = self.work.quiet_flag()
        progress = self.tasks.progress_callback(self.tr("Building the search index"))
        self.tasks.run(
            lambda: catalogue.ensure_index(progress, flag), self._index_ready, self._catalogue_failed
        )

    def _index_ready(self, _result: object) -> None:
        self.work.set_busy(False)
        self.statusBar().clearMessage()
        self.case_page.follows_results = True
        self.search.engine_ready()
        self.sync.catalogue_ready()
        self.sync.check_clock()

    def _catalogue_failed(self, error: Exception) -> None:
        self.work.set_busy(False)
        self.search.catalogue_failed(error)

    def _add_map_tab(self) -> None:
        from desktop.ui.browse.map_tab import add_map_tab

        self.map_view = add_map_tab(self)

    # Files dropped, help

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept `.leaps` bundles and spreadsheets dragged onto the window."""
        if any(is_bundle(u.toLocalFile()) or is_sheet(u.toLocalFile()) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """A dropped bundle opens its import preview; a dropped spreadsheet, the sheet import."""
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        self.open_files([p for p in paths if is_bundle(p)])
        self.sheets.drop_sheets(paths)

    def show_guide(self) -> None:
        """Open the user guide (F1)."""
        from desktop.ui.help import open_guide

        open_guide(self)

    def _about(self) -> None:
        from desktop.ui.help import open_about

        open_about(self, self.data_dir, self.tasks)
