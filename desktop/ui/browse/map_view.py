"""The map view: a world map of cases per country that filters by a country when one is clicked."""

from __future__ import annotations

import math
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolButton, QToolTip, QWidget

from desktop.catalogue.map_points import CityPoint, Cluster, clusters
from desktop.text.countries import country_label, reading_order, words_language
from desktop.ui.browse.worldmap import (
    DARK_STYLE,
    LIGHT_STYLE,
    MapPicture,
    MapStyle,
    PickMap,
    View,
    count_bands,
    country_bounds,
    on_map,
    pick_map,
    project,
    render_map,
    world_map,
)

if TYPE_CHECKING:
    from desktop.catalogue.service import ResultPage
    from desktop.ui.main_window import MainWindow

# One drawing thread for every map view; drawing never touches a widget, so a view that closes
# while its map is being drawn just never collects the picture.
_drawer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="map")
_POLL_MS = 15
_RESIZE_SETTLE_MS = 60
_SWATCH = 12
_GAP = 6
MAX_ZOOM = 32.0
ZOOM_STEP = 1.5
# A pane much taller than the whole map starts zoomed in to fill it rather than show a thin strip.
_FILL_WHEN_TALLER = 1.3
# Markers nearer than this on screen join into one (pixels), whatever the zoom.
_MARKER_REACH = 34
_MARKER_RADIUS = 9
# A city named in the search words ("city:seoul", 'city:"Porto Alegre"'), replaced by a marker's click.
_CITY_TERM = re.compile(r'\s*\bcity:(?:"[^"]*"|\S+)', re.IGNORECASE)


@dataclass
class _Drawing:
    """A picture on its way: which request it answers and the drawing thread's future."""

    serial: int
    future: Future[tuple[QImage, PickMap]]
    view: View


@dataclass
class _Wanted:
    """The newest request, shared with the drawing thread so it can skip pictures nobody wants."""

    serial: int = 0


def _draw(picture: MapPicture, serial: int, wanted: _Wanted) -> tuple[QImage, PickMap] | None:
    """Draw a picture on the drawing thread, unless a newer one was asked for meanwhile."""
    if serial != wanted.serial:
        return None
    return render_map(picture), pick_map()


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
        # Another language opens a new window, and with it a new map: read the language once.
        self._language = words_language()
        self._name_order = reading_order(self._language)
        self._counts: dict[str, int] = {}
        self._selected: str | None = None
        self._focused: str | None = None
        self._pressed: str | None = None
        self._hovered: str | None = None
        self._image: QImage | None = None
        self._image_view: View | None = None  # the part of the map the image shows
        self._pick: PickMap | None = None
        self._zoom = 1.0  # 1: the whole map fits the pane
        self._center: QPointF | None = None  # the map point in the middle of the pane (None: default)
        self._drag_from: QPointF | None = None
        self._dragged = False
        self._cities: list[CityPoint] = []
        self._clusters: list[Cluster] | None = None
        self.filters_text = ""
        self._wanted = _Wanted()
        self._drawing: _Drawing | None = None
        self._poll = QTimer(self, interval=_POLL_MS)
        self._poll.timeout.connect(self._collect)
        self._settle = QTimer(self, singleShot=True, interval=_RESIZE_SETTLE_MS)
        self._settle.timeout.connect(self._redraw)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Map of cases by country"))
        self._zoom_buttons()
        self._describe()

    def _zoom_buttons(self) -> None:
        """Zoom in, out and back to the whole map, for a mouse that has no wheel."""
        self.buttons: list[QToolButton] = []
        for text, name, tip, slot in (
            ("+", self.tr("Zoom in"), self.tr("Zoom in (+, or the mouse wheel)"), self._zoom_in),
            ("−", self.tr("Zoom out"), self.tr("Zoom out (−)"), self._zoom_out),
            (
                "⌂",
                self.tr("Reset the view"),
                self.tr("Back to the view the map opened with (0)"),
                self.reset_view,
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            self.buttons.append(button)

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
        self._cities = cities
        self._clusters = None
        self.update()

    def set_filters_text(self, text: str) -> None:
        """Say on the map what the results are filtered by (empty: every case)."""
        self.filters_text = text
        self.update()

    # Zoom and pan

    def zoom(self) -> float:
        """How far the map is zoomed in: 1 shows the whole map."""
        return self._zoom

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the map point under `around` (default: the middle) still."""
        area = self._area()
        anchor = around if around is not None else area.center()
        before = self._to_map(anchor)
        self._zoom = min(MAX_ZOOM, max(1.0, self._zoom * factor))
        after = self._to_map(anchor)
        center = self._view_center()
        self._center = QPointF(center.x() + before.x() - after.x(), center.y() + before.y() - after.y())
        self._view_changed()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by a distance on screen (pixels): the map follows the hand."""
        scale = self._scale()
        center = self._view_center()
        self._center = QPointF(center.x() - dx / scale, center.y() - dy / scale)
        self._view_changed()

    def reset_view(self) -> None:
        """Back to the view the map opens with."""
        self._zoom, self._center = self._opening_zoom(), None
        self._view_changed()

    def _zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def _zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def _view_changed(self) -> None:
        self._clusters = None
        self._clamp()
        self.update()
        self._settle.start()

    def _opening_zoom(self) -> float:
        """1, unless the pane is much taller than the whole map: then enough to fill its height."""
        world, area = world_map(), self._area()
        fit_width, fit_height = area.width() / world.width, area.height() / world.height
        fill = max(fit_width, fit_height) / max(1e-9, min(fit_width, fit_height))
        return fill if fill >= _FILL_WHEN_TALLER else 1.0

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

    def _view_center(self) -> QPointF:
        return self._center if self._center is not None else self._clamped(self._default_center())

    def _clamp(self) -> None:
        if self._center is not None:
            self._center = self._clamped(self._center)

    def _clamped(self, center: QPointF) -> QPointF:
        """A centre that keeps the map in the pane (centred on an axis where it is smaller)."""
        world, area, scale = world_map(), self._area(), self._scale()
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

    def _to_map(self, position: QPointF) -> QPointF:
        """The map point (map units) under a widget position."""
        box, scale = self.map_rect(), self._scale()
        return QPointF((position.x() - box.left()) / scale, (position.y() - box.top()) / scale)

    def visible_view(self) -> View:
        """The part of the map the pane shows, in map units."""
        area, scale, box = self._area(), self._scale(), self.map_rect()
        return (
            (area.left() - box.left()) / scale,
            (area.top() - box.top()) / scale,
            area.width() / scale,
            area.height() / scale,
        )

    # Geometry

    def _legend_height(self) -> int:
        """Height of the legend under the map: one line, two when some countries are off the map."""
        lines = 2 if self._off_map() else 1
        return lines * (self.fontMetrics().height() + _GAP) + _GAP

    def _area(self) -> QRectF:
        """The pane's room for the map: all of it above the legend."""
        return QRectF(self.rect()).adjusted(0, 0, 0, -self._legend_height())

    def _scale(self) -> float:
        """Widget pixels per map unit at the current zoom."""
        world, area = world_map(), self._area()
        fit = min(area.width() / world.width, area.height() / world.height)
        return max(1e-6, fit * self._zoom)

    def map_rect(self) -> QRectF:
        """Where the whole map lies in the widget at the current zoom and pan (much of it outside the
        pane when zoomed in)."""
        world, area, scale = world_map(), self._area(), self._scale()
        center = self._view_center()
        left = area.center().x() - center.x() * scale
        top = area.center().y() - center.y() * scale
        return QRectF(left, top, world.width * scale, world.height * scale)

    def position_on_map(self, x: float, y: float) -> QPoint:
        """The widget position of a point in map units."""
        box = self.map_rect()
        scale = box.width() / world_map().width
        return QPoint(math.floor(box.left() + x * scale), math.floor(box.top() + y * scale))

    def position_of(self, code: str) -> QPoint | None:
        """A widget position inside a country and under no city marker, once the map is drawn."""
        inner = self._pick.inner_point(code) if self._pick else None
        if inner is None:
            return None
        middle = self.position_on_map(inner.x(), inner.y())
        if self.marker_at(QPointF(middle)) is None:
            return middle
        bounds = self._widget_rect(
            (country_bounds(code).x(), country_bounds(code).y(), country_bounds(code).width(),
             country_bounds(code).height())
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
        box = self.map_rect()
        scale = world_map().width / box.width()
        x, y = position.x() + 0.5 - box.left(), position.y() + 0.5 - box.top()  # the pixel's centre
        return self._pick.country_at(x * scale, y * scale)

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

    def _name(self, code: str) -> str:
        """A country's name in the window's language."""
        return country_label(code, self._language)

    def tooltip_for(self, code: str) -> str:
        """What hovering over a country says: its name, its number of cases and what a click does."""
        count = self._counts.get(code, 0)
        name = self._name(code)
        if count:
            line = self.tr("{country}: %n case(s)", "", count).format(country=name)
        else:
            line = self.tr("{country}: no cases").format(country=name)
        if code == self._selected:
            hint = self.tr("Click to show cases from every country")
        elif count:
            hint = self.tr("Click to show only cases from {country}").format(country=name)
        else:
            return line
        return f"{line}\n{hint}"

    def tooltip_at(self, position: QPoint) -> str:
        """The tooltip at a widget position: empty over the sea."""
        code = self.country_at(position)
        return self.tooltip_for(code) if code else ""

    def _count_text(self, code: str) -> str:
        """A country and its number of cases, as lists of them say it."""
        return self.tr("{country}: %n case(s)", "", self._counts[code]).format(country=self._name(code))

    def _describe(self) -> None:
        """Tell assistive technology what the map shows and how to use it from the keyboard."""
        if not self._counts:
            self.setAccessibleDescription(self.tr("No cases to show on the map."))
            return
        listed = QLocale().createSeparatedList([self._count_text(code) for code in self._keyboard_order()])
        text = self.tr(
            "Countries with cases: {countries}. Arrow keys move between them, Enter shows only the "
            "cases of one, Esc shows every country again."
        ).format(countries=listed)
        if self._selected:
            showing = self.tr("Showing cases from {country}.").format(country=self._name(self._selected))
            text = f"{text} {showing}"
        self.setAccessibleDescription(text)

    def _off_map(self) -> list[str]:
        """Countries with cases that have no shape on the map (small island states)."""
        off_map = (code for code in self._counts if not on_map(code))
        return sorted(off_map, key=lambda code: self._name_order(self._name(code)))

    def _keyboard_order(self) -> list[str]:
        """Countries with cases, most cases first, as the arrow keys visit them."""
        return sorted(
            self._counts, key=lambda code: (-self._counts[code], self._name_order(self._name(code)))
        )

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
        view = self.visible_view()
        picture = MapPicture(
            tuple(sorted(self._counts.items())),
            self._style(),
            self._selected,
            focused,
            max(1, round(area.width() * ratio)),
            max(1, round(area.height() * ratio)),
            view,
        )
        self._wanted.serial += 1
        serial = self._wanted.serial
        self._drawing = _Drawing(serial, _drawer.submit(_draw, picture, serial, self._wanted), view)
        self._poll.start()

    def _collect(self) -> None:
        """Take the picture the drawing thread finished, if it is the newest asked for."""
        drawing = self._drawing
        if drawing is None or not drawing.future.done():
            return
        self._drawing = None
        self._poll.stop()
        drawn = drawing.future.result()
        if drawn is None or drawing.serial != self._wanted.serial:
            return
        first = self._pick is None
        self._image, self._pick = drawn
        self._image_view = drawing.view
        self._image.setDevicePixelRatio(self.devicePixelRatioF())
        if first and self._center is None and self._zoom == 1.0:
            self._zoom = self._opening_zoom()  # now the countries' middles are known
            if self._zoom != 1.0:
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
            painter.drawImage(self._widget_rect(self._image_view), self._image)
            painter.restore()
        else:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Drawing the map…"))
        self._paint_markers(painter)
        self._paint_filters(painter, area)
        self._paint_legend(painter, area)
        if self.hasFocus():
            painter.setPen(QColor(self.palette().color(QPalette.ColorRole.Highlight)))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _widget_rect(self, view: View) -> QRectF:
        """Where a part of the map (map units) lies in the widget now."""
        box, scale = self.map_rect(), self._scale()
        left, top = box.left() + view[0] * scale, box.top() + view[1] * scale
        return QRectF(left, top, view[2] * scale, view[3] * scale)

    def markers(self) -> list[tuple[QPointF, float, Cluster]]:
        """Each marker shown: its centre in the widget, its radius and the cities it stands for."""
        if self._clusters is None:
            scale = self._scale()
            placed = []
            for city in self._cities:
                point = project(city.latitude, city.longitude)
                placed.append((point.x(), point.y(), city))
            self._clusters = clusters(placed, _MARKER_REACH / scale)
        box, scale, area = self.map_rect(), self._scale(), self._area()
        shown = []
        for group in self._clusters:
            centre = QPointF(box.left() + group.x * scale, box.top() + group.y * scale)
            if area.contains(centre):
                shown.append((centre, _MARKER_RADIUS + 3 * math.log2(group.count), group))
        return shown

    def marker_at(self, position: QPointF) -> Cluster | None:
        """The marker under a widget position, the smallest first where they overlap."""
        hits = [(radius, group) for centre, radius, group in self.markers()
                if (centre.x() - position.x()) ** 2 + (centre.y() - position.y()) ** 2 <= radius * radius]
        return min(hits, key=lambda hit: hit[0])[1] if hits else None

    def _paint_markers(self, painter: QPainter) -> None:
        """A disc per city or group of nearby cities, with its number of cases."""
        style = self._style()
        fill = QColor(style.ramp[-1])
        text = QColor("#ffffff" if fill.lightness() < 128 else "#000000")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for centre, radius, group in self.markers():
            painter.setPen(QColor(style.border))
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(text)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, QLocale().toString(group.count))
        painter.restore()

    def _paint_filters(self, painter: QPainter, area: QRectF) -> None:
        """What the results are filtered by, in a box at the top left of the map."""
        if not self.filters_text:
            return
        metrics = self.fontMetrics()
        text = self.tr("Showing: {filters}").format(filters=self.filters_text)
        room = int(area.width()) - 4 * _GAP - 3 * (self.buttons[0].sizeHint().width() + _GAP)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(40, room))
        box = QRectF(area.left() + _GAP, area.top() + _GAP, metrics.horizontalAdvance(text) + 2 * _GAP,
                     metrics.height() + _GAP)
        background = self.palette().color(QPalette.ColorRole.Base)
        background.setAlpha(225)
        painter.fillRect(box, background)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_legend(self, painter: QPainter, box: QRectF) -> None:
        """Swatches of the count bands and of no cases; below, countries too small for the map."""
        style = self._style()
        metrics = self.fontMetrics()
        line_height = metrics.height() + _GAP
        x, y = int(box.left()) + _GAP, int(box.bottom()) + _GAP
        if self._cities:
            painter.setBrush(QColor(style.ramp[-1]))
            painter.setPen(Qt.PenStyle.NoPen)
            dot = QPoint(x + _SWATCH // 2, y + metrics.height() // 2)
            painter.drawEllipse(dot, _SWATCH // 2, _SWATCH // 2)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            label = self.tr("a city's cases (nearby cities grouped)")
            painter.drawText(QPoint(x + _SWATCH + _GAP // 2, y + metrics.ascent()), label)
            x += _SWATCH + _GAP // 2 + metrics.horizontalAdvance(label) + 2 * _GAP
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        bands = count_bands(self._counts, style)
        if not bands:
            painter.drawText(QPoint(x, y + metrics.ascent()), self.tr("No cases to show on the map"))
            return
        locale = QLocale()
        entries = [(self.tr("Cases per country:"), None)]
        for band in bands:
            if band.low == band.high:
                label = locale.toString(band.low)
            else:
                low, high = locale.toString(band.low), locale.toString(band.high)
                label = self.tr("{low}–{high}").format(low=low, high=high)
            entries.append((label, band.colour))
        entries.append((self.tr("none"), style.empty))
        for label, colour in entries:
            if colour is not None:
                swatch = QRect(x, y + (metrics.height() - _SWATCH) // 2, _SWATCH, _SWATCH)
                painter.fillRect(swatch, QColor(colour))
                x += _SWATCH + _GAP // 2
            painter.drawText(QPoint(x, y + metrics.ascent()), label)
            x += metrics.horizontalAdvance(label) + 2 * _GAP
        off_map = self._off_map()
        if off_map:
            listed = locale.createSeparatedList([self._count_text(code) for code in off_map])
            text = self.tr("Too small for the map: {countries}").format(countries=listed)
            painter.drawText(QPoint(int(box.left()) + _GAP, y + line_height + metrics.ascent()), text)

    # Events

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Draw the map once there is somewhere to show it."""
        super().showEvent(event)
        self._redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Redraw at the new size once the resize settles; the zoom buttons keep to the top right."""
        super().resizeEvent(event)
        x = self.width() - _GAP
        for button in reversed(self.buttons):
            size = button.sizeHint()
            x -= size.width()
            button.setGeometry(x, _GAP, size.width(), size.height())
            x -= _GAP // 2
        self._clusters = None
        self._clamp()
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
        order = self._keyboard_order()
        arrows = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up)
        if key in arrows and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Ctrl+arrows pan by a quarter of the pane, as if the map were dragged the other way.
            area = self._area()
            across, down = area.width() / 4, area.height() / 4
            moves = {Qt.Key.Key_Right: (-across, 0), Qt.Key.Key_Left: (across, 0),
                     Qt.Key.Key_Down: (0, -down), Qt.Key.Key_Up: (0, down)}
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
            self._center = inner
            self._view_changed()

    def marker_tooltip(self, group: Cluster) -> str:
        """What hovering over a marker says: its cities and their cases, and what a click does."""
        lines = [
            self.tr("{city}, {country}: %n case(s)", "", city.count).format(
                city=city.city, country=self._name(city.country)
            )
            for city in sorted(group.cities, key=lambda c: -c.count)[:8]
        ]
        if len(group.cities) > 8:
            lines.append(self.tr("and %n more city(ies)", "", len(group.cities) - 8))
        if len(group.cities) == 1:
            lines.append(self.tr("Click to show only the cases of {city}").format(city=group.cities[0].city))
        else:
            lines.append(self.tr("Click to zoom in on these cities"))
        return "\n".join(lines)

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


def add_map_tab(window: MainWindow) -> MapView:
    """A Map tab beside the results list and a View menu action for it: the map counts the current
    results by country and marks their cities; clicking a country filters the results by it as the
    Filters pane does, clicking a city's marker searches that city, and the map says what the
    results are filtered by."""
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

    def show_page(page: ResultPage) -> None:
        view.set_counts(dict(page.facets.get("country", [])))
        chosen = page.request.filters.get("country", [])
        view.set_selected(chosen[0] if len(chosen) == 1 else None)
        view.set_filters_text(" · ".join(window.filter_labels()))
        fetch_cities()

    def show_map() -> None:
        window.results_tabs.setCurrentWidget(view)
        view.setFocus()

    def search_city(city: str, _country: str) -> None:
        words = _CITY_TERM.sub("", window.search_box.text()).strip()
        window.search_box.setText(f'{words} city:"{city}"'.strip())
        window.run_search()

    # Tab goes from the results list to the map and its buttons, then on to the case page.
    chain = [window.result_table, view, *view.buttons, window.case_view]
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
    window.search_finished.connect(show_page)
    window.results_tabs.currentChanged.connect(lambda _index: fetch_cities())
    view.country_clicked.connect(lambda code: window.set_filter("country", [code]))
    view.selection_cleared.connect(lambda: window.set_filter("country", []))
    view.city_clicked.connect(search_city)
    action = QAction(QCoreApplication.translate("MapView", "Show &Map"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    action.triggered.connect(show_map)
    window.view_menu.addAction(action)
    if window.last_page is not None:
        show_page(window.last_page)
    return view
