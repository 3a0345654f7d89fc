"""Results and snippets in the reader's language: translated titles, summaries and texts first."""

from __future__ import annotations

import sqlite_utils

from desktop.search.types import ResultCard
from desktop.store import translations as translation_store


def _primary(tag: str) -> str:
    return tag.split("-")[0].lower()


def with_translations(db: sqlite_utils.Database, texts: dict[str, str], language: str) -> dict[str, str]:
    """Each case's snippet text with its translations added: the reader's language first, so a
    snippet is cut from it where the words match, the other languages last."""
    reader = _primary(language)
    for case_id, by_language in translation_store.translation_texts(db, list(texts)).items():
        own = [t for lang, found in by_language.items() if _primary(lang) == reader for t in found]
        other = [t for lang, found in by_language.items() if _primary(lang) != reader for t in found]
        texts[case_id] = "\n".join([*own, texts[case_id], *other])
    return texts


def cards_in_language(db: sqlite_utils.Database, cards: list[ResultCard], language: str) -> None:
    """Titles and summaries of result cards in the reader's language where translated, marked."""
    found = translation_store.case_field_translations(
        db, [card.id for card in cards], language, ("title", "summary")
    )
    for card in cards:
        fields = found.get(card.id, {})
        if not fields:
            continue
        card.title = fields["title"]["text"] if "title" in fields else card.title
        card.summary = fields["summary"]["text"] if "summary" in fields else card.summary
        card.translated = "machine" if any(f.get("machine") for f in fields.values()) else "translated"
