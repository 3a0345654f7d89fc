"""One pass over a query's matches: every match for the facet counts, with its score for the ranking.

Listing the matches for the facets and then searching again for the best page walked every
posting twice; here each match is visited once. Words, and the ORs, ANDs and AND NOTs of them that
most searches are, are scored a block of postings at a time from Whoosh's own BM25F figures (the
same scores, without a chain of matcher calls per posting); phrases, prefixes and the rest go
through Whoosh's matchers.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from whoosh import query
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import WrappingMatcher
from whoosh.scoring import BM25FScorer
from whoosh.searching import Searcher

from desktop.search.lengths import held_lengths

# Scores of the matching documents, by document number.
Scores = dict[int, float]


@dataclass
class Scored:
    """Every document a query matched as a bitset (bit n: document n), and each one's score."""

    bits: int
    scores: Scores
    size: int

    def best(self, kept: int, offset: int, limit: int) -> list[tuple[int, float]]:
        """The (document, score) pairs of `kept` from `offset` to `offset + limit`, best first;
        equal scores in document order, as Whoosh ranks them."""
        pairs: Any = self.scores.items()
        if kept != self.bits:
            flags = kept.to_bytes((self.size + 8) // 8, "little")
            pairs = [(d, s) for d, s in pairs if flags[d >> 3] >> (d & 7) & 1]
        top = heapq.nsmallest(offset + limit, pairs, key=_rank)
        return top[offset:]


def _rank(pair: tuple[int, float]) -> tuple[float, int]:
    return -pair[1], pair[0]


def scored_matches(searcher: Searcher, parsed: query.Query, size: int) -> Scored:
    """Every match of `parsed` with its score."""
    scores = _scores(searcher, parsed)
    flags = bytearray((size + 8) // 8)
    for docnum in scores:
        flags[docnum >> 3] |= 1 << (docnum & 7)
    return Scored(int.from_bytes(flags, "little"), scores, size)


def _scores(searcher: Searcher, q: query.Query) -> Scores:
    """The scores of a query's matches, as Whoosh's matchers would give them."""
    kind = type(q)
    found: Scores
    if kind is query.Term:
        return _term_scores(searcher, q)
    if kind is query.Or and not q.scale and not q.minmatch:
        found = {}
        for sub in q.subqueries:
            _add(found, _scores(searcher, sub), keep_all=True)
    elif kind is query.And:
        subs = sorted((_scores(searcher, sub) for sub in q.subqueries), key=len)
        found = dict(subs[0]) if subs else {}
        for other in subs[1:]:
            _add(found, other, keep_all=False)
    elif kind is query.Phrase:
        return _phrase_scores(searcher, q)
    elif kind is query.AndNot:
        found = _scores(searcher, q.a)
        for docnum in _scores(searcher, q.b):
            found.pop(docnum, None)
        return found  # Whoosh's AND NOT scores its positive side alone
    else:
        return _matcher_scores(searcher, q)
    return _boosted(found, q.boost)


def _add(found: Scores, other: Scores, keep_all: bool) -> None:
    """Sum `other` into `found`: over both (OR) or only over documents in both (AND)."""
    if keep_all:
        for docnum, score in other.items():
            found[docnum] = found[docnum] + score if docnum in found else score
        return
    for docnum in [d for d in found if d not in other]:
        del found[docnum]
    for docnum in found:
        found[docnum] += other[docnum]


def _boosted(found: Scores, boost: float) -> Scores:
    if boost != 1.0:
        for docnum in found:
            found[docnum] *= boost
    return found


def _term_scores(searcher: Searcher, term: query.Term) -> Scores:
    """A word's matches scored a block of postings at a time (BM25F as Whoosh computes it)."""
    found: Scores = {}
    context = searcher.context()
    for segment, base in searcher.leaf_searchers():
        matcher = term.matcher(segment, context)
        inner, boost = matcher, 1.0
        if isinstance(inner, WrappingMatcher) and type(inner) is WrappingMatcher:
            inner, boost = inner.child, inner.boost
        if type(inner) is not W3LeafMatcher or type(inner.scorer) is not BM25FScorer:
            found.update(_matcher_loop(matcher, base))
            continue
        lengths = held_lengths(segment, term.fieldname)
        if lengths is None:
            found.update(_matcher_loop(matcher, base))
            continue
        scorer = inner.scorer
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        part: Scores = {}
        while inner.is_active():
            inner._read_ids()
            inner._read_weights()
            # Whoosh's bm25(), written out: the same operations in the same order.
            part.update(
                (docnum + base, idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[docnum] / avgfl))))
                for docnum, tf in zip(inner._ids, inner._weights, strict=True)
            )
            inner._next_block()
        # A boosted word's matcher multiplies each score by the boost.
        found.update(_boosted(part, boost))
    return found


def _matcher_scores(searcher: Searcher, q: query.Query) -> Scores:
    """Any query's matches and scores through Whoosh's matchers."""
    found: Scores = {}
    context = searcher.context()
    for segment, base in searcher.leaf_searchers():
        # Whoosh's collectors let a matcher simplify itself first (drop exhausted branches).
        found.update(_matcher_loop(q.matcher(segment, context).replace(0), base))
    return found


def _matcher_loop(matcher: Any, base: int) -> Scores:
    found: Scores = {}
    score: Callable[[], float] = matcher.score
    while matcher.is_active():
        found[matcher.id() + base] = score()
        matcher.next()
    return found


def _leaf_postings(segment: Any, term: query.Term, context: Any) -> dict[int, tuple[float, bytes]] | None:
    """A word's postings in one segment: each document's score and encoded positions; None when
    they cannot be read a block at a time (deleted documents, another kind of field)."""
    inner = term.matcher(segment, context)
    lengths = held_lengths(segment, term.fieldname)
    if type(inner) is not W3LeafMatcher or type(inner.scorer) is not BM25FScorer or lengths is None:
        return None
    scorer = inner.scorer
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    found: dict[int, tuple[float, bytes]] = {}
    while inner.is_active():
        inner._read_ids()
        inner._read_weights()
        inner._read_values()
        found.update(
            (docnum, (idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[docnum] / avgfl))), value))
            for docnum, tf, value in zip(inner._ids, inner._weights, inner._values, strict=True)
        )
        inner._next_block()
    return found


def _phrase_scores(searcher: Searcher, phrase: query.Phrase) -> Scores:
    """A phrase's matches: the documents holding its words in order, at most `slop` apart, scored
    as Whoosh's span matcher scores them (the sum of its words' scores)."""
    if phrase.fieldname not in searcher.schema:
        return {}
    field = searcher.schema[phrase.fieldname]
    reader = searcher.reader()
    words = []
    for word in phrase.words:
        try:
            text = field.to_bytes(word)
        except ValueError:
            return {}
        if (phrase.fieldname, text) not in reader:
            return {}
        words.append(query.Term(phrase.fieldname, text))
    found: Scores = {}
    context = searcher.context()
    for segment, base in searcher.leaf_searchers():
        postings = [_leaf_postings(segment, word, context) for word in words]
        if any(p is None for p in postings):
            return _matcher_scores(searcher, phrase)
        held = [p for p in postings if p is not None]
        decode = field.format.decode_positions
        for docnum in min(held, key=len):
            if all(docnum in p for p in held) and _in_order(
                [decode(p[docnum][1]) for p in held], phrase.slop
            ):
                found[docnum + base] = _tree_sum([p[docnum][0] for p in held])
    return _boosted(found, phrase.boost)


def _in_order(positions: list[list[int]], slop: int) -> bool:
    """Whether each word follows the words before it within `slop` positions (Whoosh's ordered
    span test, with its minimum distance of one)."""
    spans = [(p, p) for p in positions[0]]
    for later in positions[1:]:
        joined = set()
        for start, end in spans:
            for position in later:
                if position > end + slop:
                    break
                if 1 <= position - end <= slop:
                    joined.add((start, position))
        spans = sorted(joined)
        if not spans:
            return False
    return bool(spans)


def _tree_sum(scores: list[float]) -> float:
    """Scores added as Whoosh's binary tree of intersection matchers adds them."""
    if len(scores) == 1:
        return scores[0]
    half = len(scores) // 2
    return _tree_sum(scores[:half]) + _tree_sum(scores[half:])
