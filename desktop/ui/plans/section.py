"""A page of the plan window: fields and tables bound to paths of the plan, problems beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.plans.sections import TEXT, TICK, plan_section
from desktop.text.language import marked
from desktop.ui.kit.forms import line_edit, text_box
from desktop.ui.kit.rows_table import Column
from desktop.ui.plans.plan_fields import FieldSet, RowsTable


def page_title(name: str) -> str:
    """The title of the page that shows a plan's section, as the section registry names it."""
    return marked(plan_section(name).page)


def columns(name: str) -> list[Column]:
    """The columns of a plan's section of rows, as the section registry describes them."""
    return [
        Column(c.key, marked(c.form_label or c.label), c.choices, check=c.kind == TICK, width=c.width)
        for c in plan_section(name).columns
    ]


class Section(QWidget):
    """A page of the plan form: bound fields and row tables, loaded from and written into a plan."""

    changed = Signal()

    def __init__(self, title: str, intro: str = "") -> None:
        super().__init__()
        self.title = title
        self.setAccessibleName(title)
        self.fields = FieldSet(self)
        self.fields.changed.connect(self.changed)
        self.tables: dict[str, RowsTable] = {}
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        self.layout_.addWidget(heading)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            self.layout_.addWidget(note)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.addLayout(self.form)

    def field(self, path: str, label: str, widget: QWidget, layout: QFormLayout | None = None) -> QWidget:
        """Add a bound field with its label and, under it, its error line."""
        return self.fields.add_row(layout or self.form, path, label, widget)

    def texts(self, name: str) -> None:
        """Add a bound field for each labelled text of the plan's section of that name."""
        for text in plan_section(name).texts:
            hint = marked(text.hint) if text.hint else ""
            box = text_box(hint, lines=text.lines) if text.kind == TEXT else line_edit(hint)
            self.field(f"{name}.{text.key}", marked(text.form_label), box)

    def table(self, key: str, title: str, table: RowsTable) -> RowsTable:
        """Add a row table for a list section of the plan."""
        self.layout_.addWidget(QLabel(f"<b>{title}</b>"))
        self.layout_.addWidget(table)
        table.changed.connect(self.changed)
        self.tables[key] = table
        return table

    def load(self, plan: dict[str, Any]) -> None:
        """Show a plan's values."""
        self.fields.load(plan)
        for key, table in self.tables.items():
            table.set_rows(plan.get(key) or [])

    def collect(self, plan: dict[str, Any]) -> None:
        """Write this page's values into a plan."""
        self.fields.collect(plan)
        for key, table in self.tables.items():
            plan[key] = table.rows()

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem of this page beside its field or row."""
        self.fields.show_problems(problems)
        for key, table in self.tables.items():
            table.show_problems(key, problems)

    def problem_count(self, problems: dict[str, str]) -> int:
        """How many of the problems belong to this page."""
        keys = [*self.fields.widgets, *self.tables]
        return sum(1 for path in problems if any(_belongs(path, key) for key in keys))


def _belongs(path: str, key: str) -> bool:
    return path == key or path.startswith((f"{key}[", f"{key}."))
