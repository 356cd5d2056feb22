"""Developer tool: refresh the .ts files from the sources and build the .qm.

Run with `make translations`. The .ts files under resources/translations are
the source of truth (edit them with `pyside6-linguist`); the .qm files beside
them are build outputs, committed so that an install needs no Qt tools.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("pl", "en")


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if p.name != "i18n_build.py")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def lupdate(ts_file: Path, *, extra: tuple[str, ...] = ()) -> str:
    result = subprocess.run([_tool("lupdate"), *extra, *sources(), "-ts", str(ts_file)],
                            capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def lrelease(ts_file: Path, qm_file: Path) -> str:
    result = subprocess.run([_tool("lrelease"), str(ts_file), "-qm", str(qm_file)],
                            capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


def main() -> int:
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"razem_{language}.ts"
        # English is the source language: its file only carries plural forms.
        extra = ("-pluralonly",) if language == "en" else ()
        print(lupdate(ts_file, extra=("-no-obsolete", *extra)))
        print(lrelease(ts_file, ts_file.with_suffix(".qm")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
