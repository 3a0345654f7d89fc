"""A full adaptation plan exported in every format and read back: headings, tables, scripts, sources."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest

from desktop.catalogue.service import Catalogue
from desktop.plans.document import export_plan
from desktop.plans.service import Planning
from desktop.text.language import document_language, tr
from tests.test_cli import leaps

KOREAN = "서울 올빼미버스 노선을 마카사르 야간 교통에 맞게 조정"
CHINESE = "杭州城市大脑交通信号"
THAI = "กรุงเทพมหานครรถเมล์กลางคืน"


def full_plan(catalogue: Catalogue) -> tuple[Planning, str]:
    """A plan with every section filled, in three scripts besides Latin."""
    planning = Planning(catalogue)
    case = next(c for c in catalogue.all_cases() if "Owl Bus" in c.title)
    profile = planning.save_profile({"name": "Makassar", "country": "ID", "population": 1571814})
    plan = planning.start_plan(case.id, profile["id"])
    plan["fit"][0]["preconditions"][0]["status"] = "not met"
    plan["fit"][0]["adaptation"] = "Use ride-hailing trip data instead of phone calls"
    plan.update(
        title=f"Night buses for Makassar — {KOREAN}",
        state="under review",
        intent={"degree": "emulate", "why": f"Night workers walk home. {THAI}"},
        hypothesis={"context": CHINESE, "mechanism": "Routes follow demand", "outcome": "Safer trips home"},
        stakeholders=[
            {"name": "Angkot drivers' union", "role": "operator", "interest": "high", "influence": "high"}
        ],
        engagement="Public meetings in each kecamatan",
        resources={"budget": "IDR 4 billion", "staff": "6", "data": "Trip data", "technology": "GTFS"},
        risks=[
            {"risk": "Drivers resist", "likelihood": "medium", "impact": "high", "mitigation": "Involve them"}
        ],
        prototype={
            "scope": "Two routes",
            "place": "Panakkukang",
            "duration": "6 months",
            "routine_conditions": "Regular fares",
            "success_criteria": "800 riders a night",
        },
        indicators=[
            {"name": "Night riders", "unit": "per night", "baseline": "0", "target": "800", "source": "Fares"}
        ],
        scaling={"paths": ["horizontal", "vertical"], "notes": "Other districts next"},
        milestones=[{"date": "2027-01-15", "title": "First route runs", "done": False}],
        signoff={
            "name": "Head of Transport",
            "role": "Dinas Perhubungan",
            "date": "2026-12-01",
            "decision": "Go",
        },
    )
    plan = planning.save_plan(plan)
    planning.add_progress(plan["id"], {"date": "2027-02-01", "stage": "prototype", "narrative": "First week"})
    return planning, plan["id"]


@pytest.fixture
def exported(catalogue: Catalogue, tmp_path: Path) -> dict[str, Path]:
    planning, plan_id = full_plan(catalogue)
    formats = ("docx", "odt", "pdf", "html", "md")
    return {fmt: export_plan(planning, plan_id, fmt, tmp_path / f"plan.{fmt}") for fmt in formats}


HEADINGS = ("Source case", "Fit check", "Stakeholders", "Risks", "Indicators", "Sign-off")


def test_the_word_document_has_headings_tables_scripts_and_the_source(exported: dict[str, Path]) -> None:
    word = docx.Document(str(exported["docx"]))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert all(h in headings for h in HEADINGS)
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    assert "Angkot drivers' union" in cells and "Night riders" in cells
    assert any("flagged by the fit check" in c for c in cells)
    assert any("Seoul Metropolitan Government" in c or "Seoul" in c for c in cells)
    text = "\n".join(p.text for p in word.paragraphs) + "\n".join(cells)
    assert KOREAN in text and CHINESE in text and THAI in text


def test_the_odt_holds_the_same_content(exported: dict[str, Path]) -> None:
    with zipfile.ZipFile(exported["odt"]) as odt:
        content = odt.read("content.xml").decode("utf-8")
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    assert "<table:table " in content and KOREAN in content and "Night riders" in content
    assert all(h in content for h in HEADINGS)


def test_the_pdf_has_the_text_of_every_section(exported: dict[str, Path]) -> None:
    reader = pypdf.PdfReader(io.BytesIO(exported["pdf"].read_bytes()))
    # Text pulled out of a PDF keeps words but not the spaces between them: compare word runs.
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) >= 3
    for wanted in (*HEADINGS, "Night riders", "Angkot", "올빼미버스"):
        assert wanted in text, wanted


def test_html_and_markdown_carry_tables_and_the_korean_title(exported: dict[str, Path]) -> None:
    page = exported["html"].read_text(encoding="utf-8")
    assert "<table" in page and KOREAN in page and "Fit check" in page
    markdown = exported["md"].read_text(encoding="utf-8")
    assert "| Night riders | per night | 0 | 800 | Fares |" in markdown and KOREAN in markdown


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed here")
def test_libreoffice_opens_the_docx_and_odt(exported: dict[str, Path], tmp_path: Path) -> None:
    for fmt in ("docx", "odt"):
        out = tmp_path / f"lo-{fmt}"
        subprocess.run(
            [
                "libreoffice",
                f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(exported[fmt]),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(out / "plan.pdf").pages).split())
        assert "Fit check" in text and "Night riders" in text


def test_plan_export_from_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    catalogue = Catalogue.open(data_dir)
    _planning, plan_id = full_plan(catalogue)
    catalogue.close()
    out = tmp_path / "plan.docx"
    printed = leaps(data_dir, "plan", "export", plan_id, "--format", "docx", "-o", str(out)).stdout
    assert printed.strip() == str(out)
    assert "Fit check" in [p.text for p in docx.Document(str(out)).paragraphs]
    nowhere = str(tmp_path / "no" / "x.pdf")
    refused = leaps(data_dir, "plan", "export", plan_id, "--format", "pdf", "-o", nowhere, check=False)
    assert refused.returncode == 1 and "does not exist" in refused.stderr


def test_a_korean_plan_is_written_with_korean_headings_whatever_the_window_speaks(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    planning, plan_id = full_plan(catalogue)
    plan = planning.plan(plan_id)
    planning.save_plan({**plan, "language": "ko"})
    with document_language("ko"):
        fit_check, sources = tr("Fit check"), tr("Sources")
    assert fit_check != "Fit check", "the Korean translation names the section"
    word = docx.Document(str(export_plan(planning, plan_id, "docx", tmp_path / "plan.docx")))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert fit_check in headings and sources in headings and "Fit check" not in headings
    assert tr("Fit check") == "Fit check", "the window's own language is left as it was"


def test_an_english_plan_stays_english_when_the_window_speaks_korean(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.text.language import load_translator

    planning, plan_id = full_plan(catalogue)
    korean = load_translator("ko")
    assert korean is not None
    QCoreApplication.installTranslator(korean)
    try:
        assert tr("Fit check") != "Fit check"
        word = docx.Document(str(export_plan(planning, plan_id, "docx", tmp_path / "plan.docx")))
    finally:
        QCoreApplication.removeTranslator(korean)
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert "Fit check" in headings and "Sources" in headings
