"""The archive package as a deposit DANS takes: DANS's own check (the kit beside the
project: the DANS BagIt Profile's rules, DANS's DDM and files.xml schemas) passes on it and
names the rule a broken one breaks; the deposit's metadata is asked once and kept with the
project; the README speaks the reader's language, in the right tense; the zip keeps modes."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from html import unescape
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from tests.components import dans_kit
from tests.realapp import veldwerk
from veldwerk import cli, demo, fields, i18n, projects
from veldwerk.errors import ValidationError
from veldwerk.paths import device
from veldwerk.reports import deposit as deposits
from veldwerk.reports.archive import write_archive

ROOT = Path(__file__).resolve().parents[2]
# The README's texts that read the same in Dutch (a heading, a path, column names).
SAME = {"## Deposit", "- `data/tables/{table}.csv` ({rows}): {columns}", "discipline",
        "participant_id, code, {scopes} (true/false), method, given_at, form_version, "
        "form_language"}
FLAGS = ["--licence", "cc-by-nc", "--rights-holder", "Hogeschool Utrecht, Wijkonderzoek",
         "--access", "REQUEST_PERMISSION", "--contact", "Anna de Vries <anna@example.nl>"]


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    demo.create_demo(folder, device(folder))
    return folder


@pytest.fixture
def data(demo_data: Path, tmp_path: Path) -> Path:
    shutil.copytree(demo_data, tmp_path / "data")
    return tmp_path / "data"


def check(bag: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(dans_kit()), str(bag)], capture_output=True,
                          text=True, timeout=60, check=False)


def readme(data: Path, out: Path, language: str = "en") -> str:
    """The package made in-process in ``language``; its README."""
    entry = projects.list_projects(data)[0]
    i18n.use_catalogue(language)
    try:
        with projects.open_project(entry.folder, device(data), write=False) as project, \
                project.session() as s:
            write_archive(s, project.media, out)
    finally:
        i18n.use_catalogue("en")
    with zipfile.ZipFile(out) as archive:
        return archive.read(f"{out.stem}/data/README.md").decode("utf-8")


def set_project(data: Path, **values: object) -> None:
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data)) as project:
        project.run(lambda s: [setattr(projects.the_project(s), k, v)
                               for k, v in values.items()])


def test_export_archive_is_a_deposit_dans_takes_and_a_broken_one_names_the_rule(
        data: Path, tmp_path: Path) -> None:
    kit = dans_kit()
    done = veldwerk(data, "--lang", "en", "export", "archive", "--out",
                    str(tmp_path / "deposit.zip"), *FLAGS)
    assert done.returncode == 0, done.stderr
    checked = check(tmp_path / "deposit.zip")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "PASSED" in checked.stdout

    with zipfile.ZipFile(tmp_path / "deposit.zip") as archive:
        for info in archive.infolist():
            mode = info.external_attr >> 16
            if info.filename.endswith("/"):
                assert mode == 0o40755 and info.external_attr & 0x10, info.filename
            else:
                assert mode == 0o100644, (info.filename, oct(mode))
        names = archive.namelist()
        archive.extractall(tmp_path / "unpacked")
    assert {"deposit/metadata/", "deposit/data/tables/"} <= set(names)
    bag = tmp_path / "unpacked" / "deposit"
    dataset = (bag / "metadata" / "dataset.xml").read_text("utf-8")
    assert "http://creativecommons.org/licenses/by-nc/4.0" in dataset
    assert '<ddm:personalData present="Yes"' in dataset
    assert "<ddm:audience>D60000</ddm:audience>" in dataset, "social sciences by default"
    files = (bag / "metadata" / "files.xml").read_text("utf-8")
    assert files.count("<files:file ") == len([p for p in (bag / "data").rglob("*")
                                               if p.is_file()])
    assert "RESTRICTED_REQUEST" in files and "ANONYMOUS" not in files
    info = (bag / "bag-info.txt").read_text("utf-8")
    assert "Contact-Email: anna@example.nl" in info and "Contact-Name: Anna de Vries" in info

    # A deposit with a payload file undescribed and no licence: DANS's rules say which.
    broken = tmp_path / "broken"
    shutil.copytree(bag, broken)
    xml = (broken / "metadata" / "files.xml").read_text("utf-8")
    xml = re.sub(r'<files:file filepath="data/README.md">.*?</files:file>', "", xml,
                 flags=re.S)
    (broken / "metadata" / "files.xml").write_text(xml, "utf-8")
    ddm = (broken / "metadata" / "dataset.xml").read_text("utf-8")
    (broken / "metadata" / "dataset.xml").write_text(
        re.sub(r"<dcterms:license[^>]*>[^<]*</dcterms:license>", "", ddm), "utf-8")
    failed = check(broken)
    assert failed.returncode == 1
    assert "FAIL 3.2.3: payload file 'data/README.md' is not described" in failed.stdout
    assert "FAIL 3.1.2: no dcterms:license" in failed.stdout
    assert kit.is_file()


def test_missing_metadata_is_named_kept_once_given_and_nothing_is_written(
        data: Path, tmp_path: Path) -> None:
    out = tmp_path / "deposit.zip"
    none = veldwerk(data, "--lang", "en", "export", "archive", "--out", str(out))
    assert none.returncode == 2 and not out.exists()
    assert "licence, rights holder, access, contact (name and e-mail)" in none.stderr
    assert "--licence … --rights-holder … --access … --contact …" in none.stderr
    assert "--discipline" not in none.stderr, "the discipline has a default"

    half = veldwerk(data, "--lang", "en", "export", "archive", "--out", str(out),
                    "--licence", "https://creativecommons.org/publicdomain/zero/1.0/",
                    "--rights-holder", "Gemeente Utrecht", "--discipline", "d62000")
    assert half.returncode == 2 and not out.exists()
    assert "asks: access, contact (name and e-mail). Nothing was written." in half.stderr
    with pytest.raises(ValidationError, match="PUBLIC is not an access DANS knows"):
        deposits.checked(deposits.Deposit(access="PUBLIC"))
    with pytest.raises(ValidationError, match="name and an e-mail address"):
        deposits.checked(deposits.Deposit(contact="Anna de Vries"))

    rest = veldwerk(data, "export", "archive", "--out", str(out), "--access", "open_access",
                    "--contact", "Bram Jansen, bram@example.nl")
    assert rest.returncode == 0, rest.stderr
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data), write=False) as project, \
            project.session() as s:
        row = projects.the_project(s)
        kept = (row.deposit_licence, row.deposit_rights_holder, row.deposit_audience,
                row.deposit_access, row.deposit_contact)
        logged = s.execute(text("SELECT count(*) FROM change_log WHERE table_name = "
                                "'project'")).scalar()
    assert kept == ("http://creativecommons.org/publicdomain/zero/1.0", "Gemeente Utrecht",
                    "D62000", "OPEN_ACCESS", "Bram Jansen <bram@example.nl>")
    assert logged, "kept as a change of the project, which travels to the laptops"
    readme(data, tmp_path / "again.zip")  # asked once: the next package needs nothing
    with zipfile.ZipFile(tmp_path / "again.zip") as archive:
        files = archive.read("again/metadata/files.xml").decode("utf-8")
    assert "ANONYMOUS" in files and "RESTRICTED_REQUEST" not in files


def test_the_readme_speaks_the_readers_language_in_the_tense_of_its_dates(
        data: Path, tmp_path: Path) -> None:
    set_project(data, deposit_licence="https://doi.org/10.17026/fp39-0x58",
                deposit_rights_holder="Hogeschool Utrecht", deposit_access="NO_ACCESS",
                deposit_contact="Anna de Vries <anna@example.nl>")
    english = readme(data, tmp_path / "en.zip")
    assert "will be erased on 31 December 2028" in english
    assert "- Student 1: " in english and "## Who held the conversations" in english
    dutch = readme(data, tmp_path / "nl.zip", "nl")
    assert "worden gewist op 31 december 2028" in dutch
    assert "## Weggelaten" in dutch and "Toegang: Geen toegang via DANS" in dutch
    # No sentence of ours in English: every source text the package's README is made of
    # (and the names of stored values it uses) that Dutch words otherwise.
    catalogue = (ROOT / "resources" / "i18n" / "veldwerk_nl.ts").read_text("utf-8")
    english_parts = []
    for context in ("Archive", "Deposit", "Fields", "Labels", "Counts", "Consent"):
        block = re.search(rf"<name>{context}</name>(.*?)</context>", catalogue, re.S)
        assert block, context
        for source, translation in re.findall(
                r"<source>(.*?)</source>\s*<translation>(.*?)</translation>", block[1], re.S):
            ours = context in ("Archive", "Deposit") and unescape(source) not in SAME
            if ours or unescape(source) != unescape(translation):
                english_parts += [part.strip() for part in re.split(r"\{\w+\}",
                                                                    unescape(source))
                                  if len(part.strip()) >= 8]
    columns = {f.csv for f in fields.INTERVIEW + fields.PARTICIPANT if f.csv}
    prose = re.sub(r"`[^`]*`", "", dutch)  # file names, as the package holds them
    prose = re.sub(rf"(?<!\w)({'|'.join(columns)})(?!\w)", "", prose)  # the CSV's own names
    found = [part for part in english_parts  # as words: a column's name may hold one
             if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", prose)]
    assert found == [], found
    names = [n for (n,) in _team_names(data)]
    assert all(name not in english and name not in dutch for name in names)

    set_project(data, retention_date=date(2026, 1, 1), end_date=None)
    assert "were due for erasure on 1 January 2026 and have not been erased yet" in readme(
        data, tmp_path / "due.zip")
    erased = veldwerk(data, "retention", "--erase")
    assert erased.returncode == 0, erased.stderr
    assert "were erased on 1 January 2026." in readme(data, tmp_path / "past.zip")
    assert "zijn gewist op 1 januari 2026." in readme(data, tmp_path / "verleden.zip", "nl")


def _team_names(data: Path) -> list[tuple[str]]:
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data), write=False) as project, \
            project.session() as s:
        return [tuple(r) for r in s.execute(text("SELECT name FROM team_member"))]


def run(data: Path, capsys: pytest.CaptureFixture[str], *args: str, lang: str = "en"
        ) -> tuple[int, str, str]:
    """The command in this process (the same ``main`` the program runs): code, out, err."""
    try:
        code = cli.main(["--data-dir", str(data), "--lang", lang, *args])
    finally:
        i18n.use_catalogue("en")
    said = capsys.readouterr()
    return code, said.out, said.err


def test_open_access_keeps_voices_on_request_names_nothing_left_out_and_makes_the_copies(
        data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.core.test_field_day import tone
    from veldwerk import interviews
    from veldwerk.audio.importing import import_file

    def ok(*args: str) -> SimpleNamespace:
        code, out, err = run(data, capsys, *args)
        assert code == 0, (args, err)
        return SimpleNamespace(stdout=out, stderr=err)

    private = "Bij mevrouw Pieters thuis, Zonnestraat 12"  # PAT-001 gave no consent
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data)) as project:
        def new(title: str, code: str) -> str:
            def work(s):  # type: ignore[no-untyped-def]
                person = s.execute(text("SELECT id FROM participant WHERE code = :c"),
                                   {"c": code}).scalar()
                return interviews.save(s, entry.id, interviews.InterviewDraft(
                    title=title, participant_ids=[person])).id
            return project.run(work)

        kept = new("Bij Els", "ELS-001")
        new(private, "PAT-001")
        import_file(project, kept, tone(tmp_path / "one.wav", 0.5))
    # Right after an import the Opus copy is not made yet: the export makes it first.
    qdpx = ok("export", "qdpx", "--out", str(tmp_path / "q.qdpx"), "--json")
    said = json.loads(qdpx.stdout)
    assert said["recordings"] == 1 and "Making the Opus copies of 1 recording" in qdpx.stderr
    assert f"{said['left_out']} left out for want of consent" in qdpx.stderr
    assert "Opus copy is not here" not in qdpx.stderr

    with projects.open_project(entry.folder, device(data)) as project:
        import_file(project, kept, tone(tmp_path / "two.wav", 0.6))  # made by the archive
        third = import_file(project, kept, tone(tmp_path / "three.wav", 0.7)).recording
        # A take whose original is elsewhere (a laptop's, not yet here): no copy is made.
        (project.media / str(third.media_name)).unlink()
        third = third.id

    out = tmp_path / "c.zip"
    done = ok("export", "archive", "--out", str(out), "--json", "--access", "open_access",
              *FLAGS[:4], *FLAGS[6:])
    said = json.loads(done.stdout)
    assert said["recordings"] == 2 and said["recordings_on_request"] is True
    assert "Making the Opus copies of 1 recording" in done.stderr
    assert deposits.voices_note() in done.stderr
    assert "1 recording left out: their Opus copy is not here" in done.stderr
    assert f"{said['left_out'] - 1} left out for want of consent" in done.stderr
    checked = check(out)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    with zipfile.ZipFile(out) as archive:
        dataset = archive.read("c/metadata/dataset.xml").decode("utf-8")
        files = archive.read("c/metadata/files.xml").decode("utf-8")
        payload = {n: archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                   if not n.endswith("/")}
    assert "<ddm:accessRights>OPEN_ACCESS</ddm:accessRights>" in dataset
    assert '<ddm:personalData present="Yes"' in dataset
    access = dict(re.findall(r'filepath="([^"]+)">.*?<files:accessibleToRights>(\w+)<',
                             files, re.S))
    voices = {p: a for p, a in access.items() if p.startswith("data/audio/")}
    assert len(voices) == 2 and set(voices.values()) == {"RESTRICTED_REQUEST"}
    assert {a for p, a in access.items() if p not in voices} == {"ANONYMOUS"}
    assert deposits.voices_note() in payload["c/data/README.md"]

    # Inside, what was left out is only counted; beside the zip the team keeps the list.
    with open(said["left_out_file"], encoding="utf-8-sig", newline="") as handle:
        listed = list(csv.DictReader(handle))
    assert said["left_out_file"] == str(tmp_path / "c.left-out.csv")
    assert private in {row["name"] for row in listed} and third in {r["id"] for r in listed}
    inside = "\n".join(payload.values())
    named = {row["id"] for row in listed} | {row["name"] for row in listed if row["name"]}
    assert [n for n in named if n in inside] == []
    counted = list(csv.DictReader(io.StringIO(payload["c/data/tables/left-out.csv"]
                                              .lstrip("\ufeff"))))
    assert list(counted[0]) == ["kind", "reason", "count"]
    assert sum(int(row["count"]) for row in counted) == len(listed)
    assert {"recording", "Its Opus copy is not here (yet).", "1"} <= {
        v for row in counted for v in row.values()}


def test_a_joined_laptop_makes_no_deposit_an_empty_flag_and_a_file_in_the_way_are_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.helpers import team as teams

    boss, (laptop,) = teams.team(tmp_path, members=("Anna de Boer",))
    out = tmp_path / "laptop.zip"
    code, _out, err = run(laptop.data, capsys, "export", "archive", "--out", str(out), *FLAGS)
    assert code == 2 and not out.exists() and not (tmp_path / "laptop.left-out.csv").exists()
    assert "made from the coordinator's copy" in err and "Nothing was written" in err
    with laptop.open() as project, project.session() as s:
        assert projects.the_project(s).deposit_rights_holder == ""

    code, _out, err = run(boss.data, capsys, "export", "archive", "--out", str(out),
                          *FLAGS[2:], "--licence", " ", lang="nl")
    assert code == 2 and not out.exists()
    assert "--licence is leeg gegeven (licentie)" in err, err
    with boss.open() as project, project.session() as s:
        assert projects.the_project(s).deposit_rights_holder == "", "nothing kept"

    # A file where a folder should be: said in Dutch first, the system's words after.
    (tmp_path / "afile").write_text("x")
    for args in (("xlsx", "--out", str(tmp_path / "afile" / "t.xlsx")),  # EEXIST
                 ("csv", "--out", str(tmp_path / "afile" / "sub"))):  # ENOTDIR
        code, _out, err = run(boss.data, capsys, "export", *args, lang="nl")
        assert code == 2, err
        sentence, system = err.split(" (Het systeem meldde: ")
        assert sentence.endswith(f"{tmp_path / 'afile'} is een bestand, geen map."), err
        assert "zet dat bestand ergens anders neer" in system and "schijf" not in err
