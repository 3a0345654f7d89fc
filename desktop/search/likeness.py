"""Cases like this one: those sharing its key words, its components' words and its themes."""

from __future__ import annotations

from collections.abc import Callable

from whoosh import query
from whoosh.searching import Searcher

from desktop.search.analysis import stem_of, words_of
from desktop.search.schema import DEFAULT_FIELD
from desktop.search.types import Likeness

THEME_WEIGHT = 0.6
# Words that stand for a case in "cases like this": more make the query slow on a large catalogue
# (20 took 0.4 s at 10,000 cases, 8 take 0.1 s) without finding better neighbours.
KEY_TERMS = 8
# Components weigh more than prose: sharing a part of the practice says more than sharing words.
PART_WEIGHT = 1.5
# Shared words named for each case like this one.
SHARED_WORDS = 4


def more_like(
    searcher: Searcher,
    case_id: str,
    text: str,
    parts: list[str],
    parts_of: Callable[[list[str]], dict[str, list[str]]],
    limit: int = 5,
) -> list[Likeness]:
    """Cases sharing the key words of the case's text (`text`), of its components' names and
    descriptions (`parts`) and its themes, the case itself excluded, each with what it shares."""
    docnum = searcher.document_number(id=case_id)
    if docnum is None:
        return []
    themes = searcher.stored_fields(docnum)["facets"]["theme"]
    # Key terms alone favour rare words (place names); shared themes and components pull in
    # the same practice, and stand in for each other when a case has no themes.
    prose = searcher.key_terms_from_text(DEFAULT_FIELD, text, numterms=KEY_TERMS) if text else []
    part_text = "\n".join(parts)
    part_terms = searcher.key_terms_from_text(DEFAULT_FIELD, part_text, numterms=KEY_TERMS) if parts else []
    terms = [query.Term(DEFAULT_FIELD, word, boost=weight) for word, weight in prose]
    terms += [query.Term(DEFAULT_FIELD, word, boost=weight * PART_WEIGHT) for word, weight in part_terms]
    terms += [query.Term("theme", theme, boost=THEME_WEIGHT) for theme in themes]
    if not terms:
        return []
    # One more than asked, then the case itself dropped: a mask would make Whoosh score every
    # match, where a plain top-N search skips blocks that cannot make the list.
    results = searcher.search(query.Or(terms), limit=limit + 1, terms=True)
    found = [hit for hit in results if hit.docnum != docnum][:limit]
    their_parts = parts_of([hit["id"] for hit in found])
    written = _written_forms(f"{text}\n{part_text}")
    prose_stems = [word for word, _ in prose]
    part_stems = {word for word, _ in part_terms}
    alike = []
    for hit in found:
        shared = {_decoded(term) for field, term in hit.matched_terms() if field == DEFAULT_FIELD}
        their_themes = set(hit["facets"]["theme"])
        alike.append(
            Likeness(
                case_id=hit["id"],
                score=hit.score,
                themes=[t for t in themes if t in their_themes],
                components=[
                    name
                    for name in their_parts.get(hit["id"], [])
                    if shared & part_stems & {stem_of(w) for w in words_of(name)}
                ],
                words=[written[w] for w in prose_stems if w in shared and w in written][:SHARED_WORDS],
            )
        )
    return alike


def _decoded(term: str | bytes) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def _written_forms(text: str) -> dict[str, str]:
    """Each stem of a text with the first word written for it, to name shared words as people write them."""
    forms: dict[str, str] = {}
    for word in words_of(text):
        stem = stem_of(word)
        if stem is not None and stem not in forms:
            forms[stem] = word.lower() if not word.isupper() else word
    return forms
