"""Write the country and language names the app shows in Korean and Indonesian, from CLDR.

Run after upgrading Babel or PySide6: `.venv/bin/python packaging/make_place_names.py`.
Babel (pinned in the `test` extra) carries CLDR's names; the app reads only the small file this
writes, desktop/data/place_names.json, so neither Babel nor its locale data ship with it.
English names keep coming from Qt, as the search index, sheets and bundles use them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from PySide6.QtCore import QLocale

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "desktop" / "data" / "place_names.json"
LANGUAGES = ("ko", "id")
# A case's language tag starts with an ISO 639 code of two or three letters (desktop/catalogue/validation.py).
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def territory_codes() -> list[str]:
    """Every ISO 3166-1 alpha-2 code Qt knows: the codes a case's country can take."""
    codes = {QLocale.territoryToCode(territory) for territory in QLocale.Country}
    return sorted(code for code in codes if len(code) == 2 and code.isalpha())


def names_in(language: str, territories: list[str]) -> dict[str, dict[str, str]]:
    """CLDR's names of those territories and of every plain language code, in one language."""
    from babel import Locale

    locale = Locale(language)
    missing = [code for code in territories if code not in locale.territories]
    if missing:
        sys.exit(f"CLDR has no {language} name for {missing}: check the Babel version")
    languages = {code: name for code, name in locale.languages.items() if LANGUAGE_CODE.match(code)}
    return {
        "countries": {code: locale.territories[code] for code in territories},
        "languages": languages,
    }


def place_names() -> dict[str, object]:
    """The whole file's content: where the names come from, then the names per language."""
    try:
        import babel
    except ImportError:
        sys.exit('Babel is missing: .venv/bin/pip install -e ".[test]"')
    territories = territory_codes()
    return {
        "source": f"CLDR {babel.core.get_cldr_version()} through Babel {babel.__version__}",
        "names": {language: names_in(language, territories) for language in LANGUAGES},
    }


def main(argv: list[str]) -> None:
    """Write the names to the app's data file, or to the path given."""
    out = Path(argv[0]) if argv else OUTPUT
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(place_names(), ensure_ascii=False, indent=1, sort_keys=True)
    out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
