"""One instance per data dir: a second launch hands its files to the first over a local socket."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QTimer
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from desktop.ui.single_instance import SingleInstance, instance_key
from tests.worker_helpers import WAIT_MS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def first(tmp_path: Path, qapp: object) -> Iterator[SingleInstance]:
    """The instance already running on the test's data dir."""
    instance = SingleInstance(tmp_path / "data")
    assert instance.listen()
    yield instance
    instance.close()


def test_the_key_is_the_same_for_every_spelling_of_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    assert instance_key(Path("data")) == instance_key(folder) == instance_key(tmp_path / "x" / ".." / "data")
    assert instance_key(folder) != instance_key(tmp_path / "other")
    assert instance_key(folder).startswith("leaps-")


def test_a_second_instance_on_the_same_data_dir_does_not_listen(
    first: SingleInstance, tmp_path: Path
) -> None:
    assert first.is_listening
    second = SingleInstance(tmp_path / "data")
    assert not second.claim()
    assert not second.listen()
    assert not second.is_listening


def test_instances_on_different_data_dirs_both_listen(first: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "other-data")
    try:
        assert other.listen()
    finally:
        other.close()


def test_the_second_launch_hands_its_files_to_the_first(
    first: SingleInstance, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    second = SingleInstance(tmp_path / "data")
    assert not second.listen()
    with qtbot.waitSignal(first.files_received, timeout=WAIT_MS) as received:
        assert second.hand_over(["cases.leaps", str(tmp_path / "서울 plan.leaps")], timeout_ms=WAIT_MS)
    # Relative paths are made absolute: the first instance has its own working folder.
    assert received.args == [[str(tmp_path / "cases.leaps"), str(tmp_path / "서울 plan.leaps")]]


def test_a_launch_without_files_asks_the_first_to_come_forward(
    first: SingleInstance, tmp_path: Path, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(first.files_received, timeout=WAIT_MS) as received:
        assert SingleInstance(tmp_path / "data").hand_over([], timeout_ms=WAIT_MS)
    assert received.args == [[]]


def test_a_launch_waits_for_a_first_one_still_opening_its_window(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The first launch claims the data dir at once but listens only after its first paint."""
    first = SingleInstance(tmp_path / "data")
    assert first.claim() and not first.is_listening
    try:
        QTimer.singleShot(300, first.listen)
        with qtbot.waitSignal(first.files_received, timeout=WAIT_MS) as received:
            assert SingleInstance(tmp_path / "data").hand_over(["early.leaps"], timeout_ms=WAIT_MS)
        assert received.args == [[str(Path("early.leaps").absolute())]]
    finally:
        first.close()


def test_a_lock_left_by_a_killed_launch_is_taken_over(tmp_path: Path, qapp: object) -> None:
    script = (
        "import os, signal, sys; from pathlib import Path;"
        "from desktop.ui.single_instance import SingleInstance;"
        "assert SingleInstance(Path(sys.argv[1])).claim();"
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], env=env, timeout=60)
    assert killed.returncode != 0
    instance = SingleInstance(tmp_path / "data")
    try:
        assert instance.claim()
    finally:
        instance.close()


def test_hand_over_fails_cleanly_when_nobody_listens(tmp_path: Path, qapp: object) -> None:
    assert SingleInstance(tmp_path / "nobody").hand_over(["x.leaps"], timeout_ms=500) is False


def test_a_malformed_message_is_ignored(first: SingleInstance, tmp_path: Path, qtbot: QtBot) -> None:
    received: list[list[str]] = []
    first.files_received.connect(received.append)
    client = QLocalSocket()
    client.connectToServer(first.key)
    client.write(b"not json\n")
    # The first instance hangs up on it...
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=WAIT_MS)
    assert received == []
    # ...and still serves the next launch.
    assert SingleInstance(tmp_path / "data").hand_over(["ok.leaps"], timeout_ms=WAIT_MS)
    qtbot.waitUntil(lambda: received != [], timeout=WAIT_MS)
    assert received == [[str(Path("ok.leaps").absolute())]]


def test_closing_lets_a_new_launch_take_over(tmp_path: Path, qapp: object) -> None:
    one = SingleInstance(tmp_path / "data")
    assert one.listen()
    one.close()
    two = SingleInstance(tmp_path / "data")
    try:
        assert two.listen()
    finally:
        two.close()


@pytest.mark.skipif(
    not hasattr(socket, "AF_UNIX") or sys.platform == "win32", reason="Unix socket files only"
)
def test_a_socket_file_left_by_a_crash_is_taken_over(tmp_path: Path, qapp: object) -> None:
    key = instance_key(tmp_path / "data")
    stale = Path(QDir.tempPath()) / key
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # a socket file nobody listens on, as after a crash
    dead.close()
    try:
        instance = SingleInstance(tmp_path / "data")
        assert instance.listen()
        instance.close()
    finally:
        stale.unlink(missing_ok=True)


def test_a_second_process_hands_over_and_exits_0(first: SingleInstance, tmp_path: Path, qtbot: QtBot) -> None:
    """The real case: another process, as a second double-click on a .leaps file would start."""
    script = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
        "from desktop.ui.single_instance import SingleInstance;"
        "app = QCoreApplication([]); s = SingleInstance(Path(sys.argv[1]));"
        f"sys.exit(0 if not s.listen() and s.hand_over(sys.argv[2:], timeout_ms={WAIT_MS}) else 3)"
    )
    bundle = tmp_path / "from another launch.leaps"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with qtbot.waitSignal(first.files_received, timeout=WAIT_MS) as received:
        process = subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path / "data"), str(bundle)], env=env
        )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT_MS)
    assert process.returncode == 0
    assert received.args == [[str(bundle)]]


# The first window, as `leaps --data-dir DIR` opens it, reporting the files it is handed. At its
# first turn of the event loop it says SHOWN, or, given a file, has the system open that file in
# it (as macOS does with a file double-clicked while the app runs).
FIRST_WINDOW = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
import desktop.ui.main_window as main_window

def received(self, paths):
    print("RECEIVED " + json.dumps(paths), flush=True)
    QApplication.closeAllWindows()

def first_turn():
    if len(sys.argv) > 2:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(sys.argv[2]))
    else:
        print("SHOWN", flush=True)

main_window.MainWindow.open_files = received
original_exec = QApplication.exec

def exec_with_first_turn(*_args):
    QTimer.singleShot(0, first_turn)
    return original_exec()

QApplication.exec = exec_with_first_turn
from desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_a_double_clicked_bundle_goes_to_the_window_already_open(tmp_path: Path) -> None:
    """Two real launches of `leaps`: the second starts while the first has only just shown its
    window (before it listens), hands over its bundle, and exits without a window of its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    data = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_WINDOW, str(data)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "SHOWN"
        bundle = tmp_path / "from the field.leaps"
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data), str(bundle)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert first.stdout.readline().strip() == f"RECEIVED {json.dumps([str(bundle)])}"
        assert first.wait(timeout=60) == 0
    finally:
        first.kill()


def test_a_bundle_the_system_opens_in_the_running_app_goes_to_its_window(tmp_path: Path) -> None:
    """macOS hands a double-clicked file to the running app as a file-open event, not an argument."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    bundle = tmp_path / "opened in Finder.leaps"
    opened = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(tmp_path / "data"), str(bundle)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert opened.returncode == 0, opened.stderr
    assert f"RECEIVED {json.dumps([str(bundle)])}" in opened.stdout.splitlines()
