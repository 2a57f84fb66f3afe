"""A whole team round on real transports: laptops deliver to a real WebDAV share
(WsgiDAV) and to a folder, the coordinator fetches and merges from both (into its SQLite
file, and into a team database on a real PostgreSQL server), approves the laptops, and
its signed receipts and erasure list come back to the laptops."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from tests.helpers import merging
from tests.helpers import team as teams
from tests.helpers.webdav import PASSWORD, USER, webdav
from veldwerk.bundle import export
from veldwerk.consent import withdrawal
from veldwerk.merge import answers, inbox
from veldwerk.sync import outbox, run
from veldwerk.sync.target import FOLDER, WEBDAV, Target


def test_bundles_over_webdav_and_a_folder_merge_and_come_back_receipted(
        tmp_path: Path, coordinator_store: str) -> None:
    with webdav(tmp_path / "share") as server:
        (server.root / "inbox").mkdir()
        share = Target(WEBDAV, server.url + "inbox/", USER)
        boss, (anna, bram) = teams.team(tmp_path, share)
        with anna.open() as project:
            teams.field_work(project, "Bij Riet", audio_bytes=3000)
            assert run.sync_once(project, PASSWORD).delivered == 1
        # Bram has no network: his bundle travels on a USB stick.
        stick = tmp_path / "usb"
        stick.mkdir()
        with bram.open() as project:
            teams.field_work(project, "Bij Kees")
            made = export.export(project)
            assert outbox.copy_to_folder(project, stick) == len(made) == 1
        with boss.open() as project:
            first, problem = inbox.import_from_share(project, boss.keys, PASSWORD)
            assert problem == "" and [o.status for o in first] == ["quarantined"]
            merging.approve_all(project, boss.keys)
            from_stick = inbox.import_files(project, boss.keys, [stick])
            assert [o.status for o in from_stick] == ["quarantined"]
            done = merging.approve_all(project, boss.keys)
            assert [o.status for o in done] == ["imported"]
            again, _ = inbox.import_from_share(project, boss.keys, PASSWORD)
            assert again == [], "what came in once is not fetched again"
            with project.session() as s:
                titles = sorted(s.execute(text("SELECT title FROM interview")).scalars())
                imported = s.execute(text(
                    "SELECT id, sha256, device_id FROM inbox_bundle WHERE status = 'imported'"
                )).all()
            assert titles == ["Bij Kees", "Bij Riet"]
            for bundle_id, digest, device_id in imported:
                answers.receipt(project, boss.keys, device_id, [(bundle_id, digest)])
            published = answers.publish(project, PASSWORD)
            assert (published.sent, published.problem) == (2, "")
            assert not list((tmp_path / "share").rglob(".*.part"))
        with anna.open() as project:
            back = run.sync_once(project, PASSWORD)
            assert back.applied.receipted == 1
            assert [i.state for i in outbox.bundles(project.session())] == ["receipted"]
            code = project.session().execute(text("SELECT code FROM participant")).scalar()
            withdrawal.erase(project, code, "wil niet meer", "Anna")
            assert run.sync_once(project, PASSWORD).delivered == 1
        with boss.open() as project:
            outcomes, _ = inbox.import_from_share(project, boss.keys, PASSWORD)
            (erasing,) = outcomes
            assert erasing.status == "imported" and erasing.counts.erased_people
            answers.erasure_list(project, boss.keys, erasing.counts.erased_people,
                                 erasing.counts.erased_rows)
            assert answers.publish(project, PASSWORD).problem == ""
            with project.session() as s:
                assert sorted(s.execute(text("SELECT title FROM interview")).scalars()) == [
                    "Bij Kees"]
        assert list((server.root / "inbox" / "from-coordinator").glob("erasure-*.json"))
        server.stop()
        with boss.open() as project:  # the share is gone: said plainly, nothing lost
            outcomes, problem = inbox.import_from_share(project, boss.keys, PASSWORD)
            assert outcomes == [] and "No connection" in problem
    shutil.rmtree(stick)


def test_the_share_is_watched_from_the_command_line(tmp_path: Path) -> None:
    from tests.realapp import veldwerk
    from veldwerk.bundle import keys as keymod

    share = tmp_path / "team-folder"
    share.mkdir()
    boss, (anna,) = teams.team(tmp_path, Target(FOLDER, str(share)),
                               members=("Anna de Boer",))
    with anna.open() as project:
        teams.field_work(project)
        assert run.sync_once(project).delivered == 1
    with boss.open() as project:
        merging.trust(project, anna)
    key_file = tmp_path / "keys.veldwerkkeys"
    keymod.save_coordinator_keys(boss.keys, key_file, "vier woorden als zin")
    done = veldwerk(boss.data, "inbox", "watch", "--identity", str(key_file), "--rounds", "1",
                    env={"VELDWERK_PASSPHRASE": "vier woorden als zin"})
    assert done.returncode == 0, done.stderr
    assert "imported" in done.stdout
    assert list((share / "receipts" / anna.me.id).glob("receipt-*.json"))
    with anna.open() as project:
        assert run.sync_once(project).applied.receipted == 1
