"""Explanations: the words behind a similarity, in dictionary form, and group names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

MAX_WORDS = 5


def shared_words(vector: Mapping[str, float], sources: Mapping[str, Sequence[str]],
                 other: Mapping[str, float], other_sources: Mapping[str, Sequence[str]],
                 limit: int = MAX_WORDS) -> tuple[str, ...]:
    """The words two vectors share, most telling first.

    An exact shared lemma is shown as itself ("kolej"); a shared word family or
    policy area as the two related lemmas ("uczelnia ~ uczelniany",
    "autobus ~ kolej"). Ties are broken alphabetically, so output is stable.
    """
    small, large = (vector, other) if len(vector) <= len(other) else (other, vector)
    # Only the features both have (looked up from the smaller side: a cluster's
    # centroid has thousands).
    contributions = sorted((-vector[f] * other[f], f) for f in small if f in large)
    words: list[str] = []
    covered: set[str] = set()
    for _, feature in contributions:
        mine, theirs = sources.get(feature, ()), other_sources.get(feature, ())
        # A cluster's lemmas behind one policy area can number hundreds: a set.
        in_theirs = set(theirs) if len(theirs) > 8 else theirs
        common = [w for w in mine if w in in_theirs]
        if feature.startswith("w:") or common:
            candidates = common or list(mine[:1])
        else:
            left = next((w for w in mine if w not in covered), mine[0] if mine else "")
            right = next((w for w in theirs if w not in covered and w != left),
                         theirs[0] if theirs else "")
            candidates = [" ~ ".join(sorted({left, right}))] if left and right else []
        for word in candidates:
            parts = set(word.split(" ~ "))
            if word and not parts <= covered:
                words.append(word)
                covered |= parts
        if len(words) >= limit:
            break
    return tuple(words[:limit])


def merge_sources(sources: Sequence[Mapping[str, Sequence[str]]]) -> dict[str, tuple[str, ...]]:
    """Lemmas behind each feature over several notes, most frequent first."""
    counts: dict[str, Counter[str]] = {}
    for source in sources:
        for feature, lemmas in source.items():
            counts.setdefault(feature, Counter()).update(set(lemmas))
    return {f: tuple(sorted(c, key=lambda w: (-c[w], w))) for f, c in counts.items()}


def name_from(keywords_: Sequence[str], words: int = 2) -> str:
    """A short group name from its keywords: "kolej, dojazd"."""
    return ", ".join(keywords_[:words])
