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
_WORD_CHAR = rf"(?![{_BIGRAM_SCRIPT}])[^\W_]"
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
        pos = start_pos
        for match in _RUNS.finditer(value):
            if match.lastgroup == "word":
                pieces = [(match.start(), match.end())]
            else:
                start, end = match.span()
                pieces = [(i, min(i + 2, end)) for i in range(start, max(end - 1, start + 1))]
            for begin, finish in pieces:
                token.text = value[begin:finish]
                token.bigram = match.lastgroup == "bigram"
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = token.text
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar = start_char + begin
                    token.endchar = start_char + finish
                pos += 1
                yield token


def fold(text: str) -> str:
    """Lower case, full-width forms narrowed, accents removed: `Hà Nội` -> `ha noi`."""
    text = _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.lower().translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FoldFilter(Filter):
    """Case and accent folding for words; bigrams keep their script but are width-folded."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if getattr(token, "bigram", False):
                token.text = unicodedata.normalize("NFC", token.text)
            else:
                token.text = fold(token.text)
            yield token


class WordStopFilter(Filter):
    """Drops English stop words; never drops a bigram or a one-letter CJK token."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if not getattr(token, "bigram", False) and token.text in STOP_WORDS:
                if not token.removestops:
                    token.stopped = True
                    yield token
                continue
            yield token


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    return _ENGLISH.stemWord(word)


_ENGLISH = snowballstemmer.stemmer("english")


class WordStemFilter(Filter):
    """English Snowball stemming of words; bigrams pass through untouched."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if not getattr(token, "bigram", False) and not token.text.isdigit():
                token.text = _stem(token.text)
            yield token


def mixed_script_analyzer() -> Composable:
    """The analyzer for every text field: tokens, folding, stop words, stemming."""
    return MixedScriptTokenizer() | FoldFilter() | WordStopFilter() | WordStemFilter()


def spelling_analyzer() -> Composable:
    """Unstemmed, folded words only: the vocabulary that "did you mean" draws on."""
    return MixedScriptTokenizer() | FoldFilter() | WordStopFilter()
