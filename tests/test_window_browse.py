"""Browsing in the main window: filters with counts, chips, sorting, the keyboard, remembered state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

import desktop.ui.browse.case_page as case_page_module
from desktop.catalogue.seed import seed_files
from desktop.catalogue.service import Catalogue
from desktop.search.analysis import fold
from desktop.ui.browse.results_model import COLUMNS, ResultsTableModel
from desktop.ui.main_window import MainWindow
from tests.worker_helpers import WAIT_MS, open_main_window, wait_for_results


def open_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """The main window, active, with the facet counts of its first search in."""
    window = open_main_window(qtbot, data_dir)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.last_page is not None and bool(window.last_page.facets), timeout=WAIT_MS)
    return window


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    return open_window(qtbot, data_dir)


def loaded_cards(window: MainWindow) -> list:
    return [window.results.card(row) for row in range(window.results.rowCount())]


def chip_texts(window: MainWindow) -> list[str]:
    return [chip.text() for chip in window.chips.chips]


def click_header(qtbot: QtBot, window: MainWindow, column: str) -> None:
    header = window.result_table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMNS.index(column)) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_a_facet_narrows_the_results_and_its_chip_removes_it(qtbot: QtBot, window: MainWindow) -> None:
    korea = window.facets.item_for("country", "KR")
    assert korea is not None and "South Korea (8)" in korea.text(0)
    korea.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: window.results.rowCount() == 8, timeout=WAIT_MS)
    assert {card.country for card in loaded_cards(window)} == {"KR"}
    assert chip_texts(window) == ["Country: South Korea ✕"]
    assert window.hint.text().startswith("8 case")
    stages = window.facets.item_for("stage", "implemented")
    assert stages is not None and stages.text(0) == "Implemented (5)", "counts follow the other filters"
    qtbot.mouseClick(window.chips.chips[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.results.rowCount() == len(seed_files()), timeout=WAIT_MS)
    assert window.chips.isHidden()
    assert window.facets.item_for("country", "KR").checkState(0) == Qt.CheckState.Unchecked


def test_counts_follow_the_search_text(qtbot: QtBot, window: MainWindow) -> None:
    window.search_box.setText("night bus")
    qtbot.waitUntil(lambda: window.current_request.text == "night bus", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.results.rowCount() < len(seed_files()), timeout=WAIT_MS)
    cards = loaded_cards(window)
    for code in {card.country for card in cards}:
        shown = sum(card.country == code for card in cards)
        assert window.facets.item_for("country", code).text(0).endswith(f"({shown})")
    assert window.facets.item_for("country", "LK") is None, "a country with no match is not offered"
    assert not window.current_request.snippets, "the table shows no snippets: none are cut"


def test_level_of_government_and_years_combine_and_chips_go_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.facets.item_for("level_of_government", "city").setCheckState(0, Qt.CheckState.Checked)
    window.facets.year_from.setValue(2010)
    window.facets.year_to.setValue(2014)
    qtbot.waitUntil(lambda: len(window.chips.chips) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.current_request.year_to == 2014, timeout=WAIT_MS)
    wait_for_results(qtbot, window)
    cards = loaded_cards(window)
    assert cards and all(2010 <= card.year_started <= 2014 for card in cards)
    assert chip_texts(window) == ["Level of government: City ✕", "Years: 2010–2014 ✕"]
    before = window.results.rowCount()
    window.chips.chips[1].setFocus()
    qtbot.keyClick(window.chips.chips[1], Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.results.rowCount() > before, timeout=WAIT_MS)
    assert chip_texts(window) == ["Level of government: City ✕"]
    assert window.facets.year_from.text() == "any year"
    assert window.chips.chips[0].hasFocus() or not window.isActiveWindow(), "the keyboard stays on the chips"
    qtbot.keyClick(window.chips.chips[0], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.results.rowCount() == len(seed_files()), timeout=WAIT_MS)


def test_the_filter_pane_works_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.facets.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    first_theme = tree.currentItem()
    assert first_theme.parent() is tree.topLevelItem(0)
    count = int(first_theme.text(0).rsplit("(", 1)[1].rstrip(")"))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.results.rowCount() == count, timeout=WAIT_MS)
    assert len(window.chips.chips) == 1
    assert tree.currentItem().checkState(0) == Qt.CheckState.Checked, "the keyboard stays on the value"


def test_sorting_by_year_and_title_is_done_by_the_search(qtbot: QtBot, window: MainWindow) -> None:
    def years() -> list[int]:
        return [card.year_started for card in loaded_cards(window)]

    click_header(qtbot, window, "year")
    qtbot.waitUntil(lambda: window.current_request.sort == "year", timeout=WAIT_MS)
    first = window.current_request.reverse
    qtbot.waitUntil(lambda: years() == sorted(years(), reverse=not first), timeout=WAIT_MS)
    click_header(qtbot, window, "year")
    qtbot.waitUntil(lambda: window.current_request.reverse != first, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: years() == sorted(years(), reverse=first), timeout=WAIT_MS)
    assert years()[0] != years()[-1]
    window.filters.set_sort("title")
    qtbot.waitUntil(lambda: window.current_request.sort == "title", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.last_page.request.sort == "title", timeout=WAIT_MS)
    titles = [fold(card.title) for card in loaded_cards(window)]
    assert titles == sorted(titles)
    assert window.result_table.horizontalHeader().sortIndicatorSection() == COLUMNS.index("title")
    click_header(qtbot, window, "country")
    assert window.result_table.horizontalHeader().sortIndicatorSection() == COLUMNS.index("title")
    assert window.current_request.sort == "title", "the search cannot sort by country: nothing changes"


def test_the_results_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.results)
    model = ResultsTableModel(10)
    model.set_first_page(loaded_cards(window)[:10], 25)
    qtmodeltester.check(model)
    assert model.data(model.index(24, 0)) == "Loading…"
    with qtbot.waitSignal(model.page_wanted, timeout=WAIT_MS) as asked:
        model.data(model.index(24, 0))
    assert asked.args == [20]
    model.page_arrived(20, loaded_cards(window)[20:25])
    assert model.card(24) is not None and model.data(model.index(24, 0)).startswith(model.card(24).title)


def test_keyboard_path_find_type_move_open_clear(qtbot: QtBot, window: MainWindow) -> None:
    if not window.isActiveWindow():
        pytest.skip("the platform gives the window no focus, so shortcuts cannot reach it")
    window.result_table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "bus")
    qtbot.waitUntil(lambda: 1 < window.results.rowCount() < len(seed_files()), timeout=WAIT_MS)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.result_table.currentIndex().row() == 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.case_view.hasFocus()
    second = window.results.card(1).title
    qtbot.waitUntil(lambda: window.shown_case is not None and window.shown_case[1] == second, timeout=WAIT_MS)
    qtbot.keyClick(window.case_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.results.rowCount() == len(seed_files()), timeout=WAIT_MS)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_search_filters_sort_and_layout_come_back_after_a_restart(
    qtbot: QtBot, data_dir: Path, window: MainWindow
) -> None:
    window.search_box.setText("transport")
    window.set_filter("country", ["KR", "CN"])
    window.filters.set_years(2005, None)
    window.filters.set_sort("year", reverse=True)
    # Within the offscreen screen (800 pixels wide), which a restored geometry is kept inside.
    window.resize(760, 700)
    qtbot.waitUntil(lambda: sum(window.splitter.sizes()) < 760, timeout=WAIT_MS)
    window.splitter.setSizes([230, 250, 250])
    window.result_table.horizontalHeader().resizeSection(0, 222)
    qtbot.waitUntil(lambda: window.current_request.sort == "year", timeout=WAIT_MS)
    sizes = window.splitter.sizes()
    window.close()
    again = open_window(qtbot, data_dir)
    assert again.search_box.text() == "transport"
    assert chip_texts(again) == ["Country: South Korea ✕", "Country: China ✕", "Years: from 2005 ✕"]
    assert again.facets.year_from.value() == 2005
    assert again.splitter.sizes() == sizes
    assert again.result_table.horizontalHeader().sectionSize(0) == 222
    qtbot.waitUntil(lambda: again.current_request.text == "transport", timeout=WAIT_MS)
    request = again.current_request
    assert request.filters == {"country": ["KR", "CN"]} and request.year_from == 2005
    assert (request.sort, request.reverse) == ("year", True)
    assert again.filters.sort_actions["year"].isChecked()
    again.close()


def test_no_match_says_what_to_do_and_offers_a_way_out(qtbot: QtBot, window: MainWindow) -> None:
    window.set_filter("country", ["KR"])
    window.search_box.setText("nigth")
    qtbot.waitUntil(lambda: window.result_stack.currentWidget() is window.empty_state, timeout=WAIT_MS)
    text = window.empty_state.text()
    assert "No cases match “nigth” — remove a filter or check spelling" in text
    assert "Did you mean" in text and "href='night'" in text
    window.empty_state.linkActivated.emit("night")
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=WAIT_MS)
    assert window.search_box.text() == "night"
    window.search_box.setText("zzqxv")
    qtbot.waitUntil(lambda: "Remove all filters" in window.empty_state.text(), timeout=WAIT_MS)
    window.empty_state.linkActivated.emit("#clear-filters")
    qtbot.waitUntil(lambda: window.chips.isHidden() and not window.current_request.filters, timeout=WAIT_MS)


def test_an_empty_catalogue_says_how_to_fill_it(qtbot: QtBot, data_dir: Path) -> None:
    catalogue = Catalogue.open(data_dir)
    for case in catalogue.all_cases():
        catalogue.delete(case.id)
    catalogue.close()
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.search_ready, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "catalogue is empty" in window.empty_state.text(), timeout=WAIT_MS)
    assert "import a bundle" in window.empty_state.text()
    assert window.result_stack.currentWidget() is window.empty_state


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QLineEdit, QWidget

    window.set_filter("country", ["KR"])
    window.set_filter("stage", ["pilot"])
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QLineEdit))
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w.parent(), QAbstractSpinBox)
    ]
    assert len(controls) > 6
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []


def test_ctrl_p_prints_the_shown_case_through_the_print_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    qtbot.waitUntil(lambda: window.shown_case is not None and bool(window.shown_case[1]), timeout=WAIT_MS)
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, close_dialog)
            return
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(50, close_dialog)
    window.print_action.trigger()
    assert seen == [f"Print {window.shown_case[1]}"]
    assert window.print_action.shortcut().toString() == "Ctrl+P"


def test_the_shown_case_exports_as_a_document(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    import docx

    window = open_main_window(qtbot, data_dir)
    window.result_table.setCurrentIndex(window.results.index(0, 0))
    qtbot.waitUntil(lambda: window.shown_case is not None, timeout=WAIT_MS)
    out = tmp_path / "case.docx"
    window.documents.export_case((out, "docx"))
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    assert docx.Document(str(out)).paragraphs[0].text == window.shown_case[1]
    window.close()


def test_a_new_lists_case_loads_once_the_list_stays_and_a_chosen_row_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The list never stays long enough here: what a search typed right after another sees.
    monkeypatch.setattr(case_page_module, "SETTLE_MS", 600_000)
    shown: list[str] = []
    window.case_page.case_shown.connect(shown.append)
    window.search_box.setText("night bus")
    window.run_search()
    qtbot.waitUntil(
        lambda: window.last_page is not None and window.last_page.request.text == "night bus", timeout=WAIT_MS
    )
    drained: list[bool] = []
    window.tasks.run(lambda: None, lambda _none: drained.append(True))
    qtbot.waitUntil(lambda: bool(drained), timeout=WAIT_MS)
    assert shown == [], "no case page was loaded for a list typed over at once"
    window.result_table.setCurrentIndex(window.results.index(1, 0))
    qtbot.waitUntil(lambda: shown == [window.results.card(1).id], timeout=WAIT_MS)
