"""The Whoosh search index: schema, building, updating, querying. Nothing else imports Whoosh."""

from __future__ import annotations

import functools
import json
import logging
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from whoosh import index, qparser, query
from whoosh.searching import Searcher

from desktop.search.analysis import exact_term, fold, is_bigram_text, stem_of, words_of
from desktop.search.facets import FacetTable, from_bits, to_bits
from desktop.search.glossary import Expansion, glossary
from desktop.search.lengths import hold_lengths
from desktop.search.likeness import more_like
from desktop.search.matching import Scored, scored_matches
from desktop.search.parts import IndexPartError, PartProcess, RebuildCancelled, write_part
from desktop.search.queries import (
    EXACT_BOOST,
    PHRASE_SLOP,
    has_errors,
    shown_expansions,
    words_as_typed,
)
from desktop.search.schema import DEFAULT_FIELD, TEXT_FIELDS, _fields, _schema, index_layout
from desktop.search.snippets import Highlighter, snippet
from desktop.search.suggestions import Vocabulary, suggest, vocabulary
from desktop.search.types import (
    FIELD_ALIASES,
    PLAIN_WORDS,
    IndexDoc,
    Likeness,
    SearchHit,
    SearchOutcome,
    SearchRequest,
)
from desktop.search.writer import PooledWriter

# Names the rest of the app imports from here: the engine is its one door to Whoosh.
__all__ = [
    "TEXT_FIELDS",
    "IndexDamagedError",
    "IndexPartError",
    "SearchIndex",
    "_fields",
    "_schema",
    "write_part",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

# Bump when the schema or what goes into a document changes: older indexes are rebuilt.
SCHEMA_VERSION = 8
# Segments stay as separate files: Whoosh copies a compound segment's postings into memory when it
# opens a searcher (about the size of the index), but reads separate files through mmap.
MARKER = "leaps-index.json"
FACET_CACHE = "leaps-facets.json"
_ALIASES_BY_FIELD: dict[str, list[str]] = {}
for _alias, _field in FIELD_ALIASES.items():
    if _alias != _field:
        _ALIASES_BY_FIELD.setdefault(_field, []).append(_alias)


def _schema_mark() -> str:
    """What an index's marker says it was built with: the schema's version and the registry's
    weights and facets (desktop/catalogue/fields.py); an index built with others is rebuilt."""
    return f"{SCHEMA_VERSION} {index_layout()}"


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    """Run a SearchIndex method holding the index's lock (see SearchIndex._lock)."""

    @functools.wraps(method)
    def locked(self: SearchIndex, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return locked


class IndexDamagedError(Exception):
    """The index cannot be read and must be rebuilt from the catalogue."""


class SearchIndex:
    """A derived, disposable index of the catalogue's cases, kept in one folder."""

    def __init__(self, folder: Path, glossary_folder: Path | None = None) -> None:
        self.folder = folder
        self.glossary_folder = glossary_folder
        self._ix: index.FileIndex | None = None
        self._searcher: Searcher | None = None
        self._facets: FacetTable | None = None
        self._words: dict[tuple[str, int], list[str]] | None = None
        self._parser: qparser.QueryParser | None = None
        # A rebuild may run on a thread of its own: swapping the new index in waits for a search
        # under way, and a search waits for the swap.
        self._lock = threading.RLock()
        self.needs_rebuild = False
        self._open()

    # Opening and rebuilding

    def _open(self) -> None:
        """Open the index, or start an empty one flagged for rebuild if it is missing or damaged."""
        self.close()
        try:
            marker = json.loads((self.folder / MARKER).read_text(encoding="utf-8"))
            if marker.get("schema") != _schema_mark():
                # internal: logged, and the index is rebuilt; no person is told
                raise IndexDamagedError(f"index schema {marker.get('schema')}")
            self._ix = index.open_dir(str(self.folder))
            self._searcher = self._ix.searcher()
            hold_lengths(self._searcher)
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
        (folder / MARKER).write_text(json.dumps({"schema": _schema_mark(), "mark": ""}), encoding="utf-8")

    def rebuild(
        self,
        docs: Iterable[IndexDoc],
        total: int,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        helper: Callable[[Path], subprocess.Popen[bytes]] | None = None,
    ) -> bool:
        """Build a fresh index beside the old one, then swap it in; False if cancelled.

        `helper`, given the fresh index's folder, starts a process that indexes the rest of the
        cases there as a segment of its own (see `write_part`): both cores build at once, and the
        two segments are committed together, unmerged (merging would cost what was saved)."""
        fresh = self.folder.with_name(self.folder.name + ".new")
        self._create_empty(fresh)
        ix = index.open_dir(str(fresh))
        part = PartProcess(helper(fresh)) if helper else None
        writer = PooledWriter(ix, limitmb=128, compound=False)
        try:
            for done, doc in enumerate(docs, start=1):
                if cancelled and cancelled():
                    raise RebuildCancelled
                writer.add_document(**_fields(doc))
                if progress and (done % 50 == 0):
                    progress(done + (part.done if part else 0), total)
            # This process's segment is written while the other still indexes its half.
            own = writer.finish_own()
            segments = [part.segment(cancelled)] if part else []
        except BaseException as error:
            if part:
                part.stop()
            writer.cancel()
            shutil.rmtree(fresh, ignore_errors=True)
            if isinstance(error, RebuildCancelled):
                return False
            raise
        writer.commit_with(own, [s for s in segments if s is not None])
        if progress:
            progress(total, total)
        with self._lock:
            self.close()
            old = self.folder.with_name(self.folder.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if self.folder.exists():
                self.folder.rename(old)
            fresh.rename(self.folder)
            shutil.rmtree(old, ignore_errors=True)
            self._open()
            # Written now, on the rebuild's thread, so the first search reads it from the file
            # rather than every stored document (over a second at 10,000 cases).
            self._facet_table(self._live_searcher())
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
        temporary.write_text(json.dumps({"schema": _schema_mark(), "mark": mark}), encoding="utf-8")
        temporary.replace(marker)

    def close(self) -> None:
        """Release the searcher's open files."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    # Keeping it up to date

    @_locked
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
        hold_lengths(self._searcher)
        self._facets, self._words = None, None

    @_locked
    def warm(self) -> None:
        """Read now what the first search would: the facet table, the glossary, the query parser,
        and the words "did you mean" draws on (60 ms at 10,000 cases, once)."""
        searcher = self._live_searcher()
        self._facet_table(searcher)
        glossary(self.glossary_folder)
        self._parse("warm")
        self._vocabulary(searcher)

    @_locked
    def stamps(self) -> dict[str, str]:
        """Each indexed case's id and the catalogue stamp it was indexed at."""
        searcher = self._live_searcher()
        return {f["id"]: f["stamp"] for f in searcher.all_stored_fields()}

    @_locked
    def doc_count(self) -> int:
        """How many cases the index holds."""
        count: int = self._live_searcher().doc_count()
        return count

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
        assert self._ix is not None
        if self._parser is None:
            # Made once: building a parser and sorting its plugins took a tenth of a rare word's search.
            self._parser = qparser.QueryParser(DEFAULT_FIELD, schema=self._ix.schema)
            self._parser.add_plugin(qparser.FieldAliasPlugin(_ALIASES_BY_FIELD))
            self._parser.remove_plugin_class(qparser.WildcardPlugin)
            self._parser.add_plugin(qparser.PrefixPlugin())
        parser = self._parser
        try:
            parsed = parser.parse(text)
            if has_errors(parsed):
                raise ValueError("query has unreadable parts")  # internal: read as plain words below
            return words_as_typed(parsed, text), False
        except Exception:  # the parser's failures have no common base class
            plain = qparser.QueryParser(DEFAULT_FIELD, schema=self._ix.schema, plugins=[])
            plain.remove_plugin_class(qparser.FieldsPlugin)
            words = " ".join(fold(w) for w in text.replace('"', " ").split())
            if not words.strip():
                return query.Every(), True
            return words_as_typed(plain.parse(words), words), True

    @_locked
    def search(
        self, request: SearchRequest, texts: Callable[[list[str]], dict[str, str]] | None = None
    ) -> SearchOutcome:
        """Ranked hits with snippets, facet counts over the matches, and a suggestion."""
        searcher = self._live_searcher()
        facets = self._facet_table(searcher)
        text = request.text.strip()
        parsed, plain, expansions = self._query(request)
        scored: Scored | None = None
        if text == "":
            matched = facets.all
        elif request.sort == "relevance" and not isinstance(parsed, query.Every):
            scored = scored_matches(searcher, parsed, facets.size)
            matched = scored.bits
        else:
            matched = to_bits(searcher.docs_for_query(parsed), facets.size)
        kept, counts = facets.filter_and_count(matched, request)
        total = kept.bit_count()
        if scored is not None:
            page = scored.best(kept, request.offset, request.limit)
        else:
            page = self._page(facets, kept, request)
        hits = self._hits(searcher, parsed, page, texts if request.snippets else None)
        suggestion = suggest(searcher, self._vocabulary(searcher), text) if text and total < 3 else ""
        return SearchOutcome(hits, total, counts, suggestion, plain, shown_expansions(expansions))

    @_locked
    def matching_ids(self, request: SearchRequest) -> list[str]:
        """The ids of every case a search finds, in no order: no scores, snippets or facet counts."""
        searcher = self._live_searcher()
        facets = self._facet_table(searcher)
        matched = facets.all
        if request.text.strip():
            matched = to_bits(searcher.docs_for_query(self._query(request)[0]), facets.size)
        stored = searcher.reader().stored_fields
        return [stored(docnum)["id"] for docnum in from_bits(facets.kept(matched, request))]

    def _query(self, request: SearchRequest) -> tuple[query.Query, bool, list[Expansion]]:
        """The request's text as a query, whether it was read as plain words, and the glossary's
        expansions of it; every document for no text."""
        text = request.text.strip()
        if not text:
            return query.Every(), False, []
        expansions: list[Expansion] = []
        if request.expand and PLAIN_WORDS.fullmatch(text):
            expansions = glossary(self.glossary_folder).expansions(text)
        parsed, plain = self._parse_expanded(text, expansions) if expansions else self._parse(text)
        return parsed, plain, expansions

    def _parse_expanded(self, text: str, expansions: list[Expansion]) -> tuple[query.Query, bool]:
        """A plain-words query where each span the glossary knows is searched as typed or as any
        of its terms in other languages; the other words as usual."""
        spans: dict[tuple[int, int], list[str]] = {}
        for expansion in expansions:
            terms = spans.setdefault((expansion.start, expansion.end), [])
            terms += [t for t in expansion.alternatives if t not in terms]
        rest = list(text)
        groups: list[query.Query] = []
        for (start, end), terms in spans.items():
            rest[start:end] = " " * (end - start)
            typed, _plain = self._parse(text[start:end])
            groups.append(query.Or([typed, *(self._term_query(term) for term in terms)]))
        others = "".join(rest).strip()
        if others:
            groups.insert(0, self._parse(others)[0])
        return (groups[0] if len(groups) == 1 else query.And(groups)), False

    def _term_query(self, term: str) -> query.Query:
        """A glossary term as a query: a phrase of its words, or all the character pairs of a term
        in a script written without spaces (so 심야버스 also finds 심야 버스)."""
        if is_bigram_text(term):
            assert self._ix is not None
            analyzer = self._ix.schema[DEFAULT_FIELD].analyzer
            pieces = {t[0] if isinstance(t, tuple) else t for t in analyzer.terms(term.replace(" ", "")) if t}
            return query.And([query.Term(DEFAULT_FIELD, piece) for piece in sorted(pieces)])
        words = [(word, stem) for word in words_of(term) if (stem := stem_of(word))]
        if len(words) == 1:
            word, stem = words[0]
            by_stem, exact = query.Term(DEFAULT_FIELD, stem), exact_term(word)
            if exact[1:] == stem:
                return by_stem
            return query.Or([by_stem, query.Term(DEFAULT_FIELD, exact, boost=EXACT_BOOST)])
        if not words:
            return query.NullQuery
        # Stop words keep their places in the index (segregation at source): allow a word between.
        return query.Phrase(DEFAULT_FIELD, [stem for _, stem in words], slop=PHRASE_SLOP)

    @staticmethod
    def _page(facets: FacetTable, kept: int, request: SearchRequest) -> list[tuple[int, float]]:
        """A page of the kept documents in a stored order (no text, or a sort other than relevance)."""
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
        if texts is None:
            return [SearchHit(case_id, score, "") for (_doc, score), case_id in zip(page, ids, strict=True)]
        bodies = texts(ids)
        finder = Highlighter.of(parsed)
        return [
            SearchHit(case_id, score, snippet(bodies.get(case_id, ""), finder))
            for (_docnum, score), case_id in zip(page, ids, strict=True)
        ]

    def _vocabulary(self, searcher: Searcher) -> Vocabulary:
        if self._words is None:
            self._words = vocabulary(searcher)
        return self._words

    @_locked
    def more_like(
        self,
        case_id: str,
        text: str,
        parts: list[str],
        parts_of: Callable[[list[str]], dict[str, list[str]]],
        limit: int = 5,
    ) -> list[Likeness]:
        """Cases sharing the key words of the case's text (`text`), of its components' names and
        descriptions (`parts`) and its themes, the case itself excluded, each with what it shares."""
        return more_like(self._live_searcher(), case_id, text, parts, parts_of, limit)


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
