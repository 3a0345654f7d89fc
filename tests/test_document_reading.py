"""Documents read as a reader reads them: the text of every rendered page, in every PDF a team may send.

The app's own PDF, and LibreOffice's PDFs of the DOCX and the ODT (a mayor's office prints those),
must each hold every string of the plan exactly as typed, leave no page blank, and run to within
one page of each other.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bench.documents_bench import stress_document
from desktop.catalogue.issuer import save_issuer
from desktop.catalogue.service import Catalogue
from desktop.documents import FORMATS, export_document
from desktop.documents.model import Document, Issuer, Paragraph, Table
from desktop.plans.document import export_plan, stored_plan_document
from tests.document_reader import (
    blank_pages,
    browser_pdf,
    libreoffice_pdfs,
    missing_strings,
    needs_chromium,
    needs_libreoffice,
    needs_poppler,
    page_texts,
    unspaced,
)
from tests.plan_samples import entered_strings, full_plan

LANGUAGES = ("en", "ko")


class _Text(HTMLParser):
    """The text a browser shows, and the links it follows."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


@pytest.fixture(scope="module")
def plans(
    seeded_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[dict[str, Path], list[str], Document]]:
    """The full plan in English and in Korean: every format, LibreOffice's PDFs, and the strings typed."""
    made = {}
    for language in LANGUAGES:
        folder = tmp_path_factory.mktemp(f"plan-{language}")
        shutil.copytree(seeded_template, folder / "data")
        catalogue = Catalogue.open(folder / "data")
        try:
            save_issuer(catalogue, Issuer("City of Makassar", "Dinas Perhubungan"))
            planning, plan_id = full_plan(catalogue, language)
            files = {
                fmt: export_plan(planning, plan_id, fmt, folder / f"plan-{fmt}.{fmt}") for fmt in FORMATS
            }
            strings = [*entered_strings(planning, plan_id), "City of Makassar", "Dinas Perhubungan"]
            document = stored_plan_document(planning, plan_id)
        finally:
            catalogue.close()
        made[language] = (files, strings, document)
    return made


@pytest.fixture(scope="module")
def rendered(
    plans: dict[str, tuple[dict[str, Path], list[str], Document]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Path]]:
    """The three PDFs of each plan: the app's, and LibreOffice's of the DOCX and of the ODT."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    made = {}
    for language, (files, _strings, _document) in plans.items():
        converted = libreoffice_pdfs([files["docx"], files["odt"]], tmp_path_factory.mktemp(f"lo-{language}"))
        made[language] = {"app": files["pdf"], "docx": converted["docx"], "odt": converted["odt"]}
    return made


@needs_libreoffice
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pdf_holds_every_string_of_the_plan_exactly(
    plans: dict[str, tuple[dict[str, Path], list[str], Document]],
    rendered: dict[str, dict[str, Path]],
    language: str,
) -> None:
    _files, strings, document = plans[language]
    assert any("_" in s and "://" in s for s in strings) and any("กรุงเทพ" in s for s in strings)
    for name, pdf in rendered[language].items():
        assert missing_strings(pdf, strings, document) == [], name


@needs_libreoffice
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_is_blank_and_the_three_pdfs_are_within_one_page(
    rendered: dict[str, dict[str, Path]], language: str
) -> None:
    pages = {}
    for name, pdf in rendered[language].items():
        assert blank_pages(pdf) == [], name
        pages[name] = len(page_texts(pdf))
    assert max(pages.values()) - min(pages.values()) <= 1, pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_web_page_and_the_markdown_hold_every_string_with_links(
    plans: dict[str, tuple[dict[str, Path], list[str], Document]], language: str
) -> None:
    files, strings, _document = plans[language]
    page = _Text()
    page.feed(files["html"].read_text(encoding="utf-8"))
    shown = unspaced(" ".join(page.parts))
    assert [s for s in strings if unspaced(s) not in shown] == []
    assert [s for s in strings if "://" in s and s.split()[-1] not in page.links] == []
    markdown = files["md"].read_text(encoding="utf-8")
    assert [s for s in strings if s not in markdown] == []


@needs_libreoffice
def test_the_stress_document_reads_back_whole_from_every_pdf(tmp_path: Path) -> None:
    document = stress_document()
    files = {fmt: export_document(document, fmt, tmp_path / f"stress-{fmt}.{fmt}") for fmt in FORMATS}
    pdfs = {"app": files["pdf"], **libreoffice_pdfs([files["docx"], files["odt"]], tmp_path)}
    strings = [text for text in document.texts() if text]
    pages = {}
    for name, pdf in pdfs.items():
        assert missing_strings(pdf, strings, document) == [], name
        assert blank_pages(pdf) == [], name
        pages[name] = len(page_texts(pdf))
    assert max(pages.values()) - min(pages.values()) <= 1, pages


def test_thai_marks_han_characters_and_ligatures_copy_out_of_the_pdf_as_written(tmp_path: Path) -> None:
    words = ["รถเมล์", "ผู้ใหญ่", "ที่นี่", "ปั้น", "中文", "大目日行骨", "Sign-off", "office", "서울"]
    pdf = export_document(Document("Text", blocks=[Paragraph(" ".join(words))]), "pdf", tmp_path / "t.pdf")
    assert missing_strings(pdf, words) == []
    pages = page_texts(pdf)
    assert "Page 2 of 2" in pages[1] and "\t" not in "".join(pages), "spaces copy as spaces, not tabs"
    if shutil.which("pdftotext"):  # poppler reads the same text layer by the glyphs' positions
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert [word for word in words if unspaced(word) not in unspaced(text)] == []


@needs_poppler
def test_thai_sara_am_and_stacked_marks_copy_out_of_the_app_pdf_exactly(tmp_path: Path) -> None:
    # ำ is drawn as two glyphs (ํ and า) and the tone mark of ผู้ before its vowel: read back, each
    # word must be the characters typed, in their order, and one word.
    words = ["ทำ", "น้ำ", "กำลัง", "ผู้ใหญ่", "ซ้ำ", "คำสั่ง", "ปั้น", "ญี่ปุ่น", "รถเมล์", "ที่นี่", "ฐานข้อมูล"]
    document = Document("Text", language="th", blocks=[Paragraph(" ".join(words))])
    pdf = export_document(document, "pdf", tmp_path / "thai.pdf")
    read = page_texts(pdf)[1].split()
    assert [word for word in words if word not in read] == [], read
    # Read by layout too, as a viewer's search and copy do: no word gains a space.
    laid_out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    assert [word for word in words if word not in laid_out.decode("utf-8").split()] == []


@needs_chromium
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stress_web_page_prints_from_a_browser_like_the_pdf(tmp_path: Path, language: str) -> None:
    # A label longer than a line must not squeeze its value into a column one letter wide.
    document = stress_document(language)
    app = export_document(document, "pdf", tmp_path / "stress.pdf")
    printed = browser_pdf(export_document(document, "html", tmp_path / "stress.html"), tmp_path)
    assert blank_pages(printed) == []
    assert len(page_texts(printed)) <= len(page_texts(app)) + 1


@needs_chromium
def test_the_printed_web_page_keeps_korean_words_whole_in_a_narrow_column(tmp_path: Path) -> None:
    # A browser breaks Korean between any two syllables unless told to keep words whole: a narrow
    # column read "분석" on one line and "해" on the next.
    words = ["귀가", "분석해", "노선을", "데이터", "시간이", "설계"]
    long_text = "심야 버스 노선을 시민의 귀가 시간에 맞추어 설계했다. " * 8
    rows = [[" ".join(words * 2), long_text] for _ in range(3)]
    document = Document("심야 버스", language="ko", blocks=[Table(["구분", "내용"], rows, widths=[1, 9])])
    printed = browser_pdf(export_document(document, "html", tmp_path / "narrow.html"), tmp_path)
    lines = [line.split() for text in page_texts(printed) for line in text.splitlines()]
    narrow = [line for line in lines if line and set(line[0]) <= set("".join(words))]
    assert len(narrow) >= 6
    assert [line for line in narrow if not set(line) <= set(words)] == []
    assert len(page_texts(printed)) == 1 + 1  # the title page, then the table
