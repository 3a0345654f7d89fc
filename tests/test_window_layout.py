"""Layout that stays under the hand: filters, chips, an empty result and the shortlists window do not
move what the pointer is about to click; year labels read in full."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.browse.facets_pane import ValueRole, year_span_label
from desktop.ui.browse.shortlists import ShortlistsWindow
from desktop.ui.main_window import MainWindow
from tests.worker_helpers import WAIT_MS, open_main_window


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    opened = open_main_window(qtbot, data_dir)
    opened.resize(1280, 780)
    QApplication.processEvents()
    return opened


def values_of(window: MainWindow, facet: str) -> list[str]:
    group = window.facets._groups[facet]
    return [group.child(i).data(0, ValueRole) for i in range(group.childCount())]


def searched(qtbot: QtBot, window: MainWindow, act: object) -> None:
    before = window.last_page
    act()  # type: ignore[operator]
    qtbot.waitUntil(lambda: window.last_page is not before, timeout=WAIT_MS)
    QApplication.processEvents()


def test_clicking_a_filter_moves_neither_the_panes_nor_the_values(qtbot: QtBot, window: MainWindow) -> None:
    top = window.splitter.mapTo(window, window.splitter.rect().topLeft()).y()
    themes = values_of(window, "theme")
    countries = values_of(window, "country")
    item = window.facets.item_for("country", "KR")
    assert item is not None
    searched(qtbot, window, lambda: item.setCheckState(0, Qt.CheckState.Checked))
    assert window.chips.isVisible()
    assert window.splitter.mapTo(window, window.splitter.rect().topLeft()).y() == top
    # Counts change in place: each value stays on the row it was on.
    assert values_of(window, "theme") == themes and values_of(window, "country") == countries
    second = window.facets.item_for("theme", themes[-1])
    assert second is not None and window.facets.tree.visualItemRect(second).isValid()
    # New words start over, most cases first.
    searched(qtbot, window, lambda: (window.search_box.setText("bus"), window.run_search()))
    labels = [window.facets.item_for("theme", v).text(0) for v in values_of(window, "theme")]
    counts = [int(label.rsplit("(", 1)[1].rstrip(")")) for label in labels]
    assert counts == sorted(counts, reverse=True)


def test_an_empty_result_keeps_the_filter_pane_width(qtbot: QtBot, window: MainWindow) -> None:
    width = window.facets.width()
    searched(qtbot, window, lambda: (window.search_box.setText("zzqxv nothing"), window.run_search()))
    assert window.results.rowCount() == 0
    assert window.facets.width() == width


def test_year_labels_read_in_full_and_one_year_is_not_a_range(qtbot: QtBot, window: MainWindow) -> None:
    window.splitter.setSizes([1, 2000, 2000])  # the filter pane as narrow as it goes
    QApplication.processEvents()
    for label in window.facets.findChildren(QLabel):
        if label.buddy() in (window.facets.year_from, window.facets.year_to):
            assert label.width() >= label.sizeHint().width(), label.text()
    assert year_span_label(2013, 2013) == "2013"
    searched(qtbot, window, lambda: (window.search_box.setText("Owl Bus"), window.run_search()))
    assert "2013–2013" not in window.facets.year_span.text()
    assert window.facets.year_span.text().endswith("2013")


def test_a_long_status_never_widens_the_shortlists_window(qtbot: QtBot, window: MainWindow) -> None:
    shortlists = ShortlistsWindow(window.tasks, window.catalogue, window)
    qtbot.addWidget(shortlists)
    shortlists.resize(900, 600)
    shortlists.show()
    QApplication.processEvents()
    width, least = shortlists.width(), shortlists.minimumSizeHint().width()
    shortlists.status.setText("Exported to " + "/a/very/long/folder/name" * 12 + "/shortlist.docx")
    QApplication.processEvents()
    assert shortlists.width() == width and shortlists.minimumSizeHint().width() == least
    # What the status asks for fits inside the window as it is.
    assert shortlists.status.minimumSizeHint().width() < width
