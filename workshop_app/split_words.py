"""Words for a table's own file ("Zapisz stół jako osobny plik"), for the
window and the command line alike, with Polish plural forms."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from workshop_app.models.split import TableCount

if TYPE_CHECKING:
    from workshop_app.cli_split import UnknownChoice


class SplitWords(QObject):
    """What the window's dialog and the `split` command say (a QObject so
    that lupdate sees `self.tr(text, "", n)`)."""

    def written(self, n: int, table: str | None, out: Path) -> str:
        if table == "":
            return self.tr("Wrote %n idea(s) written at no table to {file}.", "", n).format(file=out)
        if table is not None:
            return self.tr("Wrote %n idea(s) of the table \u201e{table}\u201d to {file}.",
                           "", n).format(table=table, file=out)
        return self.tr("Wrote %n chosen idea(s) to {file}.", "", n).format(file=out)

    def holds(self, clusters: int, participants: int) -> str:
        return self.tr("With them: %n group(s), and the workshop's setup with every "
                       "participant ({people}); no voting rounds and no agenda.", "",
                       clusters).format(people=participants)

    def choice(self, table: TableCount) -> str:
        """A table as the window offers it: its label and how many ideas."""
        if not table.label:
            return self.tr("Ideas of no table (%n)", "", table.ideas)
        return self.tr("{table} (%n idea(s))", "", table.ideas).format(table=table.label)

    def selection(self, n: int) -> str:
        return self.tr("The selected notes (%n)", "", n)

    def unknown(self, error: UnknownChoice, file: str) -> str:
        if error.idea:
            return self.tr("There is no idea {idea} in {file}. Nothing was written.").format(
                idea=error.wanted, file=file)
        labels = ", ".join(f"\u201e{t.label}\u201d ({t.ideas})" for t in error.tables if t.label)
        return self.tr("There is no table \u201e{table}\u201d in {file}; its tables: {tables}. "
                       "Nothing was written.").format(table=error.wanted, file=file,
                                                      tables=labels or self.tr("none"))
