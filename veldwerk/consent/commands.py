"""``veldwerk consent list|export`` and ``veldwerk withdraw``: consent without a window."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlmodel import Session, col, func, select

from veldwerk import labels, office, words
from veldwerk.consent import documents, records, templates, withdrawal
from veldwerk.consent import retention as retention_rules
from veldwerk.domain import (
    ConsentMethod,
    ConsentRecord,
    ConsentTemplate,
    Participant,
    TeamMember,
    WithdrawalKind,
)
from veldwerk.errors import ConsentError, NotFound, OfficeError, ValidationError
from veldwerk.fsutil import output_folder
from veldwerk.i18n import translate
from veldwerk.merge import is_coordinator
from veldwerk.paths import Device
from veldwerk.store.project import OpenProject


def withdraw(args: argparse.Namespace, project: OpenProject, me: Device) -> int:
    by = args.by or me.name
    report = (withdrawal.erase if args.erase else withdrawal.stop_use)(
        project, args.code, args.reason, by)
    for line in report.lines():
        print(line)
    if args.erase:
        with project.session() as session:
            mine = is_coordinator(session)
        if mine:  # the erasure list is signed: it waits for the keys
            print(translate("Consent", "The laptops erase this person too once answers go out "
                            "with your keys: the next inbox import, inbox retry or the "
                            "Inbox's round."))
    return 0


def retention(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    return _retention(project, args.erase, args.today or date.today())


def list_consent(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    with project.session() as session:
        found = listing(session)
    if not found and not args.json:
        print(translate("Consent", "No participants yet."))
    for line in found:
        print(json.dumps(line, ensure_ascii=False) if args.json else _consent_line(line))
    return 0


def _consent_line(line: dict[str, object]) -> str:
    """A person's newest consent in words: what they agreed to, how and when."""
    code = str(line["code"])
    if line["withdrawn"]:
        state = translate("Consent", "withdrawn (erased)") if line["withdrawn"] == "erase" \
            else translate("Consent", "withdrawn (no further use)")
    elif not line["consent_id"]:
        state = translate("Consent", "no consent yet")
    else:
        scopes = line["scopes"]
        assert isinstance(scopes, dict)
        agreed = [key for key, yes in scopes.items() if yes]
        method = {"paper": translate("Consent", "on paper"),
                  "verbal": translate("Consent", "spoken")}.get(
            str(line["method"]), translate("Consent", "signed"))
        state = translate("Consent", "{method} {date}, form version {version}: agreed to "
                          "{agreed}").format(method=method, date=str(line["date"])[:10],
                                             version=line["template_version"],
                                             agreed=", ".join(agreed) or "-")
    return f"{code:10}  {state}"


def export(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    return _export(project, args.out, args.pdf)


def paper(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    """Consent given on a paper form, entered afterwards (then recordings can be imported)."""
    def work(session: Session) -> str:
        from veldwerk.projects import the_project  # deferred: start-up

        person = session.exec(select(Participant).where(
            func.upper(Participant.code) == args.code.strip().upper())).first()
        if person is None:
            raise NotFound(translate("Consent", "There is no participant with code {code} in "
                                     "this project.").format(code=args.code.strip().upper()))
        member = session.exec(select(TeamMember).where(
            func.lower(TeamMember.name) == args.by.strip().lower())).first()
        if member is None:
            names = ", ".join(m.name for m in session.exec(select(TeamMember)))
            raise NotFound(translate("Consent", "There is no team member called {name}.")
                           .format(name=args.by), hint=translate(
                               "Consent", "Team: {names}.").format(names=names or "-"))
        project_row = the_project(session)
        templates.ensure_defaults(session, project_row.id)
        form = templates.current(session, project_row.id, args.language)
        if form is None:
            raise ConsentError(templates.no_form_text(project.joined))
        keys = [scope["key"] for scope in json.loads(form.scopes)]
        unknown = sorted(set(args.agree + args.refuse) - set(keys))
        missing = [key for key in keys if key not in args.agree + args.refuse]
        if unknown or missing:
            raise ValidationError("scopes", translate(
                "Consent", "Answer every choice on the form with --agree or --refuse: {keys}.")
                .format(keys=", ".join(keys)))
        moment = datetime.combine(args.date, time(12, 0), tzinfo=UTC)
        record = records.take(session, project.media, records.ConsentDraft(
            participant_id=person.id, template_id=form.id, method=ConsentMethod.PAPER.value,
            answers={key: key in args.agree for key in keys}, interviewer_id=member.id,
            given_at=min(moment, datetime.now(UTC)), scan=args.scan))
        return record.id

    record_id = project.run(work, translate("Consent", "the consent"))
    print(record_id)
    return 0


def _retention(project: OpenProject, erase: bool, today: date) -> int:
    if erase:
        found = retention_rules.erase_due(project, today)
    else:
        with project.session() as session:
            found = retention_rules.due(session, today)
    if found.retention_date is None:
        print(translate("Consent", "No retention date is set (project settings)."))
        return 0
    if not found.is_due:
        print(translate("Consent", "Nothing is due: data may be kept until {date}.").format(
            date=words.date_text(found.retention_date)))
        return 0
    verb = (translate("Consent", "Erased") if erase else translate("Consent", "Due"))
    print(translate("Consent", "{verb} (kept until {date}): {recordings}, {size}; notes of "
                    "{interviews} without consent to archiving.").format(
                        verb=verb, date=words.date_text(found.retention_date),
                        recordings=labels.recordings(len(found.recordings)),
                        size=words.size(found.bytes),
                        interviews=labels.interviews(len(found.interviews_losing_notes))))
    return 0


def listing(session: Session) -> list[dict[str, object]]:
    """Every participant (and every erased one), with their newest consent."""
    stops = withdrawal.withdrawals(session)
    by_person = {w.participant_id: w for w in stops if w.participant_id}
    out: list[dict[str, object]] = []
    people = session.exec(select(Participant).order_by(Participant.code)).all()
    for person in people:
        record = records.latest(session, person.id)
        template = session.get(ConsentTemplate, record.template_id) if record else None
        stop = by_person.get(person.id)
        out.append({
            "code": person.code,
            "consent_id": record.id if record else None,
            "template_version": template.version if template else None,
            "template_language": template.language if template else None,
            "template_hash": record.template_hash if record else None,
            "scopes": records.scopes_of(record),
            "method": record.method if record else None,
            "date": record.given_at.isoformat() if record else None,
            "withdrawn": stop.kind if stop else None,
        })
    known = {p.id for p in people}
    gone = {w.participant_code: w for w in stops if w.participant_id not in known}
    for code, stop in sorted(gone.items()):
        out.append({"code": code, "consent_id": None, "template_version": None,
                    "template_language": None, "template_hash": None, "scopes": {},
                    "method": None, "date": None, "withdrawn": stop.kind,
                    "erased_at": stop.withdrawn_at.isoformat()})
    return out


def ensure_document(project: OpenProject, record_id: str) -> Path:
    """The record's DOCX, made now if it was not made yet (or its file went missing)."""
    with project.session() as session:
        record = session.get(ConsentRecord, record_id)
        name = record.document_name if record else ""
    if not name or not (project.media / name).is_file():
        name = project.run(lambda s: documents.make_document(s, project.media, record_id),
                           translate("Consent", "the consent document"))
    return project.media / name


def _export(project: OpenProject, out: Path, pdf: bool) -> int:
    output_folder(out)
    problems = 0
    if pdf and office.libreoffice() is None:
        # Said once, not once per form; the Word documents are still made.
        print(f"veldwerk: {office.no_office()}", file=sys.stderr)
        pdf, problems = False, 1
    with project.session() as session:
        rows = session.exec(select(ConsentRecord.id, Participant.code, ConsentRecord.given_at)
                            .join(Participant, col(Participant.id)
                                  == ConsentRecord.participant_id)
                            .order_by(Participant.code, ConsentRecord.given_at)).all()
    for record_id, code, given_at in rows:
        target = out / f"{code}-{given_at:%Y%m%d-%H%M}-{record_id[-6:]}.docx"
        shutil.copyfile(ensure_document(project, record_id), target)
        print(target)
        if pdf:
            try:
                print(office.to_pdf(target, out))
            except OfficeError as exc:
                problems += 1
                print(f"veldwerk: {exc}", file=sys.stderr)
    with project.session() as session:
        stopped = [w.participant_code for w in withdrawal.withdrawals(session)
                   if w.kind == WithdrawalKind.STOP_USE.value]
    if stopped:
        print(translate("Consent", "Note: {codes} withdrew (stop use); their forms are "
                        "exported as proof of consent only.").format(codes=", ".join(stopped)),
              file=sys.stderr)
    return 1 if problems else 0
