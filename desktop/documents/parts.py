"""Pieces every catalogue document uses: places, case titles and the date of issue, in its language."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from desktop.catalogue.places import CITY_NAMES
from desktop.documents.labels import date_label
from desktop.text.countries import country_label, words_language
from desktop.text.language import tr

if TYPE_CHECKING:
    from desktop.store.records import Case

# Which characters write a city's name in the languages the documents speak besides English.
_NAME_SCRIPTS = {"ko": ("\uac00", "\ud7af")}


def _in_document_script(name: str) -> bool:
    """True when the name is written in the script of the document's language (Hangul for Korean)."""
    low, high = _NAME_SCRIPTS.get(words_language(), ("", ""))
    return bool(low) and any(low <= ch <= high for ch in name)


def city_name(city: str) -> str:
    """A city named in the document's language where the catalogue knows that name ("Seoul" -> "서울")."""
    return next((name for name in CITY_NAMES.get(city, ()) if _in_document_script(name)), city)


def place(city: str, country: str) -> str:
    """A city and its country (an ISO code), both named in the document's language."""
    country_name = country_label(country, words_language()) if country else ""
    return ", ".join(x for x in (city_name(city) if city else "", country_name) if x)


def case_title(case: Case) -> str:
    """The case's title, led by its local title when that is written in the document's language."""
    return f"{case.local_title} ({case.title})" if _in_document_script(case.local_title) else case.title


def issue_date() -> tuple[str, str]:
    """The title page's "Date of issue" line: today, written in the document's language."""
    return tr("Date of issue"), date_label(datetime.date.today().isoformat())
