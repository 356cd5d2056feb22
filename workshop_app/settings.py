"""User preferences, declared once, stored with QSettings.

Workshop content never goes here: it lives in the workshop file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings

T = TypeVar("T")

LANGUAGES = ("pl", "en")
MAX_RECENT = 8


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference: its key, type, default and a translatable label."""

    key: str
    type: type
    default: T
    label: str  # source text; translate with QCoreApplication.translate("Settings", label)


LANGUAGE: Option[str] = Option("ui/language", str, "pl", "Interface language")
RECENT_FILES: Option[list[str]] = Option("files/recent", list, [], "Recent workshops")
LAST_DIRECTORY: Option[str] = Option("files/last_directory", str, "", "Last folder used")

EXPORT_DIRECTORY: Option[str] = Option("files/export_directory", str, "", "Last export folder")

# The laptop's hotspot, for the Wi-Fi QR code beside the phone page's one.
# The password is kept here in plain text: it is shown to the whole room anyway.
WIFI_SSID: Option[str] = Option("phones/wifi_ssid", str, "", "Wi-Fi network name")
WIFI_PASSWORD: Option[str] = Option("phones/wifi_password", str, "", "Wi-Fi password")

ALL_OPTIONS = (LANGUAGE, RECENT_FILES, LAST_DIRECTORY, EXPORT_DIRECTORY, WIFI_SSID, WIFI_PASSWORD)


def _labels_for_translation() -> None:  # pragma: no cover - read by lupdate only
    QCoreApplication.translate("Settings", "Interface language")
    QCoreApplication.translate("Settings", "Recent workshops")
    QCoreApplication.translate("Settings", "Last folder used")
    QCoreApplication.translate("Settings", "Last export folder")
    QCoreApplication.translate("Settings", "Wi-Fi network name")
    QCoreApplication.translate("Settings", "Wi-Fi password")


class Settings:
    """Typed access to the declared options over an INI-format QSettings.

    `folder` holds `razem.ini` instead of the user's configuration folder
    (tests and benchmarks pass one so that they never touch the user's).
    """

    def __init__(self, folder: Path | None = None) -> None:
        if folder is None:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                "Razem", "Razem")
        else:
            self._q = QSettings(str(folder / "razem.ini"), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        value: Any = self._q.value(option.key, option.default)
        if option.type is list:
            if value is None:
                return option.default
            return list(value) if isinstance(value, (list, tuple)) else [str(value)]  # type: ignore[return-value]
        try:
            return option.type(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        self._q.setValue(option.key, value)
        self._q.sync()

    def language(self) -> str:
        value = self.get(LANGUAGE)
        return value if value in LANGUAGES else LANGUAGE.default

    def remember_file(self, path: str) -> None:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        self.set(RECENT_FILES, [path, *recent][:MAX_RECENT])

    def forget_file(self, path: str) -> None:
        self.set(RECENT_FILES, [p for p in self.get(RECENT_FILES) if p != path])
