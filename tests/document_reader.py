"""Reading documents back as a reader does: the text of each rendered page, and LibreOffice's PDFs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from desktop.documents.model import Document, Table

LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice (soffice) is not installed")
PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils (pdftotext) is not installed")


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, in the order the page draws it (a table cell's lines stay together).

    Read by poppler (Evince, Okular and pdftotext read PDFs with it), which honours the text a run of
    glyphs is marked to spell (/ActualText); by pypdf where poppler is not installed.
    """
    if PDFTOTEXT is None:
        return [page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages]
    command = [PDFTOTEXT, "-raw", "-enc", "UTF-8", str(pdf), "-"]
    text = subprocess.run(command, capture_output=True, check=True, timeout=120).stdout.decode("utf-8")
    return text.split("\f")[:-1]  # each page ends with a form feed


def unspaced(text: str) -> str:
    """Text without white space (a line wrapped in a cell reads back with a break in it).

    Nothing else is forgiven: marks stacked on a letter must come back in the order they were typed,
    and compatibility forms (a Kangxi radical for a Han character, a ligature for two letters,
    nikhahit and sara aa for sara am) are not the text.
    """
    return "".join(text.split())


def body_text(pdf: Path, language: str, table_headers: list[list[str]] | None = None) -> str:
    """The PDF's text without white space, page footers or table headers repeated at a page's top.

    So a paragraph or a table cell running over a page reads whole, as a reader reads it on.
    """
    from desktop.documents.labels import page_label
    from desktop.text.language import document_language

    pages = page_texts(pdf)
    with document_language(language):
        footers = [unspaced(page_label(number, len(pages))) for number in range(1, len(pages) + 1)]
    bodies = []
    for text, footer in zip(pages, footers, strict=True):
        body = unspaced(text)
        cut = body.rfind(footer)
        body = body[:cut] + body[cut + len(footer) :] if cut >= 0 else body
        for header in (unspaced("".join(headers)) for headers in table_headers or []):
            body = body.removeprefix(header)
        bodies.append(body)
    return "".join(bodies)


def missing_strings(pdf: Path, strings: list[str], document: Document | None = None) -> list[str]:
    """The strings that the PDF's pages do not hold exactly (white space and page furniture aside)."""
    headers = [block.headers for block in document.blocks if isinstance(block, Table)] if document else []
    text = body_text(pdf, document.language if document else "en", headers)
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


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


def browser_pdf(page: Path, folder: Path) -> Path:
    """The web page printed to PDF by headless Chromium, as a reader prints it from the browser."""
    out = folder / f"{page.stem}.browser.pdf"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
         f"--user-data-dir={folder / 'chromium'}", "--no-pdf-header-footer", f"--print-to-pdf={out}",
         page.as_uri()],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out
