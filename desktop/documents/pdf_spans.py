"""Runs of Thai glyphs in Qt's PDF marked with the text they spell, so copying and search give it back.

A Thai shaper draws sara am (ำ) as two glyphs, nikhahit then sara aa, moved before any tone mark
(น้ำ is drawn น ํ ้ า), and a font may draw a tone mark before the vowel under the same letter
(ผู้ as ผ ้ ู). A glyph maps to one text in the font's ToUnicode map, so no map can give the typed
text back. The PDF way, as LibreOffice writes it, is a marked-content span whose /ActualText is
the text: each run of Thai glyphs gets one, even one drawn in typed order, since poppler otherwise
reads a space into ปั้น where its marks' widths leave a gap.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Callable

# Thai marks drawn on or under a letter: above vowels, below vowels, tone marks and signs.
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_DRAWN_SARA_AM = re.compile(f"\u0e4d([{_MARKS}]*?)\u0e32")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# Qt writes each text run as one text object, one positioned glyph a line.
_RUN = re.compile(rb"(BT\n/F(\d+) [^\n]*Tf[^\n]*\n)((?:[-\d. ]+ Td <[0-9A-F]+> Tj\n)+)(ET)")
_GLYPH = re.compile(rb"<([0-9A-F]+)> Tj")
_PAGE_CONTENTS = re.compile(rb"/Type /Page\b[^>]*?/Contents (\d+) 0 R")
_FONT_RESOURCE = re.compile(rb"/F(\d+) (\d+) 0 R")
_FONT_CMAP = re.compile(rb"(?m)^(\d+) 0 obj\s*<< /Type /Font\s*/Subtype /Type0[^>]*?/ToUnicode (\d+) 0 R")


def spelled(drawn: str) -> str:
    """The text a run of Thai glyphs spells, from the characters its glyphs map to, in drawing order."""
    return unicodedata.normalize("NFC", _DRAWN_SARA_AM.sub("\\1\u0e33", drawn))


def _utf16_hex(text: str) -> bytes:
    return b"FEFF" + text.encode("utf-16-be").hex().upper().encode()


def _marked_runs(content: bytes, glyph_maps: dict[int, dict[int, str]]) -> bytes:
    """The content stream with each Thai run wrapped in an /ActualText span that spells it."""

    def mark(run: re.Match[bytes]) -> bytes:
        glyphs = glyph_maps.get(int(run.group(2)))
        if glyphs is None:
            return run.group(0)
        drawn = "".join(glyphs.get(int(code, 16), "") for code in _GLYPH.findall(run.group(3)))
        if not _THAI.search(drawn):
            return run.group(0)
        span = b"/Span <</ActualText <" + _utf16_hex(spelled(drawn)) + b">>> BDC\n"
        return run.group(1) + span + run.group(3) + b"EMC\n" + run.group(4)

    return _RUN.sub(mark, content)


def _stream_data(pdf: bytes, number: bytes) -> tuple[int, int, bytes, bytes] | None:
    """Where object `number`'s Flate stream data starts and ends, its data inflated, and its Length object."""
    head = rb"(?m)^" + number + rb" 0 obj\s*<<\s*/Length (\d+) 0 R\s*/Filter /FlateDecode\s*>>\s*stream\r?\n"
    found = re.search(head, pdf)
    if found is None:
        return None
    length_object = re.search(rb"(?m)^" + found.group(1) + rb" 0 obj\s*(\d+)\s*endobj", pdf)
    if length_object is None:
        return None
    start = found.end()
    end = start + int(length_object.group(1))
    try:
        return start, end, zlib.decompress(pdf[start:end]), found.group(1)
    except zlib.error:
        return None


def _with_length(pdf: bytes, number: bytes, length: int) -> bytes:
    """The file with indirect Length object `number` saying `length`."""
    return re.sub(rb"(?m)^(" + number + rb" 0 obj\s*)\d+(\s*endobj)", rb"\g<1>%d\g<2>" % length, pdf, count=1)


def marked_thai_runs(pdf: bytes, glyph_map_of: Callable[[bytes], dict[int, str]]) -> bytes:
    """Qt's PDF with Thai runs spelled out by /ActualText spans; any other PDF as it is.

    `glyph_map_of(number)` reads the ToUnicode object `number` as glyph code -> characters.
    """
    cmap_of_font = {int(font): cmap for font, cmap in _FONT_CMAP.findall(pdf)}
    named = {int(name): int(number) for name, number in _FONT_RESOURCE.findall(pdf)}
    glyph_maps = {}
    for name, number in named.items():
        cmap = cmap_of_font.get(number)
        if cmap is not None:
            glyphs = glyph_map_of(cmap)
            if any(_THAI.search(text) for text in glyphs.values()):
                glyph_maps[name] = glyphs
    if not glyph_maps:
        return pdf
    for page in dict.fromkeys(_PAGE_CONTENTS.findall(pdf)):
        stream = _stream_data(pdf, page)
        if stream is None:
            continue
        start, end, content, length_number = stream
        marked = _marked_runs(content, glyph_maps)
        if marked == content:
            continue
        packed = zlib.compress(marked)
        pdf = pdf[:start] + packed + pdf[end:]
        pdf = _with_length(pdf, length_number, len(packed))
    return pdf
