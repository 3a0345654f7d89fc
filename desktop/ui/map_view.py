"""The map view: a world map of cases per country that filters by a country when one is clicked."""

from __future__ import annotations

import math
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
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.countries import country_label, reading_order, words_language
from desktop.worldmap import (
    DARK_STYLE,
    LIGHT_STYLE,
    MapPicture,
    MapStyle,
    PickMap,
    count_bands,
    on_map,
    pick_map,
    render_map,
    world_map,
)

if TYPE_CHECKING:
    from desktop.catalogue import ResultPage
    from desktop.ui.main_window import MainWindow

# One drawing thread for every map view; drawing never touches a widget, so a view that closes
# while its map is being drawn just never collects the picture.
_drawer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="map")
_POLL_MS = 15
_RESIZE_SETTLE_MS = 60
_SWATCH = 12
_GAP = 6


@dataclass
class _Drawing:
    """A picture on its way: which request it answers and the drawing thread's future."""

    serial: int
    future: Future[tuple[QImage, PickMap]]


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
        self._pick: PickMap | None = None
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

    # Geometry

    def _legend_height(self) -> int:
        """Height of the legend under the map: one line, two when some countries are off the map."""
        lines = 2 if self._off_map() else 1
        return lines * (self.fontMetrics().height() + _GAP) + _GAP

    def map_rect(self) -> QRectF:
        """Where the map is drawn: the largest rectangle of the map's shape above the legend."""
        world = world_map()
        area = QRectF(self.rect()).adjusted(0, 0, 0, -self._legend_height())
        scale = min(area.width() / world.width, area.height() / world.height)
        size = QSize(max(1, int(world.width * scale)), max(1, int(world.height * scale)))
        left = area.left() + (area.width() - size.width()) / 2
        top = area.top() + (area.height() - size.height()) / 2
        return QRectF(QPointF(left, top), size.toSizeF())

    def position_on_map(self, x: float, y: float) -> QPoint:
        """The widget position of a point in map units."""
        box = self.map_rect()
        scale = box.width() / world_map().width
        return QPoint(math.floor(box.left() + x * scale), math.floor(box.top() + y * scale))

    def position_of(self, code: str) -> QPoint | None:
        """A widget position inside a country, once the map is drawn."""
        inner = self._pick.inner_point(code) if self._pick else None
        return self.position_on_map(inner.x(), inner.y()) if inner else None

    def country_at(self, position: QPoint) -> str | None:
        """The country under a widget position, once the map is drawn."""
        if self._pick is None:
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
        box = self.map_rect()
        ratio = self.devicePixelRatioF()
        focused = self._focused if self.hasFocus() else None
        picture = MapPicture(
            tuple(sorted(self._counts.items())),
            self._style(),
            self._selected,
            focused,
            max(1, round(box.width() * ratio)),
            max(1, round(box.height() * ratio)),
        )
        self._wanted.serial += 1
        serial = self._wanted.serial
        self._drawing = _Drawing(serial, _drawer.submit(_draw, picture, serial, self._wanted))
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
        self._image, self._pick = drawn
        self._image.setDevicePixelRatio(self.devicePixelRatioF())
        self.update()
        self.rendered.emit()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """The map (stretched for a moment while a resize settles), then the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        box = self.map_rect()
        if self._image is not None:
            painter.drawImage(box, self._image)
        else:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("Drawing the map…"))
        self._paint_legend(painter, box)
        if self.hasFocus():
            painter.setPen(QColor(self.palette().color(QPalette.ColorRole.Highlight)))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _paint_legend(self, painter: QPainter, box: QRectF) -> None:
        """Swatches of the count bands and of no cases; below, countries too small for the map."""
        style = self._style()
        metrics = self.fontMetrics()
        line_height = metrics.height() + _GAP
        x, y = int(box.left()) + _GAP, int(box.bottom()) + _GAP
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
        """Redraw at the new size once the resize settles."""
        super().resizeEvent(event)
        self._settle.start()

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
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A pointing hand over countries; a shown tooltip follows the mouse to the next country."""
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
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A press and release on the same country chooses it; on the sea, nothing happens."""
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.country_at(event.position().toPoint())
            if code and code == self._pressed:
                self._choose(code)
            self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Arrows move between countries with cases, Enter or Space chooses one, Esc clears the filter."""
        key = event.key()
        order = self._keyboard_order()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up) and order:
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            start = order.index(self._focused) if self._focused in order else (-1 if step > 0 else 0)
            self._focused = order[(start + step) % len(order)]
            self._redraw()
            self._announce(self._focused)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._focused:
            self._choose(self._focused)
        elif key == Qt.Key.Key_Escape and self._selected:
            self.set_selected(None)
            self.selection_cleared.emit()
        else:
            super().keyPressEvent(event)

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
    results by country, and clicking a country filters the results by it as the Filters pane does."""
    view = MapView()
    window.results_tabs.addTab(view, QCoreApplication.translate("MapView", "&Map"))

    def show_page(page: ResultPage) -> None:
        view.set_counts(dict(page.facets.get("country", [])))
        chosen = page.request.filters.get("country", [])
        view.set_selected(chosen[0] if len(chosen) == 1 else None)

    def show_map() -> None:
        window.results_tabs.setCurrentWidget(view)
        view.setFocus()

    window.search_finished.connect(show_page)
    view.country_clicked.connect(lambda code: window.set_filter("country", [code]))
    view.selection_cleared.connect(lambda: window.set_filter("country", []))
    action = QAction(QCoreApplication.translate("MapView", "Show &Map"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    action.triggered.connect(show_map)
    window.view_menu.addAction(action)
    if window.last_page is not None:
        show_page(window.last_page)
    return view
