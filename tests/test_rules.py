"""The rules every view shares, on small hand-made workshops (no Qt, no file).

Each rule lives in one function of `workshop_app.models`; these tests pin what
a moderator sees: which notes stack, which group a note is in, how groups are
counted, captions, tie places, sector order and search.
"""

from __future__ import annotations

from collections import Counter

import pytest

from workshop_app.models import (
    SECTOR_ORDER,
    Ballot,
    Cluster,
    Idea,
    Participant,
    Sector,
    competition_places,
    in_sector_order,
    sector_rank,
    tally_dots,
)
from workshop_app.models.captions import (
    NoteCaption,
    author_full,
    author_name,
    author_names,
    note_caption,
    search_text,
)
from workshop_app.models.groups import group_members, group_sizes, shown_cluster
from workshop_app.models.layout import NOTE_H, tidy_layout
from workshop_app.models.stacks import (
    follow_originals,
    stack_order,
    stack_sizes,
    stacked_ids,
    unstacked,
    with_stacked,
)
from workshop_app.models.text import brief, matches_query, one_line, pick_name, shorten

GONE = "2025-10-14T10:00:00+00:00"


def idea(idea_id: str, seq: int = 0, *, of: str | None = None, cluster: str | None = None,
         deleted: bool = False, **fields: object) -> Idea:
    return Idea(id=idea_id, text=f"idea {idea_id}", seq=seq, duplicate_of=of, cluster_id=cluster,
                deleted_at=GONE if deleted else None, **fields)  # type: ignore[arg-type]


# -- stacked duplicates --------------------------------------------------------------


def test_a_duplicate_of_a_live_idea_is_stacked_and_its_original_is_not() -> None:
    ideas = [idea("a", 1), idea("b", 2, of="a"), idea("c", 3)]
    assert stacked_ids(ideas) == {"b"}
    assert [i.id for i in unstacked(ideas)] == ["a", "c"]


def test_a_duplicate_whose_original_was_deleted_is_a_note_of_its_own_again() -> None:
    ideas = [idea("a", 1, deleted=True), idea("b", 2, of="a"), idea("c", 3, of="a")]
    assert stacked_ids(ideas) == set()
    assert [i.id for i in unstacked(ideas)] == ["b", "c"]
    assert stack_sizes(ideas) == {}


def test_a_deleted_duplicate_is_not_stacked_and_does_not_count_on_the_badge() -> None:
    ideas = [idea("a", 1), idea("b", 2, of="a", deleted=True), idea("c", 3, of="a")]
    assert stacked_ids(ideas) == {"c"}
    assert stack_sizes(ideas) == {"a": 1}
    assert [i.id for i in unstacked(ideas)] == ["a"]


def test_an_idea_pointing_at_itself_is_not_hidden_under_itself() -> None:
    ideas = [idea("a", 1, of="a")]
    assert stacked_ids(ideas) == set()
    assert stack_sizes(ideas) == {}
    assert [i.id for i in unstacked(ideas)] == ["a"]


def test_a_duplicate_of_an_idea_not_in_the_list_is_shown_on_its_own() -> None:
    assert stacked_ids([idea("b", 2, of="elsewhere")]) == set()


def test_stack_sizes_count_the_duplicates_on_each_original() -> None:
    ideas = [idea("a", 1), idea("b", 2, of="a"), idea("c", 3, of="a"), idea("d", 4),
             idea("e", 5, of="d")]
    assert stack_sizes(ideas) == {"a": 2, "d": 1}


def test_stack_order_puts_each_duplicate_right_after_its_original() -> None:
    ideas = [idea("a", 1), idea("b", 2), idea("c", 3, of="a"), idea("d", 4, of="b"),
             idea("e", 5, of="a")]
    assert [i.id for i in stack_order(ideas)] == ["a", "c", "e", "b", "d"]


def test_stack_order_keeps_a_duplicate_by_number_when_its_original_is_elsewhere() -> None:
    ideas = [idea("b", 2, of="gone"), idea("a", 1), idea("c", 3, of="a")]
    assert [i.id for i in stack_order(ideas)] == ["a", "c", "b"]


def test_with_stacked_adds_the_duplicates_once_each_and_keeps_the_order_given() -> None:
    ideas = [idea("a", 1), idea("b", 2, of="a"), idea("c", 3), idea("d", 4, of="c")]
    assert with_stacked(ideas, ["c", "a", "c"]) == ["c", "a", "b", "d"]
    assert with_stacked(ideas, ["b"]) == ["b"]  # a duplicate moves alone only when asked
    assert with_stacked(ideas, ["a", "b"]) == ["a", "b"]


def test_with_stacked_takes_deleted_duplicates_along_so_a_restored_one_is_back_on_its_stack() -> None:
    ideas = [idea("a", 1), idea("b", 2, of="a", deleted=True)]
    assert with_stacked(ideas, ["a"]) == ["a", "b"]


def test_a_duplicate_stands_where_its_original_stands_unless_placed_itself() -> None:
    ideas = [idea("a", 1), idea("b", 2, of="a"), idea("c", 3, of="a"), idea("d", 4, of="x")]
    placed = follow_originals(ideas, {"a": (10.0, 20.0), "c": (99.0, 99.0)})
    assert placed == {"a": (10.0, 20.0), "b": (10.0, 20.0), "c": (99.0, 99.0)}


# -- groups and "unplaced" -----------------------------------------------------------


def cluster(cluster_id: str, *, deleted: bool = False) -> Cluster:
    return Cluster(id=cluster_id, name=cluster_id.upper(), deleted_at=GONE if deleted else None)


def test_an_idea_whose_group_is_gone_counts_as_not_yet_grouped() -> None:
    ideas = [idea("a", 1, cluster="k"), idea("b", 2, cluster="gone"), idea("c", 3),
             idea("d", 4, cluster="dead")]
    grouping = group_members(ideas, [cluster("k"), cluster("dead", deleted=True)])
    assert {c: [i.id for i in m] for c, m in grouping.members.items()} == {"k": ["a"]}
    assert [i.id for i in grouping.unplaced] == ["b", "c", "d"]
    assert grouping.cluster_of() == {"a": "k"}
    assert [shown_cluster(i, {"k"}) for i in ideas] == ["k", None, None, None]


def test_groups_keep_the_order_of_the_clusters_given() -> None:
    grouping = group_members([idea("a", 1, cluster="y"), idea("b", 2, cluster="x")],
                             [cluster("y"), cluster("x")])
    assert list(grouping.members) == ["y", "x"]


def test_a_group_counts_its_live_ideas_and_not_the_duplicates_stacked_on_them() -> None:
    ideas = [idea("a", 1, cluster="k"), idea("b", 2, cluster="k", of="a"),
             idea("c", 3, cluster="k"), idea("d", 4, cluster="k", deleted=True),
             idea("e", 5, cluster="m")]
    ideas += [idea("f", 6), idea("g", 7, of="f"), idea("h", 8, cluster="gone")]
    assert group_sizes(ideas, [cluster("k"), cluster("m"), cluster("empty")]) == {
        "k": 2, "m": 1, "empty": 0, None: 2}


# -- tidy layout ---------------------------------------------------------------------


def test_tidy_puts_each_group_in_its_frame_and_the_rest_in_the_strip_below() -> None:
    ideas = [idea("a", 1, cluster="k"), idea("b", 2), idea("c", 3, cluster="gone"),
             idea("d", 4, cluster="k")]
    notes, frames = tidy_layout(ideas, [cluster("k")])
    assert set(frames) == {"k"}
    assert set(notes) == {"a", "b", "c", "d"}
    frame_y = frames["k"][1]
    strip = {i for i, (_, y) in notes.items() if y > frame_y + NOTE_H * 2}
    assert strip == {"b", "c"}  # the note whose group is gone is not left where it was


def test_tidy_stacks_duplicates_on_their_originals_and_skips_deleted_ideas() -> None:
    ideas = [idea("a", 1), idea("b", 2, of="a"), idea("c", 3), idea("x", 4, deleted=True)]
    notes, _ = tidy_layout(ideas, [])
    assert notes["b"] == notes["a"] != notes["c"]
    assert "x" not in notes


def test_tidy_gives_no_frame_to_a_deleted_cluster() -> None:
    _, frames = tidy_layout([idea("a", 1, cluster="dead")], [cluster("dead", deleted=True)])
    assert frames == {}


# -- captions ------------------------------------------------------------------------


def test_a_caption_has_sector_author_and_table_and_hides_the_author_when_anonymous() -> None:
    people = [Participant(id="p", sector=Sector.BUSINESS, name="Jan Nowak", organisation="UJ"),
              Participant(id="q", sector=Sector.NGO, organisation="Fundacja")]
    note = idea("a", 1, sector=Sector.BUSINESS, participant_id="p", table_label="Stół 3")
    authors = author_names(people)
    assert note_caption(note, authors, anonymous=False) == NoteCaption(
        Sector.BUSINESS, "Jan Nowak", "Stół 3")
    assert note_caption(note, authors, anonymous=True) == NoteCaption(Sector.BUSINESS, "", "Stół 3")
    assert authors["q"] == "Fundacja"  # no name: the organisation speaks


def test_a_caption_of_an_unknown_author_is_empty_not_an_error() -> None:
    note = idea("a", 1, participant_id="unknown")
    assert note_caption(note, {}, anonymous=False) == NoteCaption(None, "", "")


def test_authors_are_named_short_on_notes_and_in_full_in_lists() -> None:
    both = Participant(id="p", sector=Sector.ACADEMIA, name="Anna", organisation="AGH")
    alone = Participant(id="q", sector=Sector.ACADEMIA, organisation="AGH")
    nobody = Participant(id="r", sector=Sector.ACADEMIA)
    assert [author_name(p) for p in (both, alone, nobody)] == ["Anna", "AGH", ""]
    assert [author_full(p) for p in (both, alone, nobody)] == ["Anna · AGH", "AGH", ""]


def test_a_search_finds_an_idea_by_text_author_or_table_ignoring_case_and_diacritics() -> None:
    note = Idea(id="a", text="Żłobki przy uczelniach", table_label="Stół 2")
    haystack = search_text(note, "Łucja Kowalska · UJ")
    for query in ("zlobki", "LUCJA", "uj uczelniach", "stol 2"):
        assert matches_query(haystack, query), query
    assert not matches_query(haystack, "zlobki tramwaj")


# -- tie places ---------------------------------------------------------------------


@pytest.mark.parametrize(("points", "places"), [
    ([9, 7, 7, 3], [1, 2, 2, 4]),
    ([5, 5, 5], [1, 1, 1]),
    ([4, 3, 2, 2, 2, 0], [1, 2, 3, 3, 3, 6]),
    ([0, 0], [1, 1]),
    ([], []),
])
def test_equal_points_share_a_place_and_the_next_place_skips(points: list[int], places: list[int]) -> None:
    assert competition_places(points) == places


def test_standings_give_each_option_its_place_in_ranking_order() -> None:
    ballots = [Ballot(id="1", round_id="r", votes={"x": 3, "y": 2}),
               Ballot(id="2", round_id="r", votes={"z": 2, "w": 1})]
    assert tally_dots(ballots, ["w", "x", "y", "z", "v"]).standings() == [
        (1, "x", 3), (2, "y", 2), (2, "z", 2), (4, "w", 1), (5, "v", 0)]


# -- sector order ---------------------------------------------------------------------


def test_sectors_are_listed_in_roster_order_with_no_sector_last() -> None:
    assert SECTOR_ORDER[:3] == (Sector.LOCAL_GOVERNMENT, Sector.ACADEMIA, Sector.BUSINESS)
    assert SECTOR_ORDER[-1] is None
    assert sorted([None, Sector.OTHER, Sector.LOCAL_GOVERNMENT], key=sector_rank) == [
        Sector.LOCAL_GOVERNMENT, Sector.OTHER, None]


def test_a_breakdown_by_sector_adds_up_to_the_total_and_leaves_out_zeros() -> None:
    counts = Counter({None: 2, Sector.BUSINESS: 3, Sector.ACADEMIA: 0, Sector.LOCAL_GOVERNMENT: 1})
    assert in_sector_order(counts) == [(Sector.LOCAL_GOVERNMENT, 1), (Sector.BUSINESS, 3), (None, 2)]
    assert sum(n for _, n in in_sector_order(counts)) == sum(counts.values())


# -- text on one line, shortened, picked by name ---------------------------------------


def test_one_line_shows_where_the_line_breaks_were() -> None:
    assert one_line("pierwsza\ndruga\r\ntrzecia") == "pierwsza ⏎ druga ⏎ trzecia"
    assert one_line("jedna") == "jedna"


def test_shorten_never_exceeds_the_limit_and_marks_the_cut() -> None:
    assert shorten("krótki", 10) == "krótki"
    assert shorten("x" * 10, 10) == "x" * 10
    assert shorten("x" * 11, 10) == "x" * 9 + "…"
    assert len(shorten("ż" * 5000, 400)) == 400


def test_brief_keeps_a_listed_idea_on_one_line() -> None:
    assert brief("Pierwsza linia\n  druga\tlinia ", 80) == "Pierwsza linia druga linia"
    assert brief("słowo " * 30, 19) == "słowo słowo słowo …"


@pytest.mark.parametrize(("typed", "picked"), [
    ("transport", "Transport publiczny"),       # the first starting with it
    ("TRANSPORT PUBLICZNY", "Transport publiczny"),
    ("kadry", "Kadry"),                          # equal beats starting with
    ("lodz", "Port w Łodzi"),                    # containing it, diacritics ignored
    ("  zielen ", "Zieleń"),
    ("publiczny", "Transport publiczny"),        # the first containing it, wherever it stands
    ("rower", None),
    ("   ", None),
])
def test_pick_name_prefers_equal_then_starting_then_containing(typed: str, picked: str | None) -> None:
    names = ["Zieleń", "Port w Łodzi", "Transport publiczny", "Kadry dla firm", "Kadry"]
    assert pick_name(typed, names) == picked
