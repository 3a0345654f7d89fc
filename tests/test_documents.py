"""Documents: every format written, then read back as Word, LibreOffice, a PDF reader or a browser would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import unicodedata
import uuid
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from PySide6.QtGui import QPageSize, QPdfWriter

from desktop.documents import (
    FORMATS,
    DocumentExportError,
    export_document,
    missing_scripts,
    print_document,
)
from desktop.documents.case_document import case_document
from desktop.documents.fonts import scripts_in
from desktop.documents.labels import PAGE, PAGES, page_label, page_label_parts
from desktop.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    text_blocks,
)
from desktop.store.records import Source
from desktop.text.language import document_language
from tests.conftest import make_case

KOREAN = "서울 야간버스"
CHINESE = "杭州城市大脑"
THAI = "กรุงเทพมหานคร"
CITATION = "Seoul Metropolitan Government (2013). Owl bus routes drawn from late-night call data."
ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}


def sample(paragraphs: int = 3) -> Document:
    """A plan-like document in three scripts; `paragraphs` makes it as long as needed."""
    sentence = "Night routes follow where calls come from. "
    filler = [Paragraph(f"Section text {n}. " + sentence * 12) for n in range(paragraphs)]
    return Document(
        title=f"{KOREAN}: adapting the night-owl bus",
        subtitle=CHINESE,
        language="ko-KR",
        meta=[("City", "서울"), ("Partner city", THAI), ("Stage", "pilot")],
        blocks=[
            Heading(1, "Problem"),
            Paragraph(f"Late workers in {KOREAN} had no bus after midnight.\nA second line."),
            Paragraph(f"{THAI} wants the same for its night markets."),
            BulletList(["Call data from taxis", f"A city brain like {CHINESE}"]),
            Table(
                ["Component", "Mechanism", "Needs"],
                [["Routes from calls", "Demand | where it is", "data"], [CHINESE, THAI, "budget"]],
                caption="Components of the practice",
                widths=[2, 3, 1],
            ),
            *filler,
            PageBreak(),
            Heading(2, "Sources"),
            Paragraph(CITATION),
        ],
    )


def flat(text: str) -> str:
    """Text with every run of white space made one space, and Kangxi radicals as ideographs.

    Noto CJK fonts map a few Han characters (大, 目...) to Kangxi radical code points in a PDF's
    text layer; NFKC folds them back.
    """
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def pdf_text(path: Path) -> tuple[str, int]:
    """A PDF's extracted text, flattened, and its page count."""
    reader = pypdf.PdfReader(str(path))
    return flat(" ".join(page.extract_text() for page in reader.pages)), len(reader.pages)


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Path]:
    """The sample document written in every format."""
    document = sample(paragraphs=40)
    return {fmt: export_document(document, fmt, tmp_path / f"plan.{fmt}") for fmt in FORMATS}


def test_docx_has_headings_tables_page_numbers_and_fonts_for_each_script(exported: dict[str, Path]) -> None:
    word = docx.Document(str(exported["docx"]))
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "Problem") in headings and ("Heading 2", "Sources") in headings
    assert word.paragraphs[0].style.name == "Title" and KOREAN in word.paragraphs[0].text
    table = word.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Component", "Mechanism", "Needs"]
    assert table.rows[1].cells[1].text == "Demand | where it is"
    assert table.rows[2].cells[0].text == CHINESE
    assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader"), "the header row repeats on each page"
    for style in ("Normal", "Heading 1", "Title"):
        fonts = word.styles[style].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) and fonts.get(qn("w:cs")), style
        assert fonts.get(qn("w:eastAsiaTheme")) is None, "a theme font would override the named one"
    footer = word.sections[0].footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer
    assert CITATION in [p.text for p in word.paragraphs]
    assert abs(word.sections[0].page_width.mm - 210) < 1


def test_odt_has_text_tables_styles_and_a_page_number_footer(exported: dict[str, Path]) -> None:
    with zipfile.ZipFile(exported["odt"]) as odt:
        assert odt.namelist()[0] == "mimetype"
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = ElementTree.fromstring(odt.read("content.xml"))
        styles = ElementTree.fromstring(odt.read("styles.xml"))
    text = flat(" ".join(content.itertext()))
    assert KOREAN in text and THAI in text and CHINESE in text and CITATION in text
    table = content.find(".//table:table", ODF)
    assert table is not None
    header = table.find("table:table-header-rows", ODF)
    assert header is not None and flat(" ".join(header.itertext())) == "Component Mechanism Needs"
    cells = [flat(" ".join(cell.itertext())) for cell in table.iter(f"{{{ODF['table']}}}table-cell")]
    assert "Demand | where it is" in cells
    headings = content.findall(".//text:h", ODF)
    assert [h.get(f"{{{ODF['text']}}}outline-level") for h in headings] == ["1", "2"]
    footer = styles.find(".//style:master-page/style:footer", ODF)
    assert footer is not None and footer.find(".//text:page-number", ODF) is not None
    properties = styles.find(".//style:default-style/style:text-properties", ODF)
    assert properties is not None
    for script in ("asian", "complex"):
        assert properties.get(f"{{{ODF['style']}}}font-name-{script}"), script


def test_pdf_text_has_every_script_and_runs_over_many_numbered_pages(exported: dict[str, Path]) -> None:
    text, pages = pdf_text(exported["pdf"])
    assert pages > 2
    with document_language("ko-KR"):  # page numbers speak the document's language
        first_page = page_label(1, pages)
    for expected in (KOREAN, THAI, CHINESE, CITATION, "Demand | where it is"):
        assert expected in text, expected
    # Text pulled from a PDF may space a number off the word beside it.
    assert first_page.replace(" ", "") in text.replace(" ", "")
    assert text.count("Section text 39.") == 1, "a line at a page boundary is written once"


def test_html_is_one_self_contained_page_in_the_documents_language(exported: dict[str, Path]) -> None:
    html = exported["html"].read_text(encoding="utf-8")

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[tuple[str, dict[str, str | None]]] = []
            self.text: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append((tag, dict(attrs)))

        def handle_data(self, data: str) -> None:
            self.text.append(data)

    reader = Reader()
    reader.feed(html)
    tags = [tag for tag, _ in reader.tags]
    assert reader.tags[0] == ("html", {"lang": "ko-KR"})
    assert tags.count("table") == 1 and tags.count("th") == 3 and "caption" in tags
    assert not {"script", "link", "img", "iframe"} & set(tags), "nothing is fetched from elsewhere"
    text = flat(" ".join(reader.text))
    assert KOREAN in text and THAI in text and "Demand | where it is" in text
    assert "@media print" in html and 'charset="utf-8"' in html


def test_markdown_has_pipe_tables_and_keeps_each_paragraph_on_one_line(exported: dict[str, Path]) -> None:
    lines = exported["md"].read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"# {KOREAN}: adapting the night-owl bus"
    assert "## Problem" in lines and "### Sources" in lines
    table = [line for line in lines if line.startswith("|")]
    assert table[:3] == [
        "| Component | Mechanism | Needs |",
        "| --- | --- | --- |",
        "| Routes from calls | Demand \\| where it is | data |",
    ]
    assert any(line.startswith("Section text 0.") and len(line) > 400 for line in lines)


def test_text_that_looks_like_markup_comes_out_as_written(tmp_path: Path) -> None:
    document = Document(
        title="<script>alert(1)</script> & co",
        blocks=[Paragraph("# not a heading *not bold* [not](a link)"), BulletList(["1. not numbered"])],
    )
    html = export_document(document, "html", tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    markdown = export_document(document, "md", tmp_path / "x.md").read_text(encoding="utf-8")
    assert "\\# not a heading \\*not bold\\* \\[not\\](a link)" in markdown
    assert "- 1\\. not numbered" in markdown


@pytest.mark.skipif(not shutil.which("libreoffice"), reason="LibreOffice is not installed")
def test_libreoffice_opens_the_docx_and_odt_and_prints_them(tmp_path: Path) -> None:
    document = sample()
    sources = [export_document(document, fmt, tmp_path / f"from_{fmt}.{fmt}") for fmt in ("docx", "odt")]
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "out"), *map(str, sources)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    for fmt in ("docx", "odt"):
        text, pages = pdf_text(tmp_path / "out" / f"from_{fmt}.pdf")
        assert KOREAN in text and THAI in text and CITATION in text, fmt
        with document_language("ko-KR"):
            words = [part.strip() for part in page_label_parts() if part not in (PAGE, PAGES)]
        assert pages >= 2 and all(word in text for word in words if word), fmt


def test_printing_uses_the_page_the_printer_was_set_up_with(tmp_path: Path) -> None:
    device = QPdfWriter(str(tmp_path / "printed.pdf"))
    device.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    pages = print_document(sample(paragraphs=20), device)
    del device  # the file is finished when the writer goes
    reader = pypdf.PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == pages > 1
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US Letter, in points


def test_an_unknown_format_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(DocumentExportError, match="docx, odt, pdf, html, md"):
        export_document(sample(), "rtf", tmp_path / "plan.rtf")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_or_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentExportError, match="does not exist"):
        export_document(sample(), "pdf", tmp_path / "nowhere" / "plan.pdf")
    with pytest.raises(DocumentExportError, match="is a folder"):
        export_document(sample(), "pdf", tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions apply to")
def test_a_read_only_folder_gives_a_clear_error_and_no_file(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DocumentExportError, match="Choose a folder you can write to"):
            export_document(sample(), "docx", folder / "plan.docx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_a_folder_nobody_can_write_in_gives_a_clear_error(tmp_path: Path) -> None:
    """/proc refuses new files even to root, so this runs wherever the tests run as root."""
    with pytest.raises(DocumentExportError, match="Choose a folder you can write to"):
        export_document(sample(), "odt", Path("/proc") / f"plan-{uuid.uuid4().hex}.odt")


def test_a_failed_export_keeps_the_file_that_was_there(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the approved version")
    with pytest.raises(DocumentExportError):
        export_document(sample(), "rtf", target)
    assert target.read_bytes() == b"the approved version"
    export_document(sample(), "pdf", target)
    assert target.read_bytes().startswith(b"%PDF") and [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_the_scripts_a_document_needs_are_named_and_have_fonts_here() -> None:
    assert scripts_in(sample()) == ["Korean", "Chinese", "Thai"]
    assert scripts_in(Document("日本の都市", blocks=[Paragraph("ひらがな")])) == ["Chinese", "Japanese"]
    assert missing_scripts(Document("Plain English")) == []
    assert missing_scripts(sample()) == [], "this machine has Noto CJK and Thai fonts installed"


def test_catalogue_text_becomes_headings_paragraphs_and_lists() -> None:
    text = "## Context\n\nA **bold** start\nwrapped [here](https://x.org).\n\n- one\n  more\n- two"
    blocks = text_blocks(text)
    assert blocks == [
        Heading(1, "Context"),
        Paragraph("A bold start wrapped here (https://x.org)."),
        BulletList(["one more", "two"]),
    ]


def test_a_case_becomes_a_document_with_its_facts_components_and_sources(tmp_path: Path) -> None:
    case = make_case(
        title="Night-owl buses",
        local_title="올빼미버스",
        language="ko",
        sources=[Source(str(uuid.uuid4()), "Seoul press release", citation=CITATION, reliability="official")],
    )
    document = case_document(case)
    assert document.title == "Night-owl buses" and document.subtitle == "올빼미버스"
    assert ("City", "Colombo") in document.meta and ("Country", "Sri Lanka") in document.meta
    tables = [block for block in document.blocks if isinstance(block, Table)]
    components, sources = tables
    assert [row[0] for row in components.rows] == ["Part 0", "Part 1", "Part 2"]
    assert components.rows[0][3] == "budget: A small fund"
    assert sources.rows == [["Seoul press release", CITATION, "", "official"]]
    word = docx.Document(str(export_document(document, "docx", tmp_path / "case.docx")))
    assert "Components" in [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert word.tables[1].rows[1].cells[3].text == "official"


def test_text_with_control_characters_and_a_very_long_title_still_exports(tmp_path: Path) -> None:
    """Pasted text can carry characters XML refuses; Word's title property holds 255 characters."""
    document = Document(
        title="Night buses " * 40,
        blocks=[Paragraph("before\x00\x0bafter\r\nnext line"), Table(["a\x1f"], [["b\x08"]])],
    )
    for fmt in FORMATS:
        export_document(document, fmt, tmp_path / f"odd.{fmt}")
    word = docx.Document(str(tmp_path / "odd.docx"))
    assert "beforeafter\nnext line" in [p.text for p in word.paragraphs]
    assert word.paragraphs[0].text == "Night buses " * 40


def test_a_document_with_every_field_at_its_longest_stays_on_the_page(tmp_path: Path) -> None:
    from bench.documents_bench import stress_document

    document = stress_document()
    for fmt in FORMATS:
        export_document(document, fmt, tmp_path / f"stress.{fmt}")
    reader = pypdf.PdfReader(str(tmp_path / "stress.pdf"))
    assert {round(float(page.mediabox.width)) for page in reader.pages} == {595}  # A4, in points
    text = "".join(flat(page.extract_text()).replace(" ", "") for page in reader.pages)
    assert "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3 in text, "a long word is wrapped, not cut"


def test_a_pdf_exported_from_a_background_thread_logs_no_qt_warnings(tmp_path: Path, qtlog: object) -> None:
    """The window exports on its catalogue worker, a plain Python thread."""
    errors: list[BaseException] = []

    def export() -> None:
        try:
            export_document(sample(paragraphs=30), "pdf", tmp_path / "plan.pdf")
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    worker = threading.Thread(target=export)
    worker.start()
    worker.join()
    assert errors == []
    assert pdf_text(tmp_path / "plan.pdf")[1] > 1
    assert [record.message for record in qtlog.records] == []  # type: ignore[attr-defined]


def test_no_pdf_page_ends_with_a_heading(tmp_path: Path) -> None:
    blocks: list[Block] = []
    for n in range(30):  # paragraphs of growing length put headings at every height on the page
        blocks += [Heading(1, f"Heading {n}"), Paragraph("Words " * (40 + 17 * n)), Heading(2, f"Sub {n}")]
        blocks.append(Table(["a", "b"], [["x", "y"]] * 3))
    path = export_document(Document("Headings", blocks=blocks), "pdf", tmp_path / "headings.pdf")
    for page in pypdf.PdfReader(str(path)).pages[1:]:
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        last = flat(lines[-2])  # the last line is the footer
        assert not last.startswith(("Heading", "Sub")), last
