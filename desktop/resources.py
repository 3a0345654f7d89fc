"""Finding files shipped with the app, in a source tree or a PyInstaller bundle."""

import sys
from pathlib import Path


def resource_path(relative: str) -> Path:
    """Absolute path of a bundled resource (`sys._MEIPASS` when frozen)."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root / relative
