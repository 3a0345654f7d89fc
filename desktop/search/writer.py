"""A Whoosh segment writer for bulk work: postings grouped by term in memory, spilled as sorted runs."""

from __future__ import annotations

import contextlib
import heapq
import marshal
import zlib
from array import array
from collections.abc import Iterator
from itertools import chain, groupby
from operator import itemgetter, sub
from pickle import dumps
from typing import Any, BinaryIO, TypeAlias

from whoosh.codec.base import PerDocumentReader
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3PostingsWriter
from whoosh.fields import FieldType
from whoosh.filedb.filestore import Storage
from whoosh.index import FileIndex
from whoosh.util import random_name
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from desktop.search.analysis import MixedScriptAnalyzer, PooledTerms, TermsFedFormat

# Bytes a held posting costs in memory, besides its value bytes: its document number and weight
# in their arrays, a slot in its term's list of values, and its share of the term's three
# containers (measured: 45 bytes a posting, values included, on 2,000 cases of about 1,000 words).
POSTING_BYTES = 32
# A run is written in chunks of about this many postings: one marshal call per term would be
# slower, and at the end every run has one chunk in memory at a time.
POSTINGS_PER_CHUNK = 20_000

# The pickle protocol of a block's data. Whoosh's protocol 2 writes each posting's value (its
# positions, as bytes) as a call that rebuilds it from text: protocol 3 writes bytes as they are,
# which pickles a block six times as fast, compresses it to 57% of the size and reads it back in a
# quarter of the time. Whoosh's reader reads any protocol.
BLOCK_PICKLE = 3

# Each chunk of a run is its length in bytes, then its marshalled terms: marshal.load on a file
# reads it a few bytes at a time, marshal.loads on the chunk's bytes at once.
CHUNK_HEADER = 8

# A term's postings: arrays of document numbers and weights, and a list of value bytes. A bulk build writes
# them to the segment a block at a time, by slicing, instead of one call per posting.
Postings: TypeAlias = "tuple[array[int], array[float], list[bytes | None]]"
Entry = tuple[str, bytes, int, Postings]


def add_posting(
    pooled: PooledTerms, term: str | bytes, docnum: int, weight: float, value: bytes | None
) -> None:
    """Add one posting to an index writer's pooled lists (a term's first starts its lists)."""
    postings = pooled.get(term)
    if postings is None:
        pooled[term] = (array("I", (docnum,)), array("d", (weight,)), [value])
    else:
        postings[0].append(docnum)
        postings[1].append(weight)
        postings[2].append(value)


def _write_chunk(out: BinaryIO, chunk: list[tuple[str, bytes, Postings]]) -> None:
    # The arrays as their bytes, which marshal writes at once.
    data = marshal.dumps([(field, text, (p[0].tobytes(), p[1].tobytes(), p[2])) for field, text, p in chunk])
    out.write(len(data).to_bytes(CHUNK_HEADER, "little"))
    out.write(data)


def _by_bytes(terms: PooledTerms) -> list[tuple[bytes, Postings]]:
    """A field's held terms as UTF-8 bytes, in Whoosh's order, with their postings.

    A format pools a document's terms as strings (`pool_positions`); Whoosh gives `add` bytes, as when
    a commit merges older segments in. Those come after every added document, so where a term
    arrived both ways its two lists are joined in the order of their first documents."""
    joined: dict[bytes, Postings] = {}
    for term, postings in terms.items():
        text = term.encode("utf-8") if isinstance(term, str) else term
        held = joined.get(text)
        if held is not None:
            first, second = sorted((held, postings), key=lambda p: p[0][0])
            postings = (first[0] + second[0], first[1] + second[1], first[2] + second[2])
        joined[text] = postings
    return sorted(joined.items(), key=itemgetter(0))


class TermPool:
    """Postings kept as arrays and lists per (field, term) instead of Whoosh's one tuple per posting.

    Whoosh's own pool pickles every posting to disk and back once it passes its memory limit,
    and merges them one by one: most of an index build. Here a full pool writes each term's
    postings as marshalled lists, and the merge steps through terms, not postings.
    Documents only ever get higher numbers as they are added, so each term's postings stay in
    document order when lists are joined run by run.
    """

    def __init__(self, tempstore: Storage, limitmb: float = 128) -> None:
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.size = 0
        # Terms are bytes as Whoosh gives them to `add`, strings as a format gives them (pool_positions).
        self.fields: dict[str, PooledTerms] = {}
        self.runs: list[str] = []
        self.fieldnames: set[str] = set()

    def terms_of(self, fieldname: str) -> PooledTerms:
        """The postings held for a field's terms, to add to."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return terms

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """Hold one posting: (field name, term bytes, document number, weight, value bytes)."""
        fieldname, text, docnum, weight, value = item
        add_posting(self.terms_of(fieldname), text, docnum, weight, value)
        self.size += POSTING_BYTES + (len(value) if value else 0)
        if self.size > self.limit:
            self.save()

    def grew(self, postings: int, value_bytes: int) -> None:
        """Count postings a format added to `terms_of` lists; write a run once the pool is full."""
        self.size += postings * POSTING_BYTES + value_bytes
        if self.size > self.limit:
            self.save()

    def _held(self, order: int) -> Iterator[Entry]:
        """The postings in memory as sorted (field, term, order, postings) entries."""
        for fieldname in sorted(self.fields):
            for text, postings in _by_bytes(self.fields[fieldname]):
                yield fieldname, text, order, postings

    def save(self) -> None:
        """Write the postings in memory to a new run file and let them go."""
        if not self.fields:
            return
        name = f"{random_name()}.run"
        with self.tempstore.create_file(name).raw_file() as out:
            chunk: list[tuple[str, bytes, Postings]] = []
            size = 0
            for fieldname, text, _order, postings in self._held(0):
                chunk.append((fieldname, text, postings))
                size += len(postings[0])
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
                for fieldname, text, (docs, weights, values) in marshal.loads(
                    source.read(int.from_bytes(header, "little"))
                ):
                    held = array("I"), array("d"), values
                    held[0].frombytes(docs)
                    held[1].frombytes(weights)
                    yield fieldname, text, order, held
        self.tempstore.delete_file(name)

    def iter_terms(self) -> Iterator[tuple[str, bytes, Postings]]:
        """Every term's postings in (field, term) order, each term's in document order."""
        sources = [self._read_run(name, order) for order, name in enumerate(self.runs)]
        sources.append(self._held(len(self.runs)))
        self.runs = []
        # The run's order breaks ties between entries of one term, so lists are never compared.
        for (fieldname, text), entries in groupby(heapq.merge(*sources), key=itemgetter(0, 1)):
            parts = [entry[3] for entry in entries]
            if len(parts) == 1:
                yield fieldname, text, parts[0]
            else:
                docs, weights, values = array("I"), array("d"), []
                for part in parts:
                    docs += part[0]
                    weights += part[1]
                    values += part[2]
                yield fieldname, text, (docs, weights, values)
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
        self.fields: dict[str, list[int]] = {}

    def of_field(self, fieldname: str) -> list[int]:
        """The field's length in each document of the segment, by document number."""
        lengths = self.fields.get(fieldname)
        if lengths is None:
            read = self.reader.doc_field_length
            count = self.reader.doc_count_all()
            lengths = self.fields[fieldname] = [read(d, fieldname, 0) or 0 for d in range(count)]
        return lengths


class BlockPostingsWriter(W3PostingsWriter):  # type: ignore[misc]  # Whoosh ships no types
    """Whoosh's postings writer with its blocks' lists made compact by C loops rather than Python
    generators (a loop per posting was a fifth of writing a segment), and each block's data pickled
    with a protocol that stores bytes as they are: the same postings, which Whoosh reads the same."""

    def _mini_ids(self) -> tuple[int, ...]:
        ids = self._ids
        return tuple(map(sub, ids, chain((0,), ids)))

    def _mini_weights(self) -> tuple[float, ...] | float | None:
        weights = self._weights
        if weights.count(1.0) == len(weights):
            return None
        if weights.count(weights[0]) == len(weights):
            return float(weights[0])
        return tuple(weights)

    def _write_block(self, last: bool = False) -> None:
        """Whoosh's block writer, the block's data pickled with BLOCK_PICKLE rather than protocol 2."""
        postfile = self._postfile
        if not self._blockcount:
            postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), BLOCK_PICKLE)
        compression = self._compression
        if compression:
            data = zlib.compress(data, compression)
        ids = self._ids
        info = dumps(
            (
                len(ids),
                ids[-1],
                self._maxweight,
                compression,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            ),
            2,
        )
        # The last block's length is written negated, as Whoosh marks it.
        postfile.write_int(-(len(info) + len(data)) if last else len(info) + len(data))
        postfile.write(info)
        postfile.write(data)
        self._blockcount += 1
        self._new_block()


def _write_term(writer: W3PostingsWriter, postings: Postings, lengths: list[int] | None) -> None:
    """Give a started term's postings to Whoosh's postings writer a block at a time: the blocks
    and statistics its `add_posting` would build one posting at a time, written by its own code."""
    docs, weights, values = postings
    limit = writer._blocklimit
    total = len(docs)
    for start in range(0, total, limit):
        end = min(start + limit, total)
        block_weights = weights[start:end]
        writer._ids = array("I", docs[start:end])
        writer._weights = array("f", block_weights)
        writer._values = [value for value in values[start:end] if value]
        # Unlike the stored float32 weights, the block's maximum is the weight as given.
        writer._maxweight = max(0, max(block_weights))
        found = [lengths[d] for d in docs[start:end] if lengths[d]] if lengths else []
        writer._minlength = min(found) if found else None
        writer._maxlength = max(found) if found else 0
        if end < total:
            writer._write_block()  # the last block is written (or inlined) by finish_term


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
        fields = self.fieldwriter
        current = None
        field_lengths: list[int] | None = None
        for fieldname, text, postings in self.pool.iter_terms():
            if fieldname != current:
                if current is not None:
                    fields.finish_field()
                fields.start_field(fieldname, self.schema[fieldname])
                fields._postwriter = self._block_writer()
                field_lengths = lengths.of_field(fieldname) if lengths else None
                current = fieldname
            fields.start_term(text)
            _write_term(fields._postwriter, postings, field_lengths)
            fields.finish_term()
        if current is not None:
            fields.finish_field()
        fields.close()
        if lengths:
            lengths.reader.close()

    def _block_writer(self) -> BlockPostingsWriter:
        """A postings writer set up as the codec sets up its own for each field."""
        codec = self.codec
        return BlockPostingsWriter(
            self.fieldwriter._postfile,
            blocklimit=codec._blocklimit,
            compression=codec._compression,
            inlinelimit=codec._inlinelimit,
        )

    def add_document(self, **fields: Any) -> None:
        """Whoosh's `add_document`, with a field whose format reads the analyzer's list of terms
        (every text field) pooled in one loop per field rather than one call per posting."""
        self._check_state()
        schema = self.schema
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost)
                    length = self._pool_field(fieldname, field, value, docnum, boost)
                stored = fields.get(f"_stored_{fieldname}", value)
                perdoc.add_field(fieldname, field, stored if field.stored else None, length)
                if field.column_type and stored is not None:
                    perdoc.add_column_value(fieldname, field.column_type, field.to_column_value(stored))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _pool_field(self, fieldname: str, field: FieldType, value: Any, docnum: int, boost: float) -> int:
        """Pool a field's postings for a document; its length there (0 when not scorable)."""
        if isinstance(field.format, TermsFedFormat):
            if not isinstance(value, str) or not isinstance(field.analyzer, MixedScriptAnalyzer):
                # internal: the schema and `_fields` never do this; no person's input reaches here
                raise ValueError(f"field {fieldname} takes one text, read by the mixed-script analyzer")
            positions, pooled = field.analyzer.positions(value), self.pool.terms_of(fieldname)
            length, size = field.format.pool_positions(positions, docnum, boost, pooled)
            self.pool.grew(len(positions), size)
            return length if field.scorable else 0
        if field.separate_spelling() or field.vector:
            # internal: a schema change would; the index schema has neither
            raise ValueError(f"field {fieldname} needs Whoosh's own writer (spelling or vectors)")
        length = 0
        for text, frequency, weight, value_bytes in field.index(value):
            length += frequency
            self.pool.add((fieldname, text, docnum, weight * boost, value_bytes))
        return length if field.scorable else 0

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
