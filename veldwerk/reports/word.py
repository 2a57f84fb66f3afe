"""Word documents for the people who write: one per interview (its facts, every topic of
its guide version with its note, the moments marked in its recordings, its tags and the
consent it rests on), and a project report (counts per neighbourhood and phase, consent
coverage, the dashboard's charts, every interview as a chapter).

Pseudonymous: participants by code only. Times in local time, as the consent form shows
them. What goes in is decided by ``consent.use`` (through ``tables.Selection``), and the
report lists what it left out and why. Files are written whole under a temporary name,
then renamed.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from veldwerk import words
from veldwerk.consent.documents import _local
from veldwerk.consent.use import Consents, LeftOut, scope_name
from veldwerk.domain.base import loads_list
from veldwerk.errors import Cancelled, NotFound
from veldwerk.fsutil import atomic_write_bytes, output_folder
from veldwerk.i18n import translate
from veldwerk.reports import charts, dashboard
from veldwerk.reports.charts import _label
from veldwerk.reports.tables import Selection, _rows
from veldwerk.reports.writing import cannot_write

Progress = Callable[[int, int], None]
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
class InterviewFacts:
    id: str
    title: str
    facts: list[tuple[str, str]]
    summary: str
    topics: list[Topic] = field(default_factory=list)
    free: str = ""
    takes: list[Take] = field(default_factory=list)
    consent: list[tuple[str, str]] = field(default_factory=list)  # (code, what they agreed)


def _time(value: Any) -> str:
    if value is None or value == "":
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return _local(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def clock(ms: int) -> str:
    seconds = int(ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def kind_name(kind: str) -> str:
    return _label("kind", kind)


def status_name(status: str) -> str:
    return _label("status", status)


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
    for interview, person, code in _rows(session, """
            SELECT l.interview_id, p.id, p.code FROM interview_participant l
            JOIN participant p ON p.id = l.participant_id WHERE l.interview_id IN :ids
            ORDER BY p.code""", ids):
        codes.setdefault(interview, []).append(code)
        people.setdefault(interview, []).append(person)
    names: dict[str, list[str]] = {}
    for interview, name in _rows(session, """
            SELECT l.interview_id, m.name FROM interview_interviewer l
            JOIN team_member m ON m.id = l.member_id WHERE l.interview_id IN :ids
            ORDER BY m.name""", ids):
        names.setdefault(interview, []).append(name)
    guides: dict[str, str] = {}
    for row in _rows(session, """
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
            (translate("Reports", "Kind"), kind_name(kind)),
            (translate("Reports", "When"), _time(starts)),
            (translate("Reports", "Place"), place),
            (translate("Reports", "Neighbourhood"), hood),
            (translate("Reports", "Phase"), phase),
            (translate("Reports", "Status"), status_name(status)),
            (translate("Reports", "Guide"), translate("Reports", "{name} (version {v})").format(
                name=guide_name, v=version) if guide_id else ""),
            (translate("Reports", "Participants"), ", ".join(codes.get(interview, []))),
            (translate("Reports", "Interviewers"), ", ".join(names.get(interview, []))),
            (translate("Reports", "Tags"), ", ".join(sorted(loads_list(tags)))),
        ]
        out[interview] = InterviewFacts(interview, title or "", [f for f in facts if f[1]],
                                        summary or "")
        out[interview].consent = [
            (code, scope_list(consents.scopes.get(person, {})))
            for code, person in zip(codes.get(interview, []), people.get(interview, []),
                                    strict=True)]
    notes: dict[tuple[str, str | None], str] = {
        (interview, topic): body for interview, topic, body in _rows(session, """
            SELECT interview_id, topic_id, text FROM note WHERE interview_id IN :ids""", ids)}
    by_guide: dict[str, list[tuple[str, str, str]]] = {}
    for guide_id, topic_id, title, question in _rows(session, """
            SELECT guide_id, id, title, question FROM topic WHERE guide_id IN :ids
            ORDER BY guide_id, position""", sorted(set(guides.values()))):
        by_guide.setdefault(guide_id, []).append((topic_id, title, question))
    topic_titles = {t: title for rows in by_guide.values() for t, title, _q in rows}
    for interview, facts in out.items():
        facts.topics = [Topic(title, question, notes.get((interview, topic_id), ""))
                        for topic_id, title, question in by_guide.get(guides.get(interview, ""),
                                                                      [])]
        facts.free = notes.get((interview, None), "")
    moments: dict[str, list[tuple[int, str, str]]] = {}
    for recording, offset, label, topic in _rows(session, """
            SELECT m.recording_id, m.offset_ms, m.label, m.topic_id FROM marker m
            JOIN recording r ON r.id = m.recording_id WHERE r.interview_id IN :ids
            ORDER BY m.recording_id, m.offset_ms""", ids):
        moments.setdefault(recording, []).append((int(offset), label or "",
                                                  topic_titles.get(topic or "", "")))
    for recording, interview, duration, position in _rows(session, """
            SELECT id, interview_id, duration_ms, position FROM recording
            WHERE interview_id IN :ids AND state != 'recording'
            ORDER BY interview_id, position, id""", ids):
        out[interview].takes.append(Take(
            translate("Reports", "Recording {n}").format(n=int(position) + 1),
            int(duration), moments.get(recording, [])))
    return [out[i] for i in ids if i in out]


def _document() -> Any:
    from docx import Document  # deferred: heavy (docx)
    from docx.shared import Cm, Pt  # deferred: heavy (docx)

    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    for section in document.sections:
        section.top_margin = section.bottom_margin = Cm(2.0)
        section.left_margin = section.right_margin = Cm(2.2)
    return document


def _facts_table(document: Any, rows: list[tuple[str, str]]) -> None:
    from docx.shared import Cm  # deferred: heavy (docx)

    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, str(value)
        cells[0].paragraphs[0].runs[0].bold = True
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(4.5), Cm(12)


def _interview_body(document: Any, facts: InterviewFacts, level: int) -> None:
    document.add_heading(facts.title or translate("Reports", "(no title)"), level=level)
    _facts_table(document, facts.facts)
    if facts.summary:
        document.add_heading(translate("Reports", "Summary"), level=level + 1)
        document.add_paragraph(facts.summary)
    for topic in facts.topics:
        document.add_heading(topic.title, level=level + 1)
        if topic.question:
            document.add_paragraph().add_run(topic.question).italic = True
        document.add_paragraph(topic.note or "—")
    if facts.free:
        document.add_heading(translate("Reports", "Free notes"), level=level + 1)
        document.add_paragraph(facts.free)
    if facts.takes:
        document.add_heading(translate("Reports", "Moments in the recordings"), level=level + 1)
        for take in facts.takes:
            document.add_paragraph(translate("Reports", "{title} ({length})").format(
                title=take.title, length=clock(take.duration_ms)), style="List Bullet")
            for ms, label, topic in take.moments:
                line = f"{clock(ms)}  {label or translate('Reports', 'Moment')}"
                document.add_paragraph(f"{line}  ({topic})" if topic else line,
                                       style="List Bullet 2")
    if facts.consent:
        document.add_heading(translate("Reports", "Consent"), level=level + 1)
        for code, said in facts.consent:
            document.add_paragraph(f"{code}: {said}", style="List Bullet")


def interview_docx(facts: InterviewFacts, project: str) -> bytes:
    document = _document()
    document.core_properties.title = facts.title
    document.add_paragraph(project).runs[0].italic = True
    _interview_body(document, facts, 1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _write(target: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise cannot_write(target, exc) from exc


def safe_name(title: str, interview_id: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()[:60]
    return f"{kept or 'interview'}-{interview_id[-12:]}.docx"


@dataclass
class Written:
    files: list[Path]
    left_out: list[LeftOut]


def write_interviews(session: Session, folder: Path, only: list[str] | None = None,
                     progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Written:
    """One DOCX per interview (``only``: these) into ``folder``."""
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
    folder = output_folder(folder)
    written = []
    everything = gather(session, ids, consents)
    for number, facts in enumerate(everything):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(number, len(everything))
        target = folder / safe_name(facts.title, facts.id)
        _write(target, interview_docx(facts, project))
        written.append(target)
    if progress is not None:
        progress(len(everything), len(everything))
    return Written(written, left)


def report_docx(session: Session, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> tuple[bytes, list[LeftOut]]:
    """The project report: figures, charts, then every interview as a chapter."""
    from docx.enum.text import WD_BREAK  # deferred: heavy (docx)
    from docx.shared import Cm  # deferred: heavy (docx)

    consents = Consents(session)
    chosen = Selection(session, consents)
    project = session.execute(text("SELECT name, description FROM project")).one()
    figures = dashboard.figures(session)
    document = _document()
    document.core_properties.title = str(project[0])
    document.add_heading(str(project[0]), level=0)
    document.add_paragraph(translate("Reports", "Report of {date}").format(
        date=words.date_text(date.today())))
    if project[1]:
        document.add_paragraph(str(project[1]))
    document.add_heading(translate("Reports", "In figures"), level=1)
    c = figures.consent
    _facts_table(document, [
        (translate("Reports", "Interviews"), str(figures.interviews)),
        (translate("Reports", "Hours recorded"), words.number(figures.recorded_hours, 1)),
        (translate("Reports", "Recordings"), str(figures.recordings)),
        (translate("Reports", "Consent"), translate(
            "Reports", "{audio} with audio, {notes} notes only, {none} not yet; withdrawn: "
            "{stopped} stopped use, {erased} erased").format(
                audio=c.get("with_audio", 0), notes=c.get("without_audio", 0),
                none=c.get("not_yet", 0), stopped=c.get("stopped_use", 0),
                erased=c.get("erased", 0))),
    ])
    _crosstab(document, session)
    if charts.available():
        for chart in charts.charts(figures):
            if chart.counts:
                document.add_picture(io.BytesIO(charts.png(chart)), width=Cm(15))
    else:  # the figures are in the tables above; say why the pictures are not
        document.add_paragraph(str(charts.missing_matplotlib()))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading(translate("Reports", "Interviews"), level=1)
    everything = gather(session, chosen.interviews, consents)
    for number, facts in enumerate(everything):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(number, len(everything))
        if number:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _interview_body(document, facts, 2)
    if chosen.left_out:
        document.add_heading(translate("Reports", "Not in this report"), level=1)
        document.add_paragraph(translate("Reports", "Left out because consent does not "
                                         "allow it:"))
        for item in chosen.left_out:
            document.add_paragraph(f"{item.name}: {item.reason}", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), chosen.left_out


def _crosstab(document: Any, session: Session) -> None:
    """Interviews per neighbourhood (rows) and phase (columns)."""
    none = translate("Reports", "(none)")
    counts: dict[tuple[str, str], int] = {}
    for hood, phase, n in session.execute(text("""
            SELECT coalesce((SELECT n.name FROM neighbourhood n WHERE n.id = i.neighbourhood_id),
                            ''),
                   coalesce((SELECT p.name FROM phase p WHERE p.id = i.phase_id), ''), count(*)
            FROM interview i WHERE i.deleted_at IS NULL GROUP BY 1, 2""")):
        counts[(hood or none, phase or none)] = int(n)
    if not counts:
        return
    hoods = sorted({h for h, _p in counts})
    phases = sorted({p for _h, p in counts})
    document.add_heading(translate("Reports", "Interviews per neighbourhood and phase"),
                         level=2)
    table = document.add_table(rows=1, cols=len(phases) + 2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = translate("Reports", "Neighbourhood")
    for column, phase in enumerate(phases, start=1):
        head[column].text = phase
    head[-1].text = translate("Reports", "Total")
    for hood in hoods:
        cells = table.add_row().cells
        cells[0].text = hood
        for column, phase in enumerate(phases, start=1):
            cells[column].text = str(counts.get((hood, phase), 0))
        cells[-1].text = str(sum(counts.get((hood, p), 0) for p in phases))


def write_report(session: Session, out: Path, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Written:
    data, left = report_docx(session, progress, cancelled)
    out = out if out.suffix == ".docx" else out.with_suffix(".docx")
    output_folder(out.parent)  # made if needed; a file in its place is said plainly
    _write(out, data)
    return Written([out], left)
