"""This installation's choices, kept in ``settings.ini`` in the data folder: typed, read by
the app and by the headless commands alike (the commands speak the chosen language).

The file layout is the one Qt's QSettings wrote before (top-level keys under
``[General]``, ``appearance/scale`` as ``[appearance] scale``), so older files keep
working. A folder that cannot be written keeps the choices for this session only.
"""

from __future__ import annotations

import configparser
import logging
from dataclasses import dataclass, field, fields
from pathlib import Path

from veldwerk.fsutil import atomic_write_text

FILE_NAME = "settings.ini"
LANGUAGES = ("system", "nl", "en")
SCALES = (100, 125, 150, 175, 200)
THEMES = ("system", "normal", "dark", "high-contrast")
log = logging.getLogger(__name__)


@dataclass
class Settings:
    language: str = field(default="system", metadata={"key": "language"})
    text_scale: int = field(default=100, metadata={"key": "appearance/scale"})
    theme: str = field(default="system", metadata={"key": "appearance/theme"})
    start_in_story_mode: bool = field(default=False, metadata={"key": "story/start"})
    story_me: str = field(default="", metadata={"key": "story/me"})  # who records stories
    microphone: str = field(default="", metadata={"key": "audio/input"})  # its device id
    last_project: str = field(default="", metadata={"key": "last_project"})
    # A team database (postgresql://user@host/name) this data folder works in; like --db.
    # No password here: libpq reads it from ~/.pgpass or PGPASSWORD.
    team_database: str = field(default="", metadata={"key": "team/database"})
    # A speech model's folder chosen in the Transcribe window: offered again next time.
    model_folder: str = field(default="", metadata={"key": "transcribe/folder"})
    path: Path | None = field(default=None, repr=False, compare=False,
                              metadata={"key": ""})

    def save(self) -> None:
        """Write the file (temporary name, then rename); a read-only folder only logs."""
        if self.path is None:
            return
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        for item in fields(self):
            key = item.metadata["key"]
            if not key:
                continue
            section, _, name = key.rpartition("/")
            section = section or "General"
            if not parser.has_section(section):
                parser.add_section(section)
            value = getattr(self, item.name)
            parser.set(section, name, ("true" if value else "false")
                       if isinstance(value, bool) else str(value))
        lines: list[str] = []
        for section in parser.sections():
            lines.append(f"[{section}]")
            lines += [f"{name}={value}" for name, value in parser.items(section)]
            lines.append("")
        try:
            atomic_write_text(self.path, "\n".join(lines))
        except OSError as exc:
            log.warning("settings not saved (%s): %s", self.path, exc)


def load(folder: Path) -> Settings:
    """The data folder's settings; defaults for whatever is missing or not understood."""
    path = folder / FILE_NAME
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        log.warning("settings file %s not readable, using defaults: %s", path, exc)
    made = Settings(path=path)
    for item in fields(made):
        key = item.metadata["key"]
        if not key:
            continue
        section, _, name = key.rpartition("/")
        raw = parser.get(section or "General", name, fallback=None)
        if raw is None:
            continue
        raw = raw.strip().strip('"')
        default = getattr(made, item.name)
        if isinstance(default, bool):
            setattr(made, item.name, raw.lower() in ("true", "1", "yes"))
        elif isinstance(default, int):
            try:
                setattr(made, item.name, int(raw))
            except ValueError:
                continue
        else:
            setattr(made, item.name, raw)
    if made.language not in LANGUAGES:
        made.language = "system"
    if made.text_scale not in SCALES:
        made.text_scale = 100
    if made.theme not in THEMES:
        made.theme = "system"
    return made
