"""The index's schema and what goes into it for each case."""

from __future__ import annotations

import json
from typing import Any

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from desktop.catalogue.fields import YEAR, facet_fields, facet_names, index_weights
from desktop.search.analysis import (
    MixedScriptAnalyzer,
    MixedScriptFrequency,
    MixedScriptPositions,
    fold,
    mixed_script_analyzer,
    spelling_analyzer,
)
from desktop.search.facets import facet_values, keyword_values
from desktop.search.types import TEXT_FIELDS, IndexDoc

# Plain words are searched in `content`, one field holding every text of a case (titles twice,
# for weight): scoring one field is several times faster than five. The others serve field queries.
DEFAULT_FIELD = "content"
__all__ = ["DEFAULT_FIELD", "TEXT_FIELDS", "index_layout"]


def index_layout() -> str:
    """The registry's weights and facets an index is built with: one built with others is rebuilt."""
    return json.dumps([sorted(index_weights().items()), list(facet_names())])


def _text(analyzer: MixedScriptAnalyzer, phrase: bool = True, **options: Any) -> TEXT:
    """A TEXT field whose format reads the analyzer's terms directly (the same postings, faster)."""
    field = TEXT(analyzer=analyzer, phrase=phrase, **options)
    fast = MixedScriptPositions if phrase else MixedScriptFrequency
    field.format = fast(field_boost=field.format.field_boost)
    return field


def _schema() -> Schema:
    words = mixed_script_analyzer()
    weighted = {
        name: _text(words, field_boost=weight, multitoken_query="phrase")
        for name, weight in index_weights().items()
    }
    # Each facet of the registry for field queries (`stage:pilot`, `year:2018`): a year as a
    # number, any other as values separated by commas (a region's name holds spaces).
    facets = {f.search: _facet_field(f.kind) for f in facet_fields()}
    return Schema(
        id=ID(stored=True, unique=True),
        stamp=STORED,
        facets=STORED,
        **weighted,
        spell=_text(spelling_analyzer(), phrase=False),
        **facets,
        adapted_from=KEYWORD(lowercase=True),
    )


def _facet_field(kind: str) -> NUMERIC | KEYWORD:
    """A facet's field of its own (fields hold their analyzers: none is shared)."""
    return NUMERIC(int, bits=16, signed=False) if kind == YEAR else KEYWORD(lowercase=True, commas=True)


def _keywords(doc: IndexDoc) -> dict[str, Any]:
    """The facet fields' values of a case as the schema takes them (none for an unknown value)."""
    numeric = {f.search for f in facet_fields() if f.kind == YEAR}
    values: dict[str, Any] = {}
    for name, found in keyword_values(doc).items():
        if name in numeric:
            values.update({name: int(found[0])} if found else {})
        else:
            values[name] = ",".join(found)
    return values


def _facet_values(doc: IndexDoc) -> dict[str, Any]:
    return {**facet_values(doc), "sort": [fold(doc.title), fold(doc.city), doc.year or 0]}


def _fields(doc: IndexDoc) -> dict[str, Any]:
    place = " ".join([doc.city, *doc.city_other_names, doc.country_name, doc.region])
    values: dict[str, Any] = {
        "id": doc.id,
        "stamp": doc.stamp,
        "facets": _facet_values(doc),
        "title": doc.title,
        "local_title": doc.local_title,
        "summary": doc.summary,
        "place": place,
        "content": "\n".join(
            (doc.title, doc.title, doc.local_title, doc.local_title, doc.summary, place, doc.body)
        ),
        # Titles and summaries give "did you mean" its words: the bodies would double indexing time.
        "spell": " ".join((doc.title, doc.summary, doc.city, doc.country_name)),
        **_keywords(doc),
        "adapted_from": doc.adapted_from,
    }
    return values
