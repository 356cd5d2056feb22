"""The analysis of a workshop's notes, kept up to date note by note.

`TextAnalyzer.analyse` reads an ambiguous word the way the rest of the
workshop uses it, so a note's lemmas depend on the other notes. Redoing that
for every note after every keystroke is what made suggestions slow; this
state keeps what it knows (each text's words, each word's readings and
chosen lemma, the counts behind the majority) and, given the notes as they
are now, updates only what the added and removed notes touch.

Analysing from scratch is the same code starting from an empty state, so an
incremental answer is the cold answer by construction (and a test compares
them over random edits).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from workshop_app.analysis.stopwords import ENGLISH, POLISH_FORMS, is_stop_form
from workshop_app.analysis.text import fold, words

if TYPE_CHECKING:
    from workshop_app.analysis.analyzer import AnalysedText, Term, TextAnalyzer
    from workshop_app.analysis.language import Reading

_POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_ENGLISH_ONLY = ENGLISH - POLISH_FORMS
_POLISH_ONLY = POLISH_FORMS - ENGLISH

Use = tuple[str, str]
"""A word form as written, and the language of the note it is in ("pl"/"en")."""


class AnalysisState:
    """What one analyzer knows about one workshop's texts between analyses.

    Not thread-safe: one caller at a time (the engine holds a lock).
    """

    def __init__(self, analyzer: TextAnalyzer) -> None:
        self.analyzer = analyzer
        self._tokens: dict[str, tuple[tuple[str, ...], str]] = {}
        self._count: Counter[str] = Counter()
        self._uses: dict[Use, int] = {}
        self._languages: dict[str, set[str]] = {}  # word -> languages it is used in
        self._readings: dict[str, tuple[Reading, ...]] = {}
        self._support: Counter[str] = Counter()
        self._words_of_key: dict[str, set[str]] = {}
        self._chosen: dict[Use, Term | None] = {}
        self._users: dict[str, set[Use]] = {}  # key -> uses whose chosen term has that key
        self._forms: dict[str, Counter[str]] = {}
        self._shown: dict[str, Term] = {}
        self._results: dict[str, AnalysedText] = {}

    def __len__(self) -> int:
        return len(self._count)

    def update(self, texts: Sequence[str], check: Callable[[], None] = lambda: None
               ) -> list[AnalysedText]:
        """The analysis of `texts` (in order), after updating for what changed."""
        # Everything that may be cancelled (reading texts, looking words up)
        # happens before the state changes: a cancelled update changes nothing.
        wanted = Counter(texts)
        changed = [(t, c - self._count.get(t, 0)) for t, c in wanted.items()
                   if c != self._count.get(t, 0)]
        changed += [(t, -c) for t, c in self._count.items() if t not in wanted]
        deltas: dict[Use, int] = {}
        for n, (text, delta) in enumerate(changed):
            if n % 256 == 0:
                check()
            words, language = self.tokens(text)
            for word in words:
                deltas[(word, language)] = deltas.get((word, language), 0) + delta
        for n, word in enumerate({w for w, _ in deltas if w not in self._readings}):
            if n % 256 == 0:
                check()
            self.analyzer.data.readings(word)  # cached by the language data
        self._count = wanted
        before = {use: self._uses.get(use, 0) for use in deltas}
        changed_keys = self._count_uses(deltas)
        to_choose = {use for use in deltas if before[use] or self._uses.get(use)}
        for key in changed_keys:
            for word in self._words_of_key.get(key, ()):
                to_choose.update((word, language) for language in self._languages[word])
        dirty_words, dirty_keys = self._choose(to_choose, before)
        dirty_words |= self._show(dirty_keys)
        out = []
        for text in texts:
            found = self._results.get(text)
            words, language = self._tokens[text]
            if found is None or (dirty_words and not dirty_words.isdisjoint(words)):
                found = self._results[text] = self._analysed(words, language)
            out.append(found)
        for text, _delta in changed:
            if text not in wanted:
                self._results.pop(text, None)
                self._tokens.pop(text, None)
        return out

    def tokens(self, text: str) -> tuple[tuple[str, ...], str]:
        """(content word forms in order, "pl"/"en") of one text."""
        found = self._tokens.get(text)
        if found is None:
            found = self._tokens[text] = tokenise(text)
        return found

    # -- steps ------------------------------------------------------------------------

    def _count_uses(self, deltas: dict[Use, int]) -> set[str]:
        """Apply the use counts; the keys whose majority support changed."""
        changed_keys: set[str] = set()
        for (word, language), delta in deltas.items():
            if not delta:
                continue
            was = self._uses.get((word, language), 0)
            now = was + delta
            if now:
                self._uses[(word, language)] = now
            else:
                del self._uses[(word, language)]
            languages = self._languages.setdefault(word, set())
            if not was:
                languages.add(language)
                if len(languages) == 1:  # the word is new to the workshop
                    changed_keys |= self._add_word(word)
            elif not now:
                languages.discard(language)
                if not languages:  # the word is gone from the workshop
                    del self._languages[word]
                    changed_keys |= self._remove_word(word)
        return changed_keys

    def _add_word(self, word: str) -> set[str]:
        readings = self._readings[word] = self.analyzer.data.readings(word)
        keys = Counter(r.key for r in set(readings))
        for key, count in keys.items():
            self._support[key] += count
            self._words_of_key.setdefault(key, set()).add(word)
        return set(keys)

    def _remove_word(self, word: str) -> set[str]:
        keys = Counter(r.key for r in set(self._readings.pop(word)))
        for key, count in keys.items():
            self._support[key] -= count
            if not self._support[key]:
                del self._support[key]
            words = self._words_of_key[key]
            words.discard(word)
            if not words:
                del self._words_of_key[key]
        return set(keys)

    def _choose(self, uses: set[Use], before: dict[Use, int]) -> tuple[set[str], set[str]]:
        """Choose the lemma of each use again; (words whose term changed, keys whose counts did)."""
        dirty_words: set[str] = set()
        dirty_keys: set[str] = set()
        for use in uses:
            word, language = use
            count = self._uses.get(use, 0)
            old = self._chosen.get(use)
            old_count = before.get(use, count)
            new = (self.analyzer.choose(word, language, self._readings[word], self._support)
                   if count else None)
            if old is not None and old_count:
                self._forms[old.key][old.lemma] -= old_count
                self._users[old.key].discard(use)
                dirty_keys.add(old.key)
            if new is not None:
                self._forms.setdefault(new.key, Counter())[new.lemma] += count
                self._users.setdefault(new.key, set()).add(use)
                dirty_keys.add(new.key)
            if count:
                self._chosen[use] = new
            else:
                self._chosen.pop(use, None)
            if new != old:
                dirty_words.add(word)
        return dirty_words, dirty_keys

    def _show(self, keys: set[str]) -> set[str]:
        """Pick each key's shown lemma again; the words whose shown term changed."""
        from workshop_app.analysis.analyzer import Term

        dirty: set[str] = set()
        for key in keys:
            forms = self._forms.get(key)
            if forms is not None:
                for lemma in [f for f, c in forms.items() if c <= 0]:
                    del forms[lemma]
                if not forms:
                    del self._forms[key]
                    forms = None
            if forms is None:
                self._shown.pop(key, None)
                self._users.pop(key, None)
                continue
            shown = Term(key, min(forms, key=lambda f: (-forms[f], f == fold(f), len(f), f)))
            if self._shown.get(key) != shown:
                self._shown[key] = shown
                dirty.update(word for word, _language in self._users.get(key, ()))
        return dirty

    def _analysed(self, words: tuple[str, ...], language: str) -> AnalysedText:
        from workshop_app.analysis.analyzer import AnalysedText

        terms = []
        for word in words:
            term = self._chosen.get((word, language))
            if term is not None:
                terms.append(self._shown[term.key])
        return AnalysedText(tuple(terms), language)


def tokenise(text: str) -> tuple[tuple[str, ...], str]:
    """The content words of a text as written (stop words left out), and its language."""
    all_words = words(text)
    return (tuple(w for w in all_words if not is_stop_form(fold(w))),
            language_of(text, all_words))


def language_of(text: str, text_words: Sequence[str]) -> str:
    """ "en" for a note that reads as English, otherwise "pl" (the default)."""
    folded = [fold(w) for w in text_words]
    english = sum(w in _ENGLISH_ONLY for w in folded)
    polish = sum(w in _POLISH_ONLY for w in folded)
    if any(ch in _POLISH_LETTERS for ch in text):
        polish += 1
    return "en" if english > polish else "pl"
