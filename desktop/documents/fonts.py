"""Which scripts a document needs and which installed fonts cover them (CJK, Thai, Devanagari, Malayalam)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase

from desktop.documents.gui import ensure_gui_application
from desktop.documents.model import Document
from desktop.text.scripts import (
    CHINESE,
    DEVANAGARI,
    JAPANESE,
    KOREAN,
    MALAYALAM,
    THAI,
    script_label,
    scripts_in_text,
)

__all__ = ["THAI", "script_label"]

WRITING_SYSTEMS = {
    KOREAN: QFontDatabase.WritingSystem.Korean,
    CHINESE: QFontDatabase.WritingSystem.SimplifiedChinese,
    JAPANESE: QFontDatabase.WritingSystem.Japanese,
    THAI: QFontDatabase.WritingSystem.Thai,
    DEVANAGARI: QFontDatabase.WritingSystem.Devanagari,
    MALAYALAM: QFontDatabase.WritingSystem.Malayalam,
}
# Windows and macOS names first: documents are most often opened there; Linux names after.
LATIN_FAMILIES = ("Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "Liberation Sans", "DejaVu Sans")
EAST_ASIAN_FAMILIES = {
    "ko": ("Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "Noto Sans KR", "NanumGothic"),
    "ja": ("Yu Gothic", "Meiryo", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP"),
    "zh-Hans": ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei"),
    "zh-Hant": ("Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Noto Sans TC"),
}
# Fonts whose raised and shifted tone marks have code points of their own (TLWG's Loma, Garuda,
# Waree; Windows' Tahoma) come before Noto Sans Thai, whose marks have none: text copied from a
# PDF drawn with it loses them.
THAI_FAMILIES = (
    "Leelawadee UI",
    "Tahoma",
    "Thonburi",
    "Loma",
    "Garuda",
    "Waree",
    "Noto Sans Thai",
    "Sarabun",
)


@dataclass(frozen=True)
class FontChoice:
    """The fonts a document is written with: one per script group, plus PDF fallbacks in order."""

    latin: str
    east_asian: str
    thai: str
    east_asian_language: str
    fallbacks: tuple[str, ...]


def scripts_in(document: Document) -> list[str]:
    """The scripts beyond Latin (CJK, Thai, Devanagari, Malayalam) that the document's text uses."""
    return scripts_in_text("\n".join(document.texts()))


def east_asian_language(document: Document) -> str:
    """Which CJK variant to prefer (ko, ja, zh-Hans, zh-Hant): the document's language, else its text."""
    tag = document.language.replace("_", "-")
    primary = tag.split("-")[0].lower()
    if primary in ("ko", "ja"):
        return primary
    if primary == "zh":
        traditional = any(part in tag.split("-") for part in ("Hant", "TW", "HK", "MO"))
        return "zh-Hant" if traditional else "zh-Hans"
    used = scripts_in(document)
    if KOREAN in used:
        return "ko"
    return "ja" if JAPANESE in used else "zh-Hans"


def western_language(document: Document) -> str:
    """The language to tag Latin-script text with: the document's, unless that is written in CJK or Thai.

    Tagging English words in a Thai or Korean document as Thai or Korean makes word processors
    break them at any letter.
    """
    primary = document.language.replace("_", "-").split("-")[0].lower()
    return "en" if primary in ("ko", "ja", "zh", "th") else document.language


def _installed(candidates: tuple[str, ...]) -> list[str]:
    """The candidates this machine has, in order."""
    ensure_gui_application()
    return [family for family in candidates if QFontDatabase.hasFamily(family)]


def family_for(script: str) -> str | None:
    """Some installed font family that claims to cover the script, if any."""
    ensure_gui_application()
    families = QFontDatabase.families(WRITING_SYSTEMS[script])
    return families[0] if families else None


def scripts_without_font(text: str) -> list[str]:
    """The scripts the text uses that no installed font shows: they would read as empty boxes."""
    return [script for script in scripts_in_text(text) if family_for(script) is None]


def choose_fonts(document: Document) -> FontChoice:
    """Installed fonts for the document's scripts, or well-known Windows names when none is installed."""
    variant = east_asian_language(document)
    preferred = EAST_ASIAN_FAMILIES[variant]
    others = tuple(f for key, group in EAST_ASIAN_FAMILIES.items() if key != variant for f in group)
    latin = _installed(LATIN_FAMILIES)
    east_asian = _installed(preferred + others)
    thai = _installed(THAI_FAMILIES)
    fallbacks = latin + east_asian + thai
    for script in scripts_in(document):
        family = family_for(script)
        if family and family not in fallbacks:
            fallbacks.append(family)
    return FontChoice(
        latin=(latin or [LATIN_FAMILIES[0]])[0],
        east_asian=(east_asian or [preferred[0]])[0],
        thai=(thai or [THAI_FAMILIES[0]])[0],
        east_asian_language=variant,
        fallbacks=tuple(fallbacks),
    )


def missing_scripts(document: Document) -> list[str]:
    """Scripts the document uses that no installed font covers: they would print as empty boxes."""
    return [script for script in scripts_in(document) if family_for(script) is None]
