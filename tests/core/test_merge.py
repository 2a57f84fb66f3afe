"""The coordinator's merge: bundles from real laptops into the coordinator's copy —
approval, order, replays, field merges and conflicts, natural keys, code clashes,
erasure that wins, the coordinator's tables, bad bundles, and any order giving the same
project (hypothesis)."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import guides, interviews, notes, recycle
from veldwerk.bundle import keys as keymod
from veldwerk.consent import withdrawal
from veldwerk.domain import Interview, Participant
from veldwerk.merge import answers, decisions, inbox
from veldwerk.sync import downstream


@pytest.fixture(autouse=True)
def _every_store(coordinator_store_per_module: str) -> str:
    """Every merge test runs twice: the coordinator's own SQLite file, and a team's
    PostgreSQL database (a real server) with the same migrations and merge code."""
    return coordinator_store_per_module


def _boss_env(boss: teams.Coordinator) -> dict[str, str]:
    """The coordinator's commands name the team database, as the coordinator would."""
    return {"VELDWERK_DB": boss.entry.url} if boss.entry.url else {}


def _note_of(project, interview_id: str) -> str:  # type: ignore[no-untyped-def]
    with project.session() as s:
        return notes.notes_of(s, interview_id)[None]


def test_laptops_wait_for_approval_then_their_work_arrives_once(tmp_path: Path) -> None:
    boss, (anna, bram) = teams.team(tmp_path)
    with anna.open() as project:
        a_interview = teams.field_work(project, "Bij Riet", audio_bytes=5000)
    with bram.open() as project:
        b_interview = teams.field_work(project, "Bij Kees")
    files = merging.bundles_of(anna, tmp_path / "in") + merging.bundles_of(bram, tmp_path / "in")
    with boss.open() as project:
        first = inbox.import_files(project, boss.keys, [tmp_path / "in"])
        assert {o.status for o in first} == {"quarantined"}
        assert "Anna de Boer" in first[0].reason + first[1].reason
        with project.session() as s:
            found = decisions.devices(s)
        assert {d.member_name for d in found} == {"Anna de Boer", "Bram Smit"}
        assert all(d.fingerprint == keymod.fingerprint(
            keymod.public_text(keymod.device_signing_key(laptop.data).public_key()))
            for d, laptop in zip(sorted(found, key=lambda d: d.member_name), (anna, bram),
                                 strict=True))
        done = merging.approve_all(project, boss.keys)
        assert sorted(o.status for o in done) == ["imported", "imported"]
        with project.session() as s:
            titles = sorted(i.title for i in s.exec(__import__("sqlmodel").select(Interview)))
            recording = s.execute(text("SELECT compressed_name, media_name FROM recording")
                                  ).one()
        assert titles == ["Bij Kees", "Bij Riet"]
        assert _note_of(project, a_interview) == "Notities bij Bij Riet"
        assert _note_of(project, b_interview) == "Notities bij Bij Kees"
        assert (project.media / recording.compressed_name).is_file(), "the Opus copy came"
        assert not (project.media / recording.media_name).exists(), "the original stayed home"
        again = inbox.import_files(project, boss.keys, files)
        assert {o.status for o in again} == {"present"}, "a replay is a no-op"
        assert merging.content(project)["interview"] == merging.content(project)["interview"]
        receipt = answers.receipt(project, boss.keys, anna.me.id, [(done[0].bundle, "x")])
        assert receipt.parent.name == anna.me.id


def test_a_bundle_waits_for_the_one_before_it(tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project)
    one = merging.bundles_of(anna, tmp_path / "in")
    with anna.open() as project:
        project.run(lambda s: notes.save_note(s, interview, None, "Tweede versie"))
    two = merging.bundles_of(anna, tmp_path / "in")
    with boss.open() as project:
        inbox.import_files(project, boss.keys, one)
        merging.approve_all(project, boss.keys)
        shutil.rmtree(project.folder / inbox.HELD, ignore_errors=True)
        with project.session() as s:
            s.execute(text("DELETE FROM inbox_bundle"))
            s.execute(text("DELETE FROM device_sequence"))
            s.execute(text("DELETE FROM row_version"))
            s.commit()
        waiting = inbox.import_files(project, boss.keys, two)
        assert [o.status for o in waiting] == ["waiting"]
        assert "has not arrived yet" in waiting[0].reason
        after = inbox.import_files(project, boss.keys, one)
        assert [o.status for o in after] == ["imported", "imported"], "the waiting one went too"
        assert _note_of(project, interview) == "Tweede versie"


def _joined_and_merged(tmp_path: Path):  # type: ignore[no-untyped-def]
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project)
    with boss.open() as project:
        inbox.import_files(project, boss.keys, merging.bundles_of(anna, tmp_path / "in"))
        merging.approve_all(project, boss.keys)
    return boss, anna, interview


def test_fields_changed_on_each_side_merge_and_one_changed_twice_waits(tmp_path: Path) -> None:
    boss, anna, interview = _joined_and_merged(tmp_path)
    with boss.open() as project:  # the coordinator corrects the summary and the note
        def edit(s):  # type: ignore[no-untyped-def]
            row = s.get(Interview, interview)
            row.summary = "Samenvatting van de coördinator"
            notes.save_note(s, interview, None, "Notities, nagekeken")
        project.run(edit)
    with anna.open() as project:  # meanwhile the laptop changes the title and the note
        def field(s):  # type: ignore[no-untyped-def]
            s.get(Interview, interview).title = "Bij Riet thuis"
            notes.save_note(s, interview, None, "Notities bij Gesprek, aangevuld")
        project.run(field)
    with boss.open() as project:
        (outcome,) = inbox.import_files(project, boss.keys,
                                        merging.bundles_of(anna, tmp_path / "in2"))
        assert outcome.status == "imported" and outcome.counts.conflicts == 1
        with project.session() as s:
            row = s.get(Interview, interview)
            assert (row.title, row.summary) == ("Bij Riet thuis",
                                                "Samenvatting van de coördinator")
            (conflict,) = decisions.conflicts(s)
        assert conflict.table == "note" and conflict.fields == ["text"]
        assert conflict.ours["text"] == "Notities, nagekeken"
        assert conflict.theirs["text"] == "Notities bij Gesprek, aangevuld"
        assert _note_of(project, interview) == "Notities, nagekeken", "nothing overwritten"
        project.run(lambda s: decisions.resolve(s, conflict.id[-8:], project.device.id,
                                                merged_text="Samen: nagekeken en aangevuld"))
        assert _note_of(project, interview) == "Samen: nagekeken en aangevuld"
        with project.session() as s:
            assert decisions.conflicts(s) == []
    with anna.open() as project:  # the laptop goes on from its own version
        project.run(lambda s: notes.save_note(s, interview, None, "Nog een aanvulling"))
    with boss.open() as project:
        (outcome,) = inbox.import_files(project, boss.keys,
                                        merging.bundles_of(anna, tmp_path / "in3"))
        assert outcome.counts.conflicts == 1, "changed again on both sides since the base"


def test_a_laptop_edit_of_a_row_the_coordinator_removed_is_a_conflict(tmp_path: Path) -> None:
    boss, anna, interview = _joined_and_merged(tmp_path)
    with boss.open() as project:
        project.run(lambda s: recycle.delete_interview(s, interview))
        project.run(lambda s: recycle.purge_expired(s, now=__import__(
            "veldwerk.ids", fromlist=["utcnow"]).utcnow() + timedelta(days=31)))
    with anna.open() as project:
        project.run(lambda s: notes.save_note(s, interview, None, "Later getypt"))
    with boss.open() as project:
        inbox.import_files(project, boss.keys, merging.bundles_of(anna, tmp_path / "in2"))
        with project.session() as s:
            assert s.get(Interview, interview) is None, "no revival"
            kinds = {(c.table, c.kind) for c in decisions.conflicts(s)}
        assert ("note", "deleted") in kinds


def test_a_code_used_twice_keeps_both_people_until_one_is_renamed(tmp_path: Path) -> None:
    boss, (anna, bram) = teams.team(tmp_path)
    people = {}
    for laptop in (anna, bram):
        with laptop.open() as project:
            def clash(s):  # type: ignore[no-untyped-def]
                # An old laptop without a block, or a code typed by hand: both say ELS-007.
                person = Participant(project_id=project.folder.name, code="ELS-007")
                s.add(person)
                return person.id
            people[laptop.me.id] = project.run(clash)
    files = merging.bundles_of(anna, tmp_path / "in") + merging.bundles_of(bram, tmp_path / "in")
    results = []
    for order in (files, files[::-1]):
        copy = merging.copy_coordinator(boss, tmp_path / f"boss-{len(results)}")
        try:
            inbox.import_files(copy, boss.keys, order)
            merging.approve_all(copy, boss.keys)
            results.append(merging.content(copy))
            with copy.session() as s:
                codes = sorted(p.code for p in s.exec(__import__("sqlmodel").select(Participant)))
                (conflict,) = decisions.conflicts(s)
            assert len(codes) == 2 and codes[0] == "ELS-007" and codes[1].startswith("ELS-007~")
            keeper = min(people.items())[1]
            assert conflict.row_id != keeper, "the device that sorts first keeps the code"
            _conflict, renamed = copy.run(lambda s, c=conflict, me=copy.device.id: (
                decisions.resolve(s, c.id, me, code="ELS-099")))
            assert renamed == {"id": conflict.row_id, "code": "ELS-099"}
            answers.renames(copy, boss.keys, [renamed])
        finally:
            copy.close(make_backup=False)
    assert results[0]["participant"] == results[1]["participant"], "either order, one result"
    # The laptop hears of its new code from the coordinator's signed update.
    loser = next(laptop for laptop in (anna, bram) if people[laptop.me.id] == conflict.row_id)
    update = next((tmp_path / "boss-1" / answers.ANSWERS_FOLDER / downstream.SHARED_FOLDER).glob(
        "update-*.json"))
    mine = {"signing": boss.keys.signing_public, "age": boss.keys.age_public}
    with loser.open() as project:
        kind, payload = downstream.read(update.read_bytes(), update.name, mine, boss.entry.id)
        downstream.apply(project, kind, payload, downstream.Applied())
        with project.session() as s:
            assert s.get(Participant, conflict.row_id).code == "ELS-099"


def test_erasure_wins_over_what_arrives_later(tmp_path: Path) -> None:
    boss, anna, interview = _joined_and_merged(tmp_path)
    with anna.open() as project:
        with project.session() as s:
            code = s.exec(__import__("sqlmodel").select(Participant)).one().code
        project.run(lambda s: notes.save_note(s, interview, None, "Wat Riet vertelde"))
    late = merging.bundles_of(anna, tmp_path / "late")
    with anna.open() as project:
        withdrawal.erase(project, code, "wil niet meer meedoen", "Anna")
    erased = merging.bundles_of(anna, tmp_path / "erased")
    with boss.open() as project:
        inbox.import_files(project, boss.keys, late)
        assert _note_of(project, interview) == "Wat Riet vertelde"
        # The erasure remade the bundle the laptop thought undelivered (same changes, a new
        # id: already here), then sent the erasure.
        outcomes = inbox.import_files(project, boss.keys, erased)
        assert {o.status for o in outcomes} <= {"imported", "present"}
        assert any(o.counts.erased_people for o in outcomes)
        with project.session() as s:
            assert s.execute(text("SELECT count(*) FROM participant")).scalar() == 0
            assert s.get(Interview, interview) is None
            assert s.execute(text("SELECT count(*) FROM withdrawal")).scalar() == 1
            versions = s.execute(text("SELECT row FROM row_version")).scalars().all()
        assert not any("Wat Riet vertelde" in v or "Riet" in v for v in versions), (
            "no version keeps what was said")
        assert b"Wat Riet vertelde" not in (project.path).read_bytes()
    # A laptop restored from an old backup sends a note for the erased interview again.
    from veldwerk.merge.apply import Merger

    with boss.open() as project:
        def late_note(s):  # type: ignore[no-untyped-def]
            merger = Merger(s, project.device.id)
            merger.apply({"table": "note", "key": "n-late", "operation": "insert",
                          "device": anna.me.id, "sequence": 10_000, "base": None,
                          "row": {"id": "n-late", "interview_id": interview, "text": "x"}})
            return merger.counts.dropped
        assert project.run(late_note) == 1
        with project.session() as s:
            assert s.execute(text("SELECT count(*) FROM note")).scalar() == 0


def test_the_coordinators_tables_change_only_from_the_coordinator(tmp_path: Path) -> None:
    boss, anna, _interview = _joined_and_merged(tmp_path)
    with anna.open() as project:
        def sneak(s):  # type: ignore[no-untyped-def]
            # Past the laptop's own lock, as a damaged or hostile laptop could.
            s.info["joined"] = False
            guide = guides.current_guides(s)[0]
            guide.name = "Mijn eigen gids"
        project.run(sneak)
    with boss.open() as project:
        (outcome,) = inbox.import_files(project, boss.keys,
                                        merging.bundles_of(anna, tmp_path / "in2"))
        assert outcome.status == "imported" and outcome.counts.refused == 1
        with project.session() as s:
            assert "Mijn eigen gids" not in {g.name for g in guides.current_guides(s)}


def test_bad_bundles_are_refused_with_a_reason_and_the_inbox_goes_on(tmp_path: Path) -> None:
    boss, anna, _interview = _joined_and_merged(tmp_path)
    with anna.open() as project:
        teams.field_work(project, "Nog een")
    (good,) = merging.bundles_of(anna, tmp_path / "good")
    bad = tmp_path / "bad"
    bad.mkdir()
    data = good.read_bytes()
    (bad / "a-truncated.age").write_bytes(data[: len(data) // 2])
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 1
    (bad / "b-tampered.age").write_bytes(bytes(flipped))
    (bad / "c-not-age.age").write_bytes(b"hello")
    other = teams.coordinator(tmp_path / "other")
    other_file = other.project_file("Anna de Boer", tmp_path / "other.veldwerkproject")
    stranger = teams.join(tmp_path / "other", "stranger", other_file)
    with stranger.open() as project:
        teams.field_work(project)
    (foreign,) = merging.bundles_of(stranger, tmp_path / "foreign")
    shutil.copy(foreign, bad / "d-other-coordinator.age")
    with boss.open() as project:
        before = merging.content(project)
        outcomes = inbox.import_files(project, boss.keys, [bad, good])
        status = {o.file: (o.status, o.reason) for o in outcomes}
        assert status["a-truncated.age"][0] == "rejected"
        assert status["b-tampered.age"][0] == "rejected"
        assert "not a Veldwerk bundle" in status["c-not-age.age"][1]
        assert "cannot be opened with this key" in status["d-other-coordinator.age"][1]
        assert status[good.name][0] == "imported", "the inbox goes on"
        after = merging.content(project)
        assert len(after["interview"]) == len(before["interview"]) + 1
        again = inbox.import_files(project, boss.keys, [bad / "b-tampered.age"])
        assert again[0].status == "rejected"


def test_answers_reach_the_laptop_through_a_folder(tmp_path: Path) -> None:
    from veldwerk.sync import run
    from veldwerk.sync.target import FOLDER, Target

    share = tmp_path / "share"
    share.mkdir()
    boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(share)), members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project)
        assert run.sync_once(project).delivered == 1
    with boss.open() as project:
        outcomes = inbox.import_files(project, boss.keys, [share])
        merging.approve_all(project, boss.keys)
        with project.session() as s:
            digest = s.execute(text("SELECT sha256 FROM inbox_bundle WHERE status = 'imported'"
                                    )).scalar()
            bundle = s.execute(text("SELECT id FROM inbox_bundle WHERE status = 'imported'"
                                    )).scalar()
        answers.receipt(project, boss.keys, anna.me.id, [(bundle, digest)])
        assert answers.publish(project).sent == 1
        assert answers.publish(project).sent == 0, "published once"
        assert outcomes
    with anna.open() as project:
        report = run.sync_once(project)
        assert report.applied.receipted == 1


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory, coordinator_store_per_module: str):  # type: ignore[no-untyped-def]
    """Two laptops' histories as bundles: interviews, edits, the bin and back, a purge, a
    code clash, a withdrawal that erases; and the coordinator's untouched copy."""
    folder = tmp_path_factory.mktemp("history")
    boss, (anna, bram) = teams.team(folder)
    out = folder / "bundles"
    files: list[Path] = []
    with anna.open() as project:
        first = teams.field_work(project, "Eerste")
        second = teams.field_work(project, "Tweede")
    files += merging.bundles_of(anna, out)
    with bram.open() as project:
        gone = teams.field_work(project, "Bij Bram")
        project.run(lambda s: s.add(Participant(project_id=project.folder.name, code="ELS-150")))
    files += merging.bundles_of(bram, out)
    with bram.open() as project:  # to the bin, and 31 days later out of it for good
        project.run(lambda s: recycle.delete_interview(s, gone))
        later = __import__("veldwerk.ids", fromlist=["utcnow"]).utcnow() + timedelta(days=31)
        project.run(lambda s: recycle.purge_expired(s, now=later))
    files += merging.bundles_of(bram, out)
    with anna.open() as project:
        project.run(lambda s: notes.save_note(s, first, None, "Eerste, aangevuld"))
        project.run(lambda s: recycle.delete_interview(s, second))
        project.run(lambda s: s.add(Participant(project_id=project.folder.name, code="ELS-150")))
    files += merging.bundles_of(anna, out)
    with anna.open() as project:
        project.run(lambda s: recycle.restore(s, "interview", second))
        with project.session() as s:
            code = s.execute(text(
                "SELECT p.code FROM participant p JOIN interview_participant l ON "
                "l.participant_id = p.id WHERE l.interview_id = :i"), {"i": first}).scalar()
        withdrawal.erase(project, code, "trekt zich terug", "Anna")
    files += merging.bundles_of(anna, out)
    with bram.open() as project:
        b = teams.field_work(project, "Nog een bij Bram")
        project.run(lambda s: interviews.save(s, project.folder.name, interviews.draft_of(
            s, s.get(Interview, b)), b))
    files += merging.bundles_of(bram, out)
    # An erasure makes undelivered bundles again under their own ids: one file each.
    return boss, (anna, bram), list(dict.fromkeys(files))


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_order_and_any_repetition_give_the_same_project(history, tmp_path_factory,
                                                            data) -> None:  # type: ignore[no-untyped-def]
    boss, laptops, files = history
    order = data.draw(st.permutations(files))
    repeats = data.draw(st.lists(st.sampled_from(files), max_size=4))
    results = []
    for sequence in (files, [*order, *repeats]):
        project = merging.copy_coordinator(boss, tmp_path_factory.mktemp("boss") / "project")
        try:
            merging.trust(project, *laptops)
            for path in sequence:
                inbox.import_files(project, boss.keys, [path])
            results.append(merging.content(project))
            with project.session() as s:
                left = s.execute(text("SELECT count(*) FROM inbox_bundle WHERE status != "
                                      "'imported'")).scalar()
            assert left == 0, "nothing left waiting"
        finally:
            project.close(make_backup=False)
    assert results[0] == results[1]
    assert len(results[0]["participant"]) == 5, "six made, one erased, both ELS-150 kept"
    assert "Bij Bram" not in json.dumps(results[0]["interview"]), "purged"
    assert json.dumps(results[0]["conflicts"]).count('"code"') >= 1


def test_the_commands_import_approve_and_resolve(tmp_path: Path) -> None:
    from tests.realapp import veldwerk

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project)
    merging.bundles_of(anna, tmp_path / "in")
    key_file = tmp_path / "keys.veldwerkkeys"
    keymod.save_coordinator_keys(boss.keys, key_file, "vier woorden als zin")
    secret = {"VELDWERK_PASSPHRASE": "vier woorden als zin", **_boss_env(boss)}
    done = veldwerk(boss.data, "inbox", "import", str(tmp_path / "in"), "--identity",
                    str(key_file), "--json", env=secret)
    assert done.returncode == 2, "not everything went in"
    (line,) = [json.loads(x) for x in done.stdout.splitlines()]
    assert line["status"] == "quarantined" and line["device"] == anna.me.id
    listed = veldwerk(boss.data, "devices", "list", env=_boss_env(boss))
    assert "Anna de Boer" in listed.stdout and "waits for approval" in listed.stdout
    shown = veldwerk(anna.data, "keys", "laptop", "--json")  # what the laptop shows
    fingerprint = json.loads(shown.stdout)["fingerprint"]
    assert fingerprint and fingerprint in listed.stdout
    assert fingerprint in veldwerk(anna.data, "keys", "laptop").stdout
    assert "no key yet" in veldwerk(tmp_path / "new", "keys", "laptop").stdout
    short = listed.stdout.split()[0]
    assert len(short) >= 8 and anna.me.id.endswith(short), "the list shows a unique end"
    approved = veldwerk(boss.data, "devices", "approve", short, "--identity",
                        str(key_file), env=secret)
    assert approved.returncode == 0, approved.stderr
    assert "may send bundles" in approved.stdout and "imported" in approved.stdout
    wrong = veldwerk(boss.data, "inbox", "import", "--identity", str(key_file),
                     env={"VELDWERK_PASSPHRASE": "niet de goede zin", **_boss_env(boss)})
    assert wrong.returncode == 2 and "passphrase does not open" in wrong.stderr
    with boss.open() as project:
        project.run(lambda s: notes.save_note(s, interview, None, "Door de coördinator"))
    with anna.open() as project:
        project.run(lambda s: notes.save_note(s, interview, None, "Door Anna"))
    merging.bundles_of(anna, tmp_path / "in2")
    assert veldwerk(boss.data, "inbox", "import", str(tmp_path / "in2"), "--identity",
                    str(key_file), env=secret).returncode == 0
    (conflict,) = [json.loads(x) for x in veldwerk(boss.data, "conflicts", "list", "--json",
                                                    env=_boss_env(boss)).stdout.splitlines()]
    assert (conflict["ours"]["text"], conflict["theirs"]["text"]) == (
        "Door de coördinator", "Door Anna")
    shown = veldwerk(boss.data, "conflicts", "list", env=_boss_env(boss)).stdout
    assert "Text: Door [-de coördinator-]{+Anna+}" in shown
    assert "Anna de Boer" in shown and "The coordinator (this copy)" in shown
    assert shown.split()[0] == conflict["short_id"]
    resolved = veldwerk(boss.data, "conflicts", "resolve", conflict["id"][:30], "--keep",
                        "theirs", env=_boss_env(boss))
    assert resolved.returncode == 0, resolved.stderr
    assert "No open conflicts" in veldwerk(boss.data, "conflicts", "list",
                                           env=_boss_env(boss)).stdout
    with boss.open() as project:
        assert _note_of(project, interview) == "Door Anna"
    laptop = veldwerk(anna.data, "inbox", "import", "--identity", str(key_file),
                      env={"VELDWERK_PASSPHRASE": "vier woorden als zin"})
    assert laptop.returncode == 2 and "joined the project" in laptop.stderr


def test_the_coordinators_changes_reach_the_laptops_as_a_signed_update(tmp_path: Path
                                                                       ) -> None:
    from veldwerk import setup
    from veldwerk.sync import run
    from veldwerk.sync.target import FOLDER, Target

    share = tmp_path / "share"
    share.mkdir()
    boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(share)), members=("Anna de Boer",))
    with boss.open() as project:
        answers.answer(project, boss.keys, [])
        assert answers.project_update(project, boss.keys) is None, "nothing changed since"
        project.run(lambda s: setup.save_neighbourhoods(s, boss.entry.id, [
            *[setup.NamedItem(n.name, n.code_prefix, n.id) for n in setup.neighbourhoods(s)],
            setup.NamedItem("Oostpoort", "OOS")]))
        published = answers.answer(project, boss.keys, [])
        assert published.problem == "" and published.sent == 1
    with anna.open() as project:
        report = run.sync_once(project)
        assert report.applied.updated_rows > 0
        with project.session() as s:
            assert "Oostpoort" in {n.name for n in setup.neighbourhoods(s)}


def test_originals_that_stayed_on_the_laptop_are_not_damaged_here(tmp_path: Path) -> None:
    from veldwerk.audio import media

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project, audio_bytes=2000)
    with boss.open() as project:
        merging.trust(project, anna)
        inbox.import_files(project, boss.keys, merging.bundles_of(anna, tmp_path / "in"))
        problems, checked = project.run(lambda s: media.check(s, project.media))
        assert (problems, checked) == ([], 1), "the Opus copy is here and whole"
        with project.session() as s:
            opus = s.execute(text("SELECT compressed_name FROM recording")).scalar()
        (project.media / opus).write_bytes(b"kapot")
        problems, _ = project.run(lambda s: media.check(s, project.media))
        assert [p.problem for p in problems] == ["changed"]


def test_the_coordinators_own_erasure_leaves_no_content_in_the_ledgers(tmp_path: Path) -> None:
    boss, _anna, _interview = _joined_and_merged(tmp_path)
    with boss.open() as project:
        with project.session() as s:
            code = s.execute(text("SELECT code FROM participant")).scalar()
            assert s.execute(text("SELECT count(*) FROM row_version WHERE row LIKE "
                                  "'%Notities bij Gesprek%'")).scalar() == 1
        withdrawal.erase(project, code, "trekt zich terug", "Coördinator")
        with project.session() as s:
            assert s.execute(text("SELECT count(*) FROM row_version WHERE row LIKE "
                                  "'%Notities bij Gesprek%' OR row LIKE '%Riet%'")).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM erased_row")).scalar() >= 3


def test_a_bundle_whose_children_come_before_their_parent_imports(tmp_path: Path) -> None:
    """A participant changed after their details were written travels after them (the
    log keeps a row's newest entry): the keys are checked at the commit, not per row."""
    from veldwerk.bundle import opening

    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project)
        project.run(lambda s: setattr(s.exec(__import__("sqlmodel").select(Participant)).one(),
                                      "age_band", "75-84"))
    (bundle,) = merging.bundles_of(anna, tmp_path / "in")
    with boss.open() as project:
        with opening.open_bundle(bundle, boss.keys) as opened:
            order = [e["table"] for e in opened.entries]
        assert order.index("participant_identity") < order.index("participant")
        merging.trust(project, anna)
        (outcome,) = inbox.import_files(project, boss.keys, [bundle])
        assert outcome.status == "imported", outcome.reason
        with project.session() as s:
            assert s.execute(text("SELECT age_band FROM participant")).scalar() == "75-84"


def test_what_a_laptop_sends_later_about_an_erased_person_is_dropped(tmp_path: Path) -> None:
    """Anna has not heard that the coordinator erased Riet: her next bundle brings an
    interview with Riet alone (with a note and a take), and a group conversation with
    Riet and Kees. The first goes whole and is counted; the second keeps Kees."""
    from veldwerk import participants
    from veldwerk.domain import Recording
    from veldwerk.ids import utcnow
    from veldwerk.mediastore import store_bytes

    boss, anna, first = _joined_and_merged(tmp_path)
    with boss.open() as project:
        with project.session() as s:
            riet, code = s.execute(text("SELECT id, code FROM participant")).one()
        withdrawal.erase(project, code, "trekt zich terug", "Coördinator")

    def later(s):  # type: ignore[no-untyped-def]
        hood = __import__("veldwerk").setup.neighbourhoods(s)[0]
        kees = participants.save(s, anna.entry.id, participants.next_code(s, hood.id),
                                 hood.id, "45-64", "", participants.Identity(name="Kees"))
        s.flush()
        alone = interviews.save(s, anna.entry.id, interviews.InterviewDraft(
            title="Nog eens bij Riet", participant_ids=[riet], neighbourhood_id=hood.id))
        group = interviews.save(s, anna.entry.id, interviews.InterviewDraft(
            kind="focus_group", title="Riet en Kees", participant_ids=[riet, kees.id],
            neighbourhood_id=hood.id))
        s.flush()
        notes.save_note(s, alone.id, None, "Wat Riet later vertelde")
        notes.save_note(s, group.id, None, "Wat Kees zei")
        opus, digest = store_bytes(anna_project.media, b"riet" * 500, "ogg")
        s.add(Recording(interview_id=alone.id, state="ok", started_at=utcnow(),
                        duration_ms=1000, size=2000, sha256=digest, media_name=opus,
                        compressed_name=opus, compressed_sha256=digest, compressed_size=2000))
        return alone.id, group.id, kees.id, opus

    with anna.open() as anna_project:
        alone, group, kees, opus = anna_project.run(later)
    with boss.open() as project:
        (outcome,) = inbox.import_files(project, boss.keys,
                                        merging.bundles_of(anna, tmp_path / "later"))
        assert outcome.status == "imported", outcome.reason
        with project.session() as s:
            assert s.get(Interview, alone) is None, "Riet's own interview is not kept"
            assert s.execute(text("SELECT count(*) FROM note WHERE interview_id = :i"),
                             {"i": alone}).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM recording")).scalar() == 0
            assert s.get(Interview, group) is not None, "the group conversation stays"
            linked = s.execute(text("SELECT participant_id FROM interview_participant "
                                    "WHERE interview_id = :i"), {"i": group}).scalars().all()
            assert linked == [kees]
            assert s.execute(text("SELECT 1 FROM erased_row WHERE row_id = :i"),
                             {"i": alone}).first(), "a later copy of it is dropped too"
            ledger = s.execute(text("SELECT dropped FROM inbox_bundle WHERE id = :b"),
                               {"b": outcome.bundle}).scalar()
            versions = s.execute(text("SELECT row FROM row_version")).scalars().all()
        # two links to Riet, her interview, its note, its take
        assert outcome.counts.dropped == ledger == 5
        assert not (project.media / opus).exists(), "the take left media/"
        assert not any("Riet later" in v or "Nog eens bij Riet" in v for v in versions)
        assert alone in {i for _t, i in outcome.counts.erased_rows}, "the laptops hear of it"
        assert first not in {i for _t, i in outcome.counts.erased_rows}, "gone before"
