"""The ``veldwerk delivery`` commands (arguments in ``sync.arguments``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sqlmodel import Session

from veldwerk.errors import NotFound, ValidationError
from veldwerk.i18n import translate
from veldwerk.merge import coordinator_only
from veldwerk.paths import Device
from veldwerk.sync import routes


def places_list(args: argparse.Namespace, project: Any, _me: Device) -> int:
    coordinator_only(project)
    with project.session() as session:
        laptops = routes.laptops(session)
        shares = routes.shares(session)
    if args.json:
        for laptop in laptops:
            print(json.dumps(laptop.__dict__, ensure_ascii=False))
        return 0
    if not laptops:
        print(translate("Sync", "No laptops yet: a laptop appears here with its first bundle "
                        "(veldwerk inbox import)."))
    for laptop in laptops:
        print(translate("Sync", "{member} ({laptop}, {id}): delivers to {delivers}; answers "
                        "go to {answers}.").format(
                            member=laptop.member or "?", laptop=laptop.name or "?",
                            id=laptop.device_id, delivers=laptop.delivers_to,
                            answers=laptop.answers_to))
    for place, user in shares:
        print(translate("Sync", "Share {place}: you read it as {user}.").format(
            place=place, user=user) if user else translate(
            "Sync", "Share {place}: give your own login (veldwerk delivery login {place} "
            "--user NAME).").format(place=place))
    return 0


def places_login(args: argparse.Namespace, project: Any, _me: Device) -> int:
    target = project.run(lambda s: routes.set_login(s, args.url, args.user))
    print(translate("Sync", "You read {where} as {user}; its password comes from this "
                    "computer's keyring or VELDWERK_WEBDAV_PASSWORD.").format(
                        where=target.location, user=target.user))
    return 0


def places_folder(args: argparse.Namespace, project: Any, _me: Device) -> int:
    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise ValidationError("folder", translate(
            "Sync", "{folder} is not a folder on this computer (is the stick in?).").format(
                folder=folder))

    def work(session: Session) -> routes.LaptopRoute:
        laptop = find_laptop(session, args.laptop)
        routes.choose_folder(session, laptop.device_id, folder.resolve())
        return laptop

    laptop = project.run(work)
    print(translate("Sync", "Answers for {member}'s laptop go to {folder}.").format(
        member=laptop.member, folder=folder.resolve()))
    return 0


def find_laptop(session: Session, given: str) -> routes.LaptopRoute:
    """A laptop by its member's or its own name, or by the start or end of its id."""
    wanted = given.strip().casefold()
    laptops = routes.laptops(session)
    found = [lap for lap in laptops if wanted in (lap.member.casefold(), lap.name.casefold())
             or (len(wanted) >= 4 and (lap.device_id.startswith(wanted)
                                       or lap.device_id.endswith(wanted)))]
    if len({lap.device_id for lap in found}) == 1:
        return found[0]
    if not found:
        raise NotFound(translate("Sync", "There is no laptop {given}.").format(given=given),
                       hint=translate("Sync", "veldwerk delivery list names them."))
    raise ValidationError("laptop", translate(
        "Sync", "{given} fits {n} laptops; give the device id.").format(given=given,
                                                                        n=len(found)))
