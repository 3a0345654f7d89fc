"""The Whoosh search index: schema, building, updating, querying. Nothing else imports Whoosh."""

from __future__ import annotations

import base64
import difflib
import functools
import html
import json
import logging
import math
import pickle
import re
import shutil
import subprocess
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from whoosh import index, qparser, query
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.searching import Searcher

from desktop.search.analysis import (
    EXACT_MARK,
    MixedScriptAnalyzer,
    MixedScriptFrequency,
    MixedScriptPositions,
    exact_term,
    fold,
    is_bigram_text,
    mixed_script_analyzer,
    spelling_analyzer,
    stem_of,
    words_of,
)
from desktop.search.facets import FacetTable, facet_values, from_bits, to_bits
from desktop.search.glossary import Expansion, glossary
from desktop.search.lengths import hold_lengths
from desktop.search.types import (
    FIELD_ALIASES,
    IndexDoc,
    Likeness,
    QueryExpansion,
    SearchHit,
    SearchOutcome,
    SearchRequest,
)
from desktop.search.writer import PooledWriter

log = logging.getLogger(__name__)
T = TypeVar("T")

# How often a rebuild waiting for its helper process looks whether the person cancelled.
PART_POLL_S = 0.2
# Bump when the schema or what goes into a document changes: older indexes are rebuilt.
SCHEMA_VERSION = 6
# Segments stay as separate files: Whoosh copies a compound segment's postings into memory when it
# opens a searcher (about the size of the index), but reads separate files through mmap.
MARKER = "leaps-index.json"
FACET_CACHE = "leaps-facets.json"
THEME_WEIGHT = 0.6
# Plain words are searched in `content`, one field holding every text of a case (titles twice,
# for weight): scoring one field is several times faster than five. The others serve field queries.
DEFAULT_FIELD = "content"
TEXT_FIELDS = ("content", "title", "local_title", "summary", "place")
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
        level_of_government=KEYWORD(lowercase=True),
        year=NUMERIC(int, bits=16, signed=False),
    )


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
        "theme": ",".join(doc.themes),
        "country": doc.country,
        "region": doc.region,
        "sdg": " ".join(str(s) for s in doc.sdgs),
        "stage": doc.stage,
        "language": doc.language,
        "level_of_government": doc.level_of_government,
    }
    if doc.year:
        values["year"] = doc.year
    return values


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    """Run a SearchIndex method holding the index's lock (see SearchIndex._lock)."""

    @functools.wraps(method)
    def locked(self: SearchIndex, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return locked


class IndexDamagedError(Exception):
    """The index cannot be read and must be rebuilt from the catalogue."""


class IndexPartError(Exception):
    """The process indexing part of a rebuild failed; the rebuild can run in one process instead."""


class _Cancelled(Exception):
    """The person cancelled a rebuild."""


def write_part(folder: Path, docs: Iterable[IndexDoc], out: BinaryIO) -> None:
    """Index `docs` as a segment of its own in the index being built in `folder`, writing to `out`
    a line per 50 cases done and last the segment, pickled, for `rebuild` to commit with its own."""
    ix = index.open_dir(str(folder))
    # No lock: the rebuilding process holds the index's lock and commits this segment itself.
    writer = PooledWriter(ix, limitmb=128, compound=False, part=True)
    for done, doc in enumerate(docs, start=1):
        writer.add_document(**_fields(doc))
        if done % 50 == 0:
            out.write(f"{done}\n".encode())
            out.flush()
    segment = writer.finish_part()
    out.write(b"segment " + base64.b64encode(pickle.dumps(segment)) + b"\n")
    out.flush()


class PartProcess:
    """The process writing part of a rebuild: how far it is, and its segment once done."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.done = 0
        self._segment: bytes | None = None
        # Its output is read as it comes, so a full pipe never stalls it.
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(b"segment "):
                self._segment = base64.b64decode(line.split(b" ", 1)[1])
            elif line.strip().isdigit():
                self.done = int(line)

    def segment(self, cancelled: Callable[[], bool] | None) -> Any:
        """Wait for the process to finish (or the person to cancel); its segment."""
        while self._reader.is_alive():
            if cancelled and cancelled():
                raise _Cancelled
            self._reader.join(PART_POLL_S)
        if self.process.wait() != 0 or self._segment is None:
            raise IndexPartError(f"the indexing process stopped with status {self.process.returncode}")
        return pickle.loads(self._segment)

    def stop(self) -> None:
        """End the process (a cancelled or failed rebuild)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


# Words that stand for a case in "cases like this": more make the query slow on a large catalogue
# (20 took 0.4 s at 10,000 cases, 8 take 0.1 s) without finding better neighbours.
KEY_TERMS = 8
# Components weigh more than prose: sharing a part of the practice says more than sharing words.
PART_WEIGHT = 1.5
# A word in more than this share of cases says little about what a case is like.
COMMON_SHARE = 0.6
# Shared words named for each case like this one.
SHARED_WORDS = 4


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
            if marker.get("schema") != SCHEMA_VERSION:
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
        (folder / MARKER).write_text(json.dumps({"schema": SCHEMA_VERSION, "mark": ""}), encoding="utf-8")

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
                    raise _Cancelled
                writer.add_document(**_fields(doc))
                if progress and (done % 50 == 0):
                    progress(done + (part.done if part else 0), total)
            segments = [part.segment(cancelled)] if part else []
        except BaseException as error:
            if part:
                part.stop()
            writer.cancel()
            shutil.rmtree(fresh, ignore_errors=True)
            if isinstance(error, _Cancelled):
                return False
            raise
        writer.commit_with([s for s in segments if s is not None])
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
        """Read now what the first search would: the facet table, the glossary, the query parser."""
        self._facet_table(self._live_searcher())
        glossary(self.glossary_folder)
        self._parse("warm")

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
            if _has_errors(parsed):
                raise ValueError("query has unreadable parts")
            return _words_as_typed(parsed, text), False
        except Exception:  # the parser's failures have no common base class
            plain = qparser.QueryParser(DEFAULT_FIELD, schema=self._ix.schema, plugins=[])
            plain.remove_plugin_class(qparser.FieldsPlugin)
            words = " ".join(fold(w) for w in text.replace('"', " ").split())
            if not words.strip():
                return query.Every(), True
            return _words_as_typed(plain.parse(words), words), True

    @_locked
    def search(
        self, request: SearchRequest, texts: Callable[[list[str]], dict[str, str]] | None = None
    ) -> SearchOutcome:
        """Ranked hits with snippets, facet counts over the matches, and a suggestion."""
        searcher = self._live_searcher()
        facets = self._facet_table(searcher)
        text = request.text.strip()
        expansions: list[Expansion] = []
        if text:
            if request.expand and _PLAIN_WORDS.fullmatch(text):
                expansions = glossary(self.glossary_folder).expansions(text)
            parsed, plain = self._parse_expanded(text, expansions) if expansions else self._parse(text)
            matched = to_bits(searcher.docs_for_query(parsed), facets.size)
        else:
            parsed, plain = query.Every(), False
            matched = facets.all
        kept, counts = facets.filter_and_count(matched, request)
        total = kept.bit_count()
        page = self._page(searcher, parsed, kept, facets, request)
        hits = self._hits(searcher, parsed, page, texts)
        suggestion = self._suggest(searcher, text) if text and total < 3 else ""
        return SearchOutcome(hits, total, counts, suggestion, plain, _shown(expansions))

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
        finder = Highlighter.of(parsed)
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
            if ":" in word or not bare.isalpha() or self._known(reader, bare):
                words.append(word)
                continue
            # A misspelling mostly keeps its first letter and its length within two.
            candidates = [
                w for size in range(len(bare) - 2, len(bare) + 3) for w in vocabulary.get((bare[0], size), [])
            ]
            # One slip in a short word (bsu, bus) leaves less of it alike than in a long one.
            close = difflib.get_close_matches(bare, candidates, n=5, cutoff=0.6 if len(bare) <= 4 else 0.7)
            # Equally close words (budjet: budget, budzet) go to the one more cases use.
            found = max(
                close,
                key=lambda w: (
                    round(difflib.SequenceMatcher(None, bare, w).ratio(), 2),
                    reader.doc_frequency("spell", w),
                ),
                default="",
            )
            words.append(found or word)
            changed |= bool(found)
        return " ".join(words) if changed else ""

    @staticmethod
    def _known(reader: Any, word: str) -> bool:
        """Whether a word occurs in the catalogue: in titles and summaries, or anywhere as typed."""
        if reader.doc_frequency("spell", word) > 0:
            return True
        stem = stem_of(word)
        return (
            stem is not None
            and reader.doc_frequency(DEFAULT_FIELD, stem if stem == word else exact_term(word)) > 0
        )

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
        searcher = self._live_searcher()
        docnum = searcher.document_number(id=case_id)
        if docnum is None:
            return []
        themes = searcher.stored_fields(docnum)["facets"]["theme"]
        # Key terms alone favour rare words (place names); shared themes and components pull in
        # the same practice, and stand in for each other when a case has no themes.
        prose = searcher.key_terms_from_text(DEFAULT_FIELD, text, numterms=KEY_TERMS) if text else []
        part_text = "\n".join(parts)
        part_terms = (
            searcher.key_terms_from_text(DEFAULT_FIELD, part_text, numterms=KEY_TERMS) if parts else []
        )
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


    def _key_terms(self, searcher: Searcher, text: str) -> list[tuple[str, float]]:
        """The stems that best stand for a text, by tf-idf: words that other cases share, but not
        most of them (a word of this case alone, such as its city's name, finds nothing like it)."""
        assert self._ix is not None
        analyzer = self._ix.schema[DEFAULT_FIELD].analyzer
        counts = Counter(
            entry[0] if isinstance(entry, tuple) else entry
            for entry in analyzer.terms(text)
            if entry is not None and not (isinstance(entry, str) and entry.isdigit())
        )
        total = searcher.doc_count()
        weights = []
        for term, count in counts.items():
            cases = searcher.doc_frequency(DEFAULT_FIELD, term)
            if 1 < cases <= total * COMMON_SHARE:
                weights.append((term, (1 + math.log(count)) * math.log(total / cases)))
        weights.sort(key=lambda pair: (-pair[1], pair[0]))
        return weights[:KEY_TERMS]


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


SNIPPET_CHARS = 240
# Matches weighed when choosing where a snippet starts.
ANCHORS_WEIGHED = 12
# A query of words alone (no field, phrase, group, wildcard or operator) is looked up in the glossary.
_PLAIN_WORDS = re.compile(r"(?!.*\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b)[^:\"()*?^~\[\]{}]+")
# Words allowed between those of a glossary term: a stop word the term leaves out.
PHRASE_SLOP = 2
# Terms of other languages shown for a query: the search uses them all.
SHOWN_TERMS = 6


def _shown(expansions: list[Expansion]) -> list[QueryExpansion]:
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


def _words_as_typed(q: query.Query, text: str) -> query.Query:
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
    return q.apply(lambda sub: _words_as_typed(sub, text))


class Highlighter:
    """Finds the words of a text that a query matched: by stem, as typed, by prefix or by bigram."""

    def __init__(
        self, stems: frozenset[str], words: frozenset[str], prefixes: tuple[str, ...], pairs: frozenset[str]
    ) -> None:
        self.stems, self.words, self.prefixes = stems, words, prefixes
        # Candidates are found by a pattern (fast, in C) and then checked word by word: a stem
        # such as `citi` is not how "city" is written, so its pattern starts at `cit`.
        starts = {stem[:-1] if stem.endswith("i") and len(stem) > 3 else stem for stem in stems}
        starts |= words | set(prefixes)
        parts = [rf"(?<!\w){re.escape(s)}\w*" for s in sorted(starts, key=len, reverse=True)]
        parts += [re.escape(p) for p in sorted(pairs, key=len, reverse=True)]
        # Searching lower-cased text with a case-sensitive pattern lets the regex engine skip
        # ahead to its literal start; the case-blind pattern serves text whose length lower()
        # changes (a few letters such as İ).
        self.pattern = re.compile("|".join(parts)) if parts else None
        self.caseless = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    @classmethod
    def of(cls, parsed: query.Query) -> Highlighter:
        """The highlighter of a parsed query's text terms."""
        stems: set[str] = set()
        words: set[str] = set()
        prefixes: set[str] = set()
        pairs: set[str] = set()
        for leaf in _leaves(parsed):
            if getattr(leaf, "fieldname", None) not in TEXT_FIELDS:
                continue
            if isinstance(leaf, query.Prefix):
                prefixes.add(leaf.text.removeprefix(EXACT_MARK))
                continue
            texts = (
                leaf.words
                if isinstance(leaf, query.Phrase)
                else [leaf.text]
                if isinstance(leaf, query.Term)
                else []
            )
            for term in texts:
                if is_bigram_text(term):
                    pairs.add(term)
                elif term.startswith(EXACT_MARK):
                    words.add(term[1:])
                elif term:
                    stems.add(term)
        return cls(frozenset(stems), frozenset(words), tuple(sorted(prefixes)), frozenset(pairs))

    def matches(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """The matched words of `text` between two offsets, in order."""
        if self.pattern is None or self.caseless is None:
            return
        lowered = text.lower()
        pattern, searched = (self.pattern, lowered) if len(lowered) == len(text) else (self.caseless, text)
        position, end = start, len(text) if end is None else end
        while (match := pattern.search(searched, position, end)) is not None:
            # Step one character on, so overlapping bigrams (서울, 울시) are each found.
            position = match.start() + 1
            if self._is_hit(text[match.start() : match.end()]):
                yield match

    def _is_hit(self, found: str) -> bool:
        if is_bigram_text(found):
            return True
        folded = fold(found)
        return stem_of(found) in self.stems or folded in self.words or folded.startswith(self.prefixes)


def _leaves(q: query.Query) -> Iterator[query.Query]:
    if isinstance(q, (query.Term, query.Prefix, query.Phrase)) or q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from _leaves(child)


# Markdown's marks (headings, emphasis, code, quotes): a snippet shows the words alone.
_MARKDOWN_MARKS = re.compile(r"^#{1,6}\s*|[*_`>]+", re.MULTILINE)


def _as_html(text: str) -> str:
    """A piece of a snippet as HTML: Markdown marks dropped, the rest escaped."""
    return html.escape(_MARKDOWN_MARKS.sub("", text))


def _best_anchor(matches: list[re.Match[str]]) -> re.Match[str] | None:
    """The match whose snippet would show the most different words of the query (the first such)."""
    best, most = None, 0
    for number, match in enumerate(matches):
        reach = match.start() + SNIPPET_CHARS * 2 // 3
        words = {stem_of(m.group()) or m.group() for m in matches[number:] if m.start() < reach}
        if len(words) > most:
            best, most = match, len(words)
    return best


def snippet(text: str, finder: Highlighter) -> str:
    """A few lines of `text` around the first match, HTML-escaped, matches in `<mark>`.

    Runs of overlapping matches (character bigrams) become one mark. With no match in the text
    (the case matched by its title, place or a word of another language), its opening lines.
    """
    if not text:
        return ""
    first = _best_anchor(list(islice(finder.matches(text), ANCHORS_WEIGHED)))
    start = max(0, first.start() - SNIPPET_CHARS // 3) if first else 0
    end = min(len(text), start + SNIPPET_CHARS)
    spans: list[list[int]] = []
    for match in finder.matches(text, start, end) if first else ():
        if spans and match.start() <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], match.end())
        else:
            spans.append([match.start(), match.end()])
    pieces = ["…" if start > 0 else ""]
    cursor = start
    for begin, finish in spans:
        pieces.append(_as_html(text[cursor:begin]))
        pieces.append(f"<mark>{_as_html(text[begin:finish])}</mark>")
        cursor = finish
    pieces.append(_as_html(text[cursor:end]))
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
