"""LEAPS Catalogue: an offline-first desktop catalogue of city innovation cases."""

import re
import sys
from pathlib import Path

APP_NAME = "LEAPS Catalogue"
ORGANISATION = "LEAPS"
_FALLBACK_VERSION = "0.1.0"  # a source tree that was never installed


def _installed_version() -> str:
    """This app's version from its installed metadata.

    The packaged app reads its bundled PKG-INFO directly: importlib.metadata (and the email parser
    it loads) would add a tenth of a second to every start, before the window exists.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        for info in sorted(Path(bundle).glob("leaps_catalogue*-info/*")):
            if info.name in ("PKG-INFO", "METADATA"):
                found = re.search(r"^Version: *(\S+)", info.read_text(encoding="utf-8"), re.MULTILINE)
                if found:
                    return found.group(1)
        return _FALLBACK_VERSION
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("leaps-catalogue")
    except PackageNotFoundError:
        return _FALLBACK_VERSION


__version__ = _installed_version()
