"""The form kit's table of small records (a case's sources and contacts, a plan's indicators and
risks): edited in place, rows added, removed and reordered, problems shown in their cells."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.text.language import tr
from desktop.ui.kit.accessible import describe_table
from desktop.ui.kit.focus_order import chain_cell_widgets
from desktop.ui.kit.forms import ChoiceBox, Describe, ErrorLabel
from desktop.ui.kit.plain_text import as_html

ERROR_CELL = QColor("#fde7e9")
ERROR_TEXT = QColor("#1a1a1a")  # on the light error tint whatever the palette
# Where in a list a validation problem lies: "[2]", "[2].name", "[2].preconditions[1].text".
ITEM_PATH = re.compile(r"^\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?")


def fit_table_height(table: QTableWidget, min_rows: int = 2) -> None:
    """Size a table to its rows, so a page scrolls as a whole rather than each table on its own."""
    table.resizeRowsToContents()
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(n) for n in range(table.rowCount()))
    spare = max(min_rows - table.rowCount(), 0) * table.verticalHeader().defaultSectionSize()
    frame = table.frameWidth() * 2 + table.horizontalHeader().height()
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(rows + spare + frame + scroll)


def moved(items: list[Any], row: int, step: int) -> int | None:
    """Swap the item at `row` with its neighbour `step` away; the new row, or None if at an end."""
    target = row + step
    if row < 0 or not 0 <= target < len(items):
        return None
    items[row], items[target] = items[target], items[row]
    return target


def button(text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    """A push button with a name for assistive technology."""
    pushed = QPushButton(text)
    pushed.setAccessibleName(accessible)
    pushed.clicked.connect(slot)
    return pushed


@dataclass
class Column:
    """One column of a row table: the stored key, its heading, and the values it may take."""

    key: str
    title: str
    choices: Sequence[str] = ()
    check: bool = False
    width: int = 0


@dataclass
class Buttons:
    """How a table's buttons read: Add and Remove (named for what a row is), and whether rows move."""

    add: str
    remove: str
    add_name: str = ""
    remove_name: str = ""
    movable: bool = False
    what: str = ""


class RowsTable(QWidget):
    """An editable table of records with its buttons and a message line for bad rows.

    Keys a row holds that no column shows (an id) are kept as they were; with `with_ids` every row
    has an id, made for the rows that come without one. With `fit`, the table is as tall as its rows;
    with `edit_new`, a row added by the button starts with its first cell being edited.
    """

    changed = Signal()
    choice_box: Callable[[Sequence[str]], ChoiceBox] = ChoiceBox

    def __init__(
        self,
        name: str,
        columns: Sequence[Column],
        buttons: Buttons,
        *,
        with_ids: bool = False,
        fit: bool = True,
        edit_new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._with_ids = with_ids
        self._fit = fit
        self._edit_new = edit_new
        self.table = QTableWidget(0, len(self.columns))
        describe_table(self.table)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for n, column in enumerate(self.columns):
            if column.width:
                self.table.setColumnWidth(n, column.width)
        self.table.itemChanged.connect(self._edited)
        self.add_button = button(buttons.add, buttons.add_name or buttons.add, self._add_clicked)
        self.remove_button = button(
            buttons.remove, buttons.remove_name or buttons.remove, self.remove_selected
        )
        self.errors = ErrorLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        if buttons.movable:
            what = buttons.what
            row.addWidget(
                button(tr("Move up"), tr("Move {what} up").format(what=what), lambda: self.move_row(-1))
            )
            row.addWidget(
                button(tr("Move down"), tr("Move {what} down").format(what=what), lambda: self.move_row(1))
            )
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.errors)
        self._hidden: list[dict[str, Any]] = []
        self._loading = False
        self.new_row: Callable[[], dict[str, Any]] = dict

    def _edited(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def _add_clicked(self) -> None:
        self.add_row(self.new_row())
        last = self.table.rowCount() - 1
        self.table.setCurrentCell(last, 0)
        self.table.setFocus()
        if self._edit_new:
            self.table.editItem(self.table.item(last, 0))
        self.changed.emit()

    def add_row(self, row: dict[str, Any]) -> None:
        """Append a row holding `row`'s values."""
        self._loading = True
        n = self.table.rowCount()
        self.table.insertRow(n)
        hidden = {k: v for k, v in row.items() if k not in {c.key for c in self.columns}}
        if self._with_ids and not hidden.get("id"):
            hidden = {"id": str(uuid.uuid4()), **hidden}
        self._hidden.append(hidden)
        for m, column in enumerate(self.columns):
            value = row.get(column.key)
            if column.choices:
                box = self.choice_box(column.choices)
                box.set_value(str(value or ""))
                box.setAccessibleName(column.title)
                box.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(n, m, box)
                self.table.setItem(n, m, QTableWidgetItem())
            elif column.check:
                item = QTableWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.table.setItem(n, m, item)
            else:
                self.table.setItem(n, m, QTableWidgetItem("" if value is None else str(value)))
        self._loading = False
        self._refit()

    def _refit(self) -> None:
        if self._fit:
            fit_table_height(self.table)
        chain_cell_widgets(self.table, self.add_button)

    def remove_selected(self) -> None:
        """Remove the rows selected, or the current one."""
        chosen = {i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}
        for n in sorted(chosen, reverse=True):
            if 0 <= n < self.table.rowCount():
                self.table.removeRow(n)
                del self._hidden[n]
        self._refit()
        self.changed.emit()

    def move_row(self, step: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        rows = self.rows()
        target = moved(rows, self.table.currentRow(), step)
        if target is not None:
            self.set_rows(rows)
            self.table.setCurrentCell(target, 0)
            self.changed.emit()

    def rows(self) -> list[dict[str, Any]]:
        """Every row as a record."""
        records = []
        for n in range(self.table.rowCount()):
            record = dict(self._hidden[n])
            for m, column in enumerate(self.columns):
                widget = self.table.cellWidget(n, m)
                item = self.table.item(n, m)
                if isinstance(widget, ChoiceBox):
                    record[column.key] = widget.value()
                elif column.check:
                    record[column.key] = item is not None and item.checkState() == Qt.CheckState.Checked
                else:
                    record[column.key] = item.text().strip() if item else ""
            records.append(record)
        return records

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Replace every row."""
        self._loading = True
        self.table.setRowCount(0)
        self._hidden = []
        self._loading = False
        for row in rows:
            self.add_row(row)
        self._refit()

    def place_of(self, table: str, path: str) -> str:
        """Where a problem of the rows lies ("[1].url"), named after the table, its row and column."""
        match = ITEM_PATH.match(path)
        if match is None:
            return table
        row, key, _ = match.groups()
        titles = {column.key: column.title for column in self.columns}
        if key in titles:
            return tr("{table}, row {row}, {column}").format(table=table, row=row, column=titles[key])
        return tr("{table}, row {row}").format(table=table, row=row)

    def show_problems(
        self, prefix: str, problems: dict[str, str], describe: Describe = str
    ) -> None:
        """Tint the cells named by `prefix[n].key` problems and list them (as `describe` words them)
        under the table."""
        self._loading = True
        lines = []
        for n in range(self.table.rowCount()):
            for m, column in enumerate(self.columns):
                item = self.table.item(n, m)
                message = problems.get(f"{prefix}[{n}].{column.key}", "")
                if item is not None:
                    item.setBackground(QBrush(ERROR_CELL) if message else QBrush())
                    item.setForeground(QBrush(ERROR_TEXT) if message else QBrush())
                    item.setToolTip(as_html(describe(message)) if message else "")
                if message:
                    lines.append(
                        tr("Row {row}, {column}: {message}").format(
                            row=n + 1, column=column.title, message=describe(message)
                        )
                    )
        self._loading = False
        self.errors.show_message("\n".join(lines))
