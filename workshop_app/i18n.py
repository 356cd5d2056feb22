"""Loading translations: Razem's own (.qm built from resources/translations)
and Qt's (standard dialogs, context menus).

Source strings are English; Polish is the default interface language.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DEFAULT_LANGUAGE = "pl"
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources.files("workshop_app") / "resources" / "translations")


class _AcceleratorFallback(QTranslator):
    """Qt's own Polish file lacks some labels with an accelerator ("&Look in:",
    "Files of &type:" in the file dialog) while it has them without one
    ("Look in:"). This one answers those from Qt's file, with the accelerator
    on the first letter. Installed first, it is asked last: only for texts no
    other translator knows.
    """

    def __init__(self, qt: QTranslator) -> None:
        super().__init__()
        self._qt = qt

    def translate(self, context: str, source: str,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        # None, not "": an empty answer would stop Qt's search and blank the text.
        if "&" not in source:
            return None
        text = self._qt.translate(context, source.replace("&", "", 1), disambiguation, n)
        return f"&{text}" if text else None

    def isEmpty(self) -> bool:
        return False


def install(language: str) -> None:
    """Install the translators for `language` on the running QCoreApplication."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Polish if language == "pl"
                               else QLocale.Language.English))
    ours = QTranslator()
    # English is the source language; its file only carries plural forms.
    if ours.load(f"razem_{language}", translations_dir()):
        _installed.append(ours)
    qt = QTranslator()
    if language != "en" and qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed[:0] = [_AcceleratorFallback(qt)]
        _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
