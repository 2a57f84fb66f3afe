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
from tests.helpers.webdav import COORDINATOR, COORDINATOR_PASSWORD, PASSWORD, USER, webdav
from veldwerk.consent import withdrawal
from veldwerk.merge import answers, inbox
from veldwerk.sync import outbox, routes, run
from veldwerk.sync.target import FOLDER, WEBDAV, Target


def test_bundles_over_webdav_and_a_stick_merge_and_come_back_receipted(
        tmp_path: Path, coordinator_store: str) -> None:
    """Anna delivers to a share, Bram to a USB stick that the coordinator's computer mounts
    at another path; each laptop's answers reach it where it looks, the share is read with
    the coordinator's own login, and bundles taken in leave the share and the stick."""
    with webdav(tmp_path / "share") as server:
        (server.root / "inbox").mkdir()
        share = Target(WEBDAV, server.url + "inbox/", USER)
        on_laptop, on_coordinator = tmp_path / "media-bram" / "STICK", tmp_path / "E"
        on_laptop.mkdir(parents=True)
        boss = teams.coordinator(tmp_path)
        anna = teams.join(tmp_path, "anna", boss.project_file(
            "Anna de Boer", tmp_path / "anna.veldwerkproject", share))
        bram = teams.join(tmp_path, "bram", boss.project_file(
            "Bram Smit", tmp_path / "bram.veldwerkproject", Target(FOLDER, str(on_laptop))))
        with anna.open() as project:
            teams.field_work(project, "Bij Riet", audio_bytes=3000)
            assert run.sync_once(project, PASSWORD).delivered == 1
        with bram.open() as project:
            teams.field_work(project, "Bij Kees")
            assert run.sync_once(project).delivered == 1
        shutil.move(on_laptop, on_coordinator)  # the stick goes to the coordinator
        with boss.open() as project:
            first, problem = inbox.import_from_share(project, boss.keys, COORDINATOR_PASSWORD)
            assert first == [] and "your own login" in problem, "never a member's login"
            project.run(lambda s: routes.set_login(s, share.location, COORDINATOR))
            first, problem = inbox.import_from_share(project, boss.keys, COORDINATOR_PASSWORD)
            assert problem == "" and [o.status for o in first] == ["quarantined"]
            merging.approve_all(project, boss.keys)
            from_stick = inbox.import_files(project, boss.keys, [on_coordinator])
            assert [o.status for o in from_stick] == ["quarantined"]
            done = merging.approve_all(project, boss.keys)
            assert [o.status for o in done] == ["imported"]
            again, problem = inbox.import_from_share(project, boss.keys, COORDINATOR_PASSWORD)
            assert again == [] and problem == "", "what came in once is not fetched again"
            assert not list((server.root / "inbox").glob("*.age")), "taken in: off the share"
            assert not list(on_coordinator.glob("*.age")), "taken in: off the stick"
            with project.session() as s:
                titles = sorted(s.execute(text("SELECT title FROM interview")).scalars())
                imported = s.execute(text(
                    "SELECT id, sha256, device_id FROM inbox_bundle WHERE status = 'imported'"
                )).all()
                places = {lap.member: lap.answers_to for lap in routes.laptops(s)}
            assert titles == ["Bij Kees", "Bij Riet"]
            assert str(on_coordinator.resolve()) in places["Bram Smit"]
            assert COORDINATOR in places["Anna de Boer"]
            for bundle_id, digest, device_id in imported:
                answers.receipt(project, boss.keys, device_id, [(bundle_id, digest)])
            published = answers.publish(project, COORDINATOR_PASSWORD)
            assert (published.sent, published.problem) == (2, "")
            assert not list((tmp_path / "share").rglob(".*.part"))
        assert list((on_coordinator / "receipts" / bram.me.id).glob("receipt-*.json"))
        assert not (server.root / "inbox" / "receipts" / bram.me.id).exists()
        # Where the stick is here, as the coordinator chose it (Delivery › Laptops).
        with boss.open() as project:
            project.run(lambda s: routes.choose_folder(s, bram.me.id, on_coordinator))
        shutil.move(on_coordinator, on_laptop)  # and back to Bram
        with bram.open() as project:
            assert run.sync_once(project).applied.receipted == 1
            assert not list(project.outbox.glob("*.age")), "receipted: the copy goes"
        with anna.open() as project:
            back = run.sync_once(project, PASSWORD)
            assert back.applied.receipted == 1
            assert [i.state for i in outbox.bundles(project.session())] == ["receipted"]
            assert not list(project.outbox.glob("*.age")), "receipted: the copy goes"
            code = project.session().execute(text("SELECT code FROM participant")).scalar()
            withdrawal.erase(project, code, "wil niet meer", "Anna")
            assert run.sync_once(project, PASSWORD).delivered == 1
        with boss.open() as project:
            outcomes, _ = inbox.import_from_share(project, boss.keys, COORDINATOR_PASSWORD)
            (erasing,) = outcomes
            assert erasing.status == "imported" and erasing.counts.erased_people
            answers.erasure_list(project, boss.keys, erasing.counts.erased_people,
                                 erasing.counts.erased_rows)
            published = answers.publish(project, COORDINATOR_PASSWORD)
            assert "is not there" in published.problem, "the stick is back with Bram"
            assert not on_coordinator.exists(), "a stick's mount point is never made"
            with project.session() as s:
                assert sorted(s.execute(text("SELECT title FROM interview")).scalars()) == [
                    "Bij Kees"]
        assert list((server.root / "inbox" / "from-coordinator").glob("erasure-*.json"))
        server.stop()
        with boss.open() as project:  # the share is gone: said plainly, nothing lost
            outcomes, problem = inbox.import_from_share(project, boss.keys,
                                                        COORDINATOR_PASSWORD)
            assert outcomes == [] and "No connection" in problem


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
