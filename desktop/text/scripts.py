"""Writing systems beyond Latin that case text uses, and whether this computer has a font for each."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontDatabase

from desktop.text.language import tr

KOREAN, CHINESE, JAPANESE, THAI = "Korean", "Chinese", "Japanese", "Thai"
DEVANAGARI, MALAYALAM = "Devanagari", "Malayalam"
SCRIPTS = (KOREAN, CHINESE, JAPANESE, THAI, DEVANAGARI, MALAYALAM)

SCRIPT_PATTERNS = {
    KOREAN: re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),
    CHINESE: re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    JAPANESE: re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]"),
    THAI: re.compile(r"[\u0e00-\u0e7f]"),
    DEVANAGARI: re.compile(r"[\u0900-\u097f]"),
    MALAYALAM: re.compile(r"[\u0d00-\u0d7f]"),
}
WRITING_SYSTEMS = {
    KOREAN: QFontDatabase.WritingSystem.Korean,
    CHINESE: QFontDatabase.WritingSystem.SimplifiedChinese,
    JAPANESE: QFontDatabase.WritingSystem.Japanese,
    THAI: QFontDatabase.WritingSystem.Thai,
    DEVANAGARI: QFontDatabase.WritingSystem.Devanagari,
    MALAYALAM: QFontDatabase.WritingSystem.Malayalam,
}
# The Debian and Ubuntu package that brings a font for each script (Noto fonts cover them all).
FONT_PACKAGES = {
    KOREAN: "fonts-noto-cjk",
    CHINESE: "fonts-noto-cjk",
    JAPANESE: "fonts-noto-cjk",
    THAI: "fonts-thai-tlwg",
    DEVANAGARI: "fonts-noto-core",
    MALAYALAM: "fonts-noto-core",
}


def scripts_in_text(text: str) -> list[str]:
    """The scripts of SCRIPTS that the text uses, in SCRIPTS order."""
    return [script for script in SCRIPTS if SCRIPT_PATTERNS[script].search(text)]


def family_for(script: str) -> str | None:
    """Some installed font family that claims to cover the script, if any (needs a GUI application)."""
    families = QFontDatabase.families(WRITING_SYSTEMS[script])
    return families[0] if families else None


def scripts_without_font(text: str) -> list[str]:
    """The scripts the text uses that no installed font shows: they would read as empty boxes."""
    return [script for script in scripts_in_text(text) if family_for(script) is None]


def script_label(script: str) -> str:
    """A script's name as people read it."""
    labels = {
        KOREAN: tr("Korean"),
        CHINESE: tr("Chinese"),
        JAPANESE: tr("Japanese"),
        THAI: tr("Thai"),
        DEVANAGARI: tr("Hindi and Marathi (Devanagari)"),
        MALAYALAM: tr("Malayalam"),
    }
    return labels.get(script, script)


def font_packages(scripts: list[str]) -> str:
    """The Debian or Ubuntu packages that bring fonts for the scripts, each named once."""
    return ", ".join(dict.fromkeys(FONT_PACKAGES[script] for script in scripts))
