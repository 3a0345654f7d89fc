"""Pages settled as the app's PDF is built: headings kept with what follows, paragraphs ending with pages.

The document is laid out as it grows, and each block is settled when it is added: what is
already on the pages never moves again (only the heading right above the new block may), so
each change re-lays out only the end of the document rather than all of it.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from desktop.documents.pdf_rows import (
    GridMaker,
    PlacedTable,
    first_line_top,
    keep_rows_whole,
    line_boxes,
    page_of,
)

_AUTO = QTextFormat.PageBreakFlag.PageBreak_Auto


def keep_heading_with_next(text: QTextDocument, heading: QTextBlock, page_height: float) -> None:
    """Start the heading on a new page when the block after it starts one, so it does not end a page alone."""
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    text.pageCount()  # lays the document out to its end: a block not laid out yet has no lines
    after = heading.next()
    if not after.isValid() or after.blockFormat().pageBreakPolicy() & always:
        return
    top = first_line_top(text, heading)
    page = page_of(top, page_height)
    # A heading already at the top of its page gains nothing by moving: it would leave a blank page.
    at_page_top = top - page * page_height < heading.layout().boundingRect().height()
    if page_of(first_line_top(text, after), page_height) > page and not at_page_top:
        moved = heading.blockFormat()
        moved.setPageBreakPolicy(always)
        QTextCursor(heading).setBlockFormat(moved)


def _page_starts(text: QTextDocument, page_height: float, first: int, end: int) -> list[int]:
    """Document positions, in blocks numbered `first` up to `end`, where a paragraph's line starts a
    new page: the line begins a page, the one before it ends the last.

    A line is on the page where it ends: laying out again from mid-document, Qt may for a while
    leave a line across a page's end (and those after it a little high) that it then moves down.
    """
    starts = []
    text.pageCount()  # lays the document out to its end: a block not laid out yet has no lines
    block = text.findBlockByNumber(first)
    while block.isValid() and block.blockNumber() < end:
        lines = block.layout()
        if lines.lineCount() < 2:  # a one-line paragraph never runs over a page
            block = block.next()
            continue
        bounds = text.documentLayout().blockBoundingRect(block)
        if page_of(bounds.top(), page_height) == page_of(bounds.bottom() - 1, page_height):
            block = block.next()  # the whole paragraph on one page
            continue
        pages = [page_of(bounds.top() + bottom - 1, page_height) for _top, bottom in line_boxes(text, block)]
        for index in range(1, lines.lineCount()):
            if pages[index] > pages[index - 1]:
                starts.append(block.position() + lines.lineAt(index).textStart())
        block = block.next()
    return starts


def split_paragraphs_at_page_ends(text: QTextDocument, page_height: float, first: int, end: int) -> bool:
    """End each paragraph in blocks numbered `first` up to `end` that runs over a page at the page's
    end, going on in a new paragraph. True if any was split.

    Qt draws the last line above a page's clip again when a paragraph crosses the page: out of
    sight, but in the PDF's text layer, so copying or searching finds that line twice.
    """
    starts = _page_starts(text, page_height, first, end)
    if not starts:
        return False
    cursor = QTextCursor(text)
    cursor.beginEditBlock()
    for position in reversed(starts):
        cursor.setPosition(position)
        first_part = cursor.blockFormat()
        rest = QTextBlockFormat(first_part)
        rest.setTopMargin(0)
        # The rest starts a page, where it goes anyway; said outright, as Qt, laying out again from
        # mid-document, may leave its first line across the page's end. Not in a table: a break
        # there moves only its own cell, away from the rest of the row.
        in_table = cursor.currentTable() is not None
        rest.setPageBreakPolicy(_AUTO if in_table else QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        rest.setTextIndent(0)
        bullets = cursor.currentList()
        if bullets is not None:  # the rest of a list item: no second bullet, the same indent
            rest.setObjectIndex(-1)
            rest.setIndent(bullets.format().indent())
        chars = cursor.charFormat()
        first_part.setBottomMargin(0)
        cursor.setBlockFormat(first_part)
        cursor.insertBlock(rest, chars)
        if bullets is not None and cursor.currentList() is not None:
            cursor.currentList().remove(cursor.block())
    cursor.endEditBlock()
    return True


def settle_whole(
    text: QTextDocument, tables: list[PlacedTable], page_height: float, make_grid: GridMaker
) -> None:
    """Lay the whole document out once more and check that rows stay whole and paragraphs end with
    their pages, mending and laying out again until they do (a few rounds at most).

    Laid out again from mid-document after a change, Qt may leave a line a little high, across a
    page's end, until the document is laid out whole: the pages drawn are those of a whole layout.
    """
    for _round in range(3):
        text.markContentsDirty(0, text.characterCount())
        moved = keep_rows_whole(text, tables, page_height, make_grid)
        split = split_paragraphs_at_page_ends(text, page_height, 0, text.blockCount())
        if not (moved or split):
            return
    text.markContentsDirty(0, text.characterCount())
