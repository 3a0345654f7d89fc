"""Two or three cases compared as a document: the short facts side by side, then each field case by case."""

from __future__ import annotations

from desktop.catalogue.compare import Comparison, Item, Row, field_labels
from desktop.catalogue.labels import choice_label, theme_label
from desktop.documents.labels import tr
from desktop.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Issuer,
    Paragraph,
    Table,
    text_blocks,
)
from desktop.documents.parts import issue_date
from desktop.text.countries import words_language

# Fields short enough to sit side by side in one table; the others get a section each.
_SIDE_BY_SIDE = ("place", "year_started", "stage", "themes", "sdgs")


def _item_text(row: Row, item: Item) -> str:
    """One theme, SDG, component or source, with what the comparison knows of it."""
    name = theme_label(item.name) if row.field == "themes" else item.name
    if item.tag:
        name += f" ({choice_label(item.tag)})"
    return "\n".join(part for part in (name, item.detail, item.note, item.url) if part)


def _cell(row: Row, column: int) -> str:
    """What one case says for a row, as plain text."""
    if row.kind == "items":
        items = row.items[column]
        joiner = ", " if row.field in ("themes", "sdgs") else "\n"
        return joiner.join(_item_text(row, item) for item in items) or "—"
    text = row.texts[column]
    return (choice_label(text) if row.field == "stage" else text) or "—"


def _heading(comparison: Comparison, column: int) -> str:
    """A case as a column or section names it: its title, then its local title."""
    local = comparison.local_titles[column]
    return comparison.titles[column] + (f" ({local})" if local else "")


def _section(row: Row, comparison: Comparison, label: str) -> list[Block]:
    """A long field, case by case."""
    blocks: list[Block] = [Heading(1, label)]
    for column in range(len(comparison.case_ids)):
        blocks.append(Heading(2, _heading(comparison, column)))
        if row.kind == "markdown":
            blocks += text_blocks(row.texts[column]) or [Paragraph("—")]
        else:
            items = [_item_text(row, item) for item in row.items[column]]
            blocks.append(BulletList(items) if items else Paragraph("—"))
    return blocks


def comparison_document(comparison: Comparison, issuer: Issuer | None = None) -> Document:
    """The comparison in the language `tr` speaks: facts in one table, then each long field case by case."""
    labels = field_labels()
    columns = range(len(comparison.case_ids))
    facts = [row for row in comparison.rows if row.field in _SIDE_BY_SIDE]
    blocks: list[Block] = [
        Heading(1, tr("Side by side")),
        Table(
            [tr("Field"), *(_heading(comparison, column) for column in columns)],
            [
                [
                    labels[row.field] + (" ≠" if row.differs else ""),
                    *(_cell(row, column) for column in columns),
                ]
                for row in facts
            ],
            widths=[1.2, *(3 for _ in columns)],
        ),
        Paragraph(tr("≠ marks a field where the cases differ.")),
    ]
    for row in comparison.rows:
        if (
            row.field not in _SIDE_BY_SIDE
            and row.field in labels
            and row.field not in ("title", "local_title")
        ):
            blocks += _section(row, comparison, labels[row.field])
    return Document(
        title=tr("Comparison of cases"),
        subtitle=" · ".join(comparison.titles),
        language=words_language(),
        meta=[*((tr("Case"), _heading(comparison, column)) for column in columns), issue_date()],
        blocks=blocks,
        issuer=issuer or Issuer(),
    )
