"""The DOCX renderer (python-docx): a document per interview and the project report, made
from ``reports/report.py``'s dataclasses. Nothing here reads the database; another
format is a module like this one and a row in ``documents.RENDERERS``."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from veldwerk import i18n, wordfile, words, xmltext
from veldwerk.errors import Cancelled
from veldwerk.i18n import translate
from veldwerk.reports.report import Crosstab, InterviewFacts, ProjectReport, clock

Progress = Callable[[int, int], None]
MARGINS_CM = (2.0, 2.2)  # top and bottom, left and right
ROOM_CM = wordfile.A4.width_cm - 2 * MARGINS_CM[1]  # a table's width (Letter is wider)


def _document(language: str) -> Any:
    """A document on the reader's paper whose styles speak ``language`` (the text's)."""
    from docx import Document  # deferred: heavy (docx)
    from docx.shared import Pt  # deferred: heavy (docx)

    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    wordfile.set_up(document, language, MARGINS_CM)
    return document


def _label(paragraph: Any, language: str) -> Any:
    """A heading or label in the reader's language, marked so where the text's differs."""
    return wordfile.mark(paragraph, i18n.current_language(), language)


def _properties(document: Any, title: str, project: str, subject: str,
                language: str) -> None:
    wordfile.properties(document, title=title, author=project, subject=subject,
                        comments=translate("Reports", "Made with Veldwerk on {date}.").format(
                            date=words.date_text(date.today())), language=language)


def _saved(document: Any) -> bytes:
    return wordfile.saved(document)


def _facts_table(document: Any, rows: list[tuple[str, str]], language: str) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, str(value)
        cells[0].paragraphs[0].runs[0].bold = True
        _label(cells[0].paragraphs[0], language)
    wordfile.set_widths(table, [4.5, ROOM_CM - 4.5])


def _interview_body(document: Any, facts: InterviewFacts, level: int) -> Any:
    """The interview as a chapter; returns its heading."""
    language = facts.language
    heading = document.add_heading(facts.title, level=level) if facts.title else _label(
        document.add_heading(translate("Reports", "(no title)"), level=level), language)
    _facts_table(document, facts.facts, language)
    if facts.summary:
        _label(document.add_heading(translate("Reports", "Summary"), level=level + 1),
               language)
        document.add_paragraph(facts.summary)
    for topic in facts.topics:
        document.add_heading(topic.title, level=level + 1)
        if topic.question:
            document.add_paragraph().add_run(topic.question).italic = True
        document.add_paragraph(topic.note or "—")
    if facts.free:
        _label(document.add_heading(translate("Reports", "Free notes"), level=level + 1),
               language)
        document.add_paragraph(facts.free)
    if facts.takes:
        heading_text = (translate("Reports", "Moments in the recordings")
                        if any(take.moments for take in facts.takes)
                        else translate("Reports", "Recordings"))
        _label(document.add_heading(heading_text, level=level + 1), language)
        for take in facts.takes:
            _label(document.add_paragraph(translate("Reports", "{title} ({length})").format(
                title=take.title, length=clock(take.duration_ms)), style="List Bullet"),
                language)
            for ms, label, topic in take.moments:
                line = f"{clock(ms)}  {label or translate('Reports', 'Moment')}"
                document.add_paragraph(f"{line}  ({topic})" if topic else line,
                                       style="List Bullet 2")
    if facts.transcripts:
        _transcripts(document, facts, level + 1)
    if facts.consent:
        _label(document.add_heading(translate("Reports", "Consent"), level=level + 1),
               language)
        for code, said in facts.consent:
            _label(document.add_paragraph(f"{code}: {said}", style="List Bullet"), language)
    return heading


def _transcripts(document: Any, facts: InterviewFacts, level: int) -> None:
    """Each recording's transcript: a paragraph per segment, its time and speaker first."""
    _label(document.add_heading(translate("Reports", "Transcript"), level=level),
           facts.language)
    for spoken in facts.transcripts:
        _label(document.add_heading(spoken.title, level=level + 1), facts.language)
        for stamp, speaker, said in spoken.lines:
            paragraph = document.add_paragraph()
            paragraph.add_run(stamp + " ")
            if speaker:
                paragraph.add_run(speaker + ": ").bold = True
            paragraph.add_run(said)


def interview(facts: InterviewFacts, project: str) -> bytes:
    """One interview's document (its text as XML holds it: ``xmltext``)."""
    facts, project = xmltext.cleaned(facts), xmltext.clean(project, one_line=True)
    document = _document(facts.language)
    _properties(document, facts.title or translate("Reports", "(no title)"), project,
                translate("Reports", "Interview in {project}").format(project=project),
                facts.language)
    document.add_paragraph(project).runs[0].italic = True
    _interview_body(document, facts, 1)
    return _saved(document)


def report(model: ProjectReport, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None) -> bytes:
    """The project report: figures, charts, then every interview as a chapter (its text
    as XML holds it: ``xmltext``)."""
    model = xmltext.cleaned(model)
    from docx.shared import Cm, Pt  # deferred: heavy (python-docx)

    language = model.language
    document = _document(language)
    _properties(document, model.title, model.title,
                translate("Reports", "Project report"), language)
    document.add_heading(model.title, level=0)
    _label(document.add_paragraph(model.made), language)
    if model.description:
        document.add_paragraph(model.description)
    _label(document.add_heading(translate("Reports", "In figures"), level=1), language)
    _facts_table(document, model.figures, language)
    if model.crosstab is not None:
        _crosstab(document, model.crosstab, language)
    for picture in model.charts:
        shape = document.add_picture(io.BytesIO(picture.png), width=Cm(15))
        wordfile.describe(shape, picture.title, picture.description)
        placed = document.paragraphs[-1].paragraph_format
        placed.keep_with_next = True  # with its caption
        placed.space_before = Pt(12)  # clear of the table above: its border stays seen
        _label(document.add_paragraph(picture.title, style="Caption"), language)
    if model.no_charts:
        _label(document.add_paragraph(model.no_charts), language)
    wordfile.chapter(_label(document.add_heading(translate("Reports", "Interviews"), level=1),
                            language))
    for number, facts in enumerate(model.interviews):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(number, len(model.interviews))
        heading = _interview_body(document, facts, 2)
        if number:
            wordfile.chapter(heading)
    if model.left_out:
        wordfile.chapter(_label(document.add_heading(
            translate("Reports", "Not in this report"), level=1), language))
        _label(document.add_paragraph(translate("Reports", "Left out because consent does "
                                                "not allow it:")), language)
        for item in model.left_out:
            document.add_paragraph(f"{item.name}: {item.reason}", style="List Bullet")
    return _saved(document)


def _crosstab(document: Any, table_: Crosstab, language: str) -> None:
    _label(document.add_heading(translate("Reports", "Interviews per neighbourhood and phase"),
                                level=2), language)
    table = document.add_table(rows=1, cols=len(table_.phases) + 2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = translate("Reports", "Neighbourhood")
    for column, phase in enumerate(table_.phases, start=1):
        head[column].text = phase
    head[-1].text = translate("Reports", "Total")
    for cell in (head[0], head[-1]):
        _label(cell.paragraphs[0], language)
    for hood in table_.hoods:
        cells = table.add_row().cells
        cells[0].text = hood
        for column, phase in enumerate(table_.phases, start=1):
            cells[column].text = str(table_.count(hood, phase))
        cells[-1].text = str(table_.total(hood))
    wordfile.set_widths(table, wordfile.fitted_widths(
        [[cell.text for cell in row.cells] for row in table.rows], ROOM_CM))
