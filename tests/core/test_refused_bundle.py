"""A bundle the coordinator refuses for good no longer blocks its laptop in silence: the
later bundles' waiting reason names it, the receipt tells the laptop, a copy damaged on
the way goes again by itself, and a copy the laptop made wrong can be skipped on purpose
(``devices skip``), with the changes lost said plainly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk.bundle import keys as keymod
from veldwerk.merge import answers, inbox
from veldwerk.sync import outbox, run
from veldwerk.sync.target import FOLDER, Target

PASSPHRASE = "vier woorden als zin"


def _ledger(project) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    with project.session() as s:
        return {r[0]: (r[1], r[2]) for r in s.execute(text(
            "SELECT file_name, status, reason FROM inbox_bundle"))}


def _team(tmp_path: Path) -> tuple[teams.Coordinator, teams.Laptop, Path]:
    share = tmp_path / "share"
    share.mkdir()
    boss, (bram,) = teams.team(tmp_path, Target(FOLDER, str(share)), members=("Bram Smit",))
    with boss.open() as project:
        merging.trust(project, bram)
    return boss, bram, share


def _interviews(boss: teams.Coordinator) -> int:
    with boss.open() as project, project.session() as s:
        return int(s.execute(text("SELECT count(*) FROM interview")).scalar() or 0)


def test_a_copy_damaged_on_the_share_is_named_and_the_laptop_sends_its_own_again(
        tmp_path: Path) -> None:
    boss, bram, share = _team(tmp_path)
    with bram.open() as project:
        teams.field_work(project, "Eerste")
        assert run.sync_once(project).delivered == 1
        with project.session() as s:
            (first,) = outbox.bundles(s)
        damaged = share / first.file_name
        data = bytearray(damaged.read_bytes())
        data[len(data) // 2: len(data) // 2 + 16] = bytes(16)  # flipped on the way
        damaged.write_bytes(bytes(data))
        teams.field_work(project, "Tweede")
        assert run.sync_once(project).delivered == 1
    with boss.open() as project:
        outcomes, problem = inbox.import_from_share(project, boss.keys)
        assert problem == ""
        by_file = {o.file: o for o in outcomes}
        assert by_file[first.file_name].status == inbox.REJECTED
        (later,) = [o for o in outcomes if o.file != first.file_name]
        assert later.status == inbox.WAITING
        # The truth, not "has not arrived yet"; and the state words are not said twice.
        assert first.file_name in later.reason and "could not be taken in" in later.reason
        assert "not arrived" not in later.reason
        line = next(x for x in inbox.summary_lines(outcomes) if x.startswith(later.file))
        assert line.count("earlier bundle") <= 1, line
        assert answers.answer(project, boss.keys, outcomes).problem == ""
    assert _interviews(boss) == 0

    with bram.open() as project:
        report = run.sync_once(project)
        assert report.problem == ""
        (said,) = report.applied.bundles_refused
        assert first.file_name in said and "damaged on the way" in said
        assert report.delivered == 1, "its own copy went again in the same round"
        with project.session() as s:
            again = next(i for i in outbox.bundles(s) if i.id == first.id)
        assert again.state == outbox.DELIVERED and again.file_name != first.file_name
        assert again.sha256 == first.sha256 and (share / again.file_name).is_file()
    with boss.open() as project:
        outcomes, problem = inbox.import_from_share(project, boss.keys)
        assert {o.status for o in outcomes} == {inbox.IMPORTED}, [
            (o.file, o.status, o.reason) for o in outcomes]
        assert len(outcomes) == 2, "the good copy, then the one that waited"
        answers.answer(project, boss.keys, outcomes)
    assert _interviews(boss) == 2
    with bram.open() as project:
        assert run.sync_once(project).applied.receipted == 2
        with project.session() as s:
            assert {i.state for i in outbox.bundles(s)} == {outbox.RECEIPTED}


def test_a_bundle_the_laptop_made_wrong_is_told_and_can_be_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from veldwerk.cli import main

    boss, bram, _share = _team(tmp_path)
    key_file = tmp_path / "keys.veldwerkkeys"
    keymod.save_coordinator_keys(boss.keys, key_file, PASSPHRASE)
    monkeypatch.setenv("VELDWERK_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()

    def veldwerk(data: Path, *args: str) -> tuple[int, str]:
        code = main(["--data-dir", str(data), "--lang", "en", *args])
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    with bram.open() as project:
        teams.field_work(project, "Eerste")

        def naive(session) -> None:  # type: ignore[no-untyped-def]
            key, row = session.execute(text(
                "SELECT seq, row FROM change_log WHERE table_name = 'note'")).one()
            found = json.loads(row)
            found["created_at"] = "2030-01-01T10:00:00"  # a time without a zone
            session.execute(text("UPDATE change_log SET row = :r WHERE seq = :s"),
                            {"r": json.dumps(found), "s": key})
        project.run(naive)
    assert veldwerk(bram.data, "sync")[0] == 0
    with bram.open() as project:
        teams.field_work(project, "Tweede")
        with project.session() as s:
            (wrong,) = outbox.bundles(s)
    assert veldwerk(bram.data, "sync")[0] == 0

    code, out = veldwerk(boss.data, "inbox", "import", "--from-share", "--identity",
                         str(key_file))
    assert code == 2
    assert "without a zone" in out
    (waits,) = [line for line in out.splitlines() if "waits" in line]
    assert wrong.file_name in waits and "devices skip" in waits, waits

    code, out = veldwerk(bram.data, "sync")
    assert code == 0
    assert wrong.file_name in out and "refused" in out and "Update Veldwerk" in out, out
    code, out = veldwerk(bram.data, "outbox")
    assert f"{wrong.file_name}  refused by the coordinator: " in out, out
    assert "without a zone" in out
    code, out = veldwerk(bram.data, "changes", "--coordinator")
    assert f"Changes {wrong.seq_after + 1}–{wrong.seq_through}" in out, out
    code, out = veldwerk(bram.data, "sync")
    assert "refused" in out and "Update Veldwerk" not in out, "said in full once"

    device = bram.me.id
    code, out = veldwerk(boss.data, "devices", "skip", device[-8:])
    assert code == 2 and "--yes" in out and "lost" in out
    assert _interviews(boss) == 0
    code, out = veldwerk(boss.data, "devices", "skip", device[-8:], "--yes", "--identity",
                         str(key_file))
    assert code == 0, out
    assert (f"changes {wrong.seq_after + 1}–{wrong.seq_through}" in out
            and "lost" in out), out
    assert ": imported" in out
    assert _interviews(boss) == 1, "the later bundle went in; the refused one's did not"
    with boss.open() as project:
        ledger = _ledger(project)
    assert ledger[wrong.file_name][0] == "rejected" and "Skipped" in ledger[wrong.file_name][1]
    code, out = veldwerk(boss.data, "devices", "list")
    assert f"through {wrong.seq_through}" not in out  # the later bundle moved it on
    with bram.open() as project:
        assert run.sync_once(project).applied.receipted == 1
