"""``veldwerk interviews|participants|interview new|note set``: find and make interviews
without a window (scripts, moving data in from spreadsheets, tests)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from veldwerk import fields, labels, words
from veldwerk.commands import READ, WRITE, Handler, command
from veldwerk.domain.kinds import RULES
from veldwerk.errors import NotFound
from veldwerk.i18n import translate
from veldwerk.paths import Device

if TYPE_CHECKING:
    from sqlmodel import Session

    from veldwerk.store.project import OpenProject

HERE = "veldwerk.commands.interviews"
KINDS, STATUSES = fields.KINDS, fields.STATUSES


def register(commands: Any) -> None:
    p = command(commands, "interviews", Handler(f"{HERE}:list_interviews", READ),
                help=translate("Commands", "the interviews, newest first, with the list's "
                               "filters"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line"))
    p.add_argument("--text", default="", help=translate("Commands", "words in title, place, "
                                                        "summary, tags or codes"))
    filter_flags(p, fields.LIST)
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


def filter_flags(parser: Any, place: str) -> None:
    """An option for each filter ``place`` offers (``fields.py``): choices for a fixed
    vocabulary, a name or id for a table's rows."""
    for wanted in fields.filters(place):
        choices = wanted.options.values if isinstance(wanted.options, fields.Vocabulary) \
            else None
        parser.add_argument(wanted.flag, choices=choices, help=wanted.help())


def chosen_filters(session: Session, args: argparse.Namespace, place: str
                   ) -> dict[str, str | None]:
    """The filters a command was given (``place``: the list's or the search's), by their
    keys in ``fields.py``; a row given by name becomes its id."""
    out: dict[str, str | None] = {}
    for wanted in fields.filters(place):
        given = getattr(args, wanted.flag.removeprefix("--").replace("-", "_"), None)
        names = wanted.options
        out[wanted.key] = (choose(session, names.table, given, names.what())
                           if isinstance(names, fields.Names) else given)
    return out


def list_interviews(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import listing  # deferred: start-up

    with project.session() as s:
        query = listing.ListQuery(text=args.text, **chosen_filters(s, args, fields.LIST))
        rows = listing.page(s, query, 0, listing.count(s, query))
    if not rows and not args.json:
        filtered = bool(query.text.strip() or query.chosen)
        print(translate("Commands", "No interviews found.") if filtered else
              translate("Commands", "No interviews yet: veldwerk interview new makes one."))
    for row in rows:
        codes = [c for c in row.participants.split(", ") if c]
        if args.json:
            print(json.dumps(_json(row), ensure_ascii=False))
        else:
            when = words.datetime_text(row.starts_at)
            print(f"{row.id}  {when:20}  {labels.kind(row.kind):13}  {row.title}  "
                  f"{' '.join(codes)}")
    return 0


def _json(row: Any) -> dict[str, Any]:
    """An interview as ``--json`` prints it: the fields marked ``json`` in ``fields.py``;
    a time in ISO 8601, a field of many values as a list, an empty name (no phase) null."""
    out: dict[str, Any] = {"id": row.id}
    for field in fields.INTERVIEW:
        if not field.json or field.key == "id":
            continue
        value = row.values[field.key]
        if field.kind == "time":
            value = value.isoformat() if value else None
        elif field.joined:
            value = [part for part in (value or "").split(field.joined[1]) if part]
        elif not field.sql.startswith("i."):
            value = value or None
        out[field.key] = value
    return out


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
    """The named guide, or the project's only guide of the sort the kind takes
    (``RULES[kind].guide``; a kind without one gets none)."""
    from veldwerk import guides  # deferred: start-up

    current = guides.current_guides(session)
    if name:
        for guide in current:
            if name in (guide.id, guide.name) or guide.name.casefold() == name.casefold():
                return guide.id
        raise NotFound(translate("Commands", "There is no guide called {name}.").format(
            name=name), hint=translate("Commands", "Known: {names}.").format(
                names=", ".join(g.name for g in current) or "-"))
    wanted = RULES[kind].guide
    if wanted is None:
        return None
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
