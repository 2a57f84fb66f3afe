"""Delivery to a real WebDAV server (WsgiDAV on cheroot) and to a folder: bundles arrive
whole, come back receipted, updates and erasures from the coordinator apply, and every
way a share can refuse gives a plain reason, keeps the bundle and does not storm."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.helpers import team as teams
from tests.helpers.webdav import PASSWORD, USER, answering, webdav
from veldwerk import participants, setup
from veldwerk.bundle import opening
from veldwerk.bundle import projectfile as pf
from veldwerk.sync import downstream, outbox, run
from veldwerk.sync.target import FOLDER, WEBDAV, Target


def states(project) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    with project.session() as s:
        return [(i.state, i.attempts) for i in outbox.bundles(s)]


def share_team(tmp_path: Path, url: str, folder: str = "inbox/"
               ) -> tuple[teams.Coordinator, teams.Laptop]:
    boss, (anna,) = teams.team(tmp_path, Target(WEBDAV, url + folder, USER),
                               members=("Anna de Boer",))
    return boss, anna


def put_for_laptop(root: Path, folder: tuple[str, ...], made: tuple[str, bytes]) -> None:
    where = root.joinpath(*folder)
    where.mkdir(parents=True, exist_ok=True)
    (where / made[0]).write_bytes(made[1])


def test_bundles_reach_the_share_and_come_back_receipted(tmp_path: Path) -> None:
    with webdav(tmp_path / "share") as server:
        (server.root / "inbox").mkdir()
        boss, anna = share_team(tmp_path, server.url)
        with anna.open() as project:
            teams.field_work(project, audio_bytes=40_000)
            report = run.sync_once(project, PASSWORD)
            assert (report.made, report.delivered, report.problem) == (1, 1, "")
            arrived = sorted((server.root / "inbox").glob("*.age"))
            assert [p.name for p in arrived] == [i.file_name for i in outbox.bundles(
                project.session())]
            with opening.open_bundle(arrived[0], boss.keys) as opened:
                bundle_id, digest = opened.id, outbox.bundles(project.session())[0].sha256

            idle = run.sync_once(project, PASSWORD)
            assert (idle.made, idle.delivered, idle.requests) == (0, 0, 2), "idle: two looks"

            with project.session() as s:
                code = participants.active(s)[0].code
                person = participants.active(s)[0].id
            put_for_laptop(server.root / "inbox", (downstream.RECEIPTS_FOLDER, anna.me.id),
                           downstream.make_receipt(boss.keys, boss.entry.id, anna.me.id,
                                                   [(bundle_id, digest)]))
            with boss.open() as theirs:
                theirs.run(lambda s: setup.save_phases(s, boss.entry.id, [
                    setup.NamedItem(p.name, id=p.id) for p in setup.phases(s)]
                    + [setup.NamedItem("Verdiepen")]))
                with theirs.session() as s:
                    update = downstream.make_update(boss.keys, boss.entry.id,
                                                    pf.reference_rows(s))
            put_for_laptop(server.root / "inbox", (downstream.SHARED_FOLDER,), update)
            impostor = teams.keymod.new_coordinator_keys()
            put_for_laptop(server.root / "inbox", (downstream.SHARED_FOLDER,),
                           downstream.make_erasure_list(impostor, boss.entry.id, [person], []))
            back = run.sync_once(project, PASSWORD)
            assert back.applied.receipted == 1 and back.applied.updated_rows > 0
            assert len(back.applied.refused) == 1 and "not signed" in back.applied.refused[0]
            assert states(project) == [("receipted", 0)]
            with project.session() as s:
                assert [p.name for p in setup.phases(s)] == ["Verkennen", "Verdiepen"]
                assert [p.code for p in participants.active(s)] == [code], "forgery ignored"

            put_for_laptop(server.root / "inbox", (downstream.SHARED_FOLDER,),
                           downstream.make_erasure_list(boss.keys, boss.entry.id, [person], []))
            erased = run.sync_once(project, PASSWORD)
            assert erased.applied.erased_people == 1
            with project.session() as s:
                assert participants.active(s) == []
                assert s.execute(text("SELECT count(*) FROM change_log WHERE op = 'erase'")
                                 ).scalar() == 0, "not logged back to the coordinator"
            assert run.sync_once(project, PASSWORD).applied.erased_people == 0, "once"


@pytest.mark.parametrize("case, expect", [
    ("password", "does not accept the password"),
    ("read-only", "may not write"),
    ("no folder", "does not exist"),
    ("full", "share is full"),
    ("login page", "Wi-Fi login page"),
    ("certificate", "not trusted"),
])
def test_a_share_that_refuses_says_why_and_keeps_the_bundle(tmp_path: Path, case: str,
                                                            expect: str) -> None:
    options: dict[str, object] = {
        "read-only": {"readonly": True},
        "full": {"wrap": answering("507 Insufficient Storage", b"full")},
        "login page": {"wrap": answering("200 OK", b"<html>Log in to Station-WiFi</html>",
                                         "text/html", ("PUT", "PROPFIND", "MOVE", "HEAD"))},
        "certificate": {"tls": True},
    }.get(case, {})  # type: ignore[assignment]
    with webdav(tmp_path / "share", **options) as server:  # type: ignore[arg-type]
        (server.root / "inbox").mkdir(exist_ok=True)
        _boss, anna = share_team(tmp_path, server.url,
                                 "elsewhere/" if case == "no folder" else "inbox/")
        with anna.open() as project:
            teams.field_work(project)
            report = run.sync_once(project, "wrong" if case == "password" else PASSWORD)
            assert expect in report.problem
            assert report.transient is (case == "login page")
            assert states(project) == [("made", 1)], "kept, one attempt counted"
            again = run.sync_once(project, PASSWORD)  # the background tries again soon
            assert again.requests == 0 and states(project) == [("made", 1)], "no storm"
        assert not list((server.root / "inbox").glob("*.age"))


def test_a_dropped_network_and_a_half_upload_lose_nothing(tmp_path: Path) -> None:
    with webdav(tmp_path / "share") as server:
        (server.root / "inbox").mkdir()
        boss, anna = share_team(tmp_path, server.url)
        with anna.open() as project:
            teams.field_work(project, audio_bytes=200_000)
            server.stop()
            report = run.sync_once(project, PASSWORD)
            assert "No connection" in report.problem and report.transient
            teams.field_work(project, "Nog een", audio_bytes=1000)
            quiet = run.sync_once(project, PASSWORD)  # the next round in the background
            assert (quiet.made, quiet.requests) == (0, 0), "changes gather; no new bundle"
            (item,) = outbox.bundles(project.session())
            # what a connection dropped mid-upload leaves: half a file, under a temporary name
            half = (project.outbox / item.file_name).read_bytes()[: item.size // 2]
            (server.root / "inbox" / f".{item.file_name}.part").write_bytes(half)
            server.start()
            report = run.sync_once(project, PASSWORD, now=True)
            assert (report.made, report.delivered, report.problem) == (1, 2, "")
        arrived = server.root / "inbox" / item.file_name
        assert arrived.read_bytes() == (project.outbox / item.file_name).read_bytes()
        assert not list((server.root / "inbox").glob(".*.part"))
        with opening.open_bundle(arrived, boss.keys) as opened:
            assert len(opened.media) == 1


def test_a_bundle_found_on_the_share_counts_only_when_it_is_the_same(tmp_path: Path) -> None:
    with webdav(tmp_path / "share") as server:
        (server.root / "inbox").mkdir()
        _boss, anna = share_team(tmp_path, server.url)
        with anna.open() as project:
            teams.field_work(project)
            run.sync_once(project, PASSWORD)
            # a crash between the upload and noting it: the outbox still says "made"
            project.run(lambda s: s.execute(text("UPDATE outbox SET state = 'made'")))
            report = run.sync_once(project, PASSWORD, now=True)
            assert (report.delivered, report.problem) == (1, "")
            (item,) = outbox.bundles(project.session())
            (server.root / "inbox" / item.file_name).write_bytes(b"something else")
            project.run(lambda s: s.execute(text("UPDATE outbox SET state = 'made'")))
            report = run.sync_once(project, PASSWORD, now=True)
            assert "different file" in report.problem and not report.transient
        assert (server.root / "inbox" / item.file_name).read_bytes() == b"something else"


def test_a_folder_target_takes_bundles_and_gives_receipts(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(stick)), members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project)
        report = run.sync_once(project)
        assert "not there" in report.problem and report.transient
        stick.mkdir()
        report = run.sync_once(project, now=True)
        assert report.delivered == 1
        (item,) = outbox.bundles(project.session())
        put_for_laptop(stick, (downstream.RECEIPTS_FOLDER, anna.me.id),
                       downstream.make_receipt(boss.keys, boss.entry.id, anna.me.id,
                                               [(item.id, item.sha256)]))
        assert run.sync_once(project).applied.receipted == 1
        assert states(project) == [("receipted", 1)], "received, after one missed try"
