"""Render the main views of the demo workshop to PNG files in docs/.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--lang pl|en]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app import i18n
from workshop_app.models import PhaseKind, RoundStatus, Sector, VoteMethod
from workshop_app.new_workshop import create_workshop_file
from workshop_app.services import NewIdea, WorkshopService
from workshop_app.services.demo import write_demo
from workshop_app.storage import WorkshopStore
from workshop_app.ui.carry_over_dialog import TITLE, CarryOverDialog
from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.idea_table import TABLE
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.panels import GatherPanel
from workshop_app.ui.presenter_voting import option_titles
from workshop_app.ui.session import WorkshopSession
from workshop_app.ui.split_dialog import SplitDialog
from workshop_app.ui.start_screen import StartScreen
from workshop_app.ui.style import apply_style
from workshop_app.ui.tally_dialog import TallyDialog

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _canvas_close_up(app: QApplication, window: MainWindow) -> None:
    """The canvas zoomed in far enough to read the notes, and a previewed
    suggestion."""
    window.show_phase(PhaseKind.CLUSTER)
    panel = window.panels[PhaseKind.CLUSTER]
    suggestions = panel.suggestions
    while suggestions.latest is None:
        app.processEvents()
    panel.canvas.resetTransform()
    panel.canvas.zoom(0.62)
    panel.canvas.centerOn(520, 300)
    app.processEvents()
    window.grab().save(str(DOCS / "cluster-canvas.png"))
    side = panel.suggestion_panel
    section = side.tree.topLevelItem(0)
    side.tree.setCurrentItem(section.child(0))
    group = section.child(0).data(0, Qt.ItemDataRole.UserRole + 1)[2]
    panel.canvas.auto_fit = False
    box = panel.scene.notes[group[0]].sceneBoundingRect()
    for idea_id in group[1:]:
        box = box.united(panel.scene.notes[idea_id].sceneBoundingRect())
    panel.canvas.fitInView(box.adjusted(-40, -90, 40, 60), Qt.AspectRatioMode.KeepAspectRatio)
    app.processEvents()
    window.grab().save(str(DOCS / "cluster-suggestion.png"))


def _agenda_builder(app: QApplication, window: MainWindow) -> None:
    """The agenda builder at 1920x1080: two more topics added from the
    results, "Ułóż automatycznie" applied, the newest item in the editor."""
    from workshop_app.ui.panels.agenda import AgendaPanel

    window.resize(1920, 1080)
    window.show_phase(PhaseKind.AGENDA)
    panel = window.panels[PhaseKind.AGENDA]
    assert isinstance(panel, AgendaPanel)
    box = panel.candidates
    for row in range(box.model.rowCount()):
        if box.model.index(row, 0).data() == "" and panel.model.rowCount() < 6:
            box.view.setCurrentIndex(box.model.index(row, 2))
            box.add_selected()
    panel.schedule()
    app.processEvents()
    window.grab().save(str(DOCS / "agenda-builder.png"))
    window.resize(1440, 860)


class _Clock:
    """A hand-moved clock so the time-up view can be shown without waiting."""

    now = 1000.0

    def __call__(self) -> float:
        return self.now


def _presenter(app: QApplication, window: MainWindow, session: WorkshopSession,
               clock: _Clock) -> None:
    """The shared screen at projector size in every phase, the timer running."""
    window.show_phase(PhaseKind.SETUP)
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None and presenter.board is not None
    presenter.resize(1920, 1080)
    app.processEvents()
    presenter.grab().save(str(DOCS / "shared-screen-setup.png"))
    window.show_phase(PhaseKind.GATHER)
    session.run(session.service.add_idea,
                idea=NewIdea(text="Wspólny kalendarz wydarzeń gospodarczych całej metropolii"))
    session.timer.start()
    app.processEvents()
    presenter.grab().save(str(DOCS / "shared-screen-gather.png"))
    session.timer.timer.reset(60)  # a one-minute timer, run out
    session.timer.start()
    clock.now += 75
    session.timer.tick()
    app.processEvents()
    presenter.grab().save(str(DOCS / "shared-screen-time-up.png"))
    session.timer.reset()
    window.show_phase(PhaseKind.CLUSTER)
    app.processEvents()
    presenter.grab().save(str(DOCS / "shared-screen-cluster.png"))
    presenter.board.lists.next_page()
    app.processEvents()
    presenter.grab().save(str(DOCS / "shared-screen-cluster-page-2.png"))
    canvas = window.panels[PhaseKind.CLUSTER].canvas
    canvas.resetTransform()
    canvas.zoom(2.2)
    canvas.centerOn(window.panels[PhaseKind.CLUSTER].scene.frames[
        session.service.clusters()[0].id])
    window.follow_action.setChecked(True)
    app.processEvents()
    presenter.grab().save(str(DOCS / "shared-screen-cluster-canvas.png"))
    window.follow_action.setChecked(False)
    for kind in (PhaseKind.PRIORITISE, PhaseKind.AGENDA):
        window.show_phase(kind)
        app.processEvents()
        presenter.grab().save(str(DOCS / f"shared-screen-{kind.value}.png"))
    presenter.close()


def _voting(app: QApplication, window: MainWindow, session: WorkshopSession) -> None:
    """Walk-up voting, the next-voter card, revealed results and matrix, the paper tally."""
    service = session.service
    made = service.add_round(title="Które tematy na Forum Rozwoju Gospodarczego 2027?",
                             method=VoteMethod.DOTS, dots_per_voter=3, max_per_option=2).created
    assert made is not None
    service.open_round(round_id=made)
    window.show_phase(PhaseKind.PRIORITISE)
    window.toggle_presenter()
    presenter = window.presenter
    assert presenter is not None
    presenter.resize(1920, 1080)
    presenter.voting.rng = random.Random(3)
    session.station.start_voting(made)

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()
        widget.grab().save(str(DOCS / f"{name}.png"))

    voting = presenter.voting
    shot(presenter, "vote-start")
    QTest.keyClick(voting.currentWidget(), Qt.Key.Key_3)
    if voting.currentWidget() is voting.name_page:
        QTest.keyClick(voting.currentWidget(), Qt.Key.Key_1)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_4, Qt.Key.Key_Plus):
        QTest.keyClick(voting.ballot_page, key)
    shot(presenter, "vote-card")
    QTest.keyClick(voting.ballot_page, Qt.Key.Key_Return)
    QTest.keyClick(voting.currentWidget(), Qt.Key.Key_Return)
    shot(presenter, "vote-next")
    session.station.start_voting(None)
    closed = [r for r in service.rounds() if r.status is RoundStatus.CLOSED]
    dots = next(r for r in closed if r.method is VoteMethod.DOTS)
    score = next(r for r in closed if r.method is VoteMethod.SCORE)
    session.station.reveal(dots.id)
    shot(presenter, "vote-results")
    session.station.reveal(score.id)
    while presenter.prioritise.currentWidget() is not presenter.matrix:
        presenter.turn_page(1)
    shot(presenter, "vote-matrix")
    session.station.reveal(None)
    presenter.close()
    titles = option_titles(service, dots)
    dialog = TallyDialog(dots.title, {o: titles[o] for o in dots.options})
    dialog.resize(1300, 800)
    dialog.show()
    for grid, value in ((dialog.first, "7"), (dialog.second, "8")):
        business = grid.sectors.index(Sector.BUSINESS)
        grid.cell(0, business).setText(value)
        grid.cell(1, business).setText("3")
        grid.cell(len(grid.option_ids), business).setText("4")
    dialog.check()  # one cell differs: marked, not accepted
    shot(dialog, "vote-tally")
    dialog.close()


WORDS = ("Kolej aglomeracyjna do Skawiny co pół godziny", "Staże dla studentów w firmach z MŚP",
         "Szkoła branżowa przy strefie ekonomicznej", "Fotowoltaika na dachach hal magazynowych",
         "Obsługa inwestora w jednym okienku gminy", "Wspólne laboratorium uczelni i przemysłu",
         "Ścieżki rowerowe do strefy przemysłowej", "Mapa terenów inwestycyjnych online")
GROUPS = ("Transport", "Kadry i edukacja", "Energia", "Obsługa inwestora", "Wspólne laboratorium")


def _workshop(path: Path, count: int) -> None:
    with create_workshop_file(path, f"Gospodarka {count}") as store:
        service = WorkshopService(store)
        service.add_ideas(ideas=[NewIdea(text=f"{WORDS[i % len(WORDS)]} ({i + 1})",
                                         sector=list(Sector)[i % 6]) for i in range(count)])
        ids = [i.id for i in service.ideas()]
        grouped = count * 3 // 4
        for number, name in enumerate(GROUPS * (1 + count // 60)):
            members = ids[number::len(GROUPS) * (1 + count // 60)][: grouped // len(GROUPS)]
            service.create_cluster(name=f"{name} {number + 1}" if count > 60 else name,
                                   idea_ids=members[: max(1, len(members) * 3 // 4)])
        service.tidy()


def _fit_all_shots(app: QApplication) -> None:
    """The Cluster canvas at "fit all" with 30 and 200 notes at 1920x1080."""
    with tempfile.TemporaryDirectory() as folder:
        for count in (30, 200):
            path = Path(folder) / f"fit-{count}.razem"
            _workshop(path, count)
            with WorkshopStore.open(path) as store:
                _fit_all_shot(app, WorkshopService(store), path, f"cluster-fit-{count}.png")


def _fit_all_shot(app: QApplication, service: WorkshopService, path: Path, name: str) -> None:
    """The window at 1920x1080 showing the Cluster canvas at "fit all", saved as `name`."""
    window = MainWindow(WorkshopSession(service, path), [str(path)])
    window.resize(1920, 1080)
    window.show()
    window.show_phase(PhaseKind.CLUSTER)
    for _ in range(3):  # the panel lays out the suggestions it opens, then their wrapped text
        app.processEvents()
    window.panels[PhaseKind.CLUSTER].fit_action.trigger()
    app.processEvents()
    window.grab().save(str(DOCS / name))
    window.close()


def _carry_over(app: QApplication, folder: Path) -> None:
    """"Tematy z poprzedniej edycji": the demo as last year's workshop, read
    from a new one, two topics ticked."""
    last_year = folder / "gospodarka-2026.razem"
    write_demo(last_year)
    this_year = folder / "gospodarka-2027.razem"
    with create_workshop_file(this_year, "Gospodarka 2027") as store:
        dialog = CarryOverDialog(WorkshopSession(WorkshopService(store), this_year))
        dialog.show()
        dialog.load(last_year)
        for row in (0, 5):
            item = dialog.topics.topLevelItem(row)
            assert item is not None
            item.setCheckState(TITLE, Qt.CheckState.Checked)
        app.processEvents()
        dialog.grab().save(str(DOCS / "carry-over.png"))
        dialog.close()


def _export_dialog(app: QApplication, window: MainWindow, folder: Path) -> None:
    """The export dialog once the demo's agenda is written (File → Export…)."""
    from workshop_app.exports.kinds import ExportKind

    dialog = window.show_export(ExportKind.AGENDA)
    dialog.target.setText(str(folder / "demo-program.pdf"))
    _shot_when_done(app, dialog, "export-dialog.png")


def _shot_when_done(app: QApplication, dialog: ExportDialog | SplitDialog, name: str) -> None:
    """Start the dialog's work, wait until it has ended, and take its picture."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    dialog.ended.connect(loop.quit)
    if dialog.start():
        loop.exec()
    app.processEvents()
    dialog.grab().save(str(DOCS / name))
    dialog.reject()


def _split_dialog(app: QApplication, window: MainWindow, folder: Path) -> None:
    """File → Save table as a separate file…, with a note of table 3 selected
    in the Gather list, once the table's file is written."""
    window.show_phase(PhaseKind.GATHER)
    gather = window.panels[PhaseKind.GATHER]
    assert isinstance(gather, GatherPanel)
    rows = gather.view.model().rowCount()
    for row in range(rows):
        index = gather.view.model().index(row, TABLE)
        if index.data() == "Stół 3":
            gather.view.selectRow(row)
            break
    dialog = window.split_table()
    dialog.target.setText(str(folder / "demo-Stół-3.razem"))
    _shot_when_done(app, dialog, "split-dialog.png")


MERGED_TABLES = {
    "stol-1": ("Stół 1", ["Rowery miejskie w gminach ościennych", "Parkingi przy stacjach",
                          "Wspólny bilet z koleją", "Autobus do strefy przemysłowej"], "Mobilność"),
    "stol-2": ("Stół 2", ["Staże dla uczniów techników", "Klasy patronackie firm",
                          "Doradca zawodowy w każdej szkole"], "Kadry"),
    "stol-3": ("Stół 3", ["Panele na dachach szkół", "Klastry energii w gminach",
                          "Audyt energetyczny dla MŚP", "Magazyny energii"], "Energia"),
}
# A table's note in a group the workshop has already: it joins that group's frame.
MERGED_JOINING = {"stol-1": ("Szlak rowerowy wzdłuż Wisły", "Turystyka i czas wolny")}


def _merge_table(path: Path, label: str, texts: list[str], group: str) -> None:
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        service.add_ideas(ideas=[NewIdea(text, sector=list(Sector)[n % 6], table_label=label,
                                         cluster_name=group) for n, text in enumerate(texts)])
        if path.stem in MERGED_JOINING:
            text, known = MERGED_JOINING[path.stem]
            service.add_ideas(ideas=[NewIdea(text, table_label=label, cluster_name=known)])
        service.tidy()


def _merge_canvas(app: QApplication) -> None:
    """The Cluster canvas at "fit all" after three tables' files were merged
    into the demo workshop: each table's notes in an area of its own, but
    for one note of a group the workshop has, which joins that group's frame."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "forum.razem"
        write_demo(target)
        sources = []
        for name, (label, texts, group) in MERGED_TABLES.items():
            path = Path(folder) / f"{name}.razem"
            shutil.copyfile(target, path)
            _merge_table(path, label, texts, group)
            sources.append(path)
        with WorkshopStore.open(target) as store:
            service = WorkshopService(store)
            service.merge(service.plan_merge(sources))
            _fit_all_shot(app, service, target, "merge-canvas.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="pl")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    i18n.install(args.lang)
    apply_style(app)
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.razem"
        write_demo(path)
        with WorkshopStore.open(path) as store:
            clock = _Clock()
            session = WorkshopSession(WorkshopService(store), path, clock=clock)
            window = MainWindow(session, [str(path)])
            window.resize(1440, 860)
            window.show()
            for kind in PhaseKind:
                window.show_phase(kind)
                app.processEvents()
                window.grab().save(str(DOCS / f"main-{kind.value}.png"))
            _canvas_close_up(app, window)
            _presenter(app, window, session, clock)
            _voting(app, window, session)
            _export_dialog(app, window, Path(folder))
            _split_dialog(app, window, Path(folder))
            _agenda_builder(app, window)  # last: it changes the agenda others show
            window.close()
        _carry_over(app, Path(folder))
    _fit_all_shots(app)
    _merge_canvas(app)
    start = StartScreen(["/home/moderator/Warsztaty/gospodarka-2026.razem"])
    start.show()
    app.processEvents()
    start.grab().save(str(DOCS / "start-screen.png"))
    print("\n".join(sorted(str(p) for p in DOCS.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
