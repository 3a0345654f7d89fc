"""The window appears before the catalogue's libraries load: nothing heavy is imported to show it.

Start-up time is measured by packaging/size_report.py (against an empty PySide6 window); this keeps
the first window from quietly growing imports that only later work needs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Loaded on the worker once the window is up, or when a feature is first used.
NOT_NEEDED_TO_SHOW_THE_WINDOW = [
    "desktop.catalogue",  # SQLite and sqlite-utils: the catalogue opens on the worker
    "sqlite_utils",
    "whoosh",  # the search engine loads after the first cases are shown
    "desktop.sync.service",
    "nacl",
    "desktop.plans.service",  # the Plans menu comes with the catalogue
    "desktop.documents",  # document writers: python-docx, lxml, odfpy, Qt's PDF writer
    "docx",
    "lxml",
    "odf",
    "openpyxl",  # spreadsheets
    "desktop.worldmap",  # the map's SVG and QtSvg come with the first cases
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "yaml",  # the seed reader
    "markdown",
    "desktop.commands",  # the command line's parser and commands: `leaps` alone opens the window
    "desktop.cli_plans",
    "PySide6.QtNetwork",  # later launches are served once the window is up
    "desktop.ui.case_editing",  # the Case menu's work loads with the catalogue
    "desktop.compare",
]

# The real entry point, as the packaged app runs it, stopped at its first turn of the event loop.
SHOW_WINDOW = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.cli import main

def report():
    print(json.dumps(sorted(sys.modules)))
    QApplication.closeAllWindows()

original_exec = QApplication.exec
QApplication.exec = lambda *_args: (QTimer.singleShot(0, report), original_exec())[1]
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_showing_the_window_imports_none_of_the_later_work(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SHOW_WINDOW, str(tmp_path / "data")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    assert "desktop.ui.main_window" in loaded, "the window did not open"
    early = [name for name in NOT_NEEDED_TO_SHOW_THE_WINDOW if name in loaded]
    assert early == [], f"imported before the window was shown: {early}"
