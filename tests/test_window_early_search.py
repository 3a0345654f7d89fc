"""A search typed while the search engine loads is answered at once from the catalogue file, then by
the engine once it is up."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import desktop.ui.browse.case_page as case_page_module
from desktop.catalogue.service import Catalogue
from desktop.ui import main_window
from desktop.ui.main_window import MainWindow
from tests.worker_helpers import WAIT_MS

LOADING = "the search engine is still loading"


@pytest.fixture(params=["opening the catalogue", "loading the search engine"])
def held_window(
    request: pytest.FixtureRequest, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, threading.Event]:
    """The window with its first cases shown and its catalogue worker held (while it opens the
    catalogue, or while it loads the search engine) until the test sets the event."""
    release, held = threading.Event(), threading.Event()

    def wait_then(work: Any) -> Any:
        def waiting(*args: Any, **kwargs: Any) -> Any:
            held.set()
            release.wait(WAIT_MS / 1000)
            return work(*args, **kwargs)

        return waiting

    if request.param == "opening the catalogue":
        monkeypatch.setattr(main_window, "open_catalogue", wait_then(main_window.open_catalogue))
    else:
        monkeypatch.setattr(Catalogue, "ensure_index", wait_then(Catalogue.ensure_index))
    window = MainWindow(data_dir)
    # The worker must be free for the window to close.
    qtbot.addWidget(window, before_close_func=lambda _window: release.set())
    window.show()
    qtbot.waitUntil(lambda: held.is_set() and window.results.rowCount() > 0, timeout=WAIT_MS)
    return window, release


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type `text` and wait for the results of that search to show."""
    window.search_box.setText(text)
    window.run_search()
    qtbot.waitUntil(
        lambda: window.last_page is not None and window.last_page.request.text == text, timeout=WAIT_MS
    )


def titles(window: MainWindow) -> list[str]:
    return [window.results.card(row).title for row in range(window.results.rowCount())]


def test_words_typed_before_the_engine_is_up_are_answered_from_the_file(
    qtbot: QtBot, held_window: tuple[MainWindow, threading.Event]
) -> None:
    window, release = held_window
    search(qtbot, window, "Owl")
    assert not window.search_ready
    assert titles(window)[0].startswith("Owl Bus"), "a title match comes first"
    assert LOADING in window.hint.text()

    search(qtbot, window, "올빼미")
    assert [t[:7] for t in titles(window)] == ["Owl Bus"], "the Korean local title is searched"
    assert window.hint.text().startswith("1 case") and LOADING in window.hint.text()

    release.set()
    qtbot.waitUntil(lambda: window.search_ready, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.last_page is not None and not window.last_page.early, timeout=WAIT_MS)
    assert window.last_page.request.text == "올빼미"
    assert window.last_page.facets, "the engine's results replace the early ones, with their counts"
    assert titles(window)[0].startswith("Owl Bus")
    assert LOADING not in window.hint.text()

    search(qtbot, window, "owl bus")
    assert not window.last_page.early, "once the engine is up it answers every search"
    assert LOADING not in window.hint.text()


def test_a_query_only_the_engine_reads_waits_for_it_and_says_so(
    qtbot: QtBot, held_window: tuple[MainWindow, threading.Event]
) -> None:
    window, release = held_window
    first = titles(window)
    window.search_box.setText("city:shanghai OR city:seoul")
    window.run_search()
    assert "search engine is loading" in window.hint.text()
    assert titles(window) == first, "the list stays as it was until the engine answers"
    release.set()
    qtbot.waitUntil(
        lambda: window.last_page is not None and window.last_page.request.text.startswith("city:"),
        timeout=WAIT_MS,
    )
    assert not window.last_page.early
    cities = {window.results.card(row).city for row in range(window.results.rowCount())}
    assert cities == {"Seoul", "Shanghai"}


def test_nothing_found_early_says_only_titles_summaries_and_places_were_searched(
    qtbot: QtBot, held_window: tuple[MainWindow, threading.Event]
) -> None:
    window, _release = held_window
    search(qtbot, window, "zzqxv")
    assert window.results.rowCount() == 0
    assert "only titles, summaries and places were searched" in window.empty_state.text()


@pytest.mark.parametrize("held_window", ["loading the search engine"], indirect=True)
def test_no_case_page_loads_before_the_engine_so_a_first_search_never_waits_for_one(
    qtbot: QtBot, held_window: tuple[MainWindow, threading.Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, release = held_window
    monkeypatch.setattr(case_page_module, "SETTLE_MS", 0)  # a list that has stayed long enough
    qtbot.waitUntil(lambda: window.catalogue is not None, timeout=WAIT_MS)
    window.case_page.select_in_new_list(window.results.index(0, 0))
    for _ in range(3):
        QApplication.processEvents()
    assert window.shown_case is None, "no case page queued on the worker while the engine loads"
    release.set()
    qtbot.waitUntil(lambda: window.search_ready and window.shown_case is not None, timeout=WAIT_MS)
