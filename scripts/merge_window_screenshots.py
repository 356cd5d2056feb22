"""Render File → "Połącz warsztaty…" in the window: the preview of three
tables' files (made from one prepared workshop, with a participant at two
tables and one note edited at two) to docs/merge-preview.png. (The merged
canvas, docs/merge-canvas.png, is made by scripts/screenshots.py.)

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python scripts/merge_window_screenshots.py [--lang pl|en]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from workshop_app import i18n
from workshop_app.models import Sector, Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, NewParticipant, WorkshopService
from workshop_app.storage import WorkshopStore
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.merge_dialog import MergeDialog
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.style import apply_style

DOCS = Path(__file__).resolve().parents[1] / "docs"
SHARED = "Wspólny bilet na kolej i autobusy w całej metropolii"
TABLES = {
    "stol-1": ("Stół 1", "Mobilność", ["Rowery miejskie w gminach ościennych",
                                       "Parkingi P&R przy stacjach", "Autobus do strefy przemysłowej"]),
    "stol-2": ("Stół 2", "Kadry", ["Staże dla uczniów techników", "Klasy patronackie firm",
                                   "Doradca zawodowy w każdej szkole", "Uczelnie bliżej firm"]),
    "stol-3": ("Stół 3", "Kadry", ["Klastry energii w gminach", "Audyt energetyczny dla MŚP",
                                   "Mentoring dla młodych przedsiębiorców"]),
}
EDITS = {"stol-1": "Wspólny bilet: kolej, autobusy i rower miejski",
         "stol-2": "Wspólny bilet metropolitalny także dla turystów"}


def _template(path: Path) -> str:
    """The prepared workshop; the id of its note that two tables edit."""
    with WorkshopStore.create(path, workshop=Workshop(id=new_id(), title="Forum Rozwoju 2027")) as store:
        service = WorkshopService(store)
        service.add_participant(participant=NewParticipant(
            sector=Sector.LOCAL_GOVERNMENT, name="Anna Nowak", organisation="Gmina Wieliczka"))
        transport = service.create_cluster(name="Transport").created
        service.add_ideas(ideas=[NewIdea(SHARED, cluster_id=transport),
                                 NewIdea("Nocne autobusy do gmin", cluster_id=transport),
                                 NewIdea("Fotowoltaika na szkołach", sector=Sector.ACADEMIA)])
        service.tidy()
        service.forget_undo_history()
        return next(i.id for i in service.ideas() if i.text == SHARED)


def _table(path: Path, name: str, shared: str) -> None:
    label, group, texts = TABLES[name]
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        author = None
        if name in ("stol-2", "stol-3"):  # the same person sat at two tables
            author = service.add_participant(participant=NewParticipant(
                sector=Sector.BUSINESS, name="Jan Kowalski" if name == "stol-2" else "jan kowalski",
                organisation="Izba Gospodarcza")).created
        service.add_ideas(ideas=[NewIdea(text, sector=list(Sector)[n % 6], table_label=label,
                                         participant_id=author, cluster_name=group)
                                 for n, text in enumerate(texts)])
        if name in EDITS:
            service.edit_idea(idea_id=shared, text=EDITS[name])
        service.tidy()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="pl")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    i18n.install(args.lang)
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "forum.razem"
        shared = _template(target)
        sources = []
        for name in TABLES:
            path = Path(folder) / f"{name}.razem"
            shutil.copyfile(target, path)
            _table(path, name, shared)
            sources.append(path)
        with WorkshopStore.open(target) as store:
            session = WorkshopSession(WorkshopService(store), target)
            window = MainWindow(session, [str(target)])
            window.resize(1920, 1080)
            window.show()
            dialog = MergeDialog(session, window)
            dialog.plan_files(sources)
            dialog.open()
            app.processEvents()
            dialog.grab().save(str(DOCS / "merge-preview.png"))
            dialog.reject()
            window.close()
            session.shutdown()
    print(DOCS / "merge-preview.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
