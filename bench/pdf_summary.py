"""pdf_summary: the PDF summary of a big workshop, next to plain reportlab.

**Razem**: `export_summary` (read through the service, build every section
with reportlab Platypus - cover, participation chart, ideas by group, a
closed dots round with its chart and tables, priorities, agenda, appendix -
and write the file through a temporary file), in Polish, in this process.
Workshops of 1,000 ideas in 50 groups and of 5,000 ideas in 50 groups, with
40 named participants, a closed dots round on the groups with 40 ballots
and 5 agenda items.

**Baseline**: the same idea texts as plain reportlab Paragraphs in the same
font (each idea twice, as the summary prints it in its group and in the
appendix), one `SimpleDocTemplate.build` into memory and written to a file.

Both median of 3 runs (5,000: 2 runs), alternating. The peak memory is that
of `python -m workshop_app export FILE --summary OUT` for 5,000 ideas as a
new process (VmHWM, see bench/peak.py), next to the baseline's process
(`python -m bench.pdf_summary FILE OUT`).
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

from bench.common import (
    BenchResult,
    Options,
    Row,
    median,
    peak_command,
    sample_text,
    scratch_dir,
    verdict,
)

NAME = "pdf_summary"
SIZES = {1000: (3.0, 3), 5000: (10.0, 2)}  # ideas: (target seconds, runs)
CLUSTERS, PEOPLE, BALLOTS, AGENDA = 50, 40, 40, 5
AIM_RATIO = 1.5
PEAK_TARGET_MB = 500.0


def run(options: Options) -> BenchResult:
    del options
    from PySide6.QtCore import QCoreApplication

    from workshop_app import i18n

    if QCoreApplication.instance() is None:
        QCoreApplication(["bench"])
    i18n.install("pl")
    result = BenchResult(NAME)
    with scratch_dir(NAME) as folder:
        for size, (target, runs) in SIZES.items():
            workshop = _workshop(folder / f"w{size}.razem", size)
            ours, base, pages = _timings(workshop, folder, runs)
            ratio = median(ours) / median(base)
            result.rows.append(Row(NAME, f"summary {size} ideas s (median)", median(ours), median(base),
                                   f"≤{target:g} s", verdict(median(ours) <= target)))
            result.notes.append(f"{size} ideas: {pages} pages, {ratio:.2f}× the baseline "
                                f"(aim ≤{AIM_RATIO:g}×: {'met' if ratio <= AIM_RATIO else 'not met'}); "
                                f"runs {', '.join(f'{s:.2f}' for s in ours)} s vs "
                                f"{', '.join(f'{s:.2f}' for s in base)} s")
            result.details[f"summary {size}"] = {"razem_s": ours, "baseline_s": base, "pages": pages}
        workshop = folder / "w5000.razem"
        _, peak = peak_command(["workshop_app", "export", str(workshop), "--summary",
                                str(folder / "peak.pdf")])
        _, base_peak = peak_command(["bench.pdf_summary", str(workshop), str(folder / "base.pdf")])
        result.rows.append(Row(NAME, "export --summary 5000 peak MB", peak, base_peak,
                               f"≤{PEAK_TARGET_MB:g} MB", verdict(peak <= PEAK_TARGET_MB)))
    result.notes.append("in-process timings (translations installed, fonts registered by a warm-up "
                        "run); peak MB = the whole command's VmHWM, Python, Qt core and reportlab included")
    return result


def _workshop(path: Path, size: int) -> Path:
    from workshop_app.models import Sector, VoteMethod, VoteTarget
    from workshop_app.new_workshop import create_workshop_file
    from workshop_app.services import NewIdea, WorkshopService

    sectors = list(Sector)
    with create_workshop_file(path, "Forum Rozwoju Gospodarczego – warsztat testowy") as store:
        service = WorkshopService(store)
        service.update_workshop(date="2026-10-15", place="Niepołomice", moderators=["Anna Nowak"])
        service.add_ideas(ideas=[NewIdea(text=sample_text(i), sector=sectors[i % len(sectors)],
                                         cluster_name=f"Grupa {i % CLUSTERS + 1}: łączenie tematów",
                                         author_name=f"Uczestnik {i % PEOPLE + 1}")
                                 for i in range(size)])
        clusters = [c.id for c in service.clusters()]
        round_id = service.add_round(title="Które tematy na Forum?", target=VoteTarget.CLUSTERS,
                                     method=VoteMethod.DOTS, options=clusters, dots_per_voter=5,
                                     max_per_option=3).created
        assert round_id is not None
        service.open_round(round_id=round_id)
        for voter in range(BALLOTS):
            picks = {clusters[(voter * 7 + k) % len(clusters)]: 1 for k in range(5)}
            service.cast_ballot(round_id=round_id, votes=picks, sector=sectors[voter % len(sectors)])
        service.close_round(round_id=round_id)
        for k in range(AGENDA):
            service.add_agenda_item(title=f"Temat {k + 1}", cluster_id=clusters[k],
                                    slot=f"2027-05-20T{9 + k:02d}:00", track="Sala A")
    return path


def _timings(workshop: Path, folder: Path, runs: int) -> tuple[list[float], list[float], int]:
    from pypdf import PdfReader

    from workshop_app.exports.pdf_summary import export_summary
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    ours: list[float] = []
    base: list[float] = []
    with WorkshopStore.open(workshop, read_only=True) as store:
        service = WorkshopService(store)
        texts = [idea.text for idea in service.ideas()]
        export_summary(service, folder / "warm-up.pdf")  # fonts, imports
        for i in range(runs):
            for first in ((True, False) if i % 2 == 0 else (False, True)):
                start = time.perf_counter()
                if first:
                    export_summary(service, folder / "summary.pdf")
                    ours.append(time.perf_counter() - start)
                else:
                    baseline(texts, folder / "baseline.pdf")
                    base.append(time.perf_counter() - start)
    return ours, base, len(PdfReader(folder / "summary.pdf").pages)


def baseline(texts: list[str], out: Path) -> None:
    """Each text twice as a plain Paragraph in the shipped font, in one A4 document."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from workshop_app.exports.pdf_layout import FONT, para_text, register_fonts

    register_fonts()
    style = ParagraphStyle("plain", fontName=FONT, fontSize=10, leading=13.5)
    memory = io.BytesIO()
    document = SimpleDocTemplate(memory, pagesize=A4, initialFontName=FONT)
    document.build([Paragraph(para_text(text), style) for text in [*texts, *texts]])
    out.write_bytes(memory.getvalue())


def _baseline_command(workshop: Path, out: Path) -> None:
    from workshop_app.services import WorkshopService
    from workshop_app.storage import WorkshopStore

    with WorkshopStore.open(workshop, read_only=True) as store:
        texts = [idea.text for idea in WorkshopService(store).ideas()]
    baseline(texts, out)


if __name__ == "__main__":
    _baseline_command(Path(sys.argv[1]), Path(sys.argv[2]))
