"""Catalogue work on one background thread, with results handed back on the UI thread.

SQLite connections belong to the thread that made them, so every catalogue call runs on the
same single worker; widgets are only touched in the callbacks, which run on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop.catalogue import Catalogue

log = logging.getLogger(__name__)
# How windows and dialogs reach the catalogue: None while it is still opening, or once it is closed.
CatalogueAccess = Callable[[], "Catalogue | None"]


class TaskRunner(QObject):
    """Queues work for the catalogue thread and calls back on the UI thread."""

    _delivered = Signal(object)
    progressed = Signal(str, int, int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalogue")
        self._delivered.connect(self._deliver)
        self._closed = False

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run `work` on the catalogue thread; then `on_done(result)` or `on_error(error)`.

        Once the runner is shut down (the window is closing) new work is quietly dropped.
        """
        if self._closed:
            return

        def job() -> None:
            try:
                result = work()
            except Exception as error:  # reported to the person, never lost in a thread
                log.exception("background task failed")
                self._delivered.emit((on_error or self._report, error))
                return
            self._delivered.emit((on_done, result))

        self._executor.submit(job)

    def progress_callback(self, label: str) -> Callable[[int, int], None]:
        """A progress function for services that emits `progressed` safely from the worker."""
        return lambda done, total: self.progressed.emit(label, done, total)

    def _deliver(self, delivery: tuple[Callable[[Any], None] | None, Any]) -> None:
        callback, value = delivery
        if callback is not None:
            callback(value)

    def _report(self, error: Exception) -> None:
        self.failed.emit(str(error))

    def shutdown(self) -> None:
        """Finish the running task, drop queued ones, and stop the thread."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)


class CancelFlag:
    """A cancel request a long task checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()
