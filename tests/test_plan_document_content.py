"""What a plan document says: every part of the plan, labelled, in its language, with who issued it."""

from __future__ import annotations

import datetime
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

import docx
import pypdf
import pytest

from desktop.catalogue.issuer import load_issuer, save_issuer
from desktop.catalogue.service import Catalogue
from desktop.documents import export_document, look
from desktop.documents.model import Document, Heading, Issuer, Paragraph, Table, plain_text
from desktop.plans.document import export_plan, stored_plan_document
from desktop.store.errors import CatalogueError
from desktop.text.language import document_language, tr
from tests.document_reader import blank_pages, page_texts, unspaced
from tests.plan_samples import (
    ADAPTATION,
    ADAPTATION_REASON,
    KOREAN,
    PRECONDITION_NOTE,
    READING_VALUE,
    TRACKED_URL,
    full_plan,
)

FORMATS = ("docx", "odt", "pdf", "html", "md")


def tiny_png(width: int = 4, height: int = 2) -> bytes:
    """A real PNG image, red, as a city's logo."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def docx_text(path: Path) -> str:
    """Every paragraph and cell of a Word file."""
    word = docx.Document(str(path))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in word.paragraphs] + cells)


def odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as odt:
        return " ".join(ElementTree.fromstring(odt.read("content.xml")).itertext())


def pdf_text(path: Path) -> str:
    return unspaced(" ".join(page_texts(path)))


@pytest.fixture
def exported(catalogue: Catalogue, tmp_path: Path) -> dict[str, Path]:
    planning, plan_id = full_plan(catalogue)
    return {fmt: export_plan(planning, plan_id, fmt, tmp_path / f"plan.{fmt}") for fmt in FORMATS}


def test_no_page_after_the_title_page_is_blank(exported: dict[str, Path]) -> None:
    assert blank_pages(exported["pdf"]) == []
    word = docx.Document(str(exported["docx"]))
    breaks = [p for p in word.paragraphs if p._p.xpath(".//w:br[@w:type='page']")]
    assert len(breaks) == 1, "one break after the title page, not two in a row"
    with zipfile.ZipFile(exported["odt"]) as odt:
        assert odt.read("content.xml").count(b'text:style-name="Page_20_Break"') == 1
    page = exported["html"].read_text(encoding="utf-8")
    assert 'class="page-break"' not in page, "the title page breaks the page already"


def test_web_addresses_keep_their_underscores_in_every_format(exported: dict[str, Path]) -> None:
    assert (
        plain_text(f"see {TRACKED_URL} and snake_case, *really*")
        == f"see {TRACKED_URL} and snake_case, really"
    )
    assert TRACKED_URL in docx_text(exported["docx"])
    assert TRACKED_URL in odt_text(exported["odt"])
    assert TRACKED_URL in pdf_text(exported["pdf"])
    assert f'href="{TRACKED_URL.replace("&", "&amp;")}"' in exported["html"].read_text(encoding="utf-8")
    assert TRACKED_URL in exported["md"].read_text(encoding="utf-8")


def test_precondition_notes_readings_and_adaptations_are_written(exported: dict[str, Path]) -> None:
    text = docx_text(exported["docx"])
    for wanted in (
        PRECONDITION_NOTE,
        ADAPTATION,
        ADAPTATION_REASON,
        "Indicator readings",
        "Adaptations made",
    ):
        assert wanted in text, wanted
    word = docx.Document(str(exported["docx"]))
    readings = next(t for t in word.tables if t.rows[0].cells[1].text == "Indicator")
    assert [c.text for c in readings.rows[1].cells] == [
        "1 February 2027",
        "Indicator 0",
        READING_VALUE,
        "per night",
    ]
    assert unspaced(PRECONDITION_NOTE) in pdf_text(exported["pdf"])


def test_the_fit_checks_decision_cell_names_each_part(exported: dict[str, Path]) -> None:
    word = docx.Document(str(exported["docx"]))
    fit = next(t for t in word.tables if t.rows[0].cells[0].text == "Component")
    decision = fit.rows[1].cells[4].text.split("\n")
    assert decision == [
        "Decision: Adapt",
        "Adaptation: Adaptation 0: use ride-hailing trips",
        f"Rationale: Rationale 0: {KOREAN}",
    ]


def test_narrow_columns_keep_words_and_dates_whole(exported: dict[str, Path]) -> None:
    lines = [line.strip() for text in page_texts(exported["pdf"]) for line in text.splitlines()]
    words = {word for line in lines for word in line.split()}
    assert {"Likelihood", "Influence", "Interest", "Baseline"} <= words
    assert "2027" in words and not any(
        word.startswith("202") and word != "2027" and len(word) < 4 for word in words
    )
    for line in lines:
        assert not line.endswith(("Likelihoo", "Adaptabl", "Influenc")), line


def test_word_and_odt_files_name_the_issuer_and_the_app_not_the_library(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    save_issuer(catalogue, Issuer("City of Makassar", "Dinas Perhubungan (Transport Office)"))
    planning, plan_id = full_plan(catalogue)
    word_path = export_plan(planning, plan_id, "docx", tmp_path / "plan.docx")
    properties = docx.Document(str(word_path)).core_properties
    assert properties.author == "City of Makassar"
    assert "python-docx" not in (properties.comments + properties.author + properties.last_modified_by)
    assert properties.created.date() >= datetime.date.today() - datetime.timedelta(days=1)
    with zipfile.ZipFile(word_path) as package:
        assert b"<Application>LEAPS Catalogue" in package.read("docProps/app.xml")
        assert not [name for name in package.namelist() if "thumbnail" in name]
    odt_path = export_plan(planning, plan_id, "odt", tmp_path / "plan.odt")
    with zipfile.ZipFile(odt_path) as package:
        meta = package.read("meta.xml").decode("utf-8")
    assert "LEAPS Catalogue/" in meta and "ODFPY" not in meta and "City of Makassar" in meta
    assert pypdf.PdfReader(
        str(export_plan(planning, plan_id, "pdf", tmp_path / "p.pdf"))
    ).metadata.author == ("City of Makassar")


def test_the_title_page_names_issuer_date_of_issue_state_and_a_version_each_save_changes(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    save_issuer(catalogue, Issuer("City of Makassar", "Dinas Perhubungan"))
    planning, plan_id = full_plan(catalogue, language="ko")
    first = stored_plan_document(planning, plan_id)
    assert first.issuer.lines() == ["City of Makassar", "Dinas Perhubungan"]
    with document_language("ko"):
        issued, state, version = tr("Date of issue"), tr("State"), tr("Version")
        under_review = tr("Under review")
    assert issued != "Date of issue", "the title page's labels are Korean"
    meta = dict(first.meta)
    today = datetime.date.today()
    assert meta[issued] == f"{today.year}년 {today.month}월 {today.day}일"
    assert meta[state] == under_review
    plan = planning.plan(plan_id)
    planning.save_plan({**plan, "title": plan["title"] + " (second draft)"})
    second = dict(stored_plan_document(planning, plan_id).meta)
    assert len(meta[version]) >= 6 and second[version] != meta[version]
    planning.save_plan(planning.plan(plan_id))  # saved with no change: the same version
    assert dict(stored_plan_document(planning, plan_id).meta)[version] == second[version]
    text = pdf_text(export_plan(planning, plan_id, "pdf", tmp_path / "plan.pdf"))
    assert unspaced("City of Makassar") in text and second[version] in text


def test_a_korean_plan_names_the_case_city_and_dates_in_korean(catalogue: Catalogue, tmp_path: Path) -> None:
    planning, plan_id = full_plan(catalogue, language="ko")
    text = docx_text(export_plan(planning, plan_id, "docx", tmp_path / "plan.docx"))
    assert "올빼미버스 (Owl Bus" in text, "the case's Korean title leads"
    assert "서울, 대한민국" in text
    assert "2027년 1월 14일" in text and "2027-01-14" not in text


def test_the_citys_logo_is_on_the_title_page_of_every_format_that_holds_images(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    logo = tiny_png()
    save_issuer(catalogue, Issuer("City of Makassar", "", logo))
    assert load_issuer(catalogue).logo == logo
    planning, plan_id = full_plan(catalogue)
    paths = {
        fmt: export_plan(planning, plan_id, fmt, tmp_path / f"plan.{fmt}")
        for fmt in ("docx", "odt", "pdf", "html")
    }
    with zipfile.ZipFile(paths["docx"]) as package:
        assert [name for name in package.namelist() if name.startswith("word/media/")]
    with zipfile.ZipFile(paths["odt"]) as package:
        assert [name for name in package.namelist() if name.startswith("Pictures/")]
    resources = pypdf.PdfReader(str(paths["pdf"])).pages[0]["/Resources"]
    drawn = [x.get_object() for x in resources.get("/XObject", {}).values()]
    assert [x for x in drawn if x["/Subtype"] == "/Image"], "the logo is drawn on the title page"
    assert 'src="data:image/png;base64,' in paths["html"].read_text(encoding="utf-8")


def test_a_logo_that_is_no_image_is_refused_and_changes_nothing(catalogue: Catalogue, tmp_path: Path) -> None:
    from desktop.catalogue.issuer import read_logo

    save_issuer(catalogue, Issuer("City of Makassar"))
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"not an image")
    with pytest.raises(CatalogueError, match="not a PNG or JPEG"):
        read_logo(fake)
    with pytest.raises(CatalogueError, match="PNG or JPEG"):
        save_issuer(catalogue, Issuer("Another city", "", b"not an image"))
    assert load_issuer(catalogue) == Issuer("City of Makassar")


def test_html_web_addresses_are_links_and_markup_stays_text(tmp_path: Path) -> None:
    document = Document(
        "Links", blocks=[Paragraph("See https://x.org/a_b?c=1&d=2. Or <b>www.example.org</b>")]
    )
    page = export_document(document, "html", tmp_path / "links.html").read_text(encoding="utf-8")
    assert '<a href="https://x.org/a_b?c=1&amp;d=2">https://x.org/a_b?c=1&amp;d=2</a>.' in page
    assert '&lt;b&gt;<a href="https://www.example.org">www.example.org</a>&lt;/b&gt;' in page


def test_a_table_column_is_wide_enough_for_its_longest_word() -> None:
    table = Table(
        ["Risk", "Likelihood", "Impact"], [["A long risk text", "medium", "2014-10-14"]], widths=[8, 1, 1]
    )
    shares = table.column_fractions()
    assert abs(sum(shares) - 1) < 1e-9
    assert shares[1] > 0.13 and shares[2] > 0.13 and shares[0] > shares[1]


def _grey_pixels(pdf: Path, page: int, folder: Path) -> tuple[int, int]:
    """How many pixels of a rendered page are rule grey (darker than the header fill) and header fill."""
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "50", "-f", str(page), "-l", str(page), str(pdf), str(folder / "page")],
        check=True,
    )
    image = next(folder.glob("page*.pgm")).read_bytes()
    header = image.split(b"\n", 3)  # P5, width height, maximum, pixels
    pixels = header[3]
    return sum(1 for value in pixels if value < 200), sum(1 for value in pixels if 225 <= value <= 245)


def test_every_format_has_the_same_headings_table_rules_and_header_fill(tmp_path: Path) -> None:
    document = Document("Look", blocks=[Heading(1, "Section"), Table(["", ""], [["", ""], ["", ""]])])
    word = docx.Document(str(export_document(document, "docx", tmp_path / "look.docx")))
    for name, points in (("Title", look.TITLE_POINTS), ("Heading 1", 16.0), ("Heading 2", 13.5)):
        font = word.styles[name].font
        assert (font.size.pt, str(font.color.rgb), font.italic) == (points, "000000", None), name
    assert not word.styles["Title"].element.xpath(".//w:pBdr"), "no coloured rule under the title"
    table = word.tables[0]._tbl
    assert table.xpath(".//w:tr[1]//w:shd/@w:fill") == ["EEEEEE", "EEEEEE"]
    assert table.xpath("./w:tblPr/w:tblCellMar/w:left/@w:w") == [
        str(round(look.CELL_PADDING_MM * 1440 / 25.4))
    ]
    with zipfile.ZipFile(export_document(document, "odt", tmp_path / "look.odt")) as odt:
        styles, content = odt.read("styles.xml").decode(), odt.read("content.xml").decode()
    assert (
        'style:name="Heading_20_1"' in styles
        and 'fo:font-size="16pt"' in styles
        and 'fo:color="#000000"' in styles
    )
    assert 'fo:background-color="#eeeeee"' in content and "0.5pt solid #808080" in content
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler (pdftoppm) is not installed")
    rules, fill = _grey_pixels(export_document(document, "pdf", tmp_path / "look.pdf"), 2, tmp_path)
    assert rules > 500, "the PDF draws the table's rules"
    assert fill > 500, "and shades its header row"
