"""The Qt binding the app ships must not lose references to None (PySide6 6.12.0 did, and crashed)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

CALLS = 5_000


def test_void_qt_calls_keep_none_alive() -> None:
    # Every call below returns None to Python; a binding that forgets to count that reference
    # drains None's count until the interpreter aborts ("deallocating None") in a long session.
    holder, document = QObject(), QTextDocument()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        holder.setObjectName("catalogue")
        document.setTextWidth(300)
    assert sys.getrefcount(None) >= before - 100
