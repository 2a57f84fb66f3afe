"""The documents for the people who write, as data: per interview its facts, every topic
of its guide version with its note, the moments marked in its recordings, its tags and
the consent it rests on; and the project report (counts per neighbourhood and phase,
consent coverage, the dashboard's charts, every interview as a chapter).

Everything is read here, in a few queries; a renderer (``reports/word.py`` for DOCX)
takes these dataclasses and holds no SQL, and ``reports/documents.py`` chooses it by the
file's suffix. Pseudonymous: participants by code only. Times in local time, as the
commands and the app show them. What goes in is decided by ``consent.use`` (through
``tables.Selection``), and the report lists what it left out and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk import labels, words
from veldwerk.consent.use import Consents, LeftOut, scope_name
from veldwerk.domain.base import loads_list
from veldwerk.errors import NotFound
from veldwerk.i18n import translate
from veldwerk.people import shown_names
from veldwerk.reports import charts, dashboard, transcribed
from veldwerk.reports.tables import Selection, chosen_rows

SCOPES = ("audio", "quotes", "archive", "group", "contact")


@dataclass
class Topic:
    title: str
    question: str
    note: str


@dataclass
class Take:
    title: str
    duration_ms: int
    moments: list[tuple[int, str, str]]  # (ms, label, topic title)


@dataclass
class Spoken:
    """A recording's transcript as the document shows it: ``(stamp, speaker, text)``."""

    title: str
    lines: list[tuple[str, str, str]]


@dataclass
class InterviewFacts:
    id: str
    title: str
    facts: list[tuple[str, str]]
    summary: str
    language: str = "nl"  # what its text is in: the project's interview language
    topics: list[Topic] = field(default_factory=list)
    free: str = ""
    takes: list[Take] = field(default_factory=list)
    consent: list[tuple[str, str]] = field(default_factory=list)  # (code, what they agreed)
    transcripts: list[Spoken] = field(default_factory=list)  # where audio is allowed


@dataclass
class Crosstab:
    """Interviews per neighbourhood (rows) and phase (columns); "(none)" for neither."""

    hoods: list[str]
    phases: list[str]
    counts: dict[tuple[str, str], int]

    def count(self, hood: str, phase: str) -> int:
        return self.counts.get((hood, phase), 0)

    def total(self, hood: str) -> int:
        return sum(self.count(hood, p) for p in self.phases)


@dataclass
class Picture:
    """A chart as PNG, with the words a reader who cannot see it gets instead."""

    png: bytes
    title: str
    description: str  # "Interviews by status: Done 5, Planned 3"


@dataclass
class ProjectReport:
    """The project report as it reads, top to bottom."""

    title: str
    description: str
    made: str  # "Report of <date>"
    figures: list[tuple[str, str]]  # (label, value) of the figures table
    crosstab: Crosstab | None  # None: no interviews
    charts: list[Picture]  # the dashboard's charts that have counts
    no_charts: str  # why there are no pictures (no matplotlib), else ""
    interviews: list[InterviewFacts]
    left_out: list[LeftOut]
    language: str = "nl"  # the interviews' language; headings are in the reader's


@dataclass
class InterviewDocuments:
    """What goes into the documents per interview: the project's name, each interview's
    facts and what was left out."""

    project: str
    interviews: list[InterviewFacts]
    left_out: list[LeftOut]


def _time(value: Any) -> str:
    """A stored time in local time, as ``veldwerk interviews`` and the app show it."""
    if value is None or value == "":
        return ""
    return words.datetime_text(value)


def clock(ms: int) -> str:
    """A position or length in a recording: m:ss, or h:mm:ss from an hour."""
    seconds = int(ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def scope_list(scopes: dict[str, bool]) -> str:
    yes = [scope_name(s) for s in SCOPES if scopes.get(s)]
    no = [scope_name(s) for s in SCOPES if s in scopes and not scopes[s]]
    said = translate("Reports", "agreed to: {yes}").format(yes=", ".join(yes) or "—")
    if no:
        said += "; " + translate("Reports", "not to: {no}").format(no=", ".join(no))
    return said


def gather(session: Session, ids: list[str], consents: Consents) -> list[InterviewFacts]:
    """Everything the documents show of these interviews, in a few queries."""
    out: dict[str, InterviewFacts] = {}
    codes: dict[str, list[str]] = {}
    people: dict[str, list[str]] = {}
    for interview, person, code in chosen_rows(session, """
            SELECT l.interview_id, p.id, p.code FROM interview_participant l
            JOIN participant p ON p.id = l.participant_id WHERE l.interview_id IN :ids
            ORDER BY p.code""", ids):
        codes.setdefault(interview, []).append(code)
        people.setdefault(interview, []).append(person)
    names: dict[str, list[str]] = {}
    shown = shown_names(session)  # by role and number unless they agreed
    language = project_language(session)
    for interview, name in chosen_rows(session, """
            SELECT l.interview_id, l.member_id FROM interview_interviewer l
            WHERE l.interview_id IN :ids""", ids):
        names.setdefault(interview, []).append(shown.get(name, name))
    guides: dict[str, str] = {}
    for row in chosen_rows(session, """
            SELECT i.id, i.title, i.kind, i.starts_at, i.place, i.status, i.tags, i.summary,
              coalesce((SELECT n.name FROM neighbourhood n WHERE n.id = i.neighbourhood_id),
                       ''),
              coalesce((SELECT p.name FROM phase p WHERE p.id = i.phase_id), ''),
              g.id, g.name, g.version
            FROM interview i LEFT JOIN guide g ON g.id = i.guide_id
            WHERE i.id IN :ids ORDER BY i.starts_at, i.id""", ids):
        (interview, title, kind, starts, place, status, tags, summary, hood, phase,
         guide_id, guide_name, version) = row
        if guide_id:
            guides[interview] = guide_id
        facts = [
            (translate("Reports", "Kind"), labels.kind(kind)),
            (translate("Reports", "When"), _time(starts)),
            (translate("Reports", "Place"), place),
            (translate("Reports", "Neighbourhood"), hood),
            (translate("Reports", "Phase"), phase),
            (translate("Reports", "Status"), labels.status(status)),
            (translate("Reports", "Guide"), translate("Reports", "{name} (version {v})").format(
                name=guide_name, v=version) if guide_id else ""),
            (translate("Reports", "Participants"), ", ".join(codes.get(interview, []))),
            (translate("Reports", "Interviewers"), ", ".join(sorted(names.get(interview, [])))),
            (translate("Reports", "Tags"), ", ".join(sorted(loads_list(tags)))),
        ]
        out[interview] = InterviewFacts(interview, title or "", [f for f in facts if f[1]],
                                        summary or "", language)
        out[interview].consent = [
            (code, scope_list(consents.scopes.get(person, {})))
            for code, person in zip(codes.get(interview, []), people.get(interview, []),
                                    strict=True)]
    notes: dict[tuple[str, str | None], str] = {
        (interview, topic): body for interview, topic, body in chosen_rows(session, """
            SELECT interview_id, topic_id, text FROM note WHERE interview_id IN :ids""", ids)}
    by_guide: dict[str, list[tuple[str, str, str, str]]] = {}
    for guide_id, topic_id, title, question, answer_type in chosen_rows(session, """
            SELECT guide_id, id, title, question, answer_type FROM topic
            WHERE guide_id IN :ids ORDER BY guide_id, position""",
            sorted(set(guides.values()))):
        by_guide.setdefault(guide_id, []).append((topic_id, title, question, answer_type))
    topic_titles = {t: title for rows in by_guide.values() for t, title, _q, _a in rows}
    for interview, facts in out.items():
        facts.topics = [Topic(title, question, answer(answer_type,
                                                      notes.get((interview, topic_id), "")))
                        for topic_id, title, question, answer_type
                        in by_guide.get(guides.get(interview, ""), [])]
        facts.free = notes.get((interview, None), "")
    moments: dict[str, list[tuple[int, str, str]]] = {}
    for recording, offset, label, topic in chosen_rows(session, """
            SELECT m.recording_id, m.offset_ms, m.label, m.topic_id FROM marker m
            JOIN recording r ON r.id = m.recording_id WHERE r.interview_id IN :ids
            ORDER BY m.recording_id, m.offset_ms""", ids):
        moments.setdefault(recording, []).append((int(offset), label or "",
                                                  topic_titles.get(topic or "", "")))
    for recording, interview, duration, position in chosen_rows(session, """
            SELECT id, interview_id, duration_ms, position FROM recording
            WHERE interview_id IN :ids AND state != 'recording'
            ORDER BY interview_id, position, id""", ids):
        out[interview].takes.append(Take(
            translate("Reports", "Recording {n}").format(n=int(position)),  # from 1
            int(duration), moments.get(recording, [])))
    heard = transcribed.read(session, ids, consents)
    for recording, lines in heard.lines.items():
        out[lines[0].interview_id].transcripts.append(Spoken(heard.titles[recording], [
            (transcribed.stamp(x.start_ms), x.speaker, x.text) for x in lines]))
    return [out[i] for i in ids if i in out]


def answer(answer_type: str, note: str) -> str:
    """A note as the document shows it: a scale answer with its scale ("2 (1–5)"), so a
    reader knows what 2 is out of."""
    if answer_type == "scale" and note.strip().isdigit():
        return translate("Reports", "{answer} (1–5)").format(answer=note.strip())
    return note


def project_language(session: Session) -> str:
    """The language the interviews are held in (``project.language``; Dutch if none)."""
    return str(session.execute(text("SELECT language FROM project")).scalar() or "nl")


def interview_documents(session: Session, only: list[str] | None = None
                        ) -> InterviewDocuments:
    """The interviews consent lets into a document (``only``: of these)."""
    consents = Consents(session)
    chosen = Selection(session, consents)
    ids = [i for i in chosen.interviews if only is None or i in only]
    left = [o for o in chosen.left_out if o.kind == "interview" and (only is None
                                                                    or o.id in only)]
    if only:
        unknown = sorted(set(only) - set(ids) - {o.id for o in left})
        if unknown:

            raise NotFound(translate("Reports", "There is no interview {id} in this "
                                     "project.").format(id=unknown[0]))
    project = str(session.execute(text("SELECT name FROM project")).scalar() or "")
    return InterviewDocuments(project, gather(session, ids, consents), left)


def project_report(session: Session) -> ProjectReport:
    """The project report: figures, charts, then every interview consent lets in."""
    consents = Consents(session)
    chosen = Selection(session, consents)
    name, description = session.execute(text("SELECT name, description FROM project")).one()
    figures = dashboard.figures(session)
    c = figures.consent
    table = [
        (translate("Reports", "Interviews"), str(figures.interviews)),
        (translate("Reports", "Recorded"), words.duration(figures.recorded_ms)),
        (translate("Reports", "Recordings"), str(figures.recordings)),
        (translate("Reports", "Consent"), translate(
            "Reports", "{audio} with audio, {notes} notes only, {none} not yet; withdrawn: "
            "{stopped} stopped use, {erased} erased").format(
                audio=c.get("with_audio", 0), notes=c.get("without_audio", 0),
                none=c.get("not_yet", 0), stopped=c.get("stopped_use", 0),
                erased=c.get("erased", 0))),
    ]
    if charts.available():
        pictures = [Picture(charts.png(chart), chart.title, chart.title + ": " + ", ".join(
            f"{label} {n}" for label, n in chart.counts))
            for chart in charts.charts(figures) if chart.counts]
        no_charts = ""
    else:  # the figures are in the tables; the report says why the pictures are not
        pictures, no_charts = [], str(charts.missing_matplotlib())
    return ProjectReport(
        title=str(name), description=str(description or ""),
        made=translate("Reports", "Report of {date}").format(
            date=words.date_text(date.today())),
        figures=table, crosstab=crosstab(session), charts=pictures, no_charts=no_charts,
        interviews=gather(session, chosen.interviews, consents), left_out=chosen.left_out,
        language=project_language(session))


def crosstab(session: Session) -> Crosstab | None:
    """Interviews per neighbourhood and phase (those in the bin not counted)."""
    none = translate("Reports", "(none)")
    counts: dict[tuple[str, str], int] = {}
    for hood, phase, n in session.execute(text("""
            SELECT coalesce((SELECT n.name FROM neighbourhood n WHERE n.id = i.neighbourhood_id),
                            ''),
                   coalesce((SELECT p.name FROM phase p WHERE p.id = i.phase_id), ''), count(*)
            FROM interview i WHERE i.deleted_at IS NULL GROUP BY 1, 2""")):
        counts[(hood or none, phase or none)] = int(n)
    if not counts:
        return None
    return Crosstab(sorted({h for h, _p in counts}), sorted({p for _h, p in counts}), counts)
