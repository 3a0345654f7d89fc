"""A Qt GUI application for headless document work: PDF layout and font lookup need one."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QThread
from PySide6.QtGui import QGuiApplication

T = TypeVar("T")
_made_here: list[QGuiApplication] = []  # keeps the application alive for the whole process


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    running = QCoreApplication.instance()
    if isinstance(running, QGuiApplication):
        return running
    if running is not None:
        # internal: a programming error (a caller made the wrong application object), not a person's
        raise RuntimeError("Documents need a QGuiApplication, but a plain QCoreApplication is running.")
    argv = ["leaps"]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]
    _made_here.append(QGuiApplication(argv))
    return _made_here[0]


class _Worker(QThread):
    """A Qt thread that runs one function and keeps its result or error."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """Run the function, keeping its error to raise in the waiting thread."""
        try:
            self.result = self.work()
        except BaseException as error:  # handed back to the caller, not lost in this thread
            self.error = error


def with_event_dispatcher(work: Callable[[], T]) -> T:
    """`work()`, run where Qt timers work: here, or in a Qt thread when this thread is a plain Python one.

    QTextDocument's layout starts timers; in a thread Qt did not start (a worker of Python's
    thread pool) each start fails with a warning, dozens per PDF.
    """
    if QAbstractEventDispatcher.instance() is not None:
        return work()
    worker = _Worker(work)
    worker.start()
    worker.wait()
    if worker.error is not None:
        raise worker.error
    return cast(T, worker.result)
