"""A disk that fills during an export: the earlier file stays byte for byte, nothing is left behind.

Each run is a real `leaps` process whose file size limit (RLIMIT_FSIZE) drops to a few bytes once
the catalogue is open; with SIGXFSZ ignored every write past it fails with EFBIG, as on a full disk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.sync.keys import KEY_FILE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is a POSIX limit")

# Opens the catalogue as `leaps` does, then lets no file grow past LIMIT bytes.
RUNNER = """
import resource, signal, sys
from desktop.cli import app as commands
from desktop.catalogue.service import Catalogue

limit = int(sys.argv[1])
opened = Catalogue.open.__func__

def open_then_fill_the_disk(cls, *args, **kwargs):
    catalogue = opened(cls, *args, **kwargs)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    return catalogue

Catalogue.open = classmethod(open_then_fill_the_disk)
sys.exit(commands.run(sys.argv[2:]))
"""
LIMIT = 64  # bytes: smaller than any file the app writes, the device key included
EARLIER = b"the earlier export, which must survive\n"


def leaps(
    data_dir: Path, home: Path, *args: str, limit: int | None = LIMIT
) -> subprocess.CompletedProcess[str]:
    """Run a `leaps` command on `data_dir`, on a disk that fills once the catalogue is open."""
    env = {**os.environ, "LEAPS_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    command = [sys.executable, "-c", RUNNER, str(limit or 1 << 40), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def any_case_id(data_dir: Path, home: Path) -> str:
    found = leaps(data_dir, home, "search", "bus", "--json", limit=None)
    return str(json.loads(found.stdout)["results"][0]["id"])


def assert_refused_cleanly(
    result: subprocess.CompletedProcess[str], folder: Path, earlier: dict[str, bytes]
) -> None:
    """Exit 1, one line saying so, every earlier file byte-identical and no other file in the folder."""
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("leaps: "), result.stderr
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == earlier


@pytest.fixture
def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("fmt", ["docx", "odt", "pdf", "html", "md"])
def test_a_document_export_on_a_full_disk_keeps_the_earlier_document(
    data_dir: Path, home: Path, out_folder: Path, fmt: str
) -> None:
    case_id = any_case_id(data_dir, home)
    target = out_folder / f"case.{fmt}"
    target.write_bytes(EARLIER)
    result = leaps(data_dir, home, "export-case", case_id, "--format", fmt, "-o", str(target))
    assert_refused_cleanly(result, out_folder, {target.name: EARLIER})
    assert target.name in result.stderr


def test_export_json_on_a_full_disk_keeps_the_earlier_file(
    data_dir: Path, home: Path, out_folder: Path
) -> None:
    target = out_folder / "cases.json"
    target.write_bytes(EARLIER)
    result = leaps(data_dir, home, "export-json", str(target))
    assert_refused_cleanly(result, out_folder, {target.name: EARLIER})


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_sheet_export_on_a_full_disk_keeps_the_earlier_sheet(
    data_dir: Path, home: Path, out_folder: Path, suffix: str
) -> None:
    target = out_folder / f"results.{suffix}"
    target.write_bytes(EARLIER)
    result = leaps(data_dir, home, "export-sheet", str(target))
    assert_refused_cleanly(result, out_folder, {target.name: EARLIER})


def test_a_bundle_export_on_a_full_disk_keeps_the_earlier_bundle(
    data_dir: Path, home: Path, out_folder: Path
) -> None:
    leaps(data_dir, home, "device", limit=None)  # the key exists: only the bundle meets the full disk
    target = out_folder / "mine.leaps"
    target.write_bytes(EARLIER)
    result = leaps(data_dir, home, "export", str(target))
    assert_refused_cleanly(result, out_folder, {target.name: EARLIER})


def test_a_split_bundle_on_a_full_disk_keeps_every_earlier_part(
    data_dir: Path, home: Path, out_folder: Path
) -> None:
    leaps(data_dir, home, "device", limit=None)
    written = leaps(data_dir, home, "export", str(out_folder / "mine.leaps"), "--max-size", "40K", limit=None)
    assert written.returncode == 0, written.stderr
    earlier = {p.name: p.read_bytes() for p in out_folder.iterdir()}
    assert len(earlier) > 1 and all(".part" in name for name in earlier)
    result = leaps(data_dir, home, "export", str(out_folder / "mine.leaps"), "--max-size", "40K")
    assert_refused_cleanly(result, out_folder, earlier)


def test_a_backup_on_a_full_disk_leaves_no_file(data_dir: Path, home: Path, out_folder: Path) -> None:
    result = leaps(data_dir, home, "backup", str(out_folder / "catalogue-backup.db"))
    assert_refused_cleanly(result, out_folder, {})


def test_the_device_key_on_a_full_disk_is_not_left_half_made(data_dir: Path, home: Path) -> None:
    assert not (data_dir / KEY_FILE).exists()
    before = sorted(p.name for p in data_dir.iterdir())
    result = leaps(data_dir, home, "device")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "device key" in result.stderr
    assert sorted(p.name for p in data_dir.iterdir()) == before  # no key, whole or half, no temporary
    made = leaps(data_dir, home, "device", limit=None)  # with space again, the key is made whole
    assert made.returncode == 0 and "fingerprint" in made.stdout
    assert (data_dir / KEY_FILE).stat().st_mode & 0o077 == 0  # private to this user


def test_a_bundle_import_on_a_full_disk_changes_nothing_and_says_so(
    data_dir: Path, home: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    leaps(other, home, "info", limit=None)  # an empty catalogue of its own
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps({"title": "Rain gardens on every school roof", "country": "KE"}), "utf-8")
    assert leaps(other, home, "add", str(case_file), limit=None).returncode == 0
    bundle = tmp_path / "from-other.leaps"
    assert leaps(other, home, "export", str(bundle), limit=None).returncode == 0
    leaps(data_dir, home, "device", limit=None)  # the key exists: only the import meets the full disk
    before = leaps(data_dir, home, "export-json", limit=None).stdout
    result = leaps(data_dir, home, "import", str(bundle), "--trust", "always")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert leaps(data_dir, home, "export-json", limit=None).stdout == before


# The window, offscreen, exports the case it shows once the disk is full; prints what its status bar says.
WINDOW_RUNNER = """
import resource, signal, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from desktop.ui.main_window import MainWindow

WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents

data_dir, target, fmt = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
app = QApplication([])
window = MainWindow(data_dir)
window.show()
while not (window.search_ready and window.last_page and window.last_page.cards):
    app.processEvents(WAIT)
window.show_case(window.last_page.cards[0].id)
while window.shown_case is None:
    app.processEvents(WAIT)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (64, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
window.documents.export_case((target, fmt))
while target.name not in window.statusBar().currentMessage():
    app.processEvents(WAIT)
print(window.statusBar().currentMessage())
"""


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_window_says_an_export_met_a_full_disk_and_keeps_the_earlier_file(
    data_dir: Path, home: Path, out_folder: Path, fmt: str
) -> None:
    target = out_folder / f"case.{fmt}"
    target.write_bytes(EARLIER)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
    command = [sys.executable, "-c", WINDOW_RUNNER, str(data_dir), str(target), fmt]
    shown = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert shown.returncode == 0, shown.stderr
    said = shown.stdout.strip()
    assert "could not be written" in said and "disk is full" in said, said
    assert {p.name: p.read_bytes() for p in out_folder.iterdir()} == {target.name: EARLIER}
