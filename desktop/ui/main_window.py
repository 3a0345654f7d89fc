"""The main window: search as you type, a result list, and the selected case."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
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
from desktop.search.types import SearchRequest
from desktop.ui.case_view import CaseView
from desktop.ui.results import ResultDelegate, ResultModel
from desktop.ui.settings import settings
from desktop.ui.tasks import CancelFlag, TaskRunner

if TYPE_CHECKING:
    from desktop.catalogue import Catalogue, ResultPage
    from desktop.store.records import Case
    from desktop.sync.service import ImportReport, SyncService

SEARCH_DELAY_MS = 150
PAGE_SIZE = 50


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
        self._sync: SyncService | None = None
        self._request = SearchRequest()
        self._waiting_files: list[str] = []
        self.search_ready = False
        self.shown_case: tuple[str, str] | None = None
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
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
        # Cards are laid out a few at a time, so the first ones show before all fifty are measured.
        self.result_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.result_list.setBatchSize(8)
        self.result_list.setWordWrap(True)
        self.result_list.setAccessibleName(self.tr("Results"))
        self.result_list.selectionModel().currentChanged.connect(self._current_changed)
        self.result_list.verticalScrollBar().valueChanged.connect(self._scrolled)

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

        sync_menu = self.menuBar().addMenu(self.tr("&Sync"))
        for label, shortcut, slot in (
            (self.tr("&Import Bundle…"), "Ctrl+I", self.choose_bundles),
            (self.tr("&Export Bundle…"), "Ctrl+Shift+E", self.export_bundle),
            (self.tr("&Conflicts…"), "", self.show_conflicts),
            (self.tr("&Devices and History…"), "", self.show_devices),
            (self.tr("Choose Sync &Folder…"), "", self.choose_sync_folder),
            (self.tr("&Sync Now"), "F5", self.sync_folder_now),
        ):
            action = QAction(label, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            sync_menu.addAction(action)

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
        self._set_busy(True, cancellable=False)

        def open_catalogue() -> tuple[Catalogue, ResultPage]:
            # Imported here, on the worker: loading the catalogue's libraries must not delay the window.
            from desktop.catalogue import Catalogue

            catalogue = Catalogue.open(self.data_dir, check_index=False)
            return catalogue, catalogue.browse(PAGE_SIZE)

        self.tasks.run(open_catalogue, self._catalogue_opened, self._catalogue_failed)

    def _catalogue_opened(self, opened: tuple[Catalogue, ResultPage]) -> None:
        catalogue, first_page = opened
        self.catalogue = catalogue
        if not self.search_box.text().strip():
            # Cases from SQLite at once; the search engine loads (and the index is checked) next.
            self._show_results(self._search_serial, first_page)
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
        request = SearchRequest(text=self.search_box.text(), limit=PAGE_SIZE)
        self._request = request
        self.tasks.run(lambda: catalogue.search(request), lambda page: self._show_results(serial, page))

    def _scrolled(self, value: int) -> None:
        """Near the end of the list, ask for the next page of results."""
        bar = self.result_list.verticalScrollBar()
        if not self.search_ready or value < bar.maximum() - bar.pageStep():
            return
        offset = self.results.next_page_offset()
        if offset is not None:
            self._fetch_more(offset)

    def _fetch_more(self, offset: int) -> None:
        catalogue = self.catalogue
        if catalogue is None:
            return
        serial = self._search_serial
        request = replace(self._request, offset=offset)

        def arrived(page: ResultPage) -> None:
            if serial == self._search_serial:
                self.results.page_arrived(offset, page.cards)

        self.tasks.run(lambda: catalogue.search(request), arrived)

    def _show_results(self, serial: int, page: ResultPage) -> None:
        if serial != self._search_serial:
            return  # a newer search is on its way; this one's results are stale
        previous = self._current_id()
        self.results.set_cards(page.cards, page.total)
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
            from desktop.render import case_html

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
        self.shown_case = (case.id, case.title)
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

    # Sync

    def _sync_service(self) -> SyncService:
        """The sync service, made on the worker (it uses the catalogue's connection)."""
        if self._sync is None:
            from desktop.sync.service import SyncService

            self._sync = SyncService(self.catalogue)
        return self._sync

    def choose_bundles(self) -> None:
        """Ask for bundle files and open their import previews."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), "", self.tr("LEAPS bundles (*.leaps)")
        )
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
        def verify() -> tuple[Any, ImportReport]:
            sync = self._sync_service()
            bundle = sync.read(Path(path))
            return bundle, sync.preview(bundle)

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
        QMessageBox.warning(self, self.tr("Bundle not imported"), str(error))

    def _ask_to_import(self, checked: tuple[Any, ImportReport]) -> None:
        from desktop.ui.sync_dialogs import ImportPreviewDialog

        self._set_busy(False)
        self.statusBar().clearMessage()
        bundle, report = checked
        dialog = ImportPreviewDialog(report, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.trust is None:
            return
        trust = dialog.trust
        self._cancel_flag = CancelFlag()
        flag = self._cancel_flag
        progress = self.tasks.progress_callback(self.tr("Importing %s") % Path(report.file).name)
        self._set_busy(True, cancellable=True)
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

    def export_bundle(self) -> None:
        """Choose what to export and where, then write the bundle in the background."""
        if self.catalogue is None:
            return
        self.tasks.run(lambda: self._sync_service().peers(), self._ask_export)

    def _ask_export(self, peers: list[dict[str, Any]]) -> None:
        from desktop.ui.sync_dialogs import ExportDialog

        dialog = ExportDialog(peers, self.shown_case, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save bundle"), "catalogue.leaps", self.tr("LEAPS bundles (*.leaps)")
        )
        if not target:
            return
        if not target.lower().endswith(".leaps"):
            target += ".leaps"
        self._set_busy(True)
        self.tasks.run(
            lambda: self._sync_service().export(Path(target), **options), self._exported, self._bundle_refused
        )

    def _exported(self, paths: list[Path]) -> None:
        self._set_busy(False)
        names = ", ".join(p.name for p in paths)
        self.statusBar().showMessage(self.tr("Wrote %s") % names, 10000)

    def show_conflicts(self) -> None:
        """List open conflicts and settle them one by one."""
        if self.catalogue is None:
            return
        from desktop.ui.sync_dialogs import ConflictsDialog

        dialog = ConflictsDialog(self)
        self.conflicts_dialog = dialog

        def refresh() -> None:
            self.tasks.run(lambda: self._sync_service().conflicts(), dialog.set_conflicts)

        def resolve(conflict_id: str, keep: str, merged: Any) -> None:
            def done(_result: Any) -> None:
                refresh()
                self.run_search()

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

        def gather() -> tuple[dict[str, str], list[dict[str, Any]], list[dict[str, Any]]]:
            sync = self._sync_service()
            return sync.device(), sync.peers(), sync.history()

        self.tasks.run(gather, self._show_devices)

    def _show_devices(self, found: tuple[dict[str, str], list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        from desktop.ui.sync_dialogs import DevicesDialog

        dialog = DevicesDialog(*found, parent=self)
        dialog.on_trust = lambda device_id, level: self.tasks.run(
            lambda: self._sync_service().trust(device_id, level)
        )
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
        self.statusBar().showMessage(message, 15000)
        self.run_search()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept `.leaps` files dragged onto the window."""
        if any(u.toLocalFile().lower().endswith(".leaps") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """A dropped bundle opens its import preview."""
        self.open_files([u.toLocalFile() for u in event.mimeData().urls()])

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
