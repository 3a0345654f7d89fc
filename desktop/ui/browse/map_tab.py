"""The Map tab beside the results list: the current results on the world map, and filters from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.browse.map_view import MapView

if TYPE_CHECKING:
    from desktop.catalogue.service import ResultPage
    from desktop.ui.main_window import MainWindow


def add_map_tab(window: MainWindow) -> MapView:
    """A Map tab beside the results list and a View menu action for it: the map counts the current
    results by country and marks their cities; clicking a country or a city's marker filters the
    results by it as the Filters pane does (a chip says so), and the map says what the results are
    filtered by."""
    from desktop.catalogue.map_points import city_points

    view = MapView()
    window.results_tabs.addTab(view, QCoreApplication.translate("MapView", "&Map"))
    asked = [0]  # the newest request for cities: older answers are dropped

    def fetch_cities() -> None:
        catalogue = window.catalogue
        if catalogue is None or not window.search_ready or not view.isVisible():
            return
        asked[0] += 1
        serial, request = asked[0], window.current_request
        window.tasks.run(
            lambda: city_points(catalogue, request),
            lambda cities: serial == asked[0] and view.set_cities(cities),
        )

    waiting: list[ResultPage] = []  # results that came while the map was hidden

    def show_page(page: ResultPage) -> None:
        if not view.isVisible():
            # A hidden map is brought up to date when shown: a search need not wait for it.
            waiting[:] = [page]
            return
        waiting.clear()
        view.set_counts(dict(page.facets.get("country", [])))
        chosen = page.request.filters.get("country", [])
        view.set_selected(chosen[0] if len(chosen) == 1 else None)
        view.set_filters_text(" · ".join(window.search.filter_labels()))
        fetch_cities()

    def tab_changed() -> None:
        if waiting and view.isVisible():
            show_page(waiting[0])
        else:
            fetch_cities()

    def show_map() -> None:
        window.results_tabs.setCurrentWidget(view)
        view.setFocus()

    # Tab goes from the results list to the map and its buttons, then on to the case page.
    chain = [window.result_table, view, *view.buttons, window.case_view]
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
    window.search_finished.connect(show_page)
    window.results_tabs.currentChanged.connect(lambda _index: tab_changed())
    view.country_clicked.connect(lambda code: window.set_filter("country", [code]))
    view.selection_cleared.connect(lambda: window.set_filter("country", []))
    view.city_clicked.connect(lambda city, _country: window.set_filter("city", [city]))
    action = QAction(QCoreApplication.translate("MapView", "Show &Map"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    action.triggered.connect(show_map)
    window.view_menu.addAction(action)
    if window.last_page is not None:
        show_page(window.last_page)
    return view
