"""Candidate topics for next year's forum (pure): what the agenda builder
offers to add, from a round's results (best first), from the clusters when
there is no round, and the rationale a cluster's ideas suggest; plus the
list moves the agenda's priority order is edited with."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from workshop_app.models.entities import Cluster, Idea, VoteTarget
from workshop_app.models.results import OptionResult
from workshop_app.models.rules import MAX_TITLE_CHARS

RATIONALE_IDEAS = 10
"""A prefilled rationale quotes at most this many of the cluster's ideas."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A topic the moderator may add: its title, a prefilled rationale, the
    cluster it comes from (None for an idea or a typed topic) and, from a
    round, the option's result."""

    title: str
    rationale: str = ""
    cluster_id: str | None = None
    result: OptionResult | None = None
    key: str = ""  # the option's id (cluster or idea), "" for a typed topic


def topic_title(text: str) -> str:
    """An idea's text as a title: its first line, shortened with "…" to fit."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    if len(line) <= MAX_TITLE_CHARS:
        return line
    return line[:MAX_TITLE_CHARS - 1].rstrip() + "…"


def cluster_rationale(ideas: Sequence[Idea]) -> str:
    """The rationale a cluster's ideas suggest: its ideas (stacked duplicates
    once), in the order they were written, one "• " line each; "…" when
    more than `RATIONALE_IDEAS`."""
    own = sorted((i for i in ideas if i.duplicate_of is None), key=lambda i: i.seq)
    lines = ["• " + " ".join(i.text.split()) for i in own[:RATIONALE_IDEAS]]
    if len(own) > RATIONALE_IDEAS:
        lines.append("…")
    return "\n".join(lines)


def _members(ideas: Sequence[Idea]) -> dict[str, list[Idea]]:
    members: dict[str, list[Idea]] = {}
    for idea in ideas:
        if idea.cluster_id is not None:
            members.setdefault(idea.cluster_id, []).append(idea)
    return members


def from_clusters(clusters: Sequence[Cluster], ideas: Sequence[Idea]) -> list[Candidate]:
    """Every named cluster as a candidate, the largest first (ties in the
    clusters' order)."""
    members = _members(ideas)
    ranked = sorted(clusters, key=lambda c: -len(members.get(c.id, [])))
    return [Candidate(title=topic_title(c.name), key=c.id, cluster_id=c.id,
                      rationale=cluster_rationale(members.get(c.id, [])))
            for c in ranked if topic_title(c.name)]


def from_results(target: VoteTarget, results: Sequence[OptionResult],
                 clusters: Sequence[Cluster], ideas: Sequence[Idea]) -> list[Candidate]:
    """A round's options as candidates in the order of its results (best
    first); options since deleted are left out."""
    found: list[Candidate] = []
    if target is VoteTarget.CLUSTERS:
        members = _members(ideas)
        by_id = {c.id: c for c in clusters}
        for result in results:
            cluster = by_id.get(result.option_id)
            if cluster is not None and topic_title(cluster.name):
                found.append(Candidate(title=topic_title(cluster.name), cluster_id=cluster.id,
                                       rationale=cluster_rationale(members.get(cluster.id, [])),
                                       result=result, key=cluster.id))
        return found
    texts = {i.id: i for i in ideas}
    for result in results:
        idea = texts.get(result.option_id)
        if idea is not None:
            title = topic_title(idea.text)
            found.append(Candidate(title=title, result=result, key=idea.id,
                                   rationale="" if title == idea.text else idea.text))
    return found


def shifted(order: Sequence[str], chosen: Collection[str], step: int) -> list[str]:
    """`order` with each chosen id moved one place up (`step` -1) or down
    (+1); a chosen id never jumps over another chosen one, so a block moves
    together and stops at either end."""
    ids = list(order)
    places = range(len(ids)) if step < 0 else range(len(ids) - 1, -1, -1)
    for i in places:
        j = i + step
        if ids[i] in chosen and 0 <= j < len(ids) and ids[j] not in chosen:
            ids[i], ids[j] = ids[j], ids[i]
    return ids


def moved(order: Sequence[str], chosen: Collection[str], before: int) -> list[str]:
    """`order` with the chosen ids (kept in their order) moved to stand
    before the item now at `before` (`len(order)` for the end)."""
    rest = [i for i in order if i not in chosen]
    at = sum(1 for i in order[:max(0, before)] if i not in chosen)
    block = [i for i in order if i in chosen]
    return rest[:at] + block + rest[at:]
