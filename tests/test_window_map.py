"""The map as people use it: zoom and pan by wheel, drag and keys, city markers grouped by zoom with
their counts, a marker's click filters by its city (a chip says so), and the map says what the results
are filtered by."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.browse.map_view import MapView
from desktop.ui.browse.map_viewport import MAX_ZOOM
from desktop.ui.browse.worldmap import country_bounds
from desktop.ui.main_window import MainWindow
from tests.worker_helpers import WAIT_MS, open_main_window


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    opened = open_main_window(qtbot, data_dir)
    opened.resize(1280, 780)
    qtbot.waitUntil(lambda: getattr(opened, "map_view", None) is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(opened.map_view.rendered, timeout=WAIT_MS):
        opened.results_tabs.setCurrentWidget(opened.map_view)
    qtbot.waitUntil(lambda: bool(opened.map_view.markers()), timeout=WAIT_MS)
    return opened


def width_of(view: MapView, code: str) -> float:
    """How wide a country is drawn now, in pixels."""
    bounds = country_bounds(code)
    return view.viewport.widget_rect((bounds.x(), bounds.y(), bounds.width(), bounds.height())).width()


def all_marked(view: MapView) -> int:
    """The cases every marker counts, those out of sight included."""
    return sum(city.count for city in view._markers.cities)


def wheel(qtbot: QtBot, view: MapView, at: QPoint, notches: int) -> None:
    from PySide6.QtCore import QPoint as Point
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(
        QPointF(at), QPointF(view.mapToGlobal(at)), Point(), Point(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view, event)


def test_the_map_fills_its_pane_and_the_wheel_zooms_in_on_korea(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map_view
    area = view.rect().adjusted(0, 0, 0, -view._legend_height())
    assert view.map_rect().height() >= area.height() - 1, "no band of empty pane above and below"
    korea = view.position_of("KR")
    before = width_of(view, "KR")
    wheel(qtbot, view, korea, 8)
    assert view.zoom() > 2 and width_of(view, "KR") > 3 * before
    assert view.country_at(korea) == "KR", "the place under the pointer stays under it"
    assert width_of(view, "KR") >= 60, "Korea is big enough to read and to click"
    # The picture is drawn again for the part of the map now shown, at full sharpness.
    qtbot.waitUntil(lambda: view._image_view == view.visible_view(), timeout=WAIT_MS)


def test_dragging_pans_and_keys_zoom_pan_and_reset(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map_view
    view.setFocus()
    opening = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() == pytest.approx(opening * 2.25)
    left = view.map_rect().left()
    start = view.rect().center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(view, start + QPoint(10 * step, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    assert view.map_rect().left() == pytest.approx(left + 100, abs=1)
    assert window.current_request.filters == {}, "a drag chooses no country"
    left = view.map_rect().left()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.map_rect().left() < left
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() == pytest.approx(opening * 1.5)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom() == pytest.approx(opening)
    for _ in range(20):
        view.zoom_by(2)
    assert view.zoom() == MAX_ZOOM


def test_city_markers_group_by_zoom_count_cases_and_filter_by_a_city(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.map_view
    everything = window.results.rowCount()
    groups = [group for _centre, _radius, group in view.markers()]
    assert all_marked(view) == window.results.rowCount(), "every case with a place is on a marker"
    seoul = next(group for group in groups if any(city.city == "Seoul" for city in group.cities))
    assert len(seoul.cities) > 1, "at the opening zoom, cities near Seoul share its marker"
    assert "Seoul, South Korea: 8 case" in view.marker_tooltip(seoul)
    centre = next(c for c, _r, g in view.markers() if g is seoul).toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)  # a group: zoom in until they part
    assert view.zoom() > 2
    qtbot.waitUntil(
        lambda: any(g.cities[0].city == "Seoul" and len(g.cities) == 1 for _c, _r, g in view.markers()),
        timeout=WAIT_MS,
    )
    alone = next(c for c, _r, g in view.markers() if len(g.cities) == 1 and g.cities[0].city == "Seoul")
    assert next(g for c, _r, g in view.markers() if c == alone).count == 8
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=alone.toPoint())
    qtbot.waitUntil(lambda: window.results.rowCount() == 8, timeout=WAIT_MS)
    assert all(window.results.card(row).city == "Seoul" for row in range(8))
    # A filter like any other: a chip names it, and the words typed stay as they were.
    assert [chip.text() for chip in window.chips.chips] == ["City: Seoul ✕"]
    assert window.search_box.text() == ""
    # The map says what the results are filtered by, and counts only the cities shown.
    assert "City: Seoul" in view.filters_text
    qtbot.waitUntil(lambda: all_marked(view) == 8, timeout=WAIT_MS)
    # Removing the chip shows every case again.
    qtbot.mouseClick(window.chips.chips[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.results.rowCount() == everything, timeout=WAIT_MS)
    assert window.chips.chips == [] and "City" not in view.filters_text


def test_the_map_shows_the_current_filters(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map_view
    assert view.filters_text == ""
    window.set_filter("theme", ["transport"])
    qtbot.waitUntil(lambda: "Theme: Transport" in view.filters_text, timeout=WAIT_MS)
    window.filters.set_years(2010, None)
    qtbot.waitUntil(lambda: "Years: from 2010" in view.filters_text, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: all_marked(view) == window.results.rowCount(), timeout=WAIT_MS)


def test_a_search_made_while_the_map_is_hidden_shows_when_it_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.map_view
    window.results_tabs.setCurrentIndex(0)  # the list
    assert not view.isVisible()
    window.set_filter("theme", ["transport"])
    qtbot.waitUntil(lambda: window.current_request.filters.get("theme") == ["transport"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(window.last_page and window.last_page.request.filters), timeout=WAIT_MS)
    assert view.filters_text == "", "a hidden map is left alone while searches come"
    window.results_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: "Theme: Transport" in view.filters_text, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: all_marked(view) == window.results.rowCount(), timeout=WAIT_MS)
