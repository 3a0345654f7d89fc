"""Field lengths held in memory while searching: BM25 asks for one per document it scores.

Whoosh reads each from the segment's column file (about 16 µs a time): a quarter of the time of a
common word's search at 10,000 cases. Here each field's lengths are read at the first ask, in
one read of the column, and kept for as long as the searcher.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.util.numeric import byte_to_length


class SegmentLengths:
    """One segment's field lengths by document number, as Whoosh's reader gives them."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.read_one = reader.doc_field_length
        self.fields: dict[str, list[int | None] | None] = {}

    def _load(self, fieldname: str) -> list[int | None] | None:
        """Every document's length of a field; None when the segment has no lengths for it."""
        perdoc = self.reader._perdoc
        column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is None:
            return None
        # One byte a document, lengths past the column's end being the default (0, no terms).
        count, doccount = column._count, column._doccount
        raw = column._dbfile.get(column._basepos, count) + bytes(max(0, doccount - count))
        # A zero byte stands for no length: Whoosh's reader gives None then, and so does this.
        return [byte_to_length(b) if b else None for b in raw]

    def of_field(self, fieldname: str) -> list[int | None] | None:
        """Every document's length of a field, or None when they cannot be read at once."""
        if fieldname not in self.fields:
            try:
                self.fields[fieldname] = self._load(fieldname)
            except (AttributeError, TypeError):  # a column of another kind: ask the reader each time
                self.fields[fieldname] = None
        return self.fields[fieldname]

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        """The length of a field in a document (the signature of Whoosh's reader method)."""
        lengths = self.of_field(fieldname)
        if lengths is None:
            found: int | None = self.read_one(docnum, fieldname, default)
            return found
        return lengths[docnum]


def hold_lengths(searcher: Any) -> None:
    """Make a searcher, and the one it holds for each segment, answer field lengths from memory.

    Whoosh's searchers copy their reader's `doc_field_length` when made, so each is given the
    held lengths' method too."""
    # An index of one segment is searched by the searcher itself.
    for sub, _base in searcher.subsearchers or [(searcher, 0)]:
        reader = sub.ixreader
        if not hasattr(reader, "_perdoc") or isinstance(
            getattr(reader.doc_field_length, "__self__", None), SegmentLengths
        ):
            continue
        held = SegmentLengths(reader).doc_field_length
        reader.doc_field_length = held
        sub.doc_field_length = held


def held_lengths(searcher: Any, fieldname: str) -> list[int | None] | None:
    """A segment searcher's held lengths of a field (see `hold_lengths`), or None if not held."""
    holder = getattr(searcher.doc_field_length, "__self__", None)
    return holder.of_field(fieldname) if isinstance(holder, SegmentLengths) else None
