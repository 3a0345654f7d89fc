"""A document as one self-contained UTF-8 HTML file that prints well."""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from desktop.documents import look
from desktop.documents.fonts import EAST_ASIAN_FAMILIES, LATIN_FAMILIES, THAI_FAMILIES, east_asian_language
from desktop.documents.labels import page_label_template
from desktop.documents.model import URL, Block, BulletList, Document, Heading, Paragraph, Table

_CSS = """
body { font-family: FONTS; line-height: 1.5; color: #111; max-width: 48em; margin: 2em auto;
       padding: 0 1em; overflow-wrap: break-word; }
/* A browser breaks Korean between any two syllables: in a narrow column, words are kept whole.
   Only web addresses may break anywhere; other long words break only where nothing else fits. */
:lang(ko) td, :lang(ko) th { word-break: keep-all; }
a { overflow-wrap: anywhere; }
h1 { font-size: 2em; margin-bottom: .2em; }
h2 { font-size: 1.52em; } h3 { font-size: 1.29em; } h4 { font-size: 1.14em; }
h1, h2, h3, h4, h5, h6 { color: TEXT_COLOUR; }
.issuer { font-size: 1.14em; font-weight: bold; margin: 0; }
.logo { height: LOGO_HEIGHTmm; width: auto; }
.subtitle { font-size: 1.43em; color: SUBTITLE_COLOUR; margin-top: 0; }
.meta { display: grid; grid-template-columns: fit-content(35%) minmax(0, 1fr); gap: .2em 1em; }
.meta dt { font-weight: bold; overflow-wrap: anywhere; }
.meta dd { margin: 0; }
.title-page { margin-bottom: 3em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1em 0; }
caption { caption-side: top; text-align: start; font-style: italic; padding-bottom: .3em; }
th, td { border: 0.5pt solid RULE_COLOUR; padding: CELL_PADDINGmm; vertical-align: top; text-align: start; }
thead th { background: HEADER_FILL; }
.page-break { break-before: page; }
@page { size: A4; margin: 20mm; @bottom-center { content: PAGE_LABEL; font-size: 9pt; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; line-height: LINE_HEIGHT; }
  p, ul { margin: 0 0 PARAGRAPH_AFTERpt; } li { margin-bottom: 1.5pt; }
  h2, h3, h4, h5, h6 { margin: HEADING_BEFOREpt 0 HEADING_AFTERpt; }
  table { margin: 0 0 6pt; }
  .title-page { break-after: page; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; } tr.tall { break-inside: auto; }
  h2, h3, h4, h5, h6, caption { break-after: avoid; }
}
"""


def _css(document: Document) -> str:
    """The style sheet, with a font stack that prefers the document's CJK variant."""
    variant = east_asian_language(document)
    east_asian = EAST_ASIAN_FAMILIES[variant] + tuple(
        f for key, group in EAST_ASIAN_FAMILIES.items() if key != variant for f in group
    )
    families = ", ".join(f'"{f}"' for f in LATIN_FAMILIES + east_asian + THAI_FAMILIES) + ", sans-serif"
    label = page_label_template().replace('"', "'")
    label = label.replace("{page}", '" counter(page) "').replace("{pages}", '" counter(pages) "')
    values = {
        "FONTS": families,
        "PAGE_LABEL": f'"{label}"',
        "TEXT_COLOUR": look.TEXT_COLOUR,
        "SUBTITLE_COLOUR": look.SUBTITLE_COLOUR,
        "RULE_COLOUR": look.RULE_COLOUR,
        "HEADER_FILL": look.HEADER_FILL,
        "CELL_PADDING": str(look.CELL_PADDING_MM),
        "LOGO_HEIGHT": str(look.LOGO_HEIGHT_MM),
        "LINE_HEIGHT": str(look.LINE_HEIGHT),
        "PARAGRAPH_AFTER": str(look.PARAGRAPH_AFTER_POINTS),
        "HEADING_BEFORE": str(look.HEADING_BEFORE_POINTS),
        "HEADING_AFTER": str(look.HEADING_AFTER_POINTS),
    }
    css = _CSS
    for name, value in values.items():
        css = css.replace(name, value)
    return css


def _linked(line: str) -> str:
    """One line escaped, each web address in it a link that opens in the reader's browser."""
    parts = URL.split(line)
    addresses = URL.findall(line)
    out = [escape(parts[0])]
    for address, after in zip(addresses, parts[1:], strict=True):
        target = address if "://" in address else f"https://{address}"
        out.append(f'<a href="{escape(target, quote=True)}">{escape(address)}</a>{escape(after)}')
    return "".join(out)


def _lines(text: str) -> str:
    """Escaped text with its newlines as line breaks and its web addresses as links."""
    return "<br>".join(_linked(line) for line in text.split("\n"))


def _table(table: Table) -> str:
    """A table with a caption, fixed column widths and a header row."""
    caption = f"<caption>{_lines(table.caption)}</caption>" if table.caption else ""
    cols = "".join(f'<col style="width: {share * 100:.1f}%">' for share in table.column_fractions())
    head = "".join(f'<th scope="col">{_lines(h)}</th>' for h in table.headers)
    # Rows kept whole as in the other formats: a row taller than a third of a page breaks like text.
    body = "".join(
        ("<tr>" if whole else '<tr class="tall">')
        + "".join(f"<td>{_lines(cell)}</td>" for cell in row)
        + "</tr>"
        for row, whole in zip(table.padded_rows(), table.rows_to_keep_whole(), strict=True)
    )
    return (
        f"<table>{caption}<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _block(block: Block) -> str:
    """One block as HTML."""
    if isinstance(block, Heading):
        level = min(max(block.level, 1) + 1, 6)
        return f"<h{level}>{_lines(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_lines(block.text)}</p>"
    if isinstance(block, BulletList):
        return "<ul>" + "".join(f"<li>{_lines(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        return _table(block)
    return '<div class="page-break"></div>'


def html_text(document: Document) -> str:
    """The whole document as an HTML page."""
    meta = "".join(f"<dt>{_lines(label)}</dt><dd>{_lines(value)}</dd>" for label, value in document.meta)
    title_page = []
    if document.issuer.logo:
        kind = "png" if document.issuer.logo.startswith(b"\x89PNG") else "jpeg"
        data = base64.b64encode(document.issuer.logo).decode("ascii")
        title_page.append(f'<img class="logo" alt="" src="data:image/{kind};base64,{data}">')
    title_page += [f'<p class="issuer">{_lines(line)}</p>' for line in document.issuer.lines()]
    title_page.append(f"<h1>{_lines(document.title)}</h1>")
    if document.subtitle:
        title_page.append(f'<p class="subtitle">{_lines(document.subtitle)}</p>')
    if meta:
        title_page.append(f'<dl class="meta">{meta}</dl>')
    main = "\n".join(_block(block) for block in document.blocks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(document.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{look.GENERATOR}">\n'
        f'<meta name="author" content="{escape(document.issuer.organisation, quote=True)}">\n'
        f"<title>{escape(document.title)}</title>\n<style>{_css(document)}</style>\n</head>\n<body>\n"
        f'<header class="title-page">{"".join(title_page)}</header>\n<main>\n{main}\n</main>\n'
        "</body>\n</html>\n"
    )


def write_html(document: Document, path: Path) -> None:
    """Write the document as an HTML file."""
    path.write_text(html_text(document), encoding="utf-8")
