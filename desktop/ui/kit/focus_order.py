"""Tab order through a table whose cells hold widgets (combo boxes): the table, its cell widgets row
by row, then what follows it. Qt appends a cell widget to the end of the window's chain, where Tab
would loop back to the top of the form and never reach the buttons under the table."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QWidget


def chain_cell_widgets(table: QTableWidget, after: QWidget) -> None:
    """Tab goes from `table` through its cell widgets, row by row, then to `after`."""
    cells = [
        widget
        for row in range(table.rowCount())
        for column in range(table.columnCount())
        if (widget := table.cellWidget(row, column)) is not None
    ]
    chain = [table, *cells, after]
    for before, following in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, following)
    # A table whose current cell holds a widget hands the focus on to it, so Tab would never stop on
    # the table's own text cells: start on a plain cell instead.
    current = table.currentIndex()
    if table.rowCount() and (not current.isValid() or table.cellWidget(current.row(), current.column())):
        plain = next((c for c in range(table.columnCount()) if table.cellWidget(0, c) is None), None)
        if plain is not None:
            table.setCurrentCell(max(0, current.row()), plain)
