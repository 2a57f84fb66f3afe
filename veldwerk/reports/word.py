"""The DOCX renderer (python-docx): a document per interview and the project report, made
from ``reports/report.py``'s dataclasses. Nothing here reads the database; another
format is a module like this one and a row in ``documents.RENDERERS``."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from veldwerk.errors import Cancelled
from veldwerk.i18n import translate
from veldwerk.reports.report import Crosstab, InterviewFacts, ProjectReport, clock

Progress = Callable[[int, int], None]


def _document() -> Any:
    from docx import Document  # deferred: heavy (docx)
    from docx.shared import Cm, Pt  # deferred: heavy (docx)

    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    for section in document.sections:
        section.top_margin = section.bottom_margin = Cm(2.0)
        section.left_margin = section.right_margin = Cm(2.2)
    return document


def _saved(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


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


def interview(facts: InterviewFacts, project: str) -> bytes:
    """One interview's document."""
    document = _document()
    document.core_properties.title = facts.title
    document.add_paragraph(project).runs[0].italic = True
    _interview_body(document, facts, 1)
    return _saved(document)


def report(model: ProjectReport, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None) -> bytes:
    """The project report: figures, charts, then every interview as a chapter."""
    from docx.enum.text import WD_BREAK  # deferred: heavy (python-docx)
    from docx.shared import Cm  # deferred: heavy (python-docx)

    document = _document()
    document.core_properties.title = model.title
    document.add_heading(model.title, level=0)
    document.add_paragraph(model.made)
    if model.description:
        document.add_paragraph(model.description)
    document.add_heading(translate("Reports", "In figures"), level=1)
    _facts_table(document, model.figures)
    if model.crosstab is not None:
        _crosstab(document, model.crosstab)
    for picture in model.charts:
        document.add_picture(io.BytesIO(picture), width=Cm(15))
    if model.no_charts:
        document.add_paragraph(model.no_charts)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading(translate("Reports", "Interviews"), level=1)
    for number, facts in enumerate(model.interviews):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(number, len(model.interviews))
        if number:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _interview_body(document, facts, 2)
    if model.left_out:
        document.add_heading(translate("Reports", "Not in this report"), level=1)
        document.add_paragraph(translate("Reports", "Left out because consent does not "
                                         "allow it:"))
        for item in model.left_out:
            document.add_paragraph(f"{item.name}: {item.reason}", style="List Bullet")
    return _saved(document)


def _crosstab(document: Any, table_: Crosstab) -> None:
    document.add_heading(translate("Reports", "Interviews per neighbourhood and phase"),
                         level=2)
    table = document.add_table(rows=1, cols=len(table_.phases) + 2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = translate("Reports", "Neighbourhood")
    for column, phase in enumerate(table_.phases, start=1):
        head[column].text = phase
    head[-1].text = translate("Reports", "Total")
    for hood in table_.hoods:
        cells = table.add_row().cells
        cells[0].text = hood
        for column, phase in enumerate(table_.phases, start=1):
            cells[column].text = str(table_.count(hood, phase))
        cells[-1].text = str(table_.total(hood))
