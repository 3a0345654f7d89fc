"""What the map view shows over the drawn map: city markers, the filters box, the legend and the
zoom buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.catalogue.map_points import Cluster
from desktop.ui.browse.worldmap import MapStyle, count_bands

SWATCH = 12
GAP = 6


def paint_markers(painter: QPainter, style: MapStyle, markers: list[tuple[QPointF, float, Cluster]]) -> None:
    """A disc per city or group of nearby cities, with its number of cases."""
    fill = QColor(style.ramp[-1])
    text = QColor("#ffffff" if fill.lightness() < 128 else "#000000")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for centre, radius, group in markers:
        painter.setPen(QColor(style.border))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(text)
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, QLocale().toString(group.count))
    painter.restore()


def paint_filters(painter: QPainter, widget: QWidget, area: QRectF, filters_text: str, room: int) -> None:
    """What the results are filtered by, in a box at the top left of the map (`room` pixels wide at most)."""
    if not filters_text:
        return
    metrics = widget.fontMetrics()
    text = QCoreApplication.translate("MapView", "Showing: {filters}").format(filters=filters_text)
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(40, room))
    box = QRectF(
        area.left() + GAP, area.top() + GAP, metrics.horizontalAdvance(text) + 2 * GAP, metrics.height() + GAP
    )
    background = widget.palette().color(QPalette.ColorRole.Base)
    background.setAlpha(225)
    painter.fillRect(box, background)
    painter.setPen(widget.palette().color(QPalette.ColorRole.Text))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def paint_legend(
    painter: QPainter,
    widget: QWidget,
    box: QRectF,
    style: MapStyle,
    counts: dict[str, int],
    with_cities: bool,
    off_map: str,
) -> None:
    """Swatches of the count bands and of no cases under `box`; below, `off_map` (countries too small
    for the map, if any)."""
    metrics = widget.fontMetrics()
    text_colour = widget.palette().color(QPalette.ColorRole.Text)
    line_height = metrics.height() + GAP
    x, y = int(box.left()) + GAP, int(box.bottom()) + GAP
    if with_cities:
        painter.setBrush(QColor(style.ramp[-1]))
        painter.setPen(Qt.PenStyle.NoPen)
        dot = QPoint(x + SWATCH // 2, y + metrics.height() // 2)
        painter.drawEllipse(dot, SWATCH // 2, SWATCH // 2)
        painter.setPen(text_colour)
        label = QCoreApplication.translate("MapView", "a city's cases (nearby cities grouped)")
        painter.drawText(QPoint(x + SWATCH + GAP // 2, y + metrics.ascent()), label)
        x += SWATCH + GAP // 2 + metrics.horizontalAdvance(label) + 2 * GAP
    painter.setPen(text_colour)
    bands = count_bands(counts, style)
    if not bands:
        no_cases = QCoreApplication.translate("MapView", "No cases to show on the map")
        painter.drawText(QPoint(x, y + metrics.ascent()), no_cases)
        return
    locale = QLocale()
    entries: list[tuple[str, str | None]] = [
        (QCoreApplication.translate("MapView", "Cases per country:"), None)
    ]
    for band in bands:
        if band.low == band.high:
            label = locale.toString(band.low)
        else:
            low, high = locale.toString(band.low), locale.toString(band.high)
            label = QCoreApplication.translate("MapView", "{low}–{high}").format(low=low, high=high)
        entries.append((label, band.colour))
    entries.append((QCoreApplication.translate("MapView", "none"), style.empty))
    for label, colour in entries:
        if colour is not None:
            swatch = QRect(x, y + (metrics.height() - SWATCH) // 2, SWATCH, SWATCH)
            painter.fillRect(swatch, QColor(colour))
            x += SWATCH + GAP // 2
        painter.drawText(QPoint(x, y + metrics.ascent()), label)
        x += metrics.horizontalAdvance(label) + 2 * GAP
    if off_map:
        text = QCoreApplication.translate("MapView", "Too small for the map: {countries}").format(
            countries=off_map
        )
        painter.drawText(QPoint(int(box.left()) + GAP, y + line_height + metrics.ascent()), text)


def zoom_buttons(
    parent: QWidget, zoom_in: Callable[[], None], zoom_out: Callable[[], None], reset: Callable[[], None]
) -> list[QToolButton]:
    """Zoom in, out and back to the whole map, for a mouse that has no wheel (placed by the map)."""
    buttons = []
    translate = QCoreApplication.translate
    for text, name, tip, slot in (
        (
            "+",
            translate("MapView", "Zoom in"),
            translate("MapView", "Zoom in (+, or the mouse wheel)"),
            zoom_in,
        ),
        ("−", translate("MapView", "Zoom out"), translate("MapView", "Zoom out (−)"), zoom_out),
        (
            "⌂",
            translate("MapView", "Reset the view"),
            translate("MapView", "Back to the view the map opened with (0)"),
            reset,
        ),
    ):
        button = QToolButton(parent)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        buttons.append(button)
    return buttons
