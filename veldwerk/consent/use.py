"""What may go into an output: one decision, per participant and scope, for every export
and report (CSV, REFI-QDA, Word, the archive package).

A person's newest consent counts (``records.latest``); a withdrawal by their id (codes
clash across laptops, ids do not) takes them out of everything; past the project's
retention date only what they agreed to keep for archiving may still be used. A source
with several people (a focus group) is used only if every one of them allows the scope,
as retention does for archiving; a group conversation kept after someone in it was erased
(``withdrawal.kept_interviews``) is not used at all. Observations have nobody in them:
nothing to refuse.

Scopes: ``audio`` for recordings, ``quotes`` for what was said or written down (notes,
markers' labels, summaries), ``archive`` for the archive package. Everything is read in a
few queries up front, so an export of thousands of interviews asks in memory.
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlmodel import Session

from veldwerk.i18n import translate

AUDIO, QUOTES, ARCHIVE = "audio", "quotes", "archive"


@dataclass(frozen=True)
class LeftOut:
    """Something an output does not hold, and why (listed in every export)."""

    kind: str  # interview, recording, participant
    id: str
    name: str  # a title or a code, never a person's name
    reason: str
    # The reason without a code or title: what a package that leaves the team may count.
    cause: str = ""
    consent: bool = True  # False: left out for another cause (no Opus copy yet)


class Consents:
    """Everyone's standing, read once for an export."""

    def __init__(self, session: Session, today: date | None = None) -> None:
        self.codes: dict[str, str] = dict(session.execute(text(
            "SELECT id, code FROM participant")).all())
        self.scopes: dict[str, dict[str, bool]] = {}
        for person, scopes in session.execute(text(
                "SELECT participant_id, scopes FROM consent_record "
                "ORDER BY participant_id, given_at DESC, id DESC")):
            if person not in self.scopes:  # the newest one counts
                try:
                    self.scopes[person] = {k: bool(v) for k, v in json.loads(scopes).items()}
                except (TypeError, ValueError):
                    self.scopes[person] = {}
        self.withdrawn: dict[str, str] = {}
        self.lost: set[str] = set()  # group conversations kept after someone was erased
        for person, kind, kept in session.execute(text(
                "SELECT participant_id, kind, kept_interviews FROM withdrawal")):
            if person:
                self.withdrawn[person] = kind
            with contextlib.suppress(TypeError, ValueError):  # unreadable: none named
                self.lost.update(str(i) for i in json.loads(kept or "[]"))
        self.people: dict[str, list[str]] = defaultdict(list)
        for interview, person in session.execute(text(
                "SELECT interview_id, participant_id FROM interview_participant "
                "ORDER BY interview_id, participant_id")):
            self.people[interview].append(person)
        keep = session.execute(text("SELECT retention_date FROM project")).scalar()
        self.retention: date | None = (keep if isinstance(keep, date) or keep is None
                                       else date.fromisoformat(str(keep)[:10]))
        self.today = today or date.today()

    def _standing(self, person: str, scope: str) -> str:
        """The one decision: '' (it may be used), withdrawn, unconsented, refused or
        retention."""
        if person in self.withdrawn:
            return "withdrawn"
        scopes = self.scopes.get(person)
        if scopes is None:
            return "unconsented"
        if not scopes.get(scope):
            return "refused"
        if self.retention is not None and self.today > self.retention and not scopes.get(
                ARCHIVE):
            return "retention"
        return ""

    def refusal(self, person: str, scope: str) -> str:
        """Why ``person``'s data may not be used for ``scope`` ('' when it may)."""
        code = self.codes.get(person, person)
        standing = self._standing(person, scope)
        if standing == "withdrawn":
            return translate("Consent", "{code} withdrew from the research.").format(code=code)
        if standing == "unconsented":
            return translate("Consent", "{code} has not given consent yet.").format(code=code)
        if standing == "refused":
            return translate("Consent", "{code} did not agree to {scope}.").format(
                code=code, scope=scope_name(scope))
        if standing == "retention":
            return translate("Consent", "{code}: past the retention date ({date}) and not "
                             "agreed to archiving.").format(code=code,
                                                            date=str(self.retention))
        return ""

    def cause(self, person: str, scope: str) -> str:
        """``refusal`` without naming anyone: a package that leaves the team (the archive)
        counts what it left out by these."""
        standing = self._standing(person, scope)
        if standing == "withdrawn":
            return translate("Consent", "Withdrew from the research.")
        if standing == "unconsented":
            return translate("Consent", "No consent given yet.")
        if standing == "refused":
            return translate("Consent", "Did not agree to {scope}.").format(
                scope=scope_name(scope))
        if standing == "retention":
            return translate("Consent", "Past the retention date and not agreed to "
                             "archiving.")
        return ""

    def allows(self, person: str, scope: str) -> bool:
        return not self.refusal(person, scope)

    def source_refusal(self, interview_id: str, scope: str) -> str:
        """Why an interview's data may not be used for ``scope``: every person in it must
        allow it ('' when they all do, or when nobody is in it)."""
        reasons = [r for p in self.people.get(interview_id, []) if (r := self.refusal(p, scope))]
        if interview_id in self.lost:
            reasons.append(translate("Consent", "Someone in this conversation withdrew and "
                                     "was erased: it is kept for the others, not used."))
        return " ".join(reasons)

    def source_cause(self, interview_id: str, scope: str) -> str:
        """``source_refusal`` without naming anyone (the first cause found)."""
        causes = [c for p in self.people.get(interview_id, []) if (c := self.cause(p, scope))]
        if interview_id in self.lost:
            causes.append(translate("Consent", "Someone in this conversation withdrew and "
                                    "was erased: it is kept for the others, not used."))
        return causes[0] if causes else ""

    def source_allows(self, interview_id: str, scope: str) -> bool:
        return not self.source_refusal(interview_id, scope)


def scope_name(scope: str) -> str:
    return {
        AUDIO: translate("Consent", "audio recording"),
        QUOTES: translate("Consent", "quotes"),
        ARCHIVE: translate("Consent", "archiving"),
        "group": translate("Consent", "being recorded with others"),
        "contact": translate("Consent", "being contacted again"),
    }.get(scope, scope)
