"""Country and language names: English from Qt's locale data, Korean and Indonesian from CLDR.

`country_name` is the English name the search index, sheets, bundles and command line use, whatever
the window speaks; `country_label` and `language_label` are what a reader of a language sees, and
`words_language` tells which language the words around a name speak.
"""

import json
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale

from desktop.language import SOURCE_LANGUAGE, base_language, tr
from desktop.resources import resource_path

# Written by packaging/make_place_names.py from CLDR, so the app carries no locale library.
PLACE_NAMES = "desktop/data/place_names.json"


@cache
def country_name(code: str) -> str:
    """English name of a country code, or the code itself when Qt does not know it."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def is_country_code(code: object) -> bool:
    """True for an upper-case ISO 3166-1 alpha-2 code that names a real country."""
    return (
        isinstance(code, str)
        and len(code) == 2
        and code.isupper()
        and QLocale.codeToTerritory(code) != QLocale.Country.AnyTerritory
    )


def words_language() -> str:
    """The language `tr` speaks here: a document's while one is written, else the window's."""
    # Each translation names its own language, as Qt's own translations name their layout direction.
    return base_language(tr("en", "the code of the language translated into: ko or id"))


@cache
def _names() -> dict[str, dict[str, dict[str, str]]]:
    """The Korean and Indonesian names, read on first use: the window starts without them."""
    data = json.loads(resource_path(PLACE_NAMES).read_text(encoding="utf-8"))
    return data["names"]


def _names_in(language: str, kind: str) -> dict[str, str]:
    """One kind of names ("countries", "languages") in a language; empty for English."""
    code = base_language(language)
    return {} if code == SOURCE_LANGUAGE else _names()[code][kind]


@cache
def country_label(code: str, language: str) -> str:
    """A country's name as a reader of `language` (a BCP 47 tag) reads it."""
    return _names_in(language, "countries").get(code) or country_name(code)


@cache
def language_label(tag: str, language: str) -> str:
    """The name of the language of a case's tag ("pt-BR": Portuguese) as a reader of `language` reads it."""
    primary = tag.replace("_", "-").split("-")[0].lower()
    known = QLocale(primary).language()
    if known in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        english = ""
    else:
        # Qt also reads the old codes ("iw", "in") and gives today's ("he", "id").
        primary, english = QLocale.languageToCode(known), QLocale.languageToString(known)
    return _names_in(language, "languages").get(primary) or english or tag


def reading_order(language: str) -> Callable[[str], QCollatorSortKey]:
    """A sort key that puts names in the order a reader of `language` looks them up."""
    return QCollator(QLocale(base_language(language))).sortKey
