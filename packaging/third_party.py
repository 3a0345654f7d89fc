"""Write desktop/licenses/THIRD_PARTY.md: every bundled package with its licence, from installed metadata.

Run after changing dependencies: `.venv/bin/python packaging/third_party.py`, then review the diff.
The package list is the dependency closure of leaps-catalogue on every platform (so Windows-only
dependencies are there too), less what the build leaves out; packaging/leaps.spec refuses to build
when something it bundles has no section here. Licences and their texts come from each package's
own metadata and licence files, never from memory.
"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import sys
import sysconfig
import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "desktop" / "licenses"
OUT = LICENSES / "THIRD_PARTY.md"
PYPROJECT = ROOT / "pyproject.toml"

# Required by a dependency but never in the bundle; packaging/leaps.spec excludes their importers.
NOT_SHIPPED = {
    "pip": "sqlite-utils lists it for its own `install` command",
    "tabulate": "used only by the sqlite-utils command line, which the build excludes",
    "click-default-group": "used only by the sqlite-utils command line, which the build excludes",
    "pygal": "pygal_maps_world requires it for its map classes; the app reads only the map's SVG file",
}
# Environments the app is built for: a dependency with a platform marker counts if any matches.
PLATFORMS = (
    {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
)
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)

QT_NOTE = """\
Qt 6 and PySide6 are used under the GNU Lesser General Public License version 3
(LGPL-3.0-only, the first of the licences their metadata offers); its text is in `LGPL-3.0.txt`,
and the GNU GPL version 3 it builds on is in `GPL-3.0.txt`, both next to this file.

They are shipped unmodified, as separate shared libraries (`_internal/PySide6/`, and inside
`Contents/Frameworks` on macOS), loaded at run time. You may replace them with your own builds of
the same versions: the app will use any binary-compatible Qt {qt} and PySide6 {qt} libraries put in
their place. Their complete source code is at https://download.qt.io/official_releases/qt/ (Qt)
and https://code.qt.io/cgit/pyside/pyside-setup.git/ (PySide6 and Shiboken6, tag v{qt}); we will
also send a copy on request to anyone who has the app.

On Linux, Qt brings its own build of ICU (International Components for Unicode), under the
Unicode License (Unicode-3.0): https://github.com/unicode-org/icu/blob/main/LICENSE.
"""


def _environments() -> list[dict[str, str]]:
    base = default_environment()
    return [{**base, **platform, "extra": ""} for platform in PLATFORMS]


def dependency_closure() -> list[importlib.metadata.Distribution]:
    """The installed distributions the app needs on some platform, excluding extras.

    The app's own requirements are read from pyproject.toml (the installed metadata of an editable
    install is only as new as the last `pip install -e .`); theirs from their installed metadata.
    """
    seen: dict[str, importlib.metadata.Distribution] = {}
    environments = _environments()
    queue: list[list[str]] = [tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]]
    while queue:
        for text in queue.pop():
            requirement = Requirement(text)
            if requirement.marker and not any(requirement.marker.evaluate(env) for env in environments):
                continue
            key = _canonical(requirement.name)
            if key in seen or key in NOT_SHIPPED:
                continue
            try:
                seen[key] = importlib.metadata.distribution(requirement.name)
            except importlib.metadata.PackageNotFoundError:
                # A Windows- or macOS-only dependency not installed here: name it so a build there
                # regenerates this file (the spec's check would stop it otherwise).
                print(f"not installed here, not listed: {requirement.name}", file=sys.stderr)
                continue
            queue.append(seen[key].requires or [])
    return sorted(seen.values(), key=lambda d: _canonical(d.metadata["Name"]))


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(dist: importlib.metadata.Distribution) -> str:
    """The licence as the package declares it: its SPDX expression, else its licence field or classifiers."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 80:
        return field
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the licence text below"


def homepage_of(dist: importlib.metadata.Distribution) -> str:
    meta = dist.metadata
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "source", "source code", "repository", "code"}:
            return url.strip()
    return meta.get("Home-page") or ""


def licence_texts(dist: importlib.metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of each licence file the package installed."""
    texts = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        if not parts or not parts[0].endswith(".dist-info") or not _LICENCE_FILE.search(parts[-1]):
            continue
        texts.append(
            (parts[-1], Path(str(dist.locate_file(file))).read_text(encoding="utf-8", errors="replace"))
        )
    return texts


def python_licence() -> str:
    """The licence file of the Python that is bundled (it differs by where Python came from)."""
    for folder in (Path(sysconfig.get_paths()["stdlib"]), Path(sys.base_prefix)):
        if (folder / "LICENSE.txt").exists():
            return (folder / "LICENSE.txt").read_text(encoding="utf-8", errors="replace")
    return "See https://docs.python.org/3/license.html"


def _fenced(text: str) -> str:
    fence = "````" if "```" in text else "```"
    return f"{fence}text\n{text.rstrip()}\n{fence}"


def render() -> str:
    """The whole notices file."""
    qt_version = importlib.metadata.version("PySide6-Essentials")
    dists = dependency_closure()
    lines = [
        "# Third-party software in LEAPS Catalogue",
        "",
        "LEAPS Catalogue (MIT licence) is built with the software below, shipped inside the app.",
        "Each section gives the package, its version, its licence as the package declares it,",
        "where its source is, and its licence text. This file is generated by",
        "`packaging/third_party.py` from the installed packages' metadata.",
        "",
        "| package | version | licence |",
        "| --- | --- | --- |",
        f"| Python | {sys.version.split()[0]} | PSF-2.0 |",
    ]
    lines += [f"| {d.metadata['Name']} | {d.version} | {licence_of(d)} |" for d in dists]
    lines += ["| SQLite | (with Python) | public domain |", ""]
    lines += [
        "## Python",
        "",
        f"Version {sys.version.split()[0]}, https://www.python.org/",
        "",
        _fenced(python_licence()),
        "",
    ]
    for dist in dists:
        name = dist.metadata["Name"]
        lines += [f"## {name}", "", f"Version {dist.version}. Licence: {licence_of(dist)}."]
        if homepage_of(dist):
            lines += [f"Source: {homepage_of(dist)}"]
        lines.append("")
        if _canonical(name) in {"pyside6-essentials", "shiboken6"}:
            lines += [QT_NOTE.format(qt=qt_version), ""]
        for file_name, text in licence_texts(dist):
            lines += [f"`{file_name}`:", "", _fenced(text), ""]
    lines += [
        "## SQLite",
        "",
        "The SQLite library that Python's `sqlite3` module uses is in the public domain:",
        "https://www.sqlite.org/copyright.html",
        "",
        "## Libraries of the operating system (Linux builds)",
        "",
        "A Linux build also carries libraries of the machine it was built on that Qt and Python",
        "link (for example libstdc++, GLib, D-Bus, FreeType, fontconfig, libX11 and libxcb). The",
        "build copies each one's copyright file into `system/` next to this file.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    """Regenerate the notices, and put the LGPL and GPL texts beside them if they are missing."""
    LICENSES.mkdir(parents=True, exist_ok=True)
    for target, source in (("LGPL-3.0.txt", "LGPL-3"), ("GPL-3.0.txt", "GPL-3")):
        system_copy = Path("/usr/share/common-licenses") / source
        if not (LICENSES / target).exists():
            if not system_copy.exists():
                print(f"{LICENSES / target} is missing: add the FSF text by hand", file=sys.stderr)
                return 1
            shutil.copyfile(system_copy, LICENSES / target)
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
