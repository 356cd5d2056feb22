"""Where an export may be written, and writing it so that it is never half there.

An output must never land on a workshop: not on the file it was made from,
not on any `.razem` file (by name or by content), its journal (`-wal`,
`-shm`, `-journal`) or its lock. Every output is written to a temporary file
beside the target and moved into place, so an interrupted export leaves the
old target (or nothing) behind, never half a file.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from workshop_app.storage import FILE_SUFFIX, WorkshopFileError
from workshop_app.storage.fileformat import APPLICATION_ID, read_header

# What SQLite and Razem keep beside a workshop file.
_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


class OutputProblem(enum.Enum):
    IS_INPUT = "is_input"  # the workshop being exported, or one of its companions
    IS_WORKSHOP = "is_workshop"  # another workshop file, or a companion of one
    IS_FOLDER = "is_folder"


class OutputRefused(Exception):
    """An output target that would destroy a workshop; nothing was written."""

    def __init__(self, problem: OutputProblem, target: Path) -> None:
        super().__init__(f"{problem.value}: {target}")
        self.problem = problem
        self.target = target


class Unencodable(Exception):
    """An export's encoding cannot hold these characters (the "Excel (polski)"
    CSV: Windows-1250); nothing was written. `characters` in order of first
    appearance, `ideas` the numbers of the ideas holding them."""

    def __init__(self, characters: Sequence[str], ideas: Sequence[int]) -> None:
        super().__init__("".join(characters))
        self.characters = tuple(characters)
        self.ideas = tuple(ideas)


def check_target(target: Path, *, inputs: Iterable[Path]) -> None:
    """Refuse (`OutputRefused`) a target that is, or belongs to, a workshop."""
    resolved = _resolved(target)
    for source in inputs:
        source = _resolved(source)
        if resolved == source or resolved in {source.with_name(source.name + c) for c in _COMPANIONS}:
            raise OutputRefused(OutputProblem.IS_INPUT, target)
    name = resolved.name.casefold()
    if name.endswith(FILE_SUFFIX) or any(name.endswith(FILE_SUFFIX + c) for c in _COMPANIONS):
        raise OutputRefused(OutputProblem.IS_WORKSHOP, target)
    if resolved.is_dir():
        raise OutputRefused(OutputProblem.IS_FOLDER, target)
    if resolved.is_file() and _is_workshop(resolved):
        raise OutputRefused(OutputProblem.IS_WORKSHOP, target)


def check_writable(target: Path) -> None:
    """Raise `OSError` now if `target` could not be written later: its folder
    is missing, not a folder, or read-only. Tried as the write will do it (a
    temporary file beside, removed at once), so an answer of the folder's
    permissions that the disk would not keep (a read-only mount) is not trusted."""
    fd, temp = _temporary_beside(Path(target))
    os.close(fd)
    os.unlink(temp)


def write_atomically(target: Path, data: bytes, *,
                     replace: Callable[[str, Path], None] | None = None) -> None:
    """Write `data` to a temporary file beside `target` (hidden, named
    `.TARGET.….part`, so a leftover is never taken for the output), flush it
    to disk, and move it into place with `replace` (`os.replace` unless
    given: the window's export passes one that may still cancel). `OSError`,
    or anything `replace` raises, leaves `target` as it was and removes the
    temporary file."""
    target = Path(target)
    fd, temp = _temporary_beside(target)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        (replace or os.replace)(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _temporary_beside(target: Path) -> tuple[int, str]:
    """A new, hidden temporary file beside `target`, open for writing. Its
    permissions are those a new file gets (the user's umask, as any program
    saving a file: a summary written to a shared folder can be read there),
    or the old target's when it is replaced."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None
    while True:
        temp = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        if mode is not None and hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):
                os.fchmod(fd, mode)
        return fd, temp


def write_output(target: Path, data: bytes, *, inputs: Iterable[Path]) -> None:
    """`data` at `target`, checked (`check_target`) and written as above."""
    check_target(target, inputs=inputs)
    write_atomically(target, data)


def json_bytes(document: object) -> bytes:
    """`document` as the UTF-8 JSON every export writes."""
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def write_json(target: Path, document: object, *, inputs: Iterable[Path]) -> None:
    """`document` as UTF-8 JSON at `target`, checked and written as above."""
    write_output(target, json_bytes(document), inputs=inputs)


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(Path(path).absolute()))


def _is_workshop(path: Path) -> bool:
    try:
        return read_header(path).application_id == APPLICATION_ID
    except (WorkshopFileError, OSError):
        return False
