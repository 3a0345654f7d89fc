"""One analyzer for mixed-script text: stemmed Latin words, character bigrams for CJK and Thai.

Whoosh pickles analyzers into the index, so this module's path and class names must stay put.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer
from whoosh.analysis import Composable, Filter, Token, Tokenizer
from whoosh.analysis.filters import STOP_WORDS

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
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")
_EXTRA_FOLDS = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae"})


class MixedScriptTokenizer(Tokenizer):
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


_ENGLISH = snowballstemmer.stemmer("english")


@lru_cache(maxsize=100_000)
def _word_term(word: str) -> str:
    """The indexed form of a word: folded, then stemmed (digits stay as they are)."""
    folded = fold(word)
    return folded if folded.isdigit() else _ENGLISH.stemWord(folded)


class WordFilter(Filter):
    """Words are folded, English stop words dropped and the rest stemmed; bigrams are only
    normalised (NFC), so Hangul stays composed. One filter, because analysis dominates indexing."""

    def __init__(self, stem: bool = True) -> None:
        self.stem = stem

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stem = self.stem
        for token in tokens:
            if token.bigram:
                token.text = unicodedata.normalize("NFC", token.text)
                yield token
                continue
            folded = fold(token.text)
            if folded in STOP_WORDS:
                if not token.removestops:
                    token.stopped = True
                    yield token
                continue
            token.text = _word_term(token.text) if stem else folded
            yield token


def mixed_script_analyzer() -> Composable:
    """The analyzer for every text field: tokens, folding, stop words, stemming."""
    return MixedScriptTokenizer() | WordFilter()


def spelling_analyzer() -> Composable:
    """Unstemmed, folded words only: the vocabulary that "did you mean" draws on."""
    return MixedScriptTokenizer() | WordFilter(stem=False)
