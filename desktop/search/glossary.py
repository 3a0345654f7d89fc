"""A multilingual glossary of city-policy terms: a query in one language also searches the others.

The glossary is CSV (see desktop/data/glossary/README.md): one concept a row, a column per
language, terms separated by semicolons. A term is found in a query by its words' stems (Latin
scripts: `night buses` finds "night bus") or by its letters with spaces ignored (Korean, Chinese,
Japanese, Thai: `야간 버스` finds "야간버스").
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop.resources import resource_path
from desktop.search.analysis import fold, is_bigram_text, stem_of

log = logging.getLogger(__name__)

SHIPPED = Path("desktop") / "data" / "glossary"
# Words, or runs of the scripts written without spaces (spaces inside the run kept).
_PIECES = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Concept:
    """One idea and its terms in each language (language code -> terms)."""

    key: str
    terms: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Expansion:
    """A span of the query that names a concept, and the other terms searched with it."""

    concept: str
    start: int
    end: int
    typed: str
    alternatives: tuple[str, ...]


def _key(word: str) -> str | None:
    """A word's stem for matching terms; a final e dropped, as the stemmer keeps it in some plurals
    only (buses -> buse, bus -> bus)."""
    stem = stem_of(word)
    return stem[:-1] if stem and len(stem) > 3 and stem.endswith("e") else stem


def _stems(text: str) -> tuple[str, ...]:
    """The stems of a Latin-script term, stop words left out."""
    return tuple(s for s in (_key(w) for w in _PIECES.findall(text)) if s)


def _squeezed(text: str) -> str:
    """A term in a script written without spaces: folded, composed (Hangul stays in syllables) and
    with its spaces removed."""
    return _SPACES.sub("", unicodedata.normalize("NFC", fold(text)))


class Glossary:
    """Concepts loaded from CSV files, looked up by the words of a query."""

    def __init__(self, concepts: list[Concept]) -> None:
        self.concepts = concepts
        # Each way of writing a term, with the concepts and languages it is a term of.
        self._by_stems: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        self._by_letters: dict[str, list[tuple[int, str]]] = {}
        for number, concept in enumerate(concepts):
            for language, terms in concept.terms.items():
                for term in terms:
                    if is_bigram_text(term):
                        self._by_letters.setdefault(_squeezed(term), []).append((number, language))
                    elif stems := _stems(term):
                        self._by_stems.setdefault(stems, []).append((number, language))
        self._longest = max((len(k) for k in self._by_stems), default=0)
        # Longest first, so a compound (야간버스) wins over a term inside it (버스).
        self._letter_terms = sorted(self._by_letters, key=len, reverse=True)

    @classmethod
    def load(cls, folders: list[Path]) -> Glossary:
        """Every `*.csv` in the given folders (a missing folder is skipped); rows of one concept key
        in several files add up their terms."""
        merged: dict[str, dict[str, list[str]]] = {}
        for folder in folders:
            for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
                try:
                    with path.open(encoding="utf-8-sig", newline="") as handle:
                        for row in csv.DictReader(handle):
                            key = (row.pop("concept", "") or "").strip()
                            if not key:
                                continue
                            languages = merged.setdefault(key, {})
                            for language, cell in row.items():
                                if not language or not cell:
                                    continue
                                terms = languages.setdefault(language.strip(), [])
                                terms += [t.strip() for t in cell.split(";") if t.strip() not in ("", *terms)]
                except (OSError, UnicodeDecodeError, csv.Error) as error:
                    log.warning("glossary file %s skipped: %s", path, error)
        return cls([Concept(key, {k: tuple(v) for k, v in terms.items()}) for key, terms in merged.items()])

    def expansions(self, text: str) -> list[Expansion]:
        """The concepts the query names, longest terms first, each span used once."""
        text = unicodedata.normalize("NFC", text)
        found: list[Expansion] = []
        taken: list[tuple[int, int]] = []
        words = [(m.start(), m.end(), m.group()) for m in _PIECES.finditer(text)]
        keyed = [(start, end, _key(word)) for start, end, word in words if not is_bigram_text(word)]
        latin = [(start, end, stem) for start, end, stem in keyed if stem]
        position = 0
        while position < len(latin):
            for size in range(min(self._longest, len(latin) - position), 0, -1):
                key = tuple(stem for _, _, stem in latin[position : position + size])
                if key in self._by_stems:
                    start, end = latin[position][0], latin[position + size - 1][1]
                    found += self._expand(self._by_stems[key], text, start, end)
                    taken.append((start, end))
                    position += size
                    break
            else:
                position += 1
        found += self._letter_matches(text, taken)
        return sorted(found, key=lambda e: e.start)

    def _letter_matches(self, text: str, taken: list[tuple[int, int]]) -> list[Expansion]:
        """Terms of the scripts written without spaces, found in the query whatever its spacing."""
        # The query's letters with spaces dropped, each mapped back to where it stands in the query.
        letters, where = [], []
        for index, char in enumerate(text):
            if not char.isspace():
                letters.append(_squeezed(char) or char)
                where.append(index)
        squeezed = "".join(letters)
        if not is_bigram_text(squeezed):
            return []
        found: list[Expansion] = []
        for term in self._letter_terms:
            at = squeezed.find(term)
            while at >= 0:
                start, end = where[at], where[at + len(term) - 1] + 1
                if not any(s < end and start < e for s, e in taken):
                    found += self._expand(self._by_letters[term], text, start, end)
                    taken.append((start, end))
                at = squeezed.find(term, at + 1)
        return found

    def _expand(self, found: list[tuple[int, str]], text: str, start: int, end: int) -> list[Expansion]:
        """The terms in other languages of each concept a span of the query is a term of. Terms of
        the span's own language are left out: they are the cross-language search's cost without
        its gain (and a synonym's cases would crowd out the word's own)."""
        languages: dict[int, set[str]] = {}
        for number, language in found:
            languages.setdefault(number, set()).add(language)
        expansions = []
        for number, own in languages.items():
            concept = self.concepts[number]
            others: dict[str, None] = {}
            for language, terms in concept.terms.items():
                if language not in own:
                    others.update(dict.fromkeys(terms))
            if others:
                expansions.append(Expansion(concept.key, start, end, text[start:end], tuple(others)))
        return expansions


@lru_cache(maxsize=4)
def glossary(extra: Path | None = None) -> Glossary:
    """The shipped glossary, plus the CSV files in `extra` (a folder of the data dir), loaded once."""
    folders = [resource_path(str(SHIPPED))]
    if extra is not None:
        folders.append(extra)
    return Glossary.load(folders)
