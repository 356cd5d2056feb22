"""Language data: the Polish morphological dictionary (Morfeusz 2 with SGJP).

`load_language_data()` is the one slow call (about 0.1 s and 55 MB here); run
it in a worker thread and hand the result to `TextAnalyzer`. Until then, or if
the `morfeusz2` package is missing, the analyzer works with `LanguageData.empty()`
and a light stemmer (degraded but never blocking).
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from workshop_app.analysis.text import fold

# Plain ASCII letter -> the Polish letters it may stand for when typed without diacritics.
_DIACRITIC_CHOICES = {"a": "aą", "c": "cć", "e": "eę", "l": "lł", "n": "nń",
                      "o": "oó", "s": "sś", "z": "zźż"}
_MAX_RESTORE_VARIANTS = 512
_MAX_RESTORED = 3

# Parts of speech that carry content, best first when a word is ambiguous.
_POS_RANK = {"subst": 0, "depr": 0, "ger": 1, "adj": 2, "adja": 2, "adjp": 2, "ppas": 3,
             "pact": 3, "inf": 4, "fin": 4, "praet": 4, "impt": 4, "bedzie": 4, "pcon": 4,
             "pant": 4, "imps": 4, "adv": 5, "brev": 6, "burk": 6}
_FUNCTION_POS = frozenset({"prep", "conj", "comp", "qub", "ppron12", "ppron3", "siebie",
                           "interp", "num", "numcomp", "interj", "aglt", "winien", "pred",
                           "dig", "romandig", "sym", "xxx"})
# SGJP labels of obsolete, dialect or rare readings: never the intended one in a note.
_RARE_LABELS = ("daw.", "przest.", "gwar.", "rzad.", "hist.", "arch.", "książk.")
_PERSON_NAMES = frozenset({"imię", "nazwisko"})


@dataclass(frozen=True, order=True)
class Reading:
    """One dictionary reading of a word: its lemma and how plausible it is.

    `rank` sorts readings from most to least plausible regardless of context
    (content words before function words, common before rare or archaic).
    """

    rank: tuple[int, int, int]
    lemma: str
    pos: str

    @property
    def key(self) -> str:
        return fold(self.lemma)

    @property
    def is_function_word(self) -> bool:
        return self.pos in _FUNCTION_POS


@dataclass
class LanguageData:
    """Loaded language resources. Thread-safe; `empty()` means "not loaded".

    `morph` is a Morfeusz instance or None. Look-ups are cached per word form.
    """

    morph: Any = None
    source: str = "none"
    load_seconds: float = 0.0
    _cache: dict[str, tuple[Reading, ...]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def empty(cls) -> LanguageData:
        """No dictionary: the analyzer falls back to folding and light stemming."""
        return cls()

    @property
    def available(self) -> bool:
        return self.morph is not None

    def readings(self, word: str) -> tuple[Reading, ...]:
        """Dictionary readings of a word, best first; () when unknown or no data.

        A word typed without diacritics ("szkoly") that the dictionary does not
        know is tried with them ("szkoły") before giving up.
        """
        if self.morph is None:
            return ()
        with self._lock:
            cached = self._cache.get(word)
            if cached is None:
                cached = self._look_up(word) or self._restore_diacritics(word)
                self._cache[word] = cached
        return cached

    def _look_up(self, word: str) -> tuple[Reading, ...]:
        engine = getattr(self.morph, "_morfeusz_obj", None)
        if engine is not None and all(i.isIgn() for i in engine.analyse(word)):
            return ()  # unknown: most look-ups that restore diacritics (skips the wrapper)
        found: set[Reading] = set()
        for _start, _end, (_orth, lemma, tag, names, labels) in self.morph.analyse(word):
            pos = tag.split(":", 1)[0]
            if pos == "ign":
                continue
            found.add(_reading(lemma, pos, names, labels))
        return tuple(sorted(found))

    def _restore_diacritics(self, word: str) -> tuple[Reading, ...]:
        """Readings of the word with the fewest diacritics put back that the
        dictionary knows ("szkoly" -> "szkoły"); at most `_MAX_RESTORED`
        letters are changed and `_MAX_RESTORE_VARIANTS` forms tried, so a typo
        costs a bounded number of look-ups."""
        low = word.lower()
        if low != fold(low):  # already has diacritics: a real unknown word
            return ()
        spots = [i for i, ch in enumerate(low) if ch in _DIACRITIC_CHOICES]
        tried = 0
        for changed in range(1, min(len(spots), _MAX_RESTORED) + 1):
            found: set[Reading] = set()
            for chosen in itertools.combinations(spots, changed):
                for combo in itertools.product(*(_DIACRITIC_CHOICES[low[i]][1:] for i in chosen)):
                    tried += 1
                    if tried > _MAX_RESTORE_VARIANTS:
                        return tuple(sorted(found))
                    letters = list(low)
                    for i, ch in zip(chosen, combo, strict=True):
                        letters[i] = ch
                    found.update(self._look_up("".join(letters)))
            if found:
                return tuple(sorted(found))
        return ()


def _reading(lemma: str, pos: str, names: Any, labels: Any) -> Reading:
    base = lemma.split(":", 1)[0]  # SGJP marks homonyms as "miasto:S"
    rare = any(label.startswith(_RARE_LABELS) for group in labels for label in group.split(","))
    person = bool(_PERSON_NAMES.intersection(names))
    function = 1 if pos in _FUNCTION_POS else 0
    return Reading((function + int(rare) + int(person), _POS_RANK.get(pos, 7), len(base)),
                   base, pos)


def load_language_data() -> LanguageData:
    """Load the Polish dictionary; call from a worker thread (about 0.1 s).

    Returns `LanguageData.empty()` when the `morfeusz2` package is not
    installed or fails to start, so callers never need to handle an error.
    """
    start = time.perf_counter()
    try:
        import morfeusz2  # here, not at the top: this import is the slow part

        morph = morfeusz2.Morfeusz(separate_numbering=True, expand_tags=False,
                                   generate=False)
        morph.analyse("test")  # touch the dictionary so the first real call is fast
    except Exception:
        return LanguageData.empty()
    return LanguageData(morph=morph, source=f"morfeusz2 {morfeusz2.__version__}",
                        load_seconds=time.perf_counter() - start)
