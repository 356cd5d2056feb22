""""Tematy z poprzedniej edycji": topics of last year's workshop carried over
into this year's agenda.

Last year's file is only read (`WorkshopStore.open_reader`: no lock, no
journal, nothing written, a read-only file or folder read as it is, a file
of an older version read through an upgraded private copy). Its topics
(`models.carry_over`) are read with this same service class over the other
file, so their results are computed as this workshop's are.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workshop_app.models import SECTOR_ORDER, RoundStatus, VoteTarget
from workshop_app.models.carry_over import (
    PreviousResult,
    PreviousTopic,
    PreviousWorkshop,
    TopicKind,
    better,
    cluster_rationale,
    edition_of,
    ordered_clusters,
    repeats,
)
from workshop_app.services.agenda_ops import new_agenda_item
from workshop_app.services.base import same_file
from workshop_app.services.changes import Changes, Op, RefusalReason, Refused
from workshop_app.services.specs import CarriedTopic
from workshop_app.services.vote_ops import VoteOps
from workshop_app.storage import WorkshopStore


class CarryOverOps(VoteOps):
    """Reading last year's workshop and carrying its topics over."""

    # -- reads ---------------------------------------------------------------

    def previous_workshop(self, path: Path | str) -> PreviousWorkshop:
        """Last year's workshop at `path` and its topics, read without changing
        the file. `Refused(SAME_WORKSHOP)` for this workshop's own file or a
        copy of it; `WorkshopFileError` for a file that is no workshop, is
        damaged or from a newer Razem; `StorageEnvironmentError` when the
        machine refuses to read it."""
        path = Path(path).absolute()
        if same_file(path, self.store.path):
            raise Refused(RefusalReason.SAME_WORKSHOP)
        with WorkshopStore.open_reader(path) as store:
            reader = type(self)(store)
            if reader.workshop().id == self.workshop().id:
                raise Refused(RefusalReason.SAME_WORKSHOP)
            return reader._as_previous(path)

    def repeated_topics(self, topics: Sequence[PreviousTopic]) -> list[str]:
        """The keys of `topics` that `carry_over` would skip: a title already on
        the agenda (case, Polish letters and spacing ignored), or given twice."""
        return repeats(topics, (item.title for item in self.agenda()))

    # -- changes -------------------------------------------------------------

    def carry_over(self, *, topics: Sequence[CarriedTopic]) -> Changes:
        """Add the topics, in the order given, at the end of the agenda as items
        marked carried over: last year's title, format, duration, lead and
        speakers; the rationale is the topic's `note` (its result in words)
        over last year's rationale. Topics already on the agenda by title are
        skipped (`repeated_topics`); `Refused` when none is left. One
        transaction, one undo step."""
        if not topics:
            raise Refused(RefusalReason.NO_TOPIC_CHOSEN)
        skipped = set(self.repeated_topics([t.topic for t in topics]))
        fresh = [t for t in topics if t.topic.key not in skipped]
        if not fresh:
            raise Refused(RefusalReason.TOPICS_ON_AGENDA)
        with self._operation(Op.CARRY_OVER, len(fresh)) as operation:
            start = len(self.agenda())
            for offset, carried in enumerate(fresh):
                topic = carried.topic
                rationale = "\n\n".join(t for t in (carried.note.strip(), topic.rationale) if t)
                self.store.insert(new_agenda_item(
                    title=topic.title, rationale=rationale, cluster_id=None,
                    format=topic.format, duration_minutes=topic.duration_minutes,
                    lead=topic.lead, speakers=topic.speakers, carried_over=True,
                    position=start + offset))
        return operation.changes

    # -- the other file's side -------------------------------------------------

    def _as_previous(self, path: Path) -> PreviousWorkshop:
        workshop = self.workshop()
        edition = edition_of(workshop.date, workshop.created_at)
        best = self._best_results()
        texts: dict[str, list[str]] = {}
        for idea in self.ideas():
            if idea.cluster_id is not None:
                texts.setdefault(idea.cluster_id, []).append(idea.text)
        agenda = self.agenda()
        items = [PreviousTopic(
            key=item.id, kind=TopicKind.AGENDA_ITEM, title=item.title, edition=edition,
            rationale=item.rationale, format=item.format, duration_minutes=item.duration_minutes,
            lead=item.lead, speakers=item.speakers,
            ideas=len(texts.get(item.cluster_id or "", ())),
            result=best.get(item.cluster_id or "")) for item in agenda]
        on_agenda = {item.cluster_id for item in agenda}
        clusters = [PreviousTopic(
            key=cluster.id, kind=TopicKind.CLUSTER, title=cluster.name, edition=edition,
            rationale=cluster_rationale(texts.get(cluster.id, ())),
            ideas=len(texts.get(cluster.id, ())), result=best.get(cluster.id))
            for cluster in self.clusters() if cluster.id not in on_agenda]
        return PreviousWorkshop(path=str(path), workshop_id=workshop.id, title=workshop.title,
                                date=workshop.date, edition=edition,
                                topics=(*items, *ordered_clusters(clusters)))

    def _best_results(self) -> dict[str, PreviousResult]:
        """Each cluster's best result in a closed round on clusters that had votes."""
        best: dict[str, PreviousResult] = {}
        for voting_round in self.rounds():
            if (voting_round.status is not RoundStatus.CLOSED
                    or voting_round.target is not VoteTarget.CLUSTERS
                    or not self.ballots(voting_round.id)):
                continue
            results = self.results(voting_round.id)
            for result in results:
                candidate = PreviousResult(
                    round_title=voting_round.title, method=voting_round.method,
                    score=result.score, place=result.place, tie=result.tie, options=len(results),
                    by_sector=tuple((s, result.by_sector[s]) for s in SECTOR_ORDER
                                    if s in result.by_sector))
                if better(candidate, best.get(result.option_id)):
                    best[result.option_id] = candidate
        return best

