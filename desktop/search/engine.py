"""The Whoosh search index: schema, building, updating, querying. Nothing else imports Whoosh."""

from __future__ import annotations

import difflib
import html
import json
import logging
import re
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import index, qparser, query
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.searching import Searcher

from desktop.search.analysis import (
    MixedScriptAnalyzer,
    MixedScriptFrequency,
    MixedScriptPositions,
    fold,
    mixed_script_analyzer,
    spelling_analyzer,
)
from desktop.search.facets import FacetTable, from_bits, to_bits
from desktop.search.types import (
    UNKNOWN,
    IndexDoc,
    SearchHit,
    SearchOutcome,
    SearchRequest,
)
from desktop.search.writer import PooledWriter

log = logging.getLogger(__name__)

# Bump when the schema or what goes into a document changes: older indexes are rebuilt.
SCHEMA_VERSION = 5
# Segments stay as separate files: Whoosh copies a compound segment's postings into memory when it
# opens a searcher (about the size of the index), but reads separate files through mmap.
MARKER = "leaps-index.json"
FACET_CACHE = "leaps-facets.json"
THEME_WEIGHT = 0.6
# Plain words are searched in `content`, one field holding every text of a case (titles twice,
# for weight): scoring one field is several times faster than five. The others serve field queries.
DEFAULT_FIELD = "content"
TEXT_FIELDS = ("content", "title", "local_title", "summary", "place")
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


def _text(analyzer: MixedScriptAnalyzer, phrase: bool = True, **options: Any) -> TEXT:
    """A TEXT field whose format reads the analyzer's terms directly (the same postings, faster)."""
    field = TEXT(analyzer=analyzer, phrase=phrase, **options)
    fast = MixedScriptPositions if phrase else MixedScriptFrequency
    field.format = fast(field_boost=field.format.field_boost)
    return field


def _schema() -> Schema:
    words = mixed_script_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        stamp=STORED,
        facets=STORED,
        title=_text(words, field_boost=3.0, multitoken_query="phrase"),
        local_title=_text(words, field_boost=3.0, multitoken_query="phrase"),
        summary=_text(words, field_boost=1.5, multitoken_query="phrase"),
        place=_text(words, field_boost=2.0, multitoken_query="phrase"),
        content=_text(words, multitoken_query="phrase"),
        spell=_text(spelling_analyzer(), phrase=False),
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
        "country": [doc.country or UNKNOWN],
        "region": [doc.region or UNKNOWN],
        "sdg": [str(s) for s in doc.sdgs],
        "stage": [doc.stage or UNKNOWN],
        "language": [doc.language or UNKNOWN],
        "level": [doc.level or UNKNOWN],
        "year": [str(doc.year)] if doc.year else [],
        "sort": [fold(doc.title), fold(doc.city), doc.year or 0],
    }


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


# Words that stand for a case in "cases like this": more make the query slow on a large catalogue
# (20 took 0.4 s at 10,000 cases, 8 take 0.1 s) without finding better neighbours.
KEY_TERMS = 8


class SearchIndex:
    """A derived, disposable index of the catalogue's cases, kept in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: index.FileIndex | None = None
        self._searcher: Searcher | None = None
        self._facets: FacetTable | None = None
        self._words: dict[tuple[str, int], list[str]] | None = None
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
            self._facets, self._words = None, None
            self.needs_rebuild = False
        except Exception as error:  # any damage at all means rebuild: the index is derived data
            if (self.folder / MARKER).exists():
                log.warning("search index at %s unusable (%s); it will be rebuilt", self.folder, error)
            else:  # a first start, or an index deleted to make room: nothing is wrong
                log.info("no search index at %s yet; it will be built", self.folder)
            self._create_empty(self.folder)
            self._ix = index.open_dir(str(self.folder))
            self._searcher = self._ix.searcher()
            self._facets, self._words = None, None
            self.needs_rebuild = True

    @staticmethod
    def _create_empty(folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        index.create_in(str(folder), _schema())
        (folder / MARKER).write_text(json.dumps({"schema": SCHEMA_VERSION, "mark": ""}), encoding="utf-8")

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
        writer = PooledWriter(ix, limitmb=128, compound=False)
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

    @property
    def mark(self) -> str:
        """What the catalogue looked like when the index was last brought up to date with it."""
        try:
            return str(json.loads((self.folder / MARKER).read_text(encoding="utf-8")).get("mark", ""))
        except (OSError, ValueError):
            return ""

    def set_mark(self, mark: str) -> None:
        """Remember that the index now matches the catalogue as `mark` describes it."""
        marker = self.folder / MARKER
        temporary = marker.with_suffix(".tmp")
        temporary.write_text(json.dumps({"schema": SCHEMA_VERSION, "mark": mark}), encoding="utf-8")
        temporary.replace(marker)

    def close(self) -> None:
        """Release the searcher's open files."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    # Keeping it up to date

    def update(self, docs: Iterable[IndexDoc] = (), remove: Iterable[str] = ()) -> None:
        """Add or replace the given cases and drop the removed ones, in one commit."""
        assert self._ix is not None
        docs = list(docs)
        writer = PooledWriter(self._ix, timeout=10, compound=False)
        try:
            # One searcher for every deletion: Whoosh's update_document and delete_by_term open a
            # new one per call, which made importing thousands of cases take minutes.
            with writer.searcher() as searcher:
                for case_id in [*remove, *(doc.id for doc in docs)]:
                    docnum = searcher.document_number(id=case_id)
                    if docnum is not None:
                        writer.delete_document(docnum)
            for doc in docs:
                writer.add_document(**_fields(doc))
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
        self._facets, self._words = None, None

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

    def _facet_table(self, searcher: Searcher) -> FacetTable:
        """Facet bitsets of every document: kept in a file beside the index for its generation,
        because reading every stored document again took half a second at each start."""
        if self._facets is not None:
            return self._facets
        assert self._ix is not None
        generation = self._ix.latest_generation()
        cache = self.folder / FACET_CACHE
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data.get("generation") == generation:
                self._facets = FacetTable.from_json(data["table"])
                return self._facets
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing or unreadable: derived data, rebuilt below
        docs = ((docnum, stored["facets"]) for docnum, stored in searcher.reader().iter_docs())
        self._facets = FacetTable(docs, searcher.doc_count_all())
        try:
            temporary = cache.with_suffix(".tmp")
            temporary.write_text(json.dumps({"generation": generation, "table": self._facets.to_json()}))
            temporary.replace(cache)
        except OSError as error:
            log.info("facet cache not written (%s); it is rebuilt next time", error)
        return self._facets

    def _parse(self, text: str) -> tuple[query.Query, bool]:
        """Parse a query; one the parser cannot read is taken as plain words."""
        parser = qparser.QueryParser(DEFAULT_FIELD, schema=self._ix.schema)
        parser.add_plugin(qparser.FieldAliasPlugin(_ALIASES_BY_FIELD))
        parser.remove_plugin_class(qparser.WildcardPlugin)
        parser.add_plugin(qparser.PrefixPlugin())
        try:
            parsed = parser.parse(text)
            if _has_errors(parsed):
                raise ValueError("query has unreadable parts")
            return parsed, False
        except Exception:  # the parser's failures have no common base class
            plain = qparser.QueryParser(DEFAULT_FIELD, schema=self._ix.schema, plugins=[])
            plain.remove_plugin_class(qparser.FieldsPlugin)
            words = " ".join(fold(w) for w in text.replace('"', " ").split())
            return plain.parse(words) if words.strip() else query.Every(), True

    def search(
        self, request: SearchRequest, texts: Callable[[list[str]], dict[str, str]] | None = None
    ) -> SearchOutcome:
        """Ranked hits with snippets, facet counts over the matches, and a suggestion."""
        searcher = self._live_searcher()
        facets = self._facet_table(searcher)
        text = request.text.strip()
        if text:
            parsed, plain = self._parse(text)
            matched = to_bits(searcher.docs_for_query(parsed), facets.size)
        else:
            parsed, plain = query.Every(), False
            matched = facets.all
        kept, counts = facets.filter_and_count(matched, request)
        total = kept.bit_count()
        page = self._page(searcher, parsed, kept, facets, request)
        hits = self._hits(searcher, parsed, page, texts)
        suggestion = self._suggest(searcher, text) if text and total < 3 else ""
        return SearchOutcome(hits, total, counts, suggestion, plain)

    def _page(
        self,
        searcher: Searcher,
        parsed: query.Query,
        kept: int,
        facets: FacetTable,
        request: SearchRequest,
    ) -> list[tuple[int, float]]:
        end = request.offset + request.limit
        if request.sort == "relevance" and not isinstance(parsed, query.Every):
            narrowed = bool(request.filters) or request.year_from is not None or request.year_to is not None
            allowed = set(from_bits(kept)) if narrowed else None
            results = searcher.search(parsed, limit=end, filter=allowed)
            return [(hit.docnum, hit.score) for hit in results[request.offset : end]]
        pages = facets.page(kept, request.sort, request.offset, request.limit, request.reverse)
        return [(docnum, 0.0) for docnum in pages]

    def _hits(
        self,
        searcher: Searcher,
        parsed: query.Query,
        page: list[tuple[int, float]],
        texts: Callable[[list[str]], dict[str, str]] | None,
    ) -> list[SearchHit]:
        ids = [searcher.stored_fields(docnum)["id"] for docnum, _ in page]
        bodies = texts(ids) if texts else {}
        finder = _word_finder({text for name, text in parsed.iter_all_terms() if name in TEXT_FIELDS})
        return [
            SearchHit(case_id, score, snippet(bodies.get(case_id, ""), finder))
            for (_docnum, score), case_id in zip(page, ids, strict=True)
        ]

    def _vocabulary(self, searcher: Searcher) -> dict[tuple[str, int], list[str]]:
        """Words of titles and summaries grouped by first letter and length, read once per searcher."""
        if self._words is None:
            groups: dict[tuple[str, int], list[str]] = {}
            for raw in searcher.reader().lexicon("spell"):
                word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                if word.isalpha() and len(word) > 2:
                    groups.setdefault((word[0], len(word)), []).append(word)
            self._words = groups
        return self._words

    def _suggest(self, searcher: Searcher, text: str) -> str:
        """The query with each unknown word replaced by the closest known one."""
        reader = searcher.reader()
        vocabulary = self._vocabulary(searcher)
        changed = False
        words = []
        for word in text.split():
            bare = fold(word)
            if ":" in word or not bare.isalpha() or reader.doc_frequency("spell", bare) > 0:
                words.append(word)
                continue
            # A misspelling mostly keeps its first letter and its length within two.
            candidates = [
                w for size in range(len(bare) - 2, len(bare) + 3) for w in vocabulary.get((bare[0], size), [])
            ]
            found = difflib.get_close_matches(bare, candidates, n=1, cutoff=0.7)
            words.append(found[0] if found else word)
            changed |= bool(found)
        return " ".join(words) if changed else ""

    def more_like(self, case_id: str, text: str, limit: int = 5) -> list[SearchHit]:
        """Cases sharing the key terms of `text` and the case's themes, the case itself excluded."""
        searcher = self._live_searcher()
        docnum = searcher.document_number(id=case_id)
        if docnum is None:
            return []
        themes = searcher.stored_fields(docnum)["facets"]["theme"]
        # Key terms alone favour rare words (place names); shared themes pull in the same practice.
        terms = [
            query.Term(DEFAULT_FIELD, word, boost=weight)
            for word, weight in searcher.key_terms_from_text(DEFAULT_FIELD, text, numterms=KEY_TERMS)
        ]
        terms += [query.Term("theme", theme, boost=THEME_WEIGHT) for theme in themes]
        if not terms:
            return []
        # One more than asked, then the case itself dropped: a mask would make Whoosh score every
        # match, where a plain top-N search skips blocks that cannot make the list.
        results = searcher.search(query.Or(terms), limit=limit + 1)
        return [SearchHit(hit["id"], hit.score, "") for hit in results if hit.docnum != docnum][:limit]


SNIPPET_CHARS = 240


def _word_finder(terms: set[str]) -> re.Pattern[str] | None:
    """A pattern for the query's terms as they appear in raw text: a stem starts a word, a
    bigram matches where it stands."""
    if not terms:
        return None
    parts = [
        re.escape(t) if not t.isascii() else rf"(?<!\w){re.escape(t)}\w*"
        for t in sorted(terms, key=len, reverse=True)
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def snippet(text: str, finder: re.Pattern[str] | None) -> str:
    """A few lines of `text` around the first match, HTML-escaped, matches in `<mark>`.

    Runs of overlapping matches (character bigrams) become one mark. Empty when nothing matches,
    so the result list can show the summary instead.
    """
    if finder is None or not text:
        return ""
    first = finder.search(text)
    if first is None:
        return ""
    start = max(0, first.start() - SNIPPET_CHARS // 3)
    end = min(len(text), start + SNIPPET_CHARS)
    spans: list[list[int]] = []
    position = start
    while (match := finder.search(text, position, end)) is not None:
        if spans and match.start() <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], match.end())
        else:
            spans.append([match.start(), match.end()])
        # Step one character on, so overlapping bigrams (서울, 울시) are each found.
        position = match.start() + 1
    pieces = ["…" if start > 0 else ""]
    cursor = start
    for begin, finish in spans:
        pieces.append(html.escape(text[cursor:begin]))
        pieces.append(f"<mark>{html.escape(text[begin:finish])}</mark>")
        cursor = finish
    pieces.append(html.escape(text[cursor:end]))
    pieces.append("…" if end < len(text) else "")
    return "".join(pieces)


def _has_errors(parsed: query.Query) -> bool:
    return (
        any(
            isinstance(q, query.qcore._NullQuery) or q.__class__.__name__ == "ErrorQuery"
            for q in parsed.leaves()
        )
        if hasattr(parsed, "leaves")
        else False
    )
