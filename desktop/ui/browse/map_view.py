"""The map view: a world map of cases per country that filters by a country when one is clicked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from desktop.catalogue.map_points import CityPoint, Cluster
from desktop.ui.browse.map_drawing import MapDrawer
from desktop.ui.browse.map_markers import CityMarkers
from desktop.ui.browse.map_painting import GAP, paint_filters, paint_legend, paint_markers, zoom_buttons
from desktop.ui.browse.map_viewport import Viewport
from desktop.ui.browse.map_words import MapWords
from desktop.ui.browse.worldmap import (
    DARK_STYLE,
    LIGHT_STYLE,
    MapPicture,
    MapStyle,
    PickMap,
    View,
    country_bounds,
    world_map,
)

_RESIZE_SETTLE_MS = 60
ZOOM_STEP = 1.5


class MapView(QWidget):
    """Countries coloured by their number of cases, a legend of the count bands, the filtered
    country outlined. Click, or Enter on a country reached with the arrow keys, to filter by it;
    Esc or a second click on the filtered country clears the filter."""

    country_clicked = Signal(str)
    selection_cleared = Signal()
    rendered = Signal()
    # A marker of one city was clicked: (city, country code).
    city_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = MapWords(self)
        self._counts: dict[str, int] = {}
        self._selected: str | None = None
        self._focused: str | None = None
        self._pressed: str | None = None
        self._hovered: str | None = None
        self._image: QImage | None = None
        self._image_view: View | None = None  # the part of the map the image shows
        self._pick: PickMap | None = None
        self.viewport = Viewport(self._area, self._default_center)
        self._drag_from: QPointF | None = None
        self._dragged = False
        self._markers = CityMarkers(self.viewport, self._area)
        self.filters_text = ""
        self._drawer = MapDrawer(self)
        self._drawer.drawn.connect(self._drawn)
        self._settle = QTimer(self, singleShot=True, interval=_RESIZE_SETTLE_MS)
        self._settle.timeout.connect(self._redraw)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Map of cases by country"))
        self.buttons = zoom_buttons(self, self._zoom_in, self._zoom_out, self.reset_view)
        self._describe()

    # What the window sets

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show these numbers of cases per country (upper-case ISO codes)."""
        counts = {code: n for code, n in counts.items() if n > 0}
        if counts == self._counts:
            return
        self._counts = counts
        if self._focused not in counts:
            self._focused = None
        self._describe()
        self._redraw()

    def set_selected(self, code: str | None) -> None:
        """Outline the country the results are filtered by, or none."""
        if code == self._selected:
            return
        self._selected = code
        self._describe()
        self._redraw()

    def selected(self) -> str | None:
        """The country outlined as the current filter."""
        return self._selected

    def set_cities(self, cities: list[CityPoint]) -> None:
        """Show a marker per city (grouped when near at the current zoom), with its number of cases."""
        self._markers.set_cities(cities)
        self.update()

    def set_filters_text(self, text: str) -> None:
        """Say on the map what the results are filtered by (empty: every case)."""
        self.filters_text = text
        self.update()

    # Zoom and pan

    def zoom(self) -> float:
        """How far the map is zoomed in: 1 shows the whole map."""
        return self.viewport.zoom

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the map point under `around` (default: the middle) still."""
        self.viewport.zoom_by(factor, around)
        self._view_changed()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by a distance on screen (pixels): the map follows the hand."""
        self.viewport.pan_by(dx, dy)
        self._view_changed()

    def reset_view(self) -> None:
        """Back to the view the map opens with."""
        self.viewport.reset()
        self._view_changed()

    def _zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def _zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def _view_changed(self) -> None:
        self._markers.regroup()
        self.viewport.clamp()
        self.update()
        self._settle.start()

    def _default_center(self) -> QPointF:
        """The middle of the countries with cases, weighted by their counts; else the map's."""
        world = world_map()
        pick = self._pick
        points = [(pick.inner_point(code) if pick else None, n) for code, n in self._counts.items()]
        weighted = [(point, n) for point, n in points if point is not None]
        if not weighted:
            return QPointF(world.width / 2, world.height / 2)
        total = sum(n for _, n in weighted)
        return QPointF(
            sum(point.x() * n for point, n in weighted) / total,
            sum(point.y() * n for point, n in weighted) / total,
        )

    def visible_view(self) -> View:
        """The part of the map the pane shows, in map units."""
        return self.viewport.visible_view()

    # Geometry

    def _legend_height(self) -> int:
        """Height of the legend under the map: one line, two when some countries are off the map."""
        lines = 2 if self._words.off_map(self._counts) else 1
        return lines * (self.fontMetrics().height() + GAP) + GAP

    def _area(self) -> QRectF:
        """The pane's room for the map: all of it above the legend."""
        return QRectF(self.rect()).adjusted(0, 0, 0, -self._legend_height())

    def map_rect(self) -> QRectF:
        """Where the whole map lies in the widget at the current zoom and pan."""
        return self.viewport.map_rect()

    def position_on_map(self, x: float, y: float) -> QPoint:
        """The widget position of a point in map units."""
        return self.viewport.position_on_map(x, y)

    def position_of(self, code: str) -> QPoint | None:
        """A widget position inside a country and under no city marker, once the map is drawn."""
        inner = self._pick.inner_point(code) if self._pick else None
        if inner is None:
            return None
        middle = self.position_on_map(inner.x(), inner.y())
        if self.marker_at(QPointF(middle)) is None:
            return middle
        bounds = self.viewport.widget_rect(
            (
                country_bounds(code).x(),
                country_bounds(code).y(),
                country_bounds(code).width(),
                country_bounds(code).height(),
            )
        ).toAlignedRect()
        free = (
            QPoint(x, y)
            for y in range(bounds.top(), bounds.bottom() + 1, 2)
            for x in range(bounds.left(), bounds.right() + 1, 2)
        )
        found = (p for p in free if self.country_at(p) == code and self.marker_at(QPointF(p)) is None)
        return next(found, middle)

    def country_at(self, position: QPoint) -> str | None:
        """The country under a widget position, once the map is drawn."""
        if self._pick is None or not self._area().contains(QPointF(position)):
            return None
        return self._pick.country_at(*self.viewport.map_point_of_pixel(position))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """The map keeps its shape."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The height that shows the whole map at `width`, with its legend."""
        world = world_map()
        return int(width * world.height / world.width) + self._legend_height()

    def sizeHint(self) -> QSize:  # noqa: N802
        """A comfortable size for reading the map."""
        return QSize(720, self.heightForWidth(720))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Small enough for a side pane."""
        return QSize(240, self.heightForWidth(240))

    # Words

    def tooltip_for(self, code: str) -> str:
        """What hovering over a country says: its name, its number of cases and what a click does."""
        return self._words.tooltip_for(code, self._counts, self._selected)

    def tooltip_at(self, position: QPoint) -> str:
        """The tooltip at a widget position: empty over the sea."""
        code = self.country_at(position)
        return self.tooltip_for(code) if code else ""

    def marker_tooltip(self, group: Cluster) -> str:
        """What hovering over a marker says: its cities and their cases, and what a click does."""
        return self._words.marker_tooltip(group)

    def _describe(self) -> None:
        """Tell assistive technology what the map shows and how to use it from the keyboard."""
        self.setAccessibleDescription(self._words.description(self._counts, self._selected))

    # Drawing

    def _style(self) -> MapStyle:
        """The map's colours for the current palette, light or dark."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return DARK_STYLE if dark else LIGHT_STYLE

    def _redraw(self) -> None:
        """Ask the drawing thread for a new picture of the map at the current size."""
        if not self.isVisible():
            return  # drawn when shown
        area = self._area()
        ratio = self.devicePixelRatioF()
        focused = self._focused if self.hasFocus() else None
        picture = MapPicture(
            tuple(sorted(self._counts.items())),
            self._style(),
            self._selected,
            focused,
            max(1, round(area.width() * ratio)),
            max(1, round(area.height() * ratio)),
            self.visible_view(),
        )
        self._drawer.draw(picture)

    def _drawn(self, image: QImage, pick: PickMap, view: View) -> None:
        """Show the picture the drawing thread finished."""
        first = self._pick is None
        self._image, self._pick, self._image_view = image, pick, view
        self._image.setDevicePixelRatio(self.devicePixelRatioF())
        if first and self.viewport.center is None and self.viewport.zoom == 1.0:
            self.viewport.zoom = self.viewport.opening_zoom()  # now the countries' middles are known
            if self.viewport.zoom != 1.0:
                self._view_changed()
        self.update()
        self.rendered.emit()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """The map (stretched for a moment while a resize settles), then the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        area = self._area()
        if self._image is not None and self._image_view is not None:
            painter.save()
            painter.setClipRect(area)
            painter.drawImage(self.viewport.widget_rect(self._image_view), self._image)
            painter.restore()
        else:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Drawing the map…"))
        style = self._style()
        paint_markers(painter, style, self.markers())
        room = int(area.width()) - 4 * GAP - 3 * (self.buttons[0].sizeHint().width() + GAP)
        paint_filters(painter, self, area, self.filters_text, room)
        off_map = [
            self._words.count_text(code, self._counts[code]) for code in self._words.off_map(self._counts)
        ]
        off_map_text = QLocale().createSeparatedList(off_map) if off_map else ""
        paint_legend(painter, self, area, style, self._counts, bool(self._markers.cities), off_map_text)
        if self.hasFocus():
            painter.setPen(QColor(self.palette().color(QPalette.ColorRole.Highlight)))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def markers(self) -> list[tuple[QPointF, float, Cluster]]:
        """Each marker shown: its centre in the widget, its radius and the cities it stands for."""
        return self._markers.shown()

    def marker_at(self, position: QPointF) -> Cluster | None:
        """The marker under a widget position, the smallest first where they overlap."""
        return self._markers.at(position)

    # Events

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Draw the map once there is somewhere to show it."""
        super().showEvent(event)
        self._redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Redraw at the new size once the resize settles; the zoom buttons keep to the top right."""
        super().resizeEvent(event)
        x = self.width() - GAP
        for button in reversed(self.buttons):
            size = button.sizeHint()
            x -= size.width()
            button.setGeometry(x, GAP, size.width(), size.height())
            x -= GAP // 2
        self._markers.regroup()
        self.viewport.clamp()
        self._settle.start()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """The wheel zooms in and out around the pointer."""
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** (steps / 2), event.position())
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a switch between light and dark palettes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._redraw()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Show the keyboard's country and the focus frame."""
        super().focusInEvent(event)
        self._redraw()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Hide the keyboard's country and the focus frame."""
        super().focusOutEvent(event)
        self._redraw()

    def event(self, event: QEvent) -> bool:
        """Tooltips name the country under the mouse and its number of cases."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            marker = self.marker_at(QPointF(event.pos()))
            text = self.marker_tooltip(marker) if marker else self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Dragging pans the map; else a pointing hand over countries, and a shown tooltip follows
        the mouse to the next country."""
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position() - self._drag_from
            if self._dragged or moved.manhattanLength() >= QApplication.startDragDistance():
                self._dragged = True
                self._drag_from = event.position()
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan_by(moved.x(), moved.y())
                return
        code = self.country_at(event.position().toPoint())
        if code != self._hovered:
            self._hovered = code
            if code:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
            if QToolTip.isVisible():
                if code:
                    QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(code), self)
                else:
                    QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Remember which country a left press starts on."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.country_at(event.position().toPoint())
            self._drag_from, self._dragged = event.position(), False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A press and release on the same country chooses it; on the sea, nothing happens."""
        if event.button() == Qt.MouseButton.LeftButton:
            dragged, self._drag_from, self._dragged = self._dragged, None, False
            marker = None if dragged else self.marker_at(event.position())
            code = self.country_at(event.position().toPoint())
            if dragged:
                self.unsetCursor()
            elif marker is not None:
                self._choose_marker(marker, event.position())
            elif code and code == self._pressed:
                self._choose(code)
            self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Arrows move between countries with cases, Enter or Space chooses one, Esc clears the filter."""
        key = event.key()
        order = self._words.keyboard_order(self._counts)
        arrows = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up)
        if key in arrows and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Ctrl+arrows pan by a quarter of the pane, as if the map were dragged the other way.
            area = self._area()
            across, down = area.width() / 4, area.height() / 4
            moves = {
                Qt.Key.Key_Right: (-across, 0),
                Qt.Key.Key_Left: (across, 0),
                Qt.Key.Key_Down: (0, -down),
                Qt.Key.Key_Up: (0, down),
            }
            self.pan_by(*moves[Qt.Key(key)])
        elif key in arrows and order:
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            start = order.index(self._focused) if self._focused in order else (-1 if step > 0 else 0)
            self._focused = order[(start + step) % len(order)]
            self._bring_into_view(self._focused)
            self._redraw()
            self._announce(self._focused)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focused:
            self._choose(self._focused)
        elif key == Qt.Key.Key_Escape and self._selected:
            self.set_selected(None)
            self.selection_cleared.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._zoom_out()
        elif key == Qt.Key.Key_0:
            self.reset_view()
        else:
            super().keyPressEvent(event)

    def _bring_into_view(self, code: str) -> None:
        """Pan to a country the keyboard reached outside the part of the map shown."""
        inner = self._pick.inner_point(code) if self._pick else None
        position = self.position_of(code)
        if inner is not None and position is not None and not self._area().contains(QPointF(position)):
            self.viewport.center = inner
            self._view_changed()

    def _choose_marker(self, group: Cluster, position: QPointF) -> None:
        """One city filters the results by it; a group of cities zooms in until they part."""
        if len(group.cities) == 1:
            city = group.cities[0]
            self.city_clicked.emit(city.city, city.country)
        else:
            self.zoom_by(ZOOM_STEP * ZOOM_STEP, position)

    def _announce(self, code: str) -> None:
        """Show the keyboard's country in a tooltip over it (or under the map when it is too small)."""
        position = self.position_of(code) or self.map_rect().bottomLeft().toPoint()
        QToolTip.showText(self.mapToGlobal(position), self.tooltip_for(code), self)

    def _choose(self, code: str) -> None:
        """Filter by a country, or clear the filter when it is the one already chosen."""
        if code == self._selected:
            self.set_selected(None)
            self.selection_cleared.emit()
        else:
            self.set_selected(code)
            self.country_clicked.emit(code)
