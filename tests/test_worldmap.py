"""The offline map: countries coloured by their case counts, clicks and keys that filter by country."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.ui.browse.map_view import MapView
from desktop.ui.browse.worldmap import (
    DARK_STYLE,
    LIGHT_STYLE,
    MapPicture,
    count_bands,
    fills_svg,
    pick_map,
    render_map,
    world_map,
)
from tests.worker_helpers import WAIT_MS, open_main_window

SEED_COUNTS = {"KR": 8, "IN": 4, "CN": 3, "ID": 3, "BR": 2, "SG": 1, "TH": 1, "FJ": 2}
SVG = "{http://www.w3.org/2000/svg}"
# A point in the South Pacific, in map units: open sea on any world map.
SOUTH_PACIFIC = (150.0, 900.0)


def fill_of(svg: bytes, code: str) -> str:
    """The fill the recoloured map gives a country's element."""
    root = ET.fromstring(svg)
    group = next(g for g in root.iter(f"{SVG}g") if g.get("id") == code)
    return group.get("fill", "")


@pytest.fixture
def view(qtbot: QtBot) -> MapView:
    """A map view of the seed's counts, drawn and with nothing selected."""
    shown = MapView()
    qtbot.addWidget(shown)
    shown.resize(900, 560)
    with qtbot.waitSignal(shown.rendered, timeout=WAIT_MS):
        shown.show()
        shown.set_counts(SEED_COUNTS)
    return shown


def test_the_shipped_map_names_countries_by_iso_code() -> None:
    codes = world_map().codes
    assert {"KR", "ID", "SG", "BR", "LS"} <= set(codes)
    assert all(len(code) == 2 and code.isupper() for code in codes)


def test_a_seeded_country_gets_its_bands_colour_and_a_country_without_cases_the_empty_one() -> None:
    bands = count_bands(SEED_COUNTS, LIGHT_STYLE)
    korea_band = next(band for band in bands if band.holds(8))
    svg = fills_svg(SEED_COUNTS, LIGHT_STYLE)
    assert fill_of(svg, "KR") == korea_band.colour
    assert fill_of(svg, "FR") == LIGHT_STYLE.empty
    assert fill_of(svg, "IN") != fill_of(svg, "TH")  # 4 cases and 1 case read differently


def test_bands_cover_every_count_without_gaps_and_stay_within_the_ramp() -> None:
    for highest in (1, 3, 5, 8, 12, 99, 100, 1234, 20_000):
        bands = count_bands({"KR": highest, "JP": 1}, DARK_STYLE)
        assert len(bands) <= len(DARK_STYLE.ramp)
        assert bands[0].low == 1 and bands[-1].high == highest
        assert all(a.high + 1 == b.low for a, b in zip(bands, bands[1:], strict=False))
        colours = [band.colour for band in bands]
        assert len(set(colours)) == len(colours)
    assert count_bands({}, LIGHT_STYLE) == []


def test_the_drawn_map_shows_korea_in_its_band_colour() -> None:
    world = world_map()
    width = 990
    height = round(width * world.height / world.width)
    image = render_map(MapPicture(tuple(SEED_COUNTS.items()), LIGHT_STYLE, None, None, width, height))
    inside = pick_map().inner_point("KR")
    scale = width / world.width
    pixel = image.pixelColor(int(inside.x() * scale), int(inside.y() * scale))
    korea = next(band for band in count_bands(SEED_COUNTS, LIGHT_STYLE) if band.holds(8)).colour
    assert pixel.name() == QColor(korea).name()
    sea = image.pixelColor(int(SOUTH_PACIFIC[0] * scale), int(SOUTH_PACIFIC[1] * scale))
    assert sea.alpha() == 0


def test_the_pick_map_is_exact_at_a_land_border_and_finds_an_enclave() -> None:
    picks = pick_map()
    for code in ("KR", "KP", "ID", "LS", "ZA", "SG", "MY"):
        inside = picks.inner_point(code)
        assert inside is not None and picks.country_at(inside.x(), inside.y()) == code
    assert picks.country_at(*SOUTH_PACIFIC) is None
    assert picks.country_at(-5, 10) is None


def test_clicking_korea_and_indonesia_emits_their_codes(qtbot: QtBot, view: MapView) -> None:
    for code in ("KR", "ID"):
        with qtbot.waitSignal(view.country_clicked, timeout=WAIT_MS) as clicked:
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.position_of(code))
        assert clicked.args == [code]
        assert view.selected() == code


def test_clicking_the_sea_emits_nothing(qtbot: QtBot, view: MapView) -> None:
    with qtbot.assertNotEmitted(view.country_clicked), qtbot.assertNotEmitted(view.selection_cleared):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.position_on_map(*SOUTH_PACIFIC))
    assert view.selected() is None


def test_a_second_click_on_the_chosen_country_clears_the_filter(qtbot: QtBot, view: MapView) -> None:
    korea = view.position_of("KR")
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=korea)
    with qtbot.waitSignal(view.selection_cleared, timeout=WAIT_MS):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=korea)
    assert view.selected() is None


def test_the_tooltip_names_the_country_and_its_count(view: MapView) -> None:
    assert view.tooltip_at(view.position_of("KR")).startswith("South Korea: 8 case")
    assert view.tooltip_at(view.position_of("FR")).startswith("France: no cases")
    assert view.tooltip_at(view.position_on_map(*SOUTH_PACIFIC)) == ""


def test_singapore_is_reachable_with_the_mouse_though_it_is_tiny(view: MapView) -> None:
    assert view.tooltip_at(view.position_of("SG")).startswith("Singapore: 1 case")


def test_keys_move_between_countries_with_cases_choose_one_and_clear_it(qtbot: QtBot, view: MapView) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    with qtbot.waitSignal(view.country_clicked, timeout=WAIT_MS) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args == ["KR"]  # the country with the most cases comes first
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    with qtbot.waitSignal(view.country_clicked, timeout=WAIT_MS) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert chosen.args == ["CN"]  # KR, IN, then China and Indonesia (3 cases each) in name order
    with qtbot.waitSignal(view.selection_cleared, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected() is None


def test_screen_readers_hear_the_counts(view: MapView) -> None:
    assert view.accessibleName()
    assert "South Korea: 8 case" in view.accessibleDescription()
    view.set_counts({})
    assert "No cases" in view.accessibleDescription()


def test_the_outline_follows_the_selection(qtbot: QtBot, view: MapView) -> None:
    korea = view.position_of("KR")
    before = view.grab().toImage()
    with qtbot.waitSignal(view.rendered, timeout=WAIT_MS):
        view.set_selected("KR")
    after = view.grab().toImage()
    box = view.map_rect().toRect()
    ratio = after.devicePixelRatio()  # grabs are in device pixels
    changed = [
        QPoint(x, y)
        for x in range(box.left(), box.right(), 2)
        for y in range(box.top(), box.bottom(), 2)
        if before.pixel(int(x * ratio), int(y * ratio)) != after.pixel(int(x * ratio), int(y * ratio))
    ]
    assert changed, "selecting Korea changed nothing on screen"
    assert all((point - korea).manhattanLength() < 80 for point in changed)


def test_the_map_keeps_its_shape_when_resized(qtbot: QtBot, view: MapView) -> None:
    world = world_map()
    for width, height in ((500, 700), (1200, 300)):
        with qtbot.waitSignal(view.rendered, timeout=WAIT_MS):
            view.resize(width, height)
        box = view.map_rect()
        assert box.width() / box.height() == pytest.approx(world.width / world.height, rel=0.01)
        assert view.country_at(view.position_of("KR")) == "KR"


def test_the_window_map_counts_the_results_and_filters_by_a_clicked_country(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_main_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: getattr(window, "map_view", None) is not None, timeout=WAIT_MS)
    view = window.map_view
    show_map = next(action for action in window.view_menu.actions() if action.text() == "Show &Map")
    with qtbot.waitSignal(view.rendered, timeout=WAIT_MS):
        show_map.trigger()
    assert window.results_tabs.currentWidget() is view
    assert "South Korea: 8 case" in view.tooltip_at(view.position_of("KR"))

    # Seoul's marker covers Korea at first: zooming in on it leaves room to click the country.
    while view.marker_at(QPointF(view.position_of("KR"))) is not None:
        view.zoom_by(1.5, QPointF(view.position_of("KR")))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.position_of("KR"))
    qtbot.waitUntil(lambda: window.results.rowCount() == 8, timeout=WAIT_MS)
    assert window.current_request.filters == {"country": ["KR"]}
    assert all(window.results.card(row).country == "KR" for row in range(8))
    # Every country stays on the map with its count, so another can be chosen at once.
    assert "India: 4 case" in view.tooltip_at(view.position_of("IN"))
    assert view.selected() == "KR"

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.results.rowCount() > 8, timeout=WAIT_MS)
    assert "country" not in window.current_request.filters
    assert view.selected() is None
