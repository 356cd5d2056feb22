"""The rule that tells an import repeated from an earlier one (models.imports)."""

from __future__ import annotations

from workshop_app.models.imports import import_overlap
from workshop_app.models.text import brief_words


def test_the_same_texts_again_are_a_repeat_ignoring_case_and_spaces() -> None:
    overlap = import_overlap(["Więcej  żłobków", "kolej co 15 minut\n"],
                             ["więcej żłobków", "Kolej co 15 minut", "Inny pomysł"])
    assert (overlap.present, overlap.total, overlap.is_repeat) == (2, 2, True)


def test_diacritics_count_and_each_idea_answers_for_one_text() -> None:
    assert import_overlap(["Łódź"], ["Lodz"]).present == 0
    twice = import_overlap(["Rower", "rower"], ["Rower"])
    assert (twice.present, twice.is_repeat) == (1, False)  # one of two: not more than half


def test_a_later_export_with_a_few_new_answers_is_a_repeat() -> None:
    old = [f"Pomysł {n}" for n in range(20)]
    assert import_overlap([*old, "Nowy 1", "Nowy 2"], old).is_repeat


def test_new_texts_and_an_empty_file_are_not_a_repeat() -> None:
    assert not import_overlap(["Nowe"], ["Stare"]).is_repeat
    assert not import_overlap([], ["Stare"]).is_repeat


def test_brief_words_ends_after_a_whole_word_with_an_ellipsis() -> None:
    text = "Coroczne badanie potrzeb kadrowych pracodawców w całej metropolii"
    assert brief_words(text, 60) == "Coroczne badanie potrzeb kadrowych pracodawców w całej…"
    assert brief_words("Krótki\n tekst", 60) == "Krótki tekst"
    assert brief_words("Superkalifragilistyczny", 10) == "Superkali…"
