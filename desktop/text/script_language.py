"""Recognising a text's language from its writing system, where the script names one language.

Latin, Cyrillic, Arabic and Devanagari text is written in many languages that letters alone cannot
tell apart, so such text stays of unknown language ("") rather than being guessed.
"""

from __future__ import annotations

import re

# First code point of a block, last code point, and the script's name.
_BLOCKS = (
    (0x0370, 0x03FF, "greek"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0D80, 0x0DFF, "sinhala"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x1000, 0x109F, "myanmar"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1780, 0x17FF, "khmer"),
    (0x3040, 0x30FF, "kana"),
    (0x3130, 0x318F, "hangul"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
)
# Scripts written, in practice, in a single language: the language's BCP 47 tag.
_ONE_LANGUAGE = {
    "greek": "el",
    "armenian": "hy",
    "hebrew": "he",
    "bengali": "bn",
    "gurmukhi": "pa",
    "gujarati": "gu",
    "tamil": "ta",
    "telugu": "te",
    "kannada": "kn",
    "malayalam": "ml",
    "sinhala": "si",
    "thai": "th",
    "lao": "lo",
    "myanmar": "my",
    "georgian": "ka",
    "hangul": "ko",
    "khmer": "km",
}


def _pattern(script: str) -> re.Pattern[str]:
    ranges = "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last, name in _BLOCKS if name == script)
    return re.compile(f"[{ranges}]")


# One pattern per script: counting with them runs in C, which a sheet of 20,000 rows needs.
_SCRIPTS = {name: _pattern(name) for name in dict.fromkeys(name for _, _, name in _BLOCKS)}


def script_language(text: str) -> str:
    """The BCP 47 tag of the language a text's letters are written in ("ko", "zh", "th"...), or ""
    when most of its letters are in a script many languages share (Latin, Cyrillic...) or it has none."""
    if text.isascii():
        return ""  # Latin letters at most
    letters = sum(map(str.isalpha, text))
    if not letters:
        return ""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    kana, han = counts["kana"], counts["han"]
    # Japanese mixes Han characters with kana; Chinese is Han alone; Korean is mostly Hangul.
    if kana and (kana + han) * 2 > letters:
        return "ja"
    script, most = max(counts.items(), key=lambda pair: pair[1])
    if most * 2 <= letters:
        return ""
    if script == "han":
        return "zh"
    return _ONE_LANGUAGE.get(script, "")
