"""Text from bundles, sheets and cases stays text: the window reads no HTML in it and loads no file,
direction controls show by name, and the command line passes on no terminal control.

The hostile text names a FIFO as an image: a window that read the text as HTML would open it, and
a watcher process records every open.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QStatusBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.text.outside_text import for_terminal, visible_controls
from tests.conftest import make_case
from tests.sync_helpers import Device, edit_on_each
from tests.worker_helpers import WAIT_MS, open_main_window

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the probe is a FIFO")

RAW_HTML = '<img src="'
REORDER = "\u202e"
MARK = "Evil"
# Opens the FIFO for writing again and again: each open by a reader is noted, then ends at once.
WATCHER = """
import os, sys
fifo, flag = sys.argv[1:]
while True:
    descriptor = os.open(fifo, os.O_WRONLY)
    open(flag, "w").close()
    os.close(descriptor)
"""


@dataclass
class Probe:
    """A file that notes whether anything opened it."""

    fifo: Path
    flag: Path

    def hostile(self, words: str) -> str:
        """Text naming the probe as an image, with a direction override: what a hostile bundle sends."""
        return f'<img src="{self.fifo.as_uri()}">{MARK} {words} {REORDER}txt.exe'

    def was_read(self) -> bool:
        return self.flag.exists()


@pytest.fixture
def probe(tmp_path: Path) -> Iterator[Probe]:
    fifo, flag = tmp_path / "probe.png", tmp_path / "probe-was-read"
    os.mkfifo(fifo)
    watcher = subprocess.Popen([sys.executable, "-c", WATCHER, str(fifo), str(flag)])
    yield Probe(fifo, flag)
    watcher.kill()
    watcher.wait()


def _model_problems(view: QAbstractItemView, parent: QModelIndex | None = None) -> Iterator[str]:
    model, parent = view.model(), parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list's model: one column, and Qt keeps its count private
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            shown = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            # A cell a person edits shows the text as stored, or saving would change it.
            editable = view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers and bool(
                model.flags(index) & Qt.ItemFlag.ItemIsEditable
            )
            if REORDER in shown and not editable:
                yield f"{type(view).__name__} row {row} reorders: {shown!r}"
            if RAW_HTML in tip:
                yield f"{type(view).__name__} row {row} tooltip read as HTML: {tip!r}"
            if column == 0 and columns > 1 and model.rowCount(index) > 0:
                yield from _model_problems(view, index)


def problems_in(widgets: Iterable[QWidget]) -> list[str]:
    """Every place these widgets (and all inside them) would read outside text as HTML or reorder it."""
    found: list[str] = []
    for top in widgets:
        for widget in [top, *top.findChildren(QWidget)]:
            name = f"{type(widget).__name__} in {type(top).__name__}"
            if isinstance(widget, QLabel) and MARK in widget.text():
                if RAW_HTML in widget.text() and widget.textFormat() != Qt.TextFormat.PlainText:
                    found.append(f"{name} reads HTML: {widget.text()!r}")
                if REORDER in widget.text():
                    found.append(f"{name} reorders: {widget.text()!r}")
            if isinstance(widget, QAbstractButton) and REORDER in widget.text():
                found.append(f"{name} reorders: {widget.text()!r}")
            if RAW_HTML in widget.toolTip():
                found.append(f"{name} tooltip read as HTML: {widget.toolTip()!r}")
            if isinstance(widget, QStatusBar) and REORDER in widget.currentMessage():
                found.append(f"{name} message reorders: {widget.currentMessage()!r}")
            if REORDER in widget.windowTitle():
                found.append(f"{name} title reorders: {widget.windowTitle()!r}")
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
                found += list(_model_problems(widget))
    return found


def check_next_dialog(found: list[str], seen: list[str], answer: str = "Cancel") -> None:
    """Walk the next modal dialog (a message box, a preview) as shown, then close it with `answer`."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, look)
            return
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        found.extend(problems_in([dialog, dialog.parentWidget() or dialog]))  # and the window's status
        for button in dialog.findChildren(QPushButton):
            if button.text().replace("&", "") == answer:
                button.click()
                return
        dialog.reject()

    QTimer.singleShot(50, look)


def wait_for(qtbot: QtBot, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(condition, timeout=WAIT_MS)


def test_text_from_bundles_sheets_and_cases_is_never_read_as_html_in_the_window(
    qtbot: QtBot, tmp_path: Path, probe: Probe
) -> None:
    from desktop.plans.service import Planning

    mine = Device(tmp_path / "mine", "mine")
    theirs = Device(tmp_path / "theirs", "theirs")
    theirs.sync.device_name = probe.hostile("laptop")  # the name its bundles carry
    case = make_case(
        title=probe.hostile("case"),
        summary=probe.hostile("summary"),
        city=probe.hostile("city"),
        region=probe.hostile("region"),
    )
    case.components[0].name = probe.hostile("component")
    theirs.catalogue.save(case)
    theirs.send(mine)
    edit_on_each(case.id, "title", {mine: probe.hostile("title here"), theirs: probe.hostile("title there")})
    theirs.send(mine)  # a conflict on the title, and a known device named like an image
    planning = Planning(mine.catalogue)
    second = make_case(title=probe.hostile("second case"))
    mine.catalogue.save(second)
    unmet = {"kind": "budget", "text": probe.hostile("need"), "status": "not met"}
    fit = [{"component": probe.hostile("component"), "role": "core", "preconditions": [unmet]}]
    plan = planning.create_plan({"title": probe.hostile("plan"), "case_id": case.id, "fit": fit})
    change = {"what": probe.hostile("adapted"), "why": probe.hostile("why"), "kind": "reactive"}
    entry = {"date": "2027-02-01", "stage": "prototype", "narrative": probe.hostile("narrative")}
    planning.add_progress(plan["id"], {**entry, "adaptations": [change]})
    planning.save_shortlist({"name": probe.hostile("shortlist"), "items": [{"case_id": case.id, "note": ""}]})
    stranger = Device(tmp_path / "stranger", "stranger")
    stranger.sync.device_name = probe.hostile("stranger")
    stranger.catalogue.save(make_case(title=probe.hostile("new case")))
    # Named as files arriving by messaging apps are, to read as a harmless file: "...exe.leaps".
    [bundle] = stranger.sync.export(tmp_path / f"from-a-stranger{REORDER}txt.exe.leaps")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        f'title,country,summary\n"{probe.hostile("row")}",KR,"{probe.hostile("cell")}"\n', "utf-8"
    )
    for device in (stranger, theirs, mine):
        device.close()

    window = open_main_window(qtbot, mine.folder)
    found: list[str] = problems_in([window])
    seen: list[str] = []

    check_next_dialog(found, seen)  # the import preview of a stranger's bundle
    window.open_files([str(bundle)])
    wait_for(qtbot, lambda: len(seen) == 1)
    assert "stranger" in seen[0], "the preview names the signer"

    window.show_case(case.id)
    wait_for(qtbot, lambda: window.shown_case is not None and f"{MARK} title" in window.shown_case[1])
    check_next_dialog(found, seen)  # the delete confirmation names the case
    window.case_actions.delete_shown_case()
    wait_for(qtbot, lambda: len(seen) == 2)
    assert f"{MARK} title" in seen[1]

    window.sync.show_conflicts()
    wait_for(qtbot, lambda: window.sync.conflicts_dialog.listing.count() == 1)
    window.sync.show_devices()
    wait_for(qtbot, lambda: window.sync.devices_dialog is not None)
    window.picked.show_shortlists()
    wait_for(qtbot, lambda: MARK in window.picked.shortlists_window.name_label.text())
    window.sheets.import_spreadsheet_file(sheet)
    sheets = lambda: [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "SheetImportDialog"]  # noqa: E731
    wait_for(qtbot, lambda: bool(sheets()) and sheets()[0].preview_table.rowCount() == 1)

    window.case_actions.edit_shown_case()  # the case editor's title and labels
    wait_for(qtbot, lambda: len(window.editing.editors) == 1)
    [editor] = window.editing.editors.values()
    assert "⟨U+202E⟩" in editor.windowTitle()
    from desktop.ui.browse.compare import open_compare

    open_compare(window, window.tasks, window.catalogue, [case.id, second.id], window.show_case)
    compared = lambda: [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "CompareDialog"]  # noqa: E731
    wait_for(qtbot, lambda: bool(compared()) and MARK in compared()[0].view.toPlainText())

    from desktop.ui.plans.plan_list import PlansDialog, open_plan

    plan_windows: list[QWidget] = []
    open_plan(window.tasks, lambda: window.catalogue, plan["id"], plan_windows.append)
    wait_for(qtbot, lambda: bool(plan_windows) and MARK in plan_windows[0].windowTitle())
    found += problems_in(plan_windows)
    plans = PlansDialog(window.tasks, lambda: window.catalogue, window)
    qtbot.addWidget(plans)
    wait_for(qtbot, lambda: plans.table.rowCount() == 1)
    check_next_dialog(found, seen)  # the plan's delete confirmation
    plans.delete_chosen()
    wait_for(qtbot, lambda: len(seen) == 3)

    # A bundle written under a name that reads backwards: the status bar names it as it is.
    from tests.test_window_sync import fill_export_dialog

    fill_export_dialog(tmp_path / f"for-them{REORDER}txt.exe.leaps", [])
    window.sync.export_bundle()
    wait_for(qtbot, lambda: "for-them" in window.statusBar().currentMessage())

    found += problems_in(QApplication.topLevelWidgets())
    assert found == []
    assert not probe.was_read(), "no file named by outside text was opened"


def test_direction_controls_show_by_name() -> None:
    assert visible_controls("abc\u202edef\u2066x\u200f") == "abc⟨U+202E⟩def⟨U+2066⟩x⟨U+200F⟩"


def test_terminal_controls_never_reach_the_terminal() -> None:
    hostile = "a\x1b[2J\x1b]0;pwned\x07b\x9b31mc\x1bPdevice\x1b\\d\re\x00f\u202eg\th\n"
    assert for_terminal(hostile) == "abcdef⟨U+202E⟩g\th\n"


def test_the_command_line_prints_names_and_titles_without_their_controls(
    data_dir: Path, tmp_path: Path
) -> None:
    title = "Bus\x1b]0;pwned\x07 lanes\x1b[2J for \u202eall\x9b"
    case_file = tmp_path / "case.json"
    case = make_case(title=title)
    case_file.write_text(json.dumps({k: v for k, v in case.to_dict().items() if k != "id"}), encoding="utf-8")
    env = {
        **os.environ,
        "LEAPS_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
    }

    def leaps(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env
        )

    added = leaps("add", str(case_file))
    assert added.returncode == 0, added.stderr
    case_id = added.stdout.strip()
    for shown in (leaps("show", case_id).stdout, leaps("search", "lanes").stdout):
        assert "Bus lanes for ⟨U+202E⟩all" in shown
        assert not any(c in shown for c in "\x1b\x07\x9b\u202e")
    as_json = leaps("show", case_id, "--json").stdout
    assert "\x1b" not in as_json and "\u202e" not in as_json and "\x9b" not in as_json
    assert json.loads(as_json)["title"] == title, "JSON keeps the value, escaped"
