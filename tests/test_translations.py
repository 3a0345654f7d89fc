"""Every UI string goes through Qt's translation system, and Korean and Indonesian cover them all."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.worker_helpers import WAIT_MS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
TRANSLATIONS = PACKAGE / "translations"
LANGUAGES = ("ko", "id")
# Methods and classes whose string argument a person reads on screen.
SHOWN_TEXT_CALLS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "addMenu", "addAction", "setTitle", "setLabelText",
    "addTab", "addItem", "addItems", "insertItem", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setHeaderLabels", "showMessage", "setSpecialValueText", "setSuffix", "setPrefix", "setTabText",
    "information", "warning", "critical", "question", "getText", "getItem", "getSaveFileName",
    "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "setFormat", "setButtonText",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QMessageBox",
    "QToolButton", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "addRow", "setHtml",
}
HAS_WORDS = re.compile(r"[^\W\d_]{2,}")
FILE_NAME = re.compile(r"^[\w-]*\.\w+$")
LOGGERS = {"log", "logger", "logging"}
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    assert found, "pyside6-lupdate comes with PySide6"
    return found


def python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def logs(node: ast.Call) -> bool:
    """A call on a logger: its text is for the log file, not for the screen."""
    func = node.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS


def translates_text(node: ast.Call) -> bool:
    """QCoreApplication.translate (not QPainter's): the call lupdate reads."""
    func = node.func
    receiver = func.value if isinstance(func, ast.Attribute) else None
    return isinstance(receiver, ast.Name) and receiver.id in APPLICATIONS


def literal_texts(node: ast.AST) -> list[str]:
    """Text literals written straight into an argument (also inside lists and f-strings)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values if isinstance(v, ast.Constant))]
    if isinstance(node, ast.List | ast.Tuple):
        return [t for item in node.elts for t in literal_texts(item)]
    return []


def test_shown_text_is_never_a_bare_string() -> None:
    bare = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and call_name(node) in SHOWN_TEXT_CALLS and not logs(node):
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    bare += [
                        f"{path.relative_to(ROOT)}:{node.lineno} {text!r}"
                        for text in literal_texts(argument)
                        if HAS_WORDS.search(text) and not FILE_NAME.match(text)
                    ]
    assert not bare, "UI text not passed through tr():\n" + "\n".join(bare)


def test_translation_calls_can_be_found_by_the_translation_tools() -> None:
    """lupdate reads only literal text and literal contexts; a module's own `tr` helper uses ""."""
    hidden = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name in ("tr", "_tr")}
        for helper in helpers:
            if helper.name == "_tr":
                hidden.append(f"{path.relative_to(ROOT)}:{helper.lineno} call it `tr`; lupdate skips `_tr`")
        inside_helpers = {id(n) for helper in helpers for n in ast.walk(helper)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in inside_helpers:
                continue
            name = call_name(node)
            if name == "translate" and translates_text(node) and node.args:
                # A variable text is fine when it was marked with QT_TRANSLATE_NOOP; the context
                # must be written out for either to be found.
                context = node.args[0]
                if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} translate() needs a set context")
            elif name == "tr" and node.args and not isinstance(node.args[0], ast.Constant):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} tr() needs a literal text")
        for helper in helpers:
            for node in ast.walk(helper):
                if isinstance(node, ast.Call) and call_name(node) == "translate":
                    context = node.args[0] if node.args else None
                    if not (isinstance(context, ast.Constant) and context.value == ""):
                        hidden.append(
                            f"{path.relative_to(ROOT)}:{helper.lineno} a module's tr() must translate in the "
                            'context "" (where lupdate files its strings)'
                        )
    assert not hidden, "\n".join(hidden)


def messages(ts_file: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_in_the_translation_files_and_translated(
    language: str, tmp_path: Path
) -> None:
    fresh = tmp_path / f"leaps_{language}.ts"
    subprocess.run(
        [lupdate(), "-silent", *map(str, python_files()), "-ts", str(fresh)], check=True
    )
    shipped = messages(TRANSLATIONS / f"leaps_{language}.ts")
    missing = sorted(set(messages(fresh)) - set(shipped))
    assert not missing, f"run packaging/update_translations.py; not in leaps_{language}.ts: {missing[:20]}"
    untranslated = sorted(
        key
        for key, translation in shipped.items()
        if translation is None or translation.get("type") == "unfinished" or not translation.text
    )
    assert not untranslated, f"{len(untranslated)} untranslated in leaps_{language}.ts: {untranslated[:20]}"


def test_switching_to_korean_reopens_the_window_in_korean_with_its_search(
    qtbot: QtBot, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import WindowHost
    from desktop.ui.i18n import install_translators, preferred_language, set_preferred_language
    from desktop.ui.single_instance import SingleInstance

    host = WindowHost(data_dir, SingleInstance(data_dir, QApplication.instance()))
    window = host.open()
    try:
        qtbot.waitUntil(
            lambda: window.catalogue is not None and window.results.rowCount() > 0, timeout=WAIT_MS
        )
        assert window.file_menu.title() == "&File"
        window.search_box.setText("night bus")
        host.switch_language("ko")
        korean = host.window
        assert korean is not None and korean is not window and preferred_language() == "ko"
        assert korean.file_menu.title() == "파일(&F)" and korean.search_box.text() == "night bus"
        qtbot.waitUntil(lambda: korean.results.rowCount() > 0, timeout=WAIT_MS)
    finally:
        if host.window is not None:
            host.window.close()
        set_preferred_language("")
        install_translators("en")


def test_qt_own_buttons_speak_indonesian_too(qapp: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.i18n import install_translators

    install_translators("id")
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text().replace("&", "") == "Batal"
    finally:
        install_translators("en")
