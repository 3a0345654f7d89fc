"""Descriptions that tell assistive technology how to use a list, a table, a tree or a page: the keys
that move, choose, edit and leave, which a control's name alone does not say."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTextBrowser

from desktop.text.language import tr


def describe_list(view: QAbstractItemView, *, checkable: bool = False, opens: str = "") -> None:
    """A list: Up and Down choose; Space ticks a checkable item; `opens` says what Enter does."""
    parts = [tr("Up and Down move through the list.")]
    if checkable:
        parts.append(tr("Space ticks or unticks the item."))
    if opens:
        parts.append(opens)
    view.setAccessibleDescription(" ".join(parts))


def describe_table(view: QAbstractItemView, *, editable: bool = True) -> None:
    """A table: arrows move between cells; an editable one is edited by typing or F2; Tab leaves."""
    moves = tr("Arrow keys move between cells.")
    edits = tr("Typing or F2 edits the cell, Enter keeps the change, Esc drops it.") if editable else ""
    view.setAccessibleDescription(
        " ".join(part for part in (moves, edits, tr("Tab leaves the table.")) if part)
    )


def describe_tree(view: QAbstractItemView) -> None:
    """A tree: Up and Down move, Right opens a branch and Left closes it."""
    view.setAccessibleDescription(
        tr("Up and Down move through the items, Right opens a group and Left closes it.")
    )


def describe_page(page: QTextBrowser) -> None:
    """A page to read: the arrows scroll it, Tab goes from link to link and Enter follows one."""
    page.setAccessibleDescription(
        tr(
            "A page to read: arrow keys and Page Up or Down scroll it, Tab moves between its links, "
            "Enter follows one."
        )
    )
