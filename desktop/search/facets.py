"""Facet values of every indexed case as bitsets, so filtering and counting take microseconds.

A Python int is the bitset: bit n is document n. AND, OR and bit_count run in C, which keeps
facet counts over ten thousand matches well inside the time of one keystroke.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from desktop.catalogue.fields import NUMBER, YEAR, facet_fields, facet_names
from desktop.search.types import UNKNOWN, IndexDoc, SearchRequest, year_bounds

FacetCounts = dict[str, list[tuple[str, int]]]


def to_bits(docnums: Iterable[int], size: int) -> int:
    """The bitset of a collection of document numbers."""
    flags = bytearray((size + 8) // 8)
    for docnum in docnums:
        flags[docnum >> 3] |= 1 << (docnum & 7)
    return int.from_bytes(flags, "little")


def from_bits(bits: int) -> list[int]:
    """The document numbers in a bitset, in order."""
    found = []
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    for index, byte in enumerate(data):
        while byte:
            low = byte & -byte
            found.append(index * 8 + low.bit_length() - 1)
            byte ^= low
    return found


def registry_facets(value_of: Callable[[str], Any]) -> dict[str, list[str]]:
    """A case's values of each facet the registry declares, as strings, `value_of` reading a field
    of the case by name: each value of a list (themes, SDGs), a number or year when known, any
    other value itself, or UNKNOWN when it is empty (so it is counted rather than left out)."""
    facets: dict[str, list[str]] = {}
    for field in facet_fields():
        value = value_of(field.name)
        if isinstance(value, list):
            facets[field.search] = [str(v) for v in value]
        elif field.kind in (YEAR, NUMBER):
            facets[field.search] = [str(value)] if value else []
        else:
            facets[field.search] = [str(value or "") or UNKNOWN]
    return facets


def facet_values(doc: IndexDoc) -> dict[str, list[str]]:
    """A case's value of each facet: what it is counted and filtered under."""
    return {name: doc.facets.get(name, []) for name in facet_names()}


def keyword_values(doc: IndexDoc) -> dict[str, list[str]]:
    """A case's value of each facet as a field query compares it: an unknown value is no value."""
    return {name: [v for v in values if v != UNKNOWN] for name, values in facet_values(doc).items()}


class FacetTable:
    """Which documents have each facet value, and the documents in each sort order."""

    def __init__(self, docs: Iterable[tuple[int, dict[str, Any]]] = (), size: int = 0) -> None:
        members: dict[str, dict[str, list[int]]] = {name: {} for name in facet_names()}
        sort_rows = []
        live = []
        for docnum, values in docs:
            live.append(docnum)
            for name in members:
                for value in values[name]:
                    members[name].setdefault(value, []).append(docnum)
            sort_rows.append((docnum, values["sort"]))
        self.size = size
        self.all = to_bits(live, size)
        self.bits = {
            name: {value: to_bits(docs, size) for value, docs in by_value.items()}
            for name, by_value in members.items()
        }
        self.orders = {
            "title": [d for d, _ in sorted(sort_rows, key=lambda r: (r[1][0], r[0]))],
            "city": [d for d, _ in sorted(sort_rows, key=lambda r: (r[1][1], r[1][0], r[0]))],
            "year": [d for d, _ in sorted(sort_rows, key=lambda r: (-r[1][2], r[1][0], r[0]))],
        }

    def to_json(self) -> dict[str, Any]:
        """A JSON form (bitsets as hex), so a table need not be rebuilt at every start."""
        return {
            "size": self.size,
            "all": format(self.all, "x"),
            "bits": {
                name: {v: format(b, "x") for v, b in values.items()} for name, values in self.bits.items()
            },
            "orders": self.orders,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FacetTable:
        """Inverse of `to_json`."""
        table = cls()
        table.size = int(data["size"])
        table.all = int(data["all"], 16)
        table.bits = {
            name: {v: int(b, 16) for v, b in values.items()} for name, values in data["bits"].items()
        }
        table.orders = {name: [int(d) for d in order] for name, order in data["orders"].items()}
        return table

    def _allowed(self, request: SearchRequest) -> dict[str, int]:
        """For each facet the request narrows, the documents it lets through."""
        allowed: dict[str, int] = {}
        for name, values in request.filters.items():
            if values and name == "year":
                allowed[name] = self._years(values)
            elif values and name in self.bits:
                union = 0
                for value in values:
                    union |= self.bits[name].get(value, 0)
                allowed[name] = union
        if request.year_from is not None or request.year_to is not None:
            low = "" if request.year_from is None else request.year_from
            high = "" if request.year_to is None else request.year_to
            span = f"{low}..{high}"
            allowed["year"] = allowed.get("year", self.all) & self._years([span])
        return allowed

    def _years(self, values: list[str]) -> int:
        """The documents whose year lies in any of the given years or ranges."""
        spans = [year_bounds(value) for value in values]
        union = 0
        for value, bits in self.bits["year"].items():
            year = int(value)
            if any((low is None or low <= year) and (high is None or year <= high) for low, high in spans):
                union |= bits
        return union

    def filter_and_count(
        self, matched: int, request: SearchRequest
    ) -> tuple[int, dict[str, list[tuple[str, int]]]]:
        """The matches that pass every filter, and each facet's counts over the matches that
        pass the *other* filters, so a person can widen a choice (this country or that one)."""
        matched &= self.all
        allowed = self._allowed(request)
        kept = self._narrowed(matched, allowed)
        counts = {}
        for name in facet_names():
            base = matched
            for other, bits in allowed.items():
                if other != name:
                    base &= bits
            pairs = [(value, (base & bits).bit_count()) for value, bits in self.bits[name].items()]
            counts[name] = sorted(((v, n) for v, n in pairs if n), key=lambda kv: (-kv[1], kv[0]))
        return kept, counts

    def kept(self, matched: int, request: SearchRequest) -> int:
        """The matches that pass every filter, without counting the facets."""
        return self._narrowed(matched & self.all, self._allowed(request))

    @staticmethod
    def _narrowed(matched: int, allowed: dict[str, int]) -> int:
        """The matches inside every filter's documents."""
        for bits in allowed.values():
            matched &= bits
        return matched

    def page(self, kept: int, sort: str, offset: int, limit: int, reverse: bool = False) -> list[int]:
        """Documents of `kept` in a stored sort order (title, city, or newest year first), or its reverse."""
        order = self.orders.get(sort, self.orders["title"])
        flags = kept.to_bytes((self.size + 8) // 8, "little")
        chosen: list[int] = []
        skipped = 0
        for docnum in reversed(order) if reverse else order:
            if flags[docnum >> 3] >> (docnum & 7) & 1:
                if skipped < offset:
                    skipped += 1
                    continue
                chosen.append(docnum)
                if len(chosen) == limit:
                    break
        return chosen
