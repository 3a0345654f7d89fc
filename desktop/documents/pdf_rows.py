"""Table rows kept whole on a page in the app's PDF: a row that would run over a page starts the next.

Qt moves a row to the next page only when none of its cells' first lines fits; otherwise each cell
runs over the page line by line. A page-break flag moves only the cell it is on (on every cell it
moves the row twice), and a cell's padding shrinks the page its text may use. So a table is cut
before such a row: the next part, its header row again, starts the next page.

Every change re-lays the rest of the document out, so a table's cuts are worked out together from
its rows' heights, laid out once, and made in one edit; the next pass only checks them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextTable

from desktop.documents.model import Table

_FIXED_HEIGHT = QTextBlockFormat.LineHeightTypes.FixedHeight.value
_HAIR = 0.5  # device pixels: lines are placed in 1/64 pixel, pages measured in real numbers
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


@dataclass(frozen=True)
class _Row:
    """Where a laid-out row's first line starts and its last line ends, and the height its lines take
    wherever they fall (a row run over a page is as tall as the same row on one page)."""

    top: float
    bottom: float
    height: float


def line_boxes(
    text: QTextDocument, block: QTextBlock, lines: range | None = None
) -> list[tuple[float, float]]:
    """Where each laid-out line's room starts and ends in its block (or these lines'): the block's
    fixed line height where it has one (each line's baseline at the same place in it), else the
    line's font height."""
    layout = block.layout()
    wanted = range(layout.lineCount()) if lines is None else lines
    form = block.blockFormat()
    if form.lineHeightType() != _FIXED_HEIGHT:
        return [(layout.lineAt(i).y(), layout.lineAt(i).y() + layout.lineAt(i).height()) for i in wanted]
    device = text.documentLayout().paintDevice()
    room = _fixed(form.lineHeight() * (device.logicalDpiY() / 96 if device else 1.0))  # set in 1/96 inch
    boxes = []
    for index in wanted:
        line = layout.lineAt(index)
        # Qt puts the baseline four fifths down the room, whatever the font, reckoning in 1/64 pixel.
        top = line.y() + (_fixed(line.ascent() + max(line.leading(), 0)) - room * 4 // 5) / 64
        boxes.append((top, top + room / 64))
    return boxes


def line_box(text: QTextDocument, block: QTextBlock, index: int) -> tuple[float, float]:
    """Where one laid-out line's room starts and ends in its block (see `line_boxes`)."""
    return line_boxes(text, block, range(index, index + 1))[0]


def _fixed(value: float) -> int:
    """A length as Qt's layout holds it: in 1/64 pixel, rounded."""
    return math.floor(value * 64 + 0.5)


def page_of(position: float, page_height: float) -> int:
    """The page a position falls on; a hair's breadth over a page's top still on that page."""
    return int((position + _HAIR) // page_height)


def first_line_top(text: QTextDocument, block: QTextBlock) -> float:
    """Where a block's first line sits in the laid-out document (pages stacked top to bottom)."""
    top = text.documentLayout().blockBoundingRect(block).top()  # lays the block out if it is not yet
    return top + (line_box(text, block, 0)[0] if block.layout().lineCount() else 0.0)


def _row(text: QTextDocument, grid: QTextTable, row: int) -> _Row:
    """A row's span over all its cells, and the room from its first line's top to its last's end."""
    layout = text.documentLayout()
    tops, bottoms, heights = [], [], []
    for column in range(grid.columns()):
        cell = grid.cellAt(row, column)
        block = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        cell_top, cell_bottom, height = None, 0.0, 0.0
        while block.isValid():
            block_top = layout.blockBoundingRect(block).top()  # lays the block out if it is not yet
            boxes = line_boxes(text, block)
            if boxes:
                cell_top = block_top + boxes[0][0] if cell_top is None else cell_top
                cell_bottom = block_top + boxes[-1][1] - 1
                height += sum(line_bottom - line_top for line_top, line_bottom in boxes)
            if block == last:
                break
            block = block.next()
        if cell_top is None:  # an empty cell: where its block is
            cell_top = cell_bottom = layout.blockBoundingRect(last).top()
        tops.append(cell_top)
        bottoms.append(cell_bottom)
        heights.append(height)
    top = tops[0]
    # A cell may start a little below the row's first: its lines run on from there.
    height = max(cell_top - top + cell_height for cell_top, cell_height in zip(tops, heights, strict=True))
    return _Row(top, max(top, *bottoms), height - 1)


def _on_one_page(row: _Row, page_height: float) -> bool:
    return page_of(row.bottom, page_height) == page_of(row.top, page_height)


def _planned_cuts(
    text: QTextDocument, placed: PlacedTable, rows: list[_Row], page_height: float
) -> list[int] | None:
    """The grid rows to cut the table before, so each row kept whole ends on the page it starts on.

    Read from one layout: a row's height is the same wherever it falls, and the space between rows
    is the same in every row, so the rows after a cut are placed from the top of the next page. None
    when the table's first row must move, or a row that may split runs over a page (where Qt places
    what follows is not worked out here): the caller moves that and asks again.
    """
    kept = placed.keeps()
    gaps = [
        after.top - (row.top + row.height + 1)
        for row, after in zip(rows[1:], rows[2:], strict=False)
        if _on_one_page(row, page_height) and page_of(after.top, page_height) == page_of(row.top, page_height)
    ]
    if len(rows) < 2 or not gaps:
        return None
    first_row_offset = rows[1].top - text.documentLayout().frameBoundingRect(placed.grid).top()
    cuts: list[int] = []
    top = rows[1].top
    for row in range(1, len(rows)):
        bottom = top + rows[row].height
        if page_of(bottom, page_height) != page_of(top, page_height):
            if row == 1 or not kept[placed.first + row - 1]:
                return cuts or None
            cuts.append(row)
            top = (page_of(top, page_height) + 1) * page_height + first_row_offset
            bottom = top + rows[row].height
        top = bottom + 1 + gaps[0]
    return cuts


def _cut(placed: PlacedTable, cuts: list[int], make_grid: GridMaker) -> list[PlacedTable]:
    """Cut the grid before each of these rows: each part, its header again, starts the next page."""
    cursor = QTextCursor(placed.grid.document())
    # One edit block: otherwise every cell written lays the rest of the document out again.
    cursor.beginEditBlock()
    try:
        return _cut_in_edit(placed, cuts, make_grid, cursor)
    finally:
        cursor.endEditBlock()


def _cut_in_edit(
    placed: PlacedTable, cuts: list[int], make_grid: GridMaker, cursor: QTextCursor
) -> list[PlacedTable]:
    """`_cut`, its changes made through a cursor inside an edit block."""
    grid = placed.grid
    model_rows = placed.table.padded_rows()
    ends = [*cuts[1:], grid.rows()]
    parts = []
    before = grid
    for start, end in zip(cuts, ends, strict=True):
        cursor.setPosition(before.lastPosition() + 1)
        first = placed.first + start - 1
        part = make_grid(cursor, placed.table, model_rows[first : first + end - start], False)
        # Qt leaves an empty block between two parts, in the format of the block that followed the
        # table (a heading that starts a page, say): it must take no room and break no page.
        between = QTextCursor(grid.document())
        between.setPosition(part.firstPosition() - 1)
        flat = QTextBlockFormat()
        flat.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        between.setBlockFormat(flat)
        parts.append(PlacedTable(part, placed.table, first, placed.keeps()))
        before = part
    grid.removeRows(cuts[0], grid.rows() - cuts[0])
    # A part ends its page (a break after a table never adds a page, unlike one before the next
    # part, which the block between them may already have pushed over): space under it would only
    # push its last row over.
    for ended in [grid, *(part.grid for part in parts[:-1])]:
        ending = ended.format()
        ending.setBottomMargin(0)
        ending.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
        ended.setFormat(ending)
    return parts


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


def _first_row_over_a_page(
    placed: PlacedTable, rows: list[_Row], page_height: float, from_row: int
) -> int | None:
    """The first grid row from `from_row` on, kept whole, that runs over a page, if any."""
    kept = placed.keeps()
    for row in range(from_row, len(rows)):
        if kept[placed.first + row - 1] and not _on_one_page(rows[row], page_height):
            return row
    return None


def keep_rows_whole(
    text: QTextDocument, placed: list[PlacedTable], page_height: float, make_grid: GridMaker
) -> bool:
    """Start each row short enough to keep whole on the next page when it would run over a page.
    True if any row moved.

    Tables are taken top to bottom, each cut in one go where its rows allow (see `_planned_cuts`),
    else at its first row running over; each part made is checked in turn. A table whose first row
    would run over starts the next page whole.
    """
    moved = False
    index = 0
    text.pageCount()  # lays the document out to its end: a block not laid out yet has no lines
    starts_page = False  # the table at `index` was moved to start a page: its first row stays
    while index < len(placed):
        current = placed[index]
        frame = text.documentLayout().frameBoundingRect(current.grid)
        if page_of(frame.top(), page_height) == page_of(frame.bottom() - 1, page_height):
            index, starts_page = index + 1, False  # on one page: no row runs over
            continue
        rows = [_row(text, current.grid, row) for row in range(current.grid.rows())]
        over = _first_row_over_a_page(current, rows, page_height, 2 if starts_page else 1)
        if over is None:
            index, starts_page = index + 1, False
            continue
        moved = True
        if over == 1:
            _start_page_with(current.grid)
            starts_page = True
            continue
        cuts = None if starts_page else _planned_cuts(text, current, rows, page_height)
        placed[index + 1 : index + 1] = _cut(current, cuts or [over], make_grid)
        index, starts_page = index + 1, False
    return moved
