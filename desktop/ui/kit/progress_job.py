"""Work on the catalogue thread shown in a progress dialog, ending in one line for the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class ProgressJob(QObject):
    """Holds the progress dialog of the job running; `finished` carries what came of it."""

    finished = Signal(str)
    # (steps done, steps in all), emitted on the worker, shown on the UI thread.
    progressed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: QProgressDialog | None = None
        self.progressed.connect(self._show_progress)

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _done(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit(message)
