"""Reading in the main window: what the case pane, the results table and an empty search say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from desktop.ui.browse.results_model import COLUMNS
from desktop.ui.main_window import MainWindow
from tests.worker_helpers import WAIT_MS, open_main_window


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    return open_main_window(qtbot, data_dir)


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.setText(text)
    window.run_search()
    qtbot.waitUntil(
        lambda: window.last_page is not None and window.last_page.request.text == text, timeout=WAIT_MS
    )


def read_first(qtbot: QtBot, window: MainWindow) -> None:
    card = window.results.card(0)
    assert card is not None
    qtbot.waitUntil(
        lambda: window.case_view.document().findBlockByNumber(0).text() == card.title
        or window.case_view.toPlainText().find(card.title) != -1,
        timeout=WAIT_MS,
    )


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_cases_like_this_start_their_own_block_below_the_page(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "night bus")
    read_first(qtbot, window)
    qtbot.waitUntil(lambda: "Cases like this" in window.case_view.toPlainText(), timeout=WAIT_MS)
    found = window.case_view.document().find("Cases like this")
    assert found.block().text() == "Cases like this"


def test_a_script_without_a_font_is_named_on_the_case_page_with_the_package_to_install(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.documents.fonts as scripts

    search(qtbot, window, "Pune participatory budget")
    read_first(qtbot, window)
    # This computer has a Devanagari font: no note.
    assert "no font on this computer" not in window.case_view.toPlainText()
    # A computer without one: the page says so, and what brings it.
    found = scripts.family_for
    monkeypatch.setattr(
        scripts, "family_for", lambda script: None if script == scripts.DEVANAGARI else found(script)
    )
    window.show_case(window.results.card(0).id)
    qtbot.waitUntil(lambda: "no font on this computer" in window.case_view.toPlainText(), timeout=WAIT_MS)
    first = window.case_view.document().firstBlock().text()
    assert "Devanagari" in first and "fonts-noto-core" in first


def test_a_result_whose_title_no_font_here_shows_says_so_in_its_row(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    import desktop.documents.fonts as scripts

    def title_cell(role: Qt.ItemDataRole) -> object:
        return window.results.data(window.results.index(0, COLUMNS.index("title")), role)

    search(qtbot, window, "Pune participatory budget")
    assert scripts.scripts_in_text(window.results.card(0).local_title) == [scripts.DEVANAGARI]
    # This computer has a Devanagari font: the row is as ever.
    assert title_cell(Qt.ItemDataRole.DecorationRole) is None
    assert "no font" not in str(title_cell(Qt.ItemDataRole.ToolTipRole))
    # A computer without one: a warning sign on the title, and its tooltip and description say why.
    found = scripts.family_for
    monkeypatch.setattr(
        scripts, "family_for", lambda script: None if script == scripts.DEVANAGARI else found(script)
    )
    search(qtbot, window, "Pune participatory budget ")
    assert title_cell(Qt.ItemDataRole.DecorationRole) is not None
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        said = str(title_cell(role))
        assert "Devanagari" in said and "no font on this computer" in said and "fonts-noto-core" in said


def test_the_results_table_shows_every_column_at_1280_pixels_and_relevance_when_searching(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 780)
    search(qtbot, window, "bus")
    table = window.result_table
    qtbot.waitUntil(lambda: table.viewport().width() < 700, timeout=WAIT_MS)
    header = table.horizontalHeader()
    shown = [c for c in range(len(COLUMNS)) if not header.isSectionHidden(c)]
    assert shown == list(range(len(COLUMNS)))
    # Every column fits in the table: none is pushed out of sight to the right.
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown)
    assert right <= table.viewport().width()
    metrics = table.fontMetrics()
    for column in shown:
        title = str(window.results.headerData(column, header.orientation()))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title)
    year = COLUMNS.index("year")
    assert header.sectionSize(year) >= metrics.horizontalAdvance("2013") + 8
    relevance = [window.results.index(row, COLUMNS.index("relevance")).data() for row in range(3)]
    assert relevance[0] == "100%" and all(cell.endswith("%") for cell in relevance)
    # Listing without words ranks nothing: the column steps aside.
    search(qtbot, window, "")
    assert header.isSectionHidden(COLUMNS.index("relevance"))


def test_when_nothing_matches_the_case_pane_says_so(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "zzqxv")
    assert window.results.rowCount() == 0
    assert "No case to show" in window.case_view.toPlainText()


def test_the_case_page_never_scrolls_sideways_and_its_grey_lines_are_readable(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 780)
    for row in range(window.results.rowCount()):  # every seed case, at the default width
        card = window.results.card(row)
        window.show_case(card.id)
        qtbot.waitUntil(lambda card=card: window.shown_case == (card.id, card.title), timeout=WAIT_MS)
        assert window.case_view.horizontalScrollBar().maximum() == 0, card.title
    search(qtbot, window, "Owl Bus")
    read_first(qtbot, window)
    base = window.case_view.palette().color(QPalette.ColorRole.Base)
    text = window.case_view.palette().color(QPalette.ColorRole.Text)
    document = window.case_view.document()
    for block_number in (1, 2):  # the local title, then the facts line
        cursor = QTextCursor(document.findBlockByNumber(block_number))
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        brush = cursor.charFormat().foreground()
        colour = brush.color() if brush.style().value else text
        assert contrast(colour, base) >= 4.5, document.findBlockByNumber(block_number).text()
