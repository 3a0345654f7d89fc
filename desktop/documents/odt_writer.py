"""A document as an OpenDocument text file: styles, footer page numbers, Asian and complex-script fonts."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

from odf import dc, meta, teletype
from odf.draw import Frame
from odf.draw import Image as DrawImage
from odf.namespaces import METANS
from odf.office import Text as OdfText
from odf.opendocument import OpenDocument
from odf.style import (
    DefaultStyle,
    FontFace,
    Footer,
    FooterStyle,
    HeaderFooterProperties,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TextProperties,
)
from odf.table import Table as OdfTable
from odf.table import TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import H, List, ListItem, ListLevelStyleBullet, ListStyle, P, PageCount, PageNumber, Span

from desktop import __version__
from desktop.documents import look
from desktop.documents.fonts import FontChoice, choose_fonts, western_language
from desktop.documents.labels import PAGE, PAGES, page_label_parts
from desktop.documents.model import Block, BulletList, Document, Heading, PageBreak, Paragraph, Table

TEXT_WIDTH_MM = look.TEXT_WIDTH_MM
_BOLD = {"fontweight": "bold", "fontweightasian": "bold", "fontweightcomplex": "bold"}
_TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text"


class _OpenDocumentText(OpenDocument):
    """An ODF text document that names this app as its generator, not the library that wrote it."""

    def __init__(self) -> None:
        super().__init__(_TEXT_MIMETYPE)
        self.text = OdfText()
        self.body.addElement(self.text)

    # odfpy writes its own name as generator at save time through this (name-mangled) method.
    def _OpenDocument__replaceGenerator(self) -> None:  # noqa: N802
        for element in self.meta.childNodes[:]:
            if element.qname == (METANS, "generator"):
                self.meta.removeChild(element)
        self.meta.addElement(meta.Generator(text=f"{look.GENERATOR}/{__version__}"))


def _points(value: float) -> str:
    return f"{value:g}pt"


def _language_attributes(document: Document, fonts: FontChoice) -> dict[str, str]:
    """fo:language / style:language-asian / -complex and their countries, from BCP 47 tags."""
    values: dict[str, str] = {}
    slots = (("", western_language(document)), ("asian", fonts.east_asian_language), ("complex", "th-TH"))
    for suffix, tag in slots:
        parts = tag.replace("_", "-").split("-")
        values[f"language{suffix}"] = parts[0].lower()
        region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
        region = region or {"zh-Hans": "CN", "zh-Hant": "TW"}.get(tag, "")
        if region:
            values[f"country{suffix}"] = region.upper()
    return values


def _sized(size: str) -> dict[str, str]:
    """The same font size for Western, Asian and complex scripts."""
    return {"fontsize": size, "fontsizeasian": size, "fontsizecomplex": size}


def _paragraph_style(name: str, text: dict[str, str], paragraph: dict[str, str], **style: str) -> Style:
    """A named paragraph style with its text and paragraph properties."""
    made = Style(name=name, family="paragraph", **style)
    made.addElement(TextProperties(**text))
    made.addElement(ParagraphProperties(**paragraph))
    return made


class _OdtBuilder:
    """Fills an OpenDocumentText from the model, adding the styles it needs as it goes."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.odt = _OpenDocumentText()
        self.tables = 0
        self._styles(choose_fonts(document))

    def _styles(self, fonts: FontChoice) -> None:
        """Fonts, languages, and the paragraph styles: default, title, headings, captions, table text."""
        odt = self.odt
        for name, family in (("Latin", fonts.latin), ("Asian", fonts.east_asian), ("Complex", fonts.thai)):
            odt.fontfacedecls.addElement(
                FontFace(name=name, fontfamily=f"'{family}'", fontfamilygeneric="swiss", fontpitch="variable")
            )
        default = DefaultStyle(family="paragraph")
        default.addElement(
            TextProperties(
                fontname="Latin",
                fontnameasian="Asian",
                fontnamecomplex="Complex",
                **_sized(_points(look.BODY_POINTS)),
                **_language_attributes(self.document, fonts),
            )
        )
        odt.styles.addElement(default)
        spaced = {"margintop": "0mm", "marginbottom": _points(look.PARAGRAPH_AFTER_POINTS)}
        odt.styles.addElement(_paragraph_style("Standard", {}, spaced, displayname="Default"))
        title = {**_sized(_points(look.TITLE_POINTS)), **_BOLD, "color": look.TEXT_COLOUR}
        title_space = {"marginbottom": _points(look.TITLE_AFTER_POINTS), "margintop": "6mm"}
        odt.styles.addElement(_paragraph_style("Title", title, title_space))
        subtitle = {**_sized(_points(look.SUBTITLE_POINTS)), "color": look.SUBTITLE_COLOUR}
        odt.styles.addElement(_paragraph_style("Subtitle", subtitle, spaced))
        issuer = {**_sized(_points(look.ISSUER_POINTS)), **_BOLD}
        odt.styles.addElement(_paragraph_style("Issuer", issuer, {"marginbottom": "1mm"}))
        caption = {**spaced, "keepwithnext": "always"}
        odt.styles.addElement(_paragraph_style("Caption", {"fontstyle": "italic"}, caption))
        odt.styles.addElement(_paragraph_style("Table_20_Contents", {}, {}, displayname="Table Contents"))
        odt.styles.addElement(_paragraph_style("Table_20_Heading", _BOLD, {}, displayname="Table Heading"))
        odt.styles.addElement(_paragraph_style("Footer", _sized("9pt"), {"textalign": "center"}))
        for level in range(1, 7):
            heading = _paragraph_style(
                f"Heading_20_{level}",
                {**_sized(_points(look.heading_points(level))), **_BOLD, "color": look.TEXT_COLOUR},
                {
                    "margintop": _points(look.HEADING_BEFORE_POINTS),
                    "marginbottom": _points(look.HEADING_AFTER_POINTS),
                    "keepwithnext": "always",
                },
                displayname=f"Heading {level}",
                defaultoutlinelevel=str(level),
            )
            odt.styles.addElement(heading)
        self._block_styles()
        self._page_style()

    def _block_styles(self) -> None:
        """Page breaks, bold spans, bullet lists and table cells."""
        odt = self.odt
        page_break = _paragraph_style("Page_20_Break", _sized("1pt"), {"breakbefore": "page"})
        odt.automaticstyles.addElement(page_break)
        strong = Style(name="Strong", family="text")
        strong.addElement(TextProperties(**_BOLD))
        odt.styles.addElement(strong)
        bullets = ListStyle(name="Bullets")
        bullet = ListLevelStyleBullet(level=1, bulletchar="•")
        bullet.addElement(ListLevelProperties(spacebefore="4mm", minlabelwidth="5mm"))
        bullets.addElement(bullet)
        odt.styles.addElement(bullets)
        for name, shading in (("Cell", {}), ("HeaderCell", {"backgroundcolor": look.HEADER_FILL})):
            cell = Style(name=name, family="table-cell")
            cell.addElement(
                TableCellProperties(
                    border=f"0.5pt solid {look.RULE_COLOUR}", padding=f"{look.CELL_PADDING_MM}mm", **shading
                )
            )
            odt.automaticstyles.addElement(cell)
        whole = Style(name="WholeRow", family="table-row")
        whole.addElement(TableRowProperties(keeptogether="always"))  # no row split across two pages
        odt.automaticstyles.addElement(whole)

    def _page_style(self) -> None:
        """A4 pages whose footer says "Page N of M"."""
        odt = self.odt
        layout = PageLayout(name="A4")
        layout.addElement(
            PageLayoutProperties(
                pagewidth="210mm",
                pageheight="297mm",
                printorientation="portrait",
                margintop="20mm",
                marginbottom="12mm",
                marginleft="20mm",
                marginright="20mm",
            )
        )
        footer_style = FooterStyle()
        footer_style.addElement(HeaderFooterProperties(minheight="8mm", margintop="4mm"))
        layout.addElement(footer_style)
        odt.automaticstyles.addElement(layout)
        master = MasterPage(name="Standard", pagelayoutname=layout)
        footer = Footer()
        footer.addElement(self._page_label())
        master.addElement(footer)
        odt.masterstyles.addElement(master)

    def _page_label(self) -> P:
        """The footer paragraph: "Page N of M" with live page fields."""
        label = P(stylename="Footer")
        for part in page_label_parts():
            if part == PAGE:
                label.addElement(PageNumber(selectpage="current", text="1"))
            elif part == PAGES:
                label.addElement(PageCount(text="1"))
            else:
                teletype.addTextToElement(label, part)
        return label

    def add(self, element: object) -> None:
        """Append to the document body."""
        self.odt.text.addElement(element)

    def paragraph(self, text: str, style: str = "Standard") -> P:
        """A paragraph of plain text; newlines become line breaks."""
        made = P(stylename=style)
        teletype.addTextToElement(made, text)
        return made

    def logo(self) -> None:
        """The issuer's logo, at the top of the title page."""
        logo = self.document.issuer.logo
        kind = "png" if logo.startswith(b"\x89PNG") else "jpeg"
        href = self.odt.addPictureFromString(logo, f"image/{kind}")
        width, height = _image_size(logo)
        frame = Frame(
            anchortype="as-char",
            height=f"{look.LOGO_HEIGHT_MM}mm",
            width=f"{look.LOGO_HEIGHT_MM * width / max(height, 1):.2f}mm",
        )
        frame.addElement(DrawImage(href=href))
        holder = P(stylename="Standard")
        holder.addElement(frame)
        self.add(holder)

    def title_page(self) -> None:
        """Logo, issuer, title, subtitle and label/value pairs; the body starts on the next page."""
        document = self.document
        if document.issuer.logo:
            self.logo()
        for line in document.issuer.lines():
            self.add(self.paragraph(line, "Issuer"))
        self.add(self.paragraph(document.title, "Title"))
        if document.subtitle:
            self.add(self.paragraph(document.subtitle, "Subtitle"))
        for label, value in document.meta:
            line = P(stylename="Standard")
            strong = Span(stylename="Strong")
            teletype.addTextToElement(strong, f"{label}: ")
            line.addElement(strong)
            teletype.addTextToElement(line, value)
            self.add(line)
        if document.blocks:
            self.add(P(stylename="Page_20_Break"))

    def table(self, table: Table) -> None:
        """A table with column widths, borders and a repeated header row."""
        self.tables += 1
        name = f"Table{self.tables}"
        if table.caption:
            self.add(self.paragraph(table.caption, "Caption"))
        table_style = Style(name=name, family="table")
        table_style.addElement(TableProperties(width=f"{TEXT_WIDTH_MM}mm", align="margins"))
        self.odt.automaticstyles.addElement(table_style)
        made = OdfTable(name=name, stylename=name)
        for index, share in enumerate(table.column_fractions()):
            column = Style(name=f"{name}.C{index}", family="table-column")
            column.addElement(
                TableColumnProperties(
                    columnwidth=f"{TEXT_WIDTH_MM * share:.2f}mm", relcolumnwidth=f"{round(share * 10000)}*"
                )
            )
            self.odt.automaticstyles.addElement(column)
            made.addElement(TableColumn(stylename=column))
        header = TableHeaderRows()
        header.addElement(self._row(table.headers, "HeaderCell", "Table_20_Heading"))
        made.addElement(header)
        for row, whole in zip(table.padded_rows(), table.rows_to_keep_whole(), strict=True):
            made.addElement(self._row(row, "Cell", "Table_20_Contents", whole))
        self.add(made)

    def _row(self, cells: list[str], cell_style: str, paragraph_style: str, whole: bool = True) -> TableRow:
        """One table row of text cells, kept on one page when `whole`."""
        row = TableRow(stylename="WholeRow") if whole else TableRow()
        for text in cells:
            cell = TableCell(stylename=cell_style, valuetype="string")
            cell.addElement(self.paragraph(text, paragraph_style))
            row.addElement(cell)
        return row

    def block(self, block: Block) -> None:
        """One model block."""
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 6)
            heading = H(outlinelevel=level, stylename=f"Heading_20_{level}")
            teletype.addTextToElement(heading, block.text)
            self.add(heading)
        elif isinstance(block, Paragraph):
            self.add(self.paragraph(block.text))
        elif isinstance(block, BulletList):
            made = List(stylename="Bullets")
            for text in block.items:
                item = ListItem()
                item.addElement(self.paragraph(text))
                made.addElement(item)
            self.add(made)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, PageBreak):
            self.add(P(stylename="Page_20_Break"))

    def build(self) -> OpenDocument:
        """The finished document."""
        now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None).isoformat()
        self.odt.meta.addElement(dc.Title(text=self.document.title))
        self.odt.meta.addElement(dc.Language(text=self.document.language))
        self.odt.meta.addElement(meta.CreationDate(text=now))
        self.odt.meta.addElement(dc.Date(text=now))
        if self.document.issuer.organisation:
            self.odt.meta.addElement(meta.InitialCreator(text=self.document.issuer.organisation))
            self.odt.meta.addElement(dc.Creator(text=self.document.issuer.organisation))
        if self.document.subtitle:
            self.odt.meta.addElement(dc.Subject(text=self.document.subtitle))
        self.title_page()
        for block in self.document.blocks:
            self.block(block)
        return self.odt


def _image_size(content: bytes) -> tuple[int, int]:
    """A PNG's or JPEG's width and height in pixels (1, 1 when unreadable: the logo is then square)."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(content)
    return (image.width(), image.height()) if not image.isNull() else (1, 1)


def write_odt(document: Document, path: Path) -> None:
    """Write the document as an ODT file."""
    archive = io.BytesIO()  # built in memory, as the DOCX is, so a full disk fails one plain write
    _OdtBuilder(document).build().save(archive)
    path.write_bytes(archive.getvalue())
