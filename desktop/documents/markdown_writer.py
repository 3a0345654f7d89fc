"""A document as GitHub-flavoured Markdown: headings, lists, pipe tables, no hard wrapping."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.documents.model import Block, BulletList, Document, Heading, Paragraph, Table

# An underscore inside a word (utm_source) is no emphasis mark and stays as written.
_INLINE = re.compile(r"([\\`*\[\]<>~]|(?<![^\W_])_|_(?![^\W_]))")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# A line starting like this would turn into a heading, quote, list item or rule.
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|[-+=>]|\d{1,9}(?=[.)]))")


def _escape_line(line: str) -> str:
    """One line of plain text that Markdown shows as written."""
    line = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", line.strip()))
    match = _BLOCK_START.match(line)
    if not match:
        return line
    marker = match.group(1)
    if marker[0].isdigit():
        return marker + "\\" + line[len(marker) :]
    return "\\" + line


def _text(text: str, joiner: str = "\\\n") -> str:
    """Plain text escaped line by line; its newlines become hard line breaks."""
    return joiner.join(_escape_line(line) for line in text.split("\n"))


def _cell(text: str) -> str:
    """A table cell: pipes escaped, line breaks as <br>."""
    return _text(text, "<br>").replace("|", "\\|") or " "


def _table(table: Table) -> str:
    """A pipe table, with its caption in italics above it."""
    lines = [f"*{_text(table.caption, ' ')}*", ""] if table.caption else []
    lines.append("| " + " | ".join(_cell(h) for h in table.headers) + " |")
    lines.append("|" + "|".join(" --- " for _ in table.headers) + "|")
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.padded_rows()]
    return "\n".join(lines)


def _block(block: Block) -> str:
    """One block as Markdown."""
    if isinstance(block, Heading):
        return "#" * min(max(block.level, 1) + 1, 6) + " " + _text(block.text, " ")
    if isinstance(block, Paragraph):
        return _text(block.text)
    if isinstance(block, BulletList):
        return "\n".join("- " + _text(item, "\\\n  ") for item in block.items)
    if isinstance(block, Table):
        return _table(block)
    return "---"


def markdown_text(document: Document) -> str:
    """The whole document as Markdown."""
    parts = ["\\\n".join(f"**{_text(line, ' ')}**" for line in document.issuer.lines())]
    parts.append("# " + _text(document.title, " "))
    if document.subtitle:
        parts.append(f"*{_text(document.subtitle, ' ')}*")
    if document.meta:
        pairs = document.meta
        parts.append("\n".join(f"- **{_text(label, ' ')}:** {_text(value, ' ')}" for label, value in pairs))
    parts += [_block(block) for block in document.blocks]
    return "\n\n".join(part for part in parts if part) + "\n"


def write_markdown(document: Document, path: Path) -> None:
    """Write the document as a Markdown file."""
    path.write_text(markdown_text(document), encoding="utf-8")
