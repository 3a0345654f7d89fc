"""Words the exporters add to a document themselves (page numbers), translated."""

from __future__ import annotations

import re

from desktop.text.language import tr

PAGE = "{page}"
PAGES = "{pages}"


def page_label_template() -> str:
    """The footer's page label with `{page}` and `{pages}` placeholders."""
    return tr("Page {page} of {pages}")


def page_label_parts() -> list[str]:
    """The page label cut into plain text and the `{page}` / `{pages}` placeholders, in order."""
    return [part for part in re.split(r"(\{page\}|\{pages\})", page_label_template()) if part]


def page_label(page: int, pages: int) -> str:
    """The footer's page label for one page."""
    return page_label_template().format(page=page, pages=pages)


# Dates as each language writes them in a letter (a day, a month, a year); Qt's locale data gives the
# month names.
_DATE_PATTERNS = {
    "ko": ("yyyy년 M월 d일", "yyyy년 M월", "yyyy년"),
    "ja": ("yyyy年M月d日", "yyyy年M月", "yyyy年"),
    "zh": ("yyyy年M月d日", "yyyy年M月", "yyyy年"),
}
_OTHER_LANGUAGES = ("d MMMM yyyy", "MMMM yyyy", "yyyy")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_label(iso: str) -> str:
    """A YYYY-MM-DD, YYYY-MM or YYYY date as the language `tr` speaks writes it ("2026년 12월 1일",
    "1 December 2026", "September 2013").

    Anything else (free text, an impossible date) is given back as written.
    """
    from PySide6.QtCore import QDate, QLocale

    from desktop.text.countries import words_language

    match = _ISO_DATE.match(iso.strip())
    if match is None:
        return iso
    parts = [int(part) for part in match.groups() if part is not None]
    date = QDate(parts[0], *(parts[1:] + [1, 1])[:2])
    if not date.isValid():
        return iso
    language = words_language()
    pattern = _DATE_PATTERNS.get(language, _OTHER_LANGUAGES)[3 - len(parts)]
    return QLocale(language).toString(date, pattern)
