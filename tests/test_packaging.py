"""Smoke test of the built app: packaging/build, then the frozen `leaps` on a fresh data dir, offscreen."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "packaging" / "dist"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed; `pip install -e '.[package]'` to build and smoke-test the app",
    ),
    pytest.mark.skipif(shutil.which("bash") is None, reason="packaging/build is a bash script"),
]


@dataclass
class Step:
    """One run of the frozen executable and what its output must show.

    `args` may name `{data}` (the data dir every step shares), `{other}` (a second, empty data
    dir) and `{tmp}` (a scratch folder), so steps that write a file and read it back in another
    data dir (a bundle exported from one and imported into the other) fit in as they are.
    `files` are written into `{tmp}` before the run; `remember` names what the step printed
    (an id, say) for later steps' args.
    """

    name: str
    args: list[str]
    check: Callable[[subprocess.CompletedProcess[str]], None]
    env: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    remember: str | None = None


def _json(result: subprocess.CompletedProcess[str]) -> dict:
    return json.loads(result.stdout)


def _owl_bus_first(result: subprocess.CompletedProcess[str]) -> None:
    results = _json(result)["results"]
    assert results, "no results for 'night bus'"
    assert results[0]["title"].startswith("Owl Bus"), [r["title"] for r in results]


def _seeded_and_versioned(result: subprocess.CompletedProcess[str]) -> None:
    info = _json(result)
    assert info["counts"]["cases"] >= 27
    assert info["indexed"] == info["counts"]["cases"]
    assert info["versions"]["leaps-catalogue"] == PROJECT["version"]


def _check_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.stdout.startswith("ok:"), result.stdout


def _window_shown(result: subprocess.CompletedProcess[str]) -> None:
    # rthook_probe.py prints this once the window is up, then closes it.
    assert 'LEAPS_SHOWN ["LEAPS Catalogue"]' in result.stdout, result.stdout


def _bundle_written(result: subprocess.CompletedProcess[str]) -> None:
    assert "wrote" in result.stdout and ".leaps" in result.stdout, result.stdout


def _bundle_imported(result: subprocess.CompletedProcess[str]) -> None:
    [report] = _json_list(result)
    assert report["applied"] and report["counts"]["conflicts"] == 0, report


def _json_list(result: subprocess.CompletedProcess[str]) -> list:
    return json.loads(result.stdout)


OWL_BUS_ID = "53a4a604-836b-4898-bc12-1f958879a006"  # catalogue_seed/cases/seoul-owl-bus.md
PLAN_TITLE = "야간버스 for Surabaya"


def _printed_an_id(result: subprocess.CompletedProcess[str]) -> None:
    assert len(result.stdout.strip()) == 36, result.stdout


def _document_holds_the_plan(member: str) -> Callable[[subprocess.CompletedProcess[str]], None]:
    """A check that the file the command printed is a zipped document whose `member` names the plan."""

    def check(result: subprocess.CompletedProcess[str]) -> None:
        with zipfile.ZipFile(result.stdout.strip()) as document:
            assert PLAN_TITLE in document.read(member).decode("utf-8")

    return check


def _sheet_written(result: subprocess.CompletedProcess[str]) -> None:
    # "wrote 27 cases to PATH"
    with zipfile.ZipFile(result.stdout.rsplit(" to ", 1)[1].strip()) as workbook:
        assert "xl/workbook.xml" in workbook.namelist()


def _sheet_reads_back_unchanged(result: subprocess.CompletedProcess[str]) -> None:
    assert "would create 0, would update 0" in result.stdout and "errors 0" in result.stdout, result.stdout


def _pdf_holds_the_plan(result: subprocess.CompletedProcess[str]) -> None:
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(result.stdout.strip()).pages)
    assert "Surabaya" in text, text[:500]


# The smoke test, in order. New features add their commands here.
STEPS = [
    Step(
        "search loads the seed, builds the index and ranks", ["search", "night bus", "--json"], _owl_bus_first
    ),
    Step("info", ["info", "--json"], _seeded_and_versioned),
    Step("check", ["check"], _check_ok),
    Step("export a bundle", ["export", "{tmp}/out.leaps"], _bundle_written),
    Step(
        "import it into a second data dir",
        ["--data-dir", "{other}", "import", "{tmp}/out.leaps", "--trust", "once", "--json"],
        _bundle_imported,
    ),
    Step(
        "a plan from the Owl Bus case",
        ["plan", "new", "{tmp}/plan.json"],
        _printed_an_id,
        files={"plan.json": json.dumps({"title": PLAN_TITLE, "case_id": OWL_BUS_ID}, ensure_ascii=False)},
        remember="plan",
    ),
    Step(
        "the plan as Word (python-docx, lxml)",
        ["plan", "export", "{plan}", "--format", "docx", "-o", "{tmp}/plan.docx"],
        _document_holds_the_plan("word/document.xml"),
    ),
    Step(
        "the plan as OpenDocument (odfpy)",
        ["plan", "export", "{plan}", "--format", "odt", "-o", "{tmp}/plan.odt"],
        _document_holds_the_plan("content.xml"),
    ),
    Step(
        "the plan as PDF (Qt's PDF writer and fonts)",
        ["plan", "export", "{plan}", "--format", "pdf", "-o", "{tmp}/plan.pdf"],
        _pdf_holds_the_plan,
    ),
    Step("every case as a spreadsheet (openpyxl)", ["export-sheet", "{tmp}/cases.xlsx"], _sheet_written),
    Step(
        "the spreadsheet reads back unchanged",
        ["import-sheet", "{tmp}/cases.xlsx", "--dry-run"],
        _sheet_reads_back_unchanged,
    ),
    Step("the window opens", [], _window_shown, env={"LEAPS_QUIT_WHEN_SHOWN": "1"}),
]


@pytest.fixture(scope="module")
def frozen_leaps() -> Path:
    """The app built by the real build script, as CI builds it."""
    subprocess.run(["bash", str(ROOT / "packaging" / "build")], check=True, cwd=ROOT, timeout=1200)
    # On Windows `leaps.exe` is the windowed program; the console twin prints.
    name = "leaps-cli.exe" if sys.platform == "win32" else "leaps"
    executable = DIST / "leaps" / name
    assert executable.exists(), executable
    return executable


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("frozen")
    return {"data": str(base / "data"), "other": str(base / "other"), "tmp": str(base)}


def test_the_build_writes_an_archive(frozen_leaps: Path) -> None:
    archives = [
        p for p in DIST.glob(f"{PROJECT['name']}-{PROJECT['version']}-*") if p.suffix in (".xz", ".zip")
    ]
    assert archives, f"no archive in {DIST}"
    assert all(p.stat().st_size > 1_000_000 for p in archives)


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test_the_frozen_app(frozen_leaps: Path, folders: dict[str, str], step: Step) -> None:
    for name, text in step.files.items():
        Path(folders["tmp"], name).write_text(text, encoding="utf-8")
    args = [arg.format(**folders) for arg in step.args]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEAPS_DATA_DIR": folders["data"], **step.env}
    result = subprocess.run(
        [str(frozen_leaps), *args], env=env, capture_output=True, text=True, encoding="utf-8", timeout=120
    )
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    step.check(result)
    if step.remember:
        folders[step.remember] = result.stdout.strip()
