"""The guard over a test run: every test lives in a private home, and one that touches the real home fails.

Imported (as a pytest plugin) before anything imports the app. At import it points HOME, the XDG
dirs, LEAPS_DATA_DIR, APPDATA, the temp dirs and so Qt's settings and platformdirs into a folder
made for this run, so subprocesses started with `os.environ` get the private home too. An audit
hook then watches what Python opens, lists, makes, moves and deletes, and what environment each
subprocess starts with: a test that reaches the real home (or starts a process without the private
one) fails with what it touched, and the touch itself is refused.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Generator, Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The variables that name the person's own places, and those that decide where this app, Qt,
# platformdirs, fontconfig and LibreOffice keep things.
HOME_VARIABLES = (
    "HOME",
    "USERPROFILE",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "LEAPS_DATA_DIR",
    "APPDATA",
    "LOCALAPPDATA",
)
PLACE_VARIABLES = (*HOME_VARIABLES, "XDG_RUNTIME_DIR", "TMPDIR", "TEMP", "TMP")
# Audit events whose first argument(s) name a path, and how many path arguments they carry.
PATH_EVENTS = {
    "open": 1,
    "os.listdir": 1,
    "os.scandir": 1,
    "os.mkdir": 1,
    "os.rmdir": 1,
    "os.remove": 1,
    "os.truncate": 1,
    "os.chmod": 1,
    "os.chown": 1,
    "os.utime": 1,
    "os.rename": 2,
    "os.link": 2,
    "os.symlink": 2,
    "shutil.copyfile": 2,
    "shutil.copytree": 2,
    "shutil.move": 2,
    "shutil.rmtree": 1,
    "sqlite3.connect": 1,
    "glob.glob": 1,
}
# Events that take a directory descriptor: a name relative to it says nothing about where it is.
DIR_FD_EVENTS = {"os.mkdir", "os.rmdir", "os.remove", "os.chmod", "os.chown", "os.utime", "shutil.rmtree"}


class RealHomeTouched(Exception):
    """Raised inside the code that reached the real home; the test fails whether it is caught or not."""


def _forms(path: str | os.PathLike[str]) -> set[str]:
    """A path as written and with its links resolved, both absolute."""
    absolute = os.path.abspath(path)
    return {absolute, os.path.realpath(absolute)}


def _inside(path: str, folders: Iterable[str]) -> bool:
    return any(path == folder or path.startswith(folder.rstrip(os.sep) + os.sep) for folder in folders)


def _real_places() -> set[str]:
    """The person's own home and the places it names (before this module hides them)."""
    places = {os.path.expanduser("~")}
    try:
        import pwd
    except ImportError:  # Windows: USERPROFILE, read below, is the home
        pass
    else:  # the account's home, where HOME unset or changed would lead
        places.add(pwd.getpwuid(os.getuid()).pw_dir)
    places |= {os.environ[name] for name in HOME_VARIABLES if os.environ.get(name)}
    found: set[str] = set()
    for place in places:
        found |= _forms(place)
    return {place for place in found if place != os.sep}


def _allowed_places(real: set[str]) -> set[str]:
    """What a test may read although it lies in the real home: this checkout and the Python it runs on
    (pyenv and user installs live in the home)."""
    candidates = {str(ROOT), sys.prefix, sys.base_prefix, sys.exec_prefix, *(p for p in sys.path if p)}
    allowed: set[str] = set()
    for candidate in candidates:
        for form in _forms(candidate):
            # A folder that holds the whole home (the current dir, "/") would let everything through.
            if not any(_inside(place, [form]) for place in real):
                allowed.add(form)
    return allowed


REAL_PLACES = _real_places()
ALLOWED_PLACES = _allowed_places(REAL_PLACES)
RUN_FOLDER = Path(tempfile.mkdtemp(prefix="leaps-tests-")).resolve()
PRIVATE_HOME = RUN_FOLDER / "home"
PRIVATE_PLACES = {
    "HOME": PRIVATE_HOME,
    "USERPROFILE": PRIVATE_HOME,
    "XDG_CONFIG_HOME": PRIVATE_HOME / ".config",
    "XDG_DATA_HOME": PRIVATE_HOME / ".local" / "share",
    "XDG_CACHE_HOME": PRIVATE_HOME / ".cache",
    "XDG_STATE_HOME": PRIVATE_HOME / ".local" / "state",
    "XDG_RUNTIME_DIR": RUN_FOLDER / "runtime",
    "APPDATA": PRIVATE_HOME / "AppData" / "Roaming",
    "LOCALAPPDATA": PRIVATE_HOME / "AppData" / "Local",
    "LEAPS_DATA_DIR": PRIVATE_HOME / "leaps-data",
    "TMPDIR": RUN_FOLDER / "tmp",
    "TEMP": RUN_FOLDER / "tmp",
    "TMP": RUN_FOLDER / "tmp",
}
for _name, _folder in PRIVATE_PLACES.items():
    _folder.mkdir(parents=True, exist_ok=True)
    os.environ[_name] = str(_folder)
(RUN_FOLDER / "runtime").chmod(0o700)  # Qt refuses a runtime dir others can read
tempfile.tempdir = None  # forget a temp dir looked up before this point
ALLOWED_PLACES |= _forms(RUN_FOLDER)

_touches: list[str] = []
_touches_lock = threading.Lock()


def _is_real(path: object) -> bool:
    if isinstance(path, int) or path is None or path == ":memory:":
        return False  # an open descriptor (its opening was checked), or no file at all
    try:
        absolute = os.path.abspath(os.fsdecode(path))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return _inside(absolute, REAL_PLACES) and not _inside(absolute, ALLOWED_PLACES)


def _environment_problem(env: Mapping[object, object] | None) -> str | None:
    """Why a subprocess started with `env` could reach the real home, or None."""
    values = os.environ if env is None else {os.fsdecode(k): v for k, v in env.items()}  # type: ignore[arg-type]
    if not values.get("HOME"):
        return "without HOME (the process would find the real home)"
    for name in PLACE_VARIABLES:
        if values.get(name) and _is_real(values[name]):
            return f"with {name}={os.fsdecode(values[name])}"  # type: ignore[arg-type]
    return None


def _record(what: str) -> None:
    with _touches_lock:
        _touches.append(what)
    raise RealHomeTouched(f"a test touched the real home: {what}")


def _relative_to_descriptor(dir_fd: object) -> bool:
    return isinstance(dir_fd, int) and dir_fd >= 0  # os passes -1, shutil None, when none is given


def _audit(event: str, args: tuple[object, ...]) -> None:
    count = PATH_EVENTS.get(event)
    if count is not None:
        if event in DIR_FD_EVENTS and _relative_to_descriptor(args[-1]):
            return
        if event == "os.rename" and any(_relative_to_descriptor(fd) for fd in args[2:]):
            return
        for path in args[:count]:
            if _is_real(path):
                _record(f"{event} {os.fsdecode(path)}")  # type: ignore[arg-type]
    elif event in ("subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn"):
        env = args[-1] if isinstance(args[-1], Mapping) else None
        problem = _environment_problem(env)
        if problem is not None:
            _record(f"started {args[1]!r} {problem}")


sys.addaudithook(_audit)


def take_touches() -> list[str]:
    """The real-home touches seen since last asked."""
    with _touches_lock:
        taken = list(_touches)
        _touches.clear()
    return taken


def _qt_settings_at_home() -> list[str]:
    """Where Qt would keep user settings now, if that is the real home (Qt writes them itself,
    unseen by the audit hook)."""
    if "PySide6.QtCore" not in sys.modules:
        return []
    from PySide6.QtCore import QSettings

    places = [
        QSettings(form, QSettings.Scope.UserScope, "leaps-tests").fileName()
        for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    ]
    return [f"Qt keeps user settings at {place}" for place in places if _is_real(place)]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """Fail the phase (setup, call or teardown) in which the real home was touched."""
    outcome = yield
    touches = take_touches() + (_qt_settings_at_home() if call.when == "call" else [])
    if touches:
        report = outcome.get_result()
        report.outcome = "failed"
        report.longrepr = "This test reached outside its private home:\n  " + "\n  ".join(touches)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Touches outside any test (a session fixture's teardown) fail the run; the run folder goes
    after a green run and stays, named, after a red one (its temp dirs show what went wrong)."""
    touches = take_touches()
    if touches:
        print("\nThe run reached outside its private home:\n  " + "\n  ".join(touches), file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if session.exitstatus == pytest.ExitCode.OK:
        shutil.rmtree(RUN_FOLDER, ignore_errors=True)
    else:
        print(f"\nThe run's private home and temp dirs are kept in {RUN_FOLDER}", file=sys.stderr)
