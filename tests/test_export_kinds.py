"""Every export by kind, as the window's worker makes it: its own read-only
store, one moment of the file, cancellable until the file is in place."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from workshop_app.cli import _EXPORTS
from workshop_app.exports.kinds import CancelGate, ExportCancelled, ExportKind, export_file
from workshop_app.exports.output import OutputRefused, write_atomically
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.storage import WorkshopStore


def test_the_command_line_offers_every_kind() -> None:
    assert set(_EXPORTS) == {kind.value for kind in ExportKind}


def test_a_read_transaction_sees_one_moment_while_the_window_writes(demo_service: WorkshopService) -> None:
    with WorkshopStore.open(demo_service.store.path, read_only=True) as store:
        reader = WorkshopService(store)
        before = len(reader.ideas())
        with store.reading():
            assert len(reader.ideas()) == before
            demo_service.add_idea(idea=NewIdea(text="Dodany w trakcie eksportu"))
            assert len(reader.ideas()) == before  # the clusters read next match these ideas
        assert len(reader.ideas()) == before + 1


@pytest.mark.parametrize("kind", list(ExportKind))
def test_every_kind_is_written_while_the_window_has_the_file_open(
        polish: None, demo_service: WorkshopService, tmp_path: Path, kind: ExportKind) -> None:
    target = tmp_path / f"out-{kind.value}"
    made = export_file(demo_service.store.path, kind, target)
    assert target.read_bytes() == made.data and made.data
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == [target.name]


def test_a_cancelled_export_writes_nothing(polish: None, demo_service: WorkshopService, tmp_path: Path) -> None:
    target = tmp_path / "podsumowanie.pdf"
    target.write_bytes(b"stare")
    steps: list[int] = []
    cancelled = threading.Event()

    def step(done: int, _total: int) -> None:
        steps.append(done)
        cancelled.set()  # as if Cancel were pressed now, mid-build

    with pytest.raises(ExportCancelled):
        export_file(demo_service.store.path, ExportKind.SUMMARY, target, cancelled=cancelled, on_progress=step)
    assert len(steps) == 1  # the build stopped at its next step
    assert target.read_bytes() == b"stare" and [p.name for p in tmp_path.iterdir()
                                                if p.name.startswith(("podsum", ".podsum"))] == [target.name]


def test_a_workshop_is_refused_before_it_is_read(demo_service: WorkshopService, tmp_path: Path) -> None:
    with pytest.raises(OutputRefused):
        export_file(demo_service.store.path, ExportKind.JSON, demo_service.store.path)


def test_a_cancel_too_late_is_refused_and_one_in_time_writes_nothing(tmp_path: Path) -> None:
    gate = CancelGate()
    temp, target = tmp_path / ".x.part", tmp_path / "x.csv"
    temp.write_bytes(b"a;b")
    gate.replace(str(temp), target)
    assert gate.cancel() is False and target.read_bytes() == b"a;b"
    early = CancelGate()
    assert early.cancel() is True
    temp.write_bytes(b"c")
    with pytest.raises(ExportCancelled):
        early.replace(str(temp), target)
    assert target.read_bytes() == b"a;b"


def test_an_export_can_be_read_like_any_saved_file(tmp_path: Path) -> None:
    """Not only by its owner (the folder may be shared); a replaced file keeps its permissions."""
    mask = os.umask(0o022)
    try:
        fresh = tmp_path / "podsumowanie.pdf"
        write_atomically(fresh, b"%PDF-")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "pomysly.csv"
        kept.write_bytes(b"stare")
        kept.chmod(0o640)
        write_atomically(kept, b"nowe")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_bytes() == b"nowe"
    finally:
        os.umask(mask)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["podsumowanie.pdf", "pomysly.csv"]
