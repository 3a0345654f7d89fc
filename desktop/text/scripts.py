"""Writing systems beyond Latin that case text uses, their names, and the packages that bring their fonts."""

from __future__ import annotations

import re

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
