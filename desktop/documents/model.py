"""The format-neutral document: a title page, then headings, paragraphs, lists and tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Heading:
    """A section heading; level 1 is the top level under the document title."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """Plain text; a single newline inside it is a line break."""

    text: str


@dataclass(frozen=True)
class BulletList:
    """An unordered list of plain-text items."""

    items: list[str]


@dataclass(frozen=True)
class Table:
    """A table with one header row; `widths` are relative column weights (any positive numbers)."""

    headers: list[str]
    rows: list[list[str]]
    caption: str = ""
    widths: list[float] | None = None

    def column_fractions(self) -> list[float]:
        """Each column's share of the table width, summing to 1."""
        count = len(self.headers)
        weights = self.widths if self.widths and len(self.widths) == count else [1.0] * count
        weights = [max(float(w), 0.01) for w in weights]
        total = sum(weights)
        return [w / total for w in weights]

    def padded_rows(self) -> list[list[str]]:
        """Rows cut or filled with empty cells to the number of headers."""
        count = len(self.headers)
        return [(list(row) + [""] * count)[:count] for row in self.rows]


@dataclass(frozen=True)
class PageBreak:
    """The next block starts on a new page."""


Block = Heading | Paragraph | BulletList | Table | PageBreak


@dataclass
class Document:
    """A whole document: title page (title, subtitle, label/value pairs) and its body blocks."""

    title: str
    subtitle: str = ""
    language: str = "en"
    meta: list[tuple[str, str]] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    def texts(self) -> list[str]:
        """Every piece of text the document shows, for checks such as which scripts it needs."""
        found = [self.title, self.subtitle]
        for label, value in self.meta:
            found += [label, value]
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                found.append(block.text)
            elif isinstance(block, BulletList):
                found += block.items
            elif isinstance(block, Table):
                found += [block.caption, *block.headers, *(cell for row in block.rows for cell in row)]
        return found


_BULLET = re.compile(r"^\s*[-*+]\s+")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")


def plain_text(markdown: str) -> str:
    """Inline Markdown reduced to what it says: emphasis marks dropped, links as 'text (url)'."""
    text = _LINK.sub(r"\1 (\2)", markdown)
    return _EMPHASIS.sub(r"\2", text)


def _list_items(lines: list[str]) -> list[str]:
    """Bullet lines as items; a line without a bullet continues the item above it."""
    items: list[str] = []
    for line in lines:
        if _BULLET.match(line) or not items:
            items.append(_BULLET.sub("", line).strip())
        else:
            items[-1] += " " + line.strip()
    return [plain_text(item) for item in items]


def text_blocks(markdown: str) -> list[Block]:
    """Catalogue text (light Markdown) as headings, paragraphs and bullet lists.

    A `## heading` becomes a level-1 heading (`#` is the document's own title); lines of
    one paragraph join with spaces, as Markdown reads them.
    """
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", markdown.strip()):
        lines = [line for line in chunk.splitlines() if line.strip()]
        while lines and (heading := _HEADING.match(lines[0])):
            blocks.append(Heading(max(len(heading.group(1)) - 1, 1), plain_text(heading.group(2))))
            lines = lines[1:]
        if not lines:
            continue
        if _BULLET.match(lines[0]):
            blocks.append(BulletList(_list_items(lines)))
        else:
            blocks.append(Paragraph(plain_text(" ".join(line.strip() for line in lines))))
    return blocks


# Characters XML cannot hold (DOCX and ODT are XML): C0 controls but tab and newline, lone surrogates.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text with Windows and old Mac line ends as newlines and characters no file format can hold removed."""
    return _UNWRITABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _clean_block(block: Block) -> Block:
    """A block with its text cleaned."""
    if isinstance(block, Heading | Paragraph):
        return replace(block, text=clean_text(block.text))
    if isinstance(block, BulletList):
        return replace(block, items=[clean_text(item) for item in block.items])
    if isinstance(block, Table):
        return replace(
            block,
            headers=[clean_text(header) for header in block.headers],
            rows=[[clean_text(cell) for cell in row] for row in block.rows],
            caption=clean_text(block.caption),
        )
    return block


def cleaned(document: Document) -> Document:
    """A copy of the document that every writer can write: see `clean_text`."""
    return Document(
        title=clean_text(document.title),
        subtitle=clean_text(document.subtitle),
        language=clean_text(document.language) or "en",
        meta=[(clean_text(label), clean_text(value)) for label, value in document.meta],
        blocks=[_clean_block(block) for block in document.blocks],
    )
