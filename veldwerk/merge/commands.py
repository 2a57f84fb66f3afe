"""``veldwerk inbox|devices|conflicts``: the coordinator's merge, headless."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TYPE_CHECKING, Any

from veldwerk import labels, words
from veldwerk.errors import SyncError, ValidationError
from veldwerk.fsutil import output_folder
from veldwerk.i18n import translate
from veldwerk.ids import short_ids
from veldwerk.merge import coordinator_only
from veldwerk.merge.difference import marked
from veldwerk.paths import Device

if TYPE_CHECKING:
    from veldwerk.merge.round import Round

SHOWN = 1200  # characters of two transcripts' words a conflict's line shows


def _keys(path: Any) -> Any:
    from veldwerk.bundle import keys as keymod  # deferred: heavy (pyrage)
    from veldwerk.bundle.commands import passphrase  # deferred: heavy (pyrage)

    return keymod.load_coordinator_keys(path, passphrase())


def _said(done: Round, as_json: bool, flush: bool = False) -> None:
    """A round as the commands say it: answers not published on stderr, a line per
    bundle (a place not read is said by the caller, where its command says it)."""
    from veldwerk.merge import inbox  # deferred: heavy (sqlmodel)

    if done.published.problem and not as_json:
        print(translate("Sync", "Answers not published yet ({n} waiting): {problem}").format(
            n=done.published.waiting, problem=done.published.problem), file=sys.stderr,
            flush=flush)
    for line in (inbox.as_json_lines(done.outcomes) if as_json
                 else inbox.summary_lines(done.outcomes)):
        print(line, flush=flush)


def inbox_import(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.merge.round import take_in  # deferred: heavy (sqlmodel)

    done = take_in(project, _keys(args.identity), files=list(args.paths),
                   share=args.from_share)
    if done.problem:
        print(done.problem, file=sys.stderr)
    _said(done, args.json)
    if not done.outcomes and not args.json:
        print(translate("Sync", "No bundles were fetched: a place could not be read (above).")
              if done.problem else translate("Sync", "No bundles to import."))
    return 0 if done.all_in() else 2  # a place not read may hold bundles: no success


def inbox_retry(args: argparse.Namespace, project: Any, _me: Device) -> int:
    """The kept bundles, now; says what still waits and why (a refusal stays final)."""
    from veldwerk.merge import inbox  # deferred: heavy (sqlmodel)
    from veldwerk.merge.round import take_in  # deferred: heavy (sqlmodel)

    done = take_in(project, _keys(args.identity), held=True)
    _said(done, args.json)
    with project.session() as session:
        left = inbox.kept(session)
    if not args.json:
        for row in left:
            print(f"{row.file_name}: {inbox.state_words(row.status)}. {row.reason}".strip())
        if not done.outcomes and not left:
            print(translate("Sync", "Nothing is kept to be tried again."))
    return 2 if any(row.status == inbox.RETRY for row in left) else 0


def inbox_watch(args: argparse.Namespace, project: Any, _me: Device) -> int:
    """Rounds until stopped (Ctrl+C) or ``--rounds``: a share that cannot be reached is
    said once per round and tried again at the next."""
    from veldwerk.merge.round import take_in  # deferred: heavy (sqlmodel)

    keys = _keys(args.identity)
    done = 0
    if not args.json:
        print(translate("Sync", "Watching for bundles every {n} s; what comes in is listed "
                        "here (Ctrl+C stops).").format(n=f"{max(args.every, 1.0):g}"),
              file=sys.stderr, flush=True)
    try:
        while True:
            round_ = take_in(project, keys, share=True)
            _said(round_, args.json, flush=True)
            if round_.problem:
                print(round_.problem, file=sys.stderr, flush=True)
            done += 1
            if args.rounds and done >= args.rounds:
                return 0
            time.sleep(max(args.every, 1.0))
    except KeyboardInterrupt:
        return 0


def inbox_list(args: argparse.Namespace, project: Any, _me: Device) -> int:
    coordinator_only(project)
    from veldwerk.merge import overview  # deferred: heavy (sqlmodel)

    with project.session() as session:
        found = overview.bundle_lines(session)
    if not found and not args.json:
        print(translate("Sync", "Nothing has come in yet."))
    for row in found:
        if args.json:
            print(json.dumps(row.__dict__, ensure_ascii=False))
            continue
        said = ". ".join(p for p in (row.brought, row.reason) if p)
        print(f"{row.laptop}: {row.state}. {said}".rstrip(". ") + f"  [{row.file_name}]")
    return 0


def devices_list(args: argparse.Namespace, project: Any, _me: Device) -> int:
    coordinator_only(project)
    from veldwerk.merge import decisions  # deferred: heavy (sqlmodel)
    from veldwerk.merge.sides import laptop_label  # deferred: heavy (sqlmodel)

    with project.session() as session:
        found = decisions.devices(session)
    if not found and not args.json:
        print(translate("Sync", "No laptops yet: a laptop appears here with its first bundle "
                        "(veldwerk inbox import)."))
    short = short_ids(d.device_id for d in found)
    for d in found:
        print(json.dumps(d.to_json(), ensure_ascii=False) if args.json else translate(
            "Sync", "{id}  {laptop}  key {fp}  {status}, changes applied through "
            "{through}").format(id=short[d.device_id],
                                laptop=laptop_label(d.member_name, d.name), fp=d.fingerprint,
                                status=decisions.device_words(d.status),
                                through=d.applied_through))
    return 0


def _decide(args: argparse.Namespace, project: Any, status: str) -> Any:
    from veldwerk.merge import decisions  # deferred: heavy (sqlmodel)

    coordinator_only(project)
    return project.run(lambda s: decisions.decide(s, args.device, status))


def devices_approve(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.merge import decisions  # deferred: heavy (sqlmodel)

    device = _decide(args, project, decisions.APPROVED)
    print(translate("Sync", "{name} ({member}, key {fp}) may send bundles.").format(
        name=device.name, member=device.member_name, fp=device.fingerprint))
    _retry_now(project, args.identity)
    return 0


def _retry_now(project: Any, identity: Any) -> None:
    """With the keys given, what waited for this decision goes in now, and is answered."""
    from veldwerk.merge.round import take_in  # deferred: heavy (sqlmodel)

    if identity is None:
        return
    _said(take_in(project, _keys(identity), held=True), False)


def devices_skip(args: argparse.Namespace, project: Any, _me: Device) -> int:
    """Past a bundle refused for good that sending again cannot mend: asked first."""
    from veldwerk.merge import decisions, inbox  # deferred: heavy (sqlmodel)

    coordinator_only(project)
    with project.session() as session:
        device = decisions.find_device(session, args.device, decisions.APPROVED)
        first, last, file, _row = inbox.refused_at(session, device.device_id)
    if not args.yes:
        raise SyncError(translate(
            "Sync", "This skips changes {first}–{last} of {name} ({member}), in its refused "
            "bundle {file}: they are lost to this copy.").format(
                first=first, last=last, name=device.name, member=device.member_name,
                file=file), hint=translate("Sync", "Add --yes to skip them."))
    first, last, name = project.run(lambda s: inbox.skip_refused(s, device.device_id))
    print(translate("Sync", "{laptop}: changes {first}–{last} (in {file}) are skipped and "
                    "lost to this copy; its later bundles go in.").format(
                        laptop=device.name, first=first, last=last, file=name))
    _retry_now(project, args.identity)
    return 0


def devices_reject(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.merge import decisions  # deferred: heavy (sqlmodel)

    device = _decide(args, project, decisions.REJECTED)
    print(translate("Sync", "{name} ({member}, key {fp}) is refused; its bundles are not "
                    "imported.").format(name=device.name, member=device.member_name,
                                        fp=device.fingerprint))
    return 0


def conflicts_list(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.merge import decisions  # deferred: heavy (sqlmodel)

    with project.session() as session:
        found = decisions.conflicts(session, everything=args.all)
    for c in found:
        print(json.dumps(c.to_json(), ensure_ascii=False) if args.json
              else "\n".join(_conflict_lines(c)))
    if not found and not args.json:
        print(translate("Sync", "No open conflicts."))
    return 0


def _conflict_lines(c: Any) -> list[str]:
    """A conflict as the command shows it: its short id and record, who made each side
    and when ([-…-] marks this side's words, {+…+} the other's), what differs."""
    head = f"{c.short_id}  {c.heading()}"
    if c.status != "open":
        head += "  " + translate("Sync", "(resolved: {how})").format(how=c.resolution)
    lines = [head, "  [-…-] " + c.ours_by.describe(), "  {+…+} " + c.theirs_by.describe()]
    if c.kind == "transcript":  # both transcripts' words, the other's marked; a long
        # one cut short (the app and --json show them whole)
        shown = [f"  {name}: {marked(spans)}" for name, spans in c.differences()]
        return [*lines, "  " + c.describe(),
                *(line if len(line) <= SHOWN else line[:SHOWN - 1] + "…" for line in shown)]
    if c.kind in ("code", "deleted", "purge", "erase") or not c.fields:
        return [*lines, "  " + c.describe()]
    if c.kind == "foreign":
        lines.append("  " + translate("Sync", "{laptop} changed a record that is not its own; "
                                      "nothing changed until you decide.").format(
                                          laptop=c.theirs_by.who()))
    return [*lines, *(f"  {name}: {marked(spans)}" for name, spans in c.differences())]


def conflicts_resolve(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.merge import decisions  # deferred: heavy (the models)
    from veldwerk.merge.round import after_decision  # deferred: heavy (the models)

    merged = sys.stdin.read() if args.text == "-" else args.text
    if not _erasure_confirmed(args, project):
        print(translate("Sync", "Nothing was erased."))
        return 1
    conflict, renamed = project.run(lambda s: decisions.resolve(
        s, args.id, project.device.id, keep=args.keep or "", merged_text=merged,
        code=args.code or ""))
    how = (f"code {renamed['code']}" if renamed else "merged" if merged is not None
           else args.keep)
    print(translate("Sync", "Resolved: {what}").format(what=conflict.resolved_words(how)))
    decisions.finish(project)  # a confirmed erasure's files and free pages go now
    if args.identity is None:
        print(translate("Sync", "The laptops hear of it once answers go out with your keys "
                        "(the next inbox import, or --identity KEYFILE now); until then they "
                        "keep their own version."))
        return 0
    published = after_decision(project, _keys(args.identity), renamed)
    if published.problem:
        print(published.problem, file=sys.stderr)
    return 0


def _erasure_confirmed(args: argparse.Namespace, project: Any) -> bool:
    """A decision that erases (a laptop's erasure request accepted, or one of two
    transcripts of a recording) asks first, as the app does (``--yes`` answers it); with
    no one to ask, it is refused in words."""
    from veldwerk.merge import decisions, trust  # deferred: heavy (sqlmodel)

    with project.session() as session:
        conflict = decisions.find(session, args.id)
    if args.yes:
        return True
    if conflict.kind == trust.ERASE and args.keep == decisions.THEIRS:
        who = conflict.person or conflict.title()
        refusal = translate("Sync", "Erasing {who} asks for your confirmation; nothing was "
                            "erased. Add --yes to confirm it without a question.").format(who=who)
        question = translate("Sync", "Erase {who} and all that is theirs, here and on every "
                             "laptop? This cannot be undone. [y/N] ").format(who=who)
    elif (conflict.kind == decisions.TRANSCRIPT
          and args.keep in (decisions.OURS, decisions.THEIRS)):
        kept = conflict.ours_by if args.keep == decisions.OURS else conflict.theirs_by
        gone = conflict.theirs_by if args.keep == decisions.OURS else conflict.ours_by
        refusal = translate("Sync", "Keeping one transcript erases the other (the one of "
                            "{gone}) with its segments, so it asks for your confirmation; "
                            "nothing was erased. Add --yes to confirm it without a "
                            "question.").format(gone=gone.who())
        question = translate("Sync", "The transcript of {kept} stays; the one of {gone} is "
                             "erased with its segments, here and from the computer that made "
                             "it. This cannot be undone. Go on? [y/N] ").format(
                                 kept=kept.who(), gone=gone.who())
    else:
        return True
    if not sys.stdin.isatty():
        raise ValidationError("yes", refusal)
    answer = input(question)
    return answer.strip().lower() in ("y", "yes", translate("Sync", "y"),
                                      translate("Sync", "yes"))


def dashboard(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.reports.dashboard import figures  # deferred: heavy (sqlmodel)

    with project.session() as session:
        found = figures(session)
    if args.png is not None:
        from veldwerk.reports.charts import write_pngs  # deferred: heavy (sqlmodel)

        drawn = write_pngs(found, output_folder(args.png))
    if args.json:
        print(json.dumps(found.to_json(), ensure_ascii=False))
        return 0
    if args.png is not None:
        print("\n".join(str(path) for path in drawn))
    print(translate("Reports", "{interviews}, {time} recorded in {recordings}, "
                    "{conflicts}.").format(
                        interviews=labels.interviews(found.interviews),
                        time=words.duration(found.recorded_ms),
                        recordings=labels.recordings(found.recordings),
                        conflicts=labels.open_conflicts(found.open_conflicts)))
    for title, counts in ((translate("Reports", "By neighbourhood"), found.by_neighbourhood),
                          (translate("Reports", "By phase"), found.by_phase),
                          (translate("Reports", "By kind"),
                           [(labels.kind(k), n) for k, n in found.by_kind]),
                          (translate("Reports", "By interviewer"), found.by_interviewer),
                          (translate("Reports", "By status"),
                           [(labels.status(k), n) for k, n in found.by_status])):
        print(title + ": " + ", ".join(f"{label} {n}" for label, n in counts))
    c = found.consent
    print(translate("Reports", "Consent: {audio} with audio, {notes} notes only, {none} not "
                    "yet; withdrawn: {stopped} stopped use, {erased} erased.").format(
                        audio=c.get("with_audio", 0), notes=c.get("without_audio", 0),
                        none=c.get("not_yet", 0), stopped=c.get("stopped_use", 0),
                        erased=c.get("erased", 0)))
    for laptop in found.laptops:
        print(translate("Reports", "{name} ({member}): {status}, {bundles}, last "
                        "{when}, changes through {through}").format(
                            name=laptop.name, member=laptop.member,
                            status=labels.device_status(laptop.status),
                            bundles=labels.bundles(laptop.bundles),
                            when=words.datetime_text(laptop.last_bundle_at),
                            through=laptop.applied_through))
    return 0
