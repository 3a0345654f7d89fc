"""ISO 3166-1 alpha-2 country codes and their English names, from Qt's locale data."""

from functools import cache

from PySide6.QtCore import QLocale


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
