"""The catalogue thread never frees what the window gave it: Qt objects die on the thread that owns them."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import thread as executor_thread
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.tasks import TaskRunner

WAIT_MS = 30_000


class Widgetlike:
    """Stands for a dialog whose methods are the task and its callback; notes the thread it dies on."""

    def __init__(self, deaths: list[str], results: list[int] | None = None) -> None:
        self.deaths = deaths
        self.results = results if results is not None else []

    def work(self) -> int:
        return 42

    def done(self, result: int) -> None:
        self.results.append(result)

    def broken(self) -> None:
        raise ValueError("the disk is full")

    def report(self, error: Exception) -> None:
        self.results.append(len(str(error)))

    def __del__(self) -> None:
        self.deaths.append(threading.current_thread().name)


def test_a_task_and_its_callbacks_are_released_on_the_ui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loaded machine may deliver the result before the worker lets go of the task; a dialog
    whose last reference the worker then drops would be destroyed off the UI thread (a crash)."""
    delivered = threading.Event()
    original_run = executor_thread._WorkItem.run

    def run_then_linger(item: Any) -> None:
        original_run(item)
        delivered.wait(WAIT_MS / 1000)  # the worker is preempted until the UI thread has delivered

    monkeypatch.setattr(executor_thread._WorkItem, "run", run_then_linger)
    runner = TaskRunner()
    deaths: list[str] = []
    results: list[int] = []
    owner = Widgetlike(deaths, results)
    runner.run(owner.work, owner.done)
    del owner
    qtbot.waitUntil(lambda: results == [42], timeout=WAIT_MS)
    delivered.set()
    runner.shutdown()  # waits for the worker to finish with the task
    assert deaths == [threading.main_thread().name]


def test_a_failed_task_is_released_on_the_ui_thread_too(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    delivered = threading.Event()
    original_run = executor_thread._WorkItem.run

    def run_then_linger(item: Any) -> None:
        original_run(item)
        delivered.wait(WAIT_MS / 1000)

    monkeypatch.setattr(executor_thread._WorkItem, "run", run_then_linger)
    # The test's log capture would keep the failure's traceback, and the owner with it, alive.
    monkeypatch.setattr(logging.getLogger("desktop.ui.tasks"), "propagate", False)
    runner = TaskRunner()
    deaths: list[str] = []
    results: list[int] = []
    owner = Widgetlike(deaths, results)
    runner.run(owner.broken, on_error=owner.report)
    del owner
    qtbot.waitUntil(lambda: results == [len("the disk is full")], timeout=WAIT_MS)
    delivered.set()
    runner.shutdown()
    assert deaths == [threading.main_thread().name]


def test_work_that_can_wait_runs_after_work_asked_meanwhile(qtbot: QtBot) -> None:
    """A check made at start (the clock) must not delay the first search typed."""
    runner = TaskRunner()
    gate = threading.Event()
    order: list[str] = []
    runner.run(lambda: gate.wait(WAIT_MS / 1000), lambda _r: order.append("opening"))
    runner.run_when_idle(lambda: None, lambda _r: order.append("clock check"))
    runner.run(lambda: None, lambda _r: order.append("first search"))
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 3, timeout=WAIT_MS)
    assert order == ["opening", "first search", "clock check"]
    runner.run_when_idle(lambda: None, lambda _r: order.append("idle at once"))
    qtbot.waitUntil(lambda: len(order) == 4, timeout=WAIT_MS)
    runner.shutdown()


def test_work_that_ends_after_its_dialog_closed_tells_no_one(qtbot: QtBot) -> None:
    """A person closes a dialog while its work runs: the answer finds no dialog and is dropped,
    instead of failing on widgets already gone."""
    from functools import partial

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QLabel
    from shiboken6 import isValid

    class Loading(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.label = QLabel(self)
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def loaded(self, text: str) -> None:
            self.label.setText(text)

        def said(self, prefix: str, text: str) -> None:
            self.label.setText(prefix + text)

        def failed(self, error: Exception) -> None:
            self.label.setText(str(error))

    runner = TaskRunner()
    gate = threading.Event()
    runner.run(lambda: gate.wait(WAIT_MS / 1000))
    dialog = Loading()
    dialog.show()
    runner.run(lambda: "loaded", dialog.loaded)
    runner.run(lambda: "saved", partial(dialog.said, "Saved: "))
    runner.run(lambda: 1 / 0, on_error=dialog.failed)
    dialog.close()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=WAIT_MS)
    after: list[str] = []
    runner.run(lambda: "later", after.append)
    gate.set()
    qtbot.waitUntil(lambda: after == ["later"], timeout=WAIT_MS)
    runner.shutdown()
