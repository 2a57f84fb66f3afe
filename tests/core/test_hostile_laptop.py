"""A hostile laptop (ARCHITECTURE.md, trust): an approved laptop's correctly signed
bundles, made by a real joined laptop whose change log was written by hand, try every
change that is not the laptop's to make. After each, every other row is as it was, and
the attempt waits for the coordinator or is counted refused; the laptop's receipt says
so. The laptop's own changes still apply, and a confirmed erasure request erases.

One coordinator and two laptops per store; the tests send their bundles in turn."""

from __future__ import annotations

import hashlib
import json
import shutil
from argparse import Namespace
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import i18n, notes, recycle
from veldwerk.domain import Participant, Withdrawal
from veldwerk.errors import ValidationError
from veldwerk.ids import utcnow
from veldwerk.merge import answers, commands, decisions, inbox
from veldwerk.merge.apply import current
from veldwerk.merge.sides import side_of
from veldwerk.paths import device
from veldwerk.store import changelog, rows
from veldwerk.sync import downstream


@dataclass
class Team:
    boss: teams.Coordinator
    anna: teams.Laptop  # the hostile one
    bram: teams.Laptop
    folder: Path
    ids: dict[str, str]  # what each made: interview and participant ids


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory, coordinator_store_per_module: str) -> Team:
    folder = tmp_path_factory.mktemp("hostile")
    boss, (anna, bram) = teams.team(folder)
    ids: dict[str, str] = {}
    with boss.open() as project:  # the coordinator's own interview and person
        ids["boss_interview"] = teams.field_work(project, "Bij de coördinator")
    for name, laptop, titles in (("anna", anna, ("Bij Anna",)),
                                 ("bram", bram, ("Bij Bram", "Nog een bij Bram"))):
        with laptop.open() as project:
            for number, title in enumerate(titles):
                ids[f"{name}_interview{number or ''}"] = teams.field_work(project, title)
    found = Team(boss, anna, bram, folder, ids)
    with boss.open() as project:
        merging.trust(project, anna, bram)
        for laptop in (anna, bram):
            (outcome,) = inbox.import_files(project, boss.keys, merging.bundles_of(
                laptop, folder / "first"))
            assert outcome.status == "imported"
        with project.session() as s:
            for key, interview in list(ids.items()):
                ids[key.replace("interview", "person")] = s.execute(text(
                    "SELECT participant_id FROM interview_participant WHERE interview_id = :i"),
                    {"i": interview}).scalar()
    return found


# --- helpers -------------------------------------------------------------------------------

def _snapshot(project: Any) -> dict[tuple[str, str], str]:
    """A content hash of every content row, by table and id."""
    out = {}
    with project.session() as s:
        for table in merging.CONTENT:
            for row in s.execute(text(f"SELECT * FROM {table}")).mappings():
                plain = {k: merging._plain(v) for k, v in row.items()}
                out[(table, str(row["id"]))] = hashlib.sha256(json.dumps(
                    plain, sort_keys=True, default=str).encode()).hexdigest()
    return out


def _row(team: Team, table: str, row_id: str) -> dict[str, Any]:
    """The coordinator's version of a row, as a laptop would send it."""
    with team.boss.open() as project, project.session() as s:
        found = current(s, rows.table_of(table), row_id)
    assert found is not None
    return found


def _forge(laptop: teams.Laptop, *entries: tuple[str, str, str, dict[str, Any],
                                                 tuple[str, int] | None]) -> None:
    """Write change-log entries on the laptop by hand (table, key, operation, row, base):
    its next bundle carries them, signed with its own key."""
    with laptop.open() as project:
        def work(s: Any) -> None:
            cursor = changelog.raw_cursor(s)
            for table, key, op, row, base in entries:
                seq = changelog.next_seq(cursor, laptop.me.id)
                changelog.append(s, cursor, seq, table, key, op, row, utcnow(), base)
        project.run(work)


def _send(team: Team, laptop: teams.Laptop, name: str) -> inbox.Outcome:
    """The laptop's waiting changes as a bundle, imported and answered."""
    files = merging.bundles_of(laptop, team.folder / name)
    with team.boss.open() as project:
        outcomes = inbox.import_files(project, team.boss.keys, files)
        answers.answer(project, team.boss.keys, outcomes)
    (outcome,) = outcomes
    return outcome


def _receipts(team: Team, laptop: teams.Laptop) -> list[dict[str, Any]]:
    """Every receipt for the laptop, read and applied there as its sync would; returns
    what they said about single changes."""
    folder = (team.boss.entry.folder / answers.ANSWERS_FOLDER / downstream.RECEIPTS_FOLDER /
              laptop.me.id)
    mine = {"signing": team.boss.keys.signing_public, "age": team.boss.keys.age_public}
    said: list[dict[str, Any]] = []
    with laptop.open() as project:
        for path in sorted(folder.glob("receipt-*.json")):
            kind, payload = downstream.read(path.read_bytes(), path.name, mine, team.boss.entry.id)
            downstream.apply(project, kind, payload, downstream.Applied())
            said += payload.get("changes", [])
            path.unlink()
    return said


def _words(laptop: teams.Laptop) -> dict[tuple[str, str], str]:
    with laptop.open() as project, project.session() as s:
        return {(w.table, w.row): w.status for w in downstream.change_words(s)}


def _open(team: Team) -> list[decisions.Conflict]:
    with team.boss.open() as project, project.session() as s:
        return decisions.conflicts(s, joined=False)


def _unchanged_but(before: dict[tuple[str, str], str], after: dict[tuple[str, str], str],
                   *mine: tuple[str, str]) -> None:
    other = {k: v for k, v in before.items() if k not in mine}
    assert {k: after.get(k) for k in other} == other, "another's row changed"


def _before(team: Team) -> dict[tuple[str, str], str]:
    with team.boss.open() as project:
        return _snapshot(project)


def _after(team: Team) -> dict[tuple[str, str], str]:
    return _before(team)


# --- forbidden changes ---------------------------------------------------------------------

def test_an_update_of_another_laptops_interview_with_a_matching_base_waits(team: Team) -> None:
    target = team.ids["bram_interview"]
    row = _row(team, "interview", target)
    base = (row["change_device"], int(row["change_seq"]))
    _forge(team.anna, ("interview", target, "update", {**row, "title": "Overschreven"}, base))
    before = _before(team)
    outcome = _send(team, team.anna, "update")
    assert outcome.status == "imported"
    assert (outcome.counts.applied, outcome.counts.waiting) == (0, 1)
    _unchanged_but(before, _after(team))
    (conflict,) = [c for c in _open(team) if c.row_id == target]
    assert (conflict.kind, conflict.fields) == ("foreign", ["title"])
    assert conflict.theirs["title"] == "Overschreven" and conflict.device_id == team.anna.me.id
    said = _receipts(team, team.anna)
    assert [(c["table"], c["row"], c["status"], c["why"]) for c in said] == [
        ("interview", target, "waiting", "foreign")]
    assert "text" not in said[0] and "title" not in said[0], "no row content in a receipt"
    assert _words(team.anna)[("interview", target)] == "waiting"
    # Keeping this version sends it back as the laptop's base; the laptop hears "refused".
    with team.boss.open() as project:
        project.run(lambda s: decisions.resolve(s, conflict.id, project.device.id,
                                                keep=decisions.OURS))
        answers.resolutions(project, team.boss.keys)
        with project.session() as s:
            assert s.execute(text("SELECT title FROM interview WHERE id = :i"),
                             {"i": target}).scalar() == "Bij Bram"
    _receipts(team, team.anna)
    assert _words(team.anna)[("interview", target)] == "refused"


def test_a_purge_of_another_laptops_interview_waits_and_its_notes_stay(team: Team) -> None:
    target = team.ids["bram_interview"]
    _forge(team.anna, ("interview", target, "purge", {}, None))
    before = _before(team)
    outcome = _send(team, team.anna, "purge")
    assert (outcome.counts.applied, outcome.counts.waiting) == (0, 1)
    after = _after(team)
    _unchanged_but(before, after)
    assert ("interview", target) in after and any(
        t == "note" for t, _i in after), "the interview and its notes stay"
    assert ("interview", target, "purge") in {(c.table, c.row_id, c.kind) for c in _open(team)}
    assert [(c["row"], c["status"], c["why"]) for c in _receipts(team, team.anna)] == [
        (target, "waiting", "purge")]


def test_erasures_of_another_laptops_person_and_of_the_coordinators_rows_wait(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    person, boss_interview = team.ids["bram_person"], team.ids["boss_interview"]
    boss_person = team.ids["boss_person"]
    with team.anna.open() as project:  # a withdrawal as the laptop's own code writes one
        withdrawal = project.run(lambda s: _withdrawal(s, project.folder.name, person))
    _forge(team.anna, ("participant", person, "erase", {}, None),
           ("interview", boss_interview, "erase", {}, None),
           ("participant", boss_person, "erase", {}, None))
    before = _before(team)
    outcome = _send(team, team.anna, "erase")
    assert outcome.status == "imported"
    assert (outcome.counts.waiting, outcome.counts.erased_people) == (4, [])
    _unchanged_but(before, _after(team))
    with team.boss.open() as project, project.session() as s:
        assert s.execute(text("SELECT count(*) FROM erased_row")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM withdrawal")).scalar() == 0
    assert not list((team.boss.entry.folder / answers.ANSWERS_FOLDER).rglob("erasure-*.json")), (
        "no erasure list goes to the other laptops")
    waiting = {(c.table, c.row_id): c for c in _open(team) if c.kind == "erase"}
    assert set(waiting) >= {("participant", person), ("interview", boss_interview),
                            ("participant", boss_person), ("withdrawal", withdrawal)}
    assert "asks to erase" in waiting[("withdrawal", withdrawal)].describe()
    with team.boss.open() as project:  # as the commands show it
        commands.conflicts_list(Namespace(all=False, json=False), project, team.boss.me)
        commands.inbox_list(Namespace(json=False), project, team.boss.me)
    shown = capsys.readouterr().out
    assert shown.count("Erasure asked: ") == 3, "the withdrawal and the person: one request"
    assert "3 changes of records that are not the sender's wait for you" in shown
    said = {(c["table"], c["row"]): (c["status"], c["why"]) for c in _receipts(team, team.anna)}
    assert said[("withdrawal", withdrawal)] == ("waiting", "erase")
    assert said[("interview", boss_interview)] == ("waiting", "erase")
    # Refusing ends it and tells the laptop; nothing of the coordinator's goes.
    with team.boss.open() as project:
        for key in (("interview", boss_interview), ("participant", boss_person)):
            project.run(lambda s, c=waiting[key]: decisions.resolve(
                s, c.id, project.device.id, keep=decisions.OURS))
        answers.resolutions(project, team.boss.keys)
    _unchanged_but(before, _after(team))
    assert _words(team.anna)[("interview", boss_interview)] == "waiting"
    _receipts(team, team.anna)
    assert _words(team.anna)[("interview", boss_interview)] == "refused"


def _withdrawal(s: Any, project_id: str, person: str, kind: str = "erase") -> str:
    row = Withdrawal(project_id=project_id, participant_code="ELS-999", participant_id=person,
                     kind=kind, reason="wil niet meer", withdrawn_at=utcnow(), by="Anna")
    s.add(row)
    s.flush()
    return str(row.id)


def test_a_change_to_the_coordinators_tables_is_refused_and_said(team: Team) -> None:
    with team.boss.open() as project, project.session() as s:
        guide = s.execute(text("SELECT id FROM guide")).scalar()
    row = _row(team, "guide", guide)
    _forge(team.anna, ("guide", guide, "update", {**row, "name": "Mijn eigen gids"},
                       (row["change_device"], int(row["change_seq"]))))
    before = _before(team)
    outcome = _send(team, team.anna, "guide")
    assert (outcome.counts.refused, outcome.counts.applied) == (1, 0)
    _unchanged_but(before, _after(team))
    assert _row(team, "guide", guide)["name"] != "Mijn eigen gids"
    assert [(c["row"], c["status"], c["why"]) for c in _receipts(team, team.anna)] == [
        (guide, "refused", "coordinator")]


def test_forged_stamps_are_replaced_by_the_bundles(team: Team) -> None:
    own = team.ids["anna_interview"]
    bram = team.bram.me.id
    row = _row(team, "interview", own)
    forged = {**row, "title": "Bij Anna, nagekeken", "origin_device": bram,
              "change_device": bram, "change_seq": 7}
    with team.boss.open() as project, project.session() as s:
        topic = s.execute(text("SELECT id FROM topic ORDER BY id")).scalar()
    note = {**_row(team, "note", _note_id(team, own)),
            "id": "0190aaaa-0000-7000-8000-00000000f0f0", "topic_id": topic,
            "text": "Een notitie bij een onderwerp", "origin_device": bram,
            "change_device": bram, "change_seq": 8}
    _forge(team.anna, ("interview", own, "update", forged,
                       (row["change_device"], int(row["change_seq"]))))
    before = _before(team)
    outcome = _send(team, team.anna, "stamps")
    assert outcome.counts.waiting == 0 and outcome.counts.applied == 1
    _unchanged_but(before, _after(team), ("interview", own))
    stored = _row(team, "interview", own)
    assert stored["title"] == "Bij Anna, nagekeken"
    assert stored["origin_device"] == team.anna.me.id, "the owner, not what the row said"
    assert stored["change_device"] == team.anna.me.id and stored["change_seq"] != 7
    # A new row that says it is another laptop's is the sender's all the same: a later
    # change of it by the laptop it names waits.
    _forge(team.anna, ("note", note["id"], "insert", note, None))
    _send(team, team.anna, "stamps2")
    stored = _row(team, "note", note["id"])
    assert (stored["origin_device"], stored["change_device"]) == (team.anna.me.id,) * 2
    _forge(team.bram, ("note", note["id"], "update", {**stored, "text": "Bram was hier"},
                       (stored["change_device"], int(stored["change_seq"]))))
    assert _send(team, team.bram, "stamps3").counts.waiting == 1
    assert _row(team, "note", note["id"])["text"] == "Een notitie bij een onderwerp"


def _note_id(team: Team, interview: str) -> str:
    with team.boss.open() as project, project.session() as s:
        return str(s.execute(text("SELECT id FROM note WHERE interview_id = :i"),
                             {"i": interview}).scalar())


def test_a_note_hung_under_another_laptops_interview_waits(team: Team) -> None:
    target = team.ids["bram_interview1"]
    note = {**_row(team, "note", _note_id(team, target)),
            "id": "0190aaaa-0000-7000-8000-00000000abcd", "text": "Anna schrijft mee"}
    _forge(team.anna, ("note", note["id"], "insert", note, None))
    before = _before(team)
    outcome = _send(team, team.anna, "child")
    assert (outcome.counts.applied, outcome.counts.waiting) == (0, 1)
    after = _after(team)
    _unchanged_but(before, after)
    assert ("note", note["id"]) not in after
    (conflict,) = [c for c in _open(team) if c.row_id == note["id"]]
    assert conflict.kind == "foreign" and conflict.ours == {}


def test_the_rename_chain_cannot_reach_another_laptops_person(team: Team) -> None:
    """Both laptops use one code; the coordinator renames one; the signed rename that
    every laptop reads names that person's id. The other laptop cannot erase or change
    them with it."""
    made = {}
    for laptop in (team.anna, team.bram):
        with laptop.open() as project:
            made[laptop.me.id] = project.run(lambda s, p=project: _person(s, p.folder.name))
        _send(team, laptop, f"clash-{laptop.me.name}")
    (clash,) = [c for c in _open(team) if c.kind == "code"]
    with team.boss.open() as project:
        _c, renamed = project.run(lambda s: decisions.resolve(
            s, clash.id, project.device.id, code="ELS-778"))
        update = answers.renames(project, team.boss.keys, [renamed])
    victim = next(laptop for laptop in (team.anna, team.bram)
                  if made[laptop.me.id] == clash.row_id)
    attacker = team.bram if victim is team.anna else team.anna
    mine = {"signing": team.boss.keys.signing_public, "age": team.boss.keys.age_public}
    kind, payload = downstream.read(update.read_bytes(), update.name, mine, team.boss.entry.id)
    with attacker.open() as project:
        downstream.apply(project, kind, payload, downstream.Applied())
    target = payload["participants"][0]["id"]  # what the attacker learned
    assert target == clash.row_id
    row = _row(team, "participant", target)
    before = _before(team)
    _forge(attacker, ("participant", target, "update", {**row, "note": "weg ermee"},
                      (row["change_device"], int(row["change_seq"]))))
    assert _send(team, attacker, "chain").counts.waiting == 1
    with attacker.open() as project:
        withdrawal = project.run(lambda s: _withdrawal(s, project.folder.name, target))
    _forge(attacker, ("participant", target, "erase", {}, None))
    outcome = _send(team, attacker, "chain2")
    assert outcome.counts.waiting == 2 and outcome.counts.erased_people == []
    _unchanged_but(before, _after(team))
    assert _row(team, "participant", target)["code"] == "ELS-778"
    kinds = {(c.table, c.row_id, c.kind) for c in _open(team)}
    assert {("participant", target, "foreign"), ("participant", target, "erase"),
            ("withdrawal", withdrawal, "erase")} <= kinds
    folder = team.boss.entry.folder / answers.ANSWERS_FOLDER
    assert not [p for p in folder.rglob("erasure-*.json")], "the victim laptop keeps them"


def _person(s: Any, project_id: str, code: str = "ELS-777") -> str:
    person = Participant(project_id=project_id, code=code)
    s.add(person)
    s.flush()
    return str(person.id)


# --- what is the laptop's own --------------------------------------------------------------

def test_the_laptops_own_changes_still_apply(team: Team) -> None:
    own = team.ids["anna_interview"]
    with team.anna.open() as project:
        project.run(lambda s: notes.save_note(s, own, None, "Anna vult aan"))
        project.run(lambda s: recycle.delete_interview(s, own))
    _receipts(team, team.anna)  # what earlier receipts said
    before = _before(team)
    outcome = _send(team, team.anna, "own")
    assert (outcome.counts.waiting, outcome.counts.refused, outcome.counts.applied) == (0, 0, 2)
    after = _after(team)
    changed = {k for k in after if before.get(k) != after[k]}
    assert changed == {("note", _note_id(team, own)), ("interview", own)}
    assert _row(team, "interview", own)["deleted_at"], "to the bin, as the laptop did"
    assert _receipts(team, team.anna) == [], "nothing to say about changes that applied"


def test_a_confirmed_erasure_request_erases_and_goes_to_every_laptop(team: Team) -> None:
    person = team.ids["bram_person1"]
    interview = team.ids["bram_interview1"]
    row = _row(team, "interview", interview)
    _forge(team.anna, ("interview", interview, "update", {**row, "title": "Nog een, van Anna"},
                       (row["change_device"], int(row["change_seq"]))))
    with team.anna.open() as project:
        withdrawal = project.run(lambda s: _withdrawal(s, project.folder.name, person))
    assert _send(team, team.anna, "request").counts.waiting == 2
    (request,) = [c for c in _open(team) if c.row_id == withdrawal]
    with team.boss.open() as project:
        project.run(lambda s: decisions.resolve(s, request.id, project.device.id,
                                                keep=decisions.THEIRS))
        decisions.finish(project)
        answers.resolutions(project, team.boss.keys)
        with project.session() as s:
            assert s.execute(text("SELECT count(*) FROM participant WHERE id = :p"),
                             {"p": person}).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM interview WHERE id = :i"),
                             {"i": interview}).scalar() == 0
            assert s.execute(text("SELECT 1 FROM erased_row WHERE row_id = :p"),
                             {"p": person}).scalar() == 1
            assert s.execute(text("SELECT 1 FROM withdrawal WHERE id = :w"),
                             {"w": withdrawal}).scalar() == 1
    answered = team.boss.entry.folder / answers.ANSWERS_FOLDER
    (erasure_list,) = list(answered.rglob("erasure-*.json"))
    assert person in erasure_list.read_text()
    _receipts(team, team.anna)
    assert _words(team.anna)[("withdrawal", withdrawal)] == "applied"
    assert _words(team.anna)[("interview", interview)] == "refused", (
        "a change that waited on a record erased since ends, and the laptop hears it")
    assert not [c for c in _open(team) if c.row_id == interview]


def test_a_laptops_own_withdrawal_turned_to_another_person_waits(team: Team) -> None:
    """A laptop's own withdrawal (stop using its own person) changed by hand into an
    erasure of another laptop's person: the erasure waits, named by the person it would
    erase, and nothing goes."""
    own, victim = team.ids["anna_person"], team.ids["bram_person"]
    with team.anna.open() as project:
        withdrawal = project.run(lambda s: _withdrawal(s, project.folder.name, own, "stop_use"))
    assert _send(team, team.anna, "withdraw-own").counts.applied == 1
    row = _row(team, "withdrawal", withdrawal)
    code = _row(team, "participant", victim)["code"]
    _forge(team.anna, ("withdrawal", withdrawal, "update",
                       {**row, "participant_id": victim, "participant_code": code,
                        "kind": "erase"}, (row["change_device"], int(row["change_seq"]))))
    before = _before(team)
    outcome = _send(team, team.anna, "withdraw-other")
    assert (outcome.counts.applied, outcome.counts.waiting, outcome.counts.erased_people) == (
        0, 1, [])
    _unchanged_but(before, _after(team))
    (request,) = [c for c in _open(team) if c.row_id == withdrawal]
    assert request.kind == "erase" and code in request.heading(), (
        "the coordinator sees whom it would erase")
    with team.boss.open() as project:
        project.run(lambda s: decisions.resolve(s, request.id, project.device.id,
                                                keep=decisions.OURS))
    _unchanged_but(before, _after(team))


def test_a_laptops_own_note_moved_under_another_laptops_interview_waits(team: Team) -> None:
    own = _note_id(team, team.ids["anna_interview"])
    row = _row(team, "note", own)
    _forge(team.anna, ("note", own, "update", {**row, "interview_id": team.ids["bram_interview"]},
                       (row["change_device"], int(row["change_seq"]))))
    before = _before(team)
    outcome = _send(team, team.anna, "moved-note")
    assert (outcome.counts.applied, outcome.counts.waiting) == (0, 1)
    _unchanged_but(before, _after(team))
    (conflict,) = [c for c in _open(team) if c.row_id == own]
    assert conflict.kind == "foreign" and "interview_id" in conflict.fields
    with team.boss.open() as project:
        project.run(lambda s: decisions.resolve(s, conflict.id, project.device.id,
                                                keep=decisions.OURS))


def test_a_row_sent_with_the_id_of_the_coordinators_row_of_another_table_takes_nothing(
        team: Team) -> None:
    """Ids are the coordinator's ledger's per table: a note sent with the id of the
    coordinator's participant does not make that participant the laptop's, and an erasure
    named under another table does not mark the coordinator's interview erased."""
    person, interview = team.ids["boss_person"], team.ids["boss_interview"]
    with team.boss.open() as project, project.session() as s:
        topic = s.execute(text("SELECT id FROM topic ORDER BY id DESC")).scalar()
    note = {**_row(team, "note", _note_id(team, team.ids["anna_interview"])), "id": person,
            "topic_id": topic, "text": "Een notitie met een geleend id"}
    _forge(team.anna, ("note", person, "insert", note, None))
    before = _before(team)
    assert _send(team, team.anna, "borrowed-id").counts.applied == 0
    _forge(team.anna, ("participant", person, "erase", {}, None),
           ("note", interview, "erase", {}, None))
    outcome = _send(team, team.anna, "borrowed-id-erase")
    assert outcome.counts.erased_people == [] and outcome.counts.applied == 0
    _unchanged_but(before, _after(team))
    with team.boss.open() as project, project.session() as s:
        assert s.execute(text("SELECT count(*) FROM erased_row WHERE row_id IN (:p, :i)"),
                         {"p": person, "i": interview}).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM row_owner WHERE row_id IN (:p, :i)"),
                         {"p": person, "i": interview}).scalar() == 0
    for conflict in _open(team):
        if conflict.row_id in (person, interview) and conflict.device_id == team.anna.me.id:
            with team.boss.open() as project:
                project.run(lambda s, c=conflict: decisions.resolve(
                    s, c.id, project.device.id, keep=decisions.OURS))


def test_taking_a_laptops_version_whose_place_is_taken_is_said_not_a_traceback(
        team: Team) -> None:
    """The coordinator takes a laptop's note that waited, but its topic on that interview
    has a note by now: a new one goes in as a second note does (its text a conflict); a
    moved one is refused in words, and nothing changes."""
    interview = team.ids["boss_interview"]
    with team.boss.open() as project, project.session() as s:
        topic = s.execute(text("SELECT id FROM topic ORDER BY id")).scalar()
    moved = "0190aaaa-0000-7000-8000-00000000f0f0"  # Anna's, on her own interview
    new = "0190aaaa-0000-7000-8000-00000000f0f1"
    row = _row(team, "note", moved)
    assert row["topic_id"] == topic
    _forge(team.anna, ("note", moved, "update", {**row, "interview_id": interview},
                       (row["change_device"], int(row["change_seq"]))),
           ("note", new, "insert", {**row, "id": new, "interview_id": interview,
                                    "text": "Anna's eigen antwoord"}, None))
    assert _send(team, team.anna, "place").counts.waiting == 2
    with team.boss.open() as project:
        project.run(lambda s: notes.save_note(s, interview, topic, "Het antwoord hier"))
    waiting = {c.row_id: c for c in _open(team) if c.row_id in (moved, new)}
    before = _before(team)
    with team.boss.open() as project:
        with pytest.raises(ValidationError, match="already has its place"):
            project.run(lambda s: decisions.resolve(s, waiting[moved].id, project.device.id,
                                                    keep=decisions.THEIRS))
        assert _snapshot(project) == before
        project.run(lambda s: decisions.resolve(s, waiting[new].id, project.device.id,
                                                keep=decisions.THEIRS))
        project.run(lambda s: decisions.resolve(s, waiting[moved].id, project.device.id,
                                                keep=decisions.OURS))
    _unchanged_but(before, _after(team))
    (duplicate,) = [c for c in _open(team) if c.kind == "duplicate"
                    and c.theirs.get("text") == "Anna's eigen antwoord"]
    assert duplicate.ours["text"] == "Het antwoord hier"
    with team.boss.open() as project:
        project.run(lambda s: decisions.resolve(s, duplicate.id, project.device.id,
                                                keep=decisions.OURS))


def test_a_second_note_for_a_topic_is_an_alias_on_either_store(team: Team) -> None:
    """A laptop's new note for a topic its own interview has a note for goes in as an
    alias with a conflict about its text, on a team database as on a file (the natural
    key's NULL-safe comparison is each dialect's own)."""
    existing = "0190aaaa-0000-7000-8000-00000000f0f0"
    second = "0190aaaa-0000-7000-8000-00000000f0f2"
    row = _row(team, "note", existing)
    _forge(team.anna, ("note", second, "insert", {**row, "id": second,
                                                  "text": "Nog eens opgeschreven"}, None))
    before = _before(team)
    outcome = _send(team, team.anna, "second-note")
    assert outcome.status == "imported", outcome.reason
    _unchanged_but(before, _after(team))
    (duplicate,) = [c for c in _open(team) if c.row_id == existing and c.kind == "duplicate"]
    assert duplicate.theirs["text"] == "Nog eens opgeschreven"
    with team.boss.open() as project:
        project.run(lambda s: decisions.resolve(s, duplicate.id, project.device.id,
                                                keep=decisions.OURS))


def test_taking_a_stale_change_of_another_laptops_row_takes_only_what_it_changed(
        team: Team) -> None:
    """A laptop changes another laptop's interview's title on a copy from before that
    laptop's own newer summary: what waits (and what taking it applies) is the title
    alone, not a silent return of the old summary."""
    target = team.ids["bram_interview"]
    old = _row(team, "interview", target)
    _forge(team.bram, ("interview", target, "update", {**old, "summary": "Bram vat samen"},
                       (old["change_device"], int(old["change_seq"]))))
    assert _send(team, team.bram, "summary").counts.applied == 1
    _forge(team.anna, ("interview", target, "update", {**old, "title": "Anna's titel"},
                       (old["change_device"], int(old["change_seq"]))))
    assert _send(team, team.anna, "stale").counts.waiting == 1
    (conflict,) = [c for c in _open(team) if c.row_id == target and c.kind == "foreign"]
    assert conflict.fields == ["title"], "only what the laptop changed waits"
    with team.boss.open() as project:
        project.run(lambda s: decisions.resolve(s, conflict.id, project.device.id,
                                                keep=decisions.THEIRS))
    stored = _row(team, "interview", target)
    assert (stored["title"], stored["summary"]) == ("Anna's titel", "Bram vat samen")


def test_an_erasure_takes_the_requests_that_hang_under_what_it_erased(team: Team) -> None:
    """A note a laptop hung under another laptop's interview waited; the interview was
    erased since (the confirmed request above). The waiting note goes with it: its text
    is not kept in the conflicts, and nothing can take it in under what is gone."""
    with team.boss.open() as project, project.session() as s:
        kept = s.execute(text("SELECT count(*) FROM merge_conflict WHERE theirs LIKE :t"),
                         {"t": "%Anna schrijft mee%"}).scalar()
    assert kept == 0
    assert not [c for c in _open(team) if c.row_id == "0190aaaa-0000-7000-8000-00000000abcd"]


def test_a_change_numbered_outside_the_bundles_range_is_refused(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    """Last: the refused bundle stays in this laptop's outbox. On copies of both. The
    laptop's Veldwerk is a hostile one: it sends its numbers as they are (Veldwerk's own
    exporter renumbers what lies below the range, ``export._above``)."""
    from veldwerk.bundle import export

    monkeypatch.setattr(export, "_above", lambda _session, entries, _after: entries)
    copy = team.folder / "range"
    shutil.copytree(team.anna.data, copy / "anna")
    laptop = teams.Laptop(copy / "anna", device(copy / "anna"), replace(
        team.anna.entry, folder=copy / "anna" / team.anna.entry.folder.relative_to(
            team.anna.data)))
    own = team.ids["anna_interview"]
    row = _row(team, "interview", own)
    with laptop.open() as project:
        def work(s: Any) -> None:
            cursor = changelog.raw_cursor(s)
            cursor.execute(changelog.INSERT, (
                laptop.me.id, 0, "interview", own, "update",
                json.dumps({**row, "title": "Nummer nul"}), changelog.time_text(utcnow()),
                row["change_device"], int(row["change_seq"])))
            notes.save_note(s, own, None, "Met een geldig nummer")
        project.run(work)
    files = merging.bundles_of(laptop, copy / "bundles")
    boss = merging.copy_coordinator(team.boss, copy / "boss")
    try:
        before = _snapshot(boss)
        (outcome,) = inbox.import_files(boss, team.boss.keys, files)
        assert outcome.status == "rejected"
        assert "outside the bundle's range" in outcome.reason
        assert _snapshot(boss) == before
    finally:
        boss.close(make_backup=False)


def test_a_bundle_the_database_refuses_names_its_laptop_in_the_inbox(team: Team) -> None:
    """A laptop's own change that breaks a unique key (its free notes moved onto the
    topic its other note has) is refused whole; the inbox names the approved laptop that
    signed it, so the coordinator knows whom to ask. On copies of both."""
    copy = team.folder / "refused"
    shutil.copytree(team.anna.data, copy / "anna")
    laptop = teams.Laptop(copy / "anna", device(copy / "anna"), replace(
        team.anna.entry, folder=copy / "anna" / team.anna.entry.folder.relative_to(
            team.anna.data)))
    own = team.ids["anna_interview"]
    with team.boss.open() as project, project.session() as s:
        free = s.execute(text("SELECT id FROM note WHERE interview_id = :i AND topic_id IS "
                              "NULL"), {"i": own}).scalar()
        topic = s.execute(text("SELECT id FROM topic ORDER BY id")).scalar()
    row = _row(team, "note", free)
    other = "0190aaaa-0000-7000-8000-00000000f0f9"
    _forge(laptop, ("note", other, "insert", {**row, "id": other, "topic_id": topic}, None),
           ("note", free, "update", {**row, "topic_id": topic},
            (row["change_device"], int(row["change_seq"]))))
    files = merging.bundles_of(laptop, copy / "bundles")
    boss = merging.copy_coordinator(team.boss, copy / "boss")
    try:
        (outcome,) = inbox.import_files(boss, team.boss.keys, files)
        assert outcome.status == "rejected"
        with boss.session() as s:
            (line,) = [r for r in inbox.ledger(s) if r.file_name == files[0].name]
        assert (line.device_id, line.member_name) == (team.anna.me.id, "Anna de Boer")
    finally:
        boss.close(make_backup=False)


def test_a_version_the_coordinator_took_from_a_laptop_shows_as_that_laptops(
        team: Team) -> None:
    """After taking a laptop's version, the version here is that laptop's (it was not
    the coordinator's own writing), until the coordinator changes it."""
    target = team.ids["boss_interview"]
    row = _row(team, "interview", target)
    _forge(team.anna, ("interview", target, "update", {**row, "place": "Buurthuis"},
                       (row["change_device"], int(row["change_seq"]))))
    assert _send(team, team.anna, "take-me").counts.waiting == 1
    (conflict,) = [c for c in _open(team) if c.row_id == target]
    assert conflict.ours_by.here, "the coordinator's own interview"
    with team.boss.open() as project:
        project.run(lambda s: decisions.resolve(s, conflict.id, project.device.id,
                                                keep=decisions.THEIRS))
        with project.session() as s:
            row = current(s, rows.table_of("interview"), target)
            assert row is not None and row["change_device"] == project.device.id
            taken = side_of(s, str(row["change_device"]), row, "interview")
            assert (taken.here, taken.member) == (False, "Anna de Boer"), "Anna's version"
            assert side_of(s, project.device.id, {**row, "updated_at": utcnow().replace(
                year=2099).isoformat()}, "interview").here, "changed here since: the copy's"


def test_an_erasure_asked_with_a_withdrawal_is_one_request_decided_once(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    """A laptop's withdrawal and its erasure of the same person (another laptop's) are one
    request: listed once, counted once, refused or confirmed once for both, and the laptop
    hears the same of both changes. Confirming asks first; the answer says who went."""
    with team.bram.open() as project:
        person = project.run(lambda s: _person(s, project.folder.name, "ELS-880"))
    assert _send(team, team.bram, "own-person").counts.applied >= 1

    def ask(name: str) -> tuple[str, inbox.Outcome]:
        with team.anna.open() as project:
            withdrawal = project.run(lambda s: _withdrawal(s, project.folder.name, person))
        _forge(team.anna, ("participant", person, "erase", {}, None))
        return withdrawal, _send(team, team.anna, name)

    withdrawal, outcome = ask("ask-erase")
    assert outcome.counts.waiting == 2
    with team.boss.open() as project:  # the same file again: said once, not twice
        (again,) = inbox.import_files(project, team.boss.keys, sorted(
            (team.folder / "ask-erase").glob("*.age")))
    assert inbox.summary_lines([again]) == [f"{again.file}: taken in before."]
    capsys.readouterr()
    with team.boss.open() as project:
        commands.conflicts_list(Namespace(all=False, json=False), project, team.boss.me)
        commands.inbox_list(Namespace(json=False), project, team.boss.me)
    shown = capsys.readouterr().out
    assert shown.count("Erasure asked: Participant ELS-880") == 1
    (line,) = [x for x in shown.splitlines() if outcome.file in x]
    assert [c.ours_by.who() for c in _open(team) if c.row_id == withdrawal] == [
        "No version here (a new record)"], "a new row: no version here, not an unknown laptop"
    assert "1 change of a record that is not the sender's waits for you" in line
    hidden = next(c for c in _open(team) if (c.table, c.row_id) == ("participant", person))
    resolve = Namespace(id=hidden.short_id, keep="theirs", text=None, code=None,
                        identity=None, yes=False)
    with team.boss.open() as project, pytest.raises(ValidationError, match="--yes"):
        commands.conflicts_resolve(resolve, project, team.boss.me)  # no terminal here
    assert _row(team, "participant", person)["code"] == "ELS-880", "nothing erased"
    with team.boss.open() as project:  # refusing the person refuses the withdrawal too
        commands.conflicts_resolve(replace_ns(resolve, keep="ours"), project, team.boss.me)
        answers.resolutions(project, team.boss.keys)
        commands.inbox_list(Namespace(json=False), project, team.boss.me)
    shown = capsys.readouterr().out
    assert "Resolved: Erasure refused: ELS-880 stays" in shown and "[-" not in shown
    (line,) = [x for x in shown.splitlines() if outcome.file in x]
    assert "Its 2 changes of others' records are decided" in line
    assert not [c for c in _open(team) if person in (c.row_id, c.theirs.get("participant_id"))]
    _receipts(team, team.anna)
    words = _words(team.anna)
    assert (words[("withdrawal", withdrawal)], words[("participant", person)]) == (
        "refused", "refused")
    # Asked again and confirmed (--yes) through the withdrawal: both are applied.
    withdrawal, _outcome = ask("ask-again")
    (request,) = [c for c in _open(team) if c.row_id == withdrawal]
    with team.boss.open() as project:
        commands.conflicts_resolve(replace_ns(resolve, id=request.short_id, yes=True),
                                   project, team.boss.me)
        answers.resolutions(project, team.boss.keys)
        with project.session() as s:
            assert s.execute(text("SELECT count(*) FROM participant WHERE id = :p"),
                             {"p": person}).scalar() == 0
            assert decisions.open_count(s) == len(decisions.conflicts(s))
    assert "Resolved: ELS-880 is erased here and goes to every laptop." in capsys.readouterr().out
    _receipts(team, team.anna)
    words = _words(team.anna)
    assert (words[("withdrawal", withdrawal)], words[("participant", person)]) == (
        "applied", "applied")
    from veldwerk.cli import main

    capsys.readouterr()
    try:
        assert main(["--data-dir", str(team.anna.data), "--lang", "nl", "changes",
                     "--coordinator"]) == 0
    finally:
        i18n.use_catalogue("en")  # the tests after this read English
    said = capsys.readouterr().out
    numbers = [int(line.split()[1]) for line in said.splitlines()]
    assert len(numbers) > 3 and numbers == sorted(numbers), "by change number"
    assert f"(Terugtrekking {withdrawal[-8:]})" in said and "(Deelnemer " in said
    assert "Withdrawal" not in said and "Participant" not in said, "in Dutch"


def replace_ns(args: Namespace, **changed: Any) -> Namespace:
    return Namespace(**{**vars(args), **changed})


def test_a_bin_of_another_laptops_interview_is_a_change_and_takes_no_text(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    """Moving another's interview to the bin waits as a change whose field is named;
    --text is refused in words and changes nothing; keeping says what stayed."""
    target = team.ids["bram_interview"]
    row = _row(team, "interview", target)
    _forge(team.anna, ("interview", target, "delete", {**row, "deleted_at": utcnow(
    ).isoformat()}, (row["change_device"], int(row["change_seq"]))))
    assert _send(team, team.anna, "bin-other").counts.waiting == 1
    (conflict,) = [c for c in _open(team) if c.row_id == target and c.kind == "foreign"]
    assert conflict.field_names() == ["In the bin since"]
    capsys.readouterr()
    try:
        i18n.use_catalogue("nl")
        with team.boss.open() as project:
            commands.conflicts_list(Namespace(all=False, json=False), project, team.boss.me)
    finally:
        i18n.use_catalogue("en")
    assert "  In de prullenbak sinds: " in capsys.readouterr().out
    before = _before(team)
    resolve = Namespace(id=conflict.short_id, keep=None, text="x", code=None, identity=None,
                        yes=False)
    with team.boss.open() as project, pytest.raises(ValidationError, match="--text is for"):
        commands.conflicts_resolve(resolve, project, team.boss.me)
    _unchanged_but(before, _after(team))
    assert conflict.id in [c.id for c in _open(team)], "still open"
    capsys.readouterr()
    with team.boss.open() as project:
        commands.conflicts_resolve(replace_ns(resolve, keep="ours", text=None), project,
                                   team.boss.me)
    shown = capsys.readouterr().out
    assert f"Resolved: Interview «{row['title']}»: kept this copy's version." in shown
    assert _row(team, "interview", target)["deleted_at"] is None
