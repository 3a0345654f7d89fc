"""Qt's PDF with a text layer that reads back as written: Thai marks and Han characters found by search.

Qt writes each font's ToUnicode map by looking its glyphs up in the font's own character map.
Where a glyph serves two characters the wrong one can win: Noto CJK's 文 is also the Kangxi
radical ⽂ (U+2F42), so 中文 copies as 中⽂; Thai fonts' raised or shifted tone marks sit at
private-use code points (U+F70E for ์), so รถเมล์ copies as รถเมล plus an unknown character.
Noto fonts give the tab its space glyph, so every space copies as a tab ("Page\t1\tof\t2").
The glyphs drawn are right; only the map is rewritten, and the file's cross-reference table with it.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.documents.pdf_spans import marked_thai_runs

# The private-use code points Thai fonts (TLWG, Microsoft, Apple) give their positioned marks.
_THAI_PRIVATE_USE = {
    0xF700: "\u0e10", 0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",
    0xF705: "\u0e48", 0xF706: "\u0e49", 0xF707: "\u0e4a", 0xF708: "\u0e4b", 0xF709: "\u0e4c",
    0xF70A: "\u0e48", 0xF70B: "\u0e49", 0xF70C: "\u0e4a", 0xF70D: "\u0e4b", 0xF70E: "\u0e4c",
    0xF70F: "\u0e0d", 0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47", 0xF713: "\u0e48",
    0xF714: "\u0e49", 0xF715: "\u0e4a", 0xF716: "\u0e4b", 0xF717: "\u0e4c", 0xF718: "\u0e38",
    0xF719: "\u0e39", 0xF71A: "\u0e3a",
}  # fmt: skip
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_SECTION = re.compile(r"\d+ begin(bfchar|bfrange)\s(.*?)end\1", re.S)
_CHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_RANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_HEX = re.compile(r"<([0-9A-Fa-f]+)>")
_OBJECT_START = re.compile(rb"(?m)^(\d+) 0 obj\b")
_ENTRIES_PER_SECTION = 100  # the most a bfchar section may hold


def _readable(text: str) -> str:
    """A glyph's characters as written: radicals as the ideographs they are, Thai marks unshifted."""
    out = []
    for char in text:
        code = ord(char)
        if char == "\t":  # Qt draws no tab glyph: a tab here is the space glyph read back
            out.append(" ")
        elif 0x2E80 <= code <= 0x2FDF:  # CJK radicals and Kangxi radicals
            out.append(unicodedata.normalize("NFKC", char))
        elif code in _THAI_PRIVATE_USE:
            out.append(_THAI_PRIVATE_USE[code])
        elif 0xFB00 <= code <= 0xFB06:  # Latin ligatures: ff, fi, fl...
            out.append(unicodedata.normalize("NFKC", char))
        else:
            out.append(char)
    return "".join(out)


def _decoded(hex_text: str) -> str:
    return bytes.fromhex(hex_text).decode("utf-16-be", errors="replace")


def _encoded(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _glyph_map(cmap: str) -> dict[int, str]:
    """Each glyph code of a ToUnicode CMap and the characters it stands for."""
    found: dict[int, str] = {}
    for kind, body in _SECTION.findall(cmap):
        if kind == "bfchar":
            for code, target in _CHAR.findall(body):
                found[int(code, 16)] = _decoded(target)
            continue
        for first, last, target in _RANGE.findall(body):
            codes = range(int(first, 16), int(last, 16) + 1)
            if target.startswith("["):
                found.update(zip(codes, (_decoded(t) for t in _HEX.findall(target)), strict=False))
            else:
                start = _decoded(target[1:-1])
                for offset, code in enumerate(codes):
                    found[code] = start[:-1] + chr(ord(start[-1]) + offset)
    return found


def _rewritten_cmap(cmap: str) -> str:
    """The CMap with every mapping made readable, written as plain one-to-one entries."""
    sections = list(_SECTION.finditer(cmap))
    if not sections:
        return cmap
    glyphs = sorted((code, _readable(text)) for code, text in _glyph_map(cmap).items())
    width = len(_CHAR.search(sections[0].group(2)).group(1)) if _CHAR.search(sections[0].group(2)) else 4
    entries = [f"<{code:0{width}X}> <{_encoded(text)}>" for code, text in glyphs]
    blocks = [
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar"
        for chunk in (
            entries[i : i + _ENTRIES_PER_SECTION] for i in range(0, len(entries), _ENTRIES_PER_SECTION)
        )
    ]
    return cmap[: sections[0].start()] + "\n".join(blocks) + cmap[sections[-1].end() :]


def _object_span(pdf: bytes, number: bytes) -> tuple[int, int] | None:
    """Where object `number` starts and where its `endobj` ends."""
    start = re.search(rb"(?m)^" + number + rb" 0 obj\b", pdf)
    if start is None:
        return None
    end = pdf.find(b"endobj", start.end())
    return (start.start(), end + len(b"endobj")) if end >= 0 else None


_PLAIN_STREAM = re.compile(rb"(\d+ 0 obj\s*<<[^>]*?/Length )(\d+)([^>]*>>\s*stream\r?\n)")


def _plain_stream(body: bytes) -> tuple[re.Match[bytes], str] | None:
    """An unfiltered stream object's head and its data as text; None for any other object."""
    match = _PLAIN_STREAM.match(body)
    if match is None or b"/Filter" in match.group(0):
        return None
    return match, body[match.end() : match.end() + int(match.group(2))].decode("latin-1")


def _rewritten_object(body: bytes) -> bytes | None:
    """A ToUnicode stream object with a readable CMap; None when it is not a plain stream."""
    stream = _plain_stream(body)
    if stream is None:
        return None
    match, cmap = stream
    data = _rewritten_cmap(cmap).encode("latin-1")
    return match.group(1) + str(len(data)).encode() + match.group(3) + data + b"\nendstream\nendobj"


def _glyphs_of(pdf: bytes, number: bytes) -> dict[int, str]:
    """Glyph code -> characters of the ToUnicode object `number`; empty when it cannot be read."""
    span = _object_span(pdf, number)
    stream = _plain_stream(pdf[span[0] : span[1]]) if span else None
    return _glyph_map(stream[1]) if stream else {}


def _with_new_xref(pdf: bytes) -> bytes:
    """The file with its cross-reference table and startxref pointing at where each object now is."""
    xref = pdf.rfind(b"\nxref\n") + 1
    trailer = pdf.find(b"trailer", xref)
    offsets = {int(m.group(1)): m.start() for m in _OBJECT_START.finditer(pdf, 0, xref)}
    count = max(offsets, default=0) + 1
    lines = [b"xref\n", f"0 {count}\n".encode(), b"0000000000 65535 f \n"]
    for number in range(1, count):
        offset = offsets.get(number)
        lines.append(f"{offset:010d} 00000 n \n".encode() if offset is not None else b"0000000000 65535 f \n")
    tail = pdf[trailer:]
    tail = re.sub(rb"startxref\s+\d+", b"startxref\n" + str(xref).encode(), tail)
    return pdf[:xref] + b"".join(lines) + tail


def readable_pdf(pdf: bytes) -> bytes:
    """Qt's PDF with ToUnicode maps that give back the characters drawn, and Thai runs spelled out
    (see `pdf_spans`); any other PDF as it is."""
    changed = pdf
    for number in dict.fromkeys(_TO_UNICODE.findall(pdf)):
        span = _object_span(changed, number)
        if span is None:
            return pdf
        rewritten = _rewritten_object(changed[span[0] : span[1]])
        if rewritten is None:
            return pdf
        changed = changed[: span[0]] + rewritten + changed[span[1] :]
    if changed is pdf:
        return pdf
    changed = marked_thai_runs(changed, lambda number: _glyphs_of(changed, number))
    return _with_new_xref(changed)
