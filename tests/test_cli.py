"""The command line as a user meets it: real files, output, exit codes.

Most tests call `cli.main` in this process (capturing what it prints); the
few marked `slow` run the real program in a child process.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from workshop_app import i18n
from workshop_app.cli import main
from workshop_app.services import WorkshopService
from workshop_app.settings import LANGUAGE, Settings
from workshop_app.storage import WorkshopStore


@dataclass(frozen=True)
class Ran:
    """What one command printed and returned."""

    returncode: int
    stdout: str
    stderr: str


Run = Callable[..., Ran]


_KEEP: list[object] = []


@pytest.fixture(scope="module", autouse=True)
def _application() -> None:
    """`main` uses the running Qt application for its translators; this process
    also runs widget tests, which need that one application to be a QApplication."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _KEEP.append(QApplication([sys.argv[0]]))


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")  # what the other tests expect; `main` installs the user's language


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`workshop-app ARGS` with RAZEM_LANG=lang, in this process."""

    def run(*args: str, lang: str = "pl") -> Ran:
        monkeypatch.setenv("RAZEM_LANG", lang)
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def run_process(*args: str, lang: str = "pl") -> subprocess.CompletedProcess[str]:
    """`python -m workshop_app ARGS` in a child process."""
    env = {**os.environ, "RAZEM_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "workshop_app", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_creates_a_workshop_with_the_title(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "forum.razem"
    result = run("new", str(target), "--title", "Gospodarka – Łódź & <b>okolice</b>")
    assert result.returncode == 0, result.stderr
    assert "Utworzono" in result.stdout
    with WorkshopStore.open(target) as store:
        assert WorkshopService(store).workshop().title == "Gospodarka – Łódź & <b>okolice</b>"


def test_new_refuses_an_existing_file_and_leaves_it_alone(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "notatki.razem"
    target.write_bytes(b"moje notatki")
    result = run("new", str(target), "--title", "X")
    assert result.returncode == 1
    assert "już istnieje" in result.stderr
    assert target.read_bytes() == b"moje notatki"


def test_new_refuses_an_empty_title(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "pusty.razem"
    result = run("new", str(target), "--title", "   ")
    assert result.returncode == 1
    assert "pusty" in result.stderr
    assert not target.exists()


def test_missing_title_is_a_usage_error_with_exit_code_2(run: Run, tmp_path: Path) -> None:
    result = run("new", str(tmp_path / "a.razem"))
    assert result.returncode == 2
    assert "--title" in result.stderr


def test_demo_then_export_json_has_the_documented_fields(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    out = tmp_path / "demo.json"
    result = run("export", str(demo), "--json", str(out))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "razem-workshop" and document["schema_version"] == 2
    clusters = {c["id"]: c["name"] for c in document["clusters"]}
    assert len(clusters) >= 5
    for idea in document["ideas"]:
        assert {"id", "text", "sector", "cluster_id"} <= idea.keys()
        assert idea["cluster_id"] is None or idea["cluster_id"] in clusters
    assert any(r["status"] == "closed" and r["ballots"] for r in document["rounds"])
    assert document["agenda"]


@pytest.mark.slow
def test_export_reads_a_file_that_the_gui_holds_open(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    with WorkshopStore.open(demo):  # held by this process, as the GUI would
        result = run_process("export", str(demo), "--json", str(tmp_path / "out.json"))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["ideas"]


def test_export_of_a_foreign_file_fails_clearly_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    foreign = tmp_path / "lista.razem"
    foreign.write_text("imię;nazwisko\nJan;Kowalski\n", encoding="cp1250")
    before = sha(foreign)
    result = run("export", str(foreign), "--json", str(tmp_path / "out.json"))
    assert result.returncode == 1
    assert "nie jest warsztatem Razem" in result.stderr
    assert sha(foreign) == before
    assert not (tmp_path / "out.json").exists()


def test_export_to_an_unwritable_place_fails_clearly(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    result = run("export", str(demo), "--json", str(tmp_path / "no" / "such" / "dir.json"))
    assert result.returncode == 1
    assert "Nie udało się zapisać" in result.stderr


def test_demo_refuses_to_overwrite(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo.razem"
    assert run("demo", str(target)).returncode == 0
    before = sha(target)
    assert run("demo", str(target)).returncode == 1
    assert sha(target) == before


@pytest.mark.parametrize(("lang", "expected"), [("pl", "utwórz"), ("en", "create a new")])
def test_help_documents_every_command_in_the_users_language(run: Run, lang: str, expected: str) -> None:
    result = run("--help", lang=lang)
    assert result.returncode == 0
    for command in ("new", "demo", "export"):
        assert command in result.stdout
    assert expected in result.stdout.lower()


def test_english_messages_on_request(run: Run, tmp_path: Path) -> None:
    result = run("new", str(tmp_path / "a.razem"), "--title", "Forum", "--lang", "en")
    assert result.returncode == 0
    assert "Created the workshop" in result.stdout


def test_import_reads_a_cp1250_semicolon_file_into_one_transaction(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "w.razem"
    assert run("new", str(target), "--title", "Import").returncode == 0
    source = tmp_path / "pomysly.csv"
    source.write_bytes("Treść;Sektor;Autor;Klaster\r\nŻłobki przy strefach;Samorząd;Jan Żak;Kadry\r\n"
                       "Kolej co 15 minut;Mieszkaniec;;Transport\r\n".encode("cp1250"))
    result = run("import", str(target), str(source))
    assert result.returncode == 0, result.stderr
    assert "Zaimportowano 2 pomysły" in result.stdout
    with WorkshopStore.open(target) as store:
        service = WorkshopService(store)
        ideas = service.ideas()
        assert [i.text for i in ideas] == ["Żłobki przy strefach", "Kolej co 15 minut"]
        assert {c.name for c in service.clusters()} == {"Kadry", "Transport"}
        assert [p.name for p in service.participants()] == ["Jan Żak"]


def test_import_with_named_columns(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "w.razem"
    assert run("new", str(target), "--title", "Import").returncode == 0
    source = tmp_path / "notes.tsv"
    source.write_text("kol_a\tkol_b\nA\tPierwszy pomysł\nB\tDrugi pomysł\n", encoding="utf-8")
    result = run("import", str(target), str(source), "--text-column", "kol_b")
    assert result.returncode == 0, result.stderr
    with WorkshopStore.open(target) as store:
        assert [i.text for i in WorkshopService(store).ideas()] == ["Pierwszy pomysł", "Drugi pomysł"]


def test_import_of_a_ragged_file_names_the_line_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "w.razem"
    assert run("new", str(target), "--title", "Import").returncode == 0
    before = sha(target)
    source = tmp_path / "zle.csv"
    source.write_text("Pomysł;Sektor\nA;Nauka\nB;Nauka;x;y\n", encoding="utf-8")
    result = run("import", str(target), str(source))
    assert result.returncode == 1
    assert "Wiersz 3" in result.stderr and "Nic nie zaimportowano" in result.stderr
    assert sha(target) == before


def test_suggest_writes_the_documented_json_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    before = json.loads(_export(run, demo, tmp_path))
    out = tmp_path / "s.json"
    result = run("suggest", str(demo), "--json", str(out))
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    unplaced = {i["id"] for i in before["ideas"] if i["cluster_id"] is None}
    clusters = {c["id"] for c in before["clusters"]}
    assert {u["idea_id"] for u in document["unplaced"]} == unplaced
    for entry in document["unplaced"]:
        assert 1 <= len(entry["candidates"]) <= 3
        for candidate in entry["candidates"]:
            assert candidate["cluster_id"] in clusters and 0 < candidate["score"] <= 1
    for group in document["new_groups"]:
        assert set(group["idea_ids"]) <= unplaced and group["name"] and group["keywords"]
    again = tmp_path / "again.json"
    assert run("suggest", str(demo), "--json", str(again)).returncode == 0
    assert again.read_bytes() == out.read_bytes()  # deterministic, byte for byte
    assert json.loads(_export(run, demo, tmp_path))["clusters"] == before["clusters"]


def test_suggest_apply_creates_the_groups(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    out = tmp_path / "s.json"
    assert run("suggest", str(demo), "--json", str(out)).returncode == 0
    groups = json.loads(out.read_text(encoding="utf-8"))["new_groups"]
    assert groups
    result = run("suggest", str(demo), "--apply")
    assert result.returncode == 0, result.stderr
    with WorkshopStore.open(demo) as store:
        service = WorkshopService(store)
        names = {c.name for c in service.clusters()}
        for group in groups:
            assert group["name"] in names
            cluster = next(c.id for c in service.clusters() if c.name == group["name"])
            assert {i.id for i in service.ideas() if i.cluster_id == cluster} == set(group["idea_ids"])



def test_suggest_apply_on_a_full_disk_names_the_workshop(run: Run, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    before = sha(demo)

    def full_disk(self: WorkshopService, **_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(WorkshopService, "apply_groups", full_disk)
    result = run("suggest", str(demo), "--apply", lang="en")
    assert result.returncode == 1
    assert "None" not in result.stderr
    assert str(demo) in result.stderr and "the disk is full" in result.stderr
    assert sha(demo) == before


def test_export_that_cannot_write_its_output_names_the_output(run: Run, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    out = tmp_path / "out.json"

    def full_disk(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("workshop_app.exports.output.write_atomically", full_disk)
    result = run("export", str(demo), "--json", str(out), lang="en")
    assert result.returncode == 1
    assert f"Could not write {out}: the disk is full" in result.stderr



@pytest.mark.parametrize("command", ["export", "suggest", "results"])
def test_an_over_long_workshop_path_is_named_not_the_output(run: Run, tmp_path: Path, command: str) -> None:
    workshop = tmp_path / ("a" * 300 + ".razem")
    out = tmp_path / "out.json"
    result = run(command, str(workshop), "--json", str(out), lang="en")
    assert result.returncode == 1
    assert str(workshop) in result.stderr and "the name is too long" in result.stderr
    assert "Could not write" not in result.stderr and not out.exists()


def _export(run: Run, path: Path, folder: Path) -> str:
    out = folder / "export.json"
    assert run("export", str(path), "--json", str(out)).returncode == 0
    return out.read_text(encoding="utf-8")


def test_language_option_may_come_before_the_command(run: Run, tmp_path: Path) -> None:
    result = run("--lang", "en", "new", str(tmp_path / "a.razem"), "--title", "Forum")
    assert result.returncode == 0, result.stderr
    assert "Created the workshop" in result.stdout


@pytest.mark.parametrize(("lang", "words"), [
    ("pl", ("użycie: workshop-app", "opcje:", "pokaż tę pomoc i zakończ", "polecenia:")),
    ("en", ("usage: workshop-app", "options:", "show this help message and exit", "commands:")),
])
def test_help_headings_are_in_the_users_language(run: Run, lang: str, words: tuple[str, ...]) -> None:
    result = run("--help", lang=lang)
    assert result.returncode == 0
    for word in words:
        assert word in result.stdout
    positional = {"pl": "argumenty pozycyjne:", "en": "positional arguments:"}[lang]
    assert positional in run("new", "--help", lang=lang).stdout


@pytest.mark.parametrize(("args", "polish", "english"), [
    (("new",), "brakuje wymaganych argumentów: PLIK, --title",
     "the following arguments are required: FILE, --title"),
    (("demo", "a.razem", "--bogus"), "nieznane argumenty: --bogus", "unrecognized arguments: --bogus"),
    (("new", "a.razem", "--title", "T", "--lang", "de"),
     "argument --lang: niedozwolona wartość: 'de' (do wyboru: 'pl', 'en')",
     "argument --lang: invalid choice: 'de' (choose from 'pl', 'en')"),
    (("new", "a.razem", "--title"), "argument --title: oczekiwano jednego argumentu",
     "argument --title: expected one argument"),
])
def test_usage_errors_are_explained_in_the_users_language(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], polish: str,
    english: str
) -> None:
    monkeypatch.chdir(tmp_path)
    for lang, expected, prefix in (("pl", polish, "użycie: "), ("en", english, "usage: ")):
        result = run(*args, lang=lang)
        assert result.returncode == 2
        assert result.stderr.startswith(prefix), result.stderr
        assert expected in result.stderr
    assert not list(tmp_path.iterdir())


def test_polish_by_default_and_the_saved_language_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("RAZEM_LANG", raising=False)
    config = tmp_path / "config"
    assert main(["--config-dir", str(config), "--help"]) == 0
    assert "użycie:" in capsys.readouterr().out
    Settings(config).set(LANGUAGE, "en")
    assert main(["--config-dir", str(config), "--help"]) == 0
    assert "usage:" in capsys.readouterr().out


@pytest.mark.slow
def test_the_installed_program_runs_as_its_own_process(tmp_path: Path) -> None:
    target = tmp_path / "forum.razem"
    created = run_process("new", str(target), "--title", "Forum")
    assert created.returncode == 0, created.stderr
    assert "Utworzono" in created.stdout and target.exists()
    assert run_process("--lang", "en", "--version").stdout.startswith("Razem ")
    wrong = run_process("new", str(tmp_path / "b.razem"))
    assert wrong.returncode == 2 and "brakuje wymaganych argumentów" in wrong.stderr
    window = run_process("--bogus", lang="en")  # the window's command line: refused before any window
    assert window.returncode == 2 and "unrecognized arguments: --bogus" in window.stderr


@pytest.mark.parametrize("command", ["export", "suggest", "results"])
@pytest.mark.parametrize("target", ["itself", "its journal", "its lock", "another workshop",
                                    "a renamed workshop", "a new .razem name"])
def test_an_output_never_lands_on_a_workshop(run: Run, tmp_path: Path, command: str, target: str,
                                             demo_template: Path) -> None:
    demo, other = tmp_path / "demo.razem", tmp_path / "inny.razem"
    shutil.copyfile(demo_template, demo)
    shutil.copyfile(demo_template, other)
    renamed = tmp_path / "kopia.json"
    renamed.write_bytes(other.read_bytes())  # a workshop under an innocent name
    out = {"itself": demo, "its journal": tmp_path / "demo.razem-wal",
           "its lock": tmp_path / "demo.razem.lock", "another workshop": other,
           "a renamed workshop": renamed, "a new .razem name": tmp_path / "wynik.razem"}[target]
    before = {p.name: sha(p) for p in tmp_path.iterdir()}
    result = run(command, str(demo), "--json", str(out))
    assert result.returncode == 1
    assert "Nic nie zapisano" in result.stderr
    assert {p.name: sha(p) for p in tmp_path.iterdir()} == before


def test_an_interrupted_export_leaves_the_old_output_whole(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.exports import output

    demo, out = tmp_path / "demo.razem", tmp_path / "dane.json"
    assert run("demo", str(demo)).returncode == 0
    out.write_text('{"stara": "wersja"}', encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full_disk)
    result = run("export", str(demo), "--json", str(out))
    assert result.returncode == 1
    assert json.loads(out.read_text(encoding="utf-8")) == {"stara": "wersja"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dane.json", "demo.razem"]


def test_an_anonymous_workshop_is_exported_without_names_unless_asked(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    with WorkshopStore.open(demo) as store:
        WorkshopService(store).update_workshop(anonymous=True)
    plain, archive = tmp_path / "publiczny.json", tmp_path / "archiwum.json"
    assert run("export", str(demo), "--json", str(plain)).returncode == 0
    assert run("export", str(demo), "--json", str(archive), "--include-names").returncode == 0
    public = json.loads(plain.read_text(encoding="utf-8"))["participants"]
    kept = json.loads(archive.read_text(encoding="utf-8"))["participants"]
    assert public and all(p["name"] == "" for p in public)
    assert any(p["name"] for p in kept)
    assert [p["sector"] for p in public] == [p["sector"] for p in kept]


def _workshop(run: Run, folder: Path) -> Path:
    target = folder / "w.razem"
    assert run("new", str(target), "--title", "Import").returncode == 0
    return target


def _texts(path: Path) -> list[str]:
    with WorkshopStore.open(path) as store:
        return [i.text for i in WorkshopService(store).ideas()]


def test_importing_the_same_file_again_is_refused_unless_allowed(run: Run, tmp_path: Path) -> None:
    target = _workshop(run, tmp_path)
    source = tmp_path / "pomysly.csv"
    source.write_bytes("Pomysł;Sektor\r\nŻłobki przy strefach;Samorząd\r\nKolej co 15 minut;Nauka\r\n"
                       .encode("cp1250"))
    assert run("import", str(target), str(source)).returncode == 0
    before = sha(target)
    again = run("import", str(target), str(source))
    assert again.returncode == 1
    assert "2 pomysły z tego pliku są już w warsztacie" in again.stderr
    assert "--allow-repeat" in again.stderr and "Nic nie zaimportowano" in again.stderr
    assert sha(target) == before
    allowed = run("import", str(target), str(source), "--allow-repeat")
    assert allowed.returncode == 0, allowed.stderr
    assert len(_texts(target)) == 4


def test_a_first_row_without_known_column_names_is_refused_naming_them(
        run: Run, tmp_path: Path) -> None:
    target = _workshop(run, tmp_path)
    source = tmp_path / "ab.csv"
    source.write_bytes("a,b\r\nŻółte rowery,x\r\nKolej,y\r\n".encode("cp1250"))
    refused = run("import", str(target), str(source))
    assert refused.returncode == 1
    assert "\u201ea\u201d, \u201eb\u201d" in refused.stderr and "--no-header" in refused.stderr
    assert _texts(target) == []
    data = run("import", str(target), str(source), "--no-header")
    assert data.returncode == 0, data.stderr
    assert _texts(target) == ["a", "Żółte rowery", "Kolej"]


def test_unknown_sectors_are_counted_and_named(run: Run, tmp_path: Path) -> None:
    target = _workshop(run, tmp_path)
    source = tmp_path / "sektory.csv"
    source.write_bytes("Pomysł;Sektor\r\nA;kosmos\r\nB;Nauka\r\nC;kosmos\r\nD;Mars\r\n"
                       .encode("cp1250"))
    result = run("import", str(target), str(source))
    assert result.returncode == 0, result.stderr
    assert ("W 3 wierszach sektor nie został rozpoznany (\u201ekosmos\u201d, \u201eMars\u201d)"
            in result.stdout)


def test_the_systems_error_texts_are_worded_in_polish(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    result = run("export", str(demo), "--json", str(tmp_path / "brak" / "dane.json"))
    assert result.returncode == 1
    assert "No such file" not in result.stderr
    assert "plik lub jego folder nie istnieje" in result.stderr


def test_the_usage_line_names_the_title_in_polish(run: Run) -> None:
    assert "--title TYTUŁ" in run("new", "--help").stdout


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting Qt's window would fail the test (and, without a display, abort)."""
    from workshop_app import app

    def start_qt(language: str) -> None:
        raise AssertionError("the window was started")

    monkeypatch.setattr(app, "start_qt", start_qt)


@pytest.mark.usefixtures("no_window")
def test_a_mistyped_command_is_a_usage_error(run: Run, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("frobnicate")
    assert result.returncode == 2
    assert "'frobnicate'" in result.stderr and "do wyboru" in result.stderr


@pytest.mark.usefixtures("no_window")
def test_without_a_display_the_window_says_so_in_one_sentence(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    result = run("--config-dir", str(tmp_path / "c"), str(tmp_path / "w.razem"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Brak ekranu" in result.stderr


def test_suggest_says_when_there_is_nothing_to_suggest(run: Run, tmp_path: Path) -> None:
    target = _workshop(run, tmp_path)
    result = run("suggest", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Brak grup do zaproponowania.\n"


def test_suggest_prints_whole_words_and_the_likely_duplicates(run: Run, tmp_path: Path) -> None:
    target = _workshop(run, tmp_path)
    source = tmp_path / "pomysly.csv"
    long = "Coroczne badanie potrzeb kadrowych pracodawców w całej metropolii krakowskiej"
    source.write_text("Pomysł\n" + long + "\nBadanie potrzeb kadrowych pracodawców co roku\n"
                      "Więcej żłobków przy strefach przemysłowych\n"
                      "Więcej żłobków przy strefach przemysłowych!\n", encoding="utf-8")
    assert run("import", str(target), str(source)).returncode == 0
    result = run("suggest", str(target))
    assert result.returncode == 0, result.stderr
    assert "metr…" not in result.stdout
    assert "Coroczne badanie potrzeb kadrowych pracodawców w całej…" in result.stdout
    assert "1 para prawdopodobnych duplikatów" in result.stdout
    pair = result.stdout.split("duplikatów")[1].splitlines()[1]
    assert sorted(pair.removeprefix("• ").split(" = ")) == [
        "Więcej żłobków przy strefach przemysłowych", "Więcej żłobków przy strefach przemysłowych!"]


def test_a_new_workshop_in_a_missing_folder_is_refused_in_polish(run: Run, tmp_path: Path) -> None:
    result = run("new", str(tmp_path / "brak" / "w.razem"), "--title", "X")
    assert result.returncode == 1
    assert "unable to open" not in result.stderr
    assert "nie można otworzyć ani utworzyć pliku" in result.stderr


@pytest.mark.slow
def test_without_a_display_the_real_program_never_aborts_in_qt(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["RAZEM_LANG"] = "pl"

    def program(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "workshop_app", *args], capture_output=True,
                              text=True, env=env, timeout=60, check=False)

    mistyped = program("frobnicate")
    assert mistyped.returncode == 2 and "'frobnicate'" in mistyped.stderr
    window = program("--config-dir", str(tmp_path / "c"))
    assert window.returncode == 1
    assert window.stderr.startswith("Brak ekranu") and window.stderr.count("\n") == 1


# -- voting rounds and results --------------------------------------------------------------

LONG_NAME = "Energia i OZE w firmach oraz w domach mieszkańców metropolii"


def _voted(path: Path) -> str:
    """A workshop at `path` with one closed dots round (the id returned): groups
    Kadry, Dojazdy and a long name; business, academia and a paper tally of NGOs."""
    from workshop_app.models import Sector
    from workshop_app.new_workshop import create_workshop_file

    create_workshop_file(path, "Głosowanie").close()
    with WorkshopStore.open(path) as store:
        service = WorkshopService(store)
        a, b, c = (service.create_cluster(name=n).created or "" for n in ("Kadry", "Dojazdy", LONG_NAME))
        made = service.add_round(title="Tematy", options=[a, b, c], dots_per_voter=3,
                                 max_per_option=2).created or ""
        service.open_round(round_id=made)
        service.cast_ballot(round_id=made, votes={a: 2, b: 1}, sector=Sector.BUSINESS)
        service.cast_ballot(round_id=made, votes={b: 2, c: 1}, sector=Sector.ACADEMIA)
        service.enter_tally(round_id=made, counts={Sector.NGO: {a: 1, c: 3}}, voters={Sector.NGO: 2})
        service.close_round(round_id=made)
    return made


def test_results_prints_the_ranked_table_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "w.razem"
    _voted(path)
    before = sha(path)
    result = run("results", str(path), lang="en")
    assert result.returncode == 0, result.stderr
    # The long name 4 dots; Kadry 2+1 = 3 ties with Dojazdy 1+2 = 3, a dot behind (near tie).
    # Balanced: each sector's dots per voter, times 4 voters / 3 sectors.
    assert result.stdout.splitlines() == [
        "\u201eTematy\u201d \u2014 dot voting, closed, 4 voters",
        "",
        "Place     Option                                  Dots  Balanced  academia  business  NGO  Agreement",
        "    1  \u2248  Energia i OZE w firmach oraz w domach\u2026     4       3.3         1         0    3",
        "    2  =  Kadry                                      3       3.3         0         2    1",
        "    2  =  Dojazdy                                    3       4.0         2         1    0",
        "",
        "= exact tie (a shared place), \u2248 near tie. Balanced: every sector weighs the same, "
        "however many of its people voted.",
    ]
    polish = run("results", str(path))
    assert "4 głosujących" in polish.stdout.splitlines()[0] and "4,0" in polish.stdout
    assert "Miejsce" in polish.stdout and "nauka" in polish.stdout
    assert sha(path) == before


def test_a_round_made_opened_closed_and_reopened_from_the_command_line(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    made = run("round", str(demo), "new", "--title", "Ocena tematów", "--method", "score",
               "--axes", "Znaczenie", "Koszt")
    assert made.returncode == 0, made.stderr
    assert "\u201eOcena tematów\u201d" in made.stdout.splitlines()[0]
    round_id = made.stdout.splitlines()[-1]
    ranked = run("round", str(demo), "new", "--title", "Ranking", "--method", "rank", "--on", "ideas",
                 "--top", "5")
    dots = run("round", str(demo), "new", "--title", "Kropki", "--dots", "4", "--cap", "2")
    with WorkshopStore.open(demo) as store:
        rounds = {r.id: r for r in WorkshopService(store).rounds()}
    made_round = rounds[round_id]
    assert (made_round.method.value, made_round.axes, made_round.status.value) == (
        "score", ("Znaczenie", "Koszt"), "draft")
    ranked_round = rounds[ranked.stdout.splitlines()[-1]]
    assert (ranked_round.target.value, ranked_round.top_n) == ("ideas", 5)
    dots_round = rounds[dots.stdout.splitlines()[-1]]
    assert (dots_round.dots_per_voter, dots_round.max_per_option) == (4, 2)
    for action, word in (("open", "Otwarto"), ("close", "Zamknięto"), ("reopen", "Ponownie otwarto")):
        step = run("round", str(demo), action, round_id[:8])  # the id's beginning is enough
        assert step.returncode == 0, step.stderr
        assert step.stdout.startswith(word) and "Ocena tematów" in step.stdout
    with WorkshopStore.open(demo) as store:
        reopened = WorkshopService(store).get(type(made_round), round_id)
    assert reopened.status.value == "open" and len(reopened.reopened_at) == 1
    listing = run("round", str(demo), "list", lang="en")
    assert [line.split()[0] for line in listing.stdout.splitlines()] == list(rounds)
    assert f"{round_id}  open  marks on two axes  \u201eOcena tematów\u201d" in listing.stdout


def test_a_refused_round_step_says_why_in_polish_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "w.razem"
    made = _voted(path)
    before = sha(path)
    result = run("round", str(path), "close", made)
    assert result.returncode == 1
    assert result.stderr == "To głosowanie nie jest otwarte.\n"
    missing = run("round", str(path), "open", "nie-ma-takiej")
    assert missing.returncode == 1 and "nie-ma-takiej" in missing.stderr
    assert f"workshop-app round {path} list" in missing.stderr
    bad = run("round", str(path), "new", "--title", "X", "--dots", "2", "--cap", "5")
    assert bad.returncode == 1 and bad.stderr == "Ta wartość jest niedozwolona.\n"
    assert sha(path) == before
    assert run("round", str(path), "new").returncode == 2  # no --title


def test_results_of_a_chosen_round_as_json(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "w.razem"
    made = _voted(path)
    assert run("round", str(path), "new", "--title", "Szkic").returncode == 0
    before = sha(path)
    out = tmp_path / "wyniki.json"
    result = run("results", str(path), made, "--json", str(out))
    assert result.returncode == 0, result.stderr
    assert "Tematy" in result.stdout.splitlines()[0]
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["format"], document["schema_version"]) == ("razem-round", 2)
    assert document["round"]["id"] == made
    assert [(r["title"], r["score"], r["rank"]) for r in document["round"]["results"]] == [
        (LONG_NAME, 4, 1), ("Kadry", 3, 2), ("Dojazdy", 3, 2)]
    assert sha(path) == before
    latest = run("results", str(path))
    assert "Szkic" in latest.stdout.splitlines()[0]  # without an id: the latest round


def test_results_without_any_round_says_so(run: Run, tmp_path: Path) -> None:
    target = _workshop(run, tmp_path)
    result = run("results", str(target), lang="en")
    assert result.returncode == 1
    assert result.stderr == f"{target} has no voting rounds yet.\n"


def test_results_of_the_demos_score_round_show_the_axes_and_quadrants(run: Run, tmp_path: Path) -> None:
    demo = tmp_path / "demo.razem"
    assert run("demo", str(demo)).returncode == 0
    with WorkshopStore.open(demo) as store:
        service = WorkshopService(store)
        score = next(r for r in service.rounds() if r.method.value == "score")
        best = service.results(score.id)[0]
    result = run("results", str(demo), score.id)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "oceny na dwóch osiach, zamknięte, 16 głosujących" in lines[0]
    assert lines[2].split()[:7] == ["Miejsce", "Opcja", "Średnia", "Wyważony", "Wpływ", "Wykonalność",
                                    "Ćwiartka"]
    assert "szybkie korzyści" in lines[3] and "duże projekty" in result.stdout
    assert f"{best.score:.2f}".replace(".", ",") in lines[3]
    assert "podział" in result.stdout and "=" in result.stdout
