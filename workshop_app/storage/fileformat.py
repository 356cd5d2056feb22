"""What makes a file a Razem workshop file, checked without opening SQLite.

Reading the 100-byte SQLite header ourselves lets us refuse a foreign, empty,
truncated or newer file before SQLite gets a chance to touch it (SQLite
happily turns an empty file into a fresh database).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from workshop_app import held_files
from workshop_app.held_files import read_at
from workshop_app.storage.errors import FileProblem, StorageEnvironmentError, WorkshopFileError

FILE_SUFFIX = ".razem"
# "RAZM" as a big-endian 32-bit integer, stored in PRAGMA application_id.
APPLICATION_ID = 0x52415A4D
# The schema version this build writes; PRAGMA user_version holds the file's.
SCHEMA_VERSION = 6

_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
# No Razem will ever write a schema version this high: a larger number in the
# header is damage (bytes overwritten), not a file from a newer Razem.
_NO_REAL_VERSION = 1000


@dataclass(frozen=True, slots=True)
class HeaderFacts:
    application_id: int
    user_version: int
    page_size: int


def _u32(header: bytes, offset: int) -> int:
    return int.from_bytes(header[offset : offset + 4], "big")


def read_header(path: Path) -> HeaderFacts:
    """Check `path` is a complete SQLite file and return its header facts.

    Raises `WorkshopFileError` for missing, empty, non-SQLite and truncated
    files. Reads only; never writes.
    """
    try:
        # Through `held_files`: closing a descriptor of a file this process has
        # open in SQLite would drop SQLite's locks on it.
        with held_files.opened(path) as fd:
            size = os.fstat(fd).st_size
            header = read_at(fd, _HEADER_SIZE, 0)
    except FileNotFoundError:
        raise WorkshopFileError(FileProblem.NOT_FOUND, path) from None
    except IsADirectoryError:
        raise WorkshopFileError(FileProblem.NOT_SQLITE, path) from None
    except OSError as exc:  # a name too long, no permission, a device error
        raise StorageEnvironmentError(path, exc.strerror or str(exc)) from exc
    if size == 0:
        raise WorkshopFileError(FileProblem.EMPTY, path)
    if not header.startswith(_MAGIC[: len(header)]):
        raise WorkshopFileError(FileProblem.NOT_SQLITE, path)
    if len(header) < _HEADER_SIZE:
        raise WorkshopFileError(FileProblem.TRUNCATED, path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise WorkshopFileError(FileProblem.CORRUPT, path, detail="page size")
    # The in-header page count is valid when its "version-valid-for" number
    # matches the change counter (SQLite >= 3.7.0 always writes both).
    page_count = _u32(header, 28)
    counted = _u32(header, 92) == _u32(header, 24)
    if size % page_size or (counted and page_count * page_size > size):
        raise WorkshopFileError(FileProblem.TRUNCATED, path)
    if damage := _impossible(header):
        raise WorkshopFileError(FileProblem.CORRUPT, path, detail=damage)
    return HeaderFacts(
        application_id=_u32(header, 68),
        user_version=_u32(header, 60),
        page_size=page_size,
    )


def _impossible(header: bytes) -> str:
    """Which field of a header of the right size holds a value SQLite never
    writes (https://sqlite.org/fileformat.html#the_database_header), or "".
    SQLite would refuse some of them only at the first query, in words of its
    own ("unsupported file format"), and ignore others."""
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return "read/write version"
    if header[21:24] != bytes((64, 32, 32)):
        return "payload fractions"
    # 0: a database with no table yet (another program's, empty).
    if not 0 <= _u32(header, 44) <= 4:
        return "schema format"
    if _u32(header, 56) not in (0, 1, 2, 3):
        return "text encoding"
    if _u32(header, 60) > _NO_REAL_VERSION:
        return "user version"
    if any(header[72:92]):
        return "reserved bytes"
    return ""


def repaired_header(header: bytes) -> bytes:
    """`header` with every field `_impossible` finds set to a value SQLite
    writes (rollback-journal versions, the fixed payload fractions, schema
    format 4, UTF-8 as Razem writes it, reserved bytes zero): what a recovery
    reads a file whose header alone is damaged through."""
    fixed = bytearray(header)
    if fixed[18] not in (1, 2) or fixed[19] not in (1, 2):
        fixed[18:20] = b"\x01\x01"
    fixed[21:24] = bytes((64, 32, 32))
    if not 1 <= _u32(header, 44) <= 4:
        fixed[44:48] = (4).to_bytes(4, "big")
    if _u32(header, 56) not in (1, 2, 3):
        fixed[56:60] = (1).to_bytes(4, "big")
    fixed[72:92] = bytes(20)
    return bytes(fixed)


def header_damage(header: bytes) -> str:
    """Which field of a complete 100-byte header is impossible ("" if none)."""
    return _impossible(header) if len(header) >= _HEADER_SIZE else ""


def check_ours(path: Path, facts: HeaderFacts, *, newest: int = SCHEMA_VERSION) -> None:
    """Refuse a file of another program or of a newer Razem."""
    if facts.application_id != APPLICATION_ID:
        raise WorkshopFileError(FileProblem.FOREIGN_SQLITE, path)
    if facts.user_version > newest:
        raise WorkshopFileError(
            FileProblem.NEWER_VERSION, path, file_version=facts.user_version
        )
