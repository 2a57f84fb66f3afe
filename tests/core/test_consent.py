"""Consent: versioned templates with a hash, records that need every answer and a
signature, the recording gate, the DOCX (and PDF), and the headless commands."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from tests.components import missing
from tests.conftest import SIGNATURE, consent_list, consent_to_audio, veldwerk_command
from veldwerk import interviews, office, participants
from veldwerk.audio.recorder import Recorder
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.consent import documents, records, templates
from veldwerk.domain import ConsentRecord, InterviewKind, Project
from veldwerk.errors import ConsentMissing, ValidationError
from veldwerk.store.project import OpenProject


@pytest.fixture
def form(project: OpenProject, entry) -> str:
    def work(session):  # type: ignore[no-untyped-def]
        row = session.get(Project, entry.id)
        row.retention_date = date(2029, 6, 30)
        session.add(row)
        session.flush()
        return next(t.id for t in templates.ensure_defaults(session, entry.id)
                if t.language == "nl")
    return project.run(work)


def _person(project: OpenProject, entry, name: str = "Els de Vries") -> str:
    return project.run(lambda s: participants.save(
        s, entry.id, participants.next_code(s, None), None, "", "",
        participants.Identity(name=name)).id)


def test_a_form_without_required_elements_cannot_be_saved(project: OpenProject, entry,
                                                          form: str) -> None:
    draft = templates.default_draft("nl", date(2029, 6, 30))
    draft.sections = [s for s in draft.sections if s.key not in ("dpo", "withdraw")]
    with pytest.raises(ValidationError, match=r"data protection officer.*how to withdraw"):
        project.run(lambda s: templates.save(s, entry.id, draft))
    draft = templates.default_draft("en", None)
    with pytest.raises(ValidationError, match="kept"):
        templates.validate(draft)
    draft = templates.default_draft("en", date(2029, 1, 1))
    draft.scopes = [s for s in draft.scopes if s.key != "audio"]
    with pytest.raises(ValidationError, match="recorded"):
        templates.validate(draft)


def test_a_signed_form_is_never_changed_a_new_version_is_made(project: OpenProject, entry,
                                                              form: str) -> None:
    person = _person(project, entry)
    with project.session() as s:
        original = s.get(records.ConsentTemplate, form)
        first_hash = original.content_hash
    assert templates.verify(original)
    draft = templates.draft_of(original)
    draft.title = "Toestemming (aangepast)"
    same = project.run(lambda s: templates.save(s, entry.id, draft, form))
    assert same.id == form  # nobody signed yet: edited in place
    record = project.run(lambda s: records.take(s, project.media, records.ConsentDraft(
        person, form, {k: True for k in templates.SCOPES}, strokes=SIGNATURE)))
    draft.title = "Toestemming (versie 2)"
    newer = project.run(lambda s: templates.save(s, entry.id, draft, form))
    assert newer.id != form and newer.version == 2 and newer.lineage_id == same.lineage_id
    with project.session() as s:
        kept = s.get(records.ConsentTemplate, form)
        assert kept.title == "Toestemming (aangepast)" and kept.content_hash != first_hash
        assert s.get(ConsentRecord, record.id).template_hash == kept.content_hash
        assert templates.current(s, entry.id, "nl").id == newer.id


def test_consent_needs_every_answer_and_a_real_signature(project: OpenProject, entry,
                                                         form: str) -> None:
    person = _person(project, entry)
    answers: dict[str, bool | None] = {k: True for k in templates.SCOPES}
    answers["archive"] = None
    with pytest.raises(ValidationError, match=r"Answer yes or no to: .*bewaard"):
        project.run(lambda s: records.take(s, project.media, records.ConsentDraft(
            person, form, answers, strokes=SIGNATURE)))
    answers["archive"] = False
    for strokes in ([], [[(0.5, 0.5)]], [[(0.5, 0.5), (0.52, 0.5)]]):
        with pytest.raises(ValidationError, match="signature is still empty"):
            project.run(lambda s, strokes=strokes: records.take(
                s, project.media, records.ConsentDraft(person, form, answers, strokes=strokes)))
    with pytest.raises(ValidationError, match="saying yes"):
        project.run(lambda s: records.take(s, project.media, records.ConsentDraft(
            person, form, answers, method="verbal")))
    with project.session() as s:
        assert s.exec(records.select(ConsentRecord)).all() == []
    record = project.run(lambda s: records.take(s, project.media, records.ConsentDraft(
        person, form, answers, strokes=SIGNATURE)))
    with project.session() as s:
        assert records.scopes_of(records.latest(s, person))["archive"] is False
        evidence = s.get(records.ConsentEvidence, record.evidence_id)
    png = project.media / evidence.media_name
    assert png.read_bytes().startswith(b"\x89PNG")


def test_recording_is_gated_on_audio_consent(project: OpenProject, entry, form: str) -> None:
    person = _person(project, entry)
    interview_id = project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        participant_ids=[person])).id)
    with pytest.raises(ConsentMissing, match="No consent yet from"):
        Recorder(project, interview_id, PcmFormat()).start()
    consent_to_audio(project, interview_id, audio=False)
    with pytest.raises(ConsentMissing, match="did not agree to a recording"):
        Recorder(project, interview_id, PcmFormat()).start()
    consent_to_audio(project, interview_id)  # changed their mind: the newest counts
    taking = Recorder(project, interview_id, PcmFormat())
    taking.start()
    taking.write(b"\0\0" * 1600)
    assert taking.stop().duration_ms == 100

    observation = project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        kind=InterviewKind.OBSERVATION.value)).id)
    Recorder(project, observation, PcmFormat()).start()  # observations need none

    other = _person(project, entry, "Piet")
    group = project.run(lambda s: interviews.save(s, entry.id, interviews.InterviewDraft(
        kind=InterviewKind.FOCUS_GROUP.value, participant_ids=[person, other])).id)
    with pytest.raises(ConsentMissing) as refused:
        Recorder(project, group, PcmFormat()).start()
    assert len(refused.value.codes) == 1  # only the one who has not agreed yet


def test_the_document_holds_the_form_the_choices_and_the_signature(
        project: OpenProject, entry, form: str, tmp_path: Path) -> None:
    person = _person(project, entry)
    answers = {k: True for k in templates.SCOPES} | {"quotes": False}
    record = project.run(lambda s: records.take(s, project.media, records.ConsentDraft(
        person, form, answers, strokes=SIGNATURE)))
    name = project.run(lambda s: documents.make_document(s, project.media, record.id))
    document = Document(io.BytesIO((project.media / name).read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Toestemming voor meedoen aan het onderzoek" in text
    assert "30-06-2029" in text  # the retention date filled in
    assert record.template_hash in text
    assert "Naam: Els de Vries" in text
    quotes = cells.index(next(c for c in cells if c.startswith("Letterlijke uitspraken")))
    assert cells[quotes + 1] == "☐ Ja   ☒ Nee"
    assert cells[cells.index("Het gesprek mag worden opgenomen (alleen geluid).") + 1] \
        == "☒ Ja   ☐ Nee"
    assert len(document.inline_shapes) == 1  # the signature image
    with project.session() as s:
        assert s.get(ConsentRecord, record.id).document_name == name

    if office.libreoffice() is None or shutil.which("pdftoppm") is None:
        missing("LibreOffice and poppler-utils", "soffice or pdftoppm not found (Debian: "
                "libreoffice-writer-nogui poppler-utils)")
    docx = tmp_path / "form.docx"
    docx.write_bytes((project.media / name).read_bytes())
    pdf = office.to_pdf(docx, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.splitlines()
                     if line.startswith("Pages:")))
    assert 1 <= pages <= 2
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_pdf_without_libreoffice_says_so_and_keeps_the_docx(tmp_path: Path,
                                                            monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    docx = tmp_path / "form.docx"
    docx.write_bytes(b"PK")
    with pytest.raises(office.OfficeError, match="LibreOffice is not installed"):
        office.to_pdf(docx, tmp_path)
    assert docx.exists()


def test_headless_commands_list_export_and_refuse_recording(tmp_path: Path) -> None:
    from tests.conftest import demo_interview
    from tests.core.test_import import voice_like

    data = tmp_path / "data"
    demo_interview(data)
    listed = consent_list(data)
    assert len(listed) == 14
    by_code = {line["code"]: line for line in listed}
    methods = {line["method"] for line in listed}
    assert methods == {"signature", "verbal", None}
    refused = next(line for line in listed if line["scopes"].get("audio") is False)
    assert refused["consent_id"] and refused["template_version"] == 1
    assert sum(line["withdrawn"] == "stop_use" for line in listed) == 1

    # the demo interview of someone without consent refuses a recording, with the reason
    from veldwerk import projects
    from veldwerk.domain import Interview, InterviewParticipant, Participant
    from veldwerk.paths import device

    waiting = next(code for code, line in by_code.items() if line["consent_id"] is None)
    entry = projects.list_projects(data)[0]
    with projects.open_project(entry.folder, device(data)) as project, project.session() as s:
        interview_id = s.exec(records.select(Interview.id).join(
            InterviewParticipant, InterviewParticipant.interview_id == Interview.id).join(
            Participant, Participant.id == InterviewParticipant.participant_id).where(
            Participant.code == waiting)).first()
    voice_like(tmp_path / "speech.wav", 1.0)
    done = veldwerk_command(data, "record", interview_id, "--input", str(tmp_path / "speech.wav"))
    assert done.returncode == 2
    assert f"No consent yet from {waiting}" in done.stderr

    exported = veldwerk_command(data, "consent", "export", "--out", str(tmp_path / "forms"))
    assert exported.returncode == 0, exported.stderr
    files = sorted((tmp_path / "forms").glob("*.docx"))
    assert len(files) == 12
    verbal = next(code for code, line in by_code.items() if line["method"] == "verbal")
    spoken = Document(str(next(f for f in files if f.name.startswith(verbal))))
    assert any("Mondelinge toestemming" in p.text for p in spoken.paragraphs)
    assert len(spoken.inline_shapes) == 0
