"""Bad input is refused with a message that names the field, never an exception trace."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TOPICS
from veldwerk import guides, interviews, participants, projects, recycle, setup
from veldwerk.domain import InterviewKind
from veldwerk.errors import ValidationError
from veldwerk.paths import Device
from veldwerk.store.project import OpenProject


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_project_name(data_dir: Path, me: Device, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        projects.create_project(data_dir, me, name)
    assert caught.value.field == "name"


def test_duplicate_project_name_ignores_case_and_spaces(data_dir: Path, me: Device) -> None:
    projects.create_project(data_dir, me, "Wijk Oost")
    with pytest.raises(ValidationError, match="already"):
        projects.create_project(data_dir, me, " wijk  oost ")
    assert len(projects.list_projects(data_dir)) == 1


def test_guide_needs_a_topic(project: OpenProject, entry) -> None:
    with pytest.raises(ValidationError) as caught:
        project.run(lambda s: guides.create_guide(s, entry.id, "Leeg", [guides.TopicDraft("")]))
    assert caught.value.field == "topics"
    with pytest.raises(ValidationError):
        project.run(lambda s: guides.create_guide(s, entry.id, "", TOPICS))


def test_choice_question_needs_two_choices(project: OpenProject, entry) -> None:
    draft = guides.TopicDraft("Hoe lang?", answer_type="choice", choices=["kort"])
    with pytest.raises(ValidationError, match="two choices"):
        project.run(lambda s: guides.create_guide(s, entry.id, "Vragen", [draft]))


def test_participant_code_is_unique_and_well_formed(project: OpenProject, entry) -> None:
    project.run(lambda s: participants.save(s, entry.id, "ELS-014", None, "", "",
                                            participants.Identity()))
    with pytest.raises(ValidationError, match="already taken"):
        project.run(lambda s: participants.save(s, entry.id, "els-014", None, "", "",
                                                participants.Identity()))
    with pytest.raises(ValidationError, match="looks like"):
        project.run(lambda s: participants.save(s, entry.id, "Mevrouw Jansen", None, "", "",
                                                participants.Identity()))


def test_codes_are_made_from_the_neighbourhood(project: OpenProject, entry) -> None:
    project.run(lambda s: setup.save_neighbourhoods(s, entry.id, [
        setup.NamedItem("Elsrijk", "ELS"), setup.NamedItem("Patrimonium", "")]))
    with project.session() as s:
        hoods = {h.code_prefix: h.id for h in setup.neighbourhoods(s)}
    assert set(hoods) == {"ELS", "PAT"}
    for expected in ("ELS-001", "ELS-002"):
        code = project.run(lambda s: participants.next_code(s, hoods["ELS"]))
        assert code == expected
        project.run(lambda s, c=code: participants.save(s, entry.id, c, hoods["ELS"], "", "",
                                                        participants.Identity()))


def test_identifying_details_live_apart(project: OpenProject, entry) -> None:
    person = project.run(lambda s: participants.save(
        s, entry.id, "P-001", None, "75-84", "", participants.Identity(name="Riet", phone="06")))
    with project.session() as s:
        row = s.get(participants.Participant, person.id)
        assert "Riet" not in repr(row.model_dump())
        assert participants.identity_of(s, person.id).name == "Riet"


def test_kind_rules(project: OpenProject, entry) -> None:
    people = [project.run(lambda s, n=n: participants.save(
        s, entry.id, f"P-00{n}", None, "", "", participants.Identity())) for n in (1, 2)]
    ids = [p.id for p in people]
    with pytest.raises(ValidationError, match="takes no participants"):
        interviews.validate(interviews.InterviewDraft(kind=InterviewKind.OBSERVATION.value,
                                                      participant_ids=ids[:1]))
    with pytest.raises(ValidationError, match="Focus group"):
        interviews.validate(interviews.InterviewDraft(kind=InterviewKind.INTERVIEW.value,
                                                      participant_ids=ids))
    interviews.validate(interviews.InterviewDraft(kind=InterviewKind.FOCUS_GROUP.value,
                                                  participant_ids=ids))


def test_a_kinds_rules_row_is_what_validation_and_interview_new_read(
        project: OpenProject, entry, me: Device, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Changing a kind is its ``RULES`` row: the participant limits and the default guide
    follow it, and the messages name the kind by its label."""
    from dataclasses import replace

    from veldwerk import cli
    from veldwerk.domain.kinds import RULES, GuideKind

    rules = dict(RULES)
    rules[InterviewKind.OBSERVATION.value] = replace(
        RULES[InterviewKind.OBSERVATION.value], min_participants=2, max_participants=3,
        guide=GuideKind.QUESTIONNAIRE.value)
    monkeypatch.setattr("veldwerk.domain.kinds.RULES", rules)
    monkeypatch.setattr("veldwerk.interviews.RULES", rules)
    monkeypatch.setattr("veldwerk.commands.interviews.RULES", rules)
    people = [project.run(lambda s, n=n: participants.save(
        s, entry.id, f"P-00{n}", None, "", "", participants.Identity())).id for n in range(5)]
    with pytest.raises(ValidationError, match="kind ‘Observation’ needs at least 2"):
        interviews.validate(interviews.InterviewDraft(kind="observation",
                                                      participant_ids=people[:1]))
    with pytest.raises(ValidationError, match=r"at most 3 participants; for more people, "
                       r"choose ‘Focus group’\."):
        interviews.validate(interviews.InterviewDraft(kind="observation",
                                                      participant_ids=people[:4]))
    interviews.validate(interviews.InterviewDraft(kind="observation", participant_ids=people[:2]))
    asked = project.run(lambda s: guides.create_guide(s, entry.id, "Vragen", TOPICS,
                                                      kind=GuideKind.QUESTIONNAIRE.value)).id
    project.run(lambda s: guides.create_guide(s, entry.id, "Gesprek", TOPICS))
    project.close(make_backup=False)  # the command opens it for writing
    argv = ["--data-dir", str(data_dir), "--project", entry.id, "interview", "new",
            "--kind", "observation", "--title", "Markt", "--participant", "P-000",
            "--participant", "P-001"]
    assert cli.main(argv) == 0
    made = capsys.readouterr().out.strip()
    with projects.open_project(entry.folder, me, write=False) as again, \
            again.session() as s:
        from veldwerk.domain import Interview

        assert s.get(Interview, made).guide_id == asked


def test_participant_in_an_interview_cannot_be_deleted(project: OpenProject, entry) -> None:
    person = project.run(lambda s: participants.save(s, entry.id, "P-001", None, "", "",
                                                     participants.Identity()))
    project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        participant_ids=[person.id])))
    with pytest.raises(ValidationError, match="takes part"):
        project.run(lambda s: recycle.delete_participant(s, person.id))


def test_removing_a_used_phase_is_refused(project: OpenProject, entry) -> None:
    project.run(lambda s: setup.save_phases(s, entry.id, [setup.NamedItem("Fase 1")]))
    with project.session() as s:
        phase = setup.phases(s)[0]
    project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        phase_id=phase.id)))
    with pytest.raises(ValidationError, match="still used"):
        project.run(lambda s: setup.save_phases(s, entry.id, []))
    with project.session() as s:
        assert [p.name for p in setup.phases(s)] == ["Fase 1"]


def test_guide_versions_once_used(project: OpenProject, entry) -> None:
    guide = project.run(lambda s: guides.create_guide(s, entry.id, "Leidraad", TOPICS))
    same = project.run(lambda s: guides.save_guide(s, guide.id, "Leidraad", TOPICS[:2]))
    assert same.id == guide.id and same.version == 1  # unused: edited in place
    project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        guide_id=guide.id)))
    newer = project.run(lambda s: guides.save_guide(s, guide.id, "Leidraad", TOPICS))
    assert newer.id != guide.id and newer.version == 2
    with project.session() as s:
        assert len(guides.topics(s, guide.id)) == 2  # the interview keeps its version
        assert len(guides.topics(s, newer.id)) == 3
        assert [g.id for g in guides.current_guides(s)] == [newer.id]


def test_a_topic_keeps_its_lineage_across_guide_versions(project: OpenProject, entry) -> None:
    from dataclasses import replace

    guide = project.run(lambda s: guides.create_guide(s, entry.id, "Leidraad", TOPICS[:2]))
    with project.session() as s:
        first = guides.topics(s, guide.id)
    assert len({t.lineage_id for t in first}) == 2 and all(t.lineage_id for t in first)
    edited = [replace(TOPICS[1], title="Buurt en voorzieningen", continues=first[1].id),
              replace(TOPICS[0], continues=first[0].id), TOPICS[2]]
    same = project.run(lambda s: guides.save_guide(s, guide.id, "Leidraad", edited))
    with project.session() as s:
        again = guides.topics(s, same.id)
    assert [t.lineage_id for t in again[:2]] == [first[1].lineage_id, first[0].lineage_id]
    assert again[2].lineage_id not in {t.lineage_id for t in first}
    project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        guide_id=same.id)))
    newer = project.run(lambda s: guides.save_guide(s, same.id, "Leidraad", [
        replace(TOPICS[0], continues=again[1].id)]))
    with project.session() as s:
        (only,) = guides.topics(s, newer.id)
    assert newer.version == 2 and only.lineage_id == first[0].lineage_id


def test_an_unknown_role_is_refused_not_saved_as_student(project: OpenProject, entry) -> None:
    with pytest.raises(ValidationError) as caught:
        project.run(lambda s: setup.save_team(s, entry.id, [
            setup.NamedItem("Anna", "coordinator"), setup.NamedItem("Riet", "medeonderzoeker")]))
    assert caught.value.field == "team"
    assert "medeonderzoeker" in caught.value.message
    assert "co_researcher" in caught.value.message  # it names the roles that are allowed
    with project.session() as s:
        assert setup.team(s) == []  # nothing of the refused list was written
    project.run(lambda s: setup.save_team(s, entry.id, [
        setup.NamedItem("Anna", "co_researcher"), setup.NamedItem("Bart")]))
    with project.session() as s:
        assert [(m.name, m.role) for m in setup.team(s)] == [("Anna", "co_researcher"),
                                                              ("Bart", "student")]
