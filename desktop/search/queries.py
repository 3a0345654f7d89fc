"""Reading a query: words as typed beside their stems, and the glossary's expansions shown."""

from __future__ import annotations

from whoosh import query

from desktop.search.analysis import EXACT_MARK, fold, is_bigram_text, stem_of
from desktop.search.glossary import Expansion
from desktop.search.schema import TEXT_FIELDS
from desktop.search.types import QueryExpansion

# Words allowed between those of a glossary term: a stop word the term leaves out.
PHRASE_SLOP = 2
# Terms of other languages shown for a query: the search uses them all.
SHOWN_TERMS = 6


def shown_expansions(expansions: list[Expansion]) -> list[QueryExpansion]:
    """What the window shows of the expansions: the words typed and the first terms searched with them."""
    shown: dict[str, list[str]] = {}
    for expansion in expansions:
        terms = shown.setdefault(expansion.typed, [])
        terms += [t for t in expansion.alternatives if t not in terms]
    return [QueryExpansion(typed, terms[:SHOWN_TERMS]) for typed, terms in shown.items()]


# A word written as typed counts this many times a word that only shares its stem (house, housing).
EXACT_BOOST = 2.0


def _typed(q: query.Query, text: str) -> str:
    """The part of the query text a parsed query came from ("" when the parser did not say)."""
    start, end = getattr(q, "startchar", None), getattr(q, "endchar", None)
    return text[start:end] if start is not None and end is not None else ""


def words_as_typed(q: query.Query, text: str) -> query.Query:
    """Add each word's as-typed form to its stem: `participat*` runs against words as written and
    against stems, and `housing` counts more where "housing" itself is written than "house"."""
    if isinstance(q, query.Prefix) and q.fieldname in TEXT_FIELDS:
        typed = fold(_typed(q, text).rstrip("*")) or q.text
        if is_bigram_text(typed) or not typed.isalnum():
            return q
        return query.Or(
            [
                query.Prefix(q.fieldname, typed, boost=q.boost),
                query.Prefix(q.fieldname, EXACT_MARK + typed, boost=q.boost),
            ]
        )
    if isinstance(q, query.Term) and q.fieldname in TEXT_FIELDS:
        typed = fold(_typed(q, text))
        if typed != q.text and stem_of(typed) == q.text:
            return query.Or([q, query.Term(q.fieldname, EXACT_MARK + typed, boost=q.boost * EXACT_BOOST)])
        return q
    if q.is_leaf():
        return q
    return q.apply(lambda sub: words_as_typed(sub, text))


def has_errors(parsed: query.Query) -> bool:
    return (
        any(
            isinstance(q, query.qcore._NullQuery) or q.__class__.__name__ == "ErrorQuery"
            for q in parsed.leaves()
        )
        if hasattr(parsed, "leaves")
        else False
    )
