"""Every write appends its full row to the change log in the same transaction."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from veldwerk import interviews, listing, notes, participants, recycle
from veldwerk.domain import Interview
from veldwerk.ids import utcnow, uuid7
from veldwerk.store.project import OpenProject


def log(project: OpenProject) -> list[tuple[int, str, str, str, dict]]:
    with project.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT seq, table_name, row_id, op, row FROM change_log ORDER BY seq")).all()
    return [(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]


def test_uuid7_is_time_ordered_and_unique() -> None:
    made = [uuid7() for _ in range(5000)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    assert all(m[14] == "7" for m in made)


def test_insert_update_and_tombstones_are_logged(project: OpenProject, entry) -> None:
    interview = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="Eerste gesprek")))
    entries = log(project)
    last = entries[-1]
    assert last[1:4] == ("interview", interview.id, "insert")
    assert last[4]["title"] == "Eerste gesprek"
    assert last[4]["origin_device"] == project.device.id
    assert last[4]["change_seq"] == last[0]

    project.run(lambda s: recycle.delete_interview(s, interview.id))
    unsent = log(project)[-1]  # nobody has the row yet: one upsert of it, in the bin
    assert unsent[1:4] == ("interview", interview.id, "insert")
    assert unsent[4]["deleted_at"] is not None
    project.run(lambda s: recycle.restore(s, "interview", interview.id))
    with project.engine.begin() as connection:  # as if a bundle had carried it
        connection.execute(text("UPDATE change_log SET bundle_id = 'sent'"))
    project.run(lambda s: recycle.delete_interview(s, interview.id))
    tombstone = log(project)[-1]
    assert tombstone[1:4] == ("interview", interview.id, "delete")
    assert tombstone[4]["deleted_at"] is not None

    project.run(lambda s: recycle.restore(s, "interview", interview.id))
    assert log(project)[-1][3] in ("update", "insert")
    assert log(project)[-1][4]["deleted_at"] is None


def test_sequence_numbers_only_grow(project: OpenProject, entry) -> None:
    interview = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="x")))
    seen = []
    for n in range(20):
        project.run(lambda s, n=n: notes.save_note(s, interview.id, None, f"versie {n}"))
        seen.append(max(e[0] for e in log(project)))
    assert seen == sorted(seen) and len(set(seen)) == len(seen)


def test_unsent_autosaves_are_compacted_to_the_newest_row(project: OpenProject, entry) -> None:
    interview = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="x")))
    for n in range(30):
        project.run(lambda s, n=n: notes.save_note(s, interview.id, None, f"versie {n}"))
    note_entries = [e for e in log(project) if e[1] == "note"]
    assert len(note_entries) == 1
    assert note_entries[0][3] == "insert"  # a reader still learns the row is new
    assert note_entries[0][4]["text"] == "versie 29"


def test_failed_transaction_leaves_no_log_entry(project: OpenProject, entry) -> None:
    before = log(project)

    def fails(session):  # type: ignore[no-untyped-def]
        interviews.save(session, entry.id, interviews.InterviewDraft(title="half"))
        session.flush()
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        project.run(fails)
    assert log(project) == before
    with project.session() as s:
        assert listing.count(s, listing.ListQuery(text="half")) == 0


def _binned_interview(project: OpenProject, entry) -> str:  # type: ignore[no-untyped-def]
    def make(s):  # type: ignore[no-untyped-def]
        person = participants.save(s, entry.id, "P-001", None, "", "", participants.Identity(
            name="Els de Groot"))
        s.flush()
        interview = interviews.save(s, entry.id, interviews.InterviewDraft(
            title="Oud", participant_ids=[person.id]))
        s.flush()
        notes.save_note(s, interview.id, None, "oude notitie")
        return interview.id

    return project.run(make)


def test_purge_after_thirty_days_leaves_key_only_tombstones(project: OpenProject,
                                                            entry) -> None:
    interview_id = _binned_interview(project, entry)
    with project.engine.begin() as connection:  # as if a bundle had carried them
        connection.execute(text("UPDATE change_log SET bundle_id = 'sent'"))
    project.run(lambda s: recycle.delete_interview(s, interview_id))
    assert project.run(recycle.purge_expired) == (0, set())  # not yet 30 days
    later = utcnow() + timedelta(days=31)
    assert not recycle.anything_expired(project.engine)
    assert recycle.anything_expired(project.engine, later)
    assert project.run(lambda s: recycle.purge_expired(s, later))[0] == 1
    with project.session() as s:
        assert s.get(Interview, interview_id) is None
    purges = [e for e in log(project) if e[3] == "purge"]
    assert {e[1] for e in purges} >= {"interview", "note", "interview_participant"}
    assert all(e[4] == {"id": e[2]} for e in purges), "a purge carries only the key"
    unsent = [e for e in log(project) if e[2] == interview_id]
    assert [e[3] for e in unsent][-1] == "purge"  # the bin's 'delete' entry was compacted


def test_purge_of_what_never_left_the_laptop_leaves_nothing(project: OpenProject,
                                                            entry) -> None:
    interview_id = _binned_interview(project, entry)
    project.run(lambda s: recycle.delete_interview(s, interview_id))
    project.run(lambda s: recycle.purge_expired(s, utcnow() + timedelta(days=31)))
    assert not [e for e in log(project) if e[2] == interview_id or e[4].get(
        "interview_id") == interview_id], "unsent entries of purged rows are dropped"


def test_fast_note_update_logs_exactly_the_orm_row(project: OpenProject, entry) -> None:
    from veldwerk.domain import Note, row_dict

    interview = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(title="x")))
    project.run(lambda s: notes.save_note(s, interview.id, None, "eerste"))
    assert project.run(lambda s: notes.save_note(s, interview.id, None, "tweede")).changed
    assert not project.run(lambda s: notes.save_note(s, interview.id, None, "tweede")).changed
    with project.session() as s:
        stored = s.exec(select(Note).where(Note.interview_id == interview.id)).one()
        expected = row_dict(stored)
    logged = [e for e in log(project) if e[1] == "note"]
    assert len(logged) == 1
    assert logged[0][4] == expected
    assert logged[0][0] == expected["change_seq"]
    assert stored.updated_at > stored.created_at
