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


_OBJECT_START = re.compile(rb"(?m)^(\d+) 0 obj\b")
_FLATE_STREAM = re.compile(rb"\d+ 0 obj\s*<<\s*/Length (\d+) 0 R\s*/Filter /FlateDecode\s*>>\s*stream\r?\n")
_LENGTH_VALUE = re.compile(rb"\d+ 0 obj\s*(\d+)\s*endobj")

# A change to the file: bytes from `start` to `end` replaced.
_Edit = tuple[int, int, bytes]


def _stream_edits(
    pdf: bytes, at: int, offsets: dict[int, int], change: Callable[[bytes], bytes]
) -> list[_Edit]:
    """The edits that pass the Flate stream of the object at offset `at` through `change`: its data
    and its indirect Length; none when the object is not such a stream or `change` keeps it."""
    head = _FLATE_STREAM.match(pdf, at)
    length_at = offsets.get(int(head.group(1))) if head else None
    length = _LENGTH_VALUE.match(pdf, length_at) if head and length_at is not None else None
    if head is None or length is None:
        return []
    start = head.end()
    end = start + int(length.group(1))
    try:
        content = zlib.decompress(pdf[start:end])
    except zlib.error:
        return []
    changed = change(content)
    if changed == content:
        return []
    packed = zlib.compress(changed)
    return [(start, end, packed), (length.start(1), length.end(1), b"%d" % len(packed))]


def _edited(pdf: bytes, edits: list[_Edit]) -> bytes:
    """The file with each edit made (edits do not overlap)."""
    pieces, done = [], 0
    for start, end, replacement in sorted(edits):
        pieces += [pdf[done:start], replacement]
        done = end
    return b"".join([*pieces, pdf[done:]])


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
    # Objects are found by their offsets, read once: each page's stream is then changed in place.
    offsets: dict[int, int] = {}
    for found in _OBJECT_START.finditer(pdf):
        offsets.setdefault(int(found.group(1)), found.start())
    edits = []
    for page in dict.fromkeys(_PAGE_CONTENTS.findall(pdf)):
        at = offsets.get(int(page))
        if at is not None:
            edits += _stream_edits(pdf, at, offsets, lambda content: _marked_runs(content, glyph_maps))
    return _edited(pdf, edits)
