"""Problems with what was typed show in the window's language; the command line keeps them in English."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.catalogue.validation import ValidationError, shown_message, validate_case
from desktop.cli import main
from desktop.plans.validation import check_plan
from desktop.ui.case.case_editor import CaseEditor
from desktop.ui.i18n import install_translators
from desktop.ui.plans.plan_fields import problem_text
from tests.conftest import make_case
from tests.worker_helpers import CatalogueWorker

TRANSLATIONS = Path(__file__).resolve().parent.parent / "desktop" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def english_after() -> Iterator[None]:
    """The test installs another language; English comes back after it."""
    yield
    install_translators("en")


def editor_on(qtbot: QtBot, worker: CatalogueWorker) -> CaseEditor:
    """An editor holding a valid reviewed case (every check applies), as if opened with Edit."""
    editor = CaseEditor(worker.tasks, worker.catalogue, make_case(curation="reviewed").to_dict())
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_the_editor_speaks_korean_while_the_command_line_stays_english(
    qtbot: QtBot,
    worker: CatalogueWorker,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    english_after: None,
) -> None:
    install_translators("ko")
    editor = editor_on(qtbot, worker)
    assert editor.problems() == []
    editor._fields["country"].put("")
    editor.title_edit.setText("")
    qtbot.waitUntil(lambda: editor.error_text("country") != "")
    assert editor.error_text("country") == "국가: 필수 항목입니다"
    assert editor.error_text("title") == "제목: 필수 항목입니다"
    editor.save_button.click()
    assert "제목: 필수 항목입니다" in editor.status.text()

    # The same problem, met by `leaps add` in a process that has Korean loaded, is told in English.
    bad = {**make_case(country="kr").to_dict(), "id": None}
    case_file = tmp_path / "bad case.json"
    case_file.write_text(json.dumps(bad), encoding="utf-8")
    assert main(["--data-dir", str(worker.data_dir), "add", str(case_file)]) == 1
    said = capsys.readouterr().err
    assert "country: must be an upper-case ISO 3166 code such as KR (got 'kr')" in said
    assert not HANGUL.search(said)
    with pytest.raises(ValidationError, match="title: is required"):
        validate_case({**bad, "title": ""}, require_id=False)


def with_bad_rows(editor: CaseEditor) -> CaseEditor:
    """The editor's case with a nameless second component and a source at an ftp:// address."""
    parts = editor.components.values()
    parts[1]["name"] = ""
    editor.components.set_values(parts)
    editor.sources.set_rows([{"id": "s1", "title": "Notes", "url": "ftp://files.example"}])
    return editor


def test_a_problem_inside_a_list_names_its_row_and_column(
    qtbot: QtBot, worker: CatalogueWorker, english_after: None
) -> None:
    editor = with_bad_rows(editor_on(qtbot, worker))
    assert [editor.problem_text(problem) for problem in editor.problems()] == [
        "Component 2, Name: is required",
        "Sources, row 1, Web address: must start with https:// or http://, not “ftp://files.example”",
    ]
    install_translators("id")
    editor = with_bad_rows(editor_on(qtbot, worker))
    assert [editor.problem_text(problem) for problem in editor.problems()] == [
        "Komponen 2, Nama: wajib diisi",
        "Sumber, baris 1, Alamat web: harus diawali https:// atau http://, bukan “ftp://files.example”",
    ]


def test_the_plan_window_shows_plan_problems_in_its_language(english_after: None) -> None:
    with pytest.raises(ValidationError) as raised:
        check_plan({"title": "x" * 20_001, "state": "dreaming"}, lambda _id: True, lambda _id: True)
    assert "title: is longer than 20000 characters" in str(raised.value)
    install_translators("ko")
    shown = [problem_text(p.message) for p in raised.value.problems]
    assert shown[0] == "20000자를 넘습니다"
    assert shown[1].startswith("다음 중 하나여야 합니다: draft, ")
    assert "title: is longer than 20000 characters" in str(raised.value)


@pytest.mark.parametrize("language", ["ko", "id"])
def test_every_translated_problem_keeps_the_placeholders_of_its_english(language: str) -> None:
    root = ElementTree.parse(TRANSLATIONS / f"leaps_{language}.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "Validation")
    messages = list(context.iter("message"))
    assert len(messages) > 30
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), source


def test_choices_a_problem_lists_are_named_in_the_windows_language(english_after: None) -> None:
    bad = {**make_case(curation="reviewed").to_dict(), "themes": ["water", "bikes"], "region": "Atlantis"}
    with pytest.raises(ValidationError) as raised:
        validate_case(bad)
    themes = next(p.message for p in raised.value.problems if p.field == "themes")
    region = next(p.message for p in raised.value.problems if p.field == "region")
    assert "digital-government" in themes, "the command line keeps the codes a file must use"
    install_translators("ko")
    assert "교통" in shown_message(themes) and "digital-government" not in shown_message(themes)
    assert "동아시아" in shown_message(region) and "East Asia" not in shown_message(region)
