"""Rebuild Search Index in the window: searching goes on from the index as it was meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    return open_main_window(qtbot, data_dir)


def test_searching_goes_on_while_the_index_is_rebuilt(qtbot: QtBot, window: MainWindow) -> None:
    held, release = threading.Event(), threading.Event()

    def hold(label: str, done: int, total: int) -> None:
        # Runs where the rebuild reports its progress: it waits there until the search is done.
        if threading.current_thread() is not threading.main_thread():
            held.set()
            release.wait(WAIT_MS / 1000)

    window.tasks.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    try:
        window.search.reindex()
        qtbot.waitUntil(held.is_set, timeout=WAIT_MS)
        assert not window.reindex_action.isEnabled(), "one rebuild at a time"
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
            window.search_box.setText("night bus")
            window.run_search()
        assert "Owl Bus" in window.results.card(0).title
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.reindex_action.isEnabled(), timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Search index rebuilt."
    assert run_on_worker(qtbot, window.tasks, window.catalogue.check) == []

