"""The form kit of the case editor, the plan window and the profile dialog: fields bound to keys of a
record, each with its problem line under it, and the plain widgets they are made of."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.text.language import tr
from desktop.ui.i18n import plain_label
from desktop.ui.kit.colours import ERROR_STYLE
from desktop.ui.kit.plain_text import PlainLabel

# Words a problem message as the form shows it.
Describe = Callable[[str], str]


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
    """A combo box of stored values shown by their labels; '' is 'not chosen'."""

    def __init__(
        self,
        values: Sequence[str],
        label: Callable[[str], str] = str,
        blank: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if blank:
            self.addItem(tr("(not chosen)"), "")
        for value in values:
            self.addItem(label(value), value)

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


def ask_choice(parent: QWidget, title: str, label: str, choices: list[tuple[str, str]]) -> str | None:
    """Ask for one of (key, text) choices by its text; the key chosen, or None if the person cancels."""
    texts = [text for _key, text in choices]
    chosen, ok = QInputDialog.getItem(parent, title, label, texts, 0, False)
    return choices[texts.index(chosen)][0] if ok and chosen in texts else None


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


@dataclass
class Field:
    """One value of a form: how to read and set it, the widget that takes the keyboard, where its
    problem shows, and which page (tab) of the form holds it."""

    get: Callable[[], Any]
    put: Callable[[Any], None]
    focus: QWidget
    error: QLabel
    tab: int = 0


class FieldSet(QObject):
    """The fields of a form by key (a dotted path into the record for nested values).

    `edited(key)` and `changed()` follow every change the person makes.
    """

    changed = Signal()
    edited = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}

    @property
    def widgets(self) -> dict[str, QWidget]:
        """Each field's widget, by key."""
        return {key: field.focus for key, field in self.fields.items()}

    @property
    def errors(self) -> dict[str, QLabel]:
        """Each field's problem line, by key."""
        return {key: field.error for key, field in self.fields.items()}

    def error_label(self, key: str, name: str = "") -> ErrorLabel:
        """A problem line for the field `key` (named `name` to assistive technology)."""
        error = ErrorLabel()
        error.setObjectName(f"error_{key}")
        if name:
            error.setAccessibleName(tr("Problem with {field}").format(field=name))
        return error

    def add(self, key: str, field: Field, changed: Any) -> None:
        """Hold a field laid out by its form; `changed` is the signal its widget sends on a change."""
        self.fields[key] = field
        changed.connect(lambda *_: self._edited(key))

    def bind(
        self,
        key: str,
        widget: QWidget,
        name: str,
        *,
        get: Callable[[], Any] | None = None,
        put: Callable[[Any], None] | None = None,
        changed: Any = None,
        tab: int = 0,
    ) -> ErrorLabel:
        """Bind a widget to a key (by default its text is the value); returns the problem line to lay
        out under it."""
        widget.setAccessibleName(name)
        error = self.error_label(key, name)
        field = Field(
            get or (lambda: text_value(widget)),
            put or (lambda v: set_text_value(widget, v)),
            widget,
            error,
            tab,
        )
        if changed is None:
            self.fields[key] = field
            on_change(widget, lambda: self._edited(key))
        else:
            self.add(key, field, changed)
        return error

    def add_row(self, form: QFormLayout, key: str, label: str, widget: QWidget, **binding: Any) -> QWidget:
        """Bind a widget and add it to a form with its label (its mnemonic reaches the widget) and,
        under it, its problem line."""
        error = self.bind(key, widget, plain_label(label), **binding)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, holder)
        return widget

    def _edited(self, key: str) -> None:
        self.edited.emit(key)
        self.changed.emit()

    def load(self, record: dict[str, Any]) -> None:
        """Show a record's values, as loaded rather than typed (no change is signalled)."""
        for path, field in self.fields.items():
            field.focus.blockSignals(True)
            field.put(get_path(record, path))
            field.focus.blockSignals(False)

    def collect(self, record: dict[str, Any]) -> None:
        """Write the fields' values into a record."""
        for path, field in self.fields.items():
            set_path(record, path, field.get())

    def show_problems(self, problems: dict[str, str], describe: Describe = str) -> None:
        """Show each field's problem (as `describe` words it) under it, and clear the others."""
        for path, field in self.fields.items():
            message = problems.get(path, "")
            text = describe(message) if message else ""
            if isinstance(field.error, ErrorLabel):
                field.error.show_message(text)
            else:
                field.error.setText(text)
                field.error.setVisible(bool(text))
