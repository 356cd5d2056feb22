"""The workshop file's schema as ordered, atomic migrations.

Each step runs in one transaction together with its record in
`_sqlite_migrations` and the new `PRAGMA user_version` (sqlite-utils'
built-in `Migrations`), so a step that raises leaves the file as it was.
Append new steps; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

Step = tuple[str, Callable[[Database], None]]

# Every row: UUID text key, created/updated stamps (ISO-8601 UTC) so that
# files from several tables can later be merged; soft delete where users
# delete things.
_STAMPS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""
_SOFT = _STAMPS + """,
    deleted_at TEXT"""

_V1 = [
    f"""CREATE TABLE workshop (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    theme TEXT NOT NULL DEFAULT '',
    moderators TEXT NOT NULL DEFAULT '[]',
    anonymous INTEGER NOT NULL DEFAULT 0,
    current_phase TEXT NOT NULL DEFAULT 'setup',{_STAMPS})""",
    f"""CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL,{_SOFT})""",
    f"""CREATE TABLE objectives (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,{_SOFT})""",
    f"""CREATE TABLE phases (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,{_STAMPS})""",
    f"""CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    x REAL,
    y REAL,{_SOFT})""",
    f"""CREATE TABLE ideas (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    sector TEXT,
    participant_id TEXT REFERENCES participants(id),
    table_label TEXT NOT NULL DEFAULT '',
    cluster_id TEXT REFERENCES clusters(id),
    objective_id TEXT REFERENCES objectives(id),
    duplicate_of TEXT REFERENCES ideas(id),
    x REAL,
    y REAL,
    seq INTEGER NOT NULL,{_SOFT})""",
    "CREATE INDEX ideas_seq ON ideas(seq)",
    "CREATE INDEX ideas_cluster ON ideas(cluster_id)",
    f"""CREATE TABLE voting_rounds (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    target TEXT NOT NULL,
    method TEXT NOT NULL,
    dots_per_voter INTEGER NOT NULL,
    max_per_option INTEGER NOT NULL,
    status TEXT NOT NULL,
    opened_at TEXT,
    closed_at TEXT,{_STAMPS})""",
    f"""CREATE TABLE ballots (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES voting_rounds(id),
    participant_id TEXT REFERENCES participants(id),
    sector TEXT,
    votes TEXT NOT NULL,{_STAMPS})""",
    "CREATE INDEX ballots_round ON ballots(round_id)",
    f"""CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    rationale TEXT NOT NULL DEFAULT '',
    cluster_id TEXT REFERENCES clusters(id),
    format TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    slot TEXT NOT NULL DEFAULT '',
    track TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,{_SOFT})""",
]


def _v1_initial(db: Database) -> None:
    for statement in _V1:
        db.execute(statement)


# The undo history (storage/undo_log.py): one row per step, one per row it
# touched, with the row's before- and after-image as JSON. A step's number is
# never reused (AUTOINCREMENT), so the window can name the step it means; the
# touched rows live in their key's b-tree (WITHOUT ROWID): fewer pages a commit.
_V2 = [
    """CREATE TABLE undo_entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    done INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL)""",
    """CREATE TABLE undo_rows (
    entry INTEGER NOT NULL REFERENCES undo_entries(seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    before TEXT,
    after TEXT,
    PRIMARY KEY (entry, position)) WITHOUT ROWID""",
]


def _v2_undo_log(db: Database) -> None:
    for statement in _V2:
        db.execute(statement)


# Voting by dots, marks and rankings, from the screen, paper and phones
# (models/entities.py VotingRound, Ballot). Rounds of drafts and discarded
# ballots are deleted softly: undo brings them back, and the file keeps them.
_V3 = [
    "ALTER TABLE voting_rounds ADD COLUMN options TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE voting_rounds ADD COLUMN allow_stacking INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE voting_rounds ADD COLUMN axes TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE voting_rounds ADD COLUMN top_n INTEGER NOT NULL DEFAULT 3",
    "ALTER TABLE voting_rounds ADD COLUMN reopened_at TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE voting_rounds ADD COLUMN deleted_at TEXT",
    "ALTER TABLE ballots ADD COLUMN kind TEXT NOT NULL DEFAULT 'screen'",
    "ALTER TABLE ballots ADD COLUMN scores TEXT NOT NULL DEFAULT '{}'",
    "ALTER TABLE ballots ADD COLUMN ranking TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE ballots ADD COLUMN shown TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE ballots ADD COLUMN voters INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE ballots ADD COLUMN deleted_at TEXT",
]


def _v3_voting(db: Database) -> None:
    for statement in _V3:
        db.execute(statement)


# Next year's forum: agenda items with their lead, speakers, notes, carry-over
# mark and hand-marked conflicts; the frame as days (`forum_days`) and the
# tracks' rooms on the workshop row (models/entities.py AgendaItem, ForumDay).
_V4 = [
    "ALTER TABLE agenda_items ADD COLUMN lead TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agenda_items ADD COLUMN speakers TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agenda_items ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agenda_items ADD COLUMN carried_over INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE agenda_items ADD COLUMN conflicts TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE workshop ADD COLUMN rooms TEXT NOT NULL DEFAULT '[]'",
    f"""CREATE TABLE forum_days (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    start TEXT NOT NULL,
    finish TEXT NOT NULL,
    breaks TEXT NOT NULL DEFAULT '[]',
    lunch TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,{_STAMPS})""",
]


def _v4_agenda(db: Database) -> None:
    for statement in _V4:
        db.execute(statement)


# Ballots from phones: `device` is a digest of the phone's secret token, so
# that a phone sending again replaces its own ballot (services/phone_ops.py).
def _v5_phone(db: Database) -> None:
    db.execute("ALTER TABLE ballots ADD COLUMN device TEXT")


# Merging the files of parallel tables (services/merge_ops.py): an idea keeps
# the name of the file it was merged from (`merged_from`, '' for ideas written
# here); a participant joined with the same person from another file is kept
# as a removed row, and `participant_joins` says what to give back to it when
# the moderator separates the two again.
_V6 = [
    "ALTER TABLE ideas ADD COLUMN merged_from TEXT NOT NULL DEFAULT ''",
    f"""CREATE TABLE participant_joins (
    id TEXT PRIMARY KEY,
    kept_id TEXT NOT NULL REFERENCES participants(id),
    joined_id TEXT NOT NULL REFERENCES participants(id),
    ideas TEXT NOT NULL DEFAULT '[]',
    ballots TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL DEFAULT '',{_SOFT})""",
]


def _v6_merge(db: Database) -> None:
    for statement in _V6:
        db.execute(statement)


STEPS: tuple[Step, ...] = (("0001_initial", _v1_initial), ("0002_undo_log", _v2_undo_log),
                           ("0003_voting", _v3_voting), ("0004_agenda", _v4_agenda),
                           ("0005_phone", _v5_phone), ("0006_merge", _v6_merge))


def build_migrations(steps: Sequence[Step]) -> Migrations:
    """A sqlite-utils migration set whose n-th step also sets user_version n."""
    migrations = Migrations("razem")
    for number, (name, fn) in enumerate(steps, start=1):
        migrations(name=name)(_with_version(fn, number))
    return migrations


def _with_version(fn: Callable[[Database], None], number: int) -> Callable[[Database], None]:
    def step(db: Database) -> None:
        fn(db)
        # Inside the step's transaction: rolled back with it on failure.
        db.execute(f"PRAGMA user_version = {int(number)}")

    return step
