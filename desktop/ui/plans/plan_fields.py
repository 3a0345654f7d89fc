"""Form pieces shared by the plan window and the profile dialog: bound fields, row tables, error labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.validation import shown_message
from desktop.plans.labels import value_label
from desktop.text.language import tr
from desktop.ui.i18n import plain_label
from desktop.ui.kit.colours import ERROR_STYLE
from desktop.ui.kit.focus_order import chain_cell_widgets
from desktop.ui.kit.plain_text import PlainLabel, as_html

ERROR_CELL = QColor("#fde7e9")
ERROR_TEXT = QColor("#1a1a1a")  # on the light error tint whatever the palette


def problem_text(message: str) -> str:
    """A service's problem message as the form shows it beside the field, in the window's language."""
    known = {
        "is required": tr("Required: fill this in."),
        "must be a number": tr("Enter a number, such as 120 or 4.5."),
        "must be a date like 2026-03-31": tr("Enter a date like 2026-03-31."),
        "must be a whole number": tr("Enter a whole number, such as 250000."),
    }
    return known.get(message) or shown_message(message)


def get_path(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted path ("intent.why") of nested dicts, or None."""
    value: Any = data
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at a dotted path, making the dicts on the way."""
    *parents, last = path.split(".")
    for key in parents:
        data = data.setdefault(key, {})
    data[last] = value


class ErrorLabel(PlainLabel):
    """A red message under a field; hidden while there is nothing wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show a message, or hide the label when the message is empty."""
        self.setText(message)
        self.setVisible(bool(message))


class ChoiceBox(QComboBox):
    """A combo box of stored vocabulary values shown by their labels; '' is 'not chosen'."""

    def __init__(self, values: Sequence[str], blank: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if blank:
            self.addItem(tr("(not chosen)"), "")
        for value in values:
            self.addItem(value_label(value), value)

    def value(self) -> str:
        """The stored value chosen."""
        return self.currentData() or ""

    def set_value(self, value: str) -> None:
        """Choose a stored value; an unknown one is added so nothing is lost."""
        index = self.findData(value or "")
        if index < 0:
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)


def text_value(widget: QWidget) -> str:
    """The text of a line edit, text box or choice box."""
    if isinstance(widget, ChoiceBox):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def set_text_value(widget: QWidget, value: Any) -> None:
    """Put a value into a line edit, text box or choice box without moving the cursor needlessly."""
    text = "" if value is None else str(value)
    if text_value(widget) == text:
        return
    if isinstance(widget, ChoiceBox):
        widget.set_value(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(text)


def on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` whenever the person changes a field's value."""
    if isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _index: slot())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    else:
        assert isinstance(widget, QLineEdit)
        widget.textEdited.connect(lambda _text: slot())


def fit_table_height(table: QTableWidget, min_rows: int = 2) -> None:
    """Size a table to its rows, so a page scrolls as a whole rather than each table on its own."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(n) for n in range(table.rowCount()))
    spare = max(min_rows - table.rowCount(), 0) * table.verticalHeader().defaultSectionSize()
    frame = table.frameWidth() * 2 + table.horizontalHeader().height()
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(rows + spare + frame + scroll)


@dataclass
class Column:
    """One column of a row table: the stored key, its heading, and the values it may take."""

    key: str
    title: str
    choices: Sequence[str] = ()
    check: bool = False
    width: int = 0


class RowsTable(QWidget):
    """An editable table of records with Add and Remove buttons and a message line for bad rows.

    Keys a row holds that no column shows (an indicator's id) are kept as they were.
    """

    changed = Signal()

    def __init__(self, name: str, columns: Sequence[Column], add_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for n, column in enumerate(self.columns):
            if column.width:
                self.table.setColumnWidth(n, column.width)
        self.table.itemChanged.connect(self._edited)
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(tr("Remove row"))
        self.remove_button.setAccessibleName(tr("Remove the selected row of {table}").format(table=name))
        self.remove_button.clicked.connect(self.remove_selected)
        self.errors = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)
        self._hidden: list[dict[str, Any]] = []
        self._loading = False
        self.new_row: Callable[[], dict[str, Any]] = dict

    def _edited(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def _add_clicked(self) -> None:
        self.add_row(self.new_row())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()
        self.changed.emit()

    def add_row(self, row: dict[str, Any]) -> None:
        """Append a row holding `row`'s values."""
        self._loading = True
        n = self.table.rowCount()
        self.table.insertRow(n)
        self._hidden.append({k: v for k, v in row.items() if k not in {c.key for c in self.columns}})
        for m, column in enumerate(self.columns):
            value = row.get(column.key)
            if column.choices:
                box = ChoiceBox(column.choices)
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
        fit_table_height(self.table)
        chain_cell_widgets(self.table, self.add_button)

    def remove_selected(self) -> None:
        """Remove the rows selected, or the current one."""
        chosen = {i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}
        rows = sorted(chosen, reverse=True)
        for n in rows:
            if 0 <= n < self.table.rowCount():
                self.table.removeRow(n)
                del self._hidden[n]
        fit_table_height(self.table)
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
        fit_table_height(self.table)

    def show_problems(self, prefix: str, problems: dict[str, str]) -> None:
        """Tint the cells named by `prefix[n].key` problems and list them under the table."""
        self._loading = True
        lines = []
        for n in range(self.table.rowCount()):
            for m, column in enumerate(self.columns):
                item = self.table.item(n, m)
                message = problems.get(f"{prefix}[{n}].{column.key}", "")
                if item is not None:
                    item.setBackground(QBrush(ERROR_CELL) if message else QBrush())
                    item.setForeground(QBrush(ERROR_TEXT) if message else QBrush())
                    item.setToolTip(as_html(problem_text(message)) if message else "")
                if message:
                    lines.append(
                        tr("Row {row}, {column}: {message}").format(
                            row=n + 1, column=column.title, message=problem_text(message)
                        )
                    )
        self._loading = False
        self.errors.show_message("\n".join(lines))


class FieldSet(QObject):
    """Text and choice fields bound to dotted paths of a record, each with its error label."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def bind(self, path: str, widget: QWidget, name: str) -> ErrorLabel:
        """Bind a widget to a path; returns the error label to lay out under it."""
        widget.setAccessibleName(name)
        self.widgets[path] = widget
        self.errors[path] = ErrorLabel()
        self.errors[path].setAccessibleName(tr("Problem with {field}").format(field=name))
        on_change(widget, self.changed.emit)
        return self.errors[path]

    def add_row(self, form: QFormLayout, path: str, label: str, widget: QWidget) -> QWidget:
        """Bind a widget and add it to a form with its label and, under it, its error line."""
        error = self.bind(path, widget, plain_label(label))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, holder)
        return widget

    def load(self, record: dict[str, Any]) -> None:
        """Show a record's values."""
        for path, widget in self.widgets.items():
            widget.blockSignals(True)
            set_text_value(widget, get_path(record, path))
            widget.blockSignals(False)

    def collect(self, record: dict[str, Any]) -> None:
        """Write the fields' values into a record."""
        for path, widget in self.widgets.items():
            set_path(record, path, text_value(widget))

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each bound field's problem beside it, and clear the others."""
        for path, label in self.errors.items():
            message = problems.get(path, "")
            label.show_message(problem_text(message) if message else "")


def line_edit(placeholder: str = "") -> QLineEdit:
    """A one-line text field."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def text_box(placeholder: str = "", lines: int = 4) -> QPlainTextEdit:
    """A several-line text field that Tab leaves rather than fills."""
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def today() -> str:
    """Today's date as stored: 2026-03-31."""
    return QDate.currentDate().toString(Qt.DateFormat.ISODate)
