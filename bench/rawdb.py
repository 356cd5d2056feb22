"""The baseline's database: plain `sqlite3`, same schema and pragmas as a workshop file.

The schema is copied from a real workshop file's `sqlite_master`, so the
baseline writes into an identical table (same columns, keys and indexes) and
the only difference left is the code path: Razem's store and service versus
one bare statement.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The pragmas WorkshopStore sets on every open (storage/store.py, _set_durability).
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")


def schema_of(workshop_file: Path) -> list[str]:
    """CREATE statements of a workshop file's tables and indexes, in creation order."""
    conn = sqlite3.connect(f"file:{workshop_file}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
    finally:
        conn.close()
    return [sql for (sql,) in rows]


def open_raw(path: Path, *, schema_from: Path | None = None) -> sqlite3.Connection:
    """Open (and, given `schema_from`, create) a raw database with the store's pragmas.

    Autocommit mode (`isolation_level=None`): the caller writes BEGIN/COMMIT itself.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    if schema_from is not None:
        for statement in schema_of(schema_from):
            conn.execute(statement)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    actual = tuple(conn.execute(f"PRAGMA {name}").fetchone()[0]
                   for name in ("journal_mode", "synchronous", "foreign_keys"))
    if actual != ("wal", 2, 1):
        raise RuntimeError(f"baseline pragmas refused: {actual}")
    return conn


def idea_columns(conn: sqlite3.Connection) -> list[str]:
    return [row[1] for row in conn.execute("PRAGMA table_info(ideas)")]
