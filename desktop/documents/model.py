"""The format-neutral document: a title page, then headings, paragraphs, lists and tables."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import cached_property


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
        """Each column's share of the table width, summing to 1.

        A column gets at least the room its longest word needs ("Likelihood", "2014-10-14"), so
        narrow columns do not break words; words too long for any column (web addresses) still break.
        """
        return list(self._fractions)

    @cached_property
    def _fractions(self) -> list[float]:
        """`column_fractions`, worked out once: every part of a table cut over pages asks again."""
        count = len(self.headers)
        weights = self.widths if self.widths and len(self.widths) == count else [1.0] * count
        weights = [max(float(w), 0.01) for w in weights]
        total = sum(weights)
        wanted = [w / total for w in weights]
        needs = [
            _word_share([header, *(row[c] for row in self.padded_rows())])
            for c, header in enumerate(self.headers)
        ]
        if sum(needs) > 1:  # too many columns for every word: share out the room as the words ask
            return [need / sum(needs) for need in needs]
        fixed: dict[int, float] = {}
        while True:  # give each starved column its need, then share the rest by the weights
            free = [c for c in range(count) if c not in fixed]
            room = 1 - sum(fixed.values())
            free_weight = sum(wanted[c] for c in free)
            shares = {c: room * wanted[c] / free_weight for c in free}
            starved = [c for c in free if shares[c] < needs[c]]
            if not starved:
                return [fixed.get(c, shares.get(c, 0.0)) for c in range(count)]
            fixed.update({c: needs[c] for c in starved})

    def rows_to_keep_whole(self) -> list[bool]:
        """For each row, whether it is short enough (a third of a page, by estimate) to keep on one page.

        A taller row must split anyway; kept whole it would first leave the page above it empty.
        """
        shares = self.column_fractions()
        kept = []
        for row in self.padded_rows():
            lines = max(_estimated_lines(text, share) for text, share in zip(row, shares, strict=True))
            kept.append(lines <= _LINES_PER_PAGE / 3)
        return kept

    def padded_rows(self) -> list[list[str]]:
        """Rows cut or filled with empty cells to the number of headers."""
        count = len(self.headers)
        return [(list(row) + [""] * count)[:count] for row in self.rows]


# Room a word takes, as a share of the text width (170 mm at 10.5 pt): about 2.3 mm a Latin letter,
# 3.7 mm a CJK character, plus the cell's padding. Words needing more than a third of it may break.
_LETTER_SHARE = 0.0135
_WIDE_LETTER_SHARE = 0.022
_CELL_PADDING_SHARE = 0.02
_LONGEST_KEPT_WORD = 0.34
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]")


_LINES_PER_PAGE = 55  # lines of 10.5 pt text in an A4 page's text height


def _estimated_lines(text: str, share: float) -> int:
    """About how many lines a cell's text takes in a column of this share of the text width."""
    room = max(share - _CELL_PADDING_SHARE, _LETTER_SHARE)
    lines = 0
    for line in text.split("\n"):
        wide = len(_WIDE.findall(line))
        width = (len(line) - wide) * _LETTER_SHARE + wide * _WIDE_LETTER_SHARE
        lines += max(1, math.ceil(width / room))
    return lines


def _word_share(texts: list[str]) -> float:
    """The share of the text width the longest unbreakable word of these texts needs.

    A line may break between any two CJK characters, so each counts as a word of its own.
    """
    longest = 0.0
    for text in texts:
        for word in text.split():
            pieces = [len(piece) * _LETTER_SHARE for piece in _WIDE.split(word)]
            if _WIDE.search(word):
                pieces.append(_WIDE_LETTER_SHARE)
            longest = max([longest, *(piece for piece in pieces if piece <= _LONGEST_KEPT_WORD)])
    return longest + _CELL_PADDING_SHARE


@dataclass(frozen=True)
class PageBreak:
    """The next block starts on a new page."""


Block = Heading | Paragraph | BulletList | Table | PageBreak


@dataclass(frozen=True)
class Issuer:
    """Who issues the document: named above the title, with their logo (PNG or JPEG bytes), as its author."""

    organisation: str = ""
    office: str = ""
    logo: bytes = b""

    def lines(self) -> list[str]:
        """The organisation and the office, those given."""
        return [line for line in (self.organisation, self.office) if line]


@dataclass
class Document:
    """A whole document: title page (issuer, title, subtitle, label/value pairs) and its body blocks."""

    title: str
    subtitle: str = ""
    language: str = "en"
    meta: list[tuple[str, str]] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    issuer: Issuer = field(default_factory=Issuer)

    def texts(self) -> list[str]:
        """Every piece of text the document shows, for checks such as which scripts it needs."""
        found = [*self.issuer.lines(), self.title, self.subtitle]
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
# Underscores mark emphasis only outside words, as CommonMark reads them: utm_source stays whole.
_EMPHASIS = re.compile(r"(\*\*|\*|`)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]'}]")


def _unemphasised(text: str) -> str:
    """Text with emphasis marks dropped, web addresses left exactly as written."""
    parts = URL.split(text)
    addresses = URL.findall(text)
    kept = [_EMPHASIS.sub(lambda m: m.group(2) or m.group(4), part) for part in parts]
    return "".join(part + address for part, address in zip(kept, [*addresses, ""], strict=True))


def plain_text(markdown: str) -> str:
    """Inline Markdown reduced to what it says: emphasis marks dropped, links as 'text (url)'."""
    return _unemphasised(_LINK.sub(r"\1 (\2)", markdown))


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


def _without_empty_pages(blocks: list[Block]) -> list[Block]:
    """The blocks less page breaks that would leave a page empty: first (the title page breaks
    the page already), last, or right after another."""
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, PageBreak) and (not kept or isinstance(kept[-1], PageBreak)):
            continue
        kept.append(block)
    while kept and isinstance(kept[-1], PageBreak):
        kept.pop()
    return kept


def cleaned(document: Document) -> Document:
    """A copy of the document that every writer can write: see `clean_text`; no page left empty."""
    issuer = document.issuer
    return Document(
        title=clean_text(document.title),
        subtitle=clean_text(document.subtitle),
        language=clean_text(document.language) or "en",
        meta=[(clean_text(label), clean_text(value)) for label, value in document.meta],
        blocks=_without_empty_pages([_clean_block(block) for block in document.blocks]),
        issuer=replace(
            issuer, organisation=clean_text(issuer.organisation), office=clean_text(issuer.office)
        ),
    )
