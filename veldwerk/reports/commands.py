"""``veldwerk export …``: the analysis outputs without a window (one path per line, or
``--json`` lines; what was left out is said on stderr)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from veldwerk.fsutil import atomic_write_bytes
from veldwerk.i18n import translate
from veldwerk.paths import Device
from veldwerk.reports.archive import write_archive
from veldwerk.reports.deposit import Deposit, save
from veldwerk.reports.qdpx import export_qdpx as write
from veldwerk.reports.tables import csv_bytes, write_csv
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


def export_qdpx(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    with project.session() as session:
        done = write(session, project.media, args.out, audio=args.audio)
    beside = done.path.with_name(f"{done.path.stem}.left-out.csv")
    atomic_write_bytes(beside, csv_bytes([["kind", "id", "name", "reason"]] + [
        [o.kind, o.id, o.name, o.reason] for o in done.left_out]))
    if args.json:
        print(json.dumps({"file": str(done.path), "sources": done.sources,
                          "recordings": done.recordings, "left_out": len(done.left_out),
                          "left_out_file": str(beside), "cannot_carry": done.cannot_carry},
                         ensure_ascii=False))
    else:
        print(done.path)
        print(beside)
    if done.left_out:
        print(translate("Reports", "{n} left out for want of consent: see {file}.").format(
            n=len(done.left_out), file=beside), file=sys.stderr)
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


def export_archive(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    """The deposit's metadata given as flags is kept with the project first (then the
    package is made; what is still missing is said, and nothing is written)."""
    given = Deposit(args.licence, args.rights_holder, args.discipline, args.access,
                    args.contact)
    if given != Deposit():
        project.run(lambda s: save(s, given), translate("Commands", "the deposit's metadata"))
    with project.session() as session:
        done = write_archive(session, project.media, args.out)
    if args.json:
        print(json.dumps({"file": str(done.path), "files": done.files,
                          "recordings": done.recordings, "left_out": len(done.left_out)},
                         ensure_ascii=False))
    else:
        print(done.path)
    if done.left_out:
        print(translate("Reports", "{n} left out for want of consent: see {file}.").format(
            n=len(done.left_out), file="data/README.md"), file=sys.stderr)
    return 0
