"""The map's city markers count exactly the cases the search finds, whatever the search."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.catalogue.map_points import city_points
from desktop.catalogue.service import Catalogue
from desktop.search import SearchRequest
from desktop.sheets.exporting import result_ids


def cities_of_the_results(catalogue: Catalogue, request: SearchRequest) -> Counter[tuple[str, str]]:
    """Each (city, country) of the result list's cases that have coordinates, counted."""
    cases = (catalogue.get(case_id) for case_id in result_ids(catalogue, request))
    return Counter((c.city, c.country) for c in cases if c.latitude is not None and c.longitude is not None)


@pytest.mark.parametrize(
    "request_made",
    [
        SearchRequest(),
        SearchRequest(text="bus"),
        SearchRequest(text="transport", filters={"country": ["KR"]}),
        SearchRequest(text="nothingmatchesthisword"),
    ],
)
def test_markers_count_the_cases_of_the_result_list(
    catalogue: Catalogue, request_made: SearchRequest
) -> None:
    expected = cities_of_the_results(catalogue, request_made)
    points = city_points(catalogue, request_made)
    assert Counter({(p.city, p.country): p.count for p in points}) == expected
    assert [(p.city, p.country) for p in points] == sorted(expected)
    if request_made.text != "nothingmatchesthisword":
        assert points, "the seed has located cases for this search"
