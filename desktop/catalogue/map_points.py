"""The cities of a search's cases, with their coordinates, and how they group on a map at a scale."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desktop.sheets.exporting import result_ids
from desktop.store import cases as case_store

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.search.types import SearchRequest

_BATCH = 500


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
    ids = result_ids(catalogue, replace(request, sort="title", reverse=False))
    found: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        for city, country, latitude, longitude in case_store.located(catalogue.db, batch):
            found.setdefault((city, country), []).append((latitude, longitude))
    return [
        CityPoint(
            city,
            country,
            sum(lat for lat, _ in places) / len(places),
            sum(lon for _, lon in places) / len(places),
            len(places),
        )
        for (city, country), places in sorted(found.items())
    ]


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
