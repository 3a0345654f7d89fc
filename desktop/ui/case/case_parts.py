"""Editors for the parts of a case the form kit has no widget for: its components with their
preconditions, and its language."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.labels import choice_label
from desktop.store.records import COMPONENT_ROLES, PRECONDITION_KINDS
from desktop.text.countries import language_label, reading_order
from desktop.text.language import tr
from desktop.text.outside_text import visible_controls
from desktop.ui.i18n import plain_label
from desktop.ui.kit.accessible import describe_list, describe_table
from desktop.ui.kit.focus_order import chain_cell_widgets
from desktop.ui.kit.rows_table import ITEM_PATH, button, moved

IdRole = Qt.ItemDataRole.UserRole


@cache
def language_choices(language: str) -> list[tuple[str, str]]:
    """(ISO 639-1 code, name) of each language Qt knows, named in `language` and sorted in it."""
    two_letters = QLocale.LanguageCodeType.ISO639Part1
    codes = {QLocale.languageToCode(known, two_letters) for known in QLocale.Language}
    choices = [(code, language_label(code, language)) for code in codes if code]
    order = reading_order(language)
    return sorted(choices, key=lambda choice: order(choice[1]))


class LanguageBox(QComboBox):
    """Chooses a case's language by its name; a tag the list lacks ("zh-Hant") stays as the case has it."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.addItem(self.tr("Unknown"), "")
        for code, name in language_choices(language):
            self.addItem(name, code)

    def code(self) -> str:
        """The tag chosen."""
        return str(self.currentData() or "")

    def set_code(self, tag: str | None) -> None:
        """Show a tag, adding it at the top, named with the tag itself, when the list lacks it."""
        tag = tag or ""  # unknown: a case brought in from a sheet that did not say
        index = self.findData(tag)
        if index < 0:
            self.insertItem(0, f"{language_label(tag, self.language)} ({tag})", tag)
            index = 0
        self.setCurrentIndex(index)


class _ListButtons(QWidget):
    """Add, Remove, Up and Down beside a list, each calling back to its owner."""

    def __init__(
        self,
        owner: QWidget,
        what: str,
        add: Callable[[], None],
        remove: Callable[[], None],
        move: Callable[[int], None],
    ) -> None:
        super().__init__(owner)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button(tr("Add"), tr("Add {what}").format(what=what), add))
        row.addWidget(button(tr("Remove"), tr("Remove {what}").format(what=what), remove))
        row.addWidget(button(tr("Move up"), tr("Move {what} up").format(what=what), lambda: move(-1)))
        row.addWidget(button(tr("Move down"), tr("Move {what} down").format(what=what), lambda: move(1)))
        row.addStretch()


class ComponentsEditor(QWidget):
    """The parts of a practice: a list to add, remove and reorder, and a form for the one chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[dict[str, Any]] = []
        self._loading = False
        self.list = QListWidget()
        describe_list(self.list)
        self.list.setAccessibleName(self.tr("Components"))
        self.list.currentRowChanged.connect(self._show_current)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Component name"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("What the component is"))
        self.mechanism = QPlainTextEdit()
        self.mechanism.setAccessibleName(self.tr("How the component works"))
        for text_box in (self.description, self.mechanism):
            text_box.setTabChangesFocus(True)  # Tab leaves the box, as everywhere else in the form
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Core or adaptable"))
        for role in COMPONENT_ROLES:
            self.role.addItem(choice_label(role), role)
        self.preconditions = QTableWidget(0, 2)
        describe_table(self.preconditions)
        self.preconditions.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("What it needs")])
        self.preconditions.horizontalHeader().setStretchLastSection(True)
        self.preconditions.setAccessibleName(self.tr("Preconditions"))
        self.preconditions.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves
        self.preconditions.itemChanged.connect(self._edited)
        for editor in (self.name,):
            editor.textChanged.connect(self._edited)
        for text_editor in (self.description, self.mechanism):
            text_editor.textChanged.connect(self._edited)
        self.role.currentIndexChanged.connect(self._edited)

        self.form = QWidget()
        form = QFormLayout(self.form)
        self._part_labels = {
            "name": self.tr("&Name"),
            "description": self.tr("&What it is"),
            "mechanism": self.tr("&How it works"),
            "role": self.tr("&Core or adaptable"),
        }
        for key, editor in (
            ("name", self.name),
            ("description", self.description),
            ("mechanism", self.mechanism),
            ("role", self.role),
        ):
            form.addRow(self._part_labels[key], editor)
        needs = QVBoxLayout()
        needs.addWidget(self.preconditions)
        needs_buttons = QHBoxLayout()
        add_need = button(self.tr("Add need"), self.tr("Add precondition"), self.add_precondition)
        self.add_need_button = add_need
        needs_buttons.addWidget(self.add_need_button)
        needs_buttons.addWidget(
            button(self.tr("Remove need"), self.tr("Remove precondition"), self.remove_precondition)
        )
        needs_buttons.addStretch()
        needs.addLayout(needs_buttons)
        form.addRow(self.tr("Preconditions"), needs)

        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(
            _ListButtons(
                self, self.tr("component"), self.add_component, self.remove_component, self.move_component
            )
        )
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.form, 2)
        self._show_current(-1)

    def values(self) -> list[dict[str, Any]]:
        """The components as validation and the catalogue expect them."""
        return [{**item, "preconditions": [dict(p) for p in item["preconditions"]]} for item in self._items]

    def set_values(self, components: Sequence[dict[str, Any]]) -> None:
        """Show these components, the first one chosen."""
        self._items = [
            {
                "id": str(c.get("id") or uuid.uuid4()),
                "name": c.get("name") or "",
                "description": c.get("description") or "",
                "mechanism": c.get("mechanism") or "",
                "role": c.get("role") or COMPONENT_ROLES[0],
                "preconditions": [dict(p) for p in c.get("preconditions") or []],
            }
            for c in components
        ]
        self._refill(0 if self._items else -1)

    def add_component(self) -> None:
        """Append an empty component and start editing its name."""
        self._items.append(
            {
                "id": str(uuid.uuid4()),
                "name": "",
                "description": "",
                "mechanism": "",
                "role": COMPONENT_ROLES[0],
                "preconditions": [],
            }
        )
        self._refill(len(self._items) - 1)
        self.name.setFocus()
        self.changed.emit()

    def remove_component(self) -> None:
        """Remove the chosen component."""
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self._refill(min(row, len(self._items) - 1))
            self.changed.emit()

    def move_component(self, step: int) -> None:
        """Move the chosen component up (-1) or down (+1)."""
        target = moved(self._items, self.list.currentRow(), step)
        if target is not None:
            self._refill(target)
            self.changed.emit()

    def add_precondition(self) -> None:
        """Add a need to the chosen component."""
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            self._items[row]["preconditions"].append({"kind": PRECONDITION_KINDS[0], "text": ""})
            self._show_current(row)
            self.preconditions.setCurrentCell(self.preconditions.rowCount() - 1, 1)
            self.changed.emit()

    def remove_precondition(self) -> None:
        """Remove the chosen need of the chosen component."""
        row, need = self.list.currentRow(), self.preconditions.currentRow()
        if 0 <= row < len(self._items) and 0 <= need < len(self._items[row]["preconditions"]):
            del self._items[row]["preconditions"][need]
            self._show_current(row)
            self.changed.emit()

    def place_of(self, path: str) -> str:
        """Where a problem of the components lies ("[2].name"), as the form names it."""
        match = ITEM_PATH.match(path)
        if match is None:
            return self.list.accessibleName()
        number, part, need = match.groups()
        if need is not None:
            return self.tr("Component {number}, precondition {need}").format(number=number, need=need)
        if part in self._part_labels:
            label = plain_label(self._part_labels[part])
            return self.tr("Component {number}, {part}").format(number=number, part=label)
        return self.tr("Component {number}").format(number=number)

    def _label(self, index: int) -> str:
        name = visible_controls(self._items[index]["name"])  # shown only: the item keeps its name
        return name or self.tr("(component {number})").format(number=index + 1)

    def _refill(self, current: int) -> None:
        self._loading = True
        self.list.clear()
        for index in range(len(self._items)):
            self.list.addItem(self._label(index))
        self._loading = False
        self.list.setCurrentRow(current)
        self._show_current(current)

    def _show_current(self, row: int) -> None:
        if self._loading:
            return
        self._loading = True
        chosen = self._items[row] if 0 <= row < len(self._items) else None
        self.form.setEnabled(chosen is not None)
        item = chosen or {"name": "", "description": "", "mechanism": "", "role": "core", "preconditions": []}
        self.name.setText(item["name"])
        self.description.setPlainText(item["description"])
        self.mechanism.setPlainText(item["mechanism"])
        self.role.setCurrentIndex(max(0, self.role.findData(item["role"])))
        self.preconditions.setRowCount(0)
        for need in item["preconditions"]:
            self._add_need_row(need)
        self._loading = False

    def _add_need_row(self, need: dict[str, str]) -> None:
        row = self.preconditions.rowCount()
        self.preconditions.insertRow(row)
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Kind of precondition"))
        for value in PRECONDITION_KINDS:
            kind.addItem(choice_label(value), value)
        kind.setCurrentIndex(max(0, kind.findData(need.get("kind"))))
        kind.currentIndexChanged.connect(self._edited)
        self.preconditions.setCellWidget(row, 0, kind)
        self.preconditions.setItem(row, 1, QTableWidgetItem(need.get("text", "")))
        chain_cell_widgets(self.preconditions, self.add_need_button)

    def _edited(self, *_args: object) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._items):
            return
        item = self._items[row]
        item["name"] = self.name.text()
        item["description"] = self.description.toPlainText()
        item["mechanism"] = self.mechanism.toPlainText()
        item["role"] = self.role.currentData()
        needs = []
        for need in range(self.preconditions.rowCount()):
            kind = self.preconditions.cellWidget(need, 0)
            text = self.preconditions.item(need, 1)
            needs.append(
                {
                    "kind": kind.currentData() if isinstance(kind, QComboBox) else PRECONDITION_KINDS[0],
                    "text": text.text() if text else "",
                }
            )
        item["preconditions"] = needs
        self.list.item(row).setText(self._label(row))
        self.changed.emit()
