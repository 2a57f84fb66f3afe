"""``veldwerk interviews|participants|interview new|note set``: find and make interviews
without a window (scripts, moving data in from spreadsheets, tests)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from veldwerk import labels, words
from veldwerk.commands import READ, WRITE, Handler, command
from veldwerk.domain.kinds import InterviewKind, Status
from veldwerk.errors import NotFound
from veldwerk.i18n import translate
from veldwerk.paths import Device

if TYPE_CHECKING:
    from sqlmodel import Session

    from veldwerk.store.project import OpenProject

HERE = "veldwerk.commands.interviews"
KINDS = tuple(k.value for k in InterviewKind)
STATUSES = tuple(s.value for s in Status)


def register(commands: Any) -> None:
    p = command(commands, "interviews", Handler(f"{HERE}:list_interviews", READ),
                help=translate("Commands", "the interviews, newest first, with the list's "
                               "filters"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line"))
    p.add_argument("--text", default="", help=translate("Commands", "words in title, place, "
                                                        "summary, tags or codes"))
    p.add_argument("--neighbourhood", help=translate("Commands", "name or id"))
    p.add_argument("--phase", help=translate("Commands", "name or id"))
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--interviewer", help=translate("Commands", "team member's name or id"))
    p = command(commands, "participants", Handler(f"{HERE}:list_participants", READ),
                help=translate("Commands", "participants by code, with their consent (never names "
                               "or contacts)"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line"))

    p = commands.add_parser("interview", help=translate("Commands", "make an interview"))
    sub = p.add_subparsers(dest="interview_command", metavar="INTERVIEW_COMMAND",
                           required=True)
    p = command(sub, "new", Handler(f"{HERE}:new_interview", WRITE),
                help=translate("Commands", "a new interview; prints its id"))
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--participant", action="append", default=[], metavar="CODE",
                   help=translate("Commands", "a participant's code (repeat for a focus group)"))
    p.add_argument("--neighbourhood", help=translate("Commands", "name or id"))
    p.add_argument("--phase", help=translate("Commands", "name or id"))
    p.add_argument("--interviewer", action="append", default=[], metavar="NAME",
                   help=translate("Commands", "a team member's name (repeat for more)"))
    p.add_argument("--guide", help=translate("Commands", "the guide's name (default: the "
                                             "project's only one)"))
    p.add_argument("--starts", type=datetime.fromisoformat, metavar="YYYY-MM-DDTHH:MM",
                   help=translate("Commands", "when it starts (local time unless an offset is "
                                  "given)"))
    p.add_argument("--status", choices=STATUSES, default="planned")
    p.add_argument("--place", default="")

    p = commands.add_parser("note", help=translate("Commands", "write notes"))
    sub = p.add_subparsers(dest="note_command", metavar="NOTE_COMMAND", required=True)
    p = command(sub, "set", Handler(f"{HERE}:set_note", WRITE),
                help=translate("Commands", "store the text under a topic (replacing what was "
                               "there)"))
    p.add_argument("interview_id")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--topic", type=int, metavar="N", help=translate(
        "Commands", "the guide's topic number, from 1"))
    where.add_argument("--free", action="store_true", help=translate(
        "Commands", "the free notes"))
    p.add_argument("text", help=translate("Commands", "the text, or - to read it from standard "
                                          "input"))


def choose(session: Session, table: str, given: str | None, what: str) -> str | None:
    """A neighbourhood, phase or team member by id or (case-insensitive) name."""
    from veldwerk import listing  # deferred: start-up

    if not given:
        return None
    known = listing.filter_names(session)[table]
    for key, name in known:
        if given in (key, name) or name.casefold() == given.casefold():
            return key
    raise NotFound(translate("Commands", "There is no {what} called {name}.").format(
        what=what, name=given), hint=translate("Commands", "Known: {names}.").format(
            names=", ".join(name for _key, name in known) or "-"))


def chosen_filters(session: Session, args: argparse.Namespace) -> dict[str, str | None]:
    """The ids of the neighbourhood, phase and interviewer a command was given by name,
    and its kind: the filters the interview list and the search share."""

    return {
        "neighbourhood_id": choose(session, "neighbourhood", args.neighbourhood,
                                   translate("Commands", "neighbourhood")),
        "phase_id": choose(session, "phase", args.phase, translate("Commands", "phase")),
        "interviewer_id": choose(session, "team_member", args.interviewer,
                                 translate("Commands", "team member")),
        "kind": args.kind,
    }


def list_interviews(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import listing  # deferred: start-up

    with project.session() as s:
        query = listing.ListQuery(text=args.text, status=args.status,
                                  **chosen_filters(s, args))
        rows = listing.page(s, query, 0, listing.count(s, query))
    if not rows and not args.json:
        filtered = any((query.text.strip(), query.neighbourhood_id, query.phase_id, query.kind,
                        query.status, query.interviewer_id))
        print(translate("Commands", "No interviews found.") if filtered else
              translate("Commands", "No interviews yet: veldwerk interview new makes one."))
    for row in rows:
        codes = [c for c in row.participants.split(", ") if c]
        if args.json:
            print(json.dumps({
                "id": row.id, "title": row.title, "kind": row.kind,
                "neighbourhood": row.neighbourhood or None, "phase": row.phase or None,
                "status": row.status, "participants": codes,
                "starts_at": row.starts_at.isoformat() if row.starts_at else None},
                ensure_ascii=False))
        else:
            when = words.datetime_text(row.starts_at)
            print(f"{row.id}  {when:20}  {labels.kind(row.kind):13}  {row.title}  "
                  f"{' '.join(codes)}")
    return 0


def list_participants(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from sqlalchemy import text  # deferred: start-up

    from veldwerk import listing  # deferred: start-up
    from veldwerk.consent.commands import listing as consent_listing  # deferred: start-up

    with project.session() as s:
        hoods = dict(listing.filter_names(s)["neighbourhood"])
        people = {code: (hood, band) for code, hood, band in s.execute(text(
            "SELECT code, neighbourhood_id, age_band FROM participant "
            "WHERE deleted_at IS NULL"))}
        consent = consent_listing(s)
    if not people and not args.json:
        print(translate("Commands", "No participants yet."))
    states = {"withdrawn": translate("Commands", "withdrawn"),
              "none": translate("Commands", "no consent yet"),
              "audio": translate("Commands", "consent, with recording"),
              "no_audio": translate("Commands", "consent, no recording")}
    for line in consent:
        code = str(line["code"])
        if code not in people:
            continue  # in the recycle bin, or erased: only the withdrawal is left
        hood, band = people[code]
        scopes: dict[str, bool] = line["scopes"]  # type: ignore[assignment]
        state = ("withdrawn" if line["withdrawn"] else "none" if not scopes
                 else "audio" if scopes.get("audio") else "no_audio")
        if args.json:
            print(json.dumps({"code": code, "neighbourhood": hoods.get(hood or ""),
                              "age_band": band, "consent": state, "scopes": scopes,
                              "withdrawn": line["withdrawn"]}, ensure_ascii=False))
        else:
            print(f"{code:10}  {hoods.get(hood or '', '-'):20}  {band or '-':6}  "
                  f"{states[state]}")
    return 0


def new_interview(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import interviews  # deferred: start-up

    def work(s: Session) -> str:
        from veldwerk.projects import the_project  # deferred: start-up

        project_id = the_project(s).id
        draft = interviews.InterviewDraft(
            kind=args.kind, title=args.title, place=args.place, status=args.status,
            starts_at=_utc(args.starts),
            neighbourhood_id=choose(s, "neighbourhood", args.neighbourhood,
                                     translate("Commands", "neighbourhood")),
            phase_id=choose(s, "phase", args.phase, translate("Commands", "phase")),
            guide_id=_guide(s, args.guide, args.kind),
            participant_ids=[_participant(s, code) for code in args.participant],
            interviewer_ids=[str(choose(s, "team_member", name,
                                         translate("Commands", "team member")))
                             for name in args.interviewer])
        return interviews.save(s, project_id, draft).id

    print(project.run(work, translate("Commands", "the interview")))
    return 0


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.astimezone()).astimezone(UTC)


def _participant(session: Session, code: str) -> str:
    from sqlalchemy import func  # deferred: start-up
    from sqlmodel import select  # deferred: start-up

    from veldwerk.domain import Participant  # deferred: start-up

    found = session.exec(select(Participant.id).where(
        func.upper(Participant.code) == code.strip().upper(),
        Participant.deleted_at.is_(None))).first()  # type: ignore[union-attr]
    if found is None:
        raise NotFound(translate("Commands", "There is no participant with code {code}.")
                       .format(code=code), hint=translate(
                           "Commands", "'veldwerk participants' lists the codes."))
    return found


def _guide(session: Session, name: str | None, kind: str) -> str | None:
    """The named guide, or the project's only guide of the right sort (interviews and
    stories take an interview guide, questionnaires a questionnaire)."""
    from veldwerk import guides  # deferred: start-up

    current = guides.current_guides(session)
    if name:
        for guide in current:
            if name in (guide.id, guide.name) or guide.name.casefold() == name.casefold():
                return guide.id
        raise NotFound(translate("Commands", "There is no guide called {name}.").format(
            name=name), hint=translate("Commands", "Known: {names}.").format(
                names=", ".join(g.name for g in current) or "-"))
    if kind == "observation":
        return None
    wanted = "questionnaire" if kind == "questionnaire" else "interview"
    fitting = [g for g in current if g.kind == wanted]
    return fitting[0].id if len(fitting) == 1 else None


def set_note(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import guides, notes  # deferred: start-up
    from veldwerk.domain import Interview  # deferred: start-up

    text = sys.stdin.read() if args.text == "-" else args.text

    def work(s: Session) -> tuple[bool, str]:
        interview = s.get(Interview, args.interview_id)
        if interview is None:
            raise NotFound(translate("Commands", "There is no interview {id}.").format(
                id=args.interview_id), hint=translate(
                    "Commands", "'veldwerk interviews' lists them with their ids."))
        topic_id = None
        if not args.free:
            topics = guides.topics(s, interview.guide_id) if interview.guide_id else []
            if not 1 <= args.topic <= len(topics):
                raise NotFound(translate(
                    "Commands", "This interview's guide has topics 1 to {n}; there is no "
                    "topic {topic}.").format(n=len(topics), topic=args.topic)
                    if topics else translate("Commands", "This interview has no guide; use "
                                             "--free for its notes."))
            topic_id = topics[args.topic - 1].id
            where = translate("Commands", "topic {n} ({title})").format(
                n=args.topic, title=topics[args.topic - 1].title)
        else:
            where = translate("Commands", "the free notes")
        return notes.save_note(s, interview.id, topic_id, text).changed, where

    changed, where = project.run(work, translate("Commands", "the note"))
    print(translate("Commands", "Saved: {where} of interview {id}, {n} characters.").format(
        where=where, id=args.interview_id, n=len(text)) if changed else translate(
        "Commands", "Unchanged: {where} already held this text.").format(where=where))
    return 0
