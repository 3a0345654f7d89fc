"""The result list: a model of result cards and a delegate that draws title, place and snippet."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

if TYPE_CHECKING:
    from desktop.catalogue import ResultCard

CardRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ResultModel(QAbstractListModel):
    """The cards of the current search in rank order, fetched a page at a time as the list scrolls."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[ResultCard] = []
        self._total = 0
        self._asked_for = 0

    def set_cards(self, cards: list[ResultCard], total: int) -> None:
        """Replace the results with a first page of a search that found `total`."""
        self.beginResetModel()
        self._cards = list(cards)
        self._total = total
        self._asked_for = len(self._cards)
        self.endResetModel()

    def add_cards(self, offset: int, cards: list[ResultCard]) -> None:
        """Append a further page (ignored if it does not follow on from what is shown)."""
        if offset != len(self._cards) or not cards:
            return
        self.beginInsertRows(QModelIndex(), len(self._cards), len(self._cards) + len(cards) - 1)
        self._cards.extend(cards)
        self.endInsertRows()

    def next_page_offset(self) -> int | None:
        """Where the next page starts, if more results exist and none is already on its way."""
        if self._asked_for >= self._total:
            return None
        self._asked_for = self._total  # one request at a time; the answer re-enables paging
        return len(self._cards)

    def page_arrived(self, offset: int, cards: list[ResultCard]) -> None:
        """Show a requested page and allow the next one."""
        self.add_cards(offset, cards)
        self._asked_for = len(self._cards)

    def card(self, row: int) -> ResultCard:
        """The card at a row."""
        return self._cards[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.title}, {card.city}, {card.country_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.summary
        if role == CardRole:
            return card
        return None


def card_html(card: ResultCard, muted: str = "gray") -> str:
    """A result's rich text: title, local title, place and year, then the snippet or summary."""
    local = f" <span style='color:{muted}'>{html.escape(card.local_title)}</span>" if card.local_title else ""
    year = f" · {card.year_started}" if card.year_started else ""
    place = html.escape(f"{card.city}, {card.country_name}{year} · {card.stage}")
    snippet = card.snippet or html.escape(card.summary[:220] + ("…" if len(card.summary) > 220 else ""))
    snippet = snippet.replace("\n", " ").replace("<mark>", "<b style='background:#ffe58a;color:black'>")
    snippet = snippet.replace("</mark>", "</b>")
    return (
        f"<div><b style='font-size:11pt'>{html.escape(card.title)}</b>{local}</div>"
        f"<div style='color:{muted}'>{place}</div><div>{snippet}</div>"
    )


class ResultDelegate(QStyledItemDelegate):
    """Draws each result as a small rich-text card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QTextDocument()
        self._document.setDocumentMargin(6)

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        self._document.setDefaultFont(option.font)
        self._document.setHtml(card_html(index.data(CardRole), option.palette.color(group).name()))
        self._document.setTextWidth(max(option.rect.width(), 200))
        return self._document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # No initStyleOption here: the card draws its own text, and in PySide6 6.12 on Python 3.11
        # each call from Python loses a reference to None, which crashes the app after long use.
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._layout(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        document = self._layout(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
