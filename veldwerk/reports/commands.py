"""``veldwerk export …``: the analysis outputs without a window (one path per line, or
``--json`` lines; what was left out is said on stderr)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from veldwerk import labels
from veldwerk.errors import ValidationError
from veldwerk.i18n import translate
from veldwerk.paths import Device
from veldwerk.reports.archive import (
    left_out_said,
    refuse_on_laptop,
    write_archive,
    write_left_out,
)
from veldwerk.reports.deposit import FLAGS, Deposit, complete, names, save, saved, voices_note
from veldwerk.reports.qdpx import export_qdpx as write
from veldwerk.reports.tables import write_csv
from veldwerk.store.project import OpenProject


def export_csv(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    with project.session() as session:
        written = write_csv(session, args.out)
    left_out = 0
    for path in written:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = sum(1 for _row in csv.reader(handle)) - 1
        if path.stem == "left-out":
            left_out = rows
        if args.json:
            print(json.dumps({"file": str(path), "rows": rows}, ensure_ascii=False))
        else:
            print(path)
    if left_out:
        print(translate("Reports", "{n} left out for want of consent: see {file}.").format(
            n=left_out, file=args.out / "left-out.csv"), file=sys.stderr)
    return 0


def export_xlsx(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk.reports.spreadsheet import write_xlsx  # deferred: heavy (openpyxl)

    with project.session() as session:
        done = write_xlsx(session, args.out)
    if args.json:
        print(json.dumps({"file": str(done.path), "sheets": done.rows}, ensure_ascii=False))
    else:
        print(done.path)
    if done.left_out:
        print(translate("Reports", "{n} left out for want of consent: see the sheet {sheet} "
                        "in {file}.").format(n=done.left_out, sheet="left-out",
                                             file=done.path.name), file=sys.stderr)
    return 0


def _copies_first(project: OpenProject) -> None:
    """An export that carries audio makes the missing Opus copies first (as ``sync`` and
    ``bundle export`` do), saying so on stderr, with progress on a terminal."""
    from veldwerk.audio.processing import compress_pending, pending  # deferred: heavy

    waiting = len(pending(project))
    if not waiting:
        return
    print(translate("Reports", "Making the Opus copies of {n} first…").format(
        n=labels.recordings(waiting)), file=sys.stderr)
    shown = sys.stderr.isatty()

    def said(fraction: float, message: str) -> None:
        if shown:
            print(f"\r{message} {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    _made, problems = compress_pending(project, said)
    if shown:
        print(file=sys.stderr)
    for problem in problems:
        print(f"veldwerk: {problem}", file=sys.stderr)


def export_qdpx(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    _copies_first(project)
    with project.session() as session:
        done = write(session, project.media, args.out, audio=args.audio)
    beside = write_left_out(done.path, done.left_out)
    if args.json:
        print(json.dumps({"file": str(done.path), "sources": done.sources,
                          "recordings": done.recordings, "left_out": len(done.left_out),
                          "left_out_file": str(beside), "cannot_carry": done.cannot_carry},
                         ensure_ascii=False))
    else:
        print(done.path)
        print(beside)
    for line in left_out_said(done.left_out, beside):
        print(line, file=sys.stderr)
    for line in done.cannot_carry:
        print(translate("Reports", "Not in the format: {what}").format(what=line),
              file=sys.stderr)
    return 0


def _said(args: argparse.Namespace, done: Any) -> int:
    for path in done.files:
        print(json.dumps({"file": str(path)}, ensure_ascii=False) if args.json else path)
    if done.left_out:
        print(translate("Reports", "Left out for want of consent: {names}.").format(
            names="; ".join(f"{o.name} ({o.reason})" for o in done.left_out)), file=sys.stderr)
    return 0


def export_docx(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk.reports.documents import write_interviews  # deferred: heavy (the models)

    with project.session() as session:
        done = write_interviews(session, args.out, args.interview)
    return _said(args, done)


def export_report(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    from veldwerk.reports.documents import write_report  # deferred: heavy (the models)

    with project.session() as session:
        done = write_report(session, args.out)
    return _said(args, done)


def deposit_given(args: argparse.Namespace) -> Deposit:
    """The deposit's metadata given as flags; a flag given empty is an error, not
    silently nothing."""
    for name, flag in FLAGS.items():
        value = getattr(args, "discipline" if name == "audience" else name)
        if value is not None and not value.strip():
            raise ValidationError(name, translate(
                "Reports", "{flag} was given empty ({what}): give a value, or leave the "
                "flag out to keep what the project has.").format(flag=flag, what=names()[name]))
    return Deposit(args.licence or "", args.rights_holder or "", args.discipline or "",
                   args.access or "", args.contact or "")


def export_archive(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    """Refused on a laptop that joined (the package is the coordinator's copy's). The
    deposit's metadata given as flags is kept with the project first; the missing Opus
    copies are made; then the package is made (what is still missing is said, and nothing
    is written)."""
    given = deposit_given(args)
    with project.session() as session:
        refuse_on_laptop(session)
    if given != Deposit():
        project.run(lambda s: save(s, given), translate("Commands", "the deposit's metadata"))
    with project.session() as session:
        complete(saved(session))  # nothing is made, copies neither, until it is whole
    _copies_first(project)
    with project.session() as session:
        done = write_archive(session, project.media, args.out)
    if args.json:
        print(json.dumps({"file": str(done.path), "files": done.files,
                          "recordings": done.recordings, "left_out": len(done.left_out),
                          "left_out_file": str(done.left_out_file),
                          "recordings_on_request": done.voices_restricted},
                         ensure_ascii=False))
    else:
        print(done.path)
        print(done.left_out_file)
    if done.voices_restricted:
        print(voices_note(), file=sys.stderr)
    for line in left_out_said(done.left_out, done.left_out_file):
        print(line, file=sys.stderr)
    return 0
