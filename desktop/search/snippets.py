"""Snippets: a few lines of a case around what a query matched, the matched words marked."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from itertools import islice

from whoosh import query

from desktop.search.analysis import EXACT_MARK, fold, is_bigram_text, stem_of
from desktop.search.schema import TEXT_FIELDS

SNIPPET_CHARS = 240
_WORD_CHAR = re.compile(r"\w")
# Matches weighed when choosing where a snippet starts.
ANCHORS_WEIGHED = 12


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
        # Every alternative starts with its letters (a word's start is checked after a match):
        # then the regex engine skips ahead to the letters they start with, instead of trying each
        # alternative at every character, which made snippets a third of a search.
        parts = [rf"{re.escape(s)}\w*" for s in sorted(starts, key=len, reverse=True)]
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
            begin = match.start()
            position = begin + 1
            found = text[begin : match.end()]
            if begin and _WORD_CHAR.match(searched, begin - 1) and not is_bigram_text(found[0]):
                continue  # inside a word: a word matches from its start
            if self._is_hit(found):
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
