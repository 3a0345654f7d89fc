"""Save screenshots of the main views, in English and Korean, for a person to look at.

    .venv/bin/python tools/screenshots.py [OUT]        # default OUT: screenshots/

Each language gets its own folder (OUT/en, OUT/ko) with results.png, detail.png, editor.png,
editor-place.png, compare.png, map.png, map-city.png, plan.png and shortlists.png, taken offscreen from the
real windows on a fresh copy of the seed catalogue (nothing of yours is read or changed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from desktop.ui.app import make_application  # noqa: E402
from desktop.ui.i18n import install_translators  # noqa: E402

LANGUAGES = ("en", "ko")
WAIT_MS = 30_000
SIZE = (1400, 860)


def wait_until(done: Callable[[], bool], timeout_ms: int = WAIT_MS) -> None:
    """Let the event loop run until `done()` holds (or the time is up)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle(ms: int = 400) -> None:
    """Give layouts, deferred loads and painting a moment."""
    wait_until(lambda: False, ms)


def save(widget: QWidget, path: Path) -> None:
    """Grab a window as it is drawn now."""
    settle()
    widget.grab().save(str(path))
    print(path)


def shoot(data_dir: Path, out: Path) -> None:
    """Open the real windows on a data dir and save each view."""
    from desktop.plans.service import Planning
    from desktop.ui.browse.compare import open_compare
    from desktop.ui.browse.shortlists import ShortlistsWindow
    from desktop.ui.case.case_editor import CaseEditor
    from desktop.ui.main_window import MainWindow
    from desktop.ui.plans.plan_list import open_plan

    window = MainWindow(data_dir)
    window.resize(*SIZE)
    window.show()
    wait_until(lambda: window.search_ready and window.results.rowCount() > 0)
    window.search_box.setText("bus")
    wait_until(lambda: window.results.rowCount() > 0 and window.last_page is not None)
    settle(800)
    window.result_table.setCurrentIndex(window.results.index(0, 0))
    first = window.results.card(0)
    assert first is not None
    wait_until(lambda: window.shown_case == (first.id, first.title))
    save(window, out / "results.png")
    window.case_view.verticalScrollBar().setValue(window.case_view.verticalScrollBar().maximum() // 3)
    save(window, out / "detail.png")

    catalogue = window.catalogue
    assert catalogue is not None
    answers: list[object] = []

    def on_worker(work: Callable[[], object]) -> object:
        answers.clear()
        window.tasks.run(work, answers.append)
        wait_until(lambda: bool(answers))
        return answers[0]

    cases = on_worker(lambda: [c for c in catalogue.all_cases() if c.country == "KR"][:3])
    assert isinstance(cases, list)
    editor = CaseEditor(window.tasks, catalogue, cases[0].to_dict(), parent=window)
    editor.resize(1100, 800)
    editor.show()
    save(editor, out / "editor.png")
    editor.tabs.setCurrentIndex(2)  # place and tags: countries, regions and themes by name
    save(editor, out / "editor-place.png")
    editor.autosave_timer.stop()
    editor.hide()

    compare = open_compare(window, window.tasks, catalogue, [c.id for c in cases])
    assert compare is not None
    compare.resize(1300, 800)
    wait_until(lambda: compare.comparison is not None)
    save(compare, out / "compare.png")
    compare.close()

    window.search_box.clear()
    wait_until(lambda: window.results.rowCount() > 20)
    window.results_tabs.setCurrentWidget(window.map_view)
    settle(2500)
    save(window, out / "map.png")
    window.set_filter("city", ["Seoul"])  # as a click on Seoul's marker does: a City chip
    wait_until(lambda: window.last_page is not None and "city" in window.filters.shape.filters)
    settle(2500)
    save(window, out / "map-city.png")
    window.set_filter("city", [])

    def make_plan_and_list() -> str:
        planning = Planning(catalogue)
        profile = planning.save_profile({"name": "Makassar", "country": "ID", "population": 1571814})
        plan = planning.start_plan(cases[0].id, profile["id"])
        plan["fit"][0]["preconditions"][0]["status"] = "not met"
        planning.save_plan(plan)
        planning.save_shortlist(
            {"name": "Ideas for Makassar", "items": [{"case_id": c.id, "note": ""} for c in cases]}
        )
        return str(plan["id"])

    plan_id = on_worker(make_plan_and_list)
    shown: list[QWidget] = []
    open_plan(window.tasks, lambda: catalogue, str(plan_id), shown.append)
    wait_until(lambda: bool(shown))
    plan_window = shown[0]
    plan_window.resize(*SIZE)
    plan_window.go_to_section(2)  # the fit check
    save(plan_window, out / "plan.png")
    plan_window.close()

    shortlists = ShortlistsWindow(window.tasks, catalogue, window)
    shortlists.show()
    wait_until(lambda: shortlists.items.rowCount() > 0)
    save(shortlists, out / "shortlists.png")
    shortlists.close()
    window.close()


def main() -> None:
    """Take every view in every language into OUT/<language>/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    make_application()
    with tempfile.TemporaryDirectory() as scratch:
        # Window settings of the shots stay in the scratch folder, never the person's own.
        for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(form, QSettings.Scope.UserScope, str(Path(scratch) / "settings"))
        for language in LANGUAGES:
            install_translators(language)
            out = args.out / language
            out.mkdir(parents=True, exist_ok=True)
            shoot(Path(scratch) / f"data-{language}", out)


if __name__ == "__main__":
    main()
