"""Participants: pseudonymous codes, with identifying details kept in their own table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, select

from veldwerk.domain import Neighbourhood, Participant, ParticipantIdentity
from veldwerk.domain.kinds import AGE_BANDS
from veldwerk.errors import ValidationError
from veldwerk.i18n import translate
from veldwerk.store import meta


@dataclass
class Identity:
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""

    def is_empty(self) -> bool:
        return not any((self.name, self.phone, self.email, self.address))


# What the participants' overview reads (people, their places, consent and withdrawals).
READS = frozenset({"participant", "participant_identity", "neighbourhood", "consent_record",
                   "withdrawal"})


def get(session: Session, participant_id: str) -> Participant | None:
    """The participant, or None once they are gone."""
    return session.get(Participant, participant_id)


def active(session: Session) -> list[Participant]:
    return list(session.exec(select(Participant).where(Participant.deleted_at.is_(None))  # type: ignore[union-attr]
                             .order_by(Participant.code)))


@dataclass(frozen=True)
class CodeBlock:
    """The numbers this laptop hands out in a shared project (from its project file), so
    two laptops never both make ELS-006; a project of one's own has none."""

    low: int
    high: int

    @classmethod
    def parse(cls, value: str | None) -> CodeBlock | None:
        if not value:
            return None
        low, _, high = value.partition("-")
        return cls(int(low), int(high))

    def __str__(self) -> str:
        return f"{self.low}-{self.high}"


BLOCK_KEY = "code_block"


def code_block(session: Session) -> CodeBlock | None:
    return CodeBlock.parse(meta.get(session, BLOCK_KEY))


def next_code(session: Session, neighbourhood_id: str | None) -> str:
    """Neighbourhood prefix plus the next free number, e.g. ELS-014 (inside this laptop's
    block, e.g. ELS-301, when the project is shared)."""
    prefix = "P"
    if neighbourhood_id:
        hood = session.get(Neighbourhood, neighbourhood_id)
        if hood is not None:
            prefix = hood.code_prefix
    block = code_block(session)
    low, high = (block.low, block.high) if block else (1, 99999)
    pattern = re.compile(rf"^{re.escape(prefix)}-(\d+)$")
    highest = low - 1
    for code in session.exec(select(Participant.code).where(
            Participant.code.startswith(f"{prefix}-"))):  # type: ignore[attr-defined]
        match = pattern.match(code)
        if match and low <= int(match.group(1)) <= high:
            highest = max(highest, int(match.group(1)))
    if highest >= high:
        raise ValidationError("code", translate(
            "Participants", "This laptop has used all its numbers ({block}) for {prefix}. Ask "
            "the coordinator for a new project file with a new block.").format(
                block=str(block), prefix=prefix))
    return f"{prefix}-{highest + 1:03d}"


def validate_code(session: Session, code: str, except_id: str | None = None) -> str:
    cleaned = code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,8}-\d{1,5}", cleaned):
        raise ValidationError("code", translate(
            "Participants", "A code looks like ELS-014: letters, a dash, a number."))
    clash = session.exec(select(Participant).where(Participant.code == cleaned)).first()
    if clash is not None and clash.id != except_id:
        raise ValidationError("code", translate(
            "Participants", "The code {code} is already taken.").format(code=cleaned))
    block = code_block(session)
    unchanged = except_id is not None and clash is not None
    if block and not unchanged and not block.low <= int(cleaned.rsplit("-", 1)[1]) <= block.high:
        raise ValidationError("code", translate(
            "Participants", "In this project this laptop gives out the numbers {low} to "
            "{high}, so no other laptop can give out the same code. Choose a number in "
            "that range.").format(low=block.low, high=block.high))
    return cleaned


def save(session: Session, project_id: str, code: str, neighbourhood_id: str | None,
         age_band: str, note: str, identity: Identity, participant_id: str | None = None
         ) -> Participant:
    cleaned = validate_code(session, code, participant_id)
    if age_band not in AGE_BANDS:
        age_band = ""
    if participant_id is None:
        participant = Participant(project_id=project_id, code=cleaned)
        session.add(participant)
    else:
        found = session.get(Participant, participant_id)
        assert found is not None
        participant = found
        participant.code = cleaned
    participant.neighbourhood_id = neighbourhood_id
    participant.age_band = age_band
    participant.note = note
    _save_identity(session, participant.id, identity)
    return participant


def identity_of(session: Session, participant_id: str) -> Identity:
    row = session.exec(select(ParticipantIdentity).where(
        ParticipantIdentity.participant_id == participant_id)).first()
    if row is None:
        return Identity()
    return Identity(row.name, row.phone, row.email, row.address)


def _save_identity(session: Session, participant_id: str, identity: Identity) -> None:
    row = session.exec(select(ParticipantIdentity).where(
        ParticipantIdentity.participant_id == participant_id)).first()
    if row is None:
        if identity.is_empty():
            return
        row = ParticipantIdentity(participant_id=participant_id)
        session.add(row)
    row.name, row.phone = identity.name.strip(), identity.phone.strip()
    row.email, row.address = identity.email.strip(), identity.address.strip()


def first(session: Session) -> Participant | None:
    """The participant whose code sorts first (what a screenshot shows)."""
    return session.exec(select(Participant).order_by(Participant.code)).first()


@dataclass(frozen=True)
class Teller:
    """Someone who can tell a story: code, and the name kept on this laptop (if any)."""

    id: str
    code: str
    name: str


def for_story(session: Session) -> list[Teller]:
    """Active participants who did not withdraw, with their locally kept names: a
    co-researcher knows people by name, not by code."""
    from veldwerk.domain import Withdrawal  # deferred: heavy (the models)

    withdrawn = set(session.exec(select(Withdrawal.participant_id)))
    names = dict(session.exec(select(ParticipantIdentity.participant_id,
                                     ParticipantIdentity.name)).all())
    return [Teller(p.id, p.code, names.get(p.id, "")) for p in active(session)
            if p.id not in withdrawn]
