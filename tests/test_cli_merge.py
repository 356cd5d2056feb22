"""`workshop-app merge TARGET SOURCE...`: the tables' files merged (one undo
step), the report printed in Polish (or English) and written as JSON,
`--dry-run` writing nothing, refusals in one sentence naming the file."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.tables import Tables, write_tables
from tests.test_carry_over import listing
from workshop_app import i18n
from workshop_app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from workshop_app.models import Workshop
from workshop_app.models.ids import new_id
from workshop_app.services import NewIdea, Op, WorkshopService
from workshop_app.storage import WorkshopStore

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(qapp: object, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Iterator[Run]:
    """`workshop-app ARGS` in Polish, in this process: (exit code, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        monkeypatch.setenv("RAZEM_LANG", "pl")
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    i18n.install("en")


@pytest.fixture
def tables(tmp_path: Path) -> Tables:
    folder = tmp_path / "stoly"
    folder.mkdir()
    made = write_tables(folder)
    shutil.copyfile(made.template, folder / "razem.razem")
    return made


def ideas_in(path: Path) -> list[str]:
    with WorkshopStore.open(path, read_only=True) as store:
        return sorted(i.text for i in WorkshopService(store).ideas())


def test_the_tables_are_merged_and_the_report_printed(run: Run, tables: Tables) -> None:
    target = tables.template.with_name("razem.razem")
    code, out, err = run("merge", target, *tables.tables)
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith(f"Połączono 3 pliki z {target} (jeden krok cofania):")
    assert "stol2.razem („Forum 2027”; stół: Stół 2):" in out
    assert "  pomysły: dodane 4, już były 2, zaktualizowane 1" in out
    assert ("jan  KOWALSKI (Izba gospodarcza) z pliku stol3.razem to teraz jedna osoba z: "
            "Jan Kowalski (Izba Gospodarcza) (teraz do niej należą: 2 pomysły, 0 głosów)") in out
    assert "„Zieleń” z pliku stol3.razem nazywa się teraz „Zieleń (stol3)”" in out
    assert len(ideas_in(target)) == 12
    with WorkshopStore.open(target) as store:
        (step,) = WorkshopService(store).undo_history()
    assert (step.label, step.count) == (Op.MERGE_WORKSHOPS.value, 3)
    # Again: nothing new, nothing written.
    before = listing(target.parent)
    code, out, _ = run("merge", target, *tables.tables)
    assert code == EXIT_OK
    assert out.startswith(f"Nic nowego dla {target} w 3 plikach; nic nie zostało zmienione.")
    assert listing(target.parent) == before


def test_a_dry_run_writes_nothing_but_the_report(run: Run, tables: Tables, tmp_path: Path) -> None:
    target = tables.template.with_name("razem.razem")
    report = tmp_path / "raport" / "merge.json"
    report.parent.mkdir()
    before = listing(target.parent)
    code, out, _ = run("merge", target, *tables.tables, "--dry-run", "--json", report, "--lang", "en")
    assert code == EXIT_OK
    assert out.startswith(f"Merging 3 files into {target} would do this (nothing was written):")
    assert listing(target.parent) == before
    document = json.loads(report.read_text(encoding="utf-8"))
    assert (document["format"], document["version"], document["dry_run"]) == (
        "razem-merge-report", 1, True)
    assert document["target"] == str(target)
    assert [s["name"] for s in document["sources"]] == ["stol1.razem", "stol2.razem", "stol3.razem"]
    assert document["sources"][1]["counts"]["ideas"] == {
        "added": 4, "present": 2, "updated": 1, "outdated": 0, "joined": 0}
    assert [j["name"] for j in document["joined_participants"]] == ["jan  KOWALSKI"]
    assert [(c["source"], c["winner"], c["older"]) for c in document["conflicts"]] == [
        ("stol1.razem", "source", {"text": "Wspólny bilet w metropolii"}),
        ("stol2.razem", "source", {"text": "Wspólny bilet (stół 1)"})]
    assert [p.name for p in report.parent.iterdir()] == ["merge.json"]  # no temporary left


def test_the_json_report_of_a_merge_and_joined_groups(run: Run, tables: Tables, tmp_path: Path) -> None:
    target = tables.template.with_name("razem.razem")
    report = tmp_path / "merge.json"
    code, _, _ = run("merge", target, *tables.tables, "--json", report, "--join-clusters")
    assert code == EXIT_OK
    document = json.loads(report.read_text(encoding="utf-8"))
    assert document["dry_run"] is False and document["changes_anything"] is True
    (group,) = document["clusters"]
    assert (group["name"], group["new_name"]) == ("Zieleń", "Zieleń")
    assert group["joined_into"] is not None


def test_a_report_onto_a_workshop_is_refused_before_anything_is_merged(
        run: Run, tables: Tables) -> None:
    target = tables.template.with_name("razem.razem")
    before = listing(target.parent)
    for onto in (tables.tables[0], tables.template.with_name("nowy.razem")):
        code, out, err = run("merge", target, tables.tables[1], "--json", onto)
        assert code == EXIT_FAILED and out == ""
        assert str(onto) in err
    assert listing(target.parent) == before


def test_a_bad_source_is_named_and_nothing_is_merged(run: Run, tables: Tables) -> None:
    target = tables.template.with_name("razem.razem")
    broken = tables.template.with_name("zepsuty.razem")
    broken.write_bytes(b"to nie jest warsztat")
    before = listing(target.parent)
    code, out, err = run("merge", target, tables.tables[0], broken)
    assert code == EXIT_FAILED and out == ""
    assert str(broken) in err
    assert err.rstrip().endswith("Nic nie zostało połączone; każdy plik jest taki, jak był.")
    assert listing(target.parent) == before
    code, _, err = run("merge", target, target)
    assert code == EXIT_FAILED
    assert err == (f"{target} to plik tego warsztatu; nie można go połączyć z samym sobą. "
                   "Nic nie zostało połączone.\n")
    assert listing(target.parent) == before


def test_a_source_is_required(run: Run, tables: Tables) -> None:
    code, _, err = run("merge", tables.template)
    assert code == EXIT_USAGE
    assert "ŹRÓDŁO" in err or "SOURCE" in err


def test_the_report_says_when_the_workshops_own_notes_were_tidied_first(
        run: Run, tables: Tables) -> None:
    fresh = tables.template.with_name("nowy.razem")
    with WorkshopStore.create(fresh, workshop=Workshop(id=new_id(), title="Nowy")) as store:
        WorkshopService(store).add_ideas(ideas=[NewIdea("Nasz pierwszy"), NewIdea("Nasz drugi")])
    code, out, _ = run("merge", fresh, tables.tables[0])
    assert code == EXIT_OK
    assert ("Żadna z 2 własnych karteczek warsztatu nie miała jeszcze miejsca na tablicy; "
            "najpierw je uporządkowano, na lewo od dołączonych.") in out


def test_a_workshop_of_an_older_razem_is_not_upgraded_when_a_source_is_refused(
        run: Run, tables: Tables) -> None:
    from workshop_app.storage.schema import STEPS

    old = tables.template.with_name("zeszloroczny.razem")  # last year's Razem wrote it
    WorkshopStore.create(old, workshop=Workshop(id=new_id(), title="Forum 2026"), steps=STEPS[:5]).close()
    broken = tables.template.with_name("zepsuty.razem")
    broken.write_bytes(b"to nie jest warsztat")
    before = listing(old.parent)
    code, out, err = run("merge", old, tables.tables[0], broken)
    assert code == EXIT_FAILED and out == "" and str(broken) in err
    assert listing(old.parent) == before  # neither upgraded nor backed up
    code, _, _ = run("merge", old, tables.tables[0])  # a good merge upgrades it, as opening does
    assert code == EXIT_OK
    assert ideas_in(old) == ideas_in(tables.tables[0])


@pytest.mark.parametrize("where", ["missing folder", "read-only folder"])
def test_a_report_that_could_not_be_written_refuses_the_merge_before_it_is_done(
        run: Run, tables: Tables, tmp_path: Path, where: str) -> None:
    target = tables.template.with_name("razem.razem")
    folder = tmp_path / "raporty"
    if where == "read-only folder":
        folder.mkdir()
        folder.chmod(0o555)
        if os.access(folder, os.W_OK):  # root: the folder is writable all the same
            folder.chmod(0o755)
            folder = tmp_path / "plik"
            folder.write_text("nie folder")
    report = folder / "merge.json"
    before = listing(target.parent)
    code, out, err = run("merge", target, *tables.tables, "--json", report)
    assert code == EXIT_FAILED and out == ""
    assert err.startswith(f"Nie udało się zapisać pliku {report}: ")
    assert err.rstrip().endswith("Nic nie zostało połączone; każdy plik jest taki, jak był.")
    assert listing(target.parent) == before
    assert ideas_in(target) == ideas_in(tables.template)


def test_a_file_given_twice_is_merged_once_and_the_report_says_so(
        run: Run, tables: Tables, tmp_path: Path) -> None:
    target = tables.template.with_name("razem.razem")
    first = tables.tables[0]
    link = tmp_path / "dowiazanie.razem"
    link.symlink_to(first)
    report = tmp_path / "merge.json"
    code, out, err = run("merge", target, first, tables.tables[1], first, link, "--json", report)
    assert (code, err) == (EXIT_OK, "")
    assert out.startswith(f"Połączono 2 pliki z {target} (jeden krok cofania):")
    assert out.count("stol1.razem („Forum 2027”") == 1
    assert f"{first.name} podano więcej niż raz; łączony jest tylko raz." in out
    assert f"{link.name} to ten sam plik co {first.name}; łączony jest tylko raz." in out
    document = json.loads(report.read_text(encoding="utf-8"))
    assert [s["name"] for s in document["sources"]] == ["stol1.razem", "stol2.razem"]
    assert document["repeated_sources"] == [{"path": str(first), "same_as": str(first)},
                                            {"path": str(link), "same_as": str(first)}]
    with WorkshopStore.open(target) as store:
        (step,) = WorkshopService(store).undo_history()
    assert step.count == 2


def test_conflicts_are_sentences_naming_fields_people_tables_and_deletions(
        run: Run, tmp_path: Path) -> None:
    """Fields in words, ids as names, a deletion said where and when, a
    deletion that lost said as "restored", the version an earlier file of
    the same merge brought named by its table; quotes of the language; the
    JSON report keeps its machine values."""
    from tests.helpers.tables import opened, write_template

    template = tmp_path / "szablon.razem"
    write_template(template)
    target, one, two = tmp_path / "razem.razem", tmp_path / "stół 1.razem", tmp_path / "stół 2.razem"
    for path in (target, one, two):
        shutil.copyfile(template, path)
    with opened(target) as room:
        anna, objective = room.participants()[0].id, room.objectives()[0].id
        ideas = {i.text: i.id for i in room.ideas()}
        room.edit_idea(idea_id=ideas["Fotowoltaika na szkołach"], participant_id=anna,
                       objective_id=objective)
    with opened(one) as table:
        table.add_ideas(ideas=[NewIdea("Nowy pomysł", table_label="Stół 1")])
        table.update_participant(participant_id=anna, organisation="Gmina (stół 1)")
        table.delete_ideas(idea_ids=[ideas["Nocne autobusy"]])
    with opened(two) as table:
        table.add_ideas(ideas=[NewIdea("Inny pomysł", table_label="Stół 2")])
        table.edit_idea(idea_id=ideas["Nocne autobusy"], text="Nocne autobusy co godzinę")
        table.edit_idea(idea_id=ideas["Fotowoltaika na szkołach"], text="Fotowoltaika wszędzie")
    report = tmp_path / "merge.json"
    code, out, err = run("merge", target, one, two, "--json", report)
    assert (code, err) == (EXIT_OK, "")
    lines = out.split("Wpisy w dwóch różnych wersjach (zostaje nowsza):\n")[1].splitlines()
    when = r"(\d{4}-\d\d-\d\d )?\d\d:\d\d"
    expected = [
        rf"• uczestnik „Anna Nowak”: nowsza wersja przy stole Stół 1 \(stół 1\.razem\) \({when}\) "
        rf"zastąpiła wersję w warsztacie \({when}\); w starszej wersji – organizacja: „Gmina Wieliczka”",
        rf"• pomysł #2 „Nocne autobusy”: usunięto przy stole Stół 1 \(stół 1\.razem\) o {when} "
        rf"\(wersja w warsztacie z {when} jest starsza\)",
        rf"• pomysł #3 „Fotowoltaika na szkołach”: wersja w warsztacie \({when}\) jest nowsza i "
        rf"zostaje; starsza jest przy stole Stół 1 \(stół 1\.razem\) \({when}\); w starszej wersji "
        rf"– autor: brak; cel: brak",
        rf"• pomysł #2 „Nocne autobusy co godzinę”: przywrócono – usunięto przy stole Stół 1 "
        rf"\(stół 1\.razem\) o {when}, ale później, o {when}, zmieniono przy stole Stół 2 "
        rf"\(stół 2\.razem\); w starszej wersji – tekst: „Nocne autobusy”",
        rf"• pomysł #3 „Fotowoltaika wszędzie”: nowsza wersja przy stole Stół 2 \(stół 2\.razem\) "
        rf"\({when}\) zastąpiła wersję w warsztacie \({when}\); w starszej wersji – tekst: "
        rf"„Fotowoltaika na szkołach”; autor: „Anna Nowak \(Gmina Wieliczka\)”; cel: „C\.1 Mobilność”"]
    assert len(lines) == len(expected)
    for line, pattern in zip(lines, expected, strict=True):
        assert re.fullmatch("  " + pattern, line), line
    # The JSON report: the same machine values as ever (ids, ISO times).
    document = json.loads(report.read_text(encoding="utf-8"))
    photovoltaics = document["conflicts"][4]
    assert photovoltaics["older"] == {"text": "Fotowoltaika na szkołach", "participant_id": anna,
                                      "objective_id": objective}
    assert document["conflicts"][1]["newer"]["deleted_at"].startswith("20")
    # In English: English quotation marks, English words.
    shutil.copyfile(template, target)
    code, out, _ = run("merge", target, one, two, "--dry-run", "--lang", "en")
    lines = out.split("Rows in two different versions (the newer one is kept):\n")[1].splitlines()
    assert "„" not in out and lines[0].startswith("  • participant “Anna Nowak”: the newer version "
                                                  "at table Stół 1 (stół 1.razem) (")
    assert any(line.startswith("  • idea #2 “Nocne autobusy co godzinę”: restored – deleted at table "
                               "Stół 1 (stół 1.razem) at ") for line in lines)


def test_a_conflict_names_an_unnamed_or_missing_author_in_words(polish: None) -> None:
    from workshop_app.merge_words import MergeWords
    from workshop_app.models.merge_report import Conflict, MergeKind, MergeReport, Winner

    conflict = Conflict(source="stol.razem", kind=MergeKind.IDEAS, row_id="i", title="Pomysł",
                        winner=Winner.SOURCE, newer_at="2026-12-02T09:15:00.123456+00:00",
                        older_at="2026-12-01T08:00:00.5+00:00", newer={"participant_id": "x"},
                        older={"participant_id": "bez-imienia", "objective_id": "zniknal"})
    report = MergeReport(conflicts=(conflict,), names={"bez-imienia": ""}, numbers={"i": 7})
    line = MergeWords().conflict(conflict, report)
    assert line.startswith("pomysł #7 „Pomysł”: nowsza wersja przy stole stol.razem (stol.razem) "
                           "(2026-12-0")
    assert ".123456" not in line and "T09" not in line  # to the minute, with dates (two days)
    assert line.endswith("w starszej wersji – autor: wpis bez nazwy; cel: wpis, którego już nie ma")


def test_a_rounds_state_and_an_items_format_are_said_in_words(polish: None) -> None:
    from workshop_app.merge_words import MergeWords
    from workshop_app.models.merge_report import Conflict, MergeKind, MergeReport, Winner

    conflict = Conflict(source="stol.razem", kind=MergeKind.ROUNDS, row_id="r", title="Kropki",
                        winner=Winner.SOURCE, newer_at="2026-12-02T09:15:00+00:00",
                        older_at="2026-12-02T09:00:00+00:00", newer={"status": "open"},
                        older={"status": "draft", "format": "world_cafe"})
    line = MergeWords().conflict(conflict, MergeReport(conflicts=(conflict,)))
    assert "stan: „nierozpoczęte”" in line and "draft" not in line
    assert "forma: „stolik World Café”" in line
