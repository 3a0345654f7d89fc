"""The layering the design promises, and lint, checked on every run."""

from __future__ import annotations

import ast
import builtins
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


# An error a person is told about is one of the family (desktop/errors.py), its text made by
# message() from a template marked for translation, so the window says it in its language and the
# command line in English with its code. An exception that is no person's message carries this mark
# and why, on its line or the line above: a programming error, a protocol of Python's or argparse's,
# or a detail that a family message names as its {reason}.
NOT_A_MESSAGE = "# internal:"
_EXCEPTION_NAME = re.compile(r"(Error|Exception|Warning)$")
_BUILTIN_EXCEPTIONS = {
    name
    for name, kind in vars(builtins).items()
    if isinstance(kind, type) and issubclass(kind, BaseException)
}


def family_names() -> set[str]:
    """The names of the family's classes in desktop/, by the bases each class names."""
    bases: dict[str, set[str]] = {}
    for path in modules_under(PACKAGE):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {
                    b.id if isinstance(b, ast.Name) else b.attr
                    for b in node.bases
                    if isinstance(b, ast.Name | ast.Attribute)
                }
                bases.setdefault(node.name, set()).update(names)
    family, grown = {"LeapsError"}, True
    while grown:
        joined = {name for name, named in bases.items() if named & family} - family
        family |= joined
        grown = bool(joined)
    return family


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


class _PlainTextErrors(ast.NodeVisitor):
    """Finds the errors, the Problems of a ValidationError and the message() templates a module
    makes from plain text."""

    def __init__(self, path: Path, family: set[str]) -> None:
        self.lines = path.read_text(encoding="utf-8").splitlines()
        self.where = path.relative_to(ROOT) if ROOT in path.parents else path
        self.family = family
        self.scopes: list[dict[str, list[ast.expr]]] = [{}]
        self.found: list[str] = []

    def scope_of(self, node: ast.AST) -> None:
        """Visit a module or function with the plain names it assigns in view."""
        assigned: dict[str, list[ast.expr]] = {}
        for child in ast.walk(node):
            if isinstance(child, ast.Assign | ast.AnnAssign) and child.value is not None:
                targets = child.targets if isinstance(child, ast.Assign) else [child.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        assigned.setdefault(target.id, []).append(child.value)
        self.scopes.append(assigned)
        self.generic_visit(node)
        self.scopes.pop()

    visit_Module = visit_FunctionDef = visit_AsyncFunctionDef = scope_of  # the names NodeVisitor calls

    def plain(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> bool:
        """True if `node` is text no window can translate: a literal, an f-string, a concatenation,
        a %-format or .format() of one, tr()'s already translated text, or a local name given one."""
        match node:
            case ast.Constant(value=str()) | ast.JoinedStr():
                return True
            case ast.BinOp(op=ast.Add() | ast.Mod()):
                return self.plain(node.left, seen) or self.plain(node.right, seen)
            case ast.Call(func=ast.Attribute(attr="format", value=value)):
                return self.plain(value, seen)
            case ast.Call(func=ast.Name(id="tr")):
                return True
            case ast.Name(id=name) if name not in seen:
                values = self.scopes[-1].get(name, [])
                return any(self.plain(value, seen | {name}) for value in values)
        return False

    def visit_Call(self, node: ast.Call) -> None:
        name = _called(node)
        if name == "Problem":
            texts = node.args[1:]
        elif name == "message":  # a template the translation tools never see stays English
            texts = node.args[:1]
        elif name in self.family or name in _BUILTIN_EXCEPTIONS or _EXCEPTION_NAME.search(name):
            texts = [*node.args, *(k.value for k in node.keywords if k.arg != "hint")]
        else:
            texts = []
        if any(self.plain(text) for text in texts):
            around = self.lines[max(node.lineno - 2, 0) : node.end_lineno or node.lineno]
            marked = any(NOT_A_MESSAGE in line for line in around)
            if name in self.family or name in ("Problem", "message") or not marked:
                self.found.append(f"{self.where}:{node.lineno} {name}: {self.lines[node.lineno - 1].strip()}")
        self.generic_visit(node)


def plain_text_errors(path: Path, family: set[str]) -> list[str]:
    """Where a module makes an error a person would read in English only, with no code."""
    finder = _PlainTextErrors(path, family)
    finder.visit(ast.parse(path.read_text(encoding="utf-8")))
    return finder.found


def test_every_error_a_person_reads_is_of_the_family_and_translatable() -> None:
    family = family_names()
    found = [place for path in modules_under(PACKAGE) for place in plain_text_errors(path, family)]
    assert not found, (
        'make these with message(QT_TRANSLATE_NOOP("Validation", ...)) and an error of desktop/errors.py\'s'
        f" family, or mark one no person reads with {NOT_A_MESSAGE!r} and why:\n" + "\n".join(found)
    )


def test_the_error_rule_sees_plain_text_and_lets_messages_and_marked_ones_be(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "def check(path, size):\n"
        '    raise ValueError(f"{path} is too big")\n'
        '    raise CatalogueError("No case has that id.")\n'
        '    why = "it was revoked"\n'
        '    raise BundleError("refused: " + why)\n'
        '    raise ValidationError([Problem("file", "does not exist")])\n'
        '    raise CatalogueError(message(QT_TRANSLATE_NOOP("Validation", "{path} is gone."), path=path))\n'
        '    raise TypeError("bad part")  # internal: the manifest check names it\n'
        '    raise CatalogueError("marked or not, a family error is a message")  # internal: no\n'
        '    template = "{path} is gone."\n'
        "    raise CatalogueError(message(template, path=path))\n",
        encoding="utf-8",
    )
    found = plain_text_errors(probe, {"LeapsError", "CatalogueError", "BundleError", "ValidationError"})
    assert [place.split()[1] for place in found] == [
        "ValueError:", "CatalogueError:", "BundleError:", "Problem:", "CatalogueError:", "message:"
    ], found  # fmt: skip
