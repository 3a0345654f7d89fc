"""Compare the packaged app with an empty PySide6 window packaged the same way: size and start-up time.

    .venv/bin/python packaging/size_report.py            build both with packaging/build, then measure
    .venv/bin/python packaging/size_report.py --reuse    measure what packaging/dist already holds

Prints the one-folder size (the sum of its files' sizes), the archive size, and the time from launch
to a shown window (offscreen, median of several runs, the app on an already-seeded data dir) of
both, against the issue's budget: at most +25 MB of folder, +10 MB of archive, and 2x the start-up
time. MB here is 1,000,000 bytes. Exits 1 when a bar is missed, so CI can run it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = HERE / "dist"
MB = 1_000_000
FOLDER_BUDGET = 25 * MB
ARCHIVE_BUDGET = 10 * MB
START_RATIO_BUDGET = 2.0


@dataclass
class Build:
    """One packaged program: its folder, archive and executable."""

    label: str
    folder: Path
    archive: Path
    executable: Path


def _platform_tag() -> str:
    platform = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    machine = os.uname().machine if hasattr(os, "uname") else os.environ.get("PROCESSOR_ARCHITECTURE", "")
    return f"{platform}-{machine}"


def builds() -> tuple[Build, Build]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    suffix = "zip" if sys.platform in ("win32", "darwin") else "tar.xz"
    exe = ".exe" if sys.platform == "win32" else ""
    app = Build(
        "LEAPS Catalogue",
        DIST / "leaps",
        DIST / f"{project['name']}-{project['version']}-{_platform_tag()}.{suffix}",
        DIST / "leaps" / f"leaps{exe}",
    )
    empty = Build(
        "empty PySide6 window",
        DIST / "empty-qt",
        DIST / f"empty-qt-{_platform_tag()}.{suffix}",
        DIST / "empty-qt" / f"empty-qt{exe}",
    )
    return app, empty


def folder_size(folder: Path) -> int:
    """Bytes in the folder's files, symlinks not followed (so nothing is counted twice)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def time_to_window(executable: Path, args: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from launch until the frozen program reports its window shown (rthook_probe.py)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(executable), *args],
        env={**env, "LEAPS_QUIT_WHEN_SHOWN": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("LEAPS_SHOWN"):
            elapsed = time.perf_counter() - start
            break
    else:
        process.wait(timeout)
        raise RuntimeError(f"{executable} exited ({process.returncode}) without showing a window")
    process.wait(timeout)
    return elapsed


def median_starts(launches: list[tuple[Path, list[str]]], env: dict[str, str], runs: int) -> list[float]:
    """The median start-up of each program, their launches taken in turn.

    Taking turns (A, B, A, B...) rather than all of A then all of B means a busy spell on the machine
    slows both alike, so their ratio holds steady from one report to the next.
    """
    for executable, args in launches:
        time_to_window(executable, args, env)  # warm the file cache, which a second launch also enjoys
    times: list[list[float]] = [[] for _ in launches]
    for _ in range(runs):
        for taken, (executable, args) in zip(times, launches, strict=True):
            taken.append(time_to_window(executable, args, env))
    return [statistics.median(taken) for taken in times]


def _mb(value: int) -> str:
    return f"{value / MB:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    """Build (unless --reuse), measure both programs, print the comparison; 1 if a bar is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="measure existing builds in packaging/dist")
    parser.add_argument("--runs", type=int, default=25, help="timed launches of each program (median)")
    args = parser.parse_args(argv)

    app, empty = builds()
    if not args.reuse:
        for flags in ([], ["--empty"]):
            subprocess.run(["bash", str(HERE / "build"), *flags], check=True)
    for build in (app, empty):
        if not build.executable.exists() or not build.archive.exists():
            print(f"{build.executable} or {build.archive} is missing: run without --reuse", file=sys.stderr)
            return 1

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as temp:
        data = Path(temp) / "data"
        app_args = ["--data-dir", str(data)]
        first_start = time_to_window(app.executable, app_args, env)  # loads the seed and builds the index
        app_start, empty_start = median_starts(
            [(app.executable, app_args), (empty.executable, [])], env, args.runs
        )

    sizes = {b.label: (folder_size(b.folder), b.archive.stat().st_size) for b in (app, empty)}
    (app_folder, app_archive), (empty_folder, empty_archive) = sizes[app.label], sizes[empty.label]
    folder_extra, archive_extra = app_folder - empty_folder, app_archive - empty_archive
    ratio = app_start / empty_start

    width = max(len(app.label), len(empty.label))
    print(f"{'':{width}}  {'folder':>10}  {'archive':>10}  {'start':>8}")
    print(f"{app.label:{width}}  {_mb(app_folder):>10}  {_mb(app_archive):>10}  {app_start:>7.2f}s")
    print(f"{empty.label:{width}}  {_mb(empty_folder):>10}  {_mb(empty_archive):>10}  {empty_start:>7.2f}s")
    bars = [
        ("folder", folder_extra <= FOLDER_BUDGET, f"+{_mb(folder_extra)} of +{_mb(FOLDER_BUDGET)}"),
        ("archive", archive_extra <= ARCHIVE_BUDGET, f"+{_mb(archive_extra)} of +{_mb(ARCHIVE_BUDGET)}"),
        ("start-up", ratio <= START_RATIO_BUDGET, f"{ratio:.2f}x of {START_RATIO_BUDGET:.0f}x"),
    ]
    print()
    for name, ok, text in bars:
        print(f"{name:9} {'within' if ok else 'OVER'} budget: {text}")
    print(f"first start of the app on an empty data dir (seed load and index build): {first_start:.2f}s")
    print(
        f"start-up is the median of {args.runs} launches of each to a shown window, taken in turn, "
        f"{env['QT_QPA_PLATFORM']} platform"
    )
    return 0 if all(ok for _name, ok, _text in bars) else 1


if __name__ == "__main__":
    sys.exit(main())
