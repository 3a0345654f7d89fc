"""The first window, driven as a person would: type, read, follow links, press keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.catalogue.seed import seed_files
from desktop.ui.browse.case_view import CaseView
from desktop.ui.main_window import PAGE_SIZE, MainWindow
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    return open_main_window(qtbot, data_dir)


def shown_title(window: MainWindow) -> str:
    return window.case_view.document().findBlockByNumber(0).text()


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.clear()
    if text.isascii():
        qtbot.keyClicks(window.search_box, text)
    else:
        # Hangul and Han arrive from an input method as committed text, not as key presses.
        window.search_box.insert(text)


def test_opens_on_the_whole_seed_catalogue(window: MainWindow) -> None:
    assert window.results.rowCount() == len(seed_files())
    assert "case" in window.hint.text()


def test_typing_finds_the_case_and_shows_its_page(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "night bus")
    qtbot.waitUntil(lambda: "Owl Bus" in window.results.card(0).title, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Owl Bus" in shown_title(window), timeout=WAIT_MS)
    page = window.case_view.toPlainText()
    assert "Components" in page and "Sources" in page
    # Cases like it follow once the page has stayed a moment, below what is already shown.
    qtbot.waitUntil(lambda: "Cases like this" in window.case_view.toPlainText(), timeout=WAIT_MS)
    assert window.case_view.toPlainText().startswith(page.rstrip())


def test_korean_typing_finds_the_korean_case(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "올빼미버스")
    qtbot.waitUntil(
        lambda: window.results.rowCount() == 1 and "Owl Bus" in shown_title(window), timeout=WAIT_MS
    )


def test_a_misspelling_offers_a_correction_that_can_be_clicked(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "nigth")
    qtbot.waitUntil(lambda: "did you mean" in window.hint.text(), timeout=WAIT_MS)
    window.hint.linkActivated.emit("night")
    qtbot.waitUntil(lambda: window.search_box.text() == "night" and window.results.rowCount() > 0)


def test_escape_clears_and_down_moves_through_results(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "bus")
    qtbot.waitUntil(lambda: 1 < window.results.rowCount() < len(seed_files()), timeout=WAIT_MS)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    second = window.results.card(1)
    assert window.result_table.currentIndex().row() == 1
    qtbot.waitUntil(lambda: shown_title(window) == second.title, timeout=WAIT_MS)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)
    assert window.result_table.currentIndex().row() == 0
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.results.rowCount() == len(seed_files()), timeout=WAIT_MS)


def test_a_cases_like_this_link_opens_that_case(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "night bus")
    qtbot.waitUntil(lambda: "Owl Bus" in shown_title(window), timeout=WAIT_MS)
    other = window.results.card(window.results.rowCount() - 1)
    window.case_view.anchorClicked.emit(QUrl(f"leaps-case:{other.id}"))
    qtbot.waitUntil(lambda: shown_title(window) == other.title, timeout=WAIT_MS)


def test_the_page_viewer_never_reads_files_or_the_network(qtbot: QtBot, tmp_path: Path) -> None:
    view = CaseView()
    qtbot.addWidget(view)
    secret = tmp_path / "secret.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    image.save(str(secret))
    opened: list[QUrl] = []
    view.open_external = lambda url: opened.append(url) or True
    kind = QTextDocument.ResourceType.ImageResource.value
    for url in (
        QUrl.fromLocalFile(str(secret)),
        QUrl("http://example.org/x.png"),
        QUrl("//host/share/x.png"),
    ):
        loaded = view.loadResource(kind, url)
        assert isinstance(loaded, QImage) and loaded.width() == 1, url.toString()
    own = QImage(8, 8, QImage.Format.Format_RGB32)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    own.save(buffer, "PNG")
    view.show_page("<img src='leaps-attachment:abc'>", {"abc": bytes(data.data())})
    assert view.loadResource(kind, QUrl("leaps-attachment:abc")).width() == 8
    view.anchorClicked.emit(QUrl("https://example.org/page"))
    view.anchorClicked.emit(QUrl.fromLocalFile(str(secret)))
    assert [u.toString() for u in opened] == ["https://example.org/page"]


def test_window_remembers_the_last_search(qtbot: QtBot, data_dir: Path, window: MainWindow) -> None:
    type_search(qtbot, window, "waste")
    window.close()
    again = MainWindow(data_dir)
    qtbot.addWidget(again)
    assert again.search_box.text() == "waste"
    qtbot.waitUntil(lambda: again.catalogue is not None, timeout=WAIT_MS)
    again.close()


def test_a_catalogue_that_cannot_open_is_explained_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "catalogue.db").write_text("not a database")
    broken = MainWindow(tmp_path)
    qtbot.addWidget(broken)
    qtbot.waitUntil(lambda: "could not be opened" in broken.hint.text(), timeout=WAIT_MS)
    assert "not an SQLite file" in broken.case_view.toPlainText()
    assert not broken.search_box.isEnabled()


def test_reindex_runs_in_the_background_and_reports(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.tasks.progressed, timeout=WAIT_MS):
        window.search.reindex()
    qtbot.waitUntil(lambda: window.reindex_action.isEnabled(), timeout=WAIT_MS)
    assert run_on_worker(qtbot, window.tasks, window.catalogue.check) == []


def test_results_arrive_a_page_at_a_time_as_the_table_scrolls(qtbot: QtBot, data_dir: Path) -> None:
    from desktop.catalogue.service import Catalogue
    from desktop.store.cases import save_case
    from tests.conftest import make_case

    catalogue = Catalogue.open(data_dir)
    with catalogue.db.atomic():
        for number in range(80):
            save_case(catalogue.writer, make_case(title=f"Market case {number}"))
    catalogue.reindex()
    total = catalogue.count()
    catalogue.close()
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.search_ready, timeout=WAIT_MS)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        window.run_search()
    assert window.results.rowCount() == total
    assert window.results.is_loaded(0) and not window.results.is_loaded(total - 1)
    window.result_table.scrollToBottom()
    qtbot.waitUntil(lambda: window.results.is_loaded(total - 1), timeout=WAIT_MS)
    window.result_table.scrollTo(window.results.index(PAGE_SIZE + 5, 0))
    qtbot.waitUntil(lambda: window.results.is_loaded(PAGE_SIZE + 5), timeout=WAIT_MS)
    titles = [window.results.card(i).title for i in range(total) if window.results.is_loaded(i)]
    assert len(set(titles)) == len(titles) == total, "every row arrives, and no page is shown twice"
