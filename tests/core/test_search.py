"""Search across everything written: every word as a prefix, case and accents folded,
matched words' places in code points, filters like the list's, kept current by every
writer (autosave's plain UPDATE, the merge, the bin, an erasure), and no query that can
fail."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.components import new_database
from tests.helpers import merging
from tests.helpers import team as teams
from veldwerk import interviews, notes, participants, projects, recycle, setup
from veldwerk.domain import Marker, Recording
from veldwerk.ids import utcnow
from veldwerk.merge import inbox
from veldwerk.paths import Device
from veldwerk.search.find import Filters, fold, highlight, search
from veldwerk.store.project import OpenProject


@pytest.fixture(params=["sqlite", "postgresql"])
def searched(request: pytest.FixtureRequest, tmp_path: Path, me: Device
             ) -> Iterator[tuple[OpenProject, projects.ProjectEntry]]:
    """A field project on SQLite, or a coordinator's on a team database (PostgreSQL)."""
    url = None
    if request.param == "postgresql":
        url = new_database(request.getfixturevalue("postgres"), "search")
    entry = projects.create_project(tmp_path / "data", me, "Buurtonderzoek", url=url)
    with projects.open_project(entry.folder, me, url=url) as opened:
        yield opened, entry


def _project(project, entry):  # type: ignore[no-untyped-def]
    def work(s):  # type: ignore[no-untyped-def]
        setup.save_neighbourhoods(s, entry.id, [setup.NamedItem("Elsrijk", "ELS"),
                                                setup.NamedItem("Oostpoort", "OOS")])
        s.flush()
        els, oos = setup.neighbourhoods(s)
        person = participants.save(s, entry.id, "ELS-001", els.id, "75-84",
                                   "Woont boven het Café de Zwaan", participants.Identity())
        s.flush()
        one = interviews.save(s, entry.id, interviews.InterviewDraft(
            title="Bij mevrouw Één", place="Buurthuis", neighbourhood_id=els.id,
            participant_ids=[person.id], tags=["mantelzorg"]))
        two = interviews.save(s, entry.id, interviews.InterviewDraft(
            title="Rondje markt", kind="observation", neighbourhood_id=oos.id))
        s.flush()
        notes.save_note(s, one.id, None, "🙂 Ze gaat elke dag naar het CAFÉ om de hoek; "
                        "naïef vindt ze de buurthuizen niet.")
        notes.save_note(s, two.id, None, "Drukte bij de kaaskraam, cafés vol.")
        take = Recording(interview_id=one.id, state="ok", started_at=utcnow(),
                         duration_ms=90_000)
        s.add(take)
        s.flush()
        s.add(Marker(recording_id=take.id, offset_ms=65_000, label="Over het café"))
        return one.id, two.id
    return project.run(work)


def test_words_are_found_by_prefix_whatever_their_case_and_accents(searched) -> None:  # type: ignore[no-untyped-def]
    project, entry = searched
    one, two = _project(project, entry)
    with project.session() as s:
        found = search(s, "cafe")
        assert {h.source for h in found} == {"note", "marker", "participant"}
        assert {h.interview_id for h in found if h.source == "note"} == {one, two}
        (moment,) = [h for h in found if h.source == "marker"]
        assert moment.offset_ms == 65_000 and moment.where == "1:05"
        assert [h.interview_id for h in search(s, "BUURTHUI")] == [one, one]
        assert search(s, "een")[0].interview_id == one, "Één is een"
        assert [h.interview_id for h in search(s, "cafe hoek")] == [one], "every word"
        for hit in found:
            for start, end in hit.spans:
                assert fold(hit.snippet[start:end]).startswith("cafe"), hit.snippet
        note = next(h for h in found if h.source == "note" and h.interview_id == one)
        assert note.snippet[note.spans[0][0]:note.spans[0][1]] == "CAFÉ"
        assert note.snippet.startswith("🙂"), "positions count code points"
        hood = dict((n.name, n.id) for n in setup.neighbourhoods(s))
        only = search(s, "cafe", Filters(neighbourhood_id=hood["Oostpoort"]))
        assert [h.interview_id for h in only] == [two]
        assert [h.interview_id for h in search(s, "cafe", Filters(kind="observation"))] == [two]
        assert {h.interview_id for h in search(s, "cafe", Filters(tag="mantelzorg"))} == {one}


def test_every_writer_keeps_the_index_current(searched) -> None:  # type: ignore[no-untyped-def]
    project, entry = searched
    one, _two = _project(project, entry)
    project.run(lambda s: notes.save_note(s, one, None, "Nu over de bibliotheek."))
    with project.session() as s:
        assert [h.interview_id for h in search(s, "bibliotheek")] == [one]
        assert not [h for h in search(s, "hoek") if h.interview_id == one]
    project.run(lambda s: recycle.delete_interview(s, one))
    with project.session() as s:
        assert search(s, "bibliotheek") == [], "the bin is not searched"
    project.run(lambda s: recycle.restore(s, "interview", one))
    from veldwerk.consent import withdrawal

    withdrawal.erase(project, "ELS-001", "wil niet meer", "Coördinator")
    with project.session() as s:
        assert search(s, "bibliotheek") == [] and search(s, "zwaan") == []
    if not project.on_server:  # the server's files: test_team_database
        assert b"bibliotheek" not in project.path.read_bytes(), "no trace in the file"


def test_notes_that_came_in_a_bundle_are_found(tmp_path: Path, coordinator_store: str
                                               ) -> None:
    boss, (anna,) = teams.team(tmp_path, members=("Anna de Boer",))
    with anna.open() as project:
        interview = teams.field_work(project, "Bij Riet")
        project.run(lambda s: notes.save_note(s, interview, None, "Praat graag over tuinieren"))
    with boss.open() as project:
        merging.trust(project, anna)
        inbox.import_files(project, boss.keys, merging.bundles_of(anna, tmp_path / "in"))
        with project.session() as s:
            (hit,) = search(s, "TUINIER")
            assert (hit.interview_id, hit.title) == (interview, "Bij Riet")
            assert hit.snippet[hit.spans[0][0]:hit.spans[0][1]] == "tuinieren"


@settings(max_examples=200, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=40) | st.sampled_from(
    ['"', '"unbalanced', "NEAR(a b", "a AND", "-x", "*", "(((", "a:b", "^x", "x OR y",
     "'", "\\", "%_", "NOT", "{a b}", "⑴ buurt", "ﬁets:*"]))
@example(typed="⑴")  # folds to "(1)": query syntax made by folding
def test_any_string_is_a_query_that_cannot_fail(searched, typed: str) -> None:  # type: ignore[no-untyped-def]
    project, _entry = searched
    with project.session() as s:
        assert isinstance(search(s, typed), list)


def test_highlight_spans_are_python_slices() -> None:
    snippet, spans = highlight("Één café, twee CAFÉS en 🙂 cafetaria", ["cafe"])
    assert [snippet[a:b] for a, b in spans] == ["café", "CAFÉS", "cafetaria"]


def test_the_command_finds_and_marks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data), "demo"],
                   check=True, capture_output=True)
    done = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                           "search", "badkamer"], capture_output=True, text=True)
    assert done.returncode == 0 and "[badkamer" in done.stdout.lower(), done.stderr
    wrong = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                            "search", "x", "--neighbourhood", "Nergens"],
                           capture_output=True, text=True)
    assert wrong.returncode == 2 and "Nergens" in wrong.stderr
