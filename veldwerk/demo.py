"""The demo project: three neighbourhoods, a Dutch guide, participants and interviews.

The texts live in ``resources/demo/demo_project.json``; this module turns them
into a real project through the same functions the app uses.
"""

from __future__ import annotations

import io
import json
import math
import random
import wave
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import select

from veldwerk import guides, interviews, notes, participants, setup
from veldwerk.domain import GuideKind, InterviewKind, Status
from veldwerk.errors import NotFound, ValidationError
from veldwerk.mediastore import store_bytes
from veldwerk.paths import Device
from veldwerk.projects import (
    ProjectEntry,
    create_project,
    list_projects,
    open_project,
    server_entry,
)
from veldwerk.resources import resources_dir
from veldwerk.store.changelog import ProjectSession


def demo_content() -> dict[str, Any]:
    path = resources_dir() / "demo" / "demo_project.json"
    return json.loads(path.read_text(encoding="utf-8"))


def existing_demo(data_dir: Path, url: str = "") -> ProjectEntry | None:
    name = demo_content()["name"]
    if url:
        try:
            entry = server_entry(data_dir, url)
        except NotFound:
            return None
        return entry if entry.name == name else None
    return next((e for e in list_projects(data_dir) if e.name == name), None)


def create_demo(data_dir: Path, device: Device, url: str = "") -> ProjectEntry:
    """Create the demo project (in a team database when ``url`` names one), or return it
    when it is already there."""
    content = demo_content()
    found = existing_demo(data_dir, url)
    if found is not None:
        return found
    try:
        entry = create_project(
            data_dir, device, content["name"], content["description"],
            date.fromisoformat(content["start_date"]), date.fromisoformat(content["end_date"]),
            url=url)
    except ValidationError:
        raise
    project = open_project(entry.folder, device, url=url)
    try:
        project.run(lambda session: _fill(session, entry.id, content), "demo")
        _consents(project, entry.id)
    finally:
        project.close()
    return entry


def _fill(session: ProjectSession, project_id: str, content: dict[str, Any]) -> None:
    rng = random.Random(2026)
    setup.save_phases(session, project_id, [setup.NamedItem(n) for n in content["phases"]])
    setup.save_neighbourhoods(session, project_id,
                              [setup.NamedItem(n, p) for n, p in content["neighbourhoods"]])
    setup.save_team(session, project_id, [setup.NamedItem(n, r) for n, r in content["team"]])
    session.flush()
    phases = setup.phases(session)
    hoods = {h.code_prefix: h for h in setup.neighbourhoods(session)}
    team = setup.team(session)
    students = [m for m in team if m.role == "student"]
    co_researchers = [m for m in team if m.role == "co_researcher"]

    guide = guides.create_guide(session, project_id, content["guide"]["name"], [
        guides.TopicDraft(t, q, h) for t, q, h in content["guide"]["topics"]])
    q = content["questionnaire"]
    survey = guides.create_guide(session, project_id, q["name"], [
        guides.TopicDraft(text, answer_type=kind, choices=opts)
        for text, kind, opts in q["questions"]], kind=GuideKind.QUESTIONNAIRE.value)
    session.flush()
    guide_topics = guides.topics(session, guide.id)
    survey_topics = guides.topics(session, survey.id)

    people = []
    # Made-up names, kept apart as real ones would be: story mode shows them by name.
    for prefix, age_band, note, name in content["participants"]:
        hood = hoods[prefix]
        code = participants.next_code(session, hood.id)
        person = participants.save(session, project_id, code, hood.id, age_band, note,
                                   participants.Identity(name=name))
        session.flush()
        people.append(person)

    start = datetime(2026, 9, 7, 10, 0, tzinfo=UTC)
    summaries = content["summaries"]
    bank = content["notes"]
    count = 0

    def when() -> datetime:
        nonlocal count
        count += 1
        return start + timedelta(days=2 * count, hours=rng.choice([0, 1, 3, 4, 6]))

    def status_for(index: int) -> str:
        return [Status.DONE, Status.DONE, Status.DONE, Status.IN_PROGRESS, Status.PLANNED][
            index % 5].value

    # Individual interviews: one per participant (the last two only planned).
    for index, person in enumerate(people[:12]):
        status = status_for(index)
        hood = next(h for h in hoods.values() if h.id == person.neighbourhood_id)
        draft = interviews.InterviewDraft(
            kind=InterviewKind.INTERVIEW.value, title=f"Interview {person.code}",
            starts_at=when(), place=rng.choice(content["places"]), neighbourhood_id=hood.id,
            phase_id=phases[0].id, guide_id=guide.id, status=status,
            tags=rng.sample(content["tags"], 2), summary=summaries[index] if status != "planned"
            else "", participant_ids=[person.id], interviewer_ids=[students[index % 3].id])
        interview = interviews.save(session, project_id, draft)
        session.flush()
        if status == Status.PLANNED.value:
            continue
        for n, topic in enumerate(guide_topics):
            if status == Status.IN_PROGRESS.value and n > 3:
                break
            options = bank[topic.title]
            notes.save_note(session, interview.id, topic.id, options[(index + n) % len(options)])

    # Focus groups: three to four participants of one neighbourhood.
    for index, prefix in enumerate(("ELS", "PAT", "KKP")):
        members = [p for p in people if p.neighbourhood_id == hoods[prefix].id][:4]
        draft = interviews.InterviewDraft(
            kind=InterviewKind.FOCUS_GROUP.value, title=f"Focusgroep {hoods[prefix].name}",
            starts_at=when(), place="Buurthuis De Brink" if index == 0 else "Wijkcentrum",
            neighbourhood_id=hoods[prefix].id, phase_id=phases[index // 2].id,
            guide_id=guide.id, status=Status.DONE.value if index < 2 else Status.PLANNED.value,
            tags=["ontmoeting", rng.choice(content["tags"])],
            summary="Groepsgesprek over ontmoeten en hulp in de buurt." if index < 2 else "",
            participant_ids=[m.id for m in members],
            interviewer_ids=[team[0].id, students[index].id])
        interview = interviews.save(session, project_id, draft)
        session.flush()
        if index < 2:
            for n, topic in enumerate(guide_topics[:5]):
                options = bank[topic.title]
                joined = " Een andere deelnemer vult aan: ".join(
                    options[(index + n + k) % len(options)] for k in range(2))
                notes.save_note(session, interview.id, topic.id, joined)

    # Observations: field notes, no participant.
    for index, text in enumerate(content["observations"]):
        prefix = ("ELS", "ELS", "PAT", "KKP", "PAT")[index]
        draft = interviews.InterviewDraft(
            kind=InterviewKind.OBSERVATION.value, title=text.split(",")[0].split(".")[0],
            starts_at=when(), place=text.split(",")[0], neighbourhood_id=hoods[prefix].id,
            phase_id=phases[0].id, status=Status.DONE.value,
            tags=["observatie", rng.choice(content["tags"])],
            interviewer_ids=[students[index % 3].id])
        interview = interviews.save(session, project_id, draft)
        session.flush()
        notes.save_note(session, interview.id, None, text)

    # Short questionnaires.
    for index, person in enumerate(people[2:7]):
        draft = interviews.InterviewDraft(
            kind=InterviewKind.QUESTIONNAIRE.value, title=f"Vragenlijst {person.code}",
            starts_at=when(), place="Donderdagmarkt", neighbourhood_id=person.neighbourhood_id,
            phase_id=phases[0].id, guide_id=survey.id, status=Status.DONE.value,
            participant_ids=[person.id], interviewer_ids=[students[(index + 1) % 3].id])
        interview = interviews.save(session, project_id, draft)
        session.flush()
        for topic in survey_topics:
            options = guides.choices(topic)
            answer = {
                "choice": lambda options=options: rng.choice(options),
                "scale": lambda: str(rng.randint(2, 5)),
                "yes_no": lambda: rng.choice(["ja", "nee"]),
                "text": lambda: rng.choice(q["text_answers"]),
            }[topic.answer_type]()
            notes.save_note(session, interview.id, topic.id, answer)

    # Stories told to co-researchers.
    for index, text in enumerate(content["stories"]):
        person = people[(index * 3 + 1) % len(people)]
        draft = interviews.InterviewDraft(
            kind=InterviewKind.STORY.value, title=f"Verhaal {person.code}", starts_at=when(),
            place="Bij de bewoner thuis", neighbourhood_id=person.neighbourhood_id,
            phase_id=phases[0].id, status=Status.DONE.value, tags=["verhaal"],
            summary=text.split(".")[0] + ".", participant_ids=[person.id],
            interviewer_ids=[co_researchers[index % 2].id])
        interview = interviews.save(session, project_id, draft)
        session.flush()
        notes.save_note(session, interview.id, None, text)


def _spoken_yes(seconds: float = 1.6, rate: int = 16000) -> bytes:
    """A short voiced 'ja' stand-in for the demo's spoken consent (a WAV, made here so the
    demo ships no recordings): a gliding vowel with a natural rise and fall."""
    frames = bytearray()
    total = int(seconds * rate)
    phase = 0.0
    for n in range(total):
        t = n / rate
        pitch = 150 - 30 * t / seconds
        phase += 2 * math.pi * pitch / rate
        envelope = math.sin(math.pi * min(1.0, t / seconds)) ** 0.7
        value = sum(math.sin(k * phase) / k for k in range(1, 8))
        value *= (0.5 + 0.5 * math.sin(2 * math.pi * 3 * t)) * envelope * 6000
        frames += int(value).to_bytes(2, "little", signed=True)
    out = io.BytesIO()
    with wave.open(out, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(bytes(frames))
    return out.getvalue()


def _demo_strokes(seed: int) -> list[list[tuple[float, float]]]:
    """A scribbled signature: loops along a line, different for each participant."""
    rng = random.Random(seed)
    strokes = []
    x = 0.08
    for _part in range(rng.randint(2, 3)):
        stroke = []
        width = rng.uniform(0.18, 0.3)
        loops = rng.randint(3, 6)
        for n in range(80):
            f = n / 79
            stroke.append((x + width * f + 0.02 * math.sin(f * loops * 2 * math.pi),
                           0.55 + 0.22 * math.sin(f * loops * math.pi + rng.random() * 0.2)
                           * (1 - 0.4 * f)))
        strokes.append(stroke)
        x += width + 0.05
    return strokes


def _consents(project: Any, project_id: str) -> None:
    """Consent as it is in a real project halfway: most signed, two spoken, one refused
    recording, some still to ask, and one participant who withdrew (stop use)."""
    from veldwerk.consent import records, templates, withdrawal  # deferred: heavy (the models)
    from veldwerk.domain import ConsentMethod, Participant, Project  # deferred: heavy (the models)

    def prepare(session: ProjectSession) -> tuple[str, list[str], str]:
        project_row = session.get(Project, project_id)
        assert project_row is not None
        project_row.retention_date = date(2028, 12, 31)
        session.add(project_row)
        session.flush()
        made = templates.ensure_defaults(session, project_id)
        people = [p.id for p in session.exec(select(Participant).order_by(Participant.code))]
        member = setup.team(session)[1].id
        return next(t.id for t in made if t.language == "nl"), people, member

    template_id, people, member = project.run(prepare, "demo")
    spoken = store_bytes(project.media, _spoken_yes(), "wav")
    yes = {"audio": True, "quotes": True, "archive": True, "contact": True, "group": True}
    plan: list[dict[str, Any]] = []
    for index, person in enumerate(people):
        if index in (9, 11):
            continue  # not asked yet
        answers = dict(yes)
        if index == 10:
            answers.update(audio=False, group=False)  # notes only, no recording
        if index == 5:
            answers.update(archive=False, contact=False)
        plan.append({"person": person, "answers": answers, "verbal": index in (3, 7)})

    def give(session: ProjectSession) -> list[str]:
        made = []
        for item in plan:
            draft = records.ConsentDraft(
                participant_id=item["person"], template_id=template_id,
                answers=item["answers"], interviewer_id=member,
                given_at=datetime(2026, 9, 1, 10, 0, tzinfo=UTC))
            if item["verbal"]:
                draft.method = ConsentMethod.VERBAL.value
                draft.evidence_name, draft.evidence_sha256 = spoken
                draft.evidence_duration_ms = 1600
            else:
                draft.strokes = _demo_strokes(len(made))
            made.append(records.take(session, project.media, draft).id)
        return made

    made = project.run(give, "demo")
    from veldwerk.consent import documents  # deferred: heavy (the models)

    for record_id in made:
        project.run(lambda s, r=record_id: documents.make_document(s, project.media, r), "demo")
    code = project.run(lambda s: s.get(Participant, people[12]).code, "demo")
    withdrawal.stop_use(project, code, "Wil niet dat haar verhaal in de eindpublicatie komt "
                        "(telefonisch, 2 oktober).", "Demo")
