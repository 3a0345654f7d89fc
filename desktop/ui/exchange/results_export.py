"""Every case of a search written to a CSV or XLSX file, in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.i18n import error_text
from desktop.ui.kit.progress_job import ProgressJob
from desktop.ui.kit.save_dialog import ask_save_target
from desktop.ui.tasks import CancelFlag, CatalogueAccess, TaskRunner

if TYPE_CHECKING:
    from desktop.search import SearchRequest


class ResultsExporter(ProgressJob):
    """Writes a search's whole result set to a .csv or .xlsx file on the worker, with progress and Cancel."""

    def __init__(self, tasks: TaskRunner, catalogue: CatalogueAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.catalogue = catalogue
        self.window = parent

    def choose_and_export(self, request: SearchRequest) -> None:
        """Ask where to save, then export."""
        formats = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "csv": self.tr("CSV UTF-8 (*.csv)")}
        target = ask_save_target(self.window, self.tr("Export results"), "results", formats)
        if target is not None:
            self.export_to(request, target[0])

    def export_to(self, request: SearchRequest, path: Path) -> None:
        """Export every case `request` finds to `path` on the worker; `finished` carries the outcome."""
        catalogue = self.catalogue()
        if catalogue is None:
            self.finished.emit(self.tr("The catalogue is still opening; try again in a moment."))
            return
        from desktop.sheets.exporting import export_results

        flag = CancelFlag()
        self.dialog = QProgressDialog(
            self.tr("Exporting results to {file}…").format(file=path.name),
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        self.dialog.setWindowTitle(self.tr("Export results"))
        self.dialog.setMinimumDuration(500)
        self.dialog.canceled.connect(flag.cancel)
        self.tasks.run(
            lambda: export_results(catalogue, request, path, self.progressed.emit, flag),
            lambda count: self._done(self.tr("Exported %n case(s) to {file}.", "", count).format(file=path)),
            lambda error: self._done(error_text(error)),
        )

