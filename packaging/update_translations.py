"""Refresh the translation sources from the code, then compile them for the app.

Run after changing UI text: `.venv/bin/python packaging/update_translations.py`.
New strings appear in desktop/translations/leaps_ko.ts and leaps_id.ts as unfinished;
translate them there (Qt Linguist, `pyside6-linguist`, or any text editor) and run this
again to compile. English needs only its plural forms, which come from the source text:
"%n case(s)" reads "1 case" and "2 cases".
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "desktop" / "translations"
LANGUAGES = ("ko", "id")


def tool(name: str) -> str:
    """A Qt translation tool shipped with PySide6, beside this Python."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if found is None:
        sys.exit(f"pyside6-{name} not found: install the project first (pip install -e .)")
    return found


def sources() -> list[str]:
    """Every Python file of the app, relative to the project root, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def update(ts_file: Path, language: str, *options: str) -> None:
    """Bring one .ts file in line with the code, keeping the translations it has."""
    subprocess.run(
        [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *options,
         "-target-language", language, *sources(), "-ts", str(ts_file)],
        cwd=ROOT,
        check=True,
    )


def english_plurals(ts_file: Path) -> None:
    """Fill English plural forms from the source: "(s)" dropped for one, "s" for more."""
    tree = ElementTree.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" or translation is None:
            continue
        for form in list(translation):
            translation.remove(form)
        for text in (re.sub(r"\(s\)", "", source), source.replace("(s)", "s")):
            ElementTree.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def compile_all() -> None:
    """Compile each .ts into the .qm file the app loads (with Qt's own words in Indonesian)."""
    for ts_file in [TRANSLATIONS / f"leaps_{code}.ts" for code in ("en", *LANGUAGES)] + [
        TRANSLATIONS / "qtbase_id.ts"
    ]:
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True
        )


def main() -> None:
    """Update every language, then compile."""
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in LANGUAGES:
        update(TRANSLATIONS / f"leaps_{language}.ts", language)
    english = TRANSLATIONS / "leaps_en.ts"
    update(english, "en", "-pluralonly")
    english_plurals(english)
    compile_all()


if __name__ == "__main__":
    main()
