"""The whole package type-checks under `mypy --strict`, and the code passes
the ruff rules chosen in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_package_passes_strict_mypy() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT,
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_passes_ruff() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_the_storage_layer_type_checks_for_windows_too() -> None:
    """The lock and the journal have Windows paths (msvcrt, no pread); a
    module that only exists on POSIX would fail there before anything else."""
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--platform", "win32",
                             "workshop_app/storage"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
