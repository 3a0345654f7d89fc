"""Every document from the command line: shortlists, comparisons, the monitoring report, and their issuer."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from desktop.catalogue.service import Catalogue
from desktop.plans.service import Planning
from tests.document_reader import page_texts, unspaced
from tests.plan_samples import full_plan
from tests.test_cli import leaps
from tests.test_plan_document_content import tiny_png


def two_cases(data_dir: Path) -> tuple[str, str, str]:
    """Two cases of the seed and a shortlist holding both, with a note carrying an underscore."""
    catalogue = Catalogue.open(data_dir)
    try:
        planning = Planning(catalogue)
        cases = catalogue.all_cases()
        owl = next(c for c in cases if "Owl Bus" in c.title)
        other = next(c for c in cases if c.id != owl.id and c.country != "KR")
        shortlist = planning.save_shortlist(
            {"name": "Night transport ideas", "notes": "For the mayor_office"}
        )
        planning.add_to_shortlist(shortlist["id"], owl.id, "Ask Seoul about call_data")
        planning.add_to_shortlist(shortlist["id"], other.id, "")
        full_plan(catalogue)
    finally:
        catalogue.close()
    return owl.id, other.id, shortlist["id"]


def test_shortlists_comparisons_and_the_report_are_written_from_the_command_line(
    data_dir: Path, tmp_path: Path
) -> None:
    owl, other, shortlist = two_cases(data_dir)
    listed = leaps(data_dir, "shortlist", "list").stdout
    assert shortlist in listed and "Night transport ideas (2 cases)" in listed

    out = tmp_path / "shortlist.docx"
    assert leaps(
        data_dir, "shortlist", "export", shortlist, "--format", "docx", "-o", str(out)
    ).stdout.strip() == str(out)
    word = docx.Document(str(out))
    text = "\n".join(
        [p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows for c in r.cells]
    )
    assert (
        "Night transport ideas" in text
        and "Ask Seoul about call_data" in text
        and "For the mayor_office" in text
    )

    compared = tmp_path / "compare.pdf"
    leaps(data_dir, "compare", owl, other, "--format", "pdf", "-o", str(compared))
    pages = unspaced(" ".join(page_texts(compared)))
    assert "Comparisonofcases" in pages and "올빼미버스" in pages and "Sidebyside" in pages

    report = tmp_path / "report.odt"
    leaps(data_dir, "report", "--state", "under review", "--format", "odt", "-o", str(report))
    with zipfile.ZipFile(report) as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert "Monitoring report" in content and "Makassar" in content and "state: under review" in content


def test_a_bad_comparison_or_a_missing_shortlist_is_one_clear_line_and_writes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    owl, _other, _shortlist = two_cases(data_dir)
    out = tmp_path / "compare.pdf"
    refused = leaps(data_dir, "compare", owl, owl, "--format", "pdf", "-o", str(out), check=False)
    assert refused.returncode == 1 and refused.stderr.strip() == (
        "leaps: [compare-count] Give two or three different case ids to compare (1 given)."
    )
    missing = leaps(
        data_dir, "shortlist", "export", "nope", "--format", "md", "-o", str(tmp_path / "s.md"), check=False
    )
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.md")) == []


def test_the_issuer_is_set_once_and_heads_every_title_page(data_dir: Path, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    leaps(
        data_dir,
        "issuer",
        "--organisation",
        "Kota Makassar",
        "--office",
        "Dinas Perhubungan",
        "--logo",
        str(logo),
    )
    shown = leaps(data_dir, "issuer").stdout
    assert (
        "Kota Makassar" in shown and "Dinas Perhubungan" in shown and f"{logo.stat().st_size} bytes" in shown
    )
    owl, _other, _shortlist = two_cases(data_dir)
    out = tmp_path / "case.docx"
    leaps(data_dir, "export-case", owl, "--format", "docx", "-o", str(out))
    first = [p.text for p in docx.Document(str(out)).paragraphs[:4]]
    assert "Kota Makassar" in first and "Dinas Perhubungan" in first
    with zipfile.ZipFile(out) as package:
        assert [name for name in package.namelist() if name.startswith("word/media/")]

    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a not a logo")
    refused = leaps(data_dir, "issuer", "--office", "Other office", "--logo", str(bad), check=False)
    assert refused.returncode == 1 and "not a PNG or JPEG image" in refused.stderr
    assert "Dinas Perhubungan" in leaps(data_dir, "issuer").stdout, "a refused change changes nothing"
    leaps(data_dir, "issuer", "--no-logo")
    assert "logo:         -" in leaps(data_dir, "issuer").stdout


def _fonts_without_thai(folder: Path) -> dict[str, str]:
    """An environment whose fontconfig sees Latin fonts only (DejaVu, where installed)."""
    fonts = Path("/usr/share/fonts/truetype/dejavu")
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{fonts if fonts.is_dir() else folder}</dir>"
        f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(config)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig chooses the fonts on Linux")
def test_the_command_line_warns_when_no_font_shows_a_script_the_document_uses(
    data_dir: Path, tmp_path: Path
) -> None:
    catalogue = Catalogue.open(data_dir)
    try:
        planning, plan_id = full_plan(catalogue)  # its title is Korean, its intent Thai
    finally:
        catalogue.close()
    out = tmp_path / "plan.pdf"
    env = {
        **os.environ,
        "LEAPS_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        **_fonts_without_thai(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "plan", "export", plan_id, "--format", "pdf", "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "warning: no font installed here shows Korean, Chinese, Thai: in this PDF" in result.stderr
    assert "fonts-noto-cjk, fonts-thai-tlwg" in result.stderr and out.exists()
    quiet = leaps(
        data_dir, "plan", "export", plan_id, "--format", "pdf", "-o", str(tmp_path / "fonts-here.pdf")
    )
    assert "warning" not in quiet.stderr
