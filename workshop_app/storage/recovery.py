"""Copy what is readable of a damaged workshop into a new file.

The damaged file is only read (SQLite's immutable mode: no journal replayed,
nothing written). Row by row, every row that decodes as the program would
read it is copied; the rest is counted. References that point at a row that
did not survive (an idea's group, author, objective or original; an agenda
item's group) are cleared, and ballots of a lost round are left out, so the
new file is a whole workshop. The undo history is not copied.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workshop_app import held_files
from workshop_app.models import (
    AgendaItem,
    Ballot,
    Cluster,
    Idea,
    Objective,
    Participant,
    VotingRound,
    Workshop,
)
from workshop_app.models.ids import new_id
from workshop_app.storage.codec import from_row
from workshop_app.storage.errors import StorageEnvironmentError
from workshop_app.storage.fileformat import header_damage, repaired_header
from workshop_app.storage.store import TABLES, WorkshopStore


@dataclass(slots=True)
class Recovery:
    """What was copied (kept) and left out (lost), per table name."""

    kept: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)


def recover(source: Path, target: Path) -> Recovery:
    """Build `target` (which must not exist) from what is readable in `source`."""
    report = Recovery()
    with _readable(source) as readable:
        rows = {cls: list(_rows(readable, cls, report)) for cls in TABLES}
    workshops = rows.pop(Workshop)
    workshop = workshops[0] if workshops else Workshop(id=new_id(), title=source.stem or "?")
    with WorkshopStore.create(target, workshop=workshop, fill=lambda store: _fill(store, rows)):
        pass
    return report


@contextlib.contextmanager
def _readable(source: Path) -> Iterator[Path]:
    """`source`, or, when only its header is damaged (SQLite would read
    nothing), a private copy with the header repaired; removed after."""
    try:
        damaged = header_damage(held_files.read_bytes(source, 100))
    except OSError as exc:
        raise StorageEnvironmentError(source, exc.strerror or str(exc)) from exc
    if not damaged:
        yield source
        return
    with tempfile.TemporaryDirectory(prefix="razem-recover-") as folder:
        copy = Path(folder) / "copy.razem"
        try:
            held_files.copy_out(source, copy)
            with copy.open("r+b") as raw:
                header = raw.read(100)
                raw.seek(0)
                raw.write(repaired_header(header))
        except OSError as exc:
            raise StorageEnvironmentError(source, exc.strerror or str(exc)) from exc
        yield copy


def _rows(source: Path, cls: type, report: Recovery) -> Iterator[Any]:
    table = TABLES[cls]
    report.kept[table] = report.lost[table] = 0
    try:
        conn = sqlite3.connect(source.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise StorageEnvironmentError(source, str(exc)) from exc
    conn.text_factory = bytes  # decode here, so one bad text costs one row, not the table
    try:
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        while True:
            try:
                row = cursor.fetchone()
            except sqlite3.Error:
                report.lost[table] += 1  # the rest of this table cannot be read
                return
            if row is None:
                return
            try:
                values = {n: v.decode("utf-8") if isinstance(v, bytes) else v
                          for n, v in zip(names, row, strict=True)}
                entity: Any = from_row(cls, values)
            except (ValueError, TypeError, KeyError, UnicodeDecodeError):
                report.lost[table] += 1
                continue
            report.kept[table] += 1
            yield entity
    except sqlite3.Error:
        return  # the table itself is gone
    finally:
        conn.close()


def _fill(store: WorkshopStore, rows: dict[type, list[Any]]) -> None:
    ids = {cls: {e.id for e in found} for cls, found in rows.items()}

    def known(cls: type, value: str | None) -> str | None:
        return value if value in ids[cls] else None

    with store.transaction():
        store._raw("PRAGMA defer_foreign_keys = ON")
        for cls, found in rows.items():
            for entity in found:
                if cls is Idea:
                    entity = replace(entity, cluster_id=known(Cluster, entity.cluster_id),
                                     participant_id=known(Participant, entity.participant_id),
                                     objective_id=known(Objective, entity.objective_id),
                                     duplicate_of=known(Idea, entity.duplicate_of))
                elif cls is AgendaItem:
                    entity = replace(entity, cluster_id=known(Cluster, entity.cluster_id))
                elif cls is Ballot:
                    if entity.round_id not in ids[VotingRound]:
                        continue
                    entity = replace(entity, participant_id=known(Participant, entity.participant_id))
                store.insert(entity)
