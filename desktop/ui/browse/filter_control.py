"""What the results are narrowed and ordered by: facet filters, years and sort, shown as chips,
ticked facets, the sort arrow and the Sort By menu."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHeaderView, QMenu

from desktop.search.types import SearchRequest
from desktop.ui.browse.facets_pane import FacetsPane, FilterChips, facet_title, value_label, year_span_label
from desktop.ui.browse.results_model import SORT_KEYS, column_title

YEARS_CHIP = ("year-range", "")
# A city chosen on the map: a filter of its own (a chip), searched as the engine's `city:` field.
CITY = "city"
# Sorts whose natural order runs high to low (best match, newest year) show a descending arrow.
DESCENDING_SORTS = ("relevance", "year")


class FilterControl(QObject):
    """Holds the filters, years and sort as one `SearchRequest` (`shape`, with no text) and shows them.

    Every change made by the person or through `set_filter`, `set_years`, `set_sort` and
    `clear_filters` emits `changed`: the search runs again.
    """

    changed = Signal()

    def __init__(self, chips: FilterChips, facets: FacetsPane, header: QHeaderView) -> None:
        super().__init__(chips)
        self._chips_row = chips
        self._facets = facets
        self._header = header
        self.shape = SearchRequest()
        self.sort_actions: dict[str, QAction] = {}
        chips.removed.connect(self._remove_filter)
        chips.cleared.connect(self.clear_filters)
        facets.toggled.connect(self._facet_toggled)
        facets.years_changed.connect(self._years_changed)
        header.sortIndicatorChanged.connect(self._sort_by_column)

    def add_sort_menu(self, menu: QMenu) -> None:
        """A Sort By submenu: one checked choice per sort."""
        sort_menu = menu.addMenu(self.tr("&Sort By"))
        group = QActionGroup(self)
        for key in ("relevance", "title", "city", "year"):
            action = QAction(column_title(key), self)
            action.triggered.connect(lambda _checked=False, key=key: self.set_sort(key))
            action.setCheckable(True)
            group.addAction(action)
            sort_menu.addAction(action)
            self.sort_actions[key] = action
        self._show_sort()

    def narrowed(self) -> bool:
        """Whether any filter or year narrows the catalogue."""
        return bool(
            any(self.shape.filters.values())
            or self.shape.year_from is not None
            or self.shape.year_to is not None
        )

    def request(self, text: str, limit: int, expand: bool) -> SearchRequest:
        """The search for `text` with these filters and this sort."""
        filters = {name: list(values) for name, values in self.shape.filters.items() if values}
        cities = filters.pop(CITY, [])
        if cities:
            # The facets know no cities: the engine finds them through its place field instead.
            places = " OR ".join(f'{CITY}:"{city.replace(chr(34), "")}"' for city in cities)
            text = f"{text} ({places})" if text.strip() else places
        # The results table shows no snippets: cutting them was a third of a search's time.
        return replace(self.shape, text=text, filters=filters, limit=limit, expand=expand, snippets=False)

    def _facet_toggled(self, facet: str, value: str, checked: bool) -> None:
        values = [v for v in self.shape.filters.get(facet, []) if v != value]
        if checked:
            values.append(value)
        self._set_values(facet, values)

    def _years_changed(self, year_from: int | None, year_to: int | None) -> None:
        self.shape = replace(self.shape, year_from=year_from, year_to=year_to)
        self._changed()

    def set_filter(self, facet: str, values: list[str]) -> None:
        """Narrow the results to cases with any of `values` for a facet (none: no narrowing)."""
        self._set_values(facet, list(values))

    def _set_values(self, facet: str, values: list[str]) -> None:
        # A facet keeps its place among the filters, and so its chips keep theirs.
        filters = {name: list(kept) for name, kept in self.shape.filters.items()}
        filters[facet] = values
        if not values:
            del filters[facet]
        self.shape = replace(self.shape, filters=filters)
        self._changed()

    def set_years(self, year_from: int | None, year_to: int | None) -> None:
        """Narrow the results to cases started within the years (None: open-ended)."""
        self._facets.set_years(year_from, year_to)
        self._years_changed(year_from, year_to)

    def clear_filters(self) -> None:
        """Remove every filter (the search text stays)."""
        self._facets.set_years(None, None)
        self.shape = replace(self.shape, filters={}, year_from=None, year_to=None)
        self._changed()

    def _remove_filter(self, key: tuple[str, str]) -> None:
        facet, value = key
        if key == YEARS_CHIP:
            self.set_years(None, None)
        else:
            self.set_filter(facet, [v for v in self.shape.filters.get(facet, []) if v != value])

    def _changed(self) -> None:
        self.show_chips()
        self.changed.emit()

    def labels(self) -> list[str]:
        """Each filter as people read it, as its chip says."""
        return [label for _key, label in self._chips()]

    def show_chips(self) -> None:
        """One chip per filter value and one for the years."""
        self._chips_row.set_chips(self._chips())

    def _chips(self) -> list[tuple[object, str]]:
        chips: list[tuple[object, str]] = []
        for facet, values in self.shape.filters.items():
            for value in values:
                label = self.tr("{facet}: {value}").format(
                    facet=facet_title(facet), value=value_label(facet, value)
                )
                chips.append(((facet, value), label))
        if self.shape.year_from is not None or self.shape.year_to is not None:
            span = year_span_label(self.shape.year_from, self.shape.year_to)
            chips.append(
                (YEARS_CHIP, self.tr("{facet}: {value}").format(facet=facet_title("year"), value=span))
            )
        return chips

    def set_sort(self, key: str, reverse: bool = False) -> None:
        """Order the results by relevance, title, city or year (newest first unless reversed)."""
        self.shape = replace(self.shape, sort=key, reverse=reverse and key != "relevance")
        self._show_sort()
        self.changed.emit()

    def _sort_by_column(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            self._show_sort()  # the column cannot be sorted by the search: put the arrow back
            return
        descending = order == Qt.SortOrder.DescendingOrder
        reverse = descending != (key in DESCENDING_SORTS)
        if (key, reverse and key != "relevance") != (self.shape.sort, self.shape.reverse):
            self.set_sort(key, reverse)

    def _show_sort(self) -> None:
        column = next(c for c, key in SORT_KEYS.items() if key == self.shape.sort)
        descending = (self.shape.sort in DESCENDING_SORTS) != self.shape.reverse
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._header.blockSignals(True)
        self._header.setSortIndicator(column, order)
        self._header.blockSignals(False)
        if self.shape.sort in self.sort_actions:
            self.sort_actions[self.shape.sort].setChecked(True)

    def saved(self) -> str:
        """The filters and sort as JSON, to start with them next time."""
        shape = self.shape
        return json.dumps(
            {
                "filters": shape.filters,
                "year_from": shape.year_from,
                "year_to": shape.year_to,
                "sort": shape.sort,
                "reverse": shape.reverse,
            }
        )

    def restore(self, saved: str) -> None:
        """Start with the filters and sort saved last time (anything unreadable: none)."""
        try:
            shaped = json.loads(saved)
            filters = {str(k): [str(v) for v in values] for k, values in shaped.get("filters", {}).items()}
            sort = shaped.get("sort", "relevance")
            self.shape = SearchRequest(
                filters=filters,
                year_from=shaped.get("year_from"),
                year_to=shaped.get("year_to"),
                sort=sort if sort in SORT_KEYS.values() else "relevance",
                reverse=bool(shaped.get("reverse", False)),
            )
        except (ValueError, AttributeError, TypeError):
            self.shape = SearchRequest()  # unreadable: start afresh
        self._facets.set_years(self.shape.year_from, self.shape.year_to)
        self._show_sort()
        self.show_chips()
