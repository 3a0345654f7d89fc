"""Spreadsheets in and out of the catalogue, and duplicates found and merged, from the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from desktop.search.types import SearchRequest
    from desktop.ui.tasks import CatalogueAccess, TaskRunner


class SheetActions(QObject):
    """Opens the sheet import and the results export; `imported` after a sheet import, `merged`
    after duplicates were merged or unmerged."""

    imported = Signal()
    merged = Signal()

    def __init__(
        self, parent: QWidget, tasks: TaskRunner, access: CatalogueAccess, status: QStatusBar
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self._access = access
        self._status = status

    def import_spreadsheet(self) -> None:
        """Open the spreadsheet import dialog on a chosen file; imported cases show in the results."""
        self.import_spreadsheet_file(None)

    def import_spreadsheet_file(self, path: Path | None) -> None:
        """Open the spreadsheet import dialog on a file, or on one it asks for."""
        from desktop.ui.exchange.sheet_dialogs import SheetImportDialog

        dialog = SheetImportDialog(self._tasks, self._access, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._spreadsheet_imported)
        dialog.open()
        if path is None:
            dialog.choose_file()
        else:
            dialog.load(path)

    def _spreadsheet_imported(self, counts: dict[str, Any]) -> None:
        message = self.tr("Sheet imported: {created} created, {updated} updated, {unchanged} unchanged.")
        if counts.get("rejected_file"):
            message += " " + self.tr("{error} row(s) with problems set aside in {rejected_file}.")
        self._status.showMessage(message.format(**counts), 10000)
        self.imported.emit()

    def drop_sheets(self, paths: list[str]) -> None:
        """Import the first of the spreadsheets dropped on the window (one at a time), saying so."""
        sheets = [p for p in paths if is_sheet(p)]
        if sheets:
            self.import_spreadsheet_file(Path(sheets[0]))
        if len(sheets) > 1:
            message = self.tr("One spreadsheet at a time: importing {file} first.")
            self._status.showMessage(message.format(file=Path(sheets[0]).name), 10000)

    def export_results(self, request: SearchRequest) -> None:
        """Export every case of a search (not only the rows on screen) to a CSV or XLSX file."""
        from desktop.ui.exchange.results_export import ResultsExporter

        exporter = ResultsExporter(self._tasks, self._access, self._parent)
        exporter.finished.connect(lambda message: self._status.showMessage(message, 10000))
        exporter.finished.connect(exporter.deleteLater)
        exporter.choose_and_export(request)

    def find_duplicates(self) -> None:
        """List the likely duplicate cases, to merge them two at a time."""
        from desktop.ui.browse.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self._tasks, self._access, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.merged.emit)
        dialog.open()
        dialog.find()


def is_sheet(path: str) -> bool:
    """Whether a file is a spreadsheet the import reads, by its name."""
    from desktop.sheets.reading import DROPPED_SUFFIXES

    return path.lower().endswith(DROPPED_SUFFIXES)
