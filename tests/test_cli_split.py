"""`workshop-app split FILE OUT (--table LABEL | --ideas ID,...)`: a table's own
file written from the command line, also while a running Razem writes FILE;
mistakes said in one sentence, nothing written."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import test_cli_carry_over
from tests.helpers.split import rows
from tests.test_cli_carry_over import Run
from workshop_app.models import Cluster, Idea, Workshop

run = test_cli_carry_over.run  # the same fixture: `workshop-app ARGS` in Polish, in this process
WRITE_AND_HOLD = Path(__file__).parent / "helpers" / "write_and_hold.py"


@pytest.fixture
def source(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "forum.razem"
    shutil.copyfile(demo_template, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_table_is_written_to_its_own_file_in_polish(run: Run, source: Path, tmp_path: Path) -> None:
    before = digest(source)
    code, out, err = run("split", str(source), str(tmp_path / "stol-4"), "--table", "stol 4")
    assert (code, err) == (0, "")
    target = tmp_path / "stol-4.razem"  # the suffix added, as `new` adds it
    assert out.splitlines() == [
        f"Zapisano 8 pomysłów stołu \u201eStół 4\u201d w pliku {target}.",
        "Wraz z nimi: 6 grup oraz ustawienia warsztatu ze wszystkimi uczestnikami (16); "
        "bez rund głosowania i programu."]
    assert {i.table_label for i in rows(target, Idea).values()} == {"Stół 4"}
    assert rows(target, Workshop) == rows(source, Workshop)
    assert digest(source) == before


def test_chosen_ideas_by_number_in_english(run: Run, source: Path, tmp_path: Path) -> None:
    target = tmp_path / "wybrane.razem"
    ideas = sorted(rows(source, Idea).values(), key=lambda i: i.seq)
    code, out, _ = run("split", str(source), str(target), "--ideas", f"1, #2,{ideas[2].id}",
                       "--lang", "en")
    assert code == 0 and out.startswith(f"Wrote 3 chosen ideas to {target}.")
    assert set(rows(target, Idea)) == {i.id for i in ideas[:3]}
    assert set(rows(target, Cluster)) == {i.cluster_id for i in ideas[:3] if i.cluster_id}


def test_split_reads_a_file_a_running_razem_writes(run: Run, source: Path, tmp_path: Path) -> None:
    """The ideas the window just committed (still in its journal) go too,
    and the window's file and journal stay as they are."""
    with subprocess.Popen([sys.executable, str(WRITE_AND_HOLD), str(source), "3"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as window:
        assert window.stdout is not None and window.stdout.readline() == "ready\n"
        try:
            journal = source.with_name(source.name + "-wal")
            before = (digest(source), digest(journal))
            code, out, err = run("split", str(source), str(tmp_path / "bez.razem"), "--table", "")
            assert (code, err) == (0, "")
            assert (digest(source), digest(journal)) == before
        finally:
            window.kill()
    texts = sorted(i.text for i in rows(tmp_path / "bez.razem", Idea).values())
    assert texts == [f"Pomysł z dziennika {n}" for n in range(3)]
    assert out.startswith("Zapisano 3 pomysły bez stołu w pliku")


@pytest.mark.parametrize(("args", "said"), [
    (["--table", "Stół 9"], "Nie ma stołu \u201eStół 9\u201d"),
    (["--ideas", "1,999"], "Nie ma pomysłu 999"),
])
def test_a_table_or_idea_that_is_not_there_writes_nothing(
        run: Run, source: Path, tmp_path: Path, args: list[str], said: str) -> None:
    code, out, err = run("split", str(source), str(tmp_path / "x.razem"), *args)
    assert (code, out) == (1, "") and said in err and "Nic nie zapisano" in err
    assert not (tmp_path / "x.razem").exists()


def test_an_existing_target_and_the_source_itself_are_refused(
        run: Run, source: Path, tmp_path: Path) -> None:
    other = tmp_path / "inny.razem"
    other.write_bytes(b"moje notatki")
    before = digest(source)
    code, _, err = run("split", str(source), str(other), "--table", "Stół 1")
    assert code == 1 and "już istnieje" in err and other.read_bytes() == b"moje notatki"
    code, _, err = run("split", str(source), str(source), "--table", "Stół 1")
    assert code == 1 and "pliku tego warsztatu" in err and digest(source) == before


def test_table_or_ideas_must_be_given_one_of_them(run: Run, source: Path, tmp_path: Path) -> None:
    code, _, err = run("split", str(source), str(tmp_path / "x.razem"))
    assert code == 2 and "--table --ideas" in err
    code, _, err = run("split", str(source), str(tmp_path / "x.razem"), "--table", "A", "--ideas", "1")
    assert code == 2 and "--ideas" in err
    assert not (tmp_path / "x.razem").exists()


@pytest.mark.parametrize("name", ["stol-4.csv", "stol 4.5"])
def test_a_new_file_always_ends_in_razem_as_new_and_demo_write_it(
        run: Run, source: Path, tmp_path: Path, name: str) -> None:
    given = tmp_path / name
    target = tmp_path / (name + ".razem")
    code, out, err = run("split", str(source), str(given), "--table", "stol 4")
    assert (code, err) == (0, "")
    assert out.startswith(f"Zapisano 8 pomysłów stołu \u201eStół 4\u201d w pliku {target}.")
    assert not given.exists() and len(rows(target, Idea)) == 8
    for command, *more in (("new", "--title", "Forum"), ("demo",)):
        given, target = tmp_path / f"{command}.csv", tmp_path / f"{command}.csv.razem"
        code, out, err = run(command, str(given), *more)
        assert (code, err) == (0, "") and str(target) in out
        assert not given.exists() and rows(target, Workshop)
