"""The Whoosh search index: schema, building, updating, querying. Nothing else imports Whoosh."""

from __future__ import annotations

import json
import logging
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import highlight, index, qparser, query
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.searching import Searcher

from desktop.search.analysis import fold, mixed_script_analyzer, spelling_analyzer
from desktop.search.types import (
    FACETS,
    IndexDoc,
    SearchHit,
    SearchOutcome,
    SearchRequest,
)

log = logging.getLogger(__name__)

# Bump when the schema or what goes into a document changes: older indexes are rebuilt.
SCHEMA_VERSION = 2
MARKER = "leaps-index.json"
THEME_WEIGHT = 0.6
TEXT_FIELDS = ("title", "local_title", "summary", "place", "body")
# Short field names a person types in a query, mapped to the index's fields.
FIELD_ALIASES = {
    "city": "place",
    "title": "title",
    "country": "country",
    "region": "region",
    "theme": "theme",
    "sdg": "sdg",
    "stage": "stage",
    "lang": "language",
    "language": "language",
    "level": "level",
    "year": "year",
}
_ALIASES_BY_FIELD: dict[str, list[str]] = {}
for _alias, _field in FIELD_ALIASES.items():
    if _alias != _field:
        _ALIASES_BY_FIELD.setdefault(_field, []).append(_alias)


def _schema() -> Schema:
    words = mixed_script_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        stamp=STORED,
        facets=STORED,
        title=TEXT(analyzer=words, field_boost=3.0, multitoken_query="phrase"),
        local_title=TEXT(analyzer=words, field_boost=3.0, multitoken_query="phrase"),
        summary=TEXT(analyzer=words, field_boost=1.5, multitoken_query="phrase"),
        place=TEXT(analyzer=words, field_boost=2.0, multitoken_query="phrase"),
        body=TEXT(analyzer=words, multitoken_query="phrase"),
        spell=TEXT(analyzer=spelling_analyzer(), phrase=False),
        theme=KEYWORD(lowercase=True, commas=True),
        country=KEYWORD(lowercase=True),
        region=KEYWORD(lowercase=True, commas=True),
        sdg=KEYWORD,
        stage=KEYWORD(lowercase=True),
        language=KEYWORD(lowercase=True),
        level=KEYWORD(lowercase=True),
        year=NUMERIC(int, bits=16, signed=False),
    )


def _facet_values(doc: IndexDoc) -> dict[str, Any]:
    return {
        "theme": doc.themes,
        "country": [doc.country],
        "region": [doc.region],
        "sdg": [str(s) for s in doc.sdgs],
        "stage": [doc.stage],
        "language": [doc.language],
        "level": [doc.level],
        "year": [str(doc.year)] if doc.year else [],
        "sort": [fold(doc.title), fold(doc.city), doc.year or 0],
    }


def _fields(doc: IndexDoc) -> dict[str, Any]:
    values: dict[str, Any] = {
        "id": doc.id,
        "stamp": doc.stamp,
        "facets": _facet_values(doc),
        "title": doc.title,
        "local_title": doc.local_title,
        "summary": doc.summary,
        "place": " ".join([doc.city, *doc.city_other_names, doc.country_name, doc.region]),
        "body": doc.body,
        "spell": " ".join((doc.title, doc.summary, doc.city, doc.country_name, doc.body)),
        "theme": ",".join(doc.themes),
        "country": doc.country,
        "region": doc.region,
        "sdg": " ".join(str(s) for s in doc.sdgs),
        "stage": doc.stage,
        "language": doc.language,
        "level": doc.level,
    }
    if doc.year:
        values["year"] = doc.year
    return values


class IndexDamagedError(Exception):
    """The index cannot be read and must be rebuilt from the catalogue."""


class SearchIndex:
    """A derived, disposable index of the catalogue's cases, kept in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: index.FileIndex | None = None
        self._searcher: Searcher | None = None
        self._doc_facets: list[dict[str, Any] | None] = []
        self.needs_rebuild = False
        self._open()

    # Opening and rebuilding

    def _open(self) -> None:
        """Open the index, or start an empty one flagged for rebuild if it is missing or damaged."""
        self.close()
        try:
            marker = json.loads((self.folder / MARKER).read_text(encoding="utf-8"))
            if marker.get("schema") != SCHEMA_VERSION:
                raise IndexDamagedError(f"index schema {marker.get('schema')}")
            self._ix = index.open_dir(str(self.folder))
            self._searcher = self._ix.searcher()
            self._doc_facets = []
            self.needs_rebuild = False
        except Exception as error:  # any damage at all means rebuild: the index is derived data
            log.warning("search index at %s unusable (%s); it will be rebuilt", self.folder, error)
            self._create_empty(self.folder)
            self._ix = index.open_dir(str(self.folder))
            self._searcher = self._ix.searcher()
            self._doc_facets = []
            self.needs_rebuild = True

    @staticmethod
    def _create_empty(folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        index.create_in(str(folder), _schema())
        (folder / MARKER).write_text(json.dumps({"schema": SCHEMA_VERSION}), encoding="utf-8")

    def rebuild(
        self,
        docs: Iterable[IndexDoc],
        total: int,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> bool:
        """Build a fresh index beside the old one, then swap it in; False if cancelled."""
        fresh = self.folder.with_name(self.folder.name + ".new")
        self._create_empty(fresh)
        ix = index.open_dir(str(fresh))
        writer = ix.writer(limitmb=128)
        for done, doc in enumerate(docs, start=1):
            if cancelled and cancelled():
                writer.cancel()
                shutil.rmtree(fresh, ignore_errors=True)
                return False
            writer.add_document(**_fields(doc))
            if progress and (done % 50 == 0 or done == total):
                progress(done, total)
        writer.commit()
        self.close()
        old = self.folder.with_name(self.folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.folder.exists():
            self.folder.rename(old)
        fresh.rename(self.folder)
        shutil.rmtree(old, ignore_errors=True)
        self._open()
        return True

    def close(self) -> None:
        """Release the searcher's open files."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    # Keeping it up to date

    def update(self, docs: Iterable[IndexDoc] = (), remove: Iterable[str] = ()) -> None:
        """Add or replace the given cases and drop the removed ones, in one commit."""
        assert self._ix is not None
        writer = self._ix.writer(timeout=10)
        try:
            for case_id in remove:
                writer.delete_by_term("id", case_id)
            for doc in docs:
                writer.update_document(**_fields(doc))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self._refresh()

    def _refresh(self) -> None:
        assert self._searcher is not None and self._ix is not None
        # A fresh searcher rather than Searcher.refresh(): refresh reuses segment readers whose
        # deletions are out of date, and fails outright on an index that was empty.
        self._searcher.close()
        self._searcher = self._ix.searcher()
        self._doc_facets = []

    def stamps(self) -> dict[str, str]:
        """Each indexed case's id and the catalogue stamp it was indexed at."""
        searcher = self._live_searcher()
        return {f["id"]: f["stamp"] for f in searcher.all_stored_fields()}

    def doc_count(self) -> int:
        """How many cases the index holds."""
        return self._live_searcher().doc_count()

    # Searching

    def _live_searcher(self) -> Searcher:
        assert self._searcher is not None
        if not self._searcher.up_to_date():
            self._refresh()
        return self._searcher

    def _facets_by_docnum(self, searcher: Searcher) -> list[dict[str, Any] | None]:
        """Each document's facet values, read once per searcher generation."""
        if not self._doc_facets:
            table: list[dict[str, Any] | None] = [None] * searcher.doc_count_all()
            reader = searcher.reader()
            for docnum, stored in reader.iter_docs():
                table[docnum] = stored["facets"]
            self._doc_facets = table
        return self._doc_facets

    def _parse(self, text: str) -> tuple[query.Query, bool]:
        """Parse a query; one the parser cannot read is taken as plain words."""
        parser = qparser.MultifieldParser(list(TEXT_FIELDS), schema=self._ix.schema)
        parser.add_plugin(qparser.FieldAliasPlugin(_ALIASES_BY_FIELD))
        parser.remove_plugin_class(qparser.WildcardPlugin)
        parser.add_plugin(qparser.PrefixPlugin())
        try:
            parsed = parser.parse(text)
            if _has_errors(parsed):
                raise ValueError("query has unreadable parts")
            return parsed, False
        except Exception:  # the parser's failures have no common base class
            plain = qparser.MultifieldParser(list(TEXT_FIELDS), schema=self._ix.schema, plugins=[])
            plain.remove_plugin_class(qparser.FieldsPlugin)
            words = " ".join(fold(w) for w in text.replace('"', " ").split())
            return plain.parse(words) if words.strip() else query.Every(), True

    def search(
        self, request: SearchRequest, texts: Callable[[list[str]], dict[str, str]] | None = None
    ) -> SearchOutcome:
        """Ranked hits with snippets, facet counts over the matches, and a suggestion."""
        searcher = self._live_searcher()
        facets = self._facets_by_docnum(searcher)
        text = request.text.strip()
        if text:
            parsed, plain = self._parse(text)
        else:
            parsed, plain = query.Every(), False
        matched = set(searcher.docs_for_query(parsed))
        kept, counts = _filter_and_count(matched, facets, request)
        page = self._page(searcher, parsed, kept, facets, request)
        hits = self._hits(searcher, parsed, page, texts)
        suggestion = self._suggest(searcher, text) if text and len(kept) < 3 else ""
        return SearchOutcome(hits, len(kept), counts, suggestion, plain)

    def _page(
        self,
        searcher: Searcher,
        parsed: query.Query,
        kept: set[int],
        facets: list[dict[str, Any] | None],
        request: SearchRequest,
    ) -> list[tuple[int, float]]:
        end = request.offset + request.limit
        if request.sort == "relevance" and not isinstance(parsed, query.Every):
            results = searcher.search(parsed, limit=end, filter=kept, terms=True)
            return [(hit.docnum, hit.score) for hit in results[request.offset : end]]
        key = {"title": 0, "city": 1, "year": 2, "relevance": 0}[request.sort]
        reverse = request.sort == "year"
        ordered = sorted(kept, key=lambda d: (facets[d]["sort"][key], facets[d]["sort"][0]))
        if reverse:
            ordered.sort(key=lambda d: facets[d]["sort"][2], reverse=True)
        return [(docnum, 0.0) for docnum in ordered[request.offset : end]]

    def _hits(
        self,
        searcher: Searcher,
        parsed: query.Query,
        page: list[tuple[int, float]],
        texts: Callable[[list[str]], dict[str, str]] | None,
    ) -> list[SearchHit]:
        ids = [searcher.stored_fields(docnum)["id"] for docnum, _ in page]
        bodies = texts(ids) if texts else {}
        words = {text for name, text in parsed.iter_all_terms() if name in TEXT_FIELDS}
        fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
        formatter = _SpanFormatter(between=" … ")
        analyzer = mixed_script_analyzer()
        hits = []
        for (_docnum, score), case_id in zip(page, ids, strict=True):
            source = bodies.get(case_id, "")
            snippet = ""
            if words and source:
                snippet = highlight.highlight(
                    source, words, analyzer, fragmenter, formatter, top=2, order=highlight.FIRST
                )
            hits.append(SearchHit(case_id, score, snippet))
        return hits

    def _suggest(self, searcher: Searcher, text: str) -> str:
        """The query with each unknown word replaced by the closest known one."""
        corrector = searcher.corrector("spell")
        reader = searcher.reader()
        changed = False
        words = []
        for word in text.split():
            bare = fold(word)
            if ":" in word or not bare.isalpha() or reader.doc_frequency("spell", bare) > 0:
                words.append(word)
                continue
            found = corrector.suggest(bare, limit=1, maxdist=2)
            if found:
                words.append(found[0])
                changed = True
            else:
                words.append(word)
        return " ".join(words) if changed else ""

    def more_like(self, case_id: str, text: str, limit: int = 5) -> list[SearchHit]:
        """Cases sharing the key terms of `text` and the case's themes, the case itself excluded."""
        searcher = self._live_searcher()
        docnum = searcher.document_number(id=case_id)
        if docnum is None:
            return []
        themes = self._facets_by_docnum(searcher)[docnum]["theme"]
        # Key terms alone favour rare words (place names); shared themes pull in the same practice.
        terms = [
            query.Term("body", word, boost=weight)
            for word, weight in searcher.key_terms_from_text("body", text, numterms=20)
        ]
        terms += [query.Term("theme", theme, boost=THEME_WEIGHT) for theme in themes]
        if not terms:
            return []
        results = searcher.search(query.Or(terms), limit=limit, mask={docnum})
        return [SearchHit(hit["id"], hit.score, "") for hit in results]


class _SpanFormatter(highlight.HtmlFormatter):
    """Marks each run of overlapping matches once, so a bigram match reads `<mark>서울시</mark>`."""

    def format_fragment(self, fragment: highlight.Fragment, replace: bool = False) -> str:
        spans: list[list[int]] = []
        for token in sorted(fragment.matches, key=lambda t: t.startchar):
            if spans and token.startchar < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], token.endchar)
            else:
                spans.append([token.startchar, token.endchar])
        text, output, position = fragment.text, [], fragment.startchar
        for start, end in spans:
            output.append(self._text(text[position:start]))
            output.append(f"<mark>{self._text(text[start:end])}</mark>")
            position = end
        output.append(self._text(text[position : fragment.endchar]))
        return "".join(output)


def _has_errors(parsed: query.Query) -> bool:
    return (
        any(
            isinstance(q, query.qcore._NullQuery) or q.__class__.__name__ == "ErrorQuery"
            for q in parsed.leaves()
        )
        if hasattr(parsed, "leaves")
        else False
    )


def _filter_and_count(
    matched: set[int], facets: list[dict[str, Any] | None], request: SearchRequest
) -> tuple[set[int], dict[str, list[tuple[str, int]]]]:
    """Apply the facet filters and count each facet over matches that pass the other filters.

    Counting a facet without its own filter lets a person widen a choice (this country *or*
    that one) while seeing how many each would add.
    """
    wanted = {name: set(values) for name, values in request.filters.items() if values}
    counters: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    kept: set[int] = set()
    for docnum in matched:
        values = facets[docnum]
        if values is None:
            continue
        failed = [name for name, allowed in wanted.items() if not allowed & set(values[name])]
        year = int(values["year"][0]) if values["year"] else None
        if (request.year_from is not None or request.year_to is not None) and (
            year is None
            or (request.year_from is not None and year < request.year_from)
            or (request.year_to is not None and year > request.year_to)
        ):
            failed.append("year")
        if not failed:
            kept.add(docnum)
            for name in FACETS:
                counters[name].update(values[name])
        elif len(failed) == 1:
            counters[failed[0]].update(values[failed[0]])
    return kept, {name: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for name, c in counters.items()}
