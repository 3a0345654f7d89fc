"""The guard over the test run fails a test that reaches the real home, and refuses the touch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.hermetic import ROOT

# Run by an inner pytest whose "real home" is a folder of the outer test's own.
TESTS = '''
import os, subprocess, sys
from pathlib import Path

import pytest

REAL = Path({real!r})
SAVE_SETTINGS = (
    "from PySide6.QtCore import QSettings; QSettings('LEAPS', 'LEAPS Catalogue').setValue('width', 800)"
)


def test_writing_the_settings_file_at_home():
    (REAL / ".config" / "LEAPS").mkdir(parents=True)


def test_reading_a_file_at_home_and_hiding_the_error():
    try:
        (REAL / ".bashrc").read_text()
    except Exception:
        pass


def test_starting_the_app_without_a_home():
    subprocess.run([sys.executable, "-c", SAVE_SETTINGS], env={{"PATH": os.environ["PATH"]}})


def test_starting_the_app_on_the_real_home():
    subprocess.run([sys.executable, "-c", SAVE_SETTINGS], env={{**os.environ, "HOME": str(REAL)}})


@pytest.fixture
def qt_settings_at_home():
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(REAL / ".config"))
    yield
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])


def test_pointing_qt_settings_at_home(qt_settings_at_home):
    pass


def test_working_in_the_private_home():
    assert Path.home() != REAL and os.environ["XDG_CONFIG_HOME"] != str(REAL / ".config")
    (Path.home() / "notes.txt").write_text("mine")
    subprocess.run([sys.executable, "-c", SAVE_SETTINGS], check=True)
    assert (Path(os.environ["XDG_CONFIG_HOME"]) / "LEAPS" / "LEAPS Catalogue.conf").exists()
'''


def test_a_test_that_touches_the_real_home_fails_and_the_home_is_left_as_it_was(tmp_path: Path) -> None:
    real_home = tmp_path / "real-home"
    real_home.mkdir()
    (real_home / ".bashrc").write_text("# the person's own\n")
    (tmp_path / "test_touching.py").write_text(TESTS.format(real=str(real_home)))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.hermetic", "-p", "no:cacheprovider", "-q",
         "test_touching.py"],
        cwd=tmp_path,
        env={**os.environ, "HOME": str(real_home), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = result.stdout.splitlines()
    failed = {line.split("::")[1].split()[0] for line in lines if line.startswith("FAILED")}
    assert failed == {
        "test_writing_the_settings_file_at_home",
        "test_reading_a_file_at_home_and_hiding_the_error",
        "test_starting_the_app_without_a_home",
        "test_starting_the_app_on_the_real_home",
        "test_pointing_qt_settings_at_home",
    }, result.stdout
    assert "1 passed" in result.stdout, result.stdout
    assert f"os.mkdir {real_home / '.config'}" in result.stdout
    assert f"open {real_home / '.bashrc'}" in result.stdout
    assert "without HOME" in result.stdout
    assert f"with HOME={real_home}" in result.stdout
    assert f"Qt keeps user settings at {real_home / '.config'}" in result.stdout
    assert sorted(p.name for p in real_home.iterdir()) == [".bashrc"], "the real home was changed"
