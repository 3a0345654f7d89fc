"""One analyzer for mixed-script text: stemmed Latin words, character bigrams for CJK and Thai.

Whoosh pickles analyzers and formats into the index, so this module's path and class names must
stay put.
"""

from __future__ import annotations

import pickle
import re
import threading
import unicodedata
from array import array
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import sub
from typing import TypeAlias

import snowballstemmer
from whoosh.analysis import Composable, CompositeAnalyzer, Filter, Token, Tokenizer
from whoosh.analysis.filters import STOP_WORDS
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint

# Han, Hangul (syllables and jamo), Hiragana, Katakana and Thai have no spaces between
# words (or, for Korean, words too inflected to split well), so they are indexed as bigrams.
_BIGRAM_SCRIPT = (
    "\u0e00-\u0e7f"  # Thai
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # Hangul
    "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # Kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
)
_WORD_CHAR = rf"[^\W_{_BIGRAM_SCRIPT}]"
_RUNS = re.compile(rf"(?P<bigram>[{_BIGRAM_SCRIPT}]+)|(?P<word>(?:{_WORD_CHAR})+(?:['’](?:{_WORD_CHAR})+)*)")
_BIGRAM_CHAR = re.compile(f"[{_BIGRAM_SCRIPT}]")
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae"})


class MixedScriptTokenizer(Tokenizer):  # type: ignore[misc]  # Whoosh ships no types
    """Latin-like words whole; runs of bigram scripts as overlapping character pairs."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        pos = start_pos
        for match in _RUNS.finditer(value):
            begin, finish = match.span()
            pieces: tuple[tuple[int, int], ...]
            if match.lastgroup == "word":
                pieces = ((begin, finish),)
                token.bigram = False
            else:
                pieces = tuple((i, min(i + 2, finish)) for i in range(begin, max(finish - 1, begin + 1)))
                token.bigram = True
            for first, last in pieces:
                token.text = value[first:last]
                token.stopped = False
                if keeporiginal:
                    token.original = token.text
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + first
                    token.endchar = start_char + last
                pos += 1
                yield token


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower case, full-width forms narrowed, accents removed: `Hà Nội` -> `ha noi`."""
    text = _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.lower().translate(_EXTRA_FOLDS)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _ThreadStemmers(threading.local):
    """One English stemmer per thread: a stemmer keeps its word in itself while it works, so the
    index builder and a search stemming at once would cut each other's words."""

    def __init__(self) -> None:
        self.english = snowballstemmer.stemmer("english")


_STEMMERS = _ThreadStemmers()


def _english_stem(folded: str) -> str:
    """A folded word's English stem, by this thread's stemmer."""
    stem: str = _STEMMERS.english.stemWord(folded)
    return stem


@lru_cache(maxsize=100_000)
def _stemmed_term(word: str) -> str | None:
    """The indexed form of a word: folded, then stemmed (digits stay as they are); None for a stop word."""
    folded = fold(word)
    if folded in STOP_WORDS:
        return None
    return folded if folded.isdigit() else _english_stem(folded)


# A word indexed under a stem that differs from it is also indexed as typed, at the same position,
# marked so the two never meet: `housing` -> `hous` and `=housing`. A prefix then runs against words
# as typed (`participat*` finds "participatory"), and a word typed whole ranks above its stem-mates.
EXACT_MARK = "="


@lru_cache(maxsize=100_000)
def _indexed_terms(word: str) -> str | tuple[str, str] | None:
    """What indexing stores for a word: its stem, or its stem and its marked folded form."""
    folded = fold(word)
    if folded in STOP_WORDS:
        return None
    if folded.isdigit():
        return folded
    stem = _english_stem(folded)
    return stem if stem == folded else (stem, EXACT_MARK + folded)


def exact_term(word: str) -> str:
    """The term a word is indexed under as typed (folded), when its stem differs from it."""
    return EXACT_MARK + fold(word)


def stem_of(word: str) -> str | None:
    """The stemmed term of a word, as indexed; None for a stop word."""
    return _stemmed_term(word)


@lru_cache(maxsize=100_000)
def _folded_term(word: str) -> str | None:
    """The folded form of a word, unstemmed; None for a stop word."""
    folded = fold(word)
    return None if folded in STOP_WORDS else folded


def is_bigram_text(text: str) -> bool:
    """Whether a text holds a script indexed by character pairs (Han, Hangul, Kana, Thai)."""
    return _BIGRAM_CHAR.search(text) is not None


def words_of(text: str) -> list[str]:
    """The words of a text as written, leaving out runs of the scripts indexed by pairs."""
    return [word for _bigrams, word in _RUNS.findall(text) if word]


def _bigram_terms(run: str) -> list[str]:
    """A run of a bigram script as its overlapping character pairs (a lone character alone), each
    normalised (NFC)."""
    if len(run) == 1:
        return [unicodedata.normalize("NFC", run)]
    if unicodedata.is_normalized("NFC", run):
        # As nearly all text is: the pairs of these scripts' characters are then normalised too.
        return [run[i : i + 2] for i in range(len(run) - 1)]
    return [unicodedata.normalize("NFC", run[i : i + 2]) for i in range(len(run) - 1)]


class WordFilter(Filter):  # type: ignore[misc]  # Whoosh ships no types
    """Words are folded, English stop words dropped and the rest stemmed; bigrams are only
    normalised (NFC), so Hangul stays composed. One filter, because analysis dominates indexing."""

    def __init__(self, stem: bool = True) -> None:
        self.stem = stem

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        # Only indexing stores words as typed too; a query looks words up by stem, and the engine
        # adds the as-typed forms it wants.
        indexing = self.stem
        for token in tokens:
            if token.bigram:
                token.text = unicodedata.normalize("NFC", token.text)
                yield token
                continue
            if indexing and token.mode == "index":
                term = _indexed_terms(token.text)
            else:
                term = (_stemmed_term if self.stem else _folded_term)(token.text)
            if term is None:
                if not token.removestops:
                    token.stopped = True
                    yield token
                continue
            if isinstance(term, tuple):
                token.text = term[0]
                yield token
                token.text = term[1]
            else:
                token.text = term
            yield token

    def terms(self, value: str) -> list[str | tuple[str, str] | None]:
        """Every token's indexed term(s) in order, None for a stop word (it keeps its position):
        what indexing needs, without the token stream's per-token overhead."""
        term_of = _indexed_terms if self.stem else _folded_term
        terms: list[str | tuple[str, str] | None] = []
        for bigrams, word in _RUNS.findall(value):
            if word:
                terms.append(term_of(word))
            else:
                terms.extend(_bigram_terms(bigrams))
        return terms

    def positions(self, value: str) -> dict[str, list[int]]:
        """Each term indexing stores for a text, with its token positions (a stop word keeps its
        position): what `terms` gives, grouped in the same pass, as a field's format needs it."""
        # One cache a kind, keyed by the word alone: the cache's fastest path.
        terms_of = _stemmed_word_terms if self.stem else _folded_word_terms
        positions: dict[str, list[int]] = {}
        position = 0
        for bigrams, word in _RUNS.findall(value):
            # A word holds one position (its stem and its form as typed share it), each pair one.
            for terms in (terms_of(word),) if word else [(pair,) for pair in _bigram_terms(bigrams)]:
                for term in terms:
                    found = positions.get(term)
                    if found is None:
                        positions[term] = [position]
                    else:
                        found.append(position)
                position += 1
        return positions


def _as_terms(entry: str | tuple[str, str] | None) -> tuple[str, ...]:
    return () if entry is None else entry if isinstance(entry, tuple) else (entry,)


@lru_cache(maxsize=100_000)
def _stemmed_word_terms(word: str) -> tuple[str, ...]:
    """What indexing stores for a word at its position: nothing for a stop word, else its stem
    (and its marked folded form)."""
    return _as_terms(_indexed_terms(word))


@lru_cache(maxsize=100_000)
def _folded_word_terms(word: str) -> tuple[str, ...]:
    """What unstemmed indexing stores for a word: nothing for a stop word, else its folded form."""
    return _as_terms(_folded_term(word))


class MixedScriptAnalyzer(CompositeAnalyzer):  # type: ignore[misc]  # Whoosh ships no types
    """The tokenizer and the word filter, with the filter's list of terms for indexing."""

    def terms(self, value: str) -> list[str | tuple[str, str] | None]:
        """Every token's indexed term(s) in order, None for a stop word (see WordFilter.terms)."""
        terms: list[str | tuple[str, str] | None] = self.items[-1].terms(value)
        return terms

    def positions(self, value: str) -> dict[str, list[int]]:
        """Each indexed term of a text with its token positions (see WordFilter.positions)."""
        positions: dict[str, list[int]] = self.items[-1].positions(value)
        return positions


def mixed_script_analyzer() -> MixedScriptAnalyzer:
    """The analyzer for every text field: tokens, folding, stop words, stemming."""
    return MixedScriptAnalyzer(MixedScriptTokenizer(), WordFilter())


def spelling_analyzer() -> MixedScriptAnalyzer:
    """Unstemmed, folded words only: the vocabulary that "did you mean" draws on."""
    return MixedScriptAnalyzer(MixedScriptTokenizer(), WordFilter(stem=False))


# An index writer's pooled postings of one field: term -> (document numbers, weights, value bytes),
# the numbers in arrays, which take a third of the memory of lists of Python numbers.
PooledTerms: TypeAlias = "dict[str | bytes, tuple[array[int], array[float], list[bytes | None]]]"

# Whoosh asks a field's format for each document's terms, and its formats read them from the
# analyzer's token stream: with a MixedScriptAnalyzer these take its terms' positions instead,
# which writes the same postings in a fraction of the time.


class TermsFedFormat:
    """Mixin for a Whoosh format: its values from the analyzer's terms' positions when it has them."""

    def word_values(
        self, value: object, analyzer: Composable, **kwargs: object
    ) -> Iterator[tuple[str, int, float, bytes]]:
        """(term, frequency, weight, encoded value) of each term in `value`."""
        if isinstance(value, str) and isinstance(analyzer, MixedScriptAnalyzer):
            return self.values_of_positions(analyzer.positions(value))
        values: Iterator[tuple[str, int, float, bytes]] = super().word_values(  # type: ignore[misc]
            value, analyzer, **kwargs
        )
        return values

    def encoded(self, poslist: list[int]) -> bytes:
        """A term's value in a document, from its positions there."""
        raise NotImplementedError

    # The value of a term that occurs once in a document, as most do, from its position: a cached
    # function, called without a method's overhead.
    encoded_once: Callable[[int], bytes]

    def values_of_positions(self, positions: dict[str, list[int]]) -> Iterator[tuple[str, int, float, bytes]]:
        """What `word_values` yields, from each term's positions."""
        boost = self.field_boost  # type: ignore[attr-defined]  # the Whoosh format's
        for term, found in positions.items():
            yield term, len(found), len(found) * boost, self.encoded(found)

    def pool_positions(
        self, positions: dict[str, list[int]], docnum: int, boost: float, pooled: PooledTerms
    ) -> tuple[int, int]:
        """Add a document's postings, from each term's positions, to an index writer's pooled
        lists (term -> document numbers, weights, values): what `values_of_positions` gives,
        without a call or a tuple per posting, which was most of a build. The field's length in
        the document and its values' bytes."""
        # Whoosh weighs a posting (count * field boost) * document boost: the same, as documents
        # carry no boost of their own (1.0).
        factor = self.field_boost * boost  # type: ignore[attr-defined]  # the Whoosh format's
        encoded, encoded_once = self.encoded, self.encoded_once
        size = 0
        for term, found in positions.items():
            if len(found) == 1:
                value, weight = encoded_once(found[0]), factor  # shared values: no memory of their own
            else:
                value, weight = encoded(found), len(found) * factor
                size += len(value)
            # Written out rather than a call per posting (writer.add_posting), which cost a tenth of a build.
            postings = pooled.get(term)
            if postings is None:
                pooled[term] = (array("I", (docnum,)), array("d", (weight,)), [value])
            else:
                postings[0].append(docnum)
                postings[1].append(weight)
                postings[2].append(value)
        return sum(map(len, positions.values())), size


@lru_cache(maxsize=10_000)
def _one_position(position: int) -> bytes:
    """A term's positions when it occurs once, as most do: the same few thousand values recur."""
    one: bytes = pack_uint(1)
    return one + pickle.dumps([position], 2)


class MixedScriptPositions(TermsFedFormat, Positions):  # type: ignore[misc]  # Whoosh ships no types
    """Whoosh's Positions format (for phrase search), fed by the analyzer's terms' positions."""

    def encode(self, poslist: list[int]) -> bytes:
        """Positions as Whoosh encodes them (count, then the pickled gaps), computed faster."""
        if len(poslist) == 1:
            return _one_position(poslist[0])
        gaps = [poslist[0], *map(sub, poslist[1:], poslist)]
        count: bytes = pack_uint(len(poslist))
        return count + pickle.dumps(gaps, 2)

    # A posting's value is its positions, encoded.
    encoded = encode
    encoded_once = staticmethod(_one_position)


@lru_cache(maxsize=1_000)
def _packed_count(count: int) -> bytes:
    """A term's frequency as Whoosh's Frequency format encodes it (small counts recur)."""
    packed: bytes = pack_uint(count)
    return packed


class MixedScriptFrequency(TermsFedFormat, Frequency):  # type: ignore[misc]  # Whoosh ships no types
    """Whoosh's Frequency format (no positions), fed by the analyzer's terms' positions."""

    def encoded(self, poslist: list[int]) -> bytes:
        """How often the term occurs, encoded."""
        return _packed_count(len(poslist))

    encoded_once = staticmethod(lambda _position: _packed_count(1))
