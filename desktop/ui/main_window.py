"""The main window: search as you type, a result list, and the selected case."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.catalogue import Catalogue, ResultPage
from desktop.render import case_html
from desktop.search import SearchRequest
from desktop.store.records import Case
from desktop.ui.case_view import CaseView
from desktop.ui.results import ResultDelegate, ResultModel
from desktop.ui.settings import settings
from desktop.ui.tasks import CancelFlag, TaskRunner

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    """Search box over results over the case page; all catalogue work runs on the worker."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.catalogue: Catalogue | None = None
        self.tasks = TaskRunner(self)
        self.tasks.progressed.connect(self._show_progress)
        self.tasks.failed.connect(self._show_error)
        self._search_serial = 0
        self._cancel_flag: CancelFlag | None = None
        self.setWindowTitle(APP_NAME)
        self._build()
        self._build_menus()
        self._restore_state()
        self._open_catalogue()

    # Building the window

    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search cases: night bus, 서울, 杭州, city:seoul, sdg:11"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.textChanged.connect(self._schedule_search)
        self.search_box.returnPressed.connect(self._focus_results)
        self.search_box.installEventFilter(self)

        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setAccessibleName(self.tr("Result count"))
        self.hint.linkActivated.connect(self.search_box.setText)

        self.results = ResultModel(self)
        self.result_list = QListView()
        self.result_list.setModel(self.results)
        self.result_list.setItemDelegate(ResultDelegate(self.result_list))
        self.result_list.setUniformItemSizes(False)
        self.result_list.setWordWrap(True)
        self.result_list.setAccessibleName(self.tr("Results"))
        self.result_list.selectionModel().currentChanged.connect(self._current_changed)

        self.case_view = CaseView()
        self.case_view.case_link_clicked.connect(self.show_case)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_box)
        column.addWidget(self.hint)
        column.addWidget(self.result_list)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.reindex_action = QAction(self.tr("&Rebuild Search Index"), self)
        self.reindex_action.triggered.connect(self.reindex)
        file_menu.addAction(self.reindex_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_search)
        edit_menu.addAction(find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About %s") % APP_NAME, self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    # Remembered state

    def _restore_state(self) -> None:
        state = settings("main_window")
        geometry = state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = state.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.search_box.blockSignals(True)
        self.search_box.setText(str(state.value("last_search", "")))
        self.search_box.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        state = settings("main_window")
        state.setValue("geometry", self.saveGeometry())
        state.setValue("splitter", self.splitter.saveState())
        state.setValue("last_search", self.search_box.text())
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
        self._cancel_flag = CancelFlag()
        self._set_busy(True, cancellable=False)
        progress = self.tasks.progress_callback(self.tr("Building the search index"))
        flag = self._cancel_flag
        self.tasks.run(
            lambda: Catalogue.open(self.data_dir, progress=progress, cancelled=flag),
            self._catalogue_opened,
            self._catalogue_failed,
        )

    def _catalogue_opened(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._set_busy(False)
        self.statusBar().clearMessage()
        self.run_search()

    def _catalogue_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.search_box.setEnabled(False)
        message = self.tr("The catalogue could not be opened.")
        self.hint.setText(f"<b style='color:#b00020'>{html.escape(message)}</b>")
        self.case_view.show_page(f"<h2>{html.escape(message)}</h2><p>{html.escape(str(error))}</p>")

    # Searching

    def _schedule_search(self) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Search now for the box's text (normally called by the typing timer)."""
        catalogue = self.catalogue
        if catalogue is None:
            return
        self._timer.stop()
        self._search_serial += 1
        serial = self._search_serial
        request = SearchRequest(text=self.search_box.text(), limit=200)
        self.tasks.run(lambda: catalogue.search(request), lambda page: self._show_results(serial, page))

    def _show_results(self, serial: int, page: ResultPage) -> None:
        if serial != self._search_serial:
            return  # a newer search is on its way; this one's results are stale
        previous = self._current_id()
        self.results.set_cards(page.cards)
        parts = [self.tr("%n case(s)", "", page.total)]
        if page.read_as_plain_words:
            parts.append(self.tr("query read as plain words"))
        if page.suggestion:
            suggestion = html.escape(page.suggestion)
            parts.append(self.tr("did you mean") + f" <a href='{suggestion}'>{suggestion}</a>?")
        if page.total == 0 and not page.suggestion:
            parts.append(self.tr("try fewer words, or clear the search to browse everything"))
        self.hint.setText(" · ".join(parts))
        rows = [c.id for c in page.cards]
        row = rows.index(previous) if previous in rows else 0
        if rows:
            self.result_list.setCurrentIndex(self.results.index(row))
        else:
            self.case_view.show_page("")

    def _current_id(self) -> str | None:
        index = self.result_list.currentIndex()
        return self.results.card(index.row()).id if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_case(self.results.card(current.row()).id)

    def show_case(self, case_id: str) -> None:
        """Load a case (and cases like it) on the worker and show its page."""
        catalogue = self.catalogue
        if catalogue is None:
            return

        def load() -> tuple[Case, str, dict[str, bytes]]:
            case = catalogue.get(case_id)
            related = [(c.id, c.title) for c in catalogue.more_like(case_id)]
            images = {
                a.sha256: catalogue.attachment_bytes(a.sha256) or b""
                for a in case.attachments
                if a.media_type.startswith("image/")
            }
            return case, case_html(case, related), images

        self.tasks.run(load, self._show_case_page)

    def _show_case_page(self, loaded: tuple[Case, str, dict[str, bytes]]) -> None:
        case, page, images = loaded
        self.shown_case_id = case.id
        self.case_view.show_page(page, images)

    # Long work

    def reindex(self) -> None:
        """Rebuild the search index in the background, with progress and Cancel."""
        catalogue = self.catalogue
        if catalogue is None or not self.reindex_action.isEnabled():
            return
        self._cancel_flag = CancelFlag()
        flag = self._cancel_flag
        self._set_busy(True, cancellable=True)
        progress = self.tasks.progress_callback(self.tr("Rebuilding the search index"))
        self.tasks.run(lambda: catalogue.reindex(progress, flag), self._reindexed)

    def _reindexed(self, completed: bool) -> None:
        self._set_busy(False)
        message = self.tr("Search index rebuilt.") if completed else self.tr("Rebuild cancelled.")
        self.statusBar().showMessage(message, 5000)
        self.run_search()

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

    # Keyboard

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _focus_results(self) -> None:
        self.run_search()
        self.result_list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Esc clears the search; Down moves from the search box into the results."""
        if (
            watched is self.search_box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.search_box.clear()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.result_list.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About %s") % APP_NAME,
            self.tr(
                "<h3>%s %s</h3><p>An offline catalogue of city innovation cases: "
                "learn, exchange, adapt, prototype, scale.</p>"
                "<p>Built on Qt and PySide6 (LGPL), SQLite, sqlite-utils, Whoosh, "
                "Python-Markdown and nh3.</p>"
            )
            % (APP_NAME, __version__),
        )
