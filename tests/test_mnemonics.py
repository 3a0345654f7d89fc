"""In Korean and Indonesian, the shortcut letters (Alt+letter) of what a window shows at once are distinct."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QStackedWidget, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.plans.service import Planning
from desktop.ui.case.case_editor import CaseEditor
from desktop.ui.i18n import install_translators
from desktop.ui.plans.plan_list import OPEN_WINDOWS, open_plan
from desktop.ui.plans.plan_window import PlanWindow
from tests.conftest import make_case
from tests.worker_helpers import WAIT_MS, CatalogueWorker, open_main_window

Shown = list[str]


def mnemonic(text: str) -> str:
    """The shortcut letter of a label ("제목(&T)" -> "t"), or "" when it has none."""
    at = text.replace("&&", "").find("&")
    rest = text.replace("&&", "")[at + 1 :] if at >= 0 else ""
    return rest[:1].lower()


def own_texts(widget: QWidget) -> Shown:
    """The texts with a working mnemonic that this widget itself shows."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    return []


def children(widget: QWidget) -> list[QWidget]:
    """The direct child widgets a person may see (those hidden on purpose left out)."""
    found = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [child for child in found if not child.isHidden() and not child.isWindow()]


def views(widget: QWidget) -> list[Shown]:
    """Every set of texts shown together: one per page of each tab or stacked widget inside."""
    if isinstance(widget, QTabWidget):
        tabs = [widget.tabText(i) for i in range(widget.count())]
        return [tabs + view for i in range(widget.count()) for view in views(widget.widget(i))]
    if isinstance(widget, QStackedWidget):
        return [view for i in range(widget.count()) for view in views(widget.widget(i))]
    together: list[Shown] = [own_texts(widget)]
    for child in children(widget):
        together = [mine + theirs for mine in together for theirs in views(child)]
    return together


def clashing(texts: Shown) -> Shown:
    """The texts that share their shortcut letter with another of `texts`."""
    letters = [mnemonic(text) for text in texts]
    return [text for text, letter in zip(texts, letters, strict=True) if letter and letters.count(letter) > 1]


def clashes(window: QWidget) -> list[Shown]:
    """The views where two texts share a shortcut letter, each given as the clashing texts."""
    return [sorted(clashing(view), key=mnemonic) for view in views(window) if clashing(view)]


@pytest.fixture(params=["ko", "id"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each translated language in turn; English comes back after it."""
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_the_helper_finds_a_clash() -> None:
    page = QWidget()
    first, second = QLabel("제목(&T)", page), QLabel("단계(&T)", page)
    first.setBuddy(QWidget(page))
    second.setBuddy(QWidget(page))
    assert clashes(page) == [["제목(&T)", "단계(&T)"]]
    assert mnemonic("&Save && close") == "s"
    assert mnemonic("A && B") == ""


def test_the_case_editor_has_no_clashing_shortcut_letters(
    qtbot: QtBot, worker: CatalogueWorker, language: str
) -> None:
    editor = CaseEditor(worker.tasks, worker.catalogue, make_case().to_dict())
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(editor)
    editor.show()
    assert len(views(editor)) >= 5
    assert not clashes(editor), clashes(editor)


def test_the_plan_window_has_no_clashing_shortcut_letters(
    qtbot: QtBot, worker: CatalogueWorker, language: str
) -> None:
    case = make_case(title="Night buses drawn from call data", city="Seoul", country="KR")

    def start() -> str:
        planning = Planning(worker.catalogue)
        worker.catalogue.save(case)
        profile = planning.save_profile({"name": "Hanoi", "country": "VN"})
        return planning.start_plan(case.id, profile["id"])["id"]

    shown: list[PlanWindow] = []
    open_plan(worker.tasks, worker.access, worker.run(start), shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    window = shown[0]
    try:
        assert len(views(window)) >= 5
        assert not clashes(window), clashes(window)
    finally:
        window._timer.stop()
        window.close()
        OPEN_WINDOWS.clear()


def test_the_main_window_menus_have_no_clashing_shortcut_letters(
    qtbot: QtBot, data_dir: Path, language: str
) -> None:
    window = open_main_window(qtbot, data_dir)
    menus = window.menuBar().actions()
    titles = [action.text() for action in menus]
    assert len(titles) >= 4 and all(mnemonic(title) for title in titles)
    assert not clashing(titles), clashing(titles)
    for menu in menus:
        items = [action.text() for action in menu.menu().actions() if not action.isSeparator()]
        assert not clashing(items), clashing(items)
    assert not clashes(window), clashes(window)


@pytest.fixture(params=["en", "ko", "id"])
def any_language(request: pytest.FixtureRequest) -> Iterator[str]:
    """English and each translated language in turn; English comes back after it."""
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_alt_and_a_menus_letter_opens_the_menu_not_a_field(
    qtbot: QtBot, data_dir: Path, any_language: str
) -> None:
    window = open_main_window(qtbot, data_dir)
    menus = [action.text() for action in window.menuBar().actions()]
    for view in views(window):
        assert not clashing(menus + view), clashing(menus + view)
