"""A document laid out with QTextDocument and painted page by page: PDF files and printers share it."""

from __future__ import annotations

import errno
import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
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
from desktop.documents.labels import page_label
from desktop.documents.look import BODY_POINTS, FOOTER_POINTS
from desktop.documents.model import Block, BulletList, Document, Heading, PageBreak, Paragraph, Table
from desktop.documents.pdf_pages import keep_heading_with_next, settle_whole, split_paragraphs_at_page_ends
from desktop.documents.pdf_rows import PlacedTable, keep_rows_whole
from desktop.documents.pdf_text import readable_pdf
from desktop.errors import QT_TRANSLATE_NOOP, message

MARGINS_MM = QMarginsF(look.MARGIN_MM, look.MARGIN_MM, look.MARGIN_MM, 15)
_LINE_BREAK = "\u2028"  # a line break inside a paragraph, as QTextDocument spells it
_FIXED_HEIGHT = QTextBlockFormat.LineHeightTypes.FixedHeight.value
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
        self.device = device
        self.pitches: dict[tuple[float, bool], float] = {}  # line heights by text size and boldness
        self.cursor = QTextCursor(self.text)
        self.fresh = True  # the cursor stands in an empty block that the next paragraph can use
        self.break_before = False
        self.new_tables: list[PlacedTable] = []  # the tables the last block added, and their parts
        self.tables: list[PlacedTable] = []  # every table and part

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

    def line_pitch(self, chars: QTextCharFormat) -> QTextBlockFormat:
        """A block format spacing lines by the Latin font's line height at the text's size, in every script.

        Each line is otherwise as tall as its tallest font: a line with Korean or Thai in it stands
        further from the one above than a Latin line, and in a table row a Korean cell's text sits
        lower than a Latin cell's. A fixed height puts every line's baseline at the same place in it.
        """
        key = (chars.font().pointSizeF(), chars.font().bold())
        if key not in self.pitches:
            metrics = QFontMetricsF(self.font(*key), self.device)
            # The document measures in pixels of 1/96 inch; the font is measured on the device.
            height = math.ceil(metrics.ascent() + metrics.descent() + max(metrics.leading(), 0))
            self.pitches[key] = height * 96 / self.device.logicalDpiY()
        made = QTextBlockFormat()
        made.setLineHeight(self.pitches[key], _FIXED_HEIGHT)
        return made

    def block(self, text: str, chars: QTextCharFormat, block: QTextBlockFormat) -> None:
        """A new paragraph holding `text`."""
        pitch = self.line_pitch(chars)
        block.setLineHeight(pitch.lineHeight(), _FIXED_HEIGHT)
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
        self.new_tables.append(PlacedTable(grid, table))
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
        pitch = {bold: self.line_pitch(self.chars(bold=bold)) for bold in (False, True)}
        for row_index, row in enumerate([table.headers, *rows]):
            chars = self.chars(bold=row_index == 0)
            for column, text in enumerate(row):
                cell = grid.cellAt(row_index, column)
                cell.setFormat(shaded if row_index == 0 else ruled)
                start = cell.firstCursorPosition()
                start.setBlockFormat(pitch[row_index == 0])
                start.insertText(text.replace("\n", _LINE_BREAK), chars)
        return grid

    def body(self, document: Document, page_height: float) -> None:
        """Every block of the document's body, each settled on the pages as it is added (see `pdf_pages`)."""
        heading: QTextBlock | None = None  # the heading just added, to keep with the block after it
        unsplit = 0  # the number of the first block whose paragraphs may still run over a page
        for item in document.blocks:
            # The item starts in the empty block at the end, or in a new one after it.
            first = self.text.blockCount() - (1 if self.fresh else 0)
            self.new_tables.clear()
            # One edit block an item: laid out once it is whole, only the end of the document moves.
            self.cursor.beginEditBlock()
            self.add(item)
            self.cursor.endEditBlock()
            if heading is not None:
                keep_heading_with_next(self.text, heading, page_height)
            keep_rows_whole(self.text, self.new_tables, page_height, self.grid)
            self.tables += self.new_tables
            # Paragraphs are split once what follows can no longer move them.
            split_paragraphs_at_page_ends(self.text, page_height, unsplit, first)
            unsplit = first
            heading = self.cursor.block() if isinstance(item, Heading) else None
        split_paragraphs_at_page_ends(self.text, page_height, unsplit, self.text.blockCount())
        settle_whole(self.text, self.tables, page_height, self.grid)

    def add(self, item: Block) -> None:
        """One block of the body at the end of the document."""
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


def paint_document(document: Document, device: QPagedPaintDevice) -> int:
    """Lay the document out for the device's pages and paint them with a page-number footer."""
    ensure_gui_application()
    layout = _Layout(document, device)
    footer_font = layout.font(FOOTER_POINTS)
    footer_height = QFontMetricsF(footer_font, device).height() * 2
    body = QSizeF(device.width(), device.height() - footer_height)
    # The page size comes first: the document is then laid out once, for its real pages.
    layout.text.setPageSize(body)
    # One edit block: otherwise every line written re-lays the page out.
    layout.cursor.beginEditBlock()
    layout.title_page(document)
    layout.cursor.endEditBlock()
    layout.body(document, body.height())
    pages = layout.text.pageCount()
    reach = layout.line_pitch(layout.chars()).lineHeight() * device.logicalDpiY() / 96 / 2
    painter = QPainter()
    if not painter.begin(device):
        # Said in the reader's language, not the document's: the export's message names it as its reason.
        unopened = QT_TRANSLATE_NOOP("Validation", "the PDF file or the printer could not be opened")
        raise OSError(errno.EIO, message(unopened))
    try:
        painter.setFont(footer_font)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            # Qt draws each line whose font's height reaches into the area it is asked to draw, and
            # a Thai or CJK line's font reaches past its fixed line height: the last line of the
            # page above would be drawn here too (clipped out of sight, yet in the text layer, so
            # text copied or searched there repeats). So only lines reaching half a line into the
            # page are drawn; the page's clip is one device pixel inside it, for rules on the edge.
            top = page * body.height()
            painter.setClipRect(QRectF(0, top + 1, body.width(), body.height() - 2))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top + reach, body.width(), body.height() - 2 * reach)
            layout.text.documentLayout().draw(painter, context)
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
