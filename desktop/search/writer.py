"""A Whoosh segment writer for bulk work: postings grouped by term in memory, spilled as sorted runs."""

from __future__ import annotations

import contextlib
import heapq
import marshal
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any, BinaryIO

from whoosh.codec.base import PerDocumentReader
from whoosh.filedb.filestore import Storage
from whoosh.index import FileIndex
from whoosh.util import random_name
from whoosh.writing import SegmentWriter

# Bytes a held posting costs in memory, besides its value bytes: a (docnum, weight, value)
# tuple, its int and float, and the list slot pointing at it.
POSTING_BYTES = 160
# A run is written in chunks of about this many postings: one marshal call per term would be
# slower, and at the end every run has one chunk in memory at a time.
POSTINGS_PER_CHUNK = 20_000

# Each chunk of a run is its length in bytes, then its marshalled terms: marshal.load on a file
# reads it a few bytes at a time, marshal.loads on the chunk's bytes at once.
CHUNK_HEADER = 8

Posting = tuple[int, float, bytes | None]
Entry = tuple[str, bytes, int, list[Posting]]


def _write_chunk(out: BinaryIO, chunk: list[tuple[str, bytes, list[Posting]]]) -> None:
    data = marshal.dumps(chunk)
    out.write(len(data).to_bytes(CHUNK_HEADER, "little"))
    out.write(data)


class TermPool:
    """Postings kept as one list per (field, term) instead of Whoosh's one tuple per posting.

    Whoosh's own pool pickles every posting to disk and back once it passes its memory limit,
    and merges them one by one: most of an index build. Here a full pool writes each term's
    postings as one marshalled list, and the merge steps through terms, not postings.
    Documents only ever get higher numbers as they are added, so each term's postings stay in
    document order when lists are joined run by run.
    """

    def __init__(self, tempstore: Storage, limitmb: float = 128) -> None:
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.size = 0
        self.fields: dict[str, dict[bytes, list[Posting]]] = {}
        self.runs: list[str] = []
        self.fieldnames: set[str] = set()

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """Hold one posting: (field name, term bytes, document number, weight, value bytes)."""
        fieldname, text, docnum, weight, value = item
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        postings = terms.get(text)
        if postings is None:
            postings = terms[text] = []
        postings.append((docnum, weight, value))
        self.size += POSTING_BYTES + (len(value) if value else 0)
        if self.size > self.limit:
            self.save()

    def _held(self, order: int) -> Iterator[Entry]:
        """The postings in memory as sorted (field, term, order, postings) entries."""
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for text in sorted(terms):
                yield fieldname, text, order, terms[text]

    def save(self) -> None:
        """Write the postings in memory to a new run file and let them go."""
        if not self.fields:
            return
        name = f"{random_name()}.run"
        with self.tempstore.create_file(name).raw_file() as out:
            chunk: list[tuple[str, bytes, list[Posting]]] = []
            size = 0
            for fieldname, text, _order, postings in self._held(0):
                chunk.append((fieldname, text, postings))
                size += len(postings)
                if size >= POSTINGS_PER_CHUNK:
                    _write_chunk(out, chunk)
                    chunk, size = [], 0
            if chunk:
                _write_chunk(out, chunk)
        self.runs.append(name)
        self.fields = {}
        self.size = 0

    def _read_run(self, name: str, order: int) -> Iterator[Entry]:
        with self.tempstore.open_file(name).raw_file() as source:
            while header := source.read(CHUNK_HEADER):
                for fieldname, text, postings in marshal.loads(source.read(int.from_bytes(header, "little"))):
                    yield fieldname, text, order, postings
        self.tempstore.delete_file(name)

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes | None]]:
        """Every posting in (field, term, document) order, as Whoosh's field writer takes them."""
        sources = [self._read_run(name, order) for order, name in enumerate(self.runs)]
        sources.append(self._held(len(self.runs)))
        self.runs = []
        # The run's order breaks ties between entries of one term, so lists are never compared.
        for (fieldname, text), entries in groupby(heapq.merge(*sources), key=itemgetter(0, 1)):
            for _fieldname, _text, _order, postings in entries:
                for docnum, weight, value in postings:
                    yield fieldname, text, docnum, weight, value
        self.fields = {}

    def cleanup(self) -> None:
        """Delete run files left by a cancelled writer."""
        for name in self.runs:
            with contextlib.suppress(OSError):
                self.tempstore.delete_file(name)
        self.runs = []


class CachedLengths:
    """A new segment's field lengths, read once per field: Whoosh's field writer asks for one
    per posting, and reading each from the column file took a tenth of a build."""

    def __init__(self, reader: PerDocumentReader) -> None:
        self.reader = reader
        self.fields: dict[str, list[int | None]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        """The length of a field in a document, as the per-document reader gives it."""
        lengths = self.fields.get(fieldname)
        if lengths is None:
            read = self.reader.doc_field_length
            count = self.reader.doc_count_all()
            lengths = self.fields[fieldname] = [read(d, fieldname, default) for d in range(count)]
        return lengths[docnum]


class PooledWriter(SegmentWriter):  # type: ignore[misc]  # Whoosh ships no types
    """Whoosh's segment writer with a TermPool and cached lengths: the same index, written faster."""

    def __init__(self, ix: FileIndex, limitmb: float = 128, part: bool = False, **kwargs: Any) -> None:
        super().__init__(ix, limitmb=limitmb, _lk=not part, **kwargs)
        if part:
            # Whoosh names a writer's scratch folder after the index: the process writing the rest
            # of the index would delete this one's runs with its own.
            self._tempstorage = self.storage.temp_storage(f"{random_name()}.tmp")
        self.pool = TermPool(self._tempstorage, limitmb)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = CachedLengths(self.per_document_reader()) if self.codec.length_stats else None
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
        if lengths:
            lengths.reader.close()

    def finish_own(self) -> list[Any]:
        """Write this writer's documents as a segment (most of a commit's time) without committing
        it: a rebuild does so while its second process still indexes the rest."""
        self._check_state()
        finished: list[Any] = self._merge_segments(None, False, False)
        if self._added:
            finished.append(self._finalize_segment())
        else:
            self._close_segment()
        return finished

    def commit_with(self, own: list[Any], segments: list[Any]) -> None:
        """Commit this writer's segments (`finish_own`) together with segments other processes
        wrote into the same (fresh) index, unmerged: what Whoosh's multi-process writer does with
        `multisegment`."""
        try:
            self._commit_toc(own + segments)
        finally:
            self._finish()

    def finish_part(self) -> Any:
        """Close this writer's segment without committing it (another process commits it); the segment."""
        try:
            segment = self._finalize_segment() if self._added else None
        finally:
            self._tempstorage.destroy()
            self.is_closed = True
        return segment
