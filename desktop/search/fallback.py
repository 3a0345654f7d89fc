"""Searching cases the index does not hold yet (while it catches up), from their catalogue fields.

Plain words, field queries (`city:busan`, `title:"night bus"`, `country:kr`, `year:2018`) and every
facet filter are answered; a query with operators, groups or wildcards inside a word waits for the
index. Words match anywhere in a word, case and accents folded, in the title, local title, summary
and place (the bodies are left to the index).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.catalogue.fields import facet_names
from desktop.search import types
from desktop.search.analysis import fold
from desktop.search.facets import facet_values, keyword_values
from desktop.search.types import FIELD_ALIASES, IndexDoc, SearchRequest, year_bounds

# A word or a quoted phrase, either one after a field name.
_TOKEN = re.compile(r'(?:(?P<field>\w+):)?(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"]+))')
# What only the query parser reads: groups, ranges, boosts, fuzzy and single-letter wildcards.
_PARSER_ONLY = re.compile(r"[()?^~\[\]{}]")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
# Fields of text, and the case's texts each reads; the others hold values compared whole.
TEXT_FIELDS = frozenset(types.TEXT_FIELDS)


def keyword_fields() -> frozenset[str]:
    """The fields holding values compared whole: each facet of the registry, and the origin."""
    return frozenset({*facet_names(), "adapted_from"})


@dataclass(frozen=True)
class PlainQuery:
    """A query read without the parser: folded words every case must hold, and field conditions."""

    words: tuple[str, ...]
    fields: tuple[tuple[str, str], ...]


def read_query(text: str) -> PlainQuery | None:
    """The query as words and field conditions, or None when it needs the query parser."""
    if _PARSER_ONLY.search(text):
        return None
    words: list[str] = []
    fields: list[tuple[str, str]] = []
    position = 0
    for token in _TOKEN.finditer(text):
        if text[position : token.start()].strip():
            return None  # an unpaired quote
        position = token.end()
        bare = token["bare"]
        if bare in _OPERATORS:
            return None
        value = fold(token["quoted"] if bare is None else bare.removesuffix("*")).strip()
        if "*" in value:
            return None
        name = token["field"]
        if name is None:
            words += [value] if value else []
            continue
        field = FIELD_ALIASES.get(name.lower(), name.lower())
        if field not in TEXT_FIELDS | keyword_fields():
            return None
        if value:
            fields.append((field, value))
    if text[position:].strip():
        return None
    return PlainQuery(tuple(words), tuple(fields))


@dataclass(frozen=True)
class Prepared:
    """A case read once for searching without the index: its texts and values folded."""

    id: str
    texts: dict[str, str]
    keywords: dict[str, list[str]]
    facets: dict[str, list[str]]
    year: int | None


def prepare(doc: IndexDoc) -> Prepared:
    """What `matches` compares of a case (kept while the index catches up: folding costs most)."""
    place = " ".join([doc.city, *doc.city_other_names, doc.country_name, doc.region])
    texts = {"title": doc.title, "local_title": doc.local_title, "summary": doc.summary, "place": place}
    texts["content"] = "\n".join(texts.values())
    keywords = {**keyword_values(doc), "adapted_from": [doc.adapted_from]}
    return Prepared(
        doc.id,
        {name: fold(text) for name, text in texts.items()},
        {name: [fold(v) for v in found if v] for name, found in keywords.items()},
        facet_values(doc),
        doc.year,
    )


def _in_years(year: int | None, spans: list[tuple[int | None, int | None]]) -> bool:
    return year is not None and any(
        (low is None or low <= year) and (high is None or year <= high) for low, high in spans
    )


def passes_filters(case: Prepared, request: SearchRequest) -> bool:
    """Whether a case passes the request's facet filters and year range, as the index would judge."""
    for name, chosen in request.filters.items():
        if not chosen:
            continue
        if name == "year":
            if not _in_years(case.year, [year_bounds(value) for value in chosen]):
                return False
        elif name in case.facets and not set(chosen) & set(case.facets[name]):
            return False
    if request.year_from is not None or request.year_to is not None:
        return _in_years(case.year, [(request.year_from, request.year_to)])
    return True


def matches(case: Prepared, plain: PlainQuery, request: SearchRequest) -> bool:
    """Whether a case holds every word and field condition of the query and passes its filters."""
    content = case.texts["content"]
    if not all(word in content for word in plain.words):
        return False
    for field, value in plain.fields:
        if field in TEXT_FIELDS and value not in case.texts[field]:
            return False
        if field in case.keywords and value not in case.keywords[field]:
            return False
    return passes_filters(case, request)
