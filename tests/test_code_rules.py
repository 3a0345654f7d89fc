"""The layering the design promises, and lint, checked on every run."""

from __future__ import annotations

import ast
import re
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


def test_the_store_imports_only_the_store_the_error_family_and_the_standard_library() -> None:
    # desktop.errors imports only the standard library itself (tests/test_errors.py checks it).
    allowed = ("desktop.store", "desktop.errors", "sqlite_utils")
    for path in modules_under(PACKAGE / "store"):
        for module in imported_modules(path):
            top = module.split(".")[0]
            assert top in sys.stdlib_module_names or module.startswith(allowed), f"{path} imports {module}"


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


# What reaches SQLite: calls of the sqlite3 and sqlite-utils APIs that run or write SQL, and SQL text.
_SQL_CALLS = {"execute", "executemany", "executescript", "query", "count_where", "rows_where", "upsert"}
_SQL_TEXT = re.compile(
    r"^\s*(SELECT\s.*\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|PRAGMA\s|CREATE\s+TABLE\s)"
)


def sql_in(path: Path) -> list[str]:
    """Where a module runs SQL itself: each line that calls the database or holds SQL text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        called = node.func.attr if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else ""
        if called in _SQL_CALLS:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL_TEXT.match(node.value):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} SQL text")
    return found


def test_no_sql_outside_the_store() -> None:
    found = [
        place
        for path in modules_under(PACKAGE)
        if (PACKAGE / "store") not in path.parents
        for place in sql_in(path)
    ]
    assert not found, "move these queries into desktop/store:\n" + "\n".join(found)


MAX_MODULE_LINES = 500


def test_no_module_is_over_500_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in modules_under(PACKAGE)
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"split these by job (at most {MAX_MODULE_LINES} lines each): {long}"


def test_the_sql_rule_sees_sql(tmp_path: Path) -> None:
    probe = PACKAGE / "__sql_probe__.py"
    probe.write_text('rows = db.execute("SELECT id FROM cases")\nwords = "select a case"\n', encoding="utf-8")
    try:
        assert len(sql_in(probe)) == 2  # the call and the statement, not the English word
    finally:
        probe.unlink()


def layer_of(path: Path) -> str:
    """The first folder under desktop/ that holds the module ("" for the package's own top)."""
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else ""


def test_only_the_window_and_the_documents_import_qt_gui() -> None:
    qt_gui = ("PySide6.QtGui", "PySide6.QtWidgets")
    for path in modules_under(PACKAGE):
        if layer_of(path) in {"ui", "documents"}:
            continue
        assert not any(m.startswith(qt_gui) for m in imported_modules(path)), path


def test_only_the_command_line_entry_imports_the_window() -> None:
    entry = PACKAGE / "cli" / "__init__.py"
    for path in modules_under(PACKAGE):
        if layer_of(path) == "ui" or path == entry:
            continue
        assert not any(m.startswith("desktop.ui") for m in imported_modules(path)), path


def test_the_store_sync_and_search_pass_a_strict_type_check() -> None:
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent)) or shutil.which("mypy")
    assert mypy, "mypy is part of the test extra"
    result = subprocess.run(
        [mypy, "--strict", "--no-incremental", "desktop/store", "desktop/sync", "desktop/search"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout
