"""Catalogue work on one background thread, with results handed back on the UI thread.

SQLite connections belong to the thread that made them, so every catalogue call runs on the
same single worker; widgets are only touched in the callbacks, which run on the UI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from desktop.ui.i18n import error_text

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

log = logging.getLogger(__name__)
# How windows and dialogs reach the catalogue: None while it is still opening, or once it is closed.
CatalogueAccess = Callable[[], "Catalogue | None"]


@dataclass
class _Task:
    """A queued piece of work with its callbacks, and once run, what came of it."""

    work: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    outcome: Any = None
    failed: bool = False


class TaskRunner(QObject):
    """Queues work for the catalogue thread and calls back on the UI thread."""

    _finished = Signal(int)
    progressed = Signal(str, int, int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalogue")
        self._finished.connect(self._deliver)
        self._closed = False
        # Tasks stay here, owned by the UI thread, until delivered: work and callbacks are often
        # methods of dialogs, and a dialog whose last reference the worker dropped would be
        # destroyed on the worker thread, which crashes Qt.
        self._tasks: dict[int, _Task] = {}
        self._tickets = itertools.count()
        # Work that can wait (checks made at start): queued once nothing else is, so a search
        # asked meanwhile never waits behind it.
        self._idle: list[_Task] = []

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
        self._submit(_Task(work, on_done, on_error))

    def run_when_idle(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Like `run`, but only once no other work is queued or running: for what can wait."""
        if self._closed:
            return
        self._idle.append(_Task(work, on_done, on_error))
        self._run_idle()

    def _run_idle(self) -> None:
        if not self._tasks and self._idle:
            self._submit(self._idle.pop(0))

    def _submit(self, task: _Task) -> None:
        ticket = next(self._tickets)
        self._tasks[ticket] = task
        self._executor.submit(self._run_task, ticket)

    def _run_task(self, ticket: int) -> None:
        """On the worker: run the task and store its outcome, holding nothing once it is announced."""
        task = self._tasks[ticket]
        try:
            task.outcome = task.work()
        except Exception as error:  # reported to the person, never lost in a thread
            log.exception("background task failed")
            # The traceback's frames hold the work's locals (often a dialog): let them go here.
            task.outcome, task.failed = error.with_traceback(None), True
        del task
        self._finished.emit(ticket)

    def progress_callback(self, label: str) -> Callable[[int, int], None]:
        """A progress function for services that emits `progressed` safely from the worker."""
        return lambda done, total: self.progressed.emit(label, done, total)

    def _deliver(self, ticket: int) -> None:
        task = self._tasks.pop(ticket)
        try:
            if task.failed:
                callback = task.on_error or self._report
                if _owner_alive(callback):
                    callback(task.outcome)
            elif task.on_done is not None and _owner_alive(task.on_done):
                task.on_done(task.outcome)
        finally:
            self._run_idle()

    def _report(self, error: Exception) -> None:
        self.failed.emit(error_text(error))

    def shutdown(self) -> None:
        """Finish the running task, drop queued ones, and stop the thread."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)


def _owner_alive(callback: Callable[..., Any]) -> bool:
    """False for a method of a window or dialog closed while its work ran: there is no one to tell."""
    owner = getattr(getattr(callback, "func", callback), "__self__", None)  # a partial's method too
    return not isinstance(owner, QObject) or isValid(owner)


class CancelFlag:
    """A cancel request a long task checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()
