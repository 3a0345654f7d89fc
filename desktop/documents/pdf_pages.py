"""Pages settled as the app's PDF is built: headings kept with what follows, paragraphs ending with pages.

The document is laid out as it grows, and each block is settled when it is added: what is
already on the pages never moves again (only the heading right above the new block may), so
each change re-lays out only the end of the document rather than all of it.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from desktop.documents.pdf_rows import first_line_top


def keep_heading_with_next(text: QTextDocument, heading: QTextBlock, page_height: float) -> None:
    """Start the heading on a new page when the block after it starts one, so it does not end a page alone."""
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    text.pageCount()  # lays the document out to its end: a block not laid out yet has no lines
    after = heading.next()
    if not after.isValid() or after.blockFormat().pageBreakPolicy() & always:
        return
    top = first_line_top(text, heading)
    page = int(top // page_height)
    # A heading already at the top of its page gains nothing by moving: it would leave a blank page.
    at_page_top = top - page * page_height < heading.layout().boundingRect().height()
    if int(first_line_top(text, after) // page_height) > page and not at_page_top:
        moved = heading.blockFormat()
        moved.setPageBreakPolicy(always)
        QTextCursor(heading).setBlockFormat(moved)


def _page_starts(text: QTextDocument, page_height: float, first: int, end: int) -> list[int]:
    """Document positions, in blocks numbered `first` up to `end`, where a paragraph's line starts a
    new page: the line begins a page, the one before it ends the last."""
    starts = []
    text.pageCount()  # lays the document out to its end: a block not laid out yet has no lines
    block = text.findBlockByNumber(first)
    while block.isValid() and block.blockNumber() < end:
        lines = block.layout()
        if lines.lineCount() < 2:  # a one-line paragraph never runs over a page
            block = block.next()
            continue
        top = text.documentLayout().blockBoundingRect(block).top()
        for index in range(1, lines.lineCount()):
            before, line = lines.lineAt(index - 1), lines.lineAt(index)
            if int((top + line.y()) // page_height) > int((top + before.y()) // page_height):
                starts.append(block.position() + line.textStart())
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
        rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
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
