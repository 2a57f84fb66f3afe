"""An erasure reaches every laptop wherever it was made: the coordinator's own
``withdraw --erase`` waits for the keys, goes out on the next erasure list, and a laptop
that recorded the person erases them with their interviews at its next sync, through a
folder and through a real WebDAV share."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.helpers import team as teams
from tests.helpers.webdav import COORDINATOR, COORDINATOR_PASSWORD, PASSWORD, USER, webdav
from tests.realapp import veldwerk
from veldwerk import notes
from veldwerk.bundle import keys as keymod
from veldwerk.consent import withdrawal
from veldwerk.merge import answers, erased, inbox
from veldwerk.store import meta
from veldwerk.sync import downstream, routes, run
from veldwerk.sync.target import FOLDER, WEBDAV, Target

PASSPHRASE = "vier woorden als zin"


@pytest.mark.parametrize("kind", [FOLDER, WEBDAV])
def test_the_coordinators_own_erasure_reaches_a_laptop(tmp_path: Path, kind: str) -> None:
    with contextlib.ExitStack() as stack:
        if kind == FOLDER:
            share, place = tmp_path / "share", tmp_path / "share"
            share.mkdir()
            target = Target(FOLDER, str(share))
        else:
            server = stack.enter_context(webdav(tmp_path / "dav"))
            place = server.root
            target = Target(WEBDAV, server.url, USER)
        boss, (anna,) = teams.team(tmp_path, target, members=("Anna de Boer",))
        with anna.open() as project:
            interview = teams.field_work(project, "Bij Riet")
            assert run.sync_once(project, PASSWORD).delivered == 1
            with project.session() as s:
                code = s.execute(text("SELECT code FROM participant")).scalar()
        with boss.open() as project:
            from tests.helpers import merging

            merging.trust(project, anna)
            if kind == WEBDAV:
                project.run(lambda s: routes.set_login(s, target.location, COORDINATOR))
            taken, problem = inbox.import_from_share(project, boss.keys, COORDINATOR_PASSWORD)
            assert problem == "" and [o.status for o in taken] == ["imported"]
            assert answers.answer(project, boss.keys, taken, COORDINATOR_PASSWORD).problem == ""
        with anna.open() as project:
            assert run.sync_once(project, PASSWORD).applied.receipted == 1
            project.run(lambda s: notes.save_note(s, interview, None, "Wat Riet nog zei"))

        # The coordinator erases Riet (over a folder: with the real commands); its keys
        # are not open.
        if kind == FOLDER:
            done = veldwerk(boss.data, "withdraw", code, "--erase", "--reason", "belde op")
            assert done.returncode == 0, done.stderr
        else:
            with boss.open() as project:
                withdrawal.erase(project, code, "belde op", "Coördinator")
        with boss.open() as project, project.session() as s:
            assert meta.get_json(s, erased.WAITING_KEY)["participants"], "noted: it waits"
        assert not list(place.rglob("erasure-*.json")), "nothing can be signed yet"
        # The next moment the keys are open (an import, the Inbox's round) it goes to
        # every place.
        if kind == FOLDER:
            key_file = tmp_path / "keys.veldwerkkeys"
            keymod.save_coordinator_keys(boss.keys, key_file, PASSPHRASE)
            done = veldwerk(boss.data, "inbox", "import", "--identity", str(key_file),
                            env={"VELDWERK_PASSPHRASE": PASSPHRASE})
            assert done.returncode == 0, done.stderr
        else:
            with boss.open() as project:
                published = answers.answer(project, boss.keys, [], COORDINATOR_PASSWORD)
                assert published.problem == ""
        (listed,) = place.rglob("erasure-*.json")
        assert listed.parent.name == downstream.SHARED_FOLDER
        with boss.open() as project, project.session() as s:
            assert meta.get_json(s, erased.WAITING_KEY) is None, "sent once"

        with anna.open() as project:
            report = run.sync_once(project, PASSWORD)
            assert report.problem == "" and report.applied.erased_people == 1
            with project.session() as s:
                left = {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                        for t in ("participant", "participant_identity", "interview",
                                  "interview_participant", "note")}
                logged = s.execute(text("SELECT count(*) FROM change_log WHERE row_id = :i"),
                                   {"i": interview}).scalar()
            assert left == dict.fromkeys(left, 0), left
            assert logged == 0, "nothing of the interview waits to be sent"
            # The bundle that carried the late note went out before the list was read:
            # its copy in the outbox is overwritten and gone.
            assert not list(project.outbox.glob("*.age"))
            assert b"Wat Riet nog zei" not in project.path.read_bytes()
            assert b"Bij Riet" not in project.path.read_bytes()
            again = run.sync_once(project, PASSWORD)
            assert again.applied.erased_people == 0, "read once"
