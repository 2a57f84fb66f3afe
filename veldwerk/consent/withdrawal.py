"""Withdrawal: "erase everything" or "stop further use".

Erasure is real: rows go with ``secure_delete`` on, their past versions are taken out of
the change log, the database is rebuilt (VACUUM) and its WAL truncated, media files are
overwritten before they are unlinked, and older backups are overwritten and replaced by one
made after the erasure. What remains is a ``withdrawal`` row (code, date, reason, who) and
one content-free ``erase`` tombstone per erased row in the change log, which bundles carry
so that the coordinator and other laptops erase too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session, col, func, select

from veldwerk.consent import erasure
from veldwerk.domain import (
    Interview,
    InterviewParticipant,
    Participant,
    Project,
    Withdrawal,
    WithdrawalKind,
    ownership,
)
from veldwerk.errors import NotFound, ValidationError
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.store.project import OpenProject


@dataclass
class WithdrawalReport:
    code: str
    kind: str
    already: bool = False  # the same withdrawal was done before: nothing changed
    already_erased: bool = False  # they were erased before: nothing left to withdraw
    erased: dict[str, int] = field(default_factory=dict)
    kept_shared: list[str] = field(default_factory=list)  # group interviews (titles)
    files_erased: int = 0
    backups_replaced: int = 0

    def lines(self) -> list[str]:
        """What the user is told, one fact per line."""
        if self.already_erased and self.kind == WithdrawalKind.STOP_USE.value:
            return [translate("Consent", "{code} was erased earlier: nothing of them is left "
                              "to stop using. Nothing was changed.").format(code=self.code)]
        if self.already:
            return [translate("Consent", "{code} had already withdrawn this way; nothing "
                              "was changed.").format(code=self.code)]
        if self.kind == WithdrawalKind.STOP_USE.value:
            return [translate("Consent", "{code}: data are kept but no longer used in any "
                              "report or export.").format(code=self.code)]
        names = {
            "interview": translate("Consent", "interviews"),
            "note": translate("Consent", "notes"),
            "recording": translate("Consent", "recordings"),
            "marker": translate("Consent", "markers"),
            "consent_record": translate("Consent", "consent records"),
            "consent_evidence": translate("Consent", "signatures and spoken consents"),
            "participant_identity": translate("Consent", "identifying details"),
            "interview_participant": translate("Consent", "links to interviews"),
            "transcript": translate("Consent", "transcripts"),
            "transcript_segment": translate("Consent", "transcript segments"),
        }
        out = [translate("Consent", "Erased for {code}:").format(code=self.code)]
        out += [f"  {names.get(table, table)}: {count}"
                for table, count in sorted(self.erased.items()) if count
                and table in names]
        out.append(translate("Consent", "  files overwritten and removed: {n}").format(
            n=self.files_erased))
        out.append(translate("Consent", "  older backups replaced: {n}").format(
            n=self.backups_replaced))
        for title in self.kept_shared:
            out.append(translate("Consent", "Kept: the group conversation {title} (others "
                                 "took part); {code} is removed from it and what they said "
                                 "is not used.").format(title=title, code=self.code))
        return out


def _participant(session: Session, code: str) -> Participant | None:
    return session.exec(select(Participant).where(
        func.upper(Participant.code) == code.strip().upper())).first()


def _done_before(session: Session, person: Participant | None, code: str, kind: str) -> bool:
    """A withdrawal of this kind for the person (by id); for someone erased, whose row is
    gone, by the code the user gave."""
    who = (Withdrawal.participant_id == person.id if person is not None
           else func.upper(Withdrawal.participant_code) == code.strip().upper())
    return session.exec(select(Withdrawal.id).where(who, Withdrawal.kind == kind)
                        ).first() is not None


def _project_id(session: Session) -> str:
    project = session.exec(select(Project)).first()
    assert project is not None
    return project.id


def _check(code: str, reason: str) -> None:
    if not code.strip():
        raise ValidationError("code", translate("Consent", "Give the participant code."))
    if not reason.strip():
        raise ValidationError("reason", translate(
            "Consent", "Give a reason (for example: the participant asked by phone)."))


def _unknown(code: str) -> NotFound:
    return NotFound(translate("Consent", "There is no participant with code {code} in this "
                              "project.").format(code=code.strip().upper()),
                    hint=translate("Consent", "Check the code on the consent form."))


def stop_use(project: OpenProject, code: str, reason: str, by: str) -> WithdrawalReport:
    """Keep the data, exclude them from every report and export from now on."""
    _check(code, reason)

    def work(session: Session) -> WithdrawalReport:
        person = _participant(session, code)
        erased = _done_before(session, person, code, WithdrawalKind.ERASE.value)
        if person is None and not erased:
            raise _unknown(code)
        shown = person.code if person else code.strip().upper()
        if erased or _done_before(session, person, shown, WithdrawalKind.STOP_USE.value):
            return WithdrawalReport(shown, WithdrawalKind.STOP_USE.value, already=True,
                                    already_erased=erased)
        session.add(Withdrawal(project_id=_project_id(session), participant_code=shown,
                               participant_id=person.id if person else "",
                               kind=WithdrawalKind.STOP_USE.value, reason=reason.strip(),
                               withdrawn_at=utcnow(), by=by))
        return WithdrawalReport(shown, WithdrawalKind.STOP_USE.value)

    return project.run(work, translate("Consent", "the withdrawal"))


def erase(project: OpenProject, code: str, reason: str, by: str) -> WithdrawalReport:
    _check(code, reason)
    report, files = project.run(lambda s: _erase_rows(s, code, reason, by),
                                translate("Consent", "the erasure"))
    if report.already:
        return report
    report.files_erased, report.backups_replaced = erasure.finish(project, files)
    return report


def _ids(session: Session, sql: str, **params: object) -> list[str]:
    return [row[0] for row in session.execute(text(sql), params)]


def erasure_plan(session: Session, participant_id: str) -> tuple[ownership.Plan, list[str]]:
    """What erasing a person takes: the participant with all they own (identity, consent,
    links), and the interviews that were theirs alone with all those own (notes,
    recordings, markers, links); and the group conversations that stay. The laptop and
    the coordinator's merge both erase by it."""
    interviews = _ids(session, "SELECT interview_id FROM interview_participant "
                      "WHERE participant_id = :p", p=participant_id)
    sole, shared = [], []
    for interview_id in interviews:
        others = session.exec(select(func.count()).select_from(InterviewParticipant).where(
            InterviewParticipant.interview_id == interview_id,
            InterviewParticipant.participant_id != participant_id)).one()
        (shared if others else sole).append(interview_id)
    roots = {"participant": [participant_id], "interview": sole}
    return ownership.closure(session, roots), shared


def _erase_rows(session: Session, code: str, reason: str, by: str
                ) -> tuple[WithdrawalReport, erasure.Erased]:
    person = _participant(session, code)
    if person is None:
        if _done_before(session, None, code, WithdrawalKind.ERASE.value):
            return WithdrawalReport(code.strip().upper(), WithdrawalKind.ERASE.value,
                                    already=True), erasure.Erased()
        raise _unknown(code)
    pid = person.id
    steps, shared = erasure_plan(session, pid)
    kept_shared = [session.get(Interview, i).title or i for i in shared]  # type: ignore[union-attr]
    counts = {table: 0 for table in ownership.DELETE_ORDER} | {t: len(i) for t, i in steps}
    withdrawal = Withdrawal(project_id=person.project_id, participant_code=person.code,
                            participant_id=pid,
                            kind=WithdrawalKind.ERASE.value, reason=reason.strip(),
                            withdrawn_at=utcnow(), by=by,
                            erased=json.dumps(counts, sort_keys=True),
                            kept_interviews=json.dumps(sorted(shared)))
    session.add(withdrawal)
    session.flush()  # the withdrawal row is logged by the usual hook
    files = erasure.erase_rows(session, steps, {"withdrawal_id": withdrawal.id})
    report = WithdrawalReport(person.code, WithdrawalKind.ERASE.value, erased=counts,
                              kept_shared=kept_shared)
    return report, files


def withdrawals(session: Session) -> list[Withdrawal]:
    return list(session.exec(select(Withdrawal).order_by(col(Withdrawal.withdrawn_at))))
