"""The interface language: English, Korean or Bahasa Indonesia, from the system or a preference."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.errors import LeapsError
from desktop.resources import resource_path
from desktop.text.language import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    TRANSLATIONS_DIR,
    base_language,
    load_translator,
    tr,
)
from desktop.ui.settings import settings

_installed: list[QTranslator] = []
# A keyboard mnemonic in a label: "&Title", or "제목(&T)" as East Asian languages write it.
_MNEMONIC = re.compile(r"\(&[^&\s]\)|&(?=[^&\s])")


def plain_label(label: str) -> str:
    """A label as read aloud or named in a message, without its mnemonic: "제목(&T)" -> "제목"."""
    return _MNEMONIC.sub("", label).replace("&&", "&")


def add_language_menu(menu: QMenu, requested: Callable[[str], None]) -> QMenu:
    """A Language submenu: the system's language or one of the app's; choosing one calls `requested`."""
    languages = menu.addMenu(tr("&Language"))
    group = QActionGroup(languages)
    chosen = preferred_language()
    for code, name in (("", tr("System Language")), *LANGUAGES.items()):
        action = languages.addAction(name)
        action.triggered.connect(lambda _checked=False, code=code: requested(code))
        action.setCheckable(True)
        action.setChecked(code == chosen)
        group.addAction(action)
    return languages


def preferred_language() -> str:
    """The language chosen in preferences, or "" to follow the system."""
    chosen = str(settings("app").value("language", "") or "")
    return chosen if chosen in LANGUAGES else ""


def set_preferred_language(code: str) -> None:
    """Remember a language ("" follows the system)."""
    settings("app").setValue("language", code if code in LANGUAGES else "")


def system_language() -> str:
    """The first of the system's UI languages that the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        if base_language(name) != SOURCE_LANGUAGE or name.lower().startswith("en"):
            return base_language(name)
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language the interface should speak now."""
    return preferred_language() or system_language()


def install_translators(code: str) -> str:
    """Load the app's and Qt's own translations for `code` in place of any loaded before."""
    app = QCoreApplication.instance()
    assert app is not None, "translations need the application object"
    while _installed:
        app.removeTranslator(_installed.pop())
    if code not in LANGUAGES:
        code = SOURCE_LANGUAGE
    # English loads its file too: it holds the plural forms ("1 case", "2 cases").
    own = load_translator(code)
    if own is not None:
        app.installTranslator(own)
        _installed.append(own)
    if code == SOURCE_LANGUAGE:
        return code
    # Qt's own words: the buttons of standard dialogs, the file dialog, context menus.
    qt = QTranslator(app)
    # Qt ships no Indonesian for its own words: the app carries its own file for those.
    folders = (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(resource_path(TRANSLATIONS_DIR)),
    )
    if any(qt.load(f"qtbase_{code}", folder) for folder in folders):
        app.installTranslator(qt)
        _installed.append(qt)
    return code


def error_text(error: BaseException) -> str:
    """What went wrong, as a window says it: an error of the family in the window's language,
    without the command-line hint; any other error as Python words it."""
    from desktop.catalogue.validation import ValidationError, shown_message

    if isinstance(error, ValidationError):
        # Each problem in the window's language, led by the field as the command line names it.
        problems = "; ".join(
            f"{problem.field}: {shown_message(problem.message)}" for problem in error.problems
        )
        where = shown_message(error.where)
        return f"{where}: {problems}" if where and problems else where or problems
    if isinstance(error, LeapsError):
        return shown_message(error.text)
    return str(error)
