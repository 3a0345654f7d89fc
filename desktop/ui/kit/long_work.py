"""The status bar's progress bar and Cancel button, and the cancel flag of the long work running."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from desktop.ui.tasks import CancelFlag, TaskRunner


class LongWork(QObject):
    """Shows the worker's progress and errors in a status bar; Cancel stops the work that allows it."""

    # Busy or not: actions that must not run twice at once follow it.
    busy_changed = Signal(bool)

    def __init__(self, status: QStatusBar, tasks: TaskRunner) -> None:
        super().__init__(status)
        self._status = status
        self._flag: CancelFlag | None = None
        self.busy = False
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.clicked.connect(self.cancel)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        tasks.progressed.connect(self._show_progress)
        tasks.failed.connect(self._show_error)
        self.set_busy(False)

    def start_cancellable(self) -> CancelFlag:
        """A fresh cancel flag for long work about to start, with the busy bar and Cancel shown."""
        flag = self.quiet_flag()
        self.set_busy(True, cancellable=True)
        return flag

    def quiet_flag(self) -> CancelFlag:
        """A fresh cancel flag for work that shows its own progress (closing the window cancels it)."""
        self._flag = CancelFlag()
        return self._flag

    def cancel(self) -> None:
        """Ask the long work running to stop at its next step."""
        if self._flag:
            self._flag.cancel()

    def set_busy(self, busy: bool, cancellable: bool = False) -> None:
        """Show or hide the busy bar (and Cancel, for work that can stop)."""
        self.busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy and cancellable)
        if busy:
            self.progress.setRange(0, 0)
        self.busy_changed.emit(busy)

    def say(self, message: str, timeout_ms: int = 0) -> None:
        """Show a message in the status bar (for `timeout_ms`, or until the next one)."""
        self._status.showMessage(message, timeout_ms)

    def _show_progress(self, label: str, done: int, total: int) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{label}: %v/%m")
        self._status.showMessage(label)

    def _show_error(self, message: str) -> None:
        self.set_busy(False)
        self._status.showMessage(message, 10000)
