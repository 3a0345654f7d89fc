"""City markers on the map: cities near each other at the current zoom grouped into one marker."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF

from desktop.catalogue.map_points import CityPoint, Cluster, clusters
from desktop.ui.browse.map_viewport import Viewport
from desktop.ui.browse.worldmap import project

# Markers nearer than this on screen join into one (pixels), whatever the zoom.
_MARKER_REACH = 34
_MARKER_RADIUS = 9


class CityMarkers:
    """Where each marker is in the pane, grouped anew when the zoom changes (`regroup`)."""

    def __init__(self, viewport: Viewport, area: Callable[[], QRectF]) -> None:
        self._viewport = viewport
        self._area = area
        self.cities: list[CityPoint] = []
        self._clusters: list[Cluster] | None = None

    def set_cities(self, cities: list[CityPoint]) -> None:
        """Mark these cities from now on."""
        self.cities = cities
        self._clusters = None

    def regroup(self) -> None:
        """Group the cities again at the next look (the zoom or the pane changed)."""
        self._clusters = None

    def shown(self) -> list[tuple[QPointF, float, Cluster]]:
        """Each marker in the pane: its centre in the widget, its radius and the cities it stands for."""
        scale = self._viewport.scale()
        if self._clusters is None:
            placed = []
            for city in self.cities:
                point = project(city.latitude, city.longitude)
                placed.append((point.x(), point.y(), city))
            self._clusters = clusters(placed, _MARKER_REACH / scale)
        box, area = self._viewport.map_rect(), self._area()
        shown = []
        for group in self._clusters:
            centre = QPointF(box.left() + group.x * scale, box.top() + group.y * scale)
            if area.contains(centre):
                shown.append((centre, _MARKER_RADIUS + 3 * math.log2(group.count), group))
        return shown

    def at(self, position: QPointF) -> Cluster | None:
        """The marker under a widget position, the smallest first where they overlap."""
        hits = [
            (radius, group)
            for centre, radius, group in self.shown()
            if (centre.x() - position.x()) ** 2 + (centre.y() - position.y()) ** 2 <= radius * radius
        ]
        return min(hits, key=lambda hit: hit[0])[1] if hits else None
