"""A small line chart of one indicator's readings against its baseline and target, drawn with QPainter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.plans.service import IndicatorSeries
from desktop.text.language import tr
from desktop.ui.kit.plain_text import as_html

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 16, 30, 28
BASELINE_COLOUR = QColor("#6b6b6b")
TARGET_COLOUR = QColor("#1b7f3b")
READING_COLOUR = QColor("#1f5fbf")


@dataclass
class ChartGeometry:
    """Where a chart's lines fall inside its plot area, in widget coordinates."""

    plot: QRectF
    low: float
    high: float
    baseline_y: float | None
    target_y: float | None
    points: list[QPointF]


def _day(text: str) -> int:
    try:
        return date.fromisoformat(text).toordinal()
    except ValueError:
        return 0


def chart_geometry(series: IndicatorSeries, width: float, height: float) -> ChartGeometry:
    """Lay out baseline, target and readings in a chart of the given size; readings spread by date."""
    plot = QRectF(MARGIN_LEFT, MARGIN_TOP, max(width - MARGIN_LEFT - MARGIN_RIGHT, 1),
                  max(height - MARGIN_TOP - MARGIN_BOTTOM, 1))
    values = [v for _, v in series.readings]
    values += [v for v in (series.baseline, series.target) if v is not None]
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if high == low:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.08
    # Counts and shares cannot go below zero, so the scale does not either.
    low, high = (max(low - pad, 0.0) if low >= 0 else low - pad), high + pad

    def y_of(value: float) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    days = [_day(d) for d, _ in series.readings]
    first, last = (min(days), max(days)) if days else (0, 0)

    def x_of(day: int) -> float:
        if last == first:
            return plot.center().x()
        return plot.left() + (day - first) / (last - first) * plot.width()

    points = [QPointF(x_of(day), y_of(value)) for day, (_, value) in zip(days, series.readings, strict=True)]
    return ChartGeometry(
        plot=plot,
        low=low,
        high=high,
        baseline_y=y_of(series.baseline) if series.baseline is not None else None,
        target_y=y_of(series.target) if series.target is not None else None,
        points=points,
    )


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")


class IndicatorChart(QWidget):
    """One indicator: its readings as a line, its baseline and target as dashed rules."""

    def __init__(self, series: IndicatorSeries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = series
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Chart of {indicator}").format(indicator=series.name))
        self.setAccessibleDescription(self.summary())
        self.setToolTip(as_html(self.summary()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Wide and short, so several charts stack in a page."""
        return QSize(520, 200)

    def summary(self) -> str:
        """The chart in words, for screen readers and the tooltip."""
        s = self.series
        latest = s.readings[-1] if s.readings else None
        return tr("{name}: baseline {baseline}, target {target}, latest {latest}").format(
            name=s.name,
            baseline=_number(s.baseline) if s.baseline is not None else tr("none"),
            target=_number(s.target) if s.target is not None else tr("none"),
            latest=f"{_number(latest[1])} ({latest[0]})" if latest else tr("no readings yet"),
        )

    def geometry_now(self) -> ChartGeometry:
        """The chart's layout at the widget's current size."""
        return chart_geometry(self.series, self.width(), self.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Draw the axes, the baseline and target rules, and the readings."""
        g = self.geometry_now()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        painter.setPen(text)
        unit = f" ({self.series.unit})" if self.series.unit else ""
        title = QRectF(8, 4, self.width() - 16, 22)
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft, self.series.name + unit)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(g.plot)
        painter.setPen(text)
        for value, y in ((g.high, g.plot.top()), (g.low, g.plot.bottom())):
            scale = QRectF(0, y - 9, MARGIN_LEFT - 6, 18)
            painter.drawText(scale, Qt.AlignmentFlag.AlignRight, _number(value))
        self._rule(painter, g, g.baseline_y, BASELINE_COLOUR, tr("baseline"))
        self._rule(painter, g, g.target_y, TARGET_COLOUR, tr("target"))
        if self.series.readings:
            painter.setPen(QPen(READING_COLOUR, 2))
            painter.drawPolyline(QPolygonF(g.points))
            painter.setBrush(READING_COLOUR)
            for point in g.points:
                painter.drawEllipse(point, 3.5, 3.5)
            painter.setPen(text)
            first, last = self.series.readings[0][0], self.series.readings[-1][0]
            bottom = QRectF(g.plot.left(), g.plot.bottom() + 4, g.plot.width(), 20)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, first)
            if last != first:
                painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, last)
        else:
            painter.drawText(g.plot, Qt.AlignmentFlag.AlignCenter, tr("No readings yet"))
        painter.end()

    def _rule(self, painter: QPainter, g: ChartGeometry, y: float | None, colour: QColor, label: str) -> None:
        if y is None:
            return
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y))
        where = QRectF(g.plot.left() + 4, y - 16, g.plot.width() - 8, 14)
        painter.drawText(where, Qt.AlignmentFlag.AlignRight, label)
