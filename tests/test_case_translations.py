"""Linked translations of cases: stored per part and language, synced, and honest about freshness."""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.catalogue.service import Catalogue
from desktop.catalogue.translation_status import diff_text
from desktop.catalogue.translation_words import summary_line
from desktop.catalogue.translations import Translations
from desktop.store.errors import CatalogueError
from desktop.sync.bundle import BundleError
from tests.sync_helpers import Device, content, rewrite


@pytest.fixture
def pair(tmp_path: Path, seeded_template: Path) -> Iterator[tuple[Device, Device]]:
    """Two installs of the app with the seed, each with its own identity."""
    first = Device(tmp_path / "a", "seoul-office", seeded_template)
    second = Device(tmp_path / "b", "surabaya-office", seeded_template)
    yield first, second
    first.close()
    second.close()


def _first_case(device: Device) -> str:
    return sorted(c.id for c in device.catalogue.all_cases() if c.language == "en" and c.summary)[0]


def _key(case_id: str, name: str) -> str:
    return f"cases:{case_id}:{name}"


def test_a_translation_goes_out_of_date_on_every_device_when_its_original_changes(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    case_id = _first_case(a)
    on_a = Translations(a.catalogue)
    on_a.save(
        case_id,
        "ko",
        {_key(case_id, "title"): "번역된 제목", _key(case_id, "summary"): "번역된 요약"},
        by="Min",
    )
    a.send(b)
    on_b = Translations(b.catalogue)
    assert [f.state for f in on_b.status(case_id, "ko").fields[:2]] == ["current", "current"]
    edited = b.catalogue.get(case_id)
    old_summary = edited.summary
    edited.summary = old_summary + " Ridership doubled in 2024."
    b.catalogue.save(edited)
    b.send(a)
    a.send(b)
    for device in (a, b):
        status = Translations(device.catalogue).status(case_id, "ko")
        by_key = {f.unit.key: f for f in status.fields}
        assert by_key[_key(case_id, "summary")].state == "out of date"
        assert by_key[_key(case_id, "title")].state == "current", "only the changed field goes out of date"
        assert "{+ Ridership doubled in 2024.+}" in diff_text(by_key[_key(case_id, "summary")].diff)
        line = summary_line(status)
        assert line.startswith("Translated from English on 20") and "by Min" in line
        assert "1 field out of date" in line
    assert content(a) == content(b)


def test_two_translators_of_one_case_and_language_merge_field_by_field(pair: tuple[Device, Device]) -> None:
    a, b = pair
    case_id = _first_case(a)
    Translations(a.catalogue).save(case_id, "id", {_key(case_id, "title"): "Judul terjemahan"})
    Translations(b.catalogue).save(case_id, "id", {_key(case_id, "summary"): "Ringkasan terjemahan"})
    a.send(b)
    b.send(a)
    for device in (a, b):
        status = Translations(device.catalogue).status(case_id, "id")
        fields = {f.unit.key: f.translation for f in status.fields}
        assert fields[_key(case_id, "title")] == "Judul terjemahan"
        assert fields[_key(case_id, "summary")] == "Ringkasan terjemahan"
        assert device.sync.conflicts() == []
    assert content(a) == content(b)


def test_confirming_an_out_of_date_field_links_it_to_the_original_as_it_is_now(
    pair: tuple[Device, Device],
) -> None:
    a, _ = pair
    case_id = _first_case(a)
    translations = Translations(a.catalogue)
    translations.save(case_id, "ko", {_key(case_id, "summary"): "요약"})
    case = a.catalogue.get(case_id)
    case.summary += " More."
    a.catalogue.save(case)
    assert translations.status(case_id, "ko").count("out of date") == 1
    assert translations.confirm(case_id, "ko") == 1
    assert translations.status(case_id, "ko").count("out of date") == 0


def test_a_bundle_carries_translations_as_format_3_and_only_then(pair: tuple[Device, Device]) -> None:
    a, b = pair
    case_id = _first_case(a)
    plain = a.sync.export(a.folder.parent / "plain.leaps", case_ids=[case_id])[0]
    Translations(a.catalogue).save(case_id, "ko", {_key(case_id, "title"): "제목"})
    translated = a.sync.export(a.folder.parent / "translated.leaps", case_ids=[case_id])[0]

    def version(path: Path) -> int:
        with zipfile.ZipFile(path) as archive:
            return int(json.loads(archive.read("manifest.json"))["format_version"])

    assert (version(plain), version(translated)) == (2, 3)
    b.sync.import_bundle(b.sync.read(translated), "always")
    assert Translations(b.catalogue).status(case_id, "ko").fields[0].translation == "제목"


def test_a_bundle_with_a_malformed_translation_changes_nothing(pair: tuple[Device, Device]) -> None:
    a, b = pair
    case_id = _first_case(a)
    Translations(a.catalogue).save(case_id, "ko", {_key(case_id, "title"): "제목"})
    [bundle] = a.sync.export(a.folder.parent / "out.leaps", case_ids=[case_id])

    def breaking(change: Callable[[dict[str, Any]], None]) -> Callable[[list[dict[str, Any]]], None]:
        def rewrite_records(records: list[dict[str, Any]]) -> None:
            for record in records:
                if record["type"] == "case_translations":
                    value = json.loads(record["fields"]["value"])
                    change(value)
                    record["fields"]["value"] = json.dumps(value)

        return rewrite_records

    before = content(b)
    for change, message in [
        (lambda v: v.update(text=5), "holds JSON of the wrong shape"),
        (lambda v: v.update(field="curation"), "names no field of a case that is translated"),
        (lambda v: v.update(record_id="another"), "does not match the record's id"),
    ]:
        bad = rewrite(bundle, a.folder.parent / "bad.leaps", a.sync.key, records=breaking(change))
        with pytest.raises(BundleError, match=f"case_translations field value {message}"):
            b.sync.import_bundle(b.sync.read(bad), "always")
        assert content(b) == before


def test_a_translation_into_the_cases_own_language_or_a_bad_tag_is_refused(
    pair: tuple[Device, Device],
) -> None:
    a, _ = pair
    case_id = _first_case(a)
    translations = Translations(a.catalogue)
    before = content(a)
    with pytest.raises(CatalogueError, match="written in en"):
        translations.save(case_id, "en-GB", {_key(case_id, "title"): "Title"})
    with pytest.raises(CatalogueError, match="not a language tag"):
        translations.save(case_id, "korean!", {_key(case_id, "title"): "제목"})
    with pytest.raises(CatalogueError, match="no translatable field"):
        translations.save(case_id, "ko", {"cases:nope:title": "제목"})
    assert content(a) == before


def test_one_field_translated_on_two_devices_at_once_waits_as_a_conflict(pair: tuple[Device, Device]) -> None:
    a, b = pair
    case_id = _first_case(a)
    Translations(a.catalogue).save(case_id, "ko", {_key(case_id, "title"): "서울 제목"})
    Translations(b.catalogue).save(case_id, "ko", {_key(case_id, "title"): "다른 제목"})
    a.send(b)
    b.send(a)
    for device in (a, b):
        [conflict] = device.sync.conflicts()
        assert conflict.record_type == "case_translations" and conflict.case_id == case_id
        shown = Translations(device.catalogue).status(case_id, "ko").fields[0].translation
        assert shown in ("서울 제목", "다른 제목")
    assert content(a) == content(b)


def test_the_command_line_sets_shows_confirms_and_lists_translations(data_dir: Path) -> None:
    from tests.test_cli import leaps, owl_bus_id

    case_id = owl_bus_id(data_dir)
    key = _key(case_id, "summary")
    assert (
        leaps(data_dir, "translate", "set", case_id, "ko", key, "심야버스 요약", "--by", "Min").stdout
        == "updated\n"
    )
    edited = json.loads(leaps(data_dir, "show", case_id, "--json").stdout)
    edited["summary"] += " Now every night."
    changed = data_dir / "edited.json"
    changed.write_text(json.dumps(edited), encoding="utf-8")
    leaps(data_dir, "edit", case_id, str(changed))
    shown = json.loads(leaps(data_dir, "translate", "show", case_id, "ko", "--json").stdout)
    assert shown["out_of_date"] == 1 and shown["fields"][0]["key"] == key, "out of date comes first"
    assert "{+ Now every night.+}" in shown["fields"][0]["diff"]
    status = leaps(data_dir, "translate", "status", case_id).stdout
    assert "Translated from English on " in status and "by Min; 1 field out of date" in status
    assert leaps(data_dir, "translate", "confirm", case_id, "ko").stdout == "confirmed 1 field\n"
    [listed] = json.loads(leaps(data_dir, "translate", "list", "--json").stdout)
    assert (listed["case"], listed["language"], listed["out_of_date"]) == (case_id, "ko", 0)
    refused = leaps(data_dir, "translate", "set", case_id, "xx!", key, "text", check=False)
    assert (
        refused.returncode == 1
        and refused.stderr
        == "leaps: [translation] 'xx!' is not a language tag; use a code such as ko, id or pt-BR.\n"
    )


def _translate_the_seed(catalogue: Catalogue) -> Translations:
    """Every seed case given a Korean or Indonesian translation: some fields by a person, one by a
    machine, one made from an original that changed since."""
    translations = Translations(catalogue)
    for number, case in enumerate(catalogue.all_cases()):
        language = "id" if case.language.startswith("ko") else "ko"
        units = translations.units(case)
        texts = {u.key: f"{language} {number}: {u.original[:40]}" for u in units[:3]}
        translations.save(case.id, language, texts, by="Min")
        if len(units) > 3:
            translations.save(case.id, language, {units[3].key: "초안"}, machine="local-mt")
    case = catalogue.all_cases()[0]
    case.title += " (updated)"
    catalogue.save(case)
    return translations


@pytest.mark.parametrize("name", ["desk.xlsx", "desk.csv", "desk-12.xlf", "desk-20.xliff"])
def test_every_translation_of_the_seed_round_trips_through_a_translators_file_unchanged(
    tmp_path: Path, seeded_template: Path, name: str
) -> None:
    from desktop.sheets.translation_files import export_translations, import_translations

    device = Device(tmp_path / "a", "desk", seeded_template)
    try:
        translations = _translate_the_seed(device.catalogue)
        assert any(s.count("out of date") for s in translations.all())
        before = content(device)
        for language in ("ko", "id"):
            out = tmp_path / f"{language}-{name}"
            version = "2.0" if "-20" in name else "1.2"
            sources = (
                sorted({c.language for c in device.catalogue.all_cases()}) if version == "2.0" else [None]
            )
            for source in sources:
                if source is not None and source.startswith(language):
                    continue
                count = export_translations(
                    translations, language, out, None, version, source_language=source
                )
                assert count > 0
                assert import_translations(translations, out) == (0, 0)
        assert content(device) == before
    finally:
        device.close()


def test_a_translators_xliff_comes_back_linked_to_the_original_it_showed(
    tmp_path: Path, seeded_template: Path
) -> None:
    from desktop.sheets.translation_files import export_translations, import_translations

    device = Device(tmp_path / "a", "desk", seeded_template)
    try:
        case_id = _first_case(device)
        translations = Translations(device.catalogue)
        out = tmp_path / "desk.xlf"
        export_translations(translations, "ko", out, [case_id])
        text = out.read_text(encoding="utf-8")
        title = device.catalogue.get(case_id).title
        unit = f'id="{_key(case_id, "title")}"'
        assert unit in text and 'state="needs-translation"' in text
        out.write_text(
            text.replace(
                '<target state="needs-translation" />', '<target state="needs-translation">번역</target>', 1
            ),
            encoding="utf-8",
        )
        case = device.catalogue.get(case_id)
        case.title = title + " and more"
        device.catalogue.save(case)
        assert import_translations(translations, out, by="Ji") == (1, 1)
        [held] = [
            f for f in translations.status(case_id, "ko").fields if f.unit.key == _key(case_id, "title")
        ]
        assert held.translation == "번역" and held.by == "Ji"
        assert held.state == "out of date" and diff_text(held.diff).endswith("{+ and more+}")
    finally:
        device.close()


@pytest.mark.parametrize(
    "text, message",
    [
        (
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2">&a;</xliff>',
            "declares a DTD",
        ),
        ("<xliff version='1.2'", "not well-formed XML"),
        ("<html/>", "not an XLIFF 1.2 or 2.0 file"),
    ],
)
def test_a_hostile_or_broken_xliff_file_is_refused_with_one_line_and_changes_nothing(
    tmp_path: Path, catalogue: Catalogue, text: str, message: str
) -> None:
    from desktop.sheets.translation_files import import_translations

    bad = tmp_path / "bad.xlf"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError, match=message) as refused:
        import_translations(Translations(catalogue), bad)
    assert "\n" not in str(refused.value)
    assert Translations(catalogue).all() == []


def test_search_in_korean_finds_a_case_through_its_korean_translation(catalogue: Catalogue) -> None:
    from desktop.search import SearchRequest

    case = sorted((c for c in catalogue.all_cases() if c.language == "en"), key=lambda c: c.id)[0]
    assert case.title not in catalogue.search_titles("빗물저금통")
    translations = Translations(catalogue)
    translations.save(
        case.id,
        "ko",
        {
            _key(case.id, "title"): "빗물저금통 사업",
            _key(case.id, "summary"): "집집마다 빗물저금통을 나눠 준다.",
        },
    )
    assert catalogue.search_titles("빗물저금통") == [case.title], "found in any reading language"
    catalogue.reading_language = "ko"
    [card] = catalogue.search(SearchRequest(text="빗물저금통")).cards
    assert (card.id, card.title, card.translated) == (case.id, "빗물저금통 사업", "translated")
    assert "빗물저금통" in card.snippet
    catalogue.reading_language = "id"
    [card] = catalogue.search(SearchRequest(text="빗물저금통")).cards
    assert (card.title, card.translated) == (case.title, ""), "no Indonesian translation: the original"
    catalogue.reindex()
    catalogue.reading_language = ""
    assert catalogue.search_titles("빗물저금통") == [case.title], "a rebuilt index holds translations too"


def test_a_case_document_reads_in_the_readers_language_with_machine_drafts_labelled(data_dir: Path) -> None:
    from tests.test_cli import leaps, owl_bus_id

    case_id = owl_bus_id(data_dir)
    leaps(
        data_dir, "translate", "set", case_id, "ko", _key(case_id, "title"), "올빼미 심야버스", "--by", "Min"
    )
    engine = data_dir / "engine.py"
    engine.write_text("import sys\nprint('초안: ' + sys.stdin.read()[:20])\n", encoding="utf-8")
    hook = {"name": "local-mt", "command": [sys.executable, str(engine), "{source}", "{target}"]}
    (data_dir / "translation_engine.json").write_text(json.dumps(hook), encoding="utf-8")
    drafted = leaps(data_dir, "translate", "draft", case_id, "ko").stdout
    assert drafted.startswith("drafted ") and "with local-mt" in drafted
    status = json.loads(leaps(data_dir, "translate", "show", case_id, "ko", "--json").stdout)
    by_key = {f["key"]: f for f in status["fields"]}
    assert by_key[_key(case_id, "title")]["translation"] == "올빼미 심야버스", (
        "a draft never overwrites a person"
    )
    assert by_key[_key(case_id, "summary")]["machine"] == "local-mt"
    out = data_dir / "case.md"
    leaps(data_dir, "export-case", case_id, "--language", "ko", "--format", "md", "-o", str(out))
    document = out.read_text(encoding="utf-8")
    assert "올빼미 심야버스" in document and "초안: " in document
    assert "(Machine draft (local-mt), not yet confirmed by a person)" in document
    assert "Translated from English on " in document
    original = data_dir / "original.md"
    leaps(data_dir, "export-case", case_id, "--format", "md", "-o", str(original))
    assert "올빼미 심야버스" not in original.read_text(encoding="utf-8")


def test_a_sheet_with_one_bad_row_is_refused_naming_it_and_changes_nothing(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    from openpyxl import load_workbook

    from desktop.sheets.translation_files import export_translations, import_translations

    case_id = sorted(c.id for c in catalogue.all_cases())[0]
    translations = Translations(catalogue)
    out = tmp_path / "desk.xlsx"
    export_translations(translations, "id", out, [case_id])
    book = load_workbook(out)
    sheet = book.active
    sheet.cell(row=2, column=6, value="Judul")
    sheet.cell(row=3, column=3, value="cases:not-a-case-part:title")
    book.save(out)
    with pytest.raises(CatalogueError, match=r"desk.xlsx row 3: the case has no translatable field"):
        import_translations(translations, out)
    assert translations.all() == []
    sheet.cell(row=3, column=3, value=f"cases:{case_id}:summary")
    book.save(out)
    assert import_translations(translations, out) == (1, 1)
    assert translations.status(case_id, "id").fields[0].translation == "Judul"


def test_a_translation_arriving_in_a_bundle_makes_the_case_findable_in_that_language(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    case_id = _first_case(a)
    Translations(a.catalogue).save(case_id, "ko", {_key(case_id, "title"): "빗물저금통 사업"})
    a.send(b)
    title = b.catalogue.get(case_id).title
    assert b.catalogue.search_titles("빗물저금통") == [title]
