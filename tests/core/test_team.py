"""What sharing a project asks of one laptop's log and codes: a sequence number is never
handed out twice, every change says which version it was made on, codes stay inside the
laptop's block, and a withdrawal names the person by id."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from veldwerk import interviews, notes, participants, recycle
from veldwerk.consent import withdrawal
from veldwerk.domain import Interview
from veldwerk.errors import ValidationError
from veldwerk.ids import utcnow
from veldwerk.store import meta
from veldwerk.store.project import OpenProject


def entries(project: OpenProject) -> list[tuple[int, str, str, str, str | None, int | None]]:
    with project.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(
            "SELECT seq, table_name, row_id, op, base_device, base_seq FROM change_log "
            "ORDER BY seq")).all()]


def highest(project: OpenProject) -> int:
    return max(e[0] for e in entries(project))


def send_everything(project: OpenProject) -> None:
    with project.engine.begin() as connection:  # as a bundle export marks what it carried
        connection.execute(text("UPDATE change_log SET bundle_id = 'sent' "
                                "WHERE bundle_id IS NULL"))


def person(project: OpenProject, entry, code: str | None = None, name: str = "") -> str:
    def make(session):  # type: ignore[no-untyped-def]
        made = participants.save(session, entry.id, code or participants.next_code(
            session, None), None, "", "", participants.Identity(name=name))
        session.flush()
        return made.id
    return project.run(make)


def test_a_purge_of_the_newest_entry_does_not_free_its_number(project: OpenProject,
                                                               entry) -> None:
    interview = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="even proberen")))
    before = highest(project)
    project.run(lambda s: recycle.delete_interview(s, interview.id))
    project.run(lambda s: recycle.purge_expired(s, utcnow() + timedelta(days=31)))
    assert interview.id not in {e[2] for e in entries(project)}, "never sent: nothing left"
    nxt = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="volgende")))
    assert nxt.change_seq > before + 1  # the purge's own (compacted) number is not reused


def test_an_erasure_of_delivered_entries_does_not_hand_their_numbers_on(
        project: OpenProject, entry) -> None:
    pid = person(project, entry, name="Gerda")
    interview = project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        title="Gesprek", participant_ids=[pid])))
    for n in range(3):
        project.run(lambda s, n=n: notes.save_note(s, interview.id, None, f"tekst {n}"))
    send_everything(project)
    delivered = {e[0] for e in entries(project)}
    top = max(delivered)
    with project.session() as s:
        code = participants.active(s)[0].code
    withdrawal.erase(project, code, "belde op", "Anna")
    after = [e for e in entries(project) if e[0] not in delivered]
    assert after, "the erasure logs tombstones"
    assert min(e[0] for e in after) > top, "tombstones continue above what was delivered"
    fresh = project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        title="daarna")))
    assert fresh.change_seq > max(e[0] for e in after)


def test_numbering_continues_above_a_floor_kept_elsewhere(project: OpenProject,
                                                          entry) -> None:
    """What a restored backup does: the log rolls back, the outbox's mark does not."""
    from veldwerk.store import changelog

    first = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="x"))).change_seq

    def raise_to(session):  # type: ignore[no-untyped-def]
        cursor = changelog.raw_cursor(session)
        changelog.raise_floor(cursor, project.device.id, first + 500)
        changelog.raise_floor(cursor, project.device.id, first + 10)  # never lowers
        cursor.close()
    project.run(raise_to)
    later = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="y"))).change_seq
    assert later == first + 501


def test_each_change_names_the_version_it_was_made_on(project: OpenProject, entry) -> None:
    me = project.device.id
    interview = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="Eerst")))
    made = interview.change_seq
    assert entries(project)[-1][3:] == ("insert", None, None)

    send_everything(project)

    def retitle(title: str):  # type: ignore[no-untyped-def]
        def work(session):  # type: ignore[no-untyped-def]
            row = session.get(Interview, interview.id)
            row.title = title
            session.flush()
            return row.change_seq
        return work

    second = project.run(retitle("Tweede"))
    assert next(e for e in entries(project) if e[0] == second)[3:] == ("update", me, made)
    third = project.run(retitle("Derde"))  # compacted with the unsent one: earliest base
    logged = [e for e in entries(project) if e[2] == interview.id and e[0] > made]
    assert [(e[0], e[3], e[4], e[5]) for e in logged] == [(third, "update", me, made)]

    saved = project.run(lambda s: notes.save_note(s, interview.id, None, "een"))
    send_everything(project)
    project.run(lambda s: notes.save_note(s, interview.id, None, "twee"))  # the fast path
    note = [e for e in entries(project) if e[1] == "note"][-1]
    assert (note[3], note[4], note[5]) == ("update", *saved.version)

    send_everything(project)
    project.run(lambda s: recycle.delete_interview(s, interview.id))
    project.run(lambda s: recycle.purge_expired(s, utcnow() + timedelta(days=31)))
    purge = [e for e in entries(project) if e[2] == interview.id and e[0] > third]
    # the bin's entry was never sent: the purge replaces it and names what was delivered
    assert [(e[3], e[4], e[5]) for e in purge] == [("purge", me, third)]


def test_codes_stay_inside_the_laptops_block(project: OpenProject, entry) -> None:
    person(project, entry, "P-001")  # made before joining; stays as it is
    project.run(lambda s: meta.put(s, participants.BLOCK_KEY, "301-303"))
    with project.session() as s:
        assert participants.next_code(s, None) == "P-301"
    made = [person(project, entry) for _ in range(3)]
    with project.session() as s:
        codes = sorted(p.code for p in participants.active(s))
        assert codes == ["P-001", "P-301", "P-302", "P-303"]
        with pytest.raises(ValidationError, match="301-303"):
            participants.next_code(s, None)
        with pytest.raises(ValidationError, match="301"):
            participants.validate_code(s, "P-007")
        with pytest.raises(ValidationError, match="already taken"):
            participants.validate_code(s, "P-301")
    # editing someone's other details keeps their code, even one from before the block
    first = project.run(lambda s: participants.active(s)[0].id)
    project.run(lambda s: participants.save(s, entry.id, "P-001", None, "45-64", "",
                                            participants.Identity(), first))
    assert len(made) == 3


def test_a_withdrawal_names_the_person_not_their_code(project: OpenProject, entry) -> None:
    gone = person(project, entry, "P-001", "Gerda")
    withdrawal.erase(project, "P-001", "wil niet meer", "Anna")
    again = person(project, entry, "P-001", "Henk")  # the code is free again
    assert again != gone
    with project.session() as s:
        tellers = {t.code for t in participants.for_story(s)}
        stops = withdrawal.withdrawals(s)
    assert "P-001" in tellers, "Henk did not withdraw"
    assert [w.participant_id for w in stops] == [gone]
    report = withdrawal.stop_use(project, "P-001", "belde", "Anna")
    assert not report.already and not report.already_erased
    with project.session() as s:
        assert {w.participant_id for w in withdrawal.withdrawals(s)} == {gone, again}


def test_an_older_file_learns_who_withdrew_by_id(entry, me) -> None:
    from alembic import command

    from veldwerk import projects
    from veldwerk.store import migrate
    from veldwerk.store.engine import make_engine
    from veldwerk.store.project import DB_NAME

    with projects.open_project(entry.folder, me) as project:
        pid = person(project, entry, "P-004", "Gerda")
        withdrawal.stop_use(project, "p-004", "belde", "Anna")
    engine = make_engine(entry.folder / DB_NAME)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0005")
    engine.dispose()
    with projects.open_project(entry.folder, me) as project, project.session() as s:
        assert [w.participant_id for w in withdrawal.withdrawals(s)] == [pid]
        assert participants.for_story(s) == []
