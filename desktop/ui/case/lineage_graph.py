"""A case's family drawn as a small graph: cases as cards, the plans adapting them as rounded tags,
arrows from each to what came of it. A click, or Enter on the node chosen with the arrow keys, opens
the case or the plan."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.case.lineage_layout import CASE, PLAN, GraphLayout, GraphNode

# Plans are narrower than cases: their city and state are short, and the graph must fit a pane.
NODE_WIDTHS = {CASE: 200, PLAN: 190}
NODE_HEIGHT = 56
COLUMN_GAP, ROW_GAP, MARGIN = 40, 14, 12
ARROW = 7


def node_label(node: GraphNode) -> str:
    """How a node is named to a screen reader and in its tooltip."""
    if node.kind == CASE:
        place = f" ({node.detail})" if node.detail else ""
        shown = tr(" (this case)") if node.current else ""
        return tr("Case {title}{place}{shown}").format(title=node.title, place=place, shown=shown)
    return tr("Plan adapting it in {city}: {detail}").format(city=node.title, detail=node.detail)


class LineageGraph(QWidget):
    """Draws a laid-out lineage; `case_requested(id)` or `plan_requested(id)` when a node is opened."""

    case_requested = Signal(str)
    plan_requested = Signal(str)
    node_chosen = Signal(QRect)  # where the node the arrows moved to is: the pane scrolls to it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_shown = GraphLayout()
        self.chosen = 0  # the node the arrow keys are on
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Lineage graph"))
        self._describe()

    def show_layout(self, layout: GraphLayout) -> None:
        """Draw this graph, the case on the page chosen."""
        self.layout_shown = layout
        self.chosen = next((n for n, node in enumerate(layout.nodes) if node.current), 0)
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self._describe()
        self.update()

    def _column_widths(self) -> list[int]:
        """Each column as wide as its widest node."""
        widths = [0] * self.layout_shown.columns
        for node in self.layout_shown.nodes:
            widths[node.column] = max(widths[node.column], NODE_WIDTHS[node.kind])
        return widths

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Room for every column and row of the graph."""
        widths, rows = self._column_widths() or [NODE_WIDTHS[CASE]], max(self.layout_shown.rows, 1)
        return QSize(
            2 * MARGIN + sum(widths) + (len(widths) - 1) * COLUMN_GAP,
            2 * MARGIN + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP,
        )

    def node_rect(self, index: int) -> QRectF:
        """Where a node is drawn: in its column, level with its row."""
        node = self.layout_shown.nodes[index]
        left = MARGIN + sum(self._column_widths()[: node.column]) + node.column * COLUMN_GAP
        top = MARGIN + node.row * (NODE_HEIGHT + ROW_GAP)
        return QRectF(left, top, NODE_WIDTHS[node.kind], NODE_HEIGHT)

    def node_at(self, point: QPointF) -> int | None:
        """The node under a point, if any."""
        return next(
            (n for n in range(len(self.layout_shown.nodes)) if self.node_rect(n).contains(point)), None
        )

    def open_node(self, index: int) -> None:
        """Open a node's case or plan."""
        node = self.layout_shown.nodes[index]
        (self.case_requested if node.kind == CASE else self.plan_requested).emit(node.key)

    # Drawing

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """Edges first, then the nodes over them."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        for edge in self.layout_shown.edges:
            self._draw_edge(painter, palette, edge.start, edge.end, edge.published)
        for index in range(len(self.layout_shown.nodes)):
            self._draw_node(painter, palette, index)

    def _draw_edge(self, painter: QPainter, palette: QPalette, start: int, end: int, published: bool) -> None:
        begin = self.node_rect(start)
        finish = self.node_rect(end)
        a = QPointF(begin.right(), begin.center().y())
        b = QPointF(finish.left() - 1, finish.center().y())
        pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.6)
        if published:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(a)
        middle = (a.x() + b.x()) / 2
        path.cubicTo(QPointF(middle, a.y()), QPointF(middle, b.y()), b)
        painter.drawPath(path)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(Qt.PenStyle.NoPen)
        head = [b, QPointF(b.x() - ARROW, b.y() - ARROW / 2), QPointF(b.x() - ARROW, b.y() + ARROW / 2)]
        painter.drawPolygon(QPolygonF(head))

    def _draw_node(self, painter: QPainter, palette: QPalette, index: int) -> None:
        node = self.layout_shown.nodes[index]
        rect = self.node_rect(index)
        role = QPalette.ColorRole
        if node.current:
            fill, ink = palette.color(role.Highlight), palette.color(role.HighlightedText)
        elif node.kind == CASE:
            fill, ink = palette.color(role.Base), palette.color(role.Text)
        else:
            fill, ink = palette.color(role.AlternateBase), palette.color(role.Text)
        chosen = index == self.chosen and self.hasFocus()
        border = palette.color(role.Highlight) if chosen else palette.color(role.Mid)
        painter.setPen(QPen(border, 3 if chosen else 1.2))
        painter.setBrush(fill)
        radius = 6 if node.kind == CASE else NODE_HEIGHT / 2
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
        inner = rect.adjusted(12 if node.kind == CASE else NODE_HEIGHT / 3, 6, -10, -6)
        title_font = QFont(self.font())
        title_font.setBold(True)
        lines = ((title_font, visible_controls(node.title)), (self.font(), node.detail))
        half = inner.height() / 2
        painter.setPen(ink)
        for number, (font, text) in enumerate(lines):
            painter.setFont(font)
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            line = QRectF(inner.left(), inner.top() + number * half, inner.width(), half)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    # Mouse and keyboard

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A pointing hand over a node: it opens."""
        over = self.node_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A click on a node opens it."""
        index = self.node_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self._choose(index)
            self.open_node(index)

    def event(self, event: QEvent) -> bool:
        """A node's tooltip gives its whole name (the drawn one may be cut short)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.node_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), node_label(self.layout_shown.nodes[index]), self)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Up and Down go through the nodes top to bottom, Right to what came of one, Left back to
        where it came from; Enter or Space opens it."""
        count = len(self.layout_shown.nodes)
        key = event.key()
        if not count:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_node(self.chosen)
            return
        moves = {
            Qt.Key.Key_Down: lambda: min(self.chosen + 1, count - 1),
            Qt.Key.Key_Up: lambda: max(self.chosen - 1, 0),
            Qt.Key.Key_Right: lambda: next(iter(self.layout_shown.children(self.chosen)), self.chosen),
            Qt.Key.Key_Left: lambda: self.layout_shown.parent(self.chosen),
            Qt.Key.Key_Home: lambda: 0,
            Qt.Key.Key_End: lambda: count - 1,
        }
        move = moves.get(Qt.Key(key))
        if move is None:
            super().keyPressEvent(event)
            return
        target = move()
        self._choose(self.chosen if target is None else target)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """The chosen node gets its ring when the graph has the keyboard."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """The ring goes with the keyboard."""
        super().focusOutEvent(event)
        self.update()

    def _choose(self, index: int) -> None:
        self.chosen = index
        self._describe()
        self.update()
        self.node_chosen.emit(self.node_rect(index).toRect())

    def _describe(self) -> None:
        """Say how to move, and which node the arrows are on."""
        keys = tr(
            "Up and Down go through the cases and plans, Right to what came of one, Left back to where it "
            "came from; Enter opens the case or plan."
        )
        nodes = self.layout_shown.nodes
        on = f" {node_label(nodes[self.chosen])}." if nodes else ""
        self.setAccessibleDescription(keys + on)
