"""TextAnalyzer: the words of notes in their dictionary form (lemmas).

Works on a whole set of notes at once so that an ambiguous word is read the
way the rest of the workshop uses it ("gmin" is the genitive of "gmina", not
the archaic noun "gmin", because other notes say "gmina", "gminie").
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from workshop_app.analysis.incremental import AnalysisState
from workshop_app.analysis.language import LanguageData, Reading
from workshop_app.analysis.stopwords import (
    is_stop_lemma,
)
from workshop_app.analysis.text import english_stem, fold, light_stem


@dataclass(frozen=True)
class Term:
    """One content word of a note: `key` for matching, `lemma` for people.

    `key` is the folded lemma ("uczelnia" -> "uczelnia", "szkoła" -> "szkola"),
    so text typed without diacritics matches; `lemma` is the dictionary form
    shown in explanations.
    """

    key: str
    lemma: str


@dataclass(frozen=True)
class AnalysedText:
    """The content words of one note, in order, and its language ("pl"/"en")."""

    terms: tuple[Term, ...]
    language: str

    @functools.cached_property
    def keys(self) -> tuple[str, ...]:
        """The terms' matching keys, in order."""
        return tuple(t.key for t in self.terms)

    @functools.cached_property
    def lemmas(self) -> tuple[str, ...]:
        """The terms' dictionary forms, in order."""
        return tuple(t.lemma for t in self.terms)


class TextAnalyzer:
    """Turns note texts into lemmas, with the dictionary or a fallback.

    Create it with `LanguageData.empty()` (or nothing) at start-up and give it
    the loaded data later with `with_data()`; every method works either way.
    """

    def __init__(self, data: LanguageData | None = None) -> None:
        self._data = data if data is not None else LanguageData.empty()

    @property
    def data(self) -> LanguageData:
        return self._data

    @property
    def has_dictionary(self) -> bool:
        """True once real language data is loaded (not the fallback)."""
        return self._data.available

    def with_data(self, data: LanguageData) -> TextAnalyzer:
        """A new analyzer using `data` (analyzers are shared across threads: no mutation)."""
        return TextAnalyzer(data)

    def lemmas(self, text: str) -> tuple[str, ...]:
        """The content words of one text in dictionary form, stop words removed."""
        return self.analyse([text])[0].lemmas

    def keys(self, text: str) -> tuple[str, ...]:
        """The matching keys of one text (folded lemmas)."""
        return self.analyse([text])[0].keys

    def analyse(self, texts: Sequence[str], check: Callable[[], None] = lambda: None,
                state: AnalysisState | None = None) -> list[AnalysedText]:
        """Analyse notes together; ambiguous words follow the majority reading.

        `check` is called every few hundred notes and may raise to cancel.
        `state` keeps what was learnt about a workshop's notes between calls,
        so a workshop re-analysed after one more note analyses one note; the
        answer is the same as from a fresh state (which is what None means).
        """
        if state is None:
            state = AnalysisState(self)
        return state.update(texts, check)

    def choose(self, word: str, language: str, readings: tuple[Reading, ...],
               support: Mapping[str, int]) -> Term | None:
        """The term of a word as written: its most plausible reading, and among
        equally plausible ones the one whose lemma more of the workshop's
        words can mean (`support`); None for a function or stop word."""
        return self._term(word, language, readings, support)

    def _term(self, word: str, language: str, readings: tuple[Reading, ...],
              support: Mapping[str, int]) -> Term | None:
        folded = fold(word)
        if language == "en" or not readings:
            # No dictionary reading: English, a typo, a name or an acronym.
            if language == "en":
                key = english_stem(folded)
                return None if is_stop_lemma(key) else Term(key, key)
            key = light_stem(folded)
            return None if is_stop_lemma(key) else Term(key, word.lower())
        best = min(readings, key=lambda r: (r.rank[0], -support.get(r.key, 0), r.rank[1:],
                                            r.lemma))
        if best.is_function_word or is_stop_lemma(best.key):
            return None
        return Term(best.key, best.lemma)
