"""The layering rules of DESIGN.md §4, checked mechanically on the imports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "workshop_app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(*layers: str) -> list[Path]:
    return [p for layer in layers for p in sorted((PACKAGE / layer).rglob("*.py"))]


def _top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", _modules("models", "analysis", "services", "storage"),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_layers_import_no_qt(path: Path) -> None:
    assert not {m for m in _imports(path) if _top(m) in ("PySide6", "shiboken6")}


@pytest.mark.parametrize("path", _modules("models", "analysis"),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_models_and_analysis_touch_no_storage_or_pdf(path: Path) -> None:
    bad = {m for m in _imports(path)
           if _top(m) in ("sqlite3", "sqlite_utils", "reportlab")
           or m.startswith(("workshop_app.storage", "workshop_app.services", "workshop_app.ui"))}
    assert not bad


def test_only_storage_imports_sqlite_utils() -> None:
    users = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
             if any(_top(m) == "sqlite_utils" for m in _imports(p))}
    assert users and all(u.startswith("storage/") for u in users), users


@pytest.mark.parametrize("path", _modules("ui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_widgets_never_touch_sqlite(path: Path) -> None:
    assert not {m for m in _imports(path) if _top(m) in ("sqlite3", "sqlite_utils")}


_SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                  r"CREATE\s+(TABLE|INDEX)|PRAGMA\s+\w+)\b|\b\w+\s*(=|IS|IN)\s*\?", re.IGNORECASE)


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_sql_text_lives_only_in_storage() -> None:
    found = [f"{p.relative_to(PACKAGE)}:{line}: {text[:60]!r}"
             for p in sorted(PACKAGE.rglob("*.py")) if p.relative_to(PACKAGE).parts[0] != "storage"
             for line, text in _strings(p) if _SQL.search(text)]
    assert not found, found


@pytest.mark.parametrize("path", _modules("ui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_widgets_reach_the_file_only_through_the_service(path: Path) -> None:
    assert not {m for m in _imports(path) if m.startswith("workshop_app.storage")}


def _service_methods() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for path in _modules("services"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found += [(f"{path.stem}.{node.name}.{f.name}", f) for f in node.body
                          if isinstance(f, ast.FunctionDef) and not f.name.startswith("_")]
    return found


def test_no_any_in_service_signatures() -> None:
    def mentions_any(node: ast.AST | None) -> bool:
        return node is not None and any(isinstance(n, ast.Name) and n.id == "Any"
                                        for n in ast.walk(node))

    loose = [name for name, f in _service_methods()
             if mentions_any(f.returns) or any(mentions_any(a.annotation) for a in
                                               [*f.args.args, *f.args.kwonlyargs])
             or f.args.kwarg is not None]
    assert not loose, loose


def test_no_refusal_is_swallowed() -> None:
    swallowed = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ExceptHandler) and isinstance(node.type, ast.Name)
                    and node.type.id == "Refused"
                    and (node.name is None or not any(isinstance(n, ast.Name) and n.id == node.name
                                                      for b in node.body for n in ast.walk(b)))):
                swallowed.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not swallowed, swallowed


def _reads_environment(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb"):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "os" and any(
                alias.name in ("environ", "getenv") for alias in node.names):
            return True
    return False


def test_only_the_command_line_reads_the_environment() -> None:
    """Start-up wiring in one place: everything else gets its settings passed in."""
    readers = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if _reads_environment(p)}
    assert readers <= {"cli.py"}, readers


def test_the_gui_start_up_does_not_import_the_command_line() -> None:
    assert "workshop_app.cli" not in _imports(PACKAGE / "app.py")


@pytest.mark.parametrize("path", _modules("models"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_public_class_and_function_of_the_core_says_what_it_is(path: Path) -> None:
    # The model docstrings state the rules and invariants every view relies on.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    missing = [node.name for node in tree.body
               if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and not node.name.startswith("_")
               and ast.get_docstring(node) is None]
    assert not missing
