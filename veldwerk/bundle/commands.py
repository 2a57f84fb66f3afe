"""``veldwerk keys|project|bundle|outbox``: keys, project files, bundles (headless)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from veldwerk import labels
from veldwerk.bundle import keys as keymod
from veldwerk.errors import SyncError
from veldwerk.i18n import translate
from veldwerk.paths import Device, device, name_device
from veldwerk.sync import target as targets
from veldwerk.words import size as size_text

PASSPHRASE_ENV = "VELDWERK_PASSPHRASE"


def passphrase(confirm: bool = False) -> str:
    """From ``VELDWERK_PASSPHRASE`` (scripts), else asked without echo (twice for a new
    one); never from the command line, where other users could read it."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise SyncError(translate("Sync", "A passphrase is needed and there is nobody to ask."),
                        hint=translate("Sync", "Run it in a terminal, or give it in "
                                       "{env}.").format(env=PASSPHRASE_ENV))
    first = getpass.getpass(translate("Sync", "Passphrase: "))
    if confirm and getpass.getpass(translate("Sync", "The same passphrase again: ")) != first:
        raise SyncError(translate("Sync", "The two passphrases differ; nothing was made."))
    return first


def _write_keys(keys: keymod.CoordinatorKeys, out: Path, sheet: Path | None) -> None:
    """The key file, then the recovery sheet: to ``sheet`` (0600 from its first byte),
    to standard output for ``-``, or nowhere (``None``: restored from a sheet)."""
    keymod.save_coordinator_keys(keys, out, passphrase(confirm=True))
    if sheet is not None and str(sheet) != "-":
        try:
            keymod.save_recovery_sheet(keys, sheet)
        except SyncError as exc:  # keys nobody could restore: not made at all
            out.unlink(missing_ok=True)
            raise SyncError(exc.message, hint=translate(
                "Sync", "No keys were made. Choose a sheet file in a folder that exists (or "
                "--sheet - to print it) and run it again.")) from exc
    print(translate("Sync", "Keys made: {path}").format(path=out))
    print(translate("Sync", "Public key for bundles: {key}").format(key=keys.age_public))
    print(translate("Sync", "Signing key fingerprint: {fp}").format(
        fp=keymod.fingerprint(keys.signing_public)))
    if sheet is None:
        print(translate("Sync", "No new recovery sheet was written: the one you typed it "
                        "from still serves."))
    elif str(sheet) == "-":
        print()
        print(keymod.recovery_sheet(keys), end="")
        print(translate("Sync", "The recovery sheet is above; no copy of it was written to "
                        "disk. Print it and keep the page locked away."), file=sys.stderr)
    else:
        print(translate("Sync", "The recovery sheet is in {sheet} (readable by you only): it "
                        "holds both secret keys in plain text. Print it, keep the page locked "
                        "away, then delete the file.").format(sheet=sheet))


def keys_new(args: argparse.Namespace, _folder: Path, _me: Device) -> int:
    sheet = args.sheet or args.out.with_name(args.out.name + ".recovery.txt")
    for path in (args.out, sheet):  # before asking for a passphrase
        if str(path) != "-" and path.exists():
            raise SyncError(translate("Sync", "{path} exists already; keys are never written "
                                      "over other keys.").format(path=path))
    _write_keys(keymod.new_coordinator_keys(), args.out, sheet)
    return 0


def keys_restore(args: argparse.Namespace, _folder: Path, _me: Device) -> int:
    try:
        text = args.sheet.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SyncError(translate("Sync", "{path} cannot be read.").format(
            path=args.sheet)) from exc
    _write_keys(keymod.keys_from_sheet(text), args.out, None)
    return 0


def project_export(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.bundle import projectfile  # deferred: heavy (the models)

    keys = keymod.load_coordinator_keys(args.keys, passphrase())
    chosen = None
    if args.folder:
        chosen = targets.checked(targets.FOLDER, args.folder)
    elif args.webdav:
        chosen = targets.checked(targets.WEBDAV, args.webdav, args.user)
    made = projectfile.export_project_file(project, keys, args.member, args.out, chosen)
    where = made.target.describe() if made.target else translate(
        "Sync", "not chosen yet (bundles can go to a folder or USB stick by hand)")
    print(translate("Sync", "Project file for {member}: {path}").format(
        member=made.member["name"], path=args.out))
    print(translate("Sync", "Participant numbers {block}; bundles go to {where}.").format(
        block=str(made.code_block), where=where))
    return 0


def project_join(args: argparse.Namespace, folder: Path, me: Device) -> int:
    from veldwerk.bundle import projectfile  # deferred: heavy (the models)

    done = projectfile.join(folder, me, args.file)
    found = projectfile.read_project_file(args.file)
    mine = keymod.device_fingerprint(folder)
    if args.json:
        print(json.dumps({"id": done.entry.id, "name": done.entry.name, "updated": done.updated,
                          "member": found.member["name"], "code_block": str(found.code_block),
                          "folder": str(done.entry.folder), "fingerprint": mine},
                         ensure_ascii=False))
        return 0
    verb = (translate("Sync", "Brought up to date") if done.updated
            else translate("Sync", "Joined"))
    print(translate("Sync", "{verb}: {name}, as {member}. This laptop gives out participant "
                    "numbers {block}.").format(verb=verb, name=done.entry.name,
                                               member=found.member["name"],
                                               block=str(found.code_block)))
    print(_laptop_key_text(mine))
    return 0


def _laptop_key_text(mine: str | None) -> str:
    if mine is None:
        return translate("Sync", "This laptop has no key yet: it gets one when it joins a "
                         "project from a coordinator's project file.")
    return translate("Sync", "This laptop's key: {fp}. Your coordinator approves this laptop "
                     "by comparing it with what their Inbox shows.").format(fp=mine)


def keys_laptop(args: argparse.Namespace, folder: Path, _me: Device) -> int:
    named = name_device(folder, args.name) if args.name else device(folder)
    mine = keymod.device_fingerprint(folder)
    if args.json:
        print(json.dumps({"fingerprint": mine, "name": named.name}, ensure_ascii=False))
    else:
        print(translate("Sync", "This laptop is called {name}.").format(name=named.name))
        print(_laptop_key_text(mine))
    return 0


def _bytes(size: int) -> str:
    return size_text(size)


def bundle_export(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.audio.processing import compress_pending  # deferred: heavy (the models)
    from veldwerk.bundle import export  # deferred: heavy (sqlmodel)
    from veldwerk.sync import outbox  # deferred: heavy (sqlmodel)

    _copies, problems = compress_pending(project)  # a take travels as its compressed copy
    for problem in problems:
        print(f"veldwerk: {problem}", file=sys.stderr)
    made = export.export(project, _progress() if sys.stderr.isatty() else None)
    for item in made:
        line = {"id": item.id, "file": str(item.file), "part": item.part, "parts": item.parts,
                "entries": item.entries, "media": item.media, "size": item.size}
        print(json.dumps(line) if args.json else translate(
            "Sync", "Bundle {file}: {entries}, {media}, {size}").format(
                file=item.file.name, entries=labels.changes(item.entries),
                media=labels.files(item.media),
                size=_bytes(item.size)))
    if not made and not args.json:
        print(translate("Sync", "Nothing new to send."))
    if args.out:
        copied = outbox.copy_to_folder(project, args.out)
        if not args.json:
            print(translate("Sync", "Copied to {folder}: {bundles}.").format(
                bundles=labels.bundles(copied), folder=args.out))
    return 0


def _progress() -> Any:
    def show(done: int, total: int) -> None:
        if total:
            print(f"\r{100 * done // total:3d} %", end="", file=sys.stderr, flush=True)
            if done >= total:
                print(file=sys.stderr)
    return show


def bundle_inspect(args: argparse.Namespace, _folder: Path, _me: Device) -> int:
    from veldwerk.bundle import opening  # deferred: heavy (sqlalchemy)

    if args.identity is None:
        if not opening.is_age_file(args.file):
            raise SyncError(translate("Sync", "{name} is not a Veldwerk bundle (not an age "
                                      "file).").format(name=args.file.name))
        print(translate("Sync", "{name}: an encrypted bundle of {size}. Only the coordinator "
                        "can open it (--identity KEYFILE).").format(
                            name=args.file.name, size=_bytes(args.file.stat().st_size)))
        return 0
    keys = keymod.load_coordinator_keys(args.identity, passphrase())
    with opening.open_bundle(args.file, keys) as opened:
        counts: dict[str, int] = {}
        for entry in opened.entries:
            counts[entry["operation"]] = counts.get(entry["operation"], 0) + 1
        facts = {"bundle": opened.id, "valid": True, "info": opened.info,
                 "entries": len(opened.entries), "operations": counts,
                 "media": [p.name for p in opened.media]}
        if args.json:
            print(json.dumps(facts, ensure_ascii=False))
            return 0
        info = opened.info
        print(translate("Sync", "Bundle {id}: signature and every checksum are correct.")
              .format(id=opened.id))
        print(translate("Sync", "Project {project}; laptop {device} (key {fp}); member "
                        "{member}.").format(project=info.get("Veldwerk-Project-Name"),
                                            device=info.get("Veldwerk-Device-Name"),
                                            fp=info.get("Veldwerk-Device-Key-Fingerprint"),
                                            member=info.get("Veldwerk-Member-Name")))
        print(translate("Sync", "Changes {after}–{through} ({n} entries: {ops}); {m} media "
                        "files; part {part}.").format(
                            after=int(info.get("Veldwerk-Sequence-After", "0")) + 1,
                            through=info.get("Veldwerk-Sequence-Through"),
                            n=len(opened.entries),
                            ops=", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
                            m=len(opened.media), part=info.get("Veldwerk-Part")))
    return 0


def outbox_list(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.sync import outbox  # deferred: heavy (sqlmodel)

    with project.session() as session:
        found = outbox.bundles(session)
    if not found and not args.json:
        print(translate("Sync", "No bundles yet: the outbox fills when this laptop delivers "
                        "its work (veldwerk sync, or Sync now in the app)."))
    for item in found:
        if args.json:
            print(json.dumps(item.to_json(), ensure_ascii=False))
        else:
            print(f"{item.file_name}  {item.said()}  {_bytes(item.size)}")
    return 0
