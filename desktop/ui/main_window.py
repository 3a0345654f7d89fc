"""The main window: search box, filters with live counts, a results table and the case page."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.search.types import SearchRequest, first_page
from desktop.store.peek import first_cases
from desktop.store.records import STAGES
from desktop.text.countries import country_name
from desktop.ui.browse.case_view import CaseView
from desktop.ui.browse.facets_pane import FacetsPane, FilterChips, facet_title, value_label, year_span_label
from desktop.ui.browse.results_model import COLUMNS, SORT_KEYS, ResultsTableModel, column_title
from desktop.ui.kit.plain_text import PlainStatusBar, as_html
from desktop.ui.plans.plans_menu import add_plans_menu
from desktop.ui.settings import settings
from desktop.ui.tasks import CancelFlag, TaskRunner

if TYPE_CHECKING:
    from desktop.catalogue.catch_up import IndexCatchUp
    from desktop.catalogue.service import Catalogue, ResultPage
    from desktop.store.drift import FutureStamps
    from desktop.store.records import Case
    from desktop.sync.service import ImportReport, SyncService
    from desktop.ui.browse.shortlists import ShortlistsWindow
    from desktop.ui.case.case_editing import CaseEditing

SEARCH_DELAY_MS = 150
RELATED_DELAY_MS = 300
PAGE_SIZE = 50
CLEAR_FILTERS_LINK = "#clear-filters"
ONLY_TYPED_LINK = "#only-typed"
# How often a search made while the index catches up is asked again.
CATCH_UP_POLL_MS = 2000
# How often the window looks whether a rebuild of the index it started has ended.
REBUILD_POLL_MS = 200
YEARS_CHIP = ("year-range", "")
# Sorts whose natural order runs high to low (best match, newest year) show a descending arrow.
DESCENDING_SORTS = ("relevance", "year")
LIST_PAGE, EMPTY_PAGE = 0, 1


class MainWindow(QMainWindow):
    """Filters, results and the case page side by side; all catalogue work runs on the worker.

    Hooks for other views: the menus (`file_menu`, `edit_menu`, `view_menu`, `case_menu`,
    `sync_menu`, `help_menu`), `results_tabs` (add a view of the results beside the table),
    `search_finished(ResultPage)` after every new search (`last_page` keeps it), `case_shown(case_id)`
    when the case page changes, `synced()` after an import, sync or resolved conflict,
    `current_request` (the search asked for), `show_case(id)`, and `run_search()` to refresh.
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
        self.tasks.progressed.connect(self._show_progress)
        self.tasks.failed.connect(self._show_error)
        self._search_serial = 0
        self._case_serial = 0
        self._whole_case: str | None = None
        self._peeked_page = False  # the case whose page has its "cases like this"
        self._cancel_flag: CancelFlag | None = None
        self._sync: SyncService | None = None
        self._filters: dict[str, list[str]] = {}
        self._year_from: int | None = None
        self._year_to: int | None = None
        self._sort = "relevance"
        self._reverse = False
        self._open_when_shown = False
        self._shown_text = ""
        # Words searched without the glossary's terms in other languages (the person removed them).
        self._unexpanded_text: str | None = None
        self.current_request = SearchRequest(limit=PAGE_SIZE)
        self.last_page: ResultPage | None = None
        self._waiting_files: list[str] = []
        self.search_ready = False
        self.shown_case: tuple[str, str] | None = None
        # The case that was open when the window last closed (a language switch reopens it).
        self._case_to_restore: str | None = None
        self.shortlists_window: ShortlistsWindow | None = None
        self._editing: CaseEditing | None = None
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._build()
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
        self.search_box.textChanged.connect(self._schedule_search)
        self.search_box.returnPressed.connect(self._open_from_search)
        self.search_box.installEventFilter(self)

        self.also_searching = QLabel()
        self.also_searching.setTextFormat(Qt.TextFormat.RichText)
        self.also_searching.setWordWrap(True)
        self.also_searching.setAccessibleName(self.tr("Also searching"))
        self.also_searching.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.also_searching.linkActivated.connect(self._search_only_typed)
        self.also_searching.setVisible(False)

        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setAccessibleName(self.tr("Result count"))
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.hint.linkActivated.connect(self._follow_hint_link)

        self.chips = FilterChips()
        self.chips.fallback_focus = self.search_box
        self.chips.removed.connect(self._remove_filter)
        self.chips.cleared.connect(self.clear_filters)
        self.chips.setVisible(False)
        # The row keeps its height without chips: the first chip must not push the panes down.
        kept = self.chips.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.chips.setSizePolicy(kept)

        self.facets = FacetsPane()
        self.facets.setAccessibleName(self.tr("Filters"))
        self.facets.toggled.connect(self._facet_toggled)
        self.facets.years_changed.connect(self._years_changed)

        self.results = ResultsTableModel(PAGE_SIZE, self)
        self.results.page_wanted.connect(self._fetch_page)
        self.result_table = self._build_table()

        self.empty_state = QLabel()
        self.empty_state.setTextFormat(Qt.TextFormat.RichText)
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.empty_state.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty_state.setAccessibleName(self.tr("No results"))
        self.empty_state.linkActivated.connect(self._follow_hint_link)
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
        self.case_view.case_link_clicked.connect(self.show_case)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for pane, stretch in ((self.facets, 1), (self.results_tabs, 3), (self.case_view, 3)):
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
        QWidget.setTabOrder(self.results_tabs, self.case_view)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.clicked.connect(self._cancel)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.results)
        table.setAccessibleName(self.tr("Results"))
        table.setAccessibleDescription(
            self.tr(
                "Enter opens the case. Shift or Ctrl with the arrows selects more cases, to compare them."
            )
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows can be selected (Ctrl or Shift) to compare them; the current row is the case shown.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows, so ten thousand scroll as fast as fifty.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes the room left over; the short columns are as wide as their words.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("0000") + 12)
        for column, width in enumerate(self._column_widths(table)):
            if column:
                header.resizeSection(column, width)
        header.sortIndicatorChanged.connect(self._sort_by_column)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.installEventFilter(self)
        return table

    @staticmethod
    def _column_widths(table: QTableView) -> list[int]:
        """Each column's width: its header (with the sort arrow) or its widest usual value, if wider."""
        metrics = table.fontMetrics()
        samples = {
            "title": "",
            "city": "Ahmedabad",
            "country": "South Korea",
            "year": "2013",
            "stage": max((value_label("stage", s) for s in STAGES), key=metrics.horizontalAdvance),
            "relevance": "100%",
        }
        arrow = 28  # room for the sort indicator and the cell's margins
        return [
            max(metrics.horizontalAdvance(column_title(name)) + arrow, metrics.horizontalAdvance(sample) + 16)
            for name, sample in samples.items()
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.case_menu = bar.addMenu(self.tr("&Case"))
        self.sync_menu = bar.addMenu(self.tr("&Sync"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

        self.print_action = self._action(self.file_menu, self.tr("&Print Case…"), self.print_case)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.file_menu.addSeparator()
        self.import_sheet_action = self._action(
            self.file_menu, self.tr("&Import Spreadsheet…"), self.import_spreadsheet
        )
        self.export_results_action = self._action(
            self.file_menu, self.tr("E&xport Results…"), self.export_results
        )
        self.file_menu.addSeparator()
        self.reindex_action = self._action(self.file_menu, self.tr("&Rebuild Search Index"), self.reindex)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.tr("&Quit"), self.close)
        # Ctrl+Q everywhere (Cmd+Q on macOS): Windows has no standard Quit key of its own.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        self.find_action = self._action(self.edit_menu, self.tr("&Find"), self.focus_search)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.clear_filters_action = self._action(
            self.edit_menu, self.tr("C&lear All Filters"), self.clear_filters
        )
        self.find_duplicates_action = self._action(
            self.edit_menu, self.tr("Find &Duplicates…"), self.find_duplicates
        )

        self.filters_action = self._action(self.view_menu, self.tr("&Filters Pane"), self._show_filters_pane)
        self.filters_action.setCheckable(True)
        self.filters_action.setChecked(True)
        self.case_pane_action = self._action(self.view_menu, self.tr("&Case Pane"), self.case_view.setVisible)
        self.case_pane_action.setCheckable(True)
        self.case_pane_action.setChecked(True)
        sort_menu = self.view_menu.addMenu(self.tr("&Sort By"))
        self.sort_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key in ("relevance", "title", "city", "year"):
            action = self._action(
                sort_menu, column_title(key), lambda _checked=False, key=key: self.set_sort(key)
            )
            action.setCheckable(True)
            group.addAction(action)
            self.sort_actions[key] = action

        self.open_case_action = self._action(self.case_menu, self.tr("&Read Case"), self.open_current)
        self.case_menu.addAction(self.print_action)
        self.export_case_action = self._action(self.case_menu, self.tr("E&xport Case…"), self.export_case)
        self.shortlist_action = self._action(
            self.case_menu, self.tr("Add to &Shortlist…"), self.add_current_to_shortlist
        )
        self.shortlist_action.setShortcut(QKeySequence("Ctrl+D"))
        self.compare_action = self._action(
            self.case_menu, self.tr("&Compare Selected…"), self.compare_selected
        )
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self._build_editing_actions()
        self.compare_action.setEnabled(False)
        self.result_table.selectionModel().selectionChanged.connect(self._update_compare_action)
        self.shortlists_action = self._action(self.view_menu, self.tr("S&hortlists…"), self.show_shortlists)
        self.shortlists_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self._build_language_menu()
        self.plans_menu = add_plans_menu(self)

        for label, shortcut, slot in (
            (self.tr("&Import Bundle…"), "Ctrl+I", self.choose_bundles),
            (self.tr("&Export Bundle…"), "Ctrl+Shift+E", self.export_bundle),
            (self.tr("&Conflicts…"), "", self.show_conflicts),
            (self.tr("&Devices and History…"), "", self.show_devices),
            (self.tr("Choose Sync &Folder…"), "", self.choose_sync_folder),
            (self.tr("&Sync Now"), "F5", self.sync_folder_now),
        ):
            action = self._action(self.sync_menu, label, slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))

        self.guide_action = self._action(self.help_menu, self.tr("&User Guide"), self.show_guide)
        self.guide_action.setShortcut(QKeySequence("F1"))
        self._action(self.help_menu, self.tr("&About %s") % APP_NAME, self._about)

    def _build_language_menu(self) -> None:
        from desktop.ui.i18n import LANGUAGES, preferred_language

        menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = preferred_language()
        for code, name in (("", self.tr("System Language")), *LANGUAGES.items()):
            action = self._action(
                menu, name, lambda _checked=False, code=code: self.language_requested.emit(code)
            )
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)

    def _add_map(self) -> None:
        """The Map tab beside the results list, with its View menu action."""
        from desktop.ui.browse.map_view import add_map_tab

        self.map_view = add_map_tab(self)

    def _build_editing_actions(self) -> None:
        """Case > New, Edit, Delete, and Edit > Undo/Redo over the case editing undo stack."""
        self.undo_stack = QUndoStack(self)
        self.case_menu.addSeparator()
        for label, shortcut, slot in (
            (self.tr("&New Case…"), QKeySequence(QKeySequence.StandardKey.New), self.new_case),
            (self.tr("&Edit Case…"), QKeySequence("Ctrl+E"), self.edit_shown_case),
            (self.tr("&Delete Case…"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete_shown_case),
        ):
            self._action(self.case_menu, label, slot).setShortcut(shortcut)
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.insertActions(first, [self.undo_action, self.redo_action])
        self.edit_menu.insertSeparator(first)

    @property
    def editing(self) -> CaseEditing:
        """The Case menu's work, made when first needed: showing the window needs none of it."""
        if self._editing is None:
            from desktop.ui.case.case_editing import CaseEditing

            self._editing = CaseEditing(
                self.tasks, lambda: self.catalogue, self.data_dir, self, self.undo_stack
            )
            self._editing.case_changed.connect(self._case_edited)
            self._editing.case_deleted.connect(self._case_deleted)
            self._editing.serve_attachments(self.case_view)
        return self._editing

    def new_case(self) -> None:
        """Open the editor on a new, empty case."""
        self.editing.new_case()

    def edit_shown_case(self) -> None:
        """Open the editor on the case shown."""
        if self.shown_case is not None:
            self.editing.edit_case(self.shown_case[0])

    def delete_shown_case(self) -> None:
        """Delete the case shown, after asking; Edit > Undo brings it back."""
        if self.shown_case is not None:
            self.editing.delete_case(*self.shown_case)

    def _case_edited(self, case_id: str) -> None:
        self.run_search()
        if self.shown_case is None or self.shown_case[0] == case_id:
            self.show_case(case_id)

    def _case_deleted(self, case_id: str) -> None:
        if self.shown_case is not None and self.shown_case[0] == case_id:
            self._case_serial += 1
            self.shown_case = None
            self.case_view.show_page("")
        self.run_search()

    def _action(self, menu: Any, label: str, slot: Any) -> QAction:
        action = QAction(label, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show_filters_pane(self, shown: bool) -> None:
        self.facets.setVisible(shown)
        if not shown and self.facets.isAncestorOf(self.focusWidget()):
            self.search_box.setFocus()

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
        self._case_to_restore = str(state.value("case", "")) or None
        self.search_box.blockSignals(True)
        self.search_box.setText(str(state.value("last_search", "")))
        self.search_box.blockSignals(False)
        try:
            shaped = json.loads(str(state.value("search", "{}")))
            self._filters = {
                str(k): [str(v) for v in values] for k, values in shaped.get("filters", {}).items()
            }
            self._year_from, self._year_to = shaped.get("year_from"), shaped.get("year_to")
            self._sort = (
                shaped.get("sort", "relevance") if shaped.get("sort") in SORT_KEYS.values() else "relevance"
            )
            self._reverse = bool(shaped.get("reverse", False))
        except (ValueError, AttributeError, TypeError):
            self._filters, self._year_from, self._year_to = {}, None, None  # unreadable: start afresh
        self.facets.set_years(self._year_from, self._year_to)
        self._show_sort()
        self._show_chips()

    def _save_state(self) -> None:
        state = settings("main_window")
        state.setValue("geometry", self.saveGeometry())
        state.setValue("splitter", self.splitter.saveState())
        state.setValue("columns", self.result_table.horizontalHeader().saveState())
        state.setValue("last_search", self.search_box.text())
        state.setValue("case", self.shown_case[0] if self.shown_case else "")
        shaped = {
            "filters": self._filters,
            "year_from": self._year_from,
            "year_to": self._year_to,
            "sort": self._sort,
            "reverse": self._reverse,
        }
        state.setValue("search", json.dumps(shaped))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Editors and plan windows close first: each saves its work, or keeps the app open if asked.
        for window in self.findChildren(QWidget):
            if window.isWindow() and window.isVisible() and not window.close():
                event.ignore()
                return
        self._save_state()
        if self._cancel_flag:
            self._cancel_flag.cancel()
        catalogue, self.catalogue = self.catalogue, None
        if catalogue is not None:
            self.tasks.run(catalogue.close)
        self.tasks.shutdown()
        super().closeEvent(event)

    # Opening the catalogue

    def _open_catalogue(self) -> None:
        self.hint.setText(self.tr("Opening the catalogue…"))
        self._set_busy(True, cancellable=False)

        def peek() -> ResultPage | None:
            # The first cases come straight from the file, before the catalogue's libraries load.
            found = first_cases(self.data_dir / "catalogue.db", PAGE_SIZE)
            return first_page(*found, PAGE_SIZE, country_name) if found else None

        def open_catalogue() -> tuple[Catalogue, ResultPage]:
            # Imported here, on the worker: loading the catalogue's libraries must not delay the window.
            from desktop.catalogue.service import Catalogue

            catalogue = Catalogue.open(self.data_dir, check_index=False)
            # A large import or a missing index is indexed on a thread of its own: searching goes on.
            catalogue.background_index = True
            return catalogue, catalogue.browse(PAGE_SIZE)

        self.tasks.run(peek, self._peeked, lambda _error: None)
        self.tasks.run(open_catalogue, self._catalogue_opened, self._catalogue_failed)

    def _peeked(self, page: ResultPage | None) -> None:
        if page is not None and self.catalogue is None and self._shows_first_page():
            self._show_results(self._search_serial, page)
            self._peeked_page = True

    def _shows_first_page(self) -> bool:
        """True when the window would start on the first cases by title (no search restored)."""
        return not self._narrowed() and self._sort in ("relevance", "title") and not self._reverse

    def _catalogue_opened(self, opened: tuple[Catalogue, ResultPage]) -> None:
        catalogue, browsed = opened
        self.catalogue = catalogue
        if self._shows_first_page() and not self._peeked_page:
            # Cases from SQLite at once; the search engine loads (and the index is checked) next.
            self._show_results(self._search_serial, browsed)
        elif self._peeked_page and self.result_table.currentIndex().isValid():
            self._show_current()  # the case page waited for the catalogue
        # The map counts cases, so it comes with them: its SVG module is not needed to start.
        QTimer.singleShot(0, self._add_map)
        QTimer.singleShot(0, self.editing.offer_drafts)
        self._cancel_flag = CancelFlag()
        flag = self._cancel_flag
        progress = self.tasks.progress_callback(self.tr("Building the search index"))
        self.tasks.run(
            lambda: catalogue.ensure_index(progress, flag), self._index_ready, self._catalogue_failed
        )

    def _index_ready(self, _result: object) -> None:
        self.search_ready = True
        self._set_busy(False)
        self.statusBar().clearMessage()
        self.run_search()
        waiting, self._waiting_files = self._waiting_files, []
        if waiting:
            self.open_files(waiting)
        if settings("sync").value("folder"):
            self.sync_folder_now()
        catalogue = self.catalogue
        if catalogue is not None:
            self.tasks.run(catalogue.future_stamps, self._clock_checked, lambda _error: None)

    def _clock_checked(self, found: FutureStamps) -> None:
        """Say so when edits stamped far ahead would make other devices refuse this one's bundles."""
        if not found:
            return
        from desktop.store.replica import iso_time

        newest = iso_time(found.newest or self.catalogue.writer.clock.last.encode()) if self.catalogue else ""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Clock ahead"),
            self.tr(
                "This catalogue holds edits stamped up to {time}, more than a day ahead of this "
                "computer's clock. Other devices refuse them, and this device's bundles, until they "
                "are repaired. Check the computer's date, then repair: the values stay, they are "
                "stamped again as this device's edits now (`leaps repair-clock` does the same)."
            ).format(time=newest),
            parent=self,
        )
        repair = box.addButton(self.tr("&Repair now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        if box.clickedButton() is repair and self.catalogue is not None:
            catalogue = self.catalogue
            self.tasks.run(catalogue.repair_clock, lambda _touched: self.run_search(), self._bundle_refused)

    def _catalogue_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.search_box.setEnabled(False)
        message = self.tr("The catalogue could not be opened.")
        self.hint.setText(f"<b>{html.escape(message)}</b>")
        self.case_view.show_page(f"<h2>{html.escape(message)}</h2><p>{html.escape(str(error))}</p>")

    # Searching

    def _narrowed(self) -> bool:
        """Whether the search text or any filter narrows the catalogue."""
        return bool(
            self.search_box.text().strip()
            or any(self._filters.values())
            or self._year_from is not None
            or self._year_to is not None
        )

    def _schedule_search(self) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Search now for the box's text with the chosen filters and sort (normally called by the
        typing timer or a filter change)."""
        catalogue = self.catalogue
        if catalogue is None:
            return
        self._timer.stop()
        self._search_serial += 1
        self._case_serial += 1  # a case page still waiting to load gives way to the search
        serial = self._search_serial
        request = SearchRequest(
            text=self.search_box.text(),
            filters={name: list(values) for name, values in self._filters.items() if values},
            year_from=self._year_from,
            year_to=self._year_to,
            sort=self._sort,
            reverse=self._reverse,
            limit=PAGE_SIZE,
            expand=self.search_box.text().strip() != self._unexpanded_text,
        )
        self.current_request = request
        self.tasks.run(lambda: catalogue.search(request), lambda page: self._show_results(serial, page))

    def _fetch_page(self, offset: int) -> None:
        """Fetch a later page of the shown search, for rows scrolled into view."""
        catalogue = self.catalogue
        if catalogue is None or not self.search_ready:
            return
        serial = self._search_serial
        request = replace(self.current_request, offset=offset)

        def arrived(page: ResultPage) -> None:
            if serial != self._search_serial:
                return
            self.results.page_arrived(offset, page.cards)
            row = self.result_table.currentIndex().row()
            if offset <= row < offset + PAGE_SIZE:
                self._show_current()

        self.tasks.run(lambda: catalogue.search(request), arrived)

    def _show_results(self, serial: int, page: ResultPage) -> None:
        if serial != self._search_serial:
            return  # a newer search is on its way; this one's results are stale
        # New words start at the best match; a filter change or a refresh keeps the case being read.
        same_words = page.request.text.strip() == self._shown_text
        previous = self.shown_case[0] if self.shown_case and same_words else None
        self._shown_text = page.request.text.strip()
        self.results.set_first_page(page.cards, page.total)
        # Relevance says something only about a search for words.
        self.result_table.setColumnHidden(COLUMNS.index("relevance"), not self.results.has_scores())
        self.facets.show_counts(page.facets, self._filters, keep_order=same_words)
        self._show_hint(page)
        self._show_expansions(page)
        if page.catching_up:
            # Asked again until the index has caught up, so the hint and the ranking follow it.
            QTimer.singleShot(CATCH_UP_POLL_MS, lambda: serial == self._search_serial and self.run_search())
        self._show_chips()
        self.result_stack.setCurrentIndex(LIST_PAGE if page.total else EMPTY_PAGE)
        if page.total:
            row = self.results.row_of(previous) if previous else None
            self.result_table.setCurrentIndex(self.results.index(row or 0, 0))
            if self._open_when_shown:
                self.open_current()
        else:
            self.empty_state.setText(self._empty_text(page))
            nothing = self.tr("No case to show: no case matches the search and filters.")
            self.case_view.show_page(f"<p class='note'>{html.escape(nothing)}</p>")
            self.shown_case = None
        self._open_when_shown = False
        self.last_page = page
        self.search_finished.emit(page)

    def _show_hint(self, page: ResultPage) -> None:
        parts = [self.tr("%n case(s)", "", page.total)]
        if page.read_as_plain_words:
            parts.append(self.tr("query read as plain words"))
        if page.catching_up:
            parts.append(self.tr("the index is catching up: the newest cases are found by title and summary"))
        if page.suggestion:
            suggestion = html.escape(page.suggestion)
            parts.append(
                self.tr("did you mean {suggestion}?").format(
                    suggestion=f"<a href='{suggestion}'>{suggestion}</a>"
                )
            )
        self.hint.setText(" · ".join(parts))

    def _show_expansions(self, page: ResultPage) -> None:
        """The glossary's terms in other languages searched with the words typed, and a way to drop them."""
        terms = [term for expansion in page.expansions for term in expansion.terms]
        self.also_searching.setVisible(bool(terms))
        if terms:
            remove = html.escape(self.tr("search only the words typed"))
            self.also_searching.setText(
                html.escape(self.tr("Also searching: {terms}").format(terms=", ".join(terms)))
                + f" <a href='{ONLY_TYPED_LINK}' title='{remove}'>[×]</a>"
            )
            self.also_searching.setAccessibleDescription(remove)

    def _search_only_typed(self, _link: str) -> None:
        """Search the words as typed, without the glossary's terms, until they change."""
        self._unexpanded_text = self.search_box.text().strip()
        self.run_search()

    def _empty_text(self, page: ResultPage) -> str:
        """What an empty result says to do."""
        if not self._narrowed():
            return self.tr(
                "<p>The catalogue is empty: import a bundle (Sync → Import Bundle…) or add a case.</p>"
            )
        text = self.search_box.text().strip()
        if text:
            lines = [
                self.tr("No cases match “{text}” — remove a filter or check spelling.").format(
                    text=html.escape(text)
                )
            ]
        else:
            lines = [self.tr("No cases match these filters — remove a filter.")]
        if page.suggestion:
            suggestion = html.escape(page.suggestion)
            lines.append(
                self.tr("Did you mean {suggestion}?").format(
                    suggestion=f"<a href='{suggestion}'>{suggestion}</a>"
                )
            )
        if any(self._filters.values()) or self._year_from is not None or self._year_to is not None:
            remove_all = html.escape(self.tr("Remove all filters"))
            lines.append(f"<a href='{CLEAR_FILTERS_LINK}'>{remove_all}</a>")
        return "".join(f"<p>{line}</p>" for line in lines)

    def _follow_hint_link(self, link: str) -> None:
        if link == CLEAR_FILTERS_LINK:
            self.clear_filters()
        else:
            self.search_box.setText(link)
            self.run_search()

    # Filters and sort

    def _facet_toggled(self, facet: str, value: str, checked: bool) -> None:
        values = [v for v in self._filters.get(facet, []) if v != value]
        if checked:
            values.append(value)
        self._filters[facet] = values
        if not values:
            del self._filters[facet]
        self._show_chips()
        self.run_search()

    def _years_changed(self, year_from: int | None, year_to: int | None) -> None:
        self._year_from, self._year_to = year_from, year_to
        self._show_chips()
        self.run_search()

    def set_filter(self, facet: str, values: list[str]) -> None:
        """Narrow the results to cases with any of `values` for a facet (none: no narrowing)."""
        if values:
            self._filters[facet] = list(values)
        else:
            self._filters.pop(facet, None)
        self._show_chips()
        self.run_search()

    def set_years(self, year_from: int | None, year_to: int | None) -> None:
        """Narrow the results to cases started within the years (None: open-ended)."""
        self.facets.set_years(year_from, year_to)
        self._years_changed(year_from, year_to)

    def clear_filters(self) -> None:
        """Remove every filter (the search text stays)."""
        self._filters = {}
        self.facets.set_years(None, None)
        self._year_from = self._year_to = None
        self._show_chips()
        self.run_search()

    def _remove_filter(self, key: tuple[str, str]) -> None:
        facet, value = key
        if key == YEARS_CHIP:
            self.set_years(None, None)
        else:
            self.set_filter(facet, [v for v in self._filters.get(facet, []) if v != value])

    def filter_labels(self) -> list[str]:
        """What the results are narrowed by, as people read it: the words, then each filter."""
        words = self.search_box.text().strip()
        shown = [f"“{words}”"] if words else []
        return shown + [label for _key, label in self._chips()]

    def _show_chips(self) -> None:
        self.chips.set_chips(self._chips())

    def _chips(self) -> list[tuple[object, str]]:
        chips: list[tuple[object, str]] = []
        for facet, values in self._filters.items():
            for value in values:
                label = self.tr("{facet}: {value}").format(
                    facet=facet_title(facet), value=value_label(facet, value)
                )
                chips.append(((facet, value), label))
        if self._year_from is not None or self._year_to is not None:
            span = year_span_label(self._year_from, self._year_to)
            chips.append(
                (YEARS_CHIP, self.tr("{facet}: {value}").format(facet=facet_title("year"), value=span))
            )
        return chips

    def set_sort(self, key: str, reverse: bool = False) -> None:
        """Order the results by relevance, title, city or year (newest first unless reversed)."""
        self._sort, self._reverse = key, reverse and key != "relevance"
        self._show_sort()
        self.run_search()

    def _sort_by_column(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            self._show_sort()  # the column cannot be sorted by the search: put the arrow back
            return
        descending = order == Qt.SortOrder.DescendingOrder
        reverse = descending != (key in DESCENDING_SORTS)
        if (key, reverse and key != "relevance") != (self._sort, self._reverse):
            self.set_sort(key, reverse)

    def _show_sort(self) -> None:
        column = next(c for c, key in SORT_KEYS.items() if key == self._sort)
        descending = (self._sort in DESCENDING_SORTS) != self._reverse
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.result_table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self.sort_actions[self._sort].setChecked(True)

    # The case page

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_current()

    def _show_current(self) -> None:
        if self._case_to_restore and self.catalogue is not None:
            wanted, self._case_to_restore = self._case_to_restore, None
            row = self.results.row_of(wanted)
            if row is None:
                self.show_case(wanted)  # open, though the list does not reach it
                return
            if row != self.result_table.currentIndex().row():
                self.result_table.setCurrentIndex(self.results.index(row, 0))
                return
        card = self.results.card(self.result_table.currentIndex().row())
        if card is not None and (self.shown_case is None or self._whole_case != card.id):
            self.show_case(card.id)

    def open_current(self) -> None:
        """Open the selected result for reading: its page takes the keyboard."""
        if self.result_table.currentIndex().isValid():
            self._show_current()
            self.case_view.setFocus()

    def _open_from_search(self) -> None:
        if self._timer.isActive():
            self._open_when_shown = True
            self.run_search()
        else:
            self.open_current()

    def selected_case_ids(self) -> list[str]:
        """The ids of the selected results, in the order they are listed."""
        rows = sorted(index.row() for index in self.result_table.selectionModel().selectedRows())
        cards = [self.results.card(row) for row in rows]
        return [card.id for card in cards if card is not None]

    def _update_compare_action(self) -> None:
        from desktop.catalogue.compare import MAX_CASES, MIN_CASES

        selected = len(self.result_table.selectionModel().selectedRows())
        self.compare_action.setEnabled(MIN_CASES <= selected <= MAX_CASES)

    def compare_selected(self) -> None:
        """Open the selected cases (two or three) side by side."""
        from desktop.ui.browse.compare import open_compare

        if self.catalogue is not None:
            open_compare(self, self.tasks, self.catalogue, self.selected_case_ids(), self.show_case)

    def show_guide(self) -> None:
        """Open the user guide (F1)."""
        from desktop.ui.help import open_guide

        open_guide(self)

    def add_current_to_shortlist(self) -> None:
        """Put the selected case on a shortlist, asking which one (or a new one)."""
        from desktop.ui.browse.shortlists import add_to_shortlist

        card = self.results.card(self.result_table.currentIndex().row())
        if card is not None and self.catalogue is not None:
            add_to_shortlist(
                self,
                self.tasks,
                self.catalogue,
                [card.id],
                self._shortlist_changed,
                lambda said: self.statusBar().showMessage(said, 10000),
            )

    def _shortlist_changed(self, shortlist_id: str) -> None:
        if self.shortlists_window is not None:
            self.shortlists_window.refresh(shortlist_id)

    def show_shortlists(self) -> None:
        """Open the shortlists window (one per main window), up to date."""
        from desktop.ui.browse.shortlists import ShortlistsWindow

        if self.catalogue is None:
            return
        if self.shortlists_window is None:
            self.shortlists_window = ShortlistsWindow(self.tasks, self.catalogue, self)
            self.shortlists_window.case_requested.connect(self.show_case)
        else:
            self.shortlists_window.refresh()
        self.shortlists_window.show()
        self.shortlists_window.raise_()
        self.shortlists_window.activateWindow()

    def show_case(self, case_id: str) -> None:
        """Load a case (and cases like it) on the worker and show its page."""
        catalogue = self.catalogue
        if catalogue is None:
            return
        self._case_serial += 1
        serial = self._case_serial

        def load() -> tuple[Case, str, dict[str, bytes]] | None:
            if serial != self._case_serial:
                return None  # the person moved on before this page was loaded
            from desktop.catalogue.render import case_html
            from desktop.documents.fonts import scripts_without_font

            case = catalogue.get(case_id)
            page = case_html(case)
            unshown = scripts_without_font(" ".join((case.title, case.local_title, case.summary, case.body)))
            return case, self._font_note(unshown) + page, catalogue.case_images(case)

        def related() -> str | None:
            # Cases like this one come second, and not at all once the person has moved on (or
            # typed): they cost a search of their own, which a new search need not wait for.
            if serial != self._case_serial:
                return None
            from desktop.catalogue.render import alike_text, related_html

            return related_html([(c.id, c.title, alike_text(c.alike)) for c in catalogue.more_like(case_id)])

        self.shown_case = (case_id, self.shown_case[1] if self.shown_case else "")
        self._whole_case = None
        self.tasks.run(load, lambda loaded: self._show_case_page(serial, loaded))
        # Asked for only once the page has stayed a moment, so typing never waits behind it.
        QTimer.singleShot(
            RELATED_DELAY_MS,
            lambda: (
                serial == self._case_serial
                and self.tasks.run(related, lambda section: self._show_related(serial, section))
            ),
        )

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
        if section is None or serial != self._case_serial:
            return
        self.case_view.append_html(section)
        self._whole_case = self.shown_case[0] if self.shown_case else None

    def _show_case_page(self, serial: int, loaded: tuple[Case, str, dict[str, bytes]] | None) -> None:
        if loaded is None or serial != self._case_serial:
            return
        case, page, images = loaded
        self.shown_case = (case.id, case.title)
        self.case_view.show_page(page, images)
        self.case_shown.emit(case.id)

    def print_case(self) -> None:
        """Print the shown case through the system's print dialog."""
        from desktop.ui.kit.document_actions import ask_printer

        if self.shown_case is None:
            self.statusBar().showMessage(self.tr("Choose a case to print it."), 5000)
            return
        printer = ask_printer(self, self.shown_case[1])
        if printer is not None:
            self.case_view.document().print_(printer)

    def export_case(self, target: tuple[Path, str] | None = None) -> None:
        """Write the shown case as a document (Word, OpenDocument, PDF, HTML or Markdown)."""
        from desktop.catalogue.issuer import load_issuer
        from desktop.documents.case_document import case_document
        from desktop.documents.export import export_document
        from desktop.ui.kit.document_actions import ask_export_target, when_fonts_allow

        catalogue, shown = self.catalogue, self.shown_case
        if catalogue is None or shown is None:
            self.statusBar().showMessage(self.tr("Choose a case to export it."), 5000)
            return
        target = target or ask_export_target(self, self.tr("Export case"), shown[1])
        if target is None:
            return
        path, fmt = target

        def written(out: Path) -> None:
            self.statusBar().showMessage(self.tr("Exported to {file}").format(file=out), 8000)

        when_fonts_allow(
            self,
            self.tasks,
            fmt,
            lambda: case_document(catalogue.get(shown[0]), load_issuer(catalogue)),
            lambda: self.tasks.run(
                lambda: export_document(
                    case_document(catalogue.get(shown[0]), load_issuer(catalogue)), fmt, path
                ),
                written,
            ),
        )

    # Long work

    def reindex(self) -> None:
        """Rebuild the search index on a thread of its own, with progress and Cancel: searching
        goes on meanwhile, from the index as it was."""
        catalogue = self.catalogue
        if catalogue is None or not self.reindex_action.isEnabled():
            return
        flag = self._start_cancellable()
        progress = self.tasks.progress_callback(self.tr("Rebuilding the search index"))
        # Started on the catalogue's thread, which reads what the index lacks; it returns at once.
        self.tasks.run(lambda: catalogue.rebuild_in_background(progress, flag), self._watch_rebuild)

    def _watch_rebuild(self, rebuild: IndexCatchUp) -> None:
        """Report the rebuild once its thread ends (looked at a few times a second)."""
        if rebuild.is_alive():
            QTimer.singleShot(REBUILD_POLL_MS, self, lambda: self._watch_rebuild(rebuild))
            return
        self._reindexed(rebuild.completed)

    def _reindexed(self, completed: bool) -> None:
        self._set_busy(False)
        message = self.tr("Search index rebuilt.") if completed else self.tr("Rebuild cancelled.")
        self.statusBar().showMessage(message, 5000)
        self.run_search()

    def _start_cancellable(self) -> CancelFlag:
        """A fresh cancel flag for long work about to start, with the busy bar and Cancel shown."""
        self._cancel_flag = CancelFlag()
        self._set_busy(True, cancellable=True)
        return self._cancel_flag

    def _cancel(self) -> None:
        if self._cancel_flag:
            self._cancel_flag.cancel()

    def _set_busy(self, busy: bool, cancellable: bool = False) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy and cancellable)
        if hasattr(self, "reindex_action"):
            self.reindex_action.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)

    def _show_progress(self, label: str, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{label}: %v/%m")
        self.statusBar().showMessage(label)

    def _show_error(self, message: str) -> None:
        self._set_busy(False)
        self.statusBar().showMessage(message, 10000)

    # Spreadsheets

    def import_spreadsheet(self) -> None:
        """Open the spreadsheet import dialog on a chosen file; imported cases show in the results."""
        self.import_spreadsheet_file(None)

    def import_spreadsheet_file(self, path: Path | None) -> None:
        """Open the spreadsheet import dialog on a file, or on one it asks for."""
        from desktop.ui.exchange.sheet_dialogs import SheetImportDialog

        dialog = SheetImportDialog(self.tasks, lambda: self.catalogue, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._spreadsheet_imported)
        dialog.open()
        if path is None:
            dialog.choose_file()
        else:
            dialog.load(path)

    def find_duplicates(self) -> None:
        """List the likely duplicate cases, to merge them two at a time."""
        from desktop.ui.browse.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.tasks, lambda: self.catalogue, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.run_search)
        dialog.changed.connect(self.synced.emit)
        dialog.open()
        dialog.find()

    def _spreadsheet_imported(self, counts: dict[str, Any]) -> None:
        message = self.tr("Sheet imported: {created} created, {updated} updated, {unchanged} unchanged.")
        if counts.get("rejected_file"):
            message += " " + self.tr("{error} row(s) with problems set aside in {rejected_file}.")
        self.statusBar().showMessage(message.format(**counts), 10000)
        self.run_search()

    def export_results(self) -> None:
        """Export every case of the search shown (not only the rows on screen) to a CSV or XLSX file."""
        from desktop.ui.exchange.sheet_dialogs import ResultsExporter

        exporter = ResultsExporter(self.tasks, lambda: self.catalogue, self)
        exporter.finished.connect(lambda message: self.statusBar().showMessage(message, 10000))
        exporter.finished.connect(exporter.deleteLater)
        exporter.choose_and_export(self.current_request)

    # Sync

    def _sync_service(self) -> SyncService:
        """The sync service, made on the worker (it uses the catalogue's connection)."""
        if self._sync is None:
            from desktop.sync.service import SyncService

            self._sync = SyncService(self.catalogue)
        return self._sync

    def choose_bundles(self) -> None:
        """Ask for bundle files and open their import previews."""
        from desktop.ui.kit.folders import remember_folder, start_folder

        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), str(start_folder("bundles")), self.tr("LEAPS bundles (*.leaps)")
        )
        if paths:
            remember_folder("bundles", Path(paths[0]))
        self.open_files(paths)

    def open_files(self, paths: list[str]) -> None:
        """Open the import preview of each bundle (dropped, double-clicked or given on the command line)."""
        self.raise_()
        self.activateWindow()
        bundles = [p for p in paths if p.lower().endswith(".leaps")]
        if self.catalogue is None:
            self._waiting_files += bundles
            return
        for path in bundles:
            self._preview_bundle(path)

    def _preview_bundle(self, path: str) -> None:
        def verify() -> tuple[Any, ImportReport, list[Any]]:
            from desktop.catalogue.duplicates import incoming_duplicates

            sync = self._sync_service()
            bundle = sync.open(Path(path))  # a signer not trusted yet: only the manifest is read
            return bundle, sync.preview(bundle), incoming_duplicates(sync.catalogue, bundle.records)

        self._set_busy(True)
        self.statusBar().showMessage(self.tr("Checking %s…") % Path(path).name)
        self.tasks.run(verify, self._ask_to_import, self._bundle_refused)

    def _bundle_refused(self, error: Exception) -> None:
        from desktop.store.errors import CancelledError

        self._set_busy(False)
        self.statusBar().clearMessage()
        if isinstance(error, CancelledError):
            self.statusBar().showMessage(str(error), 10000)
            return
        QMessageBox.warning(self, self.tr("Bundle not imported"), as_html(str(error)))

    def _ask_to_import(self, checked: tuple[Any, ImportReport, list[Any]]) -> None:
        from desktop.ui.exchange.sync_dialogs import ImportPreviewDialog

        self._set_busy(False)
        self.statusBar().clearMessage()
        bundle, report, alike = checked
        own = self._sync.device_id if self._sync is not None else ""
        dialog = ImportPreviewDialog(report, self, own, alike)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.trust is None:
            return
        trust = dialog.trust
        progress = self.tasks.progress_callback(self.tr("Importing %s") % Path(report.file).name)
        flag = self._start_cancellable()
        self.tasks.run(
            lambda: self._sync_service().import_bundle(bundle, trust, progress, flag),
            self._imported,
            self._bundle_refused,
        )

    def _imported(self, report: ImportReport) -> None:
        self._set_busy(False)
        counts = report.counts
        self.statusBar().showMessage(
            self.tr("Imported: %d new, %d updated, %d conflicts, %d deletions")
            % (counts["new"], counts["updated"], counts["conflicts"], counts["deletions"]),
            10000,
        )
        self.run_search()
        self.synced.emit()

    def export_bundle(self) -> None:
        """Choose what to export and where, then write the bundle in the background."""
        if self.catalogue is None:
            return
        self.tasks.run(lambda: self._sync_service().peers(), self._ask_export)

    def _ask_export(self, peers: list[dict[str, Any]]) -> None:
        from desktop.ui.exchange.sync_dialogs import ExportDialog

        dialog = ExportDialog(peers, self.shown_case, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options, target = dialog.options(), dialog.target()
        progress = self.tasks.progress_callback(self.tr("Exporting {file}").format(file=target.name))
        flag = self._start_cancellable()
        self.tasks.run(
            lambda: self._sync_service().export(target, **options, progress=progress, cancelled=flag),
            self._exported,
            self._bundle_refused,
        )

    def _exported(self, paths: list[Path]) -> None:
        self._set_busy(False)
        names = ", ".join(p.name for p in paths)
        self.statusBar().showMessage(self.tr("Wrote %s") % names, 10000)

    def show_conflicts(self) -> None:
        """List open conflicts and settle them one by one."""
        if self.catalogue is None:
            return
        from desktop.ui.exchange.sync_dialogs import ConflictsDialog

        dialog = ConflictsDialog(self)
        self.conflicts_dialog = dialog

        def refresh() -> None:
            self.tasks.run(lambda: self._sync_service().conflicts(), dialog.set_conflicts)

        def resolve(conflict_id: str, keep: str, merged: Any) -> None:
            def done(_result: Any) -> None:
                refresh()
                self.run_search()
                self.synced.emit()

            self.tasks.run(
                lambda: self._sync_service().resolve(conflict_id, keep, merged), done, self._bundle_refused
            )

        dialog.on_resolve = resolve
        refresh()
        dialog.show()

    def show_devices(self) -> None:
        """This device, known devices with their trust, and the history of bundles."""
        if self.catalogue is None:
            return

        def gather() -> tuple[dict[str, str], list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
            from desktop.sync.org import Membership

            sync = self._sync_service()
            return sync.device(), sync.peers(), sync.history(), Membership(sync.db).status()

        self.tasks.run(gather, self._show_devices)

    def _show_devices(
        self, found: tuple[dict[str, str], list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]
    ) -> None:
        from desktop.ui.exchange.sync_dialogs import DevicesDialog

        dialog = DevicesDialog(*found, parent=self)
        dialog.on_trust = lambda key, level: self.tasks.run(lambda: self._sync_service().trust(key, level))
        dialog.on_forget = lambda key: self.tasks.run(lambda: self._sync_service().forget(key))
        self.devices_dialog = dialog
        dialog.show()

    def choose_sync_folder(self) -> None:
        """Pick the folder (USB stick, share, synced folder) that bundles are exchanged through."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"))
        if folder:
            settings("sync").setValue("folder", folder)
            self.sync_folder_now()

    def sync_folder_now(self) -> None:
        """Import new bundles from the sync folder and write this device's bundle there."""
        folder = settings("sync").value("folder")
        if self.catalogue is None or not folder:
            if not folder:
                self.choose_sync_folder()
            return
        self._set_busy(True)
        self.statusBar().showMessage(self.tr("Syncing with %s…") % folder)
        self.tasks.run(
            lambda: self._sync_service().sync_folder(Path(str(folder))), self._synced, self._bundle_refused
        )

    def _synced(self, result: dict[str, Any]) -> None:
        self._set_busy(False)
        message = self.tr("Sync folder: %d bundle(s) imported") % len(result["imported"])
        if result["refused"]:
            message += " · " + self.tr("%d refused (import them by hand to decide about their signer)") % len(
                result["refused"]
            )
            message += ": " + ", ".join(Path(refused["file"]).name for refused in result["refused"])
        self.statusBar().showMessage(message, 15000)
        self.run_search()
        self.synced.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept `.leaps` bundles and spreadsheets dragged onto the window."""
        if any(_is_bundle(u.toLocalFile()) or _is_sheet(u.toLocalFile()) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """A dropped bundle opens its import preview; a dropped spreadsheet, the sheet import."""
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        self.open_files([p for p in paths if _is_bundle(p)])
        sheets = [p for p in paths if _is_sheet(p)]
        if sheets:
            self.import_spreadsheet_file(Path(sheets[0]))
        if len(sheets) > 1:
            message = self.tr("One spreadsheet at a time: importing {file} first.")
            self.statusBar().showMessage(message.format(file=Path(sheets[0]).name), 10000)

    # Keyboard

    def focus_search(self) -> None:
        """Put the keyboard in the search box with its text selected."""
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _move_current(self, step: int) -> None:
        rows = self.results.rowCount()
        if not rows:
            return
        row = min(max(self.result_table.currentIndex().row() + step, 0), rows - 1)
        index = self.results.index(row, 0)
        self.result_table.setCurrentIndex(index)
        self.result_table.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the search box Esc clears and Up/Down move through the results; Enter in the table opens."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box:
            if key == Qt.Key.Key_Escape:
                self.search_box.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_current(1 if key == Qt.Key.Key_Down else -1)
                return True
        elif watched is self.result_table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def _about(self) -> None:
        from desktop.ui.help import open_about

        open_about(self, self.data_dir, self.tasks)


def _is_bundle(path: str) -> bool:
    return path.lower().endswith(".leaps")


def _is_sheet(path: str) -> bool:
    from desktop.sheets.reading import DROPPED_SUFFIXES

    return path.lower().endswith(DROPPED_SUFFIXES)
