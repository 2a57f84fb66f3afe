"""The signed form as a document: DOCX with python-docx (a PDF copy: ``veldwerk.office``).

The document's labels follow the form's language, not the app's: a Dutch form is a Dutch
document whoever prints it."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from veldwerk import wordfile, xmltext
from veldwerk.consent import templates
from veldwerk.domain import (
    ConsentEvidence,
    ConsentMethod,
    ConsentRecord,
    ConsentTemplate,
    Participant,
    ParticipantIdentity,
    Project,
    TeamMember,
)
from veldwerk.errors import ConsentError, NotFound
from veldwerk.i18n import translate
from veldwerk.mediastore import store_bytes

LABELS = {
    "nl": {"code": "Deelnemerscode", "project": "Onderzoek", "form": "Formulier",
           "version": "versie", "date": "Datum", "interviewer": "Interviewer",
           "choices": "Uw keuzes", "yes": "Ja", "no": "Nee",
           "identifying": "Persoonsgegevens (wordt apart bewaard)", "name": "Naam",
           "signature": "Handtekening", "verbal": "Mondelinge toestemming, opgenomen "
           "({seconds} s, vingerafdruk {sha})", "hash": "Vingerafdruk van de formuliertekst",
           "copy": "Exemplaar voor de deelnemer en voor het onderzoek.",
           "paper": "Toestemming gegeven op een papieren formulier; het getekende formulier "
           "wordt bij het onderzoek bewaard.", "scan": "Scan of foto van het getekende "
           "formulier", "scan_pdf": "Scan van het getekende formulier bewaard als PDF "
           "(vingerafdruk {sha})", "subject": "Toestemming voor het onderzoek {project}",
           "comments": "Toestemming van {code}, gegeven op {date}."},
    "en": {"code": "Participant code", "project": "Research", "form": "Form",
           "version": "version", "date": "Date", "interviewer": "Interviewer",
           "choices": "Your choices", "yes": "Yes", "no": "No",
           "identifying": "Identifying details (kept separately)", "name": "Name",
           "signature": "Signature", "verbal": "Spoken consent, recorded "
           "({seconds} s, fingerprint {sha})", "hash": "Fingerprint of the form's text",
           "copy": "Copy for the participant and for the research.",
           "paper": "Consent given on a paper form; the signed form is kept by the research "
           "team.", "scan": "Scan or photo of the signed form", "scan_pdf": "Scan of the "
           "signed form kept as a PDF (fingerprint {sha})", "subject": "Consent for the research "
           "{project}", "comments": "Consent of {code}, given on {date}."},
}


@dataclass
class FormFacts:
    """Everything the document shows, read in one go so rendering needs no database."""

    project: str
    template: ConsentTemplate
    record: ConsentRecord
    code: str
    name: str
    interviewer: str
    evidence: ConsentEvidence | None
    evidence_bytes: bytes


def facts(session: Session, media: Path, record_id: str) -> FormFacts:
    record = session.get(ConsentRecord, record_id)
    if record is None:
        raise NotFound(translate("Consent", "There is no consent record {id}.").format(
            id=record_id))
    template = session.get(ConsentTemplate, record.template_id)
    participant = session.get(Participant, record.participant_id)
    assert template is not None and participant is not None
    project = session.get(Project, template.project_id)
    identity = session.exec(select(ParticipantIdentity).where(
        ParticipantIdentity.participant_id == participant.id)).first()
    member = session.get(TeamMember, record.interviewer_id) if record.interviewer_id else None
    evidence = session.get(ConsentEvidence, record.evidence_id) if record.evidence_id else None
    data = b""
    if evidence is not None and (evidence.method == ConsentMethod.SIGNATURE.value or (
            evidence.method == ConsentMethod.PAPER.value
            and not evidence.media_name.endswith(".pdf"))):
        path = media / evidence.media_name
        if not path.is_file():
            raise ConsentError(translate(
                "Consent", "The signature or scan of {code} is missing from the project "
                "folder ({name}).").format(code=participant.code, name=evidence.media_name),
                hint=translate("Consent", "Run 'veldwerk audio check' and restore the folder "
                               "from a backup, or take the consent again."))
        data = path.read_bytes()
    return FormFacts(project=project.name if project else "", template=template,
                     record=record, code=participant.code,
                     name=identity.name if identity is not None else "",
                     interviewer=member.name if member else "", evidence=evidence,
                     evidence_bytes=data)


def form_time(moment: datetime) -> str:
    """A moment as the consent form shows it: day first, in the computer's local time as
    the commands and the app show it (``words.datetime_text``); a naive one is UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def docx_bytes(form: FormFacts) -> bytes:
    from docx import Document  # deferred: start-up
    from docx.shared import Cm, Pt  # deferred: start-up

    template, record = form.template, form.record
    line, text = (lambda value: xmltext.clean(value, one_line=True)), xmltext.clean
    words = LABELS.get(template.language, LABELS["en"])
    document = Document()
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    # One language throughout: the form's text and its labels are both in it.
    wordfile.set_up(document, template.language, (1.8, 2.0))
    wordfile.properties(
        document, title=template.title, author=form.project,
        subject=words["subject"].format(project=form.project),
        comments=words["comments"].format(code=form.code, date=form_time(record.given_at)),
        language=template.language)
    document.add_heading(line(template.title), level=1)
    facts_table = document.add_table(rows=0, cols=2)
    facts_table.style = "Table Grid"
    for label, value in (
            (words["project"], form.project),
            (words["code"], form.code),
            (words["form"], f"{template.title}, {words['version']} {template.version}"),
            (words["date"], form_time(record.given_at)),
            (words["interviewer"], form.interviewer or "–")):
        cells = facts_table.add_row().cells
        cells[0].text, cells[1].text = label, line(value)
    retention = template.retention_date.strftime("%d-%m-%Y") if template.retention_date else ""
    for part in json.loads(template.sections):
        document.add_heading(line(part["heading"]), level=3)
        document.add_paragraph(text(templates.shown_text(part["text"], template, retention)))
    document.add_heading(words["choices"], level=2)
    answers = json.loads(record.scopes)
    choices = document.add_table(rows=0, cols=2)
    choices.style = "Table Grid"
    for scope in json.loads(template.scopes):
        cells = choices.add_row().cells
        cells[0].text = text(scope["label"])
        agreed = answers.get(scope["key"])
        yes, no = ("☒", "☐") if agreed else ("☐", "☒")
        cells[1].text = f"{yes} {words['yes']}   {no} {words['no']}"
    wordfile.set_widths(facts_table, [4.5, 12.5])
    wordfile.set_widths(choices, [13.0, 4.0])
    hash_line = document.add_paragraph(f"{words['hash']}: {record.template_hash}")
    hash_line.runs[0].font.size = Pt(8)
    document.add_heading(words["identifying"], level=2)
    document.add_paragraph(f"{words['name']}: {line(form.name) or '________________________'}")
    evidence = form.evidence
    if record.method == ConsentMethod.PAPER.value:
        document.add_paragraph(words["paper"])
        if evidence is not None and evidence.media_name.endswith(".pdf"):
            document.add_paragraph(words["scan_pdf"].format(sha=evidence.sha256[:16]))
        elif form.evidence_bytes:
            document.add_paragraph(f"{words['scan']}:")
            document.add_picture(io.BytesIO(form.evidence_bytes), width=Cm(12))
    elif evidence is not None and evidence.method == ConsentMethod.VERBAL.value:
        document.add_paragraph(words["verbal"].format(
            seconds=round(evidence.duration_ms / 1000), sha=evidence.sha256[:16]))
    else:
        document.add_paragraph(f"{words['signature']}:")
        if form.evidence_bytes:
            document.add_picture(io.BytesIO(form.evidence_bytes), width=Cm(7.5))
    document.add_paragraph(words["copy"]).runs[0].font.size = Pt(8)
    return wordfile.saved(document)


def make_document(session: Session, media: Path, record_id: str) -> str:
    """Write the DOCX as a media file and remember it on the record; returns its name."""
    form = facts(session, media, record_id)
    name, digest = store_bytes(media, docx_bytes(form), "docx")
    form.record.document_name, form.record.document_sha256 = name, digest
    session.add(form.record)
    return name
