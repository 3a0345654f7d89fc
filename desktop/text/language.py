"""The app's own words in English, Korean or Bahasa Indonesia, for the window and for documents."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.resources import resource_path

# Each language in its own name, as a person looking for it would read it.
LANGUAGES = {"en": "English", "ko": "한국어", "id": "Bahasa Indonesia"}
SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = "desktop/translations"
# Set while a document is written: the translation of its language (None for English).
_document_words: ContextVar[tuple[QTranslator | None] | None] = ContextVar("document_words", default=None)


def base_language(tag: str) -> str:
    """The language of a BCP 47 tag that the app speaks ("ko-KR" -> "ko"), else English."""
    code = tag.replace("_", "-").split("-")[0].lower()
    code = "id" if code == "in" else code  # the old code some systems still report for Indonesian
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def load_translator(code: str) -> QTranslator | None:
    """The app's translation for a language, or None if it ships none."""
    translator = QTranslator()
    if code in LANGUAGES and translator.load(f"leaps_{code}", str(resource_path(TRANSLATIONS_DIR))):
        return translator
    return None


@contextmanager
def document_language(tag: str) -> Iterator[None]:
    """Within the block, `tr` gives the words of the language a document is written in."""
    code = base_language(tag)
    token = _document_words.set((load_translator(code) if code != SOURCE_LANGUAGE else None,))
    try:
        yield
    finally:
        _document_words.reset(token)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Words outside a window class: in the document's language when writing one, else the window's.

    `n` picks the plural form of a text with "%n" in it, as QObject.tr does.
    """
    return _words(text, disambiguation, n)


def marked(text: str) -> str:
    """A text marked elsewhere with QT_TRANSLATE_NOOP("", ...), in the words `tr` would give."""
    return _words(text)


def _words(text: str, disambiguation: str = "", n: int = -1) -> str:
    document = _document_words.get()
    if document is None:
        return QCoreApplication.translate("", text, disambiguation, n)
    words = document[0]
    found = words.translate("", text, disambiguation, n) if words is not None else ""
    # A document never borrows the window's language: what its own lacks stays in English.
    return found or (text.replace("%n", str(n)) if n >= 0 else text)
