"""A workshop on a read-only file or in a read-only folder: looked at and
exported, never changed, nothing left beside it.

The tests run as root, whom file permissions do not stop; the immutable flag
(`chattr +i`) does, so it stands in for a read-only file or folder (a USB
stick locked for writing, a shared folder with read rights only).
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from workshop_app.app import AppController
from workshop_app.models import PhaseKind
from workshop_app.services import NewIdea, RefusalReason, WorkshopService
from workshop_app.services.demo import write_demo
from workshop_app.settings import Settings
from workshop_app.storage import StorageEnvironmentError, WorkshopStore
from workshop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("polish")


def chattr(flag: str, path: Path) -> None:
    subprocess.run(["chattr", flag, str(path)], check=True, capture_output=True)


@pytest.fixture(params=["file", "folder"])
def locked(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """The demo workshop in a folder of its own, the file or the folder made read-only."""
    folder = tmp_path / "pendrive"
    folder.mkdir()
    path = folder / "warsztat.razem"
    write_demo(path)
    target = path if request.param == "file" else folder
    chattr("+i", target)
    # Root could write anyway if the flag did not hold: the tests would prove nothing.
    with pytest.raises(PermissionError):
        if request.param == "file":
            path.open("ab").close()
        else:
            (folder / "nowy.txt").write_text("x")
    try:
        yield path
    finally:
        chattr("-i", target)


def listing(path: Path) -> list[tuple[str, str]]:
    return sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest())
                  for p in path.parent.iterdir())


def test_the_file_is_read_whole_and_nothing_is_left_beside_it(locked: Path) -> None:
    before = listing(locked)
    with pytest.raises(StorageEnvironmentError):
        WorkshopStore.open(locked)  # a writer is refused, with the machine's reason
    with WorkshopStore.open(locked, read_only=True) as store:
        assert len(WorkshopService(store).ideas()) > 20
    assert listing(locked) == before


def test_the_commands_export_it_and_refuse_to_change_it(locked: Path, tmp_path: Path) -> None:
    from tests.test_cli import run_process

    before = listing(locked)
    out = tmp_path / "eksport.json"
    exported = run_process("export", str(locked), "--json", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "Kadry" in out.read_text(encoding="utf-8")
    source = tmp_path / "nowe.csv"
    source.write_text("Pomysł\nNowa linia tramwajowa\n", encoding="utf-8")
    imported = run_process("import", str(locked), str(source))
    assert imported.returncode == 1
    assert "Traceback" not in imported.stderr and str(locked.name) in imported.stderr
    assert listing(locked) == before


def test_the_window_opens_it_for_reading_with_a_banner(
        qtbot: QtBot, locked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    before = listing(locked)
    controller = AppController(Settings(tmp_path / "config"), data_dir=tmp_path / "data")
    controller.show_start()
    try:
        assert controller.open_path(locked)
        window = controller.window
        assert isinstance(window, MainWindow) and not warnings
        qtbot.waitExposed(window)
        banner = window.read_only_banner
        assert banner.isVisible() and "tylko do odczytu" in banner.text().lower()
        session = window.session
        refusals: list[RefusalReason] = []
        session.refused.connect(lambda refusal: refusals.append(refusal.reason))
        assert session.run(session.service.add_idea, idea=NewIdea("Nowa linia")) is None
        assert refusals == [RefusalReason.READ_ONLY]
        window.show_phase(PhaseKind.PRIORITISE)  # looking around changes nothing
        assert session.phase() is PhaseKind.PRIORITISE
        window.show_phase(PhaseKind.GATHER)
        copy = tmp_path / "kopia.razem"
        assert controller.save_copy_to(copy)  # the way to go on working
    finally:
        controller._close_store()
        if controller.window is not None:
            controller.window.close()
    assert listing(locked) == before
    with WorkshopStore.open(copy) as store:  # the copy is an ordinary, writable workshop
        WorkshopService(store).add_idea(idea=NewIdea("Nowa linia w kopii"))
