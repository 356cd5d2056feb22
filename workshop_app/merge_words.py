"""Words for a merge of workshop files (`models.merge_report.MergeReport`),
for the command line and the window alike: what came from which file, who
and what was joined or renamed, and which versions lost to newer ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from workshop_app.merge_conflict_words import ConflictWords
from workshop_app.models.merge_report import (
    ClusterName,
    Conflict,
    DoubleVote,
    JoinedParticipant,
    KindCount,
    MergeKind,
    MergeReport,
    RepeatedSource,
    SourceReport,
)


class MergeWords(QObject):
    """A merge report in the user's language (a QObject so that lupdate
    sees `self.tr(text, "", n)`)."""

    def lines(self, report: MergeReport, *, target: str, dry_run: bool) -> list[str]:
        """The whole report, one line each: the outcome, then per source,
        the joins, the groups and the conflicts."""
        lines = [self.headline(report, target=target, dry_run=dry_run)]
        for source in report.sources:
            lines.extend(self.source(source))
        lines.extend(self.repeated(repeated) for repeated in report.repeated)
        if report.joins:
            lines.append(self.tr("Participants joined (the same person in two files):"))
            lines.extend("  • " + self.join(join) for join in report.joins)
        if report.clusters:
            lines.append(self.tr("Groups with a name that was taken:"))
            lines.extend("  • " + self.cluster(cluster) for cluster in report.clusters)
        if report.double_votes:
            lines.append(self.double_votes_heading())
            lines.extend("  • " + self.double_vote(double) for double in report.double_votes)
        if report.tidied:
            lines.append(self.tr("None of the workshop's own %n note(s) had a place on the canvas "
                                 "yet; they were tidied first, left of the merged ones.", "",
                                 report.tidied))
        if report.conflicts:
            lines.append(self.tr("Rows in two different versions (the newer one is kept):"))
            lines.extend("  • " + self.conflict(conflict, report) for conflict in report.conflicts)
        return lines

    def headline(self, report: MergeReport, *, target: str, dry_run: bool) -> str:
        files = len(report.sources)
        if not report.changes_anything:
            return self.tr("Nothing new for {target} in %n file(s); nothing was changed.", "",
                           files).format(target=target)
        if dry_run:
            return self.tr("Merging %n file(s) into {target} would do this (nothing was written):",
                           "", files).format(target=target)
        return self.tr("Merged %n file(s) into {target} (one undo step):", "", files).format(
            target=target)

    def source(self, source: SourceReport) -> list[str]:
        """The file's line and one line per kind it holds."""
        head = self.tr("{file} ({title}; table: {label}):").format(
            file=source.name, title=self.quoted(source.title), label=source.label)
        rows = [f"  {self.kind(kind)}: {self.counts(count)}"
                for kind, count in source.counts.items() if count.total]
        return [head, *(rows or ["  " + self.tr("nothing")])]

    def quoted(self, text: str) -> str:
        """`text` in the quotation marks of the user's language."""
        return self.tr("\u201c{text}\u201d").format(text=text)

    def repeated(self, repeated: RepeatedSource) -> str:
        """A source given twice, merged once."""
        given, first = Path(repeated.path), Path(repeated.same_as)
        if given == first:
            return self.tr("{file} was given more than once; it is merged only once.").format(
                file=given.name)
        same_name = given.name == first.name
        return self.tr("{file} is the same file as {first}; it is merged only once.").format(
            file=given if same_name else given.name, first=first if same_name else first.name)

    def counts(self, count: KindCount) -> str:
        parts = [(count.added, self.tr("added {n}")), (count.present, self.tr("already there {n}")),
                 (count.updated, self.tr("updated {n}")),
                 (count.outdated, self.tr("older than the workshop's {n}")),
                 (count.joined, self.tr("joined {n}"))]
        return ", ".join(text.format(n=n) for n, text in parts if n)

    def kind(self, kind: MergeKind) -> str:
        return {
            MergeKind.PARTICIPANTS: self.tr("participants"), MergeKind.OBJECTIVES: self.tr("objectives"),
            MergeKind.CLUSTERS: self.tr("groups"), MergeKind.IDEAS: self.tr("ideas"),
            MergeKind.ROUNDS: self.tr("voting rounds"), MergeKind.BALLOTS: self.tr("ballots"),
            MergeKind.AGENDA: self.tr("agenda items"),
        }[kind]

    def one(self, kind: MergeKind) -> str:
        """One row of a kind, as a conflict names it."""
        return {
            MergeKind.PARTICIPANTS: self.tr("participant"), MergeKind.OBJECTIVES: self.tr("objective"),
            MergeKind.CLUSTERS: self.tr("group"), MergeKind.IDEAS: self.tr("idea"),
            MergeKind.ROUNDS: self.tr("voting round"), MergeKind.BALLOTS: self.tr("ballot"),
            MergeKind.AGENDA: self.tr("agenda item"),
        }[kind]

    def join(self, join: JoinedParticipant) -> str:
        who = join.name + (f" ({join.organisation})" if join.organisation else "")
        kept = join.kept_name + (f" ({join.kept_organisation})" if join.kept_organisation else "")
        return self.tr("{who} from {file} is now one with {kept} ({ideas}, {ballots} theirs "
                       "now)").format(
            who=who, file=join.source, kept=kept, ideas=self.tr("%n idea(s)", "", join.ideas),
            ballots=self.tr("%n ballot(s)", "", join.ballots))

    def double_votes_heading(self) -> str:
        return self.tr("One person with more than one ballot in a round (they voted at two "
                       "tables; every ballot counts):")

    def double_vote(self, double: DoubleVote) -> str:
        return self.tr("{name}: %n ballot(s) in {round}", "", double.ballots).format(
            name=self.quoted(double.name), round=self.quoted(double.round_title))

    def cluster(self, cluster: ClusterName) -> str:
        if cluster.joined_into is not None:
            return self.tr("{name} from {file} joined with the group {other}").format(
                name=self.quoted(cluster.name), file=cluster.source,
                other=self.quoted(cluster.new_name))
        return self.tr("{name} from {file} is now {new}").format(
            name=self.quoted(cluster.name), file=cluster.source, new=self.quoted(cluster.new_name))

    def conflict(self, conflict: Conflict, report: MergeReport) -> str:
        """One row in two versions as a sentence: which one stays, where and
        when each was written, and what the other one had."""
        return ConflictWords(self, report).line(conflict)
