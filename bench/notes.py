"""Realistic sticky notes at any scale, for the suggestion benchmarks.

The shared labelled ideas are 72 notes; a workshop of 1,000 or 5,000 needs
more. A note here is written the way people write on a sticky note: a part of
a labelled idea of one topic (sometimes joined with a part of another idea
of the same topic, sometimes opened with a phrase like "Proponuję"), each
word put into another grammatical form of the same lemma now and then
(Polish inflects: "szkoła", "szkołami", "szkole"), diacritics left out on a
tenth of the words, and a typo in one word in fifty. So the vocabulary grows
with the workshop as a real one does, and the dictionary sees word forms it
has not looked up yet. Seeded: the same count gives the same notes.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from bench.suggest_quality import DATA_FILE, load_labelled
from workshop_app.analysis import Note
from workshop_app.analysis.text import fold

OPENERS = ("Proponuję", "Warto", "Potrzebne", "Może", "Brakuje:", "Pomysł:", "Postulat:",
           "Chcemy", "Trzeba", "Ważne:")
INFLECT, NO_DIACRITICS, TYPO, OPENER = 0.35, 0.10, 0.02, 0.2
_WORD = re.compile(r"\w+|[^\w\s]+")


class _Inflector:
    """Other forms of a word's lemma, from Morfeusz's generator (same part of speech)."""

    def __init__(self) -> None:
        import morfeusz2

        self._analyser = morfeusz2.Morfeusz(expand_tags=False, generate=False)
        self._generator = morfeusz2.Morfeusz(expand_tags=False, analyse=False)
        self._forms: dict[str, tuple[str, ...]] = {}

    def forms(self, word: str) -> tuple[str, ...]:
        """Other forms of the word's first content reading's lemma ("szkoła" -> "szkołami", ...)."""
        if word not in self._forms:
            self._forms[word] = self._generated(word)
        return self._forms[word]

    def _generated(self, word: str) -> tuple[str, ...]:
        readings = [(lemma, tag.split(":", 1)[0])
                    for _s, _e, (_orth, lemma, tag, _n, _l) in self._analyser.analyse(word)
                    if not tag.startswith(("ign", "prep", "conj", "comp", "qub", "interp"))]
        if not readings:
            return ()
        lemma, pos = readings[0]
        found = sorted({orth for orth, _lemma, tag, _n, _l in self._generator.generate(lemma)
                        if tag.split(":", 1)[0] == pos and ":neg" not in tag
                        and orth.isalpha()})
        return tuple(found)


def realistic_notes(count: int, seed: int = 0) -> list[Note]:
    """`count` notes written from the labelled ideas, ids "n00000", "n00001", ..."""
    labelled, topics = load_labelled(DATA_FILE)
    by_topic: dict[str, list[str]] = {}
    for note in labelled:
        by_topic.setdefault(topics[note.id], []).append(note.text)
    names = sorted(by_topic)
    inflector = _Inflector()
    pools = {name: [w for text in texts for w in _WORD.findall(text) if len(w) > 3 and w.isalpha()]
             for name, texts in by_topic.items()}
    everything = [w for name in names for w in pools[name]]
    rng = random.Random(seed)
    notes = []
    for i in range(count):
        topic = names[i % len(names)]
        tokens = _fragment(rng.choice(by_topic[topic]), rng)
        # People say it in their own words: topic words from other notes, a stray word.
        tokens += rng.sample(pools[topic], rng.randint(2, 5))
        tokens += rng.sample(everything, rng.choice((0, 0, 1, 2)))
        if rng.random() < OPENER:
            tokens.insert(0, rng.choice(OPENERS))
        text = " ".join(_as_written(t, rng, inflector) for t in tokens)
        notes.append(Note(f"n{i:05d}", re.sub(r" ([,.;:!?)])", r"\1", text)))
    return notes


def _fragment(text: str, rng: random.Random) -> list[str]:
    tokens = _WORD.findall(text)
    if len(tokens) <= 6:
        return tokens
    length = rng.randint(3, 6)
    start = rng.randint(0, len(tokens) - length)
    return tokens[start:start + length]


def _as_written(token: str, rng: random.Random, inflector: _Inflector) -> str:
    if not token.isalpha():
        return token
    word = token
    if rng.random() < INFLECT:
        forms = inflector.forms(word.lower())
        if forms:
            word = rng.choice(forms)
    if rng.random() < NO_DIACRITICS:
        word = fold(word)
    if len(word) > 4 and rng.random() < TYPO:
        k = rng.randint(1, len(word) - 3)
        word = word[:k] + word[k + 1] + word[k] + word[k + 2:]
    return word


def placed_third(notes: Sequence[Note], clusters: int = 24) -> dict[str, str]:
    """Every third note placed in one of `clusters` groups of its topic, as after some sorting."""
    return {n.id: f"c{(i % clusters):02d}" for i, n in enumerate(notes) if i % 3 == 0}


if __name__ == "__main__":  # a look at what the notes read like
    for note in realistic_notes(12):
        print(note.id, note.text)
