"""One error family: a stable code per error, English with its code on the command line, the
window's language in the window."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import desktop
import desktop.errors
from desktop.cli import main
from desktop.errors import LeapsError
from desktop.ui.i18n import install_translators
from tests.worker_helpers import WAIT_MS, open_main_window

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# The codes scripts and support rely on: a code, once given, names its error for good.
CODES = {
    "error", "catalogue", "not-a-catalogue", "newer-catalogue", "not-found", "cancelled",
    "bundle-refused", "untrusted-signer", "invalid", "document-not-written", "profile-in-use",
    "plan-deleted", "sheet-unreadable", "sheet-changed", "compare-count", "attachment-refused",
    "translation", "translation-engine", "usage",
}  # fmt: skip


@pytest.fixture
def english_after() -> Iterator[None]:
    """The test installs another language; English comes back after it."""
    yield
    install_translators("en")


def family() -> list[type[LeapsError]]:
    """Every error class of the app: each module is loaded, so none is missed."""
    for module in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found, waiting = [], [LeapsError]
    while waiting:
        kind = waiting.pop()
        found.append(kind)
        waiting.extend(kind.__subclasses__())
    return found


def test_every_error_has_a_code_of_its_own_that_stays() -> None:
    codes = [kind.code for kind in family()]
    assert len(codes) == len(set(codes)), "two errors share a code"
    assert set(codes) == CODES
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", code) for code in codes)


def test_the_family_module_imports_only_the_standard_library() -> None:
    tree = ast.parse(Path(desktop.errors.__file__).read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names} | {
        n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
    }
    assert imported <= sys.stdlib_module_names | {"__future__"}, imported


def test_the_command_line_says_an_error_in_english_with_its_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], english_after: None
) -> None:
    broken = tmp_path / "broken.leaps"
    broken.write_bytes(b"PK\x03\x04 this is not really a bundle")
    install_translators("ko")  # a process whose window would speak Korean
    status = main(["--data-dir", str(tmp_path / "data"), "import", str(broken), "--trust", "once"])
    said = capsys.readouterr().err
    assert status == 1
    assert said.startswith(
        "leaps: [bundle-refused] broken.leaps is damaged, incomplete or not a LEAPS bundle"
    )
    assert len(said.strip().splitlines()) == 1 and not HANGUL.search(said)
    assert main(["--data-dir", str(tmp_path / "data"), "progress", "list", "no-such-plan"]) == 1
    assert capsys.readouterr().err.startswith("leaps: [not-found] ")


def next_message_box(texts: list[str]) -> None:
    """Read the next modal message box's text, then close it, as a person would."""

    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read)
            return
        texts.append(box.text())
        box.close()

    QTimer.singleShot(50, read)


def test_a_korean_window_says_a_refused_bundle_in_korean(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, english_after: None
) -> None:
    broken = tmp_path / "broken.leaps"
    broken.write_bytes(b"PK\x03\x04 this is not really a bundle")
    install_translators("ko")
    window = open_main_window(qtbot, data_dir)
    texts: list[str] = []
    next_message_box(texts)
    window.open_files([str(broken)])
    qtbot.waitUntil(lambda: bool(texts), timeout=WAIT_MS)
    assert "broken.leaps" in texts[0] and "손상" in texts[0], texts[0]
    assert "damaged" not in texts[0] and "leaps " not in texts[0]


def test_a_korean_window_says_a_refused_entry_in_korean(
    qtbot: QtBot, data_dir: Path, english_after: None
) -> None:
    from desktop.plans.service import Planning

    install_translators("ko")
    window = open_main_window(qtbot, data_dir)
    catalogue = window.catalogue
    assert catalogue is not None
    # Work the window hands the catalogue thread with no handler of its own reports through the status bar.
    window.tasks.run(lambda: Planning(catalogue).add_progress("no-such-plan", {"date": "2026-01-01"}))
    qtbot.waitUntil(lambda: "plan_id" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    shown = window.statusBar().currentMessage()
    assert HANGUL.search(shown) and "no plan has the id" not in shown, shown
    assert "no-such-plan" in shown
