"""What a service call changed, and why it refused to change anything."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields, replace


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids touched by one operation, per kind, so views refresh only those.

    `created` is the id of the entity an "add" operation made; `undo_entry`
    the number of the undo step the operation recorded (None when it
    recorded none); `initiator` names who asked for the change (the GUI
    sets it to the widget, so that widget can skip its own reload). None of
    the three takes part in comparisons.
    """

    workshop: bool = False
    ideas: frozenset[str] = frozenset()
    clusters: frozenset[str] = frozenset()
    participants: frozenset[str] = frozenset()
    objectives: frozenset[str] = frozenset()
    phases: bool = False
    rounds: frozenset[str] = frozenset()
    agenda: frozenset[str] = frozenset()
    frame: bool = False
    created: str | None = field(default=None, compare=False)
    undo_entry: int | None = field(default=None, compare=False)
    initiator: object | None = field(default=None, compare=False)

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)
                  if f.compare}
        return Changes(**merged, created=self.created or other.created,
                       undo_entry=self.undo_entry or other.undo_entry,
                       initiator=self.initiator or other.initiator)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.compare)

    def by(self, initiator: object) -> Changes:
        """The same changes, made at the request of `initiator`."""
        return replace(self, initiator=initiator)


class Op(enum.Enum):
    """The user operations that are undo steps. The value is stored in the
    workshop file's undo history; `messages.operation_label` words it."""

    ADD_IDEA = "add_idea"
    PASTE_IDEAS = "paste_ideas"
    IMPORT_IDEAS = "import_ideas"
    EDIT_IDEA = "edit_idea"
    LINK_OBJECTIVE = "link_objective"
    DELETE_IDEAS = "delete_ideas"
    RESTORE_IDEAS = "restore_ideas"
    EDIT_WORKSHOP = "edit_workshop"
    ADD_PARTICIPANT = "add_participant"
    IMPORT_PARTICIPANTS = "import_participants"
    EDIT_PARTICIPANT = "edit_participant"
    REMOVE_PARTICIPANTS = "remove_participants"
    RESTORE_PARTICIPANTS = "restore_participants"
    ADD_OBJECTIVE = "add_objective"
    EDIT_OBJECTIVE = "edit_objective"
    REMOVE_OBJECTIVES = "remove_objectives"
    RESTORE_OBJECTIVES = "restore_objectives"
    CHANGE_PLAN = "change_plan"
    GROUP = "group"
    MOVE_NOTES = "move_notes"
    ADD_TO_GROUP = "add_to_group"
    TAKE_OUT_OF_GROUP = "take_out_of_group"
    RENAME_GROUP = "rename_group"
    MERGE_GROUPS = "merge_groups"
    UNGROUP = "ungroup"
    MARK_DUPLICATE = "mark_duplicate"
    ACCEPT_GROUPS = "accept_groups"
    TIDY = "tidy"
    ADD_ROUND = "add_round"
    UPDATE_ROUND = "update_round"
    DELETE_ROUND = "delete_round"
    OPEN_ROUND = "open_round"
    CLOSE_ROUND = "close_round"
    REOPEN_ROUND = "reopen_round"
    CAST_BALLOT = "cast_ballot"
    ENTER_TALLY = "enter_tally"
    DISCARD_BALLOT = "discard_ballot"
    DISCARD_PHONE_BALLOT = "discard_phone_ballot"
    ADD_AGENDA_ITEM = "add_agenda_item"
    DELETE_AGENDA_ITEM = "delete_agenda_item"
    EDIT_AGENDA_ITEM = "edit_agenda_item"
    REORDER_AGENDA = "reorder_agenda"
    SET_FRAME = "set_frame"
    APPLY_SCHEDULE = "apply_schedule"
    CARRY_OVER = "carry_over"
    MERGE_WORKSHOPS = "merge_workshops"
    UNJOIN_PARTICIPANT = "unjoin_participant"


class RefusalReason(enum.Enum):
    EMPTY_TEXT = "empty_text"
    TEXT_TOO_LONG = "text_too_long"
    NOT_FOUND = "not_found"
    INVALID_VALUE = "invalid_value"
    ROUND_NOT_OPEN = "round_not_open"
    ROUND_CLOSED = "round_closed"
    TOO_MANY_DOTS = "too_many_dots"
    TOO_MANY_ON_OPTION = "too_many_on_option"
    UNKNOWN_OPTION = "unknown_option"
    ROUND_NOT_DRAFT = "round_not_draft"
    ROUND_ALREADY_OPEN = "round_already_open"
    ROUND_NOT_CLOSED = "round_not_closed"
    NO_OPTIONS = "no_options"
    WRONG_BALLOT = "wrong_ballot"
    BALLOT_INCOMPLETE = "ballot_incomplete"
    INVALID_MARK = "invalid_mark"
    INVALID_RANKING = "invalid_ranking"
    TALLY_NEEDS_DOTS = "tally_needs_dots"
    EMPTY_TALLY = "empty_tally"
    # A dots ballot without a dot (walk-up or phone; paper tallies refuse
    # an empty tally with EMPTY_TALLY).
    EMPTY_BALLOT = "empty_ballot"
    NO_BALLOT = "no_ballot"
    ALREADY_VOTED = "already_voted"
    # The workshop was opened for reading only (a read-only file or folder).
    READ_ONLY = "read_only"
    INVALID_DURATION = "invalid_duration"
    INVALID_SLOT = "invalid_slot"
    SELF_CONFLICT = "self_conflict"
    AGENDA_ORDER_MISMATCH = "agenda_order_mismatch"
    # The forum's frame; the detail names the day (its date as typed).
    INVALID_FRAME_DAY = "invalid_frame_day"  # the date
    INVALID_FRAME_START = "invalid_frame_start"
    INVALID_FRAME_END = "invalid_frame_end"
    FRAME_END_BEFORE_START = "frame_end_before_start"
    INVALID_BREAK = "invalid_break"
    INVALID_LUNCH = "invalid_lunch"
    DUPLICATE_DAY = "duplicate_day"
    NO_TRACKS = "no_tracks"
    DUPLICATE_ROOM = "duplicate_room"
    # Carrying over last year's topics: the chosen file is this workshop (or
    # a copy of it); no topic was chosen; every chosen one is on the agenda.
    SAME_WORKSHOP = "same_workshop"
    NO_TOPIC_CHOSEN = "no_topic_chosen"
    TOPICS_ON_AGENDA = "topics_on_agenda"
    # Adding a topic whose title (`models.text.title_key`) or group is on the
    # agenda already; the detail is the item's title.
    TOPIC_ON_AGENDA = "topic_on_agenda"
    # Writing a table's ideas to a file of their own (services/split_ops.py):
    # the target is this workshop's file (or its journal, its lock); no live
    # idea has the table label (the detail); nothing was chosen.
    SPLIT_ONTO_WORKSHOP = "split_onto_workshop"
    UNKNOWN_TABLE = "unknown_table"
    NOTHING_TO_SPLIT = "nothing_to_split"
    # Undo/redo: the file's history is not what the window's history says
    # (e.g. changed by another window of the same file).
    HISTORY_CHANGED = "history_changed"
    # Merging workshop files: no source file was given; a source is this
    # workshop's own file (the detail: its path); the workshop changed since
    # the merge was planned (plan again: the preview must show what is done);
    # a participant join was separated already.
    NO_MERGE_SOURCE = "no_merge_source"
    MERGE_SOURCE_IS_TARGET = "merge_source_is_target"
    MERGE_PLAN_STALE = "merge_plan_stale"
    JOIN_UNDONE = "join_undone"


class Refused(Exception):
    """A user operation was refused; nothing was changed."""

    def __init__(self, reason: RefusalReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}" + (f": {detail}" if detail else ""))
        self.reason = reason
        self.detail = detail
