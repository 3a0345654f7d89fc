"""A document laid out with QTextDocument and painted page by page: PDF files and printers share it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextOption,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from desktop.documents import look
from desktop.documents.fonts import choose_fonts
from desktop.documents.gui import ensure_gui_application, with_event_dispatcher
from desktop.documents.labels import page_label, tr
from desktop.documents.look import BODY_POINTS, FOOTER_POINTS
from desktop.documents.model import BulletList, Document, Heading, PageBreak, Paragraph, Table
from desktop.documents.pdf_rows import PlacedTable, first_line_top, keep_rows_whole
from desktop.documents.pdf_text import readable_pdf

MARGINS_MM = QMarginsF(look.MARGIN_MM, look.MARGIN_MM, look.MARGIN_MM, 15)
_LINE_BREAK = "\u2028"  # a line break inside a paragraph, as QTextDocument spells it
_GREY = QColor(look.SUBTITLE_COLOUR)
_LOGO = "leaps-logo://title-page"
_RULE_WIDTH = 0.67  # pixels of 1/96 inch: the 0.5 pt rule of the DOCX and the ODT
# QTextDocument measures margins and padding in pixels of 1/96 inch, scaled to the device.
_PIXELS_PER_MM = 96 / 25.4
_PIXELS_PER_POINT = 96 / 72


class _Layout:
    """Builds a QTextDocument from the model, block by block, through one cursor."""

    def __init__(self, document: Document, device: QPagedPaintDevice) -> None:
        self.families = list(choose_fonts(document).fallbacks)
        self.text = QTextDocument()
        self.text.documentLayout().setPaintDevice(device)
        self.text.setDocumentMargin(0)
        self.text.setDefaultFont(self.font(BODY_POINTS))
        option = QTextOption()
        # Long words and URLs break at the page edge rather than run off it.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setDefaultTextOption(option)
        self.cursor = QTextCursor(self.text)
        self.fresh = True  # the cursor stands in an empty block that the next paragraph can use
        self.break_before = False
        self.tables: list[PlacedTable] = []

    def font(self, points: float, bold: bool = False) -> QFont:
        """A font with the document's family fallbacks, so every script finds its glyphs."""
        made = QFont()
        made.setFamilies(self.families)
        made.setPointSizeF(points)
        made.setBold(bold)
        # A ligature glyph (ff, fi) reads back from the PDF as one odd character: "Sign-oﬀ" is not found.
        for feature in ("liga", "clig", "dlig"):
            made.setFeature(QFont.Tag(feature), 0)
        return made

    def chars(self, points: float = BODY_POINTS, bold: bool = False, italic: bool = False) -> QTextCharFormat:
        """A character format at a size."""
        made = QTextCharFormat()
        made.setFont(self.font(points, bold))
        made.setFontItalic(italic)
        return made

    def spaced(
        self, before: float = 0, after: float = look.PARAGRAPH_AFTER_POINTS * _PIXELS_PER_POINT
    ) -> QTextBlockFormat:
        """A block format with space around it, breaking the page first when a PageBreak asked."""
        made = QTextBlockFormat()
        made.setTopMargin(before)
        made.setBottomMargin(after)
        if self.break_before:
            made.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.break_before = False
        return made

    def block(self, text: str, chars: QTextCharFormat, block: QTextBlockFormat) -> None:
        """A new paragraph holding `text`."""
        if self.fresh:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(chars)
            self.fresh = False
        else:
            self.cursor.insertBlock(block, chars)
        self.cursor.insertText(text.replace("\n", _LINE_BREAK), chars)

    def title_page(self, document: Document) -> None:
        """Logo, issuer, title, subtitle and label/value lines; the body starts on the next page."""
        logo = QImage.fromData(document.issuer.logo) if document.issuer.logo else QImage()
        if not logo.isNull():
            self.text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_LOGO), logo)
            self.block("", self.chars(), self.spaced(after=8))
            picture = QTextImageFormat()
            picture.setName(_LOGO)
            picture.setHeight(look.LOGO_HEIGHT_MM * _PIXELS_PER_MM)
            picture.setWidth(look.LOGO_HEIGHT_MM * _PIXELS_PER_MM * logo.width() / max(logo.height(), 1))
            self.cursor.insertImage(picture)
        for line in document.issuer.lines():
            self.block(line, self.chars(look.ISSUER_POINTS, bold=True), self.spaced(after=2))
        title_space = self.spaced(
            before=18 if document.issuer.lines() or not logo.isNull() else 0,
            after=look.TITLE_AFTER_POINTS * _PIXELS_PER_POINT,
        )
        self.block(document.title, self.chars(look.TITLE_POINTS, bold=True), title_space)
        if document.subtitle:
            subtitle = self.chars(look.SUBTITLE_POINTS)
            subtitle.setForeground(_GREY)
            self.block(document.subtitle, subtitle, self.spaced(after=18))
        for label, value in document.meta:
            self.block(f"{label}: ", self.chars(bold=True), self.spaced(after=3))
            self.cursor.insertText(value.replace("\n", _LINE_BREAK), self.chars())
        self.break_before = bool(document.blocks)

    def bullets(self, items: list[str]) -> None:
        """An unordered list, one paragraph per item."""
        style = QTextListFormat()
        style.setStyle(QTextListFormat.Style.ListDisc)
        bullets = None
        for text in items:
            self.block(text, self.chars(), self.spaced(after=2))
            if bullets is None:
                bullets = self.cursor.createList(style)
            else:
                bullets.add(self.cursor.block())

    def table(self, table: Table) -> None:
        """A full-width table with fixed column shares and a header row repeated on each page."""
        if table.caption:
            self.block(table.caption, self.chars(italic=True), self.spaced(before=4, after=3))
        if self.fresh:  # an empty paragraph would sit above the table otherwise
            self.cursor.insertBlock()
        grid = self.grid(self.cursor, table, table.padded_rows(), self.break_before)
        self.break_before = False
        self.tables.append(PlacedTable(grid, table))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh = True

    def grid(self, cursor: QTextCursor, table: Table, rows: list[list[str]], new_page: bool) -> QTextTable:
        """The table's header and these of its rows as a grid at the cursor, starting a page if asked."""
        frame = QTextTableFormat()
        percent = QTextLength.Type.PercentageLength
        frame.setWidth(QTextLength(percent, 100))
        shares = table.column_fractions()
        frame.setColumnWidthConstraints([QTextLength(percent, share * 100) for share in shares])
        frame.setHeaderRowCount(1)
        frame.setCellSpacing(0)
        frame.setCellPadding(look.CELL_PADDING_MM * _PIXELS_PER_MM)
        frame.setBorder(_RULE_WIDTH)
        frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        frame.setBorderBrush(QColor(look.RULE_COLOUR))
        frame.setBorderCollapse(True)
        frame.setBottomMargin(8)
        if new_page:
            frame.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        grid = cursor.insertTable(len(rows) + 1, len(table.headers), frame)
        ruled = QTextTableCellFormat()
        # With collapsed borders Qt draws each cell's own rules, not the table's: every cell names them.
        ruled.setBorder(_RULE_WIDTH)
        ruled.setBorderBrush(QColor(look.RULE_COLOUR))
        ruled.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        shaded = QTextTableCellFormat(ruled)
        shaded.setBackground(QColor(look.HEADER_FILL))
        for row_index, row in enumerate([table.headers, *rows]):
            chars = self.chars(bold=row_index == 0)
            for column, text in enumerate(row):
                cell = grid.cellAt(row_index, column)
                cell.setFormat(shaded if row_index == 0 else ruled)
                cell.firstCursorPosition().insertText(text.replace("\n", _LINE_BREAK), chars)
        return grid

    def body(self, document: Document) -> None:
        """Every block of the document's body."""
        for item in document.blocks:
            if isinstance(item, Heading):
                level = min(max(item.level, 1), 6)
                heading = self.spaced(
                    before=look.HEADING_BEFORE_POINTS * _PIXELS_PER_POINT,
                    after=look.HEADING_AFTER_POINTS * _PIXELS_PER_POINT,
                )
                heading.setHeadingLevel(level)
                self.block(item.text, self.chars(look.heading_points(level), bold=True), heading)
            elif isinstance(item, Paragraph):
                self.block(item.text, self.chars(), self.spaced())
            elif isinstance(item, BulletList):
                self.bullets(item.items)
            elif isinstance(item, Table):
                self.table(item)
            elif isinstance(item, PageBreak):
                self.break_before = True


def _keep_headings_with_next(text: QTextDocument, page_height: float) -> bool:
    """Start a heading on a new page when what follows it would, so no heading ends a page alone.
    True if any heading moved.

    Headings are moved one at a time, top to bottom: each move shifts every page after it, so
    positions are read again (Qt lays the rest out anew) before the next heading is judged.
    """
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    moved_any = False
    block = text.begin()
    while block.isValid():
        after = block.next()
        formats = block.blockFormat(), after.blockFormat()
        if formats[0].headingLevel() and after.isValid() and not formats[1].pageBreakPolicy() & always:
            top = first_line_top(text, block)
            page = int(top // page_height)
            # A heading already at the top of its page gains nothing by moving: it would leave a blank page.
            at_page_top = top - page * page_height < block.layout().boundingRect().height()
            if int(first_line_top(text, after) // page_height) > page and not at_page_top:
                moved = block.blockFormat()
                moved.setPageBreakPolicy(always)
                QTextCursor(block).setBlockFormat(moved)
                moved_any = True
        block = after
    return moved_any


def _page_starts(text: QTextDocument, page_height: float) -> list[int]:
    """Document positions where a paragraph's line starts a new page: the line begins a page, the one
    before it ends the last."""
    starts = []
    text.pageCount()  # lays the whole document out: a block not laid out yet has no lines
    block = text.begin()
    while block.isValid():
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


def _split_paragraphs_at_page_ends(text: QTextDocument, page_height: float) -> None:
    """End each paragraph that runs over a page at the page's end, going on in a new paragraph.

    Qt draws the last line above a page's clip again when a paragraph crosses the page: out of
    sight, but in the PDF's text layer, so copying or searching finds that line twice.
    """
    starts = _page_starts(text, page_height)
    if not starts:
        return
    cursor = QTextCursor(text)
    cursor.beginEditBlock()
    for position in reversed(starts):
        cursor.setPosition(position)
        first = cursor.blockFormat()
        rest = QTextBlockFormat(first)
        rest.setTopMargin(0)
        rest.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        rest.setTextIndent(0)
        bullets = cursor.currentList()
        if bullets is not None:  # the rest of a list item: no second bullet, the same indent
            rest.setObjectIndex(-1)
            rest.setIndent(bullets.format().indent())
        chars = cursor.charFormat()
        first.setBottomMargin(0)
        cursor.setBlockFormat(first)
        cursor.insertBlock(rest, chars)
        if bullets is not None and cursor.currentList() is not None:
            cursor.currentList().remove(cursor.block())
    cursor.endEditBlock()


def _settle_pages(layout: _Layout, page_height: float) -> None:
    """Paragraphs end with their pages, table rows stay whole, headings stay with what follows.

    Each step shifts what comes after it, and a page break set too early is kept when what it
    was for has moved on (leaving a page nearly empty): so rows are kept whole once paragraphs end
    with their pages, headings once rows stand, and what a step moves is split and kept again.
    """
    text, tables = layout.text, layout.tables
    _split_paragraphs_at_page_ends(text, page_height)
    if keep_rows_whole(text, tables, page_height, layout.grid):
        _split_paragraphs_at_page_ends(text, page_height)
    if _keep_headings_with_next(text, page_height):
        _split_paragraphs_at_page_ends(text, page_height)
        if keep_rows_whole(text, tables, page_height, layout.grid):
            _split_paragraphs_at_page_ends(text, page_height)


def paint_document(document: Document, device: QPagedPaintDevice) -> int:
    """Lay the document out for the device's pages and paint them with a page-number footer."""
    ensure_gui_application()
    layout = _Layout(document, device)
    footer_font = layout.font(FOOTER_POINTS)
    footer_height = QFontMetricsF(footer_font, device).height() * 2
    body = QSizeF(device.width(), device.height() - footer_height)
    # The page size comes first: the document is then laid out once, for its real pages.
    layout.text.setPageSize(body)
    # One edit block: otherwise every cell written re-lays the whole table out.
    layout.cursor.beginEditBlock()
    layout.title_page(document)
    layout.body(document)
    layout.cursor.endEditBlock()
    _settle_pages(layout, body.height())
    pages = layout.text.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr("the PDF file or the printer could not be opened"))
    try:
        painter.setFont(footer_font)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            # One device pixel inside the page at top and bottom: a line ending or starting on the
            # boundary would otherwise be drawn on both pages (clipped out of sight on one, yet still
            # in its text layer, so text copied or searched there repeats).
            top = page * body.height()
            layout.text.drawContents(painter, QRectF(0, top + 1, body.width(), body.height() - 2))
            painter.restore()
            footer = QRectF(0, body.height(), body.width(), footer_height)
            alignment = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
            painter.drawText(footer, alignment, page_label(page + 1, pages))
    finally:
        painter.end()
    return pages


def print_document(document: Document, printer: QPagedPaintDevice) -> int:
    """Print on a printer (or any paged device) the dialog set up; the PDF's layout. Returns pages."""
    return paint_document(document, printer)


def write_pdf(document: Document, path: Path) -> None:
    """Write the document as an A4 PDF file."""
    ensure_gui_application()
    with_event_dispatcher(lambda: _write_pdf(document, path))


def _write_pdf(document: Document, path: Path) -> None:
    """Write the PDF, in a thread with a Qt event dispatcher, its text layer made readable."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setResolution(600)
    writer.setTitle(document.title)
    writer.setAuthor(document.issuer.organisation)
    writer.setCreator(look.GENERATOR)
    paint_document(document, writer)
    path.write_bytes(readable_pdf(buffer.data().data()))
