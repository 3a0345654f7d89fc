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
    "desktop.catalogue.service",  # SQLite and sqlite-utils: the catalogue opens on the worker
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
    "desktop.ui.browse.worldmap",  # the map's SVG and QtSvg come with the first cases
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "yaml",  # the seed reader
    "markdown",
    "desktop.cli.app",  # the command line's parser and commands: `leaps` alone opens the window
    "desktop.cli.plans",
    "PySide6.QtNetwork",  # later launches are served once the window is up
    "desktop.ui.case.case_editing",  # the Case menu's work loads with the catalogue
    "desktop.catalogue.compare",
]

# The real entry point, as the packaged app runs it, stopped once the main window has been painted.
# The catalogue thread is held until then: its imports are later work by design, and letting it
# race the first paint would make the answer depend on how busy the machine is.
SHOW_WINDOW = """
import json, sys, threading
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from desktop.cli import main
from desktop.ui import tasks

window_painted = threading.Event()
original_run = tasks.TaskRunner.run

def held_run(self, work, *rest):
    def held():
        window_painted.wait()
        return work()
    return original_run(self, held, *rest)

tasks.TaskRunner.run = held_run

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and type(watched).__name__ == "MainWindow"
                and not window_painted.is_set()):
            print(json.dumps(sorted(sys.modules)), flush=True)
            window_painted.set()
            QApplication.closeAllWindows()
        return False

first_paint = FirstPaint()
original_exec = QApplication.exec

def watched_exec(*_args):
    QApplication.instance().installEventFilter(first_paint)
    return original_exec()

QApplication.exec = watched_exec
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
