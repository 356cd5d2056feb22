"""Where Razem keeps the user's data (demo copies, snapshots, the error log)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def data_folder(override: Path | None = None) -> Path:
    """`override` (the hidden --data-dir option, for tests), else the
    platform's folder for the application's own data."""
    return override or Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation))
