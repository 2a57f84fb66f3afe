"""The coordinator's setup commands and ``participant new``, run through ``cli.main`` as a
user would type them, checked by reading the project back."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from tests.helpers import team as teams
from veldwerk import guides, i18n, participants, projects, setup
from veldwerk.cli import main
from veldwerk.consent import templates
from veldwerk.domain import Guide, Interview, Project
from veldwerk.paths import device

Result = tuple[int, str, str]
Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """``main`` installs the Dutch catalogue for ``--lang nl``; the next test starts clean."""
    yield
    i18n.set_backend(None)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], data_dir: Path, entry: projects.ProjectEntry
        ) -> Run:
    """``run("neighbourhood", "list")``: the command on the fresh project, in English unless
    ``lang`` says otherwise; (exit code, stdout, stderr)."""
    def command(*args: str, lang: str = "en", data: Path = data_dir) -> Result:
        code = main(["--data-dir", str(data), "--lang", lang, *args])
        out, err = capsys.readouterr()
        return code, out, err
    return command


def read(data: Path, query):  # type: ignore[no-untyped-def]
    """``query(session)`` on the only project in ``data``, opened for reading."""
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data), write=False) as project, \
            project.session() as s:
        return query(s)


def table(data: Path, name: str) -> list[tuple[str, ...]]:
    return read(data, lambda s: [tuple(r) for r in s.execute(text(
        {"neighbourhood": "SELECT name, code_prefix FROM neighbourhood ORDER BY position",
         "phase": "SELECT name FROM phase ORDER BY position",
         "team_member": "SELECT name, role FROM team_member ORDER BY name"}[name]))])


def test_neighbourhoods_phases_and_team_are_added_renamed_and_removed(
        run: Run, data_dir: Path) -> None:
    assert run("neighbourhood", "add", "Elsrijk", "--prefix", "els") == (
        0, "Neighbourhood Elsrijk added; its participants' codes start with ELS-.\n", "")
    assert run("neighbourhood", "add", "  Oud   West ")[1] == (
        "Neighbourhood Oud West added; its participants' codes start with OUD-.\n")
    run("neighbourhood", "add", "Zuid", "--prefix", "ZD")
    assert run("neighbourhood", "rename", "oud west", "Oud-West")[1] == (
        "Oud West is now called Oud-West.\n")
    assert run("neighbourhood", "remove", "Zuid")[1] == "Zuid removed.\n"
    assert table(data_dir, "neighbourhood") == [("Elsrijk", "ELS"), ("Oud-West", "OUD")], (
        "renaming keeps the order and the prefix")
    listed = run("neighbourhood", "list", "--json")[1].splitlines()
    assert [json.loads(line)["prefix"] for line in listed] == ["ELS", "OUD"]
    assert run("neighbourhood", "list")[1] == "Elsrijk  (ELS)\nOud-West  (OUD)\n"

    for phase in ("Verkennen", "Verdiepen", "Terugkoppelen"):
        run("phase", "add", phase)
    run("phase", "rename", "verdiepen", "Verdieping")
    run("phase", "remove", "Terugkoppelen")
    assert table(data_dir, "phase") == [("Verkennen",), ("Verdieping",)]

    assert run("team", "add", "Riet Jansen", "--role", "co_researcher")[1] == (
        "Riet Jansen added to the team as co-researcher.\n")
    run("team", "add", "Anna de Boer")
    run("team", "rename", "anna de boer", "Anna Smit")
    assert table(data_dir, "team_member") == [("Anna Smit", "student"),
                                              ("Riet Jansen", "co_researcher")]
    assert run("team", "list")[1] == (
        "Anna Smit  (student; in outputs: Student 1)\n"
        "Riet Jansen  (co-researcher; in outputs: Co-researcher 1)\n")


def test_lists_say_none_yet_in_the_users_language(run: Run) -> None:
    assert run("neighbourhood", "list")[1] == "No neighbourhoods yet.\n"
    assert run("phase", "list")[1] == "No phases yet.\n"
    assert run("team", "list")[1] == "No team members yet.\n"
    assert run("guide", "list")[1] == "No guides yet.\n"
    assert run("project", "retention")[1] == "No retention date yet.\n"
    assert run("neighbourhood", "list", "--json")[1] == "", "JSON lines: nothing, not a sentence"
    assert run("neighbourhood", "list", lang="nl")[1] == "Nog geen buurten.\n"
    assert run("phase", "add", "Verkennen", lang="nl")[1] == "Fase Verkennen toegevoegd.\n"


def test_names_twice_and_unknown_names_change_nothing(run: Run, data_dir: Path) -> None:
    run("neighbourhood", "add", "Elsrijk", "--prefix", "ELS")
    run("neighbourhood", "add", "Zuid")
    run("phase", "add", "Verkennen")
    run("team", "add", "Anna")
    before = [table(data_dir, t) for t in ("neighbourhood", "phase", "team_member")]
    for args in (("neighbourhood", "add", "ELSRIJK", "--prefix", "ELX"),
                 ("neighbourhood", "add", "Elders", "--prefix", "ELS"),  # the prefix is taken
                 ("neighbourhood", "rename", "Zuid", "elsrijk"),
                 ("phase", "add", "verkennen"), ("team", "add", "anna", "--role", "coordinator")):
        code, out, err = run(*args)
        assert (code, out) == (2, ""), args
        assert "twice" in err or "share the code prefix ELS" in err, err
    assert run("neighbourhood", "add", "elsrijk")[2] == "veldwerk: elsrijk appears twice.\n", (
        "no advice about --prefix when the name is what is wrong")
    code, _out, err = run("phase", "remove", "Verdiepen")
    assert code == 2
    assert err == "veldwerk: There is no phase called Verdiepen. Known: Verkennen.\n"
    assert [table(data_dir, t) for t in ("neighbourhood", "phase", "team_member")] == before


def test_a_prefix_made_from_the_name_that_cannot_be_a_code_says_to_choose_one(run: Run) -> None:
    code, _out, err = run("neighbourhood", "add", "Ωμέγα")
    assert code == 2
    assert "letters and digits" in err and "--prefix" in err
    assert run("neighbourhood", "add", "Ωμέγα", "--prefix", "OMG")[0] == 0
    assert run("neighbourhood", "add", "Één Pijp")[1] == (
        "Neighbourhood Één Pijp added; its participants' codes start with EEN-.\n"), (
        "the prefix is made of the name's letters, without spaces or accents")


def test_an_empty_name_or_an_unknown_role_is_refused_before_the_project_opens(
        run: Run, data_dir: Path) -> None:
    for args in (("team", "add", "Bram", "--role", "boss"), ("phase", "add", "  "),
                 ("project", "retention", "31-12-2030")):
        with pytest.raises(SystemExit) as exited:
            run(*args)
        assert exited.value.code == 2
    assert table(data_dir, "team_member") == table(data_dir, "phase") == []


def test_what_interviews_or_participants_use_cannot_be_removed(run: Run, data_dir: Path) -> None:
    run("neighbourhood", "add", "Elsrijk", "--prefix", "ELS")
    run("phase", "add", "Verkennen")
    run("team", "add", "Anna")
    assert run("participant", "new", "--neighbourhood", "Elsrijk")[1] == "ELS-001\n"
    assert run("interview", "new", "--kind", "observation", "--title", "Markt", "--phase",
               "Verkennen", "--interviewer", "Anna")[0] == 0
    for kind, name in (("neighbourhood", "Elsrijk"), ("phase", "Verkennen"), ("team", "Anna")):
        code, out, err = run(kind, "remove", name)
        assert (code, out) == (2, "")
        assert err == (f"veldwerk: {name} is still used by interviews or participants and "
                       "cannot be removed.\n")
    assert table(data_dir, "neighbourhood") == [("Elsrijk", "ELS")]
    assert table(data_dir, "phase") == [("Verkennen",)]
    assert table(data_dir, "team_member") == [("Anna", "student")]


def test_participant_new_mints_the_code_keeps_identity_apart_and_interviews_take_it(
        run: Run, data_dir: Path) -> None:
    run("neighbourhood", "add", "Elsrijk", "--prefix", "ELS")
    assert run("participant", "new", "--neighbourhood", "elsrijk", "--name", "Truus Bakker",
               "--phone", "06 1234", "--age-band", "75-84", "--notes", "Woont er sinds 1962")[1] \
        == "ELS-001\n"
    assert run("participant", "new", "--neighbourhood", "Elsrijk")[1] == "ELS-002\n"
    assert run("participant", "new", "--code", "els-040")[1] == "ELS-040\n"
    code, out, err = run("participant", "new", "--code", "ELS-002")
    assert (code, out, err) == (2, "", "veldwerk: The code ELS-002 is already taken.\n")
    code, out, err = run("participant", "new", "--neighbourhood", "Zuid")
    assert (code, out) == (2, "")
    assert err == "veldwerk: There is no neighbourhood called Zuid. Known: Elsrijk.\n"

    code, interview_id, err = run("interview", "new", "--kind", "interview", "--title",
                                  "Bij Truus", "--participant", "ELS-001")
    assert code == 0, err

    def check(s):  # type: ignore[no-untyped-def]
        people = {p.code: p for p in participants.active(s)}
        assert set(people) == {"ELS-001", "ELS-002", "ELS-040"}
        truus = people["ELS-001"]
        assert (truus.age_band, truus.note) == ("75-84", "Woont er sinds 1962")
        assert participants.identity_of(s, truus.id) == participants.Identity(
            "Truus Bakker", "06 1234", "", "")
        assert s.execute(text("SELECT count(*) FROM participant_identity")).scalar() == 1, (
            "no identity row for people given without one")
        assert people["ELS-040"].neighbourhood_id is None
        return [r[0] for r in s.execute(text(
            "SELECT participant_id FROM interview_participant WHERE interview_id = :i"),
            {"i": interview_id.strip()})] == [truus.id]
    assert read(data_dir, check), "the interview names Truus"


def test_a_guide_from_a_text_file(run: Run, data_dir: Path, tmp_path: Path) -> None:
    file = tmp_path / "wonen.txt"
    file.write_text("\ufeff# Gesprek over wonen\n\nWonen: Hoe woont u?\n  # nog een opmerking\n"
                    "Buurt: Wat mist u? Wat niet?\nToekomst\n", encoding="utf-8")
    assert run("guide", "add", str(file)) == (0, "Guide wonen added with 3 topics.\n", "")

    def topics(s):  # type: ignore[no-untyped-def]
        guide = guides.current_guides(s)[0]
        return guide.name, guide.kind, [(t.title, t.question) for t in guides.topics(s, guide.id)]
    assert read(data_dir, topics) == ("wonen", "interview", [
        ("Wonen", "Hoe woont u?"), ("Buurt", "Wat mist u? Wat niet?"), ("Toekomst", "")])
    assert run("guide", "show", "Wonen")[1] == (
        "wonen  (interview, version 1)\n  1. Wonen\n     Hoe woont u?\n  2. Buurt\n"
        "     Wat mist u? Wat niet?\n  3. Toekomst\n")
    assert run("guide", "list")[1] == "wonen  (interview, version 1, topics: 3)\n"
    code, out, err = run("guide", "add", str(file))
    assert (code, out) == (2, "")
    assert "already a guide called wonen" in err and "guide update" in err


def test_a_guide_from_json_comes_back_out_of_show_and_edits_in_place_while_unused(
        run: Run, data_dir: Path, tmp_path: Path) -> None:
    enquete = {"name": "Enquête", "kind": "questionnaire", "topics": [
        {"title": "Tevreden", "question": "Hoe tevreden bent u?", "answer_type": "scale"},
        {"title": "Vervoer", "question": "Hoe komt u hier?", "help": "Eén antwoord.",
         "answer_type": "choice", "choices": ["Fiets", "Bus", "Lopend"]}]}
    file = tmp_path / "enquete.json"
    file.write_text(json.dumps(enquete), encoding="utf-8")
    assert run("guide", "add", str(file))[1] == "Guide Enquête added with 2 topics.\n"
    shown = json.loads(run("guide", "show", "enquête", "--json")[1])
    assert shown["kind"] == "questionnaire" and shown["version"] == 1
    assert shown["topics"][1] == enquete["topics"][1]
    shown["topics"].append({"title": "Leeftijd", "answer_type": "yes_no"})
    file.write_text(json.dumps(shown), encoding="utf-8")
    assert run("guide", "update", "Enquête", str(file), "--name", "Enquête 2025")[1] == (
        "Guide Enquête 2025 (version 1) now has 3 topics.\n")
    assert read(data_dir, lambda s: [tuple(r) for r in s.execute(text(
        "SELECT name, version FROM guide"))]) == [("Enquête 2025", 1)], (
        "no interview used it: no second version")
    assert json.loads(run("guide", "show", "Enquête 2025", "--json")[1])["topics"][2] == {
        "title": "Leeftijd", "question": "", "help": "", "answer_type": "yes_no",
        "choices": []}


def test_a_guide_in_use_gets_a_new_version_and_its_topics_keep_their_lineage(
        run: Run, data_dir: Path, tmp_path: Path) -> None:
    file = tmp_path / "wonen.txt"
    file.write_text("Wonen: Hoe woont u?\nBuurt: Wat mist u?\n", encoding="utf-8")
    run("guide", "add", str(file), "--name", "Wonen")
    interview_id = run("interview", "new", "--kind", "interview", "--title", "Eerste")[1]
    file.write_text("Gezondheid: Hoe gaat het?\nbuurt: Wat mist u in de buurt?\n",
                    encoding="utf-8")
    assert run("guide", "update", "wonen", str(file))[1] == (
        "Guide Wonen is now version 2, with 2 topics; interviews written with an earlier "
        "version keep it.\n")

    def versions(s):  # type: ignore[no-untyped-def]
        rows = list(s.exec(select(Guide).order_by(Guide.version)))
        assert s.get(Interview, interview_id.strip()).guide_id == rows[0].id
        return [[(t.title, t.lineage_id) for t in guides.topics(s, g.id)] for g in rows]
    first, second = read(data_dir, versions)
    assert second[1] == ("buurt", first[1][1]), "the same topic across versions"
    assert second[0][1] not in {lineage for _title, lineage in first}, "a new topic"
    kind = tmp_path / "kind.json"
    kind.write_text(json.dumps({"kind": "questionnaire", "topics": [{"title": "Iets"}]}))
    code, _out, err = run("guide", "update", "Wonen", str(kind))
    assert code == 2 and "keeps its kind" in err


BAD_GUIDES = {
    "missing.txt": None,
    "empty.txt": "",
    "comments.txt": "# alleen\n\n# opmerkingen\n",
    "no-title.txt": "Wonen: Hoe?\n: Een vraag zonder onderwerp\n",
    "latin1.txt": "Caf\xe9: Gaat u er heen?\n".encode("latin-1"),
    "broken.json": '[{"title": "Wonen",',
    "object.json": '{"name": "Wonen"}',
    "typo.json": '[{"title": "Wonen", "qestion": "Hoe woont u?"}]',
    "untitled.json": '[{"question": "Hoe woont u?"}]',
    "answer.json": '[{"title": "Wonen", "answer_type": "essay"}]',
    "choices.json": '[{"title": "Vervoer", "answer_type": "choice", "choices": ["Fiets"]}]',
    "notext.json": '[{"title": "Vervoer", "choices": "Fiets, Bus"}]',
    "kind.json": '{"kind": "survey", "topics": [{"title": "Wonen"}]}',
}


def test_a_guide_file_that_cannot_be_read_says_why_and_writes_nothing(
        run: Run, data_dir: Path, tmp_path: Path) -> None:
    errors = {}
    for name, content in BAD_GUIDES.items():
        file = tmp_path / name
        if isinstance(content, str):
            file.write_text(content, encoding="utf-8")
        elif content is not None:
            file.write_bytes(content)
        code, out, err = run("guide", "add", str(file))
        assert (code, out) == (2, ""), name
        errors[name] = err
    assert read(data_dir, lambda s: s.execute(text("SELECT count(*) FROM guide")).scalar()) == 0
    assert errors["missing.txt"] == (f"veldwerk: The guide {tmp_path / 'missing.txt'} cannot "
                                     "be read: No such file or directory.\n")
    for name in ("empty.txt", "comments.txt"):
        assert "at least one topic" in errors[name]
    assert "line 2 has no title" in errors["no-title.txt"]
    assert "not plain text (UTF-8)" in errors["latin1.txt"]
    assert "not valid JSON" in errors["broken.json"]
    assert 'an object with "topics"' in errors["object.json"]
    assert "topic 1 has a field qestion" in errors["typo.json"]
    assert "topic 1 has no title" in errors["untitled.json"]
    assert "text, choice, scale, yes_no" in errors["answer.json"]
    assert "at least two choices" in errors["choices.json"]
    assert "choices must be a list of texts" in errors["notext.json"]
    assert "interview, questionnaire" in errors["kind.json"]


def test_the_retention_date_is_set_and_the_consent_forms_state_it(
        run: Run, data_dir: Path, entry: projects.ProjectEntry) -> None:
    assert run("project", "retention", "2031-06-30")[1] == (
        "Recordings are kept until 2031-06-30; the consent forms say so.\n")
    assert run("project", "retention")[1] == "2031-06-30\n"

    def stated(s):  # type: ignore[no-untyped-def]
        return s.get(Project, entry.id).retention_date, [
            templates.current(s, entry.id, language).retention_date
            for language in templates.LANGUAGES]
    assert read(data_dir, stated) == (date(2031, 6, 30), [date(2031, 6, 30)] * 2)
    run("project", "retention", "2032-01-31")
    assert read(data_dir, stated) == (date(2032, 1, 31), [date(2032, 1, 31)] * 2)

    def ends(s):  # type: ignore[no-untyped-def]
        setup.update_details(s, entry.id, entry.name, "", None, date(2032, 12, 31))
    with projects.open_project(entry.folder, device(data_dir)) as project:
        project.run(ends)
    code, out, err = run("project", "retention", "2032-06-30")
    assert (code, out) == (2, "")
    assert err == "veldwerk: Data must be kept at least until the project ends.\n"
    assert read(data_dir, stated)[0] == date(2032, 1, 31)


def test_a_laptop_that_joined_is_told_to_ask_the_coordinator_and_changes_nothing(
        run: Run, tmp_path: Path) -> None:
    _boss, (anna,) = teams.team(tmp_path / "team", members=("Anna de Boer",))
    guide = tmp_path / "guide.txt"
    guide.write_text("Wonen: Hoe woont u?\n", encoding="utf-8")
    before = [table(anna.data, t) for t in ("neighbourhood", "phase", "team_member")]
    refused = (("neighbourhood", "add", "Zuid"), ("neighbourhood", "rename", "Elsrijk", "E"),
               ("neighbourhood", "remove", "Elsrijk"), ("phase", "add", "Verdiepen"),
               ("phase", "remove", "Verkennen"), ("team", "add", "Cor"),
               ("team", "remove", "Bram Smit"), ("guide", "add", str(guide)),
               ("guide", "update", "Wonen", str(guide)), ("project", "retention", "2033-01-01"))
    for args in refused:
        assert run(*args, data=anna.data) == (2, "", (
            "veldwerk: The project's settings, guides and consent forms are set by the "
            "coordinator for everyone in the team. Ask the coordinator to change it; the "
            "change reaches this laptop with the next project update.\n")), args
    assert run("phase", "add", "Verdiepen", data=anna.data, lang="nl")[2].startswith(
        "veldwerk: De instellingen")
    assert [table(anna.data, t) for t in ("neighbourhood", "phase", "team_member")] == before
    assert read(anna.data, lambda s: (len(guides.current_guides(s)), s.execute(text(
        "SELECT count(*) FROM change_log")).scalar())) == (1, 0)

    assert run("participant", "new", "--neighbourhood", "Elsrijk", data=anna.data)[1] == (
        "ELS-101\n"), "inside the laptop's block"
    code, _out, err = run("participant", "new", "--code", "ELS-005", data=anna.data)
    assert code == 2 and "101 to 200" in err
    assert run("interview", "new", "--kind", "interview", "--title", "Eerste", "--participant",
               "ELS-101", data=anna.data)[0] == 0
