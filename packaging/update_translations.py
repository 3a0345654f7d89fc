"""Refresh the translation sources from the code, then compile them for the app.

Run after changing UI text: `.venv/bin/python packaging/update_translations.py`.
New strings appear in desktop/translations/leaps_*.ts as unfinished; translate them there
(Qt Linguist, `pyside6-linguist`, or any text editor) and run this again to compile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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


def update(ts_file: Path, language: str) -> None:
    """Bring one .ts file in line with the code, keeping the translations it has."""
    subprocess.run(
        [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-target-language", language,
         *sources(), "-ts", str(ts_file)],
        cwd=ROOT,
        check=True,
    )


def compile_all() -> None:
    """Compile each .ts into the .qm file the app loads."""
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"leaps_{language}.ts"
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True
        )


def main() -> None:
    """Update every language, then compile."""
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in LANGUAGES:
        update(TRANSLATIONS / f"leaps_{language}.ts", language)
    compile_all()


if __name__ == "__main__":
    main()
