"""The layering the design promises, and lint, checked on every run."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_the_store_never_imports_qt() -> None:
    for path in modules_under(PACKAGE / "store"):
        assert not any(m.startswith("PySide6") for m in imported_modules(path)), path


def test_only_the_search_package_imports_whoosh() -> None:
    for path in modules_under(PACKAGE):
        if (PACKAGE / "search") in path.parents:
            continue
        assert not any(m.startswith("whoosh") for m in imported_modules(path)), path


def test_services_never_import_widgets() -> None:
    for path in modules_under(PACKAGE):
        if (PACKAGE / "ui") in path.parents:
            continue
        assert not any(m.startswith("PySide6.QtWidgets") for m in imported_modules(path)), path


def test_every_module_says_what_it_is_for() -> None:
    for path in modules_under(PACKAGE) + modules_under(ROOT / "tests") + modules_under(ROOT / "bench"):
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert docstring and docstring.strip(), f"{path} has no module docstring"


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test extra"
    result = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
