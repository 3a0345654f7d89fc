"""Did you mean: each unknown word of a query replaced by the closest word of the catalogue."""

from __future__ import annotations

import difflib
from typing import Any

from whoosh.searching import Searcher

from desktop.search.analysis import exact_term, fold, stem_of
from desktop.search.schema import DEFAULT_FIELD

# Words by (first letter, length).
Vocabulary = dict[tuple[str, int], list[str]]


def vocabulary(searcher: Searcher) -> Vocabulary:
    """Words of titles and summaries grouped by first letter and length (kept per searcher)."""
    groups: Vocabulary = {}
    for raw in searcher.reader().lexicon("spell"):
        word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if word.isalpha() and len(word) > 2:
            groups.setdefault((word[0], len(word)), []).append(word)
    return groups


def suggest(searcher: Searcher, words_known: Vocabulary, text: str) -> str:
    """The query with each unknown word replaced by the closest known one."""
    reader = searcher.reader()
    changed = False
    words = []
    for word in text.split():
        bare = fold(word)
        if ":" in word or not bare.isalpha() or _known(reader, bare):
            words.append(word)
            continue
        # A misspelling mostly keeps its first letter and its length within two.
        candidates = [
            w for size in range(len(bare) - 2, len(bare) + 3) for w in words_known.get((bare[0], size), [])
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


def _known(reader: Any, word: str) -> bool:
    """Whether a word occurs in the catalogue: in titles and summaries, or anywhere as typed."""
    if reader.doc_frequency("spell", word) > 0:
        return True
    stem = stem_of(word)
    return (
        stem is not None
        and reader.doc_frequency(DEFAULT_FIELD, stem if stem == word else exact_term(word)) > 0
    )
