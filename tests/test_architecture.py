"""The layering rules of DESIGN.md §4, checked mechanically on the imports."""

from __future__ import annotations

import ast
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


@pytest.mark.parametrize("path", _modules("models"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_public_class_and_function_of_the_core_says_what_it_is(path: Path) -> None:
    # The model docstrings state the rules and invariants every view relies on.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    missing = [node.name for node in tree.body
               if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and not node.name.startswith("_")
               and ast.get_docstring(node) is None]
    assert not missing
