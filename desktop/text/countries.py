"""Country and language names: English from Qt's locale data, Korean and Indonesian from CLDR.

`country_name` is the English name the search index, sheets, bundles and command line use, whatever
the window speaks; `country_label` and `language_label` are what a reader of a language sees, and
`words_language` tells which language the words around a name speak.
"""

import json
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from itertools import product
from string import ascii_uppercase

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale

from desktop.resources import resource_path
from desktop.text.language import SOURCE_LANGUAGE, base_language, tr

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


# Names people commonly give countries in English besides the CLDR one: the UN's and ISO's
# official forms ("Korea, Republic of"), short forms ("USA") and former names ("Swaziland").
COMMON_NAMES = {
    "KR": ("Korea", "Republic of Korea", "Korea, Republic of", "Korea (South)", "Korea, Rep."),
    "KP": ("Democratic People's Republic of Korea", "Korea, Democratic People's Republic of"),
    "US": ("USA", "U.S.", "U.S.A.", "US", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"),
    "VN": ("Viet Nam", "Vietnam"),
    "RU": ("Russian Federation", "Russia"),
    "IR": ("Iran, Islamic Republic of", "Islamic Republic of Iran", "Iran"),
    "TR": ("Turkey", "Türkiye"),
    "CZ": ("Czech Republic", "Czechia"),
    "LA": ("Lao PDR", "Lao People's Democratic Republic", "Laos"),
    "CI": ("Cote d'Ivoire", "Ivory Coast"),
    "TZ": ("Tanzania, United Republic of", "United Republic of Tanzania", "Tanzania"),
    "BO": ("Bolivia (Plurinational State of)", "Plurinational State of Bolivia", "Bolivia"),
    "VE": ("Venezuela (Bolivarian Republic of)", "Venezuela"),
    "SY": ("Syrian Arab Republic", "Syria"),
    "MD": ("Republic of Moldova", "Moldova, Republic of", "Moldova"),
    "CD": ("Democratic Republic of the Congo", "DR Congo", "DRC", "Congo, Democratic Republic of the"),
    "CG": ("Republic of the Congo", "Congo, Republic of the", "Congo-Brazzaville"),
    "MK": ("Macedonia", "North Macedonia", "Republic of North Macedonia"),
    "SZ": ("Swaziland", "Eswatini"),
    "MM": ("Burma", "Myanmar"),
    "NL": ("Holland", "The Netherlands", "Netherlands"),
    "PS": ("Palestine", "State of Palestine"),
    "TW": ("Taiwan", "Taiwan, Province of China"),
    "HK": ("Hong Kong SAR", "Hong Kong, China", "Hong Kong"),
    "BN": ("Brunei Darussalam", "Brunei"),
    "CV": ("Cabo Verde", "Cape Verde"),
    "TL": ("Timor-Leste", "East Timor"),
}
_NOT_A_LETTER = re.compile(r"[\W_]+")


def folded(name: str) -> str:
    """A name as compared: accents, case, spaces and punctuation aside ("Perú" = "peru")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return _NOT_A_LETTER.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)).casefold())


@cache
def _countries_by_name() -> dict[str, str]:
    """Each country code by every name the app knows for it; the first source to name it wins."""
    pairs = ("".join(pair) for pair in product(ascii_uppercase, repeat=2))
    codes = [code for code in pairs if is_country_code(code)]
    names: list[tuple[str, str]] = [(code, code) for code in codes]
    names += [(name, code) for code, common in COMMON_NAMES.items() for name in common]
    names += [(country_name(code), code) for code in codes]
    for language in _names().values():
        names += [(name, code) for code, name in language["countries"].items() if is_country_code(code)]
    for place in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        code = QLocale.territoryToCode(place.territory())
        if is_country_code(code) and place.nativeTerritoryName():
            names.append((place.nativeTerritoryName(), code))
    found: dict[str, str] = {}
    for name, code in names:
        found.setdefault(folded(name), code)
    return found


def country_code(name: str) -> str | None:
    """The ISO 3166 code of a country named by its code or by any name the app knows: English,
    Korean or Indonesian (CLDR), its own language's ("Deutschland", "대한민국"), or a common
    official or short form ("Korea, Republic of", "USA"); None for a name it does not know."""
    return _countries_by_name().get(folded(name)) if name.strip() else None


def load_country_names() -> None:
    """Read every name the app knows for every country now (on a worker): the first lookup is quick."""
    _countries_by_name()


def countries_named(word: str) -> list[str]:
    """The codes of the countries a searched word names: its code or a name, or (from three letters,
    or any letters of a script without capitals) a part of a name: "korea" names both Koreas."""
    key = folded(word)
    if not key:
        return []
    names = _countries_by_name()
    if len(key) < 3 and key.isascii():
        return [names[key]] if key in names else []
    return sorted({code for name, code in names.items() if key in name})
