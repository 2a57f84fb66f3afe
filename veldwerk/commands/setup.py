"""``veldwerk neighbourhood|phase|team|guide`` and ``project retention``: the coordinator's
reference data without a window.

The rules are the core's (``veldwerk.setup``, ``veldwerk.guides``): these commands only turn
a name into the list the app's editor would save. On a laptop that joined a project the
change-log hook refuses every one of them (``ReferenceLocked``: ask the coordinator).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from veldwerk.commands import READ, WRITE, Handler, command
from veldwerk.commands.interviews import choose
from veldwerk.domain.kinds import GuideKind, Role
from veldwerk.errors import NotFound, ValidationError, VeldwerkError
from veldwerk.i18n import translate
from veldwerk.labels import role
from veldwerk.paths import Device

if TYPE_CHECKING:
    from sqlmodel import Session

    from veldwerk.domain import Guide
    from veldwerk.errors import ValidationError, VeldwerkError
    from veldwerk.setup import NamedItem
    from veldwerk.store.project import OpenProject

HERE = "veldwerk.commands.setup"
ROLES = tuple(r.value for r in Role)
GUIDE_KINDS = tuple(k.value for k in GuideKind)


def name(text: str) -> str:
    """For a name argument: an empty one would silently drop the row in the core's lists."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a name that is not empty")
    return text


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(commands: Any) -> None:
    _register_list(commands, "neighbourhood", translate(
        "Commands", "neighbourhoods and their code prefixes"),
                   lambda p: p.add_argument("--prefix", help=translate(
                       "Commands", "the start of the participants' codes (default: the name's "
                       "first 3 letters)")))
    _register_list(commands, "phase", translate("Commands", "the project's phases"),
                   lambda p: None)
    team = _register_list(commands, "team", translate(
        "Commands", "the team members and their roles"), _team_flags)
    p = command(team, "named", Handler(f"{HERE}:team_named", WRITE), help=translate(
        "Commands", "whether a member agreed to be named in outputs (CSV, spreadsheet, "
        "documents, archive, charts); otherwise they show role and number"))
    p.add_argument("name", help=translate("Commands", "name or id"))
    p.add_argument("answer", choices=("yes", "no"))
    _register_guides(commands)


def _team_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--role", choices=ROLES, default="student")
    p.add_argument("--named", action="store_true", help=translate(
        "Commands", "the member agreed to be named in outputs (otherwise they show role and "
        "number, e.g. 'Co-researcher 2')"))


def register_retention(project: Any) -> None:
    """``project retention`` (under ``project``, which ``bundle.arguments`` registers)."""
    p = command(project, "retention", Handler(f"{HERE}:retention", READ, writes_if="date"),
                help=translate("Commands", "(coordinator) the date until which recordings are "
                               "kept; a new date gives the consent forms a new version"))
    p.add_argument("date", nargs="?", type=day, metavar="YYYY-MM-DD",
                   help=translate("Commands", "the new date (without it: show the current one)"))


def _register_list(commands: Any, table: str, what: str,
                   extra: Callable[[argparse.ArgumentParser], object]) -> Any:
    """``TABLE add|list|rename|remove``; returns the subcommands, for one of its own."""
    p = commands.add_parser(table, help=translate(
        "Commands", "(coordinator) {what}").format(what=what))
    p.set_defaults(listed=table)
    sub = p.add_subparsers(dest=f"{table}_command", metavar=f"{table.upper()}_COMMAND",
                           required=True)
    p = command(sub, "add", Handler(f"{HERE}:add", WRITE), help=translate(
        "Commands", "add to {what}").format(what=what))
    p.add_argument("name", type=name)
    extra(p)
    p = command(sub, "list", Handler(f"{HERE}:list_rows", READ), help=translate(
        "Commands", "list {what}").format(what=what))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line"))
    p = command(sub, "rename", Handler(f"{HERE}:rename", WRITE), help=translate(
        "Commands", "give one a new name"))
    p.add_argument("old", help=translate("Commands", "name or id"))
    p.add_argument("new", type=name)
    p = command(sub, "remove", Handler(f"{HERE}:remove", WRITE),
                help=translate("Commands", "remove one (refused while interviews or participants "
                               "use it)"))
    p.add_argument("name", help=translate("Commands", "name or id"))
    return sub


def _register_guides(commands: Any) -> None:
    p = commands.add_parser("guide", help=translate("Commands", "(coordinator) interview guides "
                                                    "and questionnaires"))
    sub = p.add_subparsers(dest="guide_command", metavar="GUIDE_COMMAND", required=True)
    p = command(sub, "add", Handler(f"{HERE}:guide_add", WRITE),
                help=translate("Commands", "a new guide from a file: one topic a line ('Title: "
                               "question'; # comments), or JSON (FILE.json)"))
    p.add_argument("file", type=Path)
    p.add_argument("--name", type=name, help=translate("Commands", "(default: the JSON's name, "
                                                       "else the file's)"))
    p.add_argument("--kind", choices=GUIDE_KINDS, help=translate(
        "Commands", "(default: the JSON's, else interview)"))
    p = command(sub, "update", Handler(f"{HERE}:guide_update", WRITE),
                help=translate("Commands", "replace a guide's topics from a file; a guide "
                               "interviews use gets a new version (they keep theirs)"))
    p.add_argument("guide", help=translate("Commands", "the guide's name or id"))
    p.add_argument("file", type=Path)
    p.add_argument("--name", type=name, help=translate("Commands", "a new name for the guide"))
    p = command(sub, "list", Handler(f"{HERE}:guide_list", READ),
                help=translate("Commands", "the guides: newest version, kind and number of "
                               "topics"))
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per line"))
    p = command(sub, "show", Handler(f"{HERE}:guide_show", READ),
                help=translate("Commands", "a guide's topics, numbered as 'note set --topic N' "
                               "takes them"))
    p.add_argument("guide", help=translate("Commands", "the guide's name or id"))
    p.add_argument("--json", action="store_true",
                   help=translate("Commands", "one JSON object, in the form 'guide add' reads"))


# Neighbourhoods, phases, team: each is one list the core saves whole.

@dataclass(frozen=True)
class Listed:
    rows: Callable[[Session], list[Any]]
    save: Callable[[Session, str, list[NamedItem]], None]
    extra: Callable[[Any], str]  # a row's prefix or role; "" for a phase


def _listed(table: str) -> Listed:
    from veldwerk import setup  # deferred: start-up

    return {
        "neighbourhood": Listed(setup.neighbourhoods, setup.save_neighbourhoods,
                                lambda row: str(row.code_prefix)),
        "phase": Listed(setup.phases, setup.save_phases, lambda row: ""),
        "team": Listed(setup.team, setup.save_team, lambda row: str(row.role)),
    }[table]


def _what(table: str) -> str:

    return {"neighbourhood": translate("Commands", "neighbourhood"),
            "phase": translate("Commands", "phase"),
            "team": translate("Commands", "team member")}[table]


def _items(session: Session, listed: Listed) -> list[NamedItem]:
    from veldwerk.setup import NamedItem  # deferred: start-up

    return [NamedItem(row.name, listed.extra(row), row.id) for row in listed.rows(session)]


def _member(row: Any, shown: dict[str, str]) -> str:
    """A team member's line: name, role (in the reader's words) and how outputs name them."""
    return translate("Commands", "{name}  ({role}; in outputs: {shown})").format(
        name=row.name, role=role(row.role).lower(), shown=shown[row.id])


def _find(session: Session, table: str, given: str) -> str:
    """The row's id, by id or name; an unknown one is an error that lists the known."""
    found = choose(session, "team_member" if table == "team" else table, given, _what(table))
    assert found is not None  # ``given`` is never empty here
    return found


Change = Callable[["Session", list["NamedItem"]], tuple[list["NamedItem"], str]]


def _edit(project: OpenProject, table: str, change: Change) -> tuple[str, str]:
    """Save the list as ``change`` leaves it; (name, prefix or role) of the row whose name
    ``change`` returns, as the core stored it."""
    from veldwerk.projects import the_project  # deferred: start-up

    listed = _listed(table)

    def work(s: Session) -> tuple[str, str]:
        items, named = change(s, _items(s, listed))
        listed.save(s, the_project(s).id, items)
        s.flush()
        wanted = " ".join(named.split()).casefold()
        row = next(r for r in listed.rows(s) if r.name.casefold() == wanted)
        return row.name, listed.extra(row)

    return project.run(work, translate("Commands", "the project's setup"))


def add(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk.setup import NamedItem  # deferred: start-up

    extra = getattr(args, "prefix", None) or getattr(args, "role", None) or ""
    named = getattr(args, "named", None)
    try:
        added, detail = _edit(project, args.listed, lambda s, items: (
            [*items, NamedItem(args.name, extra, named=named)], args.name))
    except ValidationError as exc:
        better = _with_prefix_hint(exc, args, project)
        if better is None:
            raise
        raise better from exc
    if args.listed == "team":
        detail = role(detail).lower()  # "co-researcher", not the stored co_researcher
    print(_added_text(args.listed).format(name=added, detail=detail))
    if named:
        print(translate("Commands", "Outputs name {name}: they agreed.").format(name=added))
    return 0


def team_named(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    """``team named NAME yes|no``: the member's word on their name in outputs."""
    from veldwerk.people import shown_names  # deferred: start-up

    wanted = args.answer == "yes"

    def change(s: Session, items: list[NamedItem]) -> tuple[list[NamedItem], str]:
        key = _find(s, "team", args.name)
        item = next(i for i in items if i.id == key)
        item.named = wanted
        return items, item.name

    member, _role = _edit(project, "team", change)
    with project.session() as s:
        shown = next(shown_names(s)[r.id] for r in _listed("team").rows(s)
                     if r.name == member)
    print((translate("Commands", "Outputs name {name}: they agreed.") if wanted else
           translate("Commands", "Outputs call {name} {shown}, not by name.")).format(
               name=member, shown=shown))
    return 0


def _with_prefix_hint(exc: ValidationError, args: argparse.Namespace,
                      project: OpenProject) -> VeldwerkError | None:
    """A neighbourhood refused for the prefix made from its name: say how to choose one
    (None: the refusal was about something else)."""
    if args.listed != "neighbourhood" or args.prefix:
        return None
    with project.session() as s:
        taken = {row.name.casefold() for row in _listed("neighbourhood").rows(s)}
    if " ".join(args.name.split()).casefold() in taken:
        return None  # the name itself is taken
    return VeldwerkError(exc.message, hint=translate(
        "Commands", "Choose the prefix with --prefix, e.g. --prefix ELS."))


def _added_text(table: str) -> str:

    return {"neighbourhood": translate("Commands", "Neighbourhood {name} added; its "
                                       "participants' codes start with {detail}-."),
            "phase": translate("Commands", "Phase {name} added."),
            "team": translate("Commands", "{name} added to the team as {detail}.")}[table]


def rename(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:

    old: list[str] = []

    def change(s: Session, items: list[NamedItem]) -> tuple[list[NamedItem], str]:
        key = _find(s, args.listed, args.old)
        item = next(i for i in items if i.id == key)
        old.append(item.name)
        item.name = args.new
        return items, args.new

    renamed, _detail = _edit(project, args.listed, change)
    print(translate("Commands", "{old} is now called {new}.").format(old=old[0], new=renamed))
    return 0


def remove(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk.projects import the_project  # deferred: start-up

    listed = _listed(args.listed)

    def work(s: Session) -> str:
        key = _find(s, args.listed, args.name)
        items = _items(s, listed)
        listed.save(s, the_project(s).id, [i for i in items if i.id != key])
        return next(i.name for i in items if i.id == key)

    gone = project.run(work, translate("Commands", "the project's setup"))
    print(translate("Commands", "{name} removed.").format(name=gone))
    return 0


def list_rows(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:

    from veldwerk.people import shown_names  # deferred: start-up

    listed = _listed(args.listed)
    with project.session() as s:
        outputs = shown_names(s) if args.listed == "team" else {}
        rows = [(row.id, row.name, listed.extra(row), bool(getattr(row, "named", False)),
                 _member(row, outputs) if outputs else "") for row in listed.rows(s)]
    key = {"neighbourhood": "prefix", "team": "role"}.get(args.listed)
    for row_id, row_name, extra, named, line in rows:
        if args.json:
            shown = {"id": row_id, "name": row_name} | ({key: extra} if key else {})
            if outputs:
                shown |= {"named": named, "in_outputs": outputs[row_id]}
            print(json.dumps(shown, ensure_ascii=False))
        else:
            print(line or (f"{row_name}  ({extra})" if key else row_name))
    if not rows and not args.json:
        print({"neighbourhood": translate("Commands", "No neighbourhoods yet."),
               "phase": translate("Commands", "No phases yet."),
               "team": translate("Commands", "No team members yet.")}[args.listed])
    return 0


# The retention date.

def retention(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import setup  # deferred: start-up
    from veldwerk.projects import the_project  # deferred: start-up

    if args.date is None:
        with project.session() as s:
            current = the_project(s).retention_date
        print(current.isoformat() if current else translate(
            "Commands", "No retention date yet."))
        return 0

    def work(s: Session) -> None:
        row = the_project(s)
        setup.update_details(s, row.id, row.name, row.description, row.start_date,
                             row.end_date, args.date)

    project.run(work, translate("Commands", "the retention date"))
    print(translate("Commands", "Recordings are kept until {date}; the consent forms say so.")
          .format(date=args.date.isoformat()))
    return 0


# Guides.

def guide_add(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import guides  # deferred: start-up
    from veldwerk.projects import the_project  # deferred: start-up

    read = guides.read_file(args.file)
    wanted = args.name or read.name or args.file.stem

    def work(s: Session) -> tuple[str, int]:
        if any(g.name.casefold() == " ".join(wanted.split()).casefold()
               for g in guides.current_guides(s)):
            raise ValidationError("guide_name", translate(
                "Commands", "There is already a guide called {name}; 'veldwerk guide update "
                "{name} FILE' changes it, or give another --name.").format(name=wanted))
        made = guides.create_guide(s, the_project(s).id, wanted, read.topics,
                                   args.kind or read.kind or GuideKind.INTERVIEW.value)
        return made.name, len(guides.topics(s, made.id))

    made_name, count = project.run(work, translate("Commands", "the guide"))
    print(translate("Commands", "Guide {name} added with {count} topics.").format(
        name=made_name, count=count))
    return 0


def guide_update(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import guides  # deferred: start-up

    read = guides.read_file(args.file)

    def work(s: Session) -> tuple[Guide, bool, int]:
        old = _guide(s, args.guide)
        _same_kind(old, read.kind)
        _continue_topics(guides.topics(s, old.id), read.topics)
        saved = guides.save_guide(s, old.id, args.name or read.name or old.name, read.topics)
        s.flush()
        return saved, saved.id != old.id, len(guides.topics(s, saved.id))

    saved, newer, count = project.run(work, translate("Commands", "the guide"))
    print((translate("Commands", "Guide {name} is now version {version}, with {count} "
                     "topics; interviews written with an earlier version keep it.") if newer
           else translate("Commands", "Guide {name} (version {version}) now has {count} "
                          "topics.")).format(name=saved.name, version=saved.version,
                                             count=count))
    return 0


def _same_kind(guide: Guide, kind: str) -> None:
    if kind and kind != guide.kind:
        raise ValidationError("guide_kind", translate(
            "Commands", "{name} is a guide of the kind {kind}; a guide keeps its kind. Add "
            "a new guide instead.").format(name=guide.name, kind=guide.kind))


def _continue_topics(old: list[Any], drafts: list[Any]) -> None:
    """A topic whose title is in the guide already continues that topic (its notes are
    coded together across versions), as a row kept in the app's editor does."""
    by_title = {t.title.casefold(): t.id for t in reversed(old)}
    for draft in drafts:
        draft.continues = by_title.pop(draft.title.strip().casefold(), None)


def _guide(session: Session, given: str) -> Guide:
    from veldwerk import guides  # deferred: start-up

    current = guides.current_guides(session)
    for guide in current:
        if given in (guide.id, guide.lineage_id) or guide.name.casefold() == given.casefold():
            return guide
    raise NotFound(translate("Commands", "There is no guide called {name}.").format(
        name=given), hint=translate("Commands", "Known: {names}.").format(
            names=", ".join(g.name for g in current) or "-"))


def guide_list(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import guides  # deferred: start-up

    with project.session() as s:
        rows = [(g, len(guides.topics(s, g.id))) for g in guides.current_guides(s)]
    for guide, count in rows:
        if args.json:
            print(json.dumps({"id": guide.id, "name": guide.name, "kind": guide.kind,
                              "version": guide.version, "topics": count},
                             ensure_ascii=False))
        else:
            print(translate("Commands", "{name}  ({kind}, version {version}, topics: "
                            "{count})").format(name=guide.name, kind=guide.kind,
                                               version=guide.version, count=count))
    if not rows and not args.json:
        print(translate("Commands", "No guides yet."))
    return 0


def guide_show(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk import guides  # deferred: start-up

    with project.session() as s:
        shown = guides.as_json(s, _guide(s, args.guide))
    if args.json:
        print(json.dumps(shown, ensure_ascii=False))
        return 0
    print(translate("Commands", "{name}  ({kind}, version {version})").format(
        name=shown["name"], kind=shown["kind"], version=shown["version"]))
    for number, topic in enumerate(shown["topics"], 1):
        print(f"{number:3}. {topic['title']}")
        for line in (topic["question"], topic["help"]):
            if line:
                print(f"     {line}")
        if topic["answer_type"] != "text":
            print(f"     [{topic['answer_type']}] {' / '.join(topic['choices'])}".rstrip())
    return 0
