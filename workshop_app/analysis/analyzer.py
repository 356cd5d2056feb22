"""TextAnalyzer: the words of notes in their dictionary form (lemmas).

Works on a whole set of notes at once so that an ambiguous word is read the
way the rest of the workshop uses it ("gmin" is the genitive of "gmina", not
the archaic noun "gmin", because other notes say "gmina", "gminie").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workshop_app.analysis.language import LanguageData, Reading
from workshop_app.analysis.stopwords import (
    ENGLISH,
    POLISH_FORMS,
    is_stop_form,
    is_stop_lemma,
)
from workshop_app.analysis.text import english_stem, fold, light_stem, words

_POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_ENGLISH_ONLY = ENGLISH - POLISH_FORMS
_POLISH_ONLY = POLISH_FORMS - ENGLISH


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
        return tuple(t.lemma for t in self.analyse([text])[0].terms)

    def keys(self, text: str) -> tuple[str, ...]:
        """The matching keys of one text (folded lemmas)."""
        return tuple(t.key for t in self.analyse([text])[0].terms)

    def analyse(self, texts: Sequence[str], check: Callable[[], None] = lambda: None
                ) -> list[AnalysedText]:
        """Analyse notes together; ambiguous words follow the majority reading.

        `check` is called every few hundred notes and may raise to cancel.
        """
        tokenised = []
        for n, text in enumerate(texts):
            if n % 256 == 0:
                check()
            tokenised.append([w for w in words(text) if not is_stop_form(fold(w))])
        languages = [_language(t) for t in texts]
        readings = {w: self._data.readings(w) for ws in tokenised for w in ws}
        check()
        support = Counter(r.key for rs in readings.values() for r in set(rs))
        chosen: list[list[Term]] = []
        for ws, language in zip(tokenised, languages, strict=True):
            terms = (self._term(w, language, readings[w], support) for w in ws)
            chosen.append([t for t in terms if t is not None])
        display = _display_lemmas(chosen)
        return [AnalysedText(tuple(Term(t.key, display[t.key]) for t in terms), language)
                for terms, language in zip(chosen, languages, strict=True)]

    def _term(self, word: str, language: str, readings: tuple[Reading, ...],
              support: Counter[str]) -> Term | None:
        folded = fold(word)
        if language == "en" or not readings:
            # No dictionary reading: English, a typo, a name or an acronym.
            if language == "en":
                key = english_stem(folded)
                return None if is_stop_lemma(key) else Term(key, key)
            key = light_stem(folded)
            return None if is_stop_lemma(key) else Term(key, word.lower())
        best = min(readings, key=lambda r: (r.rank[0], -support[r.key], r.rank[1:], r.lemma))
        if best.is_function_word or is_stop_lemma(best.key):
            return None
        return Term(best.key, best.lemma)


def _language(text: str) -> str:
    """ "en" for a note that reads as English, otherwise "pl" (the default)."""
    folded = [fold(w) for w in words(text)]
    english = sum(w in _ENGLISH_ONLY for w in folded)
    polish = sum(w in _POLISH_ONLY for w in folded)
    if any(ch in _POLISH_LETTERS for ch in text):
        polish += 1
    return "en" if english > polish else "pl"


def _display_lemmas(chosen: list[list[Term]]) -> dict[str, str]:
    """The most common shown form of each key (ties: with diacritics, shorter, A-Z)."""
    forms: dict[str, Counter[str]] = {}
    for terms in chosen:
        for term in terms:
            forms.setdefault(term.key, Counter())[term.lemma] += 1
    return {key: min(c, key=lambda f: (-c[f], f == fold(f), len(f), f)) for key, c in forms.items()}
