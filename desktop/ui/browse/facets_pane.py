"""The filter pane (facet values with live counts, a year range) and the row of active-filter chips."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.fields import case_fields, pane_facets
from desktop.catalogue.labels import region_label, theme_label
from desktop.search.types import UNKNOWN
from desktop.text.countries import country_label, language_label, words_language
from desktop.text.outside_text import visible_controls

OPEN_AT_START = ("theme", "country", "stage")
NO_YEAR = 0
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
FacetRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2
# Keys that remove a focused chip, besides Space (which clicks any button).
REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def facet_title(facet: str) -> str:
    """A facet's translated name."""
    titles = {field.search: field.facet for field in case_fields() if field.facet}
    if facet == "city":
        # A city chosen on the map has a chip, though the pane lists no cities; it reads as the results'
        # City column does ("City" in Facets names a level of government: 시, not 도시, in Korean).
        return QCoreApplication.translate("Results", "City")
    return QCoreApplication.translate("Facets", titles[facet]) if facet in titles else facet


def value_label(facet: str, value: str, language: str = "") -> str:
    """How a facet value reads to a person; countries and languages named in `language`, else the window's."""
    if value == UNKNOWN and facet not in ("theme", "sdg", "year"):
        return QCoreApplication.translate("Facets", "Unknown")
    if facet in ("country", "language"):
        label = country_label if facet == "country" else language_label
        return label(value, language or words_language())
    if facet == "sdg":
        return QCoreApplication.translate("Facets", "SDG {number}").format(number=value)
    words = {
        "idea": QCoreApplication.translate("Facets", "Idea"),
        "pilot": QCoreApplication.translate("Facets", "Pilot"),
        "implemented": QCoreApplication.translate("Facets", "Implemented"),
        "scaled": QCoreApplication.translate("Facets", "Scaled"),
        "discontinued": QCoreApplication.translate("Facets", "Discontinued"),
        "district": QCoreApplication.translate("Facets", "District"),
        "city": QCoreApplication.translate("Facets", "City"),
        "metropolitan": QCoreApplication.translate("Facets", "Metropolitan"),
        "state": QCoreApplication.translate("Facets", "State or province"),
        "national": QCoreApplication.translate("Facets", "National"),
    }
    if facet in ("stage", "level_of_government") and value in words:
        return words[value]
    if facet == "region":
        return region_label(value)
    # A theme or a place typed in a case: its direction controls show by name.
    return visible_controls(theme_label(value) if facet == "theme" else value)


def year_span_label(year_from: int | None, year_to: int | None) -> str:
    """A year range as a chip shows it."""
    if year_from is not None and year_from == year_to:
        return str(year_from)
    if year_from is not None and year_to is not None:
        return QCoreApplication.translate("Facets", "{first}–{last}").format(first=year_from, last=year_to)
    if year_from is not None:
        return QCoreApplication.translate("Facets", "from {first}").format(first=year_from)
    return QCoreApplication.translate("Facets", "until {last}").format(last=year_to)


class FacetsPane(QWidget):
    """Facet groups whose values are check boxes with live counts, and a from–to year range.

    The pane shows what the window's search holds: `show_counts` draws counts and checks, and a
    person's change is reported through `toggled` or `years_changed`, never applied here.
    """

    toggled = Signal(str, str, bool)
    years_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Another language opens a new window, and with it a new pane: read the language once.
        self._language = words_language()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Filters"))
        self.tree.setAccessibleDescription(
            self.tr("Facet values with the number of matching cases; Space checks or unchecks a value")
        )
        self.tree.itemChanged.connect(self._item_changed)
        self._groups: dict[str, QTreeWidgetItem] = {}
        # The facets a person filters by, in the registry's order for the pane.
        for facet in pane_facets():
            group = QTreeWidgetItem(self.tree, [facet_title(facet)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            group.setData(0, FacetRole, facet)
            group.setExpanded(facet in OPEN_AT_START)
            self._groups[facet] = group

        self.year_from = self._year_box(self.tr("Started from year"))
        self.year_to = self._year_box(self.tr("Started until year"))
        self.year_span = QLabel()
        self.year_span.setAccessibleName(self.tr("Years of the matching cases"))
        # The pane's width never follows what it says: an empty result would narrow it under the hand.
        self.year_span.setWordWrap(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("Digital government (1234)") + 64)
        years = QFormLayout()
        years.addRow(self.tr("Fr&om"), self.year_from)
        years.addRow(self.tr("&To"), self.year_to)
        years.addRow(self.year_span)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Fi&lters"))
        title.setBuddy(self.tree)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(years)

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_YEAR, LATEST_YEAR)
        box.setSpecialValueText(self.tr("any year"))
        box.setAccessibleName(name)
        box.setKeyboardTracking(False)
        # Narrow enough for a narrow pane: the From and To labels beside it keep their full width.
        box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("00000") + 32)
        box.valueChanged.connect(self._years_edited)
        return box

    def _years_edited(self) -> None:
        self.years_changed.emit(self._year(self.year_from), self._year(self.year_to))

    @staticmethod
    def _year(box: QSpinBox) -> int | None:
        value = box.value()
        return None if value < EARLIEST_YEAR else value

    def set_years(self, year_from: int | None, year_to: int | None) -> None:
        """Show a year range without reporting it as a change."""
        for box, year in ((self.year_from, year_from), (self.year_to, year_to)):
            box.blockSignals(True)
            box.setValue(NO_YEAR if year is None else year)
            box.blockSignals(False)

    def show_counts(
        self,
        counts: dict[str, list[tuple[str, int]]],
        chosen: dict[str, list[str]],
        keep_order: bool = False,
    ) -> None:
        """Redraw each facet's values with their counts; chosen values stay listed even at zero.

        With `keep_order` (a filter changed, not the words) values stay where they were, those
        now matching nothing greyed at zero, so the value under the pointer is still the one clicked.
        """
        self.tree.blockSignals(True)
        try:
            for facet, group in self._groups.items():
                picked = chosen.get(facet, [])
                pairs = list(counts.get(facet, []))
                listed = [group.child(i).data(0, ValueRole) for i in range(group.childCount())]
                if keep_order and listed:
                    found = dict(pairs)
                    pairs = [(value, found.get(value, 0)) for value in listed] + [
                        (value, count) for value, count in pairs if value not in listed
                    ]
                pairs += [(value, 0) for value in picked if value not in dict(pairs)]
                self._fill_group(group, facet, pairs, picked)
        finally:
            self.tree.blockSignals(False)
        years = sorted(int(value) for value, _ in counts.get("year", []))
        if not years:
            self.year_span.setText("")
        elif years[0] == years[-1]:
            self.year_span.setText(self.tr("Matching cases started in {year}").format(year=years[0]))
        else:
            self.year_span.setText(
                self.tr("Matching cases started {first}–{last}").format(first=years[0], last=years[-1])
            )

    def _fill_group(
        self, group: QTreeWidgetItem, facet: str, pairs: list[tuple[str, int]], picked: list[str]
    ) -> None:
        # Same values in the same order: only the counts change, so the keyboard focus stays put.
        values = [value for value, _ in pairs]
        if [group.child(i).data(0, ValueRole) for i in range(group.childCount())] != values:
            current = self.tree.currentItem()
            keep = (current.data(0, FacetRole), current.data(0, ValueRole)) if current else None
            group.takeChildren()
            for value in values:
                item = QTreeWidgetItem(group)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setData(0, FacetRole, facet)
                item.setData(0, ValueRole, value)
                if keep == (facet, value):
                    self.tree.setCurrentItem(item)
        for position, (value, count) in enumerate(pairs):
            item = group.child(position)
            shown = value_label(facet, value, self._language)
            label = self.tr("{value} ({count})").format(value=shown, count=count)
            item.setText(0, label)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
            item.setCheckState(0, Qt.CheckState.Checked if value in picked else Qt.CheckState.Unchecked)
            # A value kept in place that now matches nothing is greyed, unless it is a chosen one.
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            if count or value in picked:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
        total = len(picked)
        group.setText(
            0,
            self.tr("{facet} ({chosen} chosen)").format(facet=facet_title(facet), chosen=total)
            if total
            else facet_title(facet),
        )

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, ValueRole)
        if value is not None:
            self.toggled.emit(item.data(0, FacetRole), value, item.checkState(0) == Qt.CheckState.Checked)

    def item_for(self, facet: str, value: str) -> QTreeWidgetItem | None:
        """The tree item of one facet value, if listed."""
        group = self._groups.get(facet)
        if group is None:
            return None
        for position in range(group.childCount()):
            if group.child(position).data(0, ValueRole) == value:
                return group.child(position)
        return None


class FilterChip(QToolButton):
    """One active filter; a click, Space, Enter, Delete or Backspace removes it."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("{filter} ✕").format(filter=label))
        self.setAccessibleName(self.tr("Remove filter: {filter}").format(filter=label))
        self.setToolTip(self.tr("Remove this filter"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoRaise(False)

    def event(self, event: QEvent) -> bool:
        """Claim the removing keys while focused, so window shortcuts (Delete Case) do not take them."""
        overridden = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if overridden and event.key() in REMOVE_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Delete and Backspace remove the chip, like Space and Enter."""
        if event.key() in REMOVE_KEYS:
            self.click()
            return
        super().keyPressEvent(event)


class FilterChips(QWidget):
    """The active filters as removable chips, with a button that removes them all."""

    removed = Signal(object)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Active filters"))
        # Many chips scroll sideways rather than widen the window past a small screen.
        row_widget = QWidget()
        self._row = QHBoxLayout(row_widget)
        self._row.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea()
        scroller.setWidget(row_widget)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        self.chips: list[FilterChip] = []
        self._shown: list[tuple[object, str]] = []
        # Where the keyboard goes when the chip it was on is removed along with the last one.
        self.fallback_focus: QWidget | None = None
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear all filters"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button.clicked.connect(self.cleared)
        self._row.addWidget(self.clear_button)
        self._row.addStretch(1)
        bar = scroller.horizontalScrollBar().sizeHint().height()
        scroller.setFixedHeight(self.clear_button.sizeHint().height() + bar + 2)

    def set_chips(self, chips: list[tuple[object, str]]) -> None:
        """Show one chip per (key, label); a chip's removal reports its key."""
        if chips == self._shown:
            return
        self._shown = list(chips)
        focused = [chip.hasFocus() for chip in self.chips] + [self.clear_button.hasFocus()]
        for chip in self.chips:
            chip.deleteLater()
        self.chips = []
        for position, (key, label) in enumerate(chips):
            chip = FilterChip(label, self)
            chip.clicked.connect(lambda _checked=False, key=key: self.removed.emit(key))
            self._row.insertWidget(position, chip)
            chip.show()  # now, not when the layout gets round to it: the chip may take the focus below
            self.chips.append(chip)
        self.clear_button.setVisible(len(chips) > 1)
        self.setVisible(bool(chips))
        if any(focused):
            # Keep the keyboard on the chip row: the chip now where the removed one was.
            position = focused.index(True)
            if self.chips:
                self.chips[min(position, len(self.chips) - 1)].setFocus()
            elif self.fallback_focus is not None:
                self.fallback_focus.setFocus()
