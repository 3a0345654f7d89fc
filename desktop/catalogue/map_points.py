"""The cities of a search's cases, with their coordinates, and how they group on a map at a scale."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.store import cases as case_store

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.search.types import SearchRequest


@dataclass(frozen=True)
class CityPoint:
    """One city with cases in the results: where it is and how many."""

    city: str
    country: str
    latitude: float
    longitude: float
    count: int


@dataclass
class Cluster:
    """Cities near each other at the map's scale, drawn as one marker (map units)."""

    x: float
    y: float
    cities: list[CityPoint]

    @property
    def count(self) -> int:
        """The cases of every city in it."""
        return sum(city.count for city in self.cities)


def city_points(catalogue: Catalogue, request: SearchRequest) -> list[CityPoint]:
    """Every city (with coordinates) of the cases the search finds, not only the page on screen."""
    rows = case_store.city_counts(catalogue.db, catalogue.matching_ids(request))
    return [CityPoint(*row) for row in rows]


def clusters(points: list[tuple[float, float, CityPoint]], reach: float) -> list[Cluster]:
    """Group (x, y, city) points lying within `reach` of a group's first, biggest city."""
    grouped: list[Cluster] = []
    for x, y, city in sorted(points, key=lambda point: -point[2].count):
        near = next((g for g in grouped if (g.x - x) ** 2 + (g.y - y) ** 2 <= reach * reach), None)
        if near is None:
            grouped.append(Cluster(x, y, [city]))
        else:
            near.cities.append(city)
    return grouped
