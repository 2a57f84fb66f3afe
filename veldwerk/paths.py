"""Where Veldwerk keeps its data, and this installation's device identity."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from veldwerk.errors import ValidationError
from veldwerk.fsutil import atomic_write_text
from veldwerk.i18n import translate
from veldwerk.ids import uuid7

ENV_DATA_DIR = "VELDWERK_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``VELDWERK_DATA_DIR``, else the platform's user data folder."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir("Veldwerk", "Veldwerk"))
    return path.expanduser().resolve()


@dataclass(frozen=True)
class Device:
    """One installation: it signs bundles later and numbers its own changes."""

    id: str
    name: str


def device(folder: Path) -> Device:
    """This installation's device, made once on first use."""
    path = folder / "device.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        return Device(id=data["id"], name=data.get("name", ""))
    made = Device(id=uuid7(), name=socket.gethostname())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps({"id": made.id, "name": made.name}))
    except OSError:
        pass  # a read-only folder: nothing will be written here, so no identity is needed
    return made


def name_device(folder: Path, name: str) -> Device:
    """Give this laptop a name its member chooses ("Anna's laptop"): the coordinator sees
    it beside the member's name, instead of the computer's host name."""
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 60 or not cleaned.isprintable():
        raise ValidationError("name", translate(
            "Sync", "Give the laptop a name of 1 to 60 letters, digits or spaces."))
    current = device(folder)
    atomic_write_text(folder / "device.json", json.dumps({"id": current.id, "name": cleaned}))
    return Device(current.id, cleaned)
