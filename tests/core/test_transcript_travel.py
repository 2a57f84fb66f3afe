"""Transcripts in a team: they travel in real signed bundles to the coordinator and merge
like notes (a segment's text changed on both sides is a conflict shown by its field's
name), two transcripts of one recording from two laptops meet as a conflict where the
coordinator keeps one, an erased person's own segments go from a group conversation that
stays (no word left in any file, bundle or index), and search finds what was said and
where in the recording. The first runs on the coordinator's SQLite file and on a team
database (PostgreSQL); the merge's SQL is the same on both, so the rest run on SQLite."""

from __future__ import annotations

import json
import os
from argparse import Namespace
from pathlib import Path
from typing import Any

import pyrage
import pytest
from sqlalchemy import text

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import interviews, participants, setup, transcripts
from veldwerk.cli import main
from veldwerk.consent import withdrawal
from veldwerk.domain import Recording
from veldwerk.errors import ValidationError
from veldwerk.ids import utcnow, uuid7
from veldwerk.mediastore import store_bytes
from veldwerk.merge import answers, commands, decisions, inbox
from veldwerk.merge.apply import current
from veldwerk.search import find
from veldwerk.store import changelog, rows
from veldwerk.sync import downstream

SAID = "Vroeger stond hier de Zwanenbloemfabriek, daar werkte mijn vader."
OTHER = "Ik woon pas sinds vorig jaar aan de Kievitslaan."
BRAMS = "Vroeger stond hier een fabriek."


def _conversation(project: Any, people: int = 1) -> tuple[str, list[str]]:
    """An interview (a group conversation for more than one person) with a finished
    take; returns the recording id and the participants' ids."""
    def work(session: Any) -> tuple[str, list[str]]:
        hood = setup.neighbourhoods(session)[0]
        made = []
        for name in ("Riet", "Kees")[:people]:
            person = participants.save(session, project.folder.name, participants.next_code(
                session, hood.id), hood.id, "65-74", "", participants.Identity(name=name))
            session.flush()
            made.append(person.id)
        interview = interviews.save(session, project.folder.name, interviews.InterviewDraft(
            title="Aan de Kievitslaan", participant_ids=made, neighbourhood_id=hood.id,
            kind="focus_group" if people > 1 else "interview"))
        session.flush()
        opus, digest = store_bytes(project.media, os.urandom(2000), "ogg")
        wav, wav_digest = store_bytes(project.media, os.urandom(4096), "wav")
        take = Recording(interview_id=interview.id, position=1, state="ok",
                         started_at=utcnow(), duration_ms=60_000, size=4096,
                         sha256=wav_digest, media_name=wav,
                         compressed_name=opus, compressed_sha256=digest, compressed_size=2000)
        session.add(take)
        session.flush()
        return take.id, made
    return project.run(work)


def _typed(project: Any, recording: str, said: list[tuple[int, str, str | None]]) -> list[str]:
    """A transcript typed by hand: (start ms, text, speaker) per segment; the segments' ids."""
    def work(session: Any) -> list[str]:
        transcript = transcripts.begin(session, recording, "nl")
        session.flush()
        made = [transcripts.add_segment(session, transcript.id, start, start + 4000, words,
                                        participant_id=speaker)
                for start, words, speaker in said]
        session.flush()
        return [m.id for m in made]
    return project.run(work)


def _send(boss: teams.Coordinator, laptop: teams.Laptop, out: Path) -> inbox.Outcome:
    files = merging.bundles_of(laptop, out)
    with boss.open() as project:
        outcomes = inbox.import_files(project, boss.keys, files)
        answers.answer(project, boss.keys, outcomes)
    assert outcomes and all(o.status in ("imported", "present") for o in outcomes), [
        (o.status, o.reason) for o in outcomes]
    return outcomes[-1]


def _answers_to(boss: teams.Coordinator, laptop: teams.Laptop) -> None:
    """What the coordinator answered (receipts, erasure lists), read on the laptop as its
    sync reads them."""
    mine = {"signing": boss.keys.signing_public, "age": boss.keys.age_public}
    folder = boss.entry.folder / answers.ANSWERS_FOLDER
    found = sorted([*(folder / downstream.SHARED_FOLDER).glob("*.json"),
                    *(folder / downstream.RECEIPTS_FOLDER / laptop.me.id).glob("*.json")],
                   key=lambda p: p.name)
    with laptop.open() as project:
        for path in found:
            kind, payload = downstream.read(path.read_bytes(), path.name, mine, boss.entry.id)
            downstream.apply(project, kind, payload, downstream.Applied())


def _texts(project: Any) -> list[str]:
    with project.session() as s:
        return sorted(s.execute(text("SELECT text FROM transcript_segment")).scalars())


def _everything(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_a_transcript_travels_merges_like_notes_and_is_found(
        tmp_path: Path, coordinator_store: str, capsys: pytest.CaptureFixture[str]) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        recording, (riet,) = _conversation(project)
        first, _second = _typed(project, recording, [(1500, SAID, riet), (65_000 // 2, OTHER,
                                                                          None)])
    with boss.open() as project:
        merging.trust(project, anna)
    _send(boss, anna, tmp_path / "one")
    with boss.open() as project:
        assert _texts(project) == sorted([SAID, OTHER])
        with project.session() as s:
            owner = s.execute(text("SELECT o.device_id FROM row_owner o JOIN transcript t ON "
                                   "t.id = o.row_id")).scalar()
            assert owner == anna.me.id, "the transcript is its maker's"
            (hit,) = find.search(s, "zwanenbloem")
        assert (hit.source, hit.row_id, hit.recording_id) == ("transcript_segment", first,
                                                              recording)
        assert hit.offset_ms == 1500 and hit.where == "0:01" and "Zwanenbloemfabriek" in (
            hit.snippet[a:b] for a, b in hit.spans)
        assert hit.recording == "Recording 1", "which recording it was said in"
        # The coordinator corrects a word while the laptop corrects another.
        project.run(lambda s: transcripts.update_segment(
            s, first, SAID.replace("vader", "opa")))
    # veldwerk search names the recording too (a line; --json its id and name), on the
    # project's file or its team database (--db, as a coordinator's command names it)
    where = ["--data-dir", str(boss.data), "--lang", "en",
             *(["--db", boss.entry.url] if boss.entry.url else [])]
    assert main([*where, "search", "zwanenbloem"]) == 0
    assert capsys.readouterr().out.startswith("Aan de Kievitslaan › Recording 1 › 0:01: "
                                              "Vroeger stond hier de [Zwanenbloemfabriek")
    assert main([*where, "search", "zwanenbloem", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["recording"], found["recording_name"]) == (recording, "Recording 1")
    with anna.open() as project:
        project.run(lambda s: transcripts.update_segment(s, first, SAID.replace(
            "Zwanenbloemfabriek", "Zwanebloemfabriek")))
    outcome = _send(boss, anna, tmp_path / "two")
    assert outcome.counts.conflicts == 1
    with boss.open() as project, project.session() as s:
        (conflict,) = decisions.conflicts(s)
        assert (conflict.table, conflict.fields) == ("transcript_segment", ["text"])
        assert conflict.field_names() == ["Text"] and decisions.mergeable(conflict)
        assert conflict.title() == "Transcript at 0 min 1 s of recording 1 in «Aan de Kievitslaan»"
        shown = conflict.describe()
        assert "[-Zwanenbloemfabriek,-]{+Zwanebloemfabriek,+}" in shown
        assert "[-opa.-]{+vader.+}" in shown
    with boss.open() as project:
        project.run(lambda s: decisions.resolve(s, conflict.id, boss.me.id,
                                                merged_text=SAID.replace("vader", "opa")))
        answers.answer(project, boss.keys, [])
        assert _texts(project) == sorted([SAID.replace("vader", "opa"), OTHER])
    _answers_to(boss, anna)
    with anna.open() as project:
        assert _texts(project) == sorted([SAID.replace("vader", "opa"), OTHER]), \
            "the resolution reached the laptop"


def _holds_too(source: teams.Laptop, laptop: teams.Laptop, recording: str) -> None:
    """The laptop holds the recording too, as the one that made it has it (the rows as
    they were written there, unlogged: this laptop does not send them)."""
    with source.open() as project, project.session() as s:
        take = current(s, rows.table_of("recording"), recording)
        assert take is not None
        interview = current(s, rows.table_of("interview"), take["interview_id"])
        links = [current(s, rows.table_of("interview_participant"), str(i)) for i in s.execute(
            text("SELECT id FROM interview_participant WHERE interview_id = :i"),
            {"i": take["interview_id"]}).scalars()]
        people = [current(s, rows.table_of("participant"), link["participant_id"])
                  for link in links]

    def work(s: Any) -> None:
        rows.defer_foreign_keys(s)
        rows.upsert(s, "participant", people)
        rows.upsert(s, "interview", [interview])
        rows.upsert(s, "interview_participant", links)
        rows.upsert(s, "recording", [take])
    with laptop.open() as project:
        project.run(work)


def two_transcripts(tmp_path: Path) -> tuple[teams.Coordinator, teams.Laptop, teams.Laptop,
                                             str]:
    """Anna and Bram both hold Anna's recording and both transcribed it; Anna's came to
    the coordinator first, then Bram's. Returns the team and Bram's segment."""
    boss, (anna, bram) = teams.team(tmp_path)
    with anna.open() as project:
        recording, (riet,) = _conversation(project)
        _typed(project, recording, [(0, SAID, riet)])
    _holds_too(anna, bram, recording)
    with bram.open() as project:
        (brams,) = _typed(project, recording, [(0, BRAMS, riet)])
    with boss.open() as project:
        merging.trust(project, anna, bram)
    _send(boss, anna, tmp_path / "anna")
    outcome = _send(boss, bram, tmp_path / "bram")
    assert outcome.counts.conflicts == 1
    return boss, anna, bram, brams


def test_two_transcripts_of_one_recording_meet_and_the_coordinator_keeps_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    boss, anna, bram, brams = two_transcripts(tmp_path)
    with boss.open() as project, project.session() as s:
        assert len(_texts(project)) == 2, "both are here until the coordinator decides"
        (conflict,) = decisions.conflicts(s)
        assert (conflict.table, conflict.kind) == ("transcript", "transcript")
        assert conflict.describe().startswith(
            "Transcript of recording 1 of «Aan de Kievitslaan» was transcribed twice: by ")
        assert "Bram Smit" in conflict.describe() and "Anna de Boer" in conflict.describe()
        ((name, spans),) = conflict.differences()  # what each says, side by side
        assert name == "What was said" and "".join(
            x.text for x in spans if x.kind != "added") == SAID
        assert "".join(x.text for x in spans if x.kind != "removed") == BRAMS
    with boss.open() as project:  # the command shows both, the other's words marked
        commands.conflicts_list(Namespace(all=False, json=False), project, boss.me)
    listed = capsys.readouterr().out
    assert "What was said: Vroeger stond hier [-de Zwanenbloemfabriek, daar werkte mijn " \
        "vader.-]{+een fabriek.+}" in listed, listed
    _answers_to(boss, bram)
    with bram.open() as project, project.session() as s:
        (word,) = downstream.change_words(s)
        assert (word.table, word.status) == ("transcript", "waiting")
        assert "has a transcript from another computer too" in word.describe()
        # Meanwhile Bram corrects his: it arrives after the coordinator chose, and is dropped.
    with bram.open() as project:
        project.run(lambda s: transcripts.update_segment(s, brams, "Hier stond een fabriek."))
    # A segment Bram's laptop hangs under Anna's transcript is not his to add: it waits.
    with boss.open() as project, project.session() as s:
        annas = s.execute(text("SELECT transcript_id FROM transcript_segment WHERE text = :t"),
                          {"t": SAID}).scalar()
    with bram.open() as project:
        def forge(s: Any) -> str:
            row = current(s, rows.table_of("transcript_segment"), brams)
            assert row is not None
            row.update(id=uuid7(), transcript_id=annas, text="Ingevoegd door Bram")
            cursor = changelog.raw_cursor(s)
            changelog.append(s, cursor, changelog.next_seq(cursor, bram.me.id),
                             "transcript_segment", row["id"], "insert", row, utcnow(), None)
            return str(row["id"])
        forged = project.run(forge)
    late = merging.bundles_of(bram, tmp_path / "late")

    # Either choice erases a transcript: the command asks first, and with no one to ask
    # (no terminal) it refuses in words and nothing changes.
    resolve = Namespace(id=conflict.short_id, keep="ours", text=None, code=None,
                        identity=None, yes=False)
    with boss.open() as project, pytest.raises(ValidationError, match="--yes"):
        commands.conflicts_resolve(resolve, project, boss.me)
    with boss.open() as project:
        assert len(_texts(project)) == 2, "nothing erased without a yes"
        done, _ = project.run(lambda s: decisions.resolve(s, conflict.id, boss.me.id,
                                                          keep=decisions.OURS))
        assert "the transcript of Anna de Boer (" in done.resolved_words("ours")
        decisions.finish(project)
        assert _texts(project) == [SAID]
        with project.session() as s:
            assert s.execute(text("SELECT count(*) FROM transcript")).scalar() == 1
        (dropped,) = inbox.import_files(project, boss.keys, late)
        assert dropped.status == "imported" and dropped.counts.dropped == 1
        assert dropped.counts.waiting == 1
        with project.session() as s:
            (request,) = decisions.conflicts(s)
            assert (request.kind, request.row_id) == ("foreign", forged)
            assert request.title() == (
                "Transcript at 0 min 0 s of recording 1 in «Aan de Kievitslaan»")
        answers.answer(project, boss.keys, [dropped])
        assert _texts(project) == [SAID]
    _answers_to(boss, bram)
    with bram.open() as project, project.session() as s:
        assert _texts(project) == [], "Bram's transcript went with the erasure list"
        assert s.execute(text("SELECT count(*) FROM transcript")).scalar() == 0
        words = {w.status for w in downstream.change_words(s) if w.table == "transcript"}
        assert words == {"refused"}
    with anna.open() as project:
        assert _texts(project) == [SAID], "the kept one's laptop keeps it"


def test_an_erased_persons_segments_go_from_a_group_conversation_that_stays(
        tmp_path: Path) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        recording, (riet, kees) = _conversation(project, people=2)
        _typed(project, recording, [(0, SAID, riet), (5000, OTHER, kees)])
        with project.session() as s:
            code = s.execute(text("SELECT code FROM participant WHERE id = :i"),
                             {"i": riet}).scalar()
    with boss.open() as project:
        merging.trust(project, anna)
    _send(boss, anna, tmp_path / "one")
    with anna.open() as project:
        assert b"Zwanenbloemfabriek" in _everything(project.folder)
        assert any(b"Zwanenbloemfabriek" in pyrage.decrypt(p.read_bytes(), [boss.keys.age])
                   for p in (project.folder / "outbox").glob("*.age")), "it was sent"
        report = withdrawal.erase(project, code, "wil niet meer meedoen", "Anna")
        assert "  transcript segments: 1" in report.lines()
        assert _texts(project) == [OTHER], "Kees's words stay in the kept conversation"
        with project.session() as s:
            assert find.search(s, "zwanenbloemfabriek") == []
            assert [h.source for h in find.search(s, "kievitslaan")].count(
                "transcript_segment") == 1
        left = _everything(anna.data)  # project file, backups, search index
    for word in (b"Zwanenbloemfabriek", b"zwanenbloemfabriek", b"Zwanenbloem"):
        assert word not in left
    before = _everything(boss.data)  # the text and the word index's token, before
    assert b"Zwanenbloemfabriek" in before and b"zwanenbloemfabriek" in before
    _send(boss, anna, tmp_path / "two")
    with anna.open() as project:  # the bundle made again and the new one, opened
        outbox = [pyrage.decrypt(p.read_bytes(), [boss.keys.age])
                  for p in sorted((project.folder / "outbox").glob("*.age"))]
    assert len(outbox) == 2 and all(b"Zwanenbloem" not in plain for plain in outbox)
    assert any(b"Kievitslaan" in plain for plain in outbox), "what stays is in them"
    with boss.open() as project:
        assert _texts(project) == [OTHER]
        with project.session() as s:
            assert find.search(s, "zwanenbloemfabriek") == []
            assert len(find.search(s, "kievitslaan")) >= 1
            assert s.execute(text("SELECT count(*) FROM transcript")).scalar() == 1
    left = _everything(boss.data)  # the coordinator's file, its backups, the inbox
    for word in (b"Zwanenbloemfabriek", b"zwanenbloemfabriek"):
        assert word not in left
