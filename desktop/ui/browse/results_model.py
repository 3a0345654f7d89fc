"""The results table's model: a row per match, pages of rows fetched on the worker as they come into view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from desktop.text.countries import country_label, words_language
from desktop.text.outside_text import visible_controls
from desktop.text.scripts import font_packages, script_label
from desktop.ui.browse.facets_pane import value_label
from desktop.ui.kit.plain_text import as_html

if TYPE_CHECKING:
    from desktop.catalogue.service import ResultCard

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("title", "city", "country", "year", "stage", "relevance")
# Columns the search service can sort by, and the sort name it knows them by.
SORT_KEYS = {0: "title", 1: "city", 3: "year", 5: "relevance"}
# Pages wanted while a person drags the scroll bar are gathered for this long, then only the
# last few are fetched: the rows that went by in between are no longer on screen.
FETCH_DELAY_MS = 40
PAGES_PER_FETCH = 3


def column_title(name: str) -> str:
    """A column's translated header."""
    titles = {
        "title": QCoreApplication.translate("Results", "Title"),
        "city": QCoreApplication.translate("Results", "City"),
        "country": QCoreApplication.translate("Results", "Country"),
        "year": QCoreApplication.translate("Results", "Year"),
        "stage": QCoreApplication.translate("Results", "Stage"),
        "relevance": QCoreApplication.translate("Results", "Relevance"),
    }
    return titles[name]


class ResultsTableModel(QAbstractTableModel):
    """Every match of the current search as a row; rows not fetched yet read "Loading…" until
    their page arrives. `page_wanted(offset)` asks the owner to fetch a page; the owner answers
    with `page_arrived`."""

    page_wanted = Signal(int)

    def __init__(self, page_size: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        # Another language opens a new window, and with it a new model: read the language once.
        self._language = words_language()
        self._total = 0
        self._best_score = 0.0
        self._pages: dict[int, list[ResultCard]] = {}
        self._unshown: dict[str, list[str]] = {}
        self._asked: set[int] = set()
        self._wanted: list[int] = []
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(FETCH_DELAY_MS)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    def set_first_page(self, cards: list[ResultCard], total: int) -> None:
        """Start over with a new search: `total` rows, the first page of them known."""
        self.beginResetModel()
        self._total = total
        # Relevance reads against the best match: a search engine's raw score means nothing to a reader.
        self._best_score = max((card.score for card in cards), default=0.0)
        self._pages = {0: list(cards)}
        self._unshown = {}
        self._asked = {0}
        self._wanted = []
        self.endResetModel()

    def page_arrived(self, offset: int, cards: list[ResultCard]) -> None:
        """Fill in a fetched page (rows past the total, if the catalogue changed meanwhile, are left out)."""
        page = offset // self.page_size
        self._pages[page] = list(cards[: max(0, self._total - offset)])
        last = min(self._total, offset + self.page_size) - 1
        if last >= offset:
            self.dataChanged.emit(self.index(offset, 0), self.index(last, len(COLUMNS) - 1))

    def card(self, row: int) -> ResultCard | None:
        """The result at a row, or None while its page is still on its way."""
        cards = self._pages.get(row // self.page_size)
        position = row % self.page_size
        if cards is None or position >= len(cards):
            return None
        return cards[position]

    def is_loaded(self, row: int) -> bool:
        """Whether the row's result has arrived."""
        return self.card(row) is not None

    def row_of(self, case_id: str) -> int | None:
        """The row of a case among the results fetched so far."""
        for page, cards in self._pages.items():
            for position, card in enumerate(cards):
                if card.id == case_id:
                    return page * self.page_size + position
        return None

    def _want(self, row: int) -> None:
        page = row // self.page_size
        if page in self._asked:
            return
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        for page in self._wanted[-PAGES_PER_FETCH:]:
            self._asked.add(page)
            self.page_wanted.emit(page * self.page_size)
        self._wanted = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return column_title(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < self._total
            or not 0 <= index.column() < len(COLUMNS)
        ):
            return None
        card = self.card(index.row())
        column = COLUMNS[index.column()]
        if card is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(index.row())
                return QCoreApplication.translate("Results", "Loading…") if column == "title" else ""
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(card, column)
        if column == "title":
            return self._title_data(card, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("year", "relevance"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _title_data(self, card: ResultCard, role: int) -> Any:
        """The title's tooltip (its summary), and a warning where no font here shows its script."""
        unshown = self._unshown_scripts(card)
        note = (
            QCoreApplication.translate(
                "Results",
                "Part of this title is in {scripts}, which no font on this computer shows: "
                "install {packages}.",
            ).format(scripts=", ".join(script_label(s) for s in unshown), packages=font_packages(unshown))
            if unshown
            else ""
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            if card.translated:
                shown = QCoreApplication.translate(
                    "Results", "Translated; the case page shows the original too."
                )
                note = f"{note}\n\n{shown}" if note else shown
            # A case's own text: shown as typed, never read as HTML.
            return as_html(f"{note}\n\n{card.summary}" if note else card.summary)
        if role == Qt.ItemDataRole.DecorationRole and note:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and note:
            return note
        return None

    def _unshown_scripts(self, card: ResultCard) -> list[str]:
        """The scripts of a card's titles that no font here shows (asked once per case)."""
        if card.id not in self._unshown:
            # Asked of the fonts here only for rows shown: the document writers load with the first.
            from desktop.documents.fonts import scripts_without_font

            self._unshown[card.id] = scripts_without_font(f"{card.title} {card.local_title}")
        return self._unshown[card.id]

    def _cell(self, card: ResultCard, column: str) -> str:
        if column == "title":
            title = visible_controls(f"{card.title} ({card.local_title})" if card.local_title else card.title)
            if card.translated == "machine":
                # A machine draft is labelled wherever it shows, until a person confirms it.
                return title + " " + QCoreApplication.translate("Results", "[machine draft]")
            return title
        if column == "city":
            return visible_controls(card.city)
        if column == "country":
            # The card's English name is what search matched; the reader gets theirs.
            return country_label(card.country, self._language)
        if column == "year":
            return str(card.year_started) if card.year_started else ""
        if column == "stage":
            return value_label("stage", card.stage) if card.stage else ""
        if not card.score or not self._best_score:
            return ""
        return QCoreApplication.translate("Results", "{percent}%").format(
            percent=min(100, round(100 * card.score / self._best_score))
        )

    def has_scores(self) -> bool:
        """Whether the rows are ranked by a search (not listed by title, city or year alone)."""
        return self._best_score > 0
