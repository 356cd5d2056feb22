"""Pure rules: text hygiene, dot tallies, and the "what changed" value."""

from __future__ import annotations

import unicodedata

import pytest

from workshop_app.models import (
    MAX_IDEA_CHARS,
    MAX_TITLE_CHARS,
    Ballot,
    Sector,
    TextProblem,
    check_idea_text,
    check_title,
    clean_text,
    tally_dots,
)
from workshop_app.services import Changes

# -- clean_text ------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("a\x00b\x07c\x1bd\x7fe", "abcde"),          # NUL, BEL, ESC, DEL
    ("przed\x08po", "przedpo"),                    # backspace from a bad paste
    ("  \t spacje na brzegach \n ", "spacje na brzegach"),
    ("wiersz 1\r\nwiersz 2\rwiersz 3", "wiersz 1\nwiersz 2\nwiersz 3"),
    ("kol1\tkol2", "kol1\tkol2"),
    ("\x85nowa linia C1\x9b", "nowa linia C1"),
    # Vertical tab, form feed, NEL and Unicode separators break lines, never glue words.
    ("Park\vrowerowy\fna\x85Woli\u2028dla\u2029dzieci", "Park\nrowerowy\nna\nWoli\ndla\ndzieci"),
    ("\u200b\u200c\u200d\ufeff \u2060", ""),  # nothing visible: empty
    ("zero\u200bwidth", "zero\u200bwidth"),  # inside a word it stays
])
def test_clean_text_drops_controls_and_keeps_line_breaks_and_tabs(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize("text", [
    "<b>pogrubione</b> & <font color=red>czerwone</font> &amp; <script>x</script>",
    "Zażółć gęślą jaźń – ŹDŹBŁO, Łódź, „cytat”",
    "Rower 🚲, rodzina 👨\u200d👩\u200d👧, flaga 🇵🇱, skóra 👍🏽",
    "100% > 50% && a < b; 'apostrof' \"cudzysłów\"",
])
def test_clean_text_keeps_markup_polish_and_emoji_literally(text: str) -> None:
    assert clean_text(text) == text


def test_clean_text_composes_decomposed_polish_letters() -> None:
    decomposed = unicodedata.normalize("NFD", "Zażółć gęślą jaźń")
    assert decomposed != "Zażółć gęślą jaźń"
    assert clean_text(decomposed) == "Zażółć gęślą jaźń"


def test_clean_text_drops_lone_surrogates() -> None:
    assert clean_text("a\ud800b") == "ab"


# -- check_idea_text / check_title -------------------------------------------------


@pytest.mark.parametrize("raw", ["", "   ", "\n\t\n", "\x00\x01\x02", "\u00a0\u2003"])
def test_blank_idea_is_empty_after_cleaning(raw: str) -> None:
    assert check_idea_text(clean_text(raw)) is TextProblem.EMPTY


def test_idea_length_limit() -> None:
    assert check_idea_text("ż" * MAX_IDEA_CHARS) is None
    assert check_idea_text("ż" * (MAX_IDEA_CHARS + 1)) is TextProblem.TOO_LONG
    assert check_idea_text("x") is None


def test_title_limits() -> None:
    assert check_title("") is TextProblem.EMPTY
    assert check_title("T" * MAX_TITLE_CHARS) is None
    assert check_title("T" * (MAX_TITLE_CHARS + 1)) is TextProblem.TOO_LONG
    assert check_title("dwa\nwiersze") is TextProblem.TOO_LONG


# -- tally_dots --------------------------------------------------------------------


def ballot(votes: dict[str, int], sector: Sector | None) -> Ballot:
    return Ballot(id=f"b{len(votes)}{sector}", round_id="r", votes=votes, sector=sector)


BALLOTS = [
    ballot({"a": 2, "b": 1}, Sector.ACADEMIA),
    ballot({"a": 1, "c": 3}, Sector.BUSINESS),
    ballot({"c": 1, "b": 2, "ghost": 5}, Sector.ACADEMIA),
    ballot({"b": 1}, None),
]


def test_tally_adds_points_per_option_and_ignores_unknown_options() -> None:
    tally = tally_dots(BALLOTS, ["a", "b", "c", "d"])
    assert dict(tally.totals) == {"a": 3, "b": 4, "c": 4, "d": 0}
    assert "ghost" not in tally.totals
    assert sum(tally.totals.values()) == sum(
        p for b in BALLOTS for o, p in b.votes.items() if o != "ghost")


def test_tally_by_sector() -> None:
    tally = tally_dots(BALLOTS, ["a", "b", "c", "d"])
    assert dict(tally.by_sector["a"]) == {Sector.ACADEMIA: 2, Sector.BUSINESS: 1}
    assert dict(tally.by_sector["b"]) == {Sector.ACADEMIA: 3, None: 1}
    assert dict(tally.by_sector["c"]) == {Sector.BUSINESS: 3, Sector.ACADEMIA: 1}
    assert dict(tally.by_sector["d"]) == {}
    for option, per in tally.by_sector.items():
        assert sum(per.values()) == tally.totals[option]


def test_ranking_puts_most_points_first_and_breaks_ties_by_id() -> None:
    ranking = tally_dots(BALLOTS, ["d", "c", "b", "a"]).ranking()
    assert ranking == [("b", 4), ("c", 4), ("a", 3), ("d", 0)]


def test_ranking_does_not_depend_on_input_order() -> None:
    forward = tally_dots(BALLOTS, ["a", "b", "c", "d"]).ranking()
    backward = tally_dots(list(reversed(BALLOTS)), ["d", "c", "b", "a"]).ranking()
    assert forward == backward


def test_tally_with_no_ballots_is_all_zero() -> None:
    tally = tally_dots([], ["x", "y"])
    assert dict(tally.totals) == {"x": 0, "y": 0}
    assert tally.ranking() == [("x", 0), ("y", 0)]


# -- Changes -------------------------------------------------------------------------


def test_changes_merge_unions_every_kind() -> None:
    first = Changes(ideas=frozenset({"i1"}), clusters=frozenset({"c1"}), created="i1")
    second = Changes(ideas=frozenset({"i2"}), rounds=frozenset({"r1"}), workshop=True,
                     created="r1")
    merged = first | second
    assert merged.ideas == {"i1", "i2"}
    assert merged.clusters == {"c1"}
    assert merged.rounds == {"r1"}
    assert merged.workshop is True
    assert merged.phases is False
    assert merged.created == "i1"  # the first operation's new entity
    assert (Changes() | second).created == "r1"


def test_changes_truth_and_equality() -> None:
    assert not Changes()
    assert not Changes(created="x")  # naming a new id alone changes nothing
    assert Changes(phases=True)
    assert Changes(agenda=frozenset({"a"}))
    assert Changes(ideas=frozenset({"i"}), created="i") == Changes(ideas=frozenset({"i"}))
    assert Changes() | Changes() == Changes()
