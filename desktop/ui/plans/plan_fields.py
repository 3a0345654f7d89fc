"""The form kit as the plan window and the profile dialog use it: plan vocabularies shown by their
labels, and the services' problem messages in the window's language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from desktop.catalogue.validation import shown_message
from desktop.plans.labels import value_label
from desktop.text.language import tr
from desktop.ui.kit import forms, rows_table
from desktop.ui.kit.rows_table import Buttons, Column


def problem_text(message: str) -> str:
    """A service's problem message as the form shows it beside the field, in the window's language."""
    known = {
        "is required": tr("Required: fill this in."),
        "must be a number": tr("Enter a number, such as 120 or 4.5."),
        "must be a date like 2026-03-31": tr("Enter a date like 2026-03-31."),
        "must be a whole number": tr("Enter a whole number, such as 250000."),
    }
    return known.get(message) or shown_message(message)


class ChoiceBox(forms.ChoiceBox):
    """A combo box of a plan vocabulary's values shown by their labels; '' is 'not chosen'."""

    def __init__(self, values: Sequence[str], blank: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(values, value_label, blank, parent)


class FieldSet(forms.FieldSet):
    """Plan and profile fields: their problems read as `problem_text` words them."""

    def show_problems(self, problems: dict[str, str], describe: forms.Describe = problem_text) -> None:
        """Show each field's problem under it, and clear the others."""
        super().show_problems(problems, describe)


class RowsTable(rows_table.RowsTable):
    """A plan's table of records (indicators, risks...): Add and Remove row below it, as tall as its rows."""

    choice_box = ChoiceBox

    def __init__(self, name: str, columns: Sequence[Column], add_label: str, parent: QWidget | None = None):
        remove = tr("Remove the selected row of {table}").format(table=name)
        buttons = Buttons(add_label, tr("Remove row"), remove_name=remove)
        super().__init__(name, columns, buttons, parent=parent)

    def show_problems(
        self, prefix: str, problems: dict[str, str], describe: forms.Describe = problem_text
    ) -> None:
        """Tint the cells named by `prefix[n].key` problems and list them under the table."""
        super().show_problems(prefix, problems, describe)


def today() -> str:
    """Today's date as stored: 2026-03-31."""
    return QDate.currentDate().toString(Qt.DateFormat.ISODate)
