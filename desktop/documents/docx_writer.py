"""A document as a Word file: title page, heading styles, tables, page numbers, a font for every script."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop import __version__
from desktop.documents import look
from desktop.documents.fonts import FontChoice, choose_fonts, western_language
from desktop.documents.labels import PAGE, PAGES, page_label_parts
from desktop.documents.model import BulletList, Document, Heading, PageBreak, Paragraph, Table

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Mm(look.PAGE_WIDTH_MM), Mm(look.PAGE_HEIGHT_MM), Mm(look.MARGIN_MM)
_TWIPS_PER_MM = 1440 / 25.4
# Word's extended properties: who wrote the file. The template's say "Microsoft Macintosh Word".
_APP_PROPERTIES = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity></Properties>"
)
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# Language tags Word expects for the East Asian and complex-script slots of w:lang.
_EAST_ASIAN_TAGS = {"ko": "ko-KR", "ja": "ja-JP", "zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}


def _set_fonts(rfonts: OxmlElement, fonts: FontChoice) -> None:
    """Name a font for each script slot; theme fonts would win over them, so drop those."""
    for attribute in _THEME_FONT_ATTRIBUTES:
        rfonts.attrib.pop(qn(attribute), None)
    for attribute, family in (
        ("w:ascii", fonts.latin),
        ("w:hAnsi", fonts.latin),
        ("w:eastAsia", fonts.east_asian),
        ("w:cs", fonts.thai),
    ):
        rfonts.set(qn(attribute), family)


def _style_fonts_and_language(word: docx.document.Document, document: Document, fonts: FontChoice) -> None:
    """Fonts on the defaults and every style that names its own (headings, title), and the languages."""
    word.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    for rfonts in word.styles.element.xpath(".//w:rFonts"):
        _set_fonts(rfonts, fonts)
    defaults = word.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr")[0]
    lang = defaults.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        defaults.append(lang)
    lang.set(qn("w:val"), western_language(document))
    lang.set(qn("w:eastAsia"), _EAST_ASIAN_TAGS[fonts.east_asian_language])
    lang.set(qn("w:bidi"), "th-TH")


def _field_char(paragraph: DocxParagraph, kind: str) -> None:
    """One field boundary (begin, separate, end) in a run of its own."""
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(char)


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    """A field Word computes when it lays the page out (PAGE, NUMPAGES), showing "1" until then."""
    _field_char(paragraph, "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    _field_char(paragraph, "separate")
    paragraph.add_run("1")
    _field_char(paragraph, "end")


def _footer(word: docx.document.Document) -> None:
    """A centred "Page N of M" in the footer."""
    paragraph = word.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in page_label_parts():
        if part == PAGE:
            _field(paragraph, "PAGE")
        elif part == PAGES:
            _field(paragraph, "NUMPAGES")
        else:
            paragraph.add_run(part)


def _repeat_as_header(table: DocxTable) -> None:
    """Mark the first row as a header row, repeated on each page the table runs over."""
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(mark)


def _keep_rows_whole(table: DocxTable, keep: list[bool]) -> None:
    """No short row splits across two pages (a URL's tail alone at the top of a page)."""
    for row, whole in zip(table.rows, [True, *keep], strict=True):
        if not whole:
            continue
        mark = OxmlElement("w:cantSplit")
        mark.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().insert(0, mark)


def _shade(cell: object) -> None:
    """Fill a header cell as the other formats do."""
    fill = OxmlElement("w:shd")
    fill.set(qn("w:val"), "clear")
    fill.set(qn("w:color"), "auto")
    fill.set(qn("w:fill"), look.HEADER_FILL.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(fill)  # type: ignore[attr-defined]


def _cell_padding_and_rules(table: DocxTable) -> None:
    """The other formats' padding inside cells and grey rules, set on the table itself."""
    properties = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    padding = str(round(look.CELL_PADDING_MM * _TWIPS_PER_MM))
    for side in ("top", "left", "bottom", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), padding)
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties.insert_element_before(
        margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"
    )
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "single")
        border.set(qn("w:sz"), "4")  # eighths of a point: the PDF's 0.5 pt rule
        border.set(qn("w:color"), look.RULE_COLOUR.lstrip("#").upper())
        borders.append(border)
    later = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
    properties.insert_element_before(borders, *later, "w:tblPrChange")


def _table(word: docx.document.Document, table: Table) -> None:
    """A grid table with a bold, repeating header row and the model's column widths."""
    if table.caption:
        word.add_paragraph(table.caption, style="Caption").paragraph_format.keep_with_next = True
    grid = word.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    width = PAGE_WIDTH - 2 * MARGIN
    widths = [int(width * share) for share in table.column_fractions()]
    _cell_padding_and_rules(grid)
    for cell, text, cell_width in zip(grid.rows[0].cells, table.headers, widths, strict=True):
        cell.width = cell_width
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell)
    _repeat_as_header(grid)
    for row in table.padded_rows():
        for cell, text, cell_width in zip(grid.add_row().cells, row, widths, strict=True):
            cell.width = cell_width
            cell.paragraphs[0].add_run(text)
    for column, column_width in zip(grid.columns, widths, strict=True):
        column.width = column_width
    _keep_rows_whole(grid, table.rows_to_keep_whole())


def _title_page(word: docx.document.Document, document: Document) -> None:
    """Logo, issuer, title, subtitle and the label/value pairs, then a page break."""
    if document.issuer.logo:
        word.add_paragraph().add_run().add_picture(
            io.BytesIO(document.issuer.logo), height=Mm(look.LOGO_HEIGHT_MM)
        )
    for line in document.issuer.lines():
        run = word.add_paragraph().add_run(line)
        run.bold, run.font.size = True, Pt(look.ISSUER_POINTS)
    word.add_paragraph(document.title, style="Title")
    if document.subtitle:
        word.add_paragraph(document.subtitle, style="Subtitle")
    for label, value in document.meta:
        paragraph = word.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    if document.blocks:
        word.add_page_break()


def _one_look(word: docx.document.Document) -> None:
    """Styles as the PDF draws them: black, upright headings at its sizes for every script, no letter
    spacing, no rule under the title."""
    styles = word.styles
    sizes = {"Normal": look.BODY_POINTS, "Title": look.TITLE_POINTS, "Subtitle": look.SUBTITLE_POINTS}
    sizes.update({f"Heading {level}": look.heading_points(level) for level in range(1, 10)})
    for name, points in sizes.items():
        style = styles[name]
        style.font.size = Pt(points)
        properties = style.element.get_or_add_rPr()
        # The template's italics (for Thai too), letter spacing and complex-script sizes of its own.
        for extra in properties.xpath("w:i | w:iCs | w:spacing | w:kern | w:szCs"):
            properties.remove(extra)
        complex_size = OxmlElement("w:szCs")
        complex_size.set(qn("w:val"), str(round(points * 2)))
        properties.insert_element_before(complex_size, "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd")
        if name != "Normal":
            colour = look.SUBTITLE_COLOUR if name == "Subtitle" else look.TEXT_COLOUR
            style.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
    styles["Title"].font.bold = styles["Title"].font.cs_bold = True
    # The template's 10 pt after each paragraph and 1.15 line spacing, 24 pt above headings: the PDF's
    # spacing instead (table cells keep none, from the table style).
    spacing = styles.element.xpath("w:docDefaults/w:pPrDefault/w:pPr/w:spacing")[0]
    spacing.set(qn("w:after"), str(round(look.PARAGRAPH_AFTER_POINTS * 20)))
    spacing.set(qn("w:line"), "240")
    for level in range(1, 10):
        heading = styles[f"Heading {level}"].paragraph_format
        heading.space_before, heading.space_after = (
            Pt(look.HEADING_BEFORE_POINTS),
            Pt(look.HEADING_AFTER_POINTS),
        )
    styles["Title"].paragraph_format.space_after = Pt(look.TITLE_AFTER_POINTS)
    for rule in styles["Title"].element.xpath(".//w:pBdr"):  # the template's blue rule under the title
        rule.getparent().remove(rule)


def _properties(word: docx.document.Document, document: Document) -> None:
    """The file's properties say who issued it and when, not python-docx's template; no stale thumbnail."""
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None)
    properties = word.core_properties
    # Word's document properties hold at most 255 characters; the title page shows the whole title.
    properties.title = document.title[:255]
    properties.subject = document.subtitle[:255]
    properties.language = document.language
    properties.author = properties.last_modified_by = document.issuer.organisation[:255]
    properties.comments = ""
    properties.keywords = ""
    properties.created = properties.modified = now
    properties.revision = 1
    package = word.part.package
    for key, relation in list(package.rels.items()):
        if relation.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[key]
    for part in package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = _APP_PROPERTIES.format(application=f"{look.GENERATOR} {__version__}").encode()


def word_document(document: Document) -> docx.document.Document:
    """The document as a python-docx object, ready to save."""
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = MARGIN
    _style_fonts_and_language(word, document, choose_fonts(document))
    _one_look(word)
    _properties(word, document)
    _footer(word)
    _title_page(word, document)
    previous = None
    for block in document.blocks:
        if isinstance(block, Heading):
            word.add_heading(block.text, level=min(max(block.level, 1), 9))
        elif isinstance(block, Paragraph):
            word.add_paragraph(block.text)
        elif isinstance(block, BulletList):
            for item in block.items:
                word.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Table):
            if isinstance(previous, Table):  # Word would join two adjacent tables into one
                word.add_paragraph()
            _table(word, block)
        elif isinstance(block, PageBreak):
            word.add_page_break()
        previous = block
    return word


def write_docx(document: Document, path: Path) -> None:
    """Write the document as a DOCX file."""
    # Built in memory, then written in one go: a full disk then fails that write cleanly, where
    # python-docx's own zip file, left open by the error, would fail again when collected.
    archive = io.BytesIO()
    word_document(document).save(archive)
    path.write_bytes(archive.getvalue())
