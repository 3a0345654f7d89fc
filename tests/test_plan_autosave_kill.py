"""A plan being typed survives the process being killed: what autosave wrote is there after."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.catalogue.service import Catalogue
from desktop.plans.service import Planning

EDITING = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop.catalogue.service import Catalogue
    from desktop.ui.plans.plan_list import open_plan
    from desktop.ui.tasks import TaskRunner

    def wait(done):
        while not done():
            app.processEvents()
            time.sleep(0.01)

    tasks = TaskRunner()
    opened = []
    tasks.run(lambda: Catalogue.open(Path(sys.argv[1]), check_index=False), opened.append)
    wait(lambda: opened)
    windows = []
    open_plan(tasks, lambda: opened[0], sys.argv[2], windows.append)
    wait(lambda: windows)
    window = windows[0]
    window.sections[0].fields.widgets["intent.why"].setPlainText("Typed just before the power cut")
    wait(lambda: not window.has_unsaved_changes())
    print("saved", flush=True)
    window.sections[0].fields.widgets["intent.why"].setPlainText("Still typing")
    wait(lambda: False)
    """
)


def test_a_plan_keeps_what_autosave_wrote_when_the_process_is_killed(data_dir: Path) -> None:
    catalogue = Catalogue.open(data_dir)
    plan = Planning(catalogue).save_plan({"title": "Night buses for Da Nang"})
    catalogue.close()
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITING, str(data_dir), plan["id"]],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert editor.stdout is not None and editor.stdout.readline().strip() == "saved"
    finally:
        os.kill(editor.pid, signal.SIGKILL)
        editor.wait(timeout=30)
    reopened = Catalogue.open(data_dir)
    try:
        kept = Planning(reopened).plan(plan["id"])
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        reopened.close()
    assert kept["intent"]["why"] == "Typed just before the power cut"
    assert kept["title"] == "Night buses for Da Nang"
