"""A plan written in Korean reads as Korean: what the catalogue holds only in English is said to be so."""

from __future__ import annotations

from pathlib import Path

from desktop.catalogue.service import Catalogue
from desktop.catalogue.translation_words import original_label
from desktop.catalogue.translations import Translations
from desktop.documents.labels import date_label
from desktop.documents.model import Paragraph, Table
from desktop.plans.document import stored_plan_document
from desktop.text.language import document_language
from tests.plan_samples import full_plan


def test_months_and_years_are_written_in_the_documents_language() -> None:
    with document_language("ko"):
        assert [date_label("2013-09"), date_label("2013"), date_label("2014-10-14")] == [
            "2013년 9월",
            "2013년",
            "2014년 10월 14일",
        ]
    with document_language("en"):
        assert [date_label("2013-09"), date_label("2013")] == ["September 2013", "2013"]
    assert date_label("about 2013") == "about 2013", "free text is left as written"


def test_a_korean_plan_shows_source_dates_in_korean_and_says_which_text_is_in_english(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    planning, plan_id = full_plan(catalogue, language="ko")
    document = stored_plan_document(planning, plan_id)
    texts = "\n".join(document.texts())
    assert "2013-09" not in texts and "2013년 9월" in texts
    case = planning.source_case(planning.plan(plan_id))
    assert case is not None and case.language == "en"
    summary_at = texts.index(case.summary.split(".")[0])
    assert "요약 (영어 원문)" in texts[:summary_at], "the English summary is introduced as such"
    sources = next(b for b in document.blocks if isinstance(b, Table) and "출처" in b.headers)
    assert "(영어 원문)" in sources.caption


def test_a_korean_plans_city_comparison_is_filled_in_korean(catalogue: Catalogue) -> None:
    planning, plan_id = full_plan(catalogue, language="ko")
    rows = {row["dimension"]: row["source"] for row in planning.plan(plan_id)["context"]["rows"]}
    assert rows["governance_level"] == "시" and rows["languages"] == "영어"


def test_a_korean_plan_reads_its_source_case_from_the_cases_korean_translation(catalogue: Catalogue) -> None:
    planning, plan_id = full_plan(catalogue, language="ko")
    case = planning.source_case(planning.plan(plan_id))
    assert case is not None and case.sources
    title = "서울 올빼미버스: 심야 통화 자료로 그린 버스 노선"
    summary = "서울시는 심야 통화와 택시 승차 자료로 노선을 정해, 밤늦게 귀가하는 시민을 태운다."
    saved = Translations(catalogue).save(
        case.id, "ko", {f"cases:{case.id}:title": title, f"cases:{case.id}:summary": summary}, by="번역자"
    )
    assert saved == 2
    document = stored_plan_document(planning, plan_id)
    texts = "\n".join(document.texts())
    assert title in texts and summary in texts
    assert case.summary.split(".")[0] not in texts, "the English summary gives way to the Korean one"
    assert "요약 (영어 원문)" not in texts
    # The source titles have no Korean yet: shown as published, and said to be, as the case page says it.
    with document_language("ko"):
        untranslated = f"({original_label('en', 'ko')})"
    assert case.sources[0].title in texts and untranslated in texts
    notes = [b.text for b in document.blocks if isinstance(b, Paragraph) and b.text == untranslated]
    assert len(notes) == 1, "one note, above the sources"
    assert title in dict(document.meta)["사례"], "the title page names the case in Korean too"
