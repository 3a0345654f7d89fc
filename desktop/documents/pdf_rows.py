"""Table rows kept whole on a page in the app's PDF: a row that would run over a page starts the next.

Qt moves a row to the next page only when none of its cells' first lines fits; otherwise each cell
runs over the page line by line. A page-break flag moves only the cell it is on (on every cell it
moves the row twice), and a cell's padding shrinks the page its text may use. So a table is cut in
two before such a row: the second part, its header row again, starts the next page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextTable

from desktop.documents.model import Table

# Builds a table's grid at a cursor: the model table, the rows to put in it, whether it starts a page.
GridMaker = Callable[[QTextCursor, Table, list[list[str]], bool], QTextTable]


@dataclass
class PlacedTable:
    """A grid in the laid-out document and the model rows it holds (its row 1 is model row `first`)."""

    grid: QTextTable
    table: Table
    first: int = 0
    kept: list[bool] | None = None  # the table's rows to keep whole, worked out once for all its parts

    def keeps(self) -> list[bool]:
        """For each model row, whether to keep it on one page."""
        if self.kept is None:
            self.kept = self.table.rows_to_keep_whole()
        return self.kept


def first_line_top(text: QTextDocument, block: QTextBlock) -> float:
    """Where a block's first line sits in the laid-out document (pages stacked top to bottom)."""
    lines = block.layout()
    offset = lines.lineAt(0).y() if lines.lineCount() else 0.0
    return text.documentLayout().blockBoundingRect(block).top() + offset


def _row_span(text: QTextDocument, grid: QTextTable, row: int) -> tuple[float, float]:
    """Where a row's first line starts and its last line ends, over all its cells."""
    layout = text.documentLayout()
    top = first_line_top(text, grid.cellAt(row, 0).firstCursorPosition().block())
    bottom = top
    for column in range(grid.columns()):
        last = grid.cellAt(row, column).lastCursorPosition().block()
        lines = last.layout()
        if lines.lineCount():
            line = lines.lineAt(lines.lineCount() - 1)
            bottom = max(bottom, layout.blockBoundingRect(last).top() + line.y() + line.height() - 1)
    return top, bottom


def _split(placed: PlacedTable, row: int, make_grid: GridMaker) -> PlacedTable:
    """Cut the grid before `row`: that row and the rest go to a new grid starting the next page."""
    grid = placed.grid
    cursor = QTextCursor(grid.document())
    # One edit block: otherwise every cell written lays the rest of the document out again.
    cursor.beginEditBlock()
    try:
        return _split_in_edit(placed, row, make_grid, cursor)
    finally:
        cursor.endEditBlock()


def _split_in_edit(placed: PlacedTable, row: int, make_grid: GridMaker, cursor: QTextCursor) -> PlacedTable:
    """`_split`, its changes made through a cursor inside an edit block."""
    grid = placed.grid
    cursor.setPosition(grid.lastPosition() + 1)
    first = placed.first + row - 1
    rows = placed.table.padded_rows()[first : first + grid.rows() - row]
    second = make_grid(cursor, placed.table, rows, False)
    # Qt leaves an empty block between the two parts, in the format of the block that followed the
    # table (a heading that starts a page, say): it must take no room and break no page.
    between = QTextCursor(grid.document())
    between.setPosition(second.firstPosition() - 1)
    flat = QTextBlockFormat()
    flat.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    between.setBlockFormat(flat)
    grid.removeRows(row, grid.rows() - row)
    # The first part ends its page (a break after a table never adds a page, unlike one before the
    # second part, which the block between them may already have pushed over): space under it would
    # only push its last row over.
    ending = grid.format()
    ending.setBottomMargin(0)
    ending.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
    grid.setFormat(ending)
    return PlacedTable(second, placed.table, first, placed.keeps())


def _start_page_with(grid: QTextTable) -> None:
    """Start the next page with the table, and with the heading right above it if there is one."""
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    above = QTextCursor(grid.document())
    above.setPosition(grid.firstPosition() - 1)
    if above.blockFormat().headingLevel():  # else the heading, kept with what follows, breaks once more
        heading = above.blockFormat()
        heading.setPageBreakPolicy(always)
        above.setBlockFormat(heading)
        return
    whole = grid.format()
    whole.setPageBreakPolicy(always)
    grid.setFormat(whole)


def keep_rows_whole(
    text: QTextDocument, placed: list[PlacedTable], page_height: float, make_grid: GridMaker
) -> bool:
    """Start each row short enough to keep whole on the next page when it would run over a page.
    True if any row moved.

    Rows move one at a time, top to bottom, as headings do: each move shifts every page after it.
    A table whose first row would run over starts the next page whole.
    """
    moved = False
    index = 0
    while index < len(placed):
        current = placed[index]
        kept = current.keeps()
        for row in range(1, current.grid.rows()):
            if not kept[current.first + row - 1]:
                continue
            top, bottom = _row_span(text, current.grid, row)
            if int(bottom // page_height) == int(top // page_height):
                continue
            moved = True
            if row > 1:
                placed.insert(index + 1, _split(current, row, make_grid))
                break
            _start_page_with(current.grid)
        index += 1
    return moved
