"""Withdrawal: erasure that leaves no bytes behind (database, WAL, media, backups) and a
tombstone that travels; stop-use that keeps data; clear answers for unknown or repeated."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import func, select

from tests.conftest import consent_list, consent_to_audio, demo_interview, veldwerk_command
from tests.core.test_import import voice_like
from veldwerk import interviews, notes, projects
from veldwerk.audio.importing import import_file
from veldwerk.consent import commands as consent_commands
from veldwerk.domain import (
    ChangeLogEntry,
    Interview,
    Note,
    Participant,
    Recording,
    Withdrawal,
)
from veldwerk.paths import device

SECRET = "Mijn buurman Gerrit Zwanenburg-Oosterveld zei iets heel persoonlijks"
SUMMARY = "Samenvatting over Hendrikje Vermeulen-Kortstra en haar zorgen"  # in the index
OTHER = "Een andere bewoner vertelt over de markt op donderdag"


def _everything(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file())


def test_erase_leaves_nothing_but_a_tombstone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    entry, _newest = demo_interview(data)
    me = device(data)
    with projects.open_project(entry.folder, me) as project:
        def make(session):  # type: ignore[no-untyped-def]
            from veldwerk import participants

            people = []
            for name in ("Gerda Withdraw", "Henk Blijft"):
                person = participants.save(session, entry.id,
                                           participants.next_code(session, None), None, "",
                                           "", participants.Identity(name=name))
                session.flush()
                people.append(person)
            made = [interviews.save(session, entry.id, interviews.InterviewDraft(
                title=f"Gesprek {p.code}", participant_ids=[p.id],
                summary=SUMMARY if p is people[0] else "")).id for p in people]
            return [p.code for p in people], made

        (gone, kept), (gone_interview, kept_interview) = project.run(make)
        consent_to_audio(project, gone_interview)
        consent_to_audio(project, kept_interview)
        for version in range(5):  # autosave leaves older versions in pages and the log
            project.run(lambda s, v=version: notes.save_note(
                s, gone_interview, None, f"{SECRET} (versie {v})"))
        project.run(lambda s: notes.save_note(s, kept_interview, None, OTHER))
        voice_like(tmp_path / "gone.wav", 2.0, rate=22050)  # not a prefix of the other
        voice_like(tmp_path / "kept.wav", 3.0)
        gone_take = import_file(project, gone_interview, tmp_path / "gone.wav").recording
        import_file(project, kept_interview, tmp_path / "kept.wav")
        with project.session() as s:
            records = [r for r in consent_commands.listing(s) if r["code"] in (gone, kept)]
        for record in records:
            consent_commands.ensure_document(project, str(record["consent_id"]))
        audio = (project.media / gone_take.media_name).read_bytes()
    with projects.open_project(entry.folder, me):
        pass  # a second backup that holds the participant too
    folder = entry.folder
    probe = audio[len(audio) // 2:len(audio) // 2 + 256]
    before = _everything(folder)
    assert SECRET.encode() in before and probe in before and b"Gerda Withdraw" in before
    assert SUMMARY.encode() in before

    done = veldwerk_command(data, "withdraw", gone.lower(), "--erase", "--reason",
                     "Belde om alles te laten wissen")
    assert done.returncode == 0, done.stderr
    assert f"Erased for {gone}" in done.stdout
    assert "recordings: 1" in done.stdout and "notes: 1" in done.stdout

    after = _everything(folder)
    assert SECRET.encode() not in after
    assert SECRET.encode("utf-16-le") not in after
    assert b"Hendrikje Vermeulen" not in after  # also not in the search index's pages
    assert probe not in after
    assert b"Gerda Withdraw" not in after
    assert OTHER.encode() in after  # other participants untouched

    with projects.open_project(entry.folder, me) as project, project.session() as s:
        assert s.exec(select(Participant).where(Participant.code == gone)).first() is None
        assert s.get(Interview, gone_interview) is None
        assert s.exec(select(Recording).where(Recording.interview_id == kept_interview)).one()
        withdrawal = s.exec(select(Withdrawal).where(Withdrawal.participant_code == gone)).one()
        assert withdrawal.kind == "erase" and withdrawal.reason.startswith("Belde")
        assert json.loads(withdrawal.erased)["recording"] == 1
        tombstones = s.exec(select(ChangeLogEntry).where(ChangeLogEntry.op == "erase")).all()
        assert {t.table_name for t in tombstones} >= {"participant", "interview", "note",
                                                      "recording", "consent_record"}
        assert all(json.loads(t.row) == {"withdrawal_id": withdrawal.id} for t in tombstones)
        assert s.exec(select(ChangeLogEntry).where(
            ChangeLogEntry.row_id == withdrawal.id)).one().op == "insert"
    checked = veldwerk_command(data, "audio", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr

    again = veldwerk_command(data, "withdraw", gone, "--erase", "--reason", "nogmaals")
    assert again.returncode == 0 and "nothing was changed" in again.stdout
    unknown = veldwerk_command(data, "withdraw", "XYZ-999", "--erase", "--reason", "?")
    assert unknown.returncode == 2 and "no participant with code XYZ-999" in unknown.stderr
    listed = consent_list(data)
    assert next(line for line in listed if line["code"] == gone)["withdrawn"] == "erase"


def test_stop_use_keeps_the_data_and_is_done_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo_interview(data)
    listed = consent_list(data)
    code = next(line["code"] for line in listed if not line["withdrawn"])
    stop = ("withdraw", code, "--stop-use", "--reason", "Wil niet geciteerd")
    first = veldwerk_command(data, *stop)
    assert first.returncode == 0 and "no longer used" in first.stdout
    second = veldwerk_command(data, *stop)
    assert "nothing was changed" in second.stdout
    missing_reason = veldwerk_command(data, "withdraw", code, "--stop-use", "--reason", " ")
    assert missing_reason.returncode == 2 and "reason" in missing_reason.stderr
    listed = consent_list(data)
    assert next(line for line in listed if line["code"] == code)["withdrawn"] == "stop_use"
    assert next(line for line in listed if line["code"] == code)["consent_id"]


def test_retention_erases_raw_recordings_and_notes_without_archiving_consent(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    entry, interview_id = demo_interview(data)
    me = device(data)
    with projects.open_project(entry.folder, me) as project:
        voice_like(tmp_path / "take.wav", 2.0, rate=22050)
        take = import_file(project, interview_id, tmp_path / "take.wav").recording
        audio = (project.media / take.media_name).read_bytes()
    probe = audio[len(audio) // 2:len(audio) // 2 + 256]
    early = veldwerk_command(data, "retention", "--today", "2028-06-01")
    assert "Nothing is due" in early.stdout and "31 December 2028" in early.stdout
    listed = veldwerk_command(data, "retention", "--today", "2029-01-02")
    assert "Due (kept until 31 December 2028): 1 recording," in listed.stdout
    with projects.open_project(entry.folder, me) as project, project.session() as s:
        notes_before = s.exec(select(func.count()).select_from(Note)).one()
    erased = veldwerk_command(data, "retention", "--erase", "--today", "2029-01-02")
    assert erased.returncode == 0, erased.stderr
    assert "Erased (kept until 31 December 2028): 1 recording," in erased.stdout
    assert probe not in _everything(entry.folder)
    with projects.open_project(entry.folder, me) as project, project.session() as s:
        assert s.exec(select(Recording)).all() == []
        notes_after = s.exec(select(func.count()).select_from(Note)).one()
    # Notes stay where everyone agreed to archiving; the demo has people who did not.
    assert 0 < notes_after < notes_before
