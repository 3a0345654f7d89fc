"""Catalogue work from window tests as the window does it: on the one catalogue thread, waited for."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# Bounds a wait for something that will happen; generous, so a busy machine only makes tests slower.
WAIT_MS = 60_000


def run_on_worker(qtbot: QtBot, tasks: TaskRunner, work: Callable[[], Any]) -> Any:
    """Run `work` on the catalogue thread and wait for its answer; an error it raised is raised here."""
    answers: list[tuple[Any, Exception | None]] = []
    tasks.run(
        work,
        lambda result: answers.append((result, None)),
        lambda error: answers.append((None, error)),
    )
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    result, error = answers[0]
    if error is not None:
        raise error
    return result


class CatalogueWorker:
    """A task runner with the catalogue opened on its thread (its SQLite connection is the thread's),
    as the main window holds them."""

    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.tasks = TaskRunner()
        self.catalogue: Catalogue | None = self.run(lambda: Catalogue.open(data_dir))

    def access(self) -> Catalogue | None:
        """The catalogue accessor the windows and dialogs take."""
        return self.catalogue

    def run(self, work: Callable[[], Any]) -> Any:
        """Run `work` on the catalogue thread and wait for its answer."""
        return run_on_worker(self.qtbot, self.tasks, work)

    def hold(self) -> threading.Event:
        """Keep the worker busy until the returned event is set, so what is queued next waits."""
        release = threading.Event()
        self.tasks.run(lambda: release.wait(WAIT_MS / 1000))
        return release

    def close(self) -> None:
        """Close the catalogue on its thread, then stop the thread."""
        catalogue, self.catalogue = self.catalogue, None
        if catalogue is not None:
            self.run(catalogue.close)
        self.tasks.shutdown()


def open_main_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """The main window on a data dir, shown, with its first search's results (and counts) in."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: window.search_ready and window.last_page is not None and bool(window.last_page.facets),
        timeout=WAIT_MS,
    )
    return window


def wait_for_results(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window shows the results of the search it last asked for."""
    qtbot.waitUntil(
        lambda: window.last_page is not None and window.last_page.request == window.current_request,
        timeout=WAIT_MS,
    )
