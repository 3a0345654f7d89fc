"""How practices spread, for the programme view: a table and a bar chart of the cities each reached."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.plans.lineage import Spread
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls

BAR_COLOUR = QColor("#1f5fbf")
ROW_HEIGHT, LABEL_WIDTH, MARGIN = 22, 220, 8


class SpreadTable(QTableWidget):
    """One practice a row: where it comes from, how many cities adapt it, where, how far."""

    def __init__(self) -> None:
        super().__init__(0, 5)
        self.setAccessibleName(tr("How practices spread"))
        self.setHorizontalHeaderLabels([tr("Practice"), tr("From"), tr("Cities"), tr("Where"), tr("How far")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)

    def show_spreads(self, spreads: list[Spread]) -> None:
        """List each practice's spread."""
        self.setRowCount(len(spreads))
        for n, spread in enumerate(spreads):
            cells = (
                spread.practice,
                spread.origin,
                str(len(spread.cities)),
                ", ".join(spread.cities),
                spread.how_far(),
            )
            for m, text in enumerate(cells):
                self.setItem(n, m, QTableWidgetItem(visible_controls(text)))


class SpreadChart(QWidget):
    """A horizontal bar per practice: how many cities adapt it."""

    def __init__(self) -> None:
        super().__init__()
        self.spreads: list[Spread] = []
        self.setAccessibleName(tr("Chart of the cities adapting each practice"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_spreads(self, spreads: list[Spread]) -> None:
        """Draw these spreads."""
        self.spreads = spreads
        self.setAccessibleDescription(
            "; ".join(f"{s.practice}: {len(s.cities)}" for s in spreads) or tr("No practice adapted yet")
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Tall enough for a bar per practice."""
        return QSize(480, max(len(self.spreads), 1) * ROW_HEIGHT + 2 * MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Draw a labelled bar per practice, scaled to the widest spread."""
        painter = QPainter(self)
        widest = max((len(s.cities) for s in self.spreads), default=1)
        room = max(self.width() - LABEL_WIDTH - 3 * MARGIN - 30, 10)
        for n, spread in enumerate(self.spreads):
            top = MARGIN + n * ROW_HEIGHT
            label = QRectF(MARGIN, top, LABEL_WIDTH, ROW_HEIGHT - 4)
            painter.setPen(self.palette().windowText().color())
            elided = self.fontMetrics().elidedText(
                visible_controls(spread.practice), Qt.TextElideMode.ElideRight, LABEL_WIDTH
            )
            painter.drawText(label, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)
            length = room * len(spread.cities) / widest
            painter.fillRect(QRectF(LABEL_WIDTH + 2 * MARGIN, top + 3, length, ROW_HEIGHT - 10), BAR_COLOUR)
            count = QRectF(LABEL_WIDTH + 2 * MARGIN + length + 4, top, 40, ROW_HEIGHT - 4)
            painter.drawText(
                count,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                str(len(spread.cities)),
            )
        painter.end()
