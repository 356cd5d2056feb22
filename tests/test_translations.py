"""Every visible string is extracted, translated to Polish, and built."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workshop_app import i18n_build

TS_PL = i18n_build.TRANSLATIONS / "razem_pl.ts"


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in today's sources (into a scratch copy of the .ts)."""
    scratch = tmp_path_factory.mktemp("ts") / "razem_pl.ts"
    shutil.copy(TS_PL, scratch)
    i18n_build.lupdate(scratch, extra=("-no-obsolete",))
    return _messages(scratch)


def test_extraction_finds_the_strings_of_every_layer(extracted: dict) -> None:
    contexts = {context for context, _ in extracted}
    # Widgets (self.tr), shared labels, messages and the command line.
    assert {"MainWindow", "StartScreen", "Labels", "Messages", "cli", "argparse"} <= contexts
    assert len(extracted) > 100


def test_every_extracted_string_has_a_finished_polish_translation(extracted: dict) -> None:
    committed = _messages(TS_PL)
    missing = [key for key in extracted if key not in committed]
    assert not missing, f"run `make translations` and translate: {missing}"
    unfinished = [
        key for key, message in committed.items()
        if key in extracted and (message.find("translation").get("type") in ("unfinished", "vanished")
                                 or not "".join(message.find("translation").itertext()).strip())
    ]
    assert not unfinished, f"untranslated: {unfinished}"


def test_polish_plurals_have_three_forms() -> None:
    for (context, source), message in _messages(TS_PL).items():
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.find("translation").iter("numerusform")]
            assert len(forms) == 3 and all(forms), (context, source)


@pytest.mark.parametrize("language", i18n_build.LANGUAGES)
def test_committed_qm_is_built_from_the_committed_ts(language: str, tmp_path: Path) -> None:
    ts_file = i18n_build.TRANSLATIONS / f"razem_{language}.ts"
    built = tmp_path / "built.qm"
    i18n_build.lrelease(ts_file, built)
    assert built.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), "run `make translations`"
