"""Taking consent and asking whether it covers something: the records and the gates."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from veldwerk.consent import signature, templates
from veldwerk.consent.signature import Stroke
from veldwerk.domain import (
    ConsentEvidence,
    ConsentMethod,
    ConsentRecord,
    ConsentTemplate,
    Interview,
    InterviewParticipant,
    Participant,
    Withdrawal,
)
from veldwerk.domain.kinds import RULES
from veldwerk.errors import ConsentMissing, NotFound, ValidationError
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.mediastore import store_bytes

# Less ink than a fifth of the pad's width is a dot or a slip, not a signature.
MIN_INK = 0.2


@dataclass
class ConsentDraft:
    """What the consent screen collected: the signature's strokes, or a finished
    spoken-consent recording already stored as media (its name and SHA-256)."""

    participant_id: str
    template_id: str
    answers: dict[str, bool | None] = field(default_factory=dict)
    method: str = ConsentMethod.SIGNATURE.value
    evidence_name: str = ""
    evidence_sha256: str = ""
    evidence_duration_ms: int = 0
    strokes: list[Stroke] = field(default_factory=list)
    interviewer_id: str | None = None
    given_at: datetime | None = None
    scan: Path | None = None  # paper consent: a photo or scan of the signed sheet


# A photo or scan of a paper form: what it may be, by its first bytes.
SCAN_TYPES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg", b"%PDF-": "pdf"}
SCAN_LIMIT = 25 * 1024 * 1024


def validate(session: Session, draft: ConsentDraft) -> ConsentTemplate:
    """Every scope answered, and a signature or spoken yes: otherwise say what is missing."""
    template = session.get(ConsentTemplate, draft.template_id)
    if template is None:
        raise NotFound(translate("Consent", "The consent form {id} no longer exists.").format(
            id=draft.template_id))
    if not templates.verify(template):
        raise ValidationError("template", translate(
            "Consent", "The consent form {title} (version {version}) was changed outside "
            "Veldwerk and cannot be used. Ask your coordinator for a new version.").format(
                title=template.title, version=template.version))
    if draft.method == ConsentMethod.PAPER.value:
        _validate_paper(draft)  # the form's facts first, as the dialog shows them
    for scope in json.loads(template.scopes):
        if draft.answers.get(scope["key"]) is None:
            raise ValidationError(f"scope:{scope['key']}", translate(
                "Consent", "Answer yes or no to: {label}").format(label=scope["label"]))
    if draft.method == ConsentMethod.SIGNATURE.value:
        if signature.ink_length(draft.strokes) < MIN_INK:
            raise ValidationError("signature", translate(
                "Consent", "The signature is still empty. Ask the participant to sign."))
    elif draft.method == ConsentMethod.VERBAL.value:
        if not draft.evidence_name or draft.evidence_duration_ms < 1000:
            raise ValidationError("verbal", translate(
                "Consent", "Record the participant saying yes (at least one second)."))
    elif draft.method != ConsentMethod.PAPER.value:
        raise ValidationError("method", translate(
            "Consent", "Choose a signature or spoken consent."))
    return template


def _validate_paper(draft: ConsentDraft) -> None:
    """Paper consent: when, who took it, and (optionally) a readable photo or scan."""
    if draft.given_at is None:
        raise ValidationError("given_at", translate(
            "Consent", "Give the date on the signed paper form."))
    if draft.given_at > utcnow():
        raise ValidationError("given_at", translate(
            "Consent", "The date on the paper form cannot be in the future."))
    if not draft.interviewer_id:
        raise ValidationError("interviewer", translate(
            "Consent", "Say who took the consent on paper."))
    if draft.scan is not None:
        scan_type(draft.scan)


def scan_type(path: Path) -> str:
    """The extension a photo or scan of a paper form is kept under; refuses anything else."""
    if not path.is_file():
        raise ValidationError("scan", translate("Consent", "The file {path} does not exist.")
                              .format(path=path))
    if path.stat().st_size > SCAN_LIMIT:
        raise ValidationError("scan", translate(
            "Consent", "{name} is larger than 25 MB; scan or photograph the form at a lower "
            "resolution.").format(name=path.name))
    with open(path, "rb") as handle:
        head = handle.read(8)
    for magic, ext in SCAN_TYPES.items():
        if head.startswith(magic):
            return ext
    raise ValidationError("scan", translate(
        "Consent", "{name} is not a photo or scan Veldwerk can keep: use JPEG, PNG or "
        "PDF.").format(name=path.name))


def take(session: Session, media: Path, draft: ConsentDraft) -> ConsentRecord:
    """Store the record and its evidence (the signature as a PNG media file, the spoken
    yes as a WAV, a paper form's photo or scan as it is; paper without one has none)."""
    template = validate(session, draft)
    if session.get(Participant, draft.participant_id) is None:
        raise NotFound(translate("Consent", "There is no participant {id}.").format(
            id=draft.participant_id))
    if draft.method == ConsentMethod.SIGNATURE.value:
        draft.evidence_name, draft.evidence_sha256 = store_bytes(
            media, signature.to_png(draft.strokes), "png")
    elif draft.method == ConsentMethod.PAPER.value and draft.scan is not None:
        draft.evidence_name, draft.evidence_sha256 = store_bytes(
            media, draft.scan.read_bytes(), scan_type(draft.scan))
    evidence = None
    if draft.evidence_name:
        evidence = ConsentEvidence(participant_id=draft.participant_id, method=draft.method,
                                   media_name=draft.evidence_name,
                                   sha256=draft.evidence_sha256,
                                   duration_ms=draft.evidence_duration_ms)
        session.add(evidence)
    scopes = {s["key"]: bool(draft.answers[s["key"]]) for s in json.loads(template.scopes)}
    record = ConsentRecord(participant_id=draft.participant_id, template_id=template.id,
                           template_hash=template.content_hash,
                           scopes=json.dumps(scopes, sort_keys=True), method=draft.method,
                           evidence_id=evidence.id if evidence else None,
                           given_at=draft.given_at or utcnow(),
                           interviewer_id=draft.interviewer_id)
    session.add(record)
    return record


def latest(session: Session, participant_id: str) -> ConsentRecord | None:
    """The newest consent counts: a participant may change their mind."""
    return session.exec(select(ConsentRecord).where(
        ConsentRecord.participant_id == participant_id)
        .order_by(col(ConsentRecord.given_at).desc(), col(ConsentRecord.id).desc())).first()


def scopes_of(record: ConsentRecord | None) -> dict[str, bool]:
    return {} if record is None else {k: bool(v) for k, v in json.loads(record.scopes).items()}


def stopped(session: Session, participant_id: str) -> bool:
    """Did this person withdraw? By id: codes can clash between laptops."""
    return session.exec(select(Withdrawal.id).where(
        Withdrawal.participant_id == participant_id)).first() is not None


@dataclass
class AudioGate:
    """Who in an interview keeps it from being recorded, and why (all empty: it may)."""

    without: list[str] = field(default_factory=list)  # codes: no consent record yet
    refused: list[str] = field(default_factory=list)  # said no to audio (or to a group)
    withdrawn: list[str] = field(default_factory=list)
    no_one: bool = False  # the interview has nobody in it yet
    to_ask: list[str] = field(default_factory=list)  # participant ids who may still agree
    paperless: list[str] = field(default_factory=list)  # ids without any consent record

    @property
    def codes(self) -> list[str]:
        return [""] if self.no_one else self.without + self.refused + self.withdrawn

    def reason(self) -> str:
        if self.no_one:
            return translate(
                "Consent", "Add who is interviewed first: recording needs their consent.")
        parts = []
        if self.without:
            parts.append(translate("Consent", "No consent yet from {codes}.").format(
                codes=", ".join(self.without)))
        if self.refused:
            parts.append(translate("Consent", "{codes} did not agree to a recording.")
                         .format(codes=", ".join(self.refused)))
        if self.withdrawn:
            parts.append(translate("Consent", "{codes} withdrew from the research.").format(
                codes=", ".join(self.withdrawn)))
        return " ".join(parts)


# What the audio gate reads: a write to one of these may open or close it.
AUDIO_GATE_READS = frozenset({"consent_record", "withdrawal", "interview",
                              "interview_participant"})


def audio_gate(session: Session, interview_id: str) -> AudioGate:
    """What the interview's kind asks (``RULES``) against what each participant agreed."""
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFound(translate("Audio", "There is no interview {id}.").format(
            id=interview_id))
    rules = RULES[interview.kind]
    gate = AudioGate()
    if not rules.needs_audio_consent:
        return gate
    people = list(session.exec(select(Participant).join(
        InterviewParticipant, col(InterviewParticipant.participant_id) == Participant.id)
        .where(InterviewParticipant.interview_id == interview_id)
        .order_by(Participant.code)))
    gate.no_one = not people
    for person in people:
        if stopped(session, person.id):
            gate.withdrawn.append(person.code)
            continue
        scopes = scopes_of(latest(session, person.id))
        if not scopes:
            gate.without.append(person.code)
            gate.paperless.append(person.id)
        elif not scopes.get("audio") or (rules.needs_group_consent
                                         and not scopes.get("group", False)):
            gate.refused.append(person.code)
        else:
            continue
        gate.to_ask.append(person.id)
    return gate


def signed_count(session: Session, template_id: str) -> int:
    """How many consents were given on this version of a form (then it may not change)."""
    return len(session.exec(select(ConsentRecord.id).where(
        ConsentRecord.template_id == template_id)).all())


def a_story_with_audio(session: Session) -> tuple[str, str, str] | None:
    """(interview, participant id, code) of a story whose teller agreed to audio: what the
    screenshots show of story mode without adding anything to the project."""
    rows = session.exec(select(Interview.id, Participant.id, Participant.code).join(
        InterviewParticipant, col(InterviewParticipant.interview_id) == Interview.id).join(
        Participant, col(Participant.id) == InterviewParticipant.participant_id).where(
        Interview.kind == "story").order_by(Participant.code)).all()
    for interview_id, participant_id, code in rows:
        if scopes_of(latest(session, participant_id)).get("audio") and not stopped(
                session, participant_id):
            return interview_id, participant_id, code
    return None


def missing_for_audio(session: Session, interview_id: str) -> tuple[list[str], str]:
    """Who in this interview has not agreed to be recorded, and why (empty: all agreed)."""
    gate = audio_gate(session, interview_id)
    return gate.codes, gate.reason()


def require_audio_consent(session: Session, interview_id: str) -> None:
    """The gate before any recording starts (app and headless recorder alike)."""
    gate = audio_gate(session, interview_id)
    if gate.codes:
        raise ConsentMissing(gate.codes, translate(
            "Consent", "Recording is not possible yet. {reason}").format(
                reason=gate.reason()), withdrawn=bool(gate.withdrawn) and not (
                    gate.without or gate.refused))
