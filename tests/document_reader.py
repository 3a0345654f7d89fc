"""Reading documents back as a reader does: the text of each rendered page, and LibreOffice's PDFs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice (soffice) is not installed")


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, in the order the page draws it (a table cell's lines stay together)."""
    return [page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages]


def unspaced(text: str) -> str:
    """Text without white space: a line wrapped inside a cell reads back with a break in it."""
    return "".join(text.split())


def missing_strings(pdf: Path, strings: list[str]) -> list[str]:
    """The strings that the PDF's pages do not hold exactly (white space aside)."""
    text = unspaced(" ".join(page_texts(pdf)))
    return [string for string in strings if unspaced(string) not in text]


def blank_pages(pdf: Path, footer_words: int = 4) -> list[int]:
    """Numbers of the pages holding nothing but a footer ("Page 3 of 9")."""
    return [
        number for number, text in enumerate(page_texts(pdf), start=1) if len(text.split()) <= footer_words
    ]


def libreoffice_pdfs(sources: list[Path], folder: Path) -> dict[str, Path]:
    """LibreOffice's PDF of each document, by the document's suffix ("docx", "odt"); stems must differ."""
    assert len({source.stem for source in sources}) == len(sources), "each PDF is named after its source"
    out = folder / "libreoffice"
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [str(LIBREOFFICE), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return {source.suffix.lstrip("."): out / f"{source.stem}.pdf" for source in sources}
