"""Zoom and pan over the world map: which map point lies where in the pane, and at what scale."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRectF

from desktop.ui.browse.worldmap import View, world_map

MAX_ZOOM = 32.0
# A pane much taller than the whole map starts zoomed in to fill it rather than show a thin strip.
_FILL_WHEN_TALLER = 1.3


class Viewport:
    """The zoom (1: the whole map fits the pane) and the map point in the middle of the pane.

    `area` gives the pane's room for the map in widget pixels; `default_center` the map point to
    centre on until the person pans (the middle of the countries with cases).
    """

    def __init__(self, area: Callable[[], QRectF], default_center: Callable[[], QPointF]) -> None:
        self._area = area
        self._default_center = default_center
        self.zoom = 1.0
        self.center: QPointF | None = None  # None: the default centre

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the map point under `around` (default: the middle) still."""
        anchor = around if around is not None else self._area().center()
        before = self.to_map(anchor)
        self.zoom = min(MAX_ZOOM, max(1.0, self.zoom * factor))
        after = self.to_map(anchor)
        center = self.view_center()
        self.center = QPointF(center.x() + before.x() - after.x(), center.y() + before.y() - after.y())
        self.clamp()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by a distance on screen (pixels): the map follows the hand."""
        scale = self.scale()
        center = self.view_center()
        self.center = QPointF(center.x() - dx / scale, center.y() - dy / scale)
        self.clamp()

    def reset(self) -> None:
        """Back to the view the map opens with."""
        self.zoom, self.center = self.opening_zoom(), None

    def opening_zoom(self) -> float:
        """1, unless the pane is much taller than the whole map: then enough to fill its height."""
        world, area = world_map(), self._area()
        fit_width, fit_height = area.width() / world.width, area.height() / world.height
        fill = max(fit_width, fit_height) / max(1e-9, min(fit_width, fit_height))
        return fill if fill >= _FILL_WHEN_TALLER else 1.0

    def view_center(self) -> QPointF:
        """The map point in the middle of the pane."""
        return self.center if self.center is not None else self._clamped(self._default_center())

    def clamp(self) -> None:
        """Keep the map in the pane (after a resize, a zoom or a pan)."""
        if self.center is not None:
            self.center = self._clamped(self.center)

    def _clamped(self, center: QPointF) -> QPointF:
        """A centre that keeps the map in the pane (centred on an axis where it is smaller)."""
        world, area, scale = world_map(), self._area(), self.scale()
        half_width, half_height = area.width() / scale / 2, area.height() / scale / 2
        x = (
            world.width / 2
            if half_width * 2 >= world.width
            else min(max(center.x(), half_width), world.width - half_width)
        )
        y = (
            world.height / 2
            if half_height * 2 >= world.height
            else min(max(center.y(), half_height), world.height - half_height)
        )
        return QPointF(x, y)

    def to_map(self, position: QPointF) -> QPointF:
        """The map point (map units) under a widget position."""
        box, scale = self.map_rect(), self.scale()
        return QPointF((position.x() - box.left()) / scale, (position.y() - box.top()) / scale)

    def visible_view(self) -> View:
        """The part of the map the pane shows, in map units."""
        area, scale, box = self._area(), self.scale(), self.map_rect()
        return (
            (area.left() - box.left()) / scale,
            (area.top() - box.top()) / scale,
            area.width() / scale,
            area.height() / scale,
        )

    def scale(self) -> float:
        """Widget pixels per map unit at the current zoom."""
        world, area = world_map(), self._area()
        fit = min(area.width() / world.width, area.height() / world.height)
        return max(1e-6, fit * self.zoom)

    def map_rect(self) -> QRectF:
        """Where the whole map lies in the widget at the current zoom and pan (much of it outside the
        pane when zoomed in)."""
        world, area, scale = world_map(), self._area(), self.scale()
        center = self.view_center()
        left = area.center().x() - center.x() * scale
        top = area.center().y() - center.y() * scale
        return QRectF(left, top, world.width * scale, world.height * scale)

    def position_on_map(self, x: float, y: float) -> QPoint:
        """The widget position of a point in map units."""
        box = self.map_rect()
        scale = box.width() / world_map().width
        return QPoint(math.floor(box.left() + x * scale), math.floor(box.top() + y * scale))

    def widget_rect(self, view: View) -> QRectF:
        """Where a part of the map (map units) lies in the widget now."""
        box, scale = self.map_rect(), self.scale()
        left, top = box.left() + view[0] * scale, box.top() + view[1] * scale
        return QRectF(left, top, view[2] * scale, view[3] * scale)

    def map_point_of_pixel(self, position: QPoint) -> tuple[float, float]:
        """The map point (map units) at the centre of the widget pixel at `position`."""
        box = self.map_rect()
        scale = world_map().width / box.width()
        return (position.x() + 0.5 - box.left()) * scale, (position.y() + 0.5 - box.top()) * scale
