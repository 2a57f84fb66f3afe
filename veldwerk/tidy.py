"""What opening a project looks for: recordings a crash interrupted (or that caught no
sound) and what has been in the recycle bin longer than it keeps things. The looks are plain
SQL, so an open that finds nothing to do (nearly every open) loads nothing more; the repairs
(``audio.media``, ``recycle``) import these rules from here and ``projects.tidy`` calls them.
"""

from __future__ import annotations

import contextlib
import sys
from datetime import datetime, timedelta

from sqlalchemy import Engine, text

from veldwerk.audio import duration_text
from veldwerk.domain.kinds import PLAYABLE_STATES
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.mediastore import overwrite_and_unlink
from veldwerk.store.changelog import time_text
from veldwerk.store.project import OpenProject

KEEP_DAYS = 30  # how long the recycle bin keeps what was deleted

# Takes to repair (a crash interrupted them) or to drop (finished without a sample).
UNFINISHED = ("state = 'recording' OR (duration_ms = 0 AND state IN "
              f"({', '.join(repr(s) for s in PLAYABLE_STATES)}))")


def cutoff(now: datetime | None = None) -> datetime:
    return (now or utcnow()) - timedelta(days=KEEP_DAYS)


def _exists(engine: Engine, sql: str, **params: object) -> bool:
    with engine.connect() as connection:
        return connection.execute(text(f"SELECT EXISTS ({sql})"), params).scalar() == 1


def anything_interrupted(engine: Engine) -> bool:
    return _exists(engine, f"SELECT 1 FROM recording WHERE {UNFINISHED}")


def anything_expired(engine: Engine, now: datetime | None = None) -> bool:
    moment = time_text(cutoff(now))
    return _exists(engine, "SELECT 1 FROM interview WHERE deleted_at < :t UNION ALL "
                   "SELECT 1 FROM participant WHERE deleted_at < :t", t=moment)


def drop_parts(project: OpenProject) -> None:
    """A killed import leaves a media file it was copying in as ``media/.<name>.<pid>.part``
    (and a bundle being fetched in ``incoming/``): this project's lock is held now, so no
    import of it is running, and what was half copied goes. (A team database's folder is
    shared: another coordinator may be importing, so its parts are left alone.)"""
    for folder in (project.media, project.folder / "incoming", project.folder / "inbox"):
        try:
            parts = [p for p in folder.glob(".*.part") if p.is_file()]
        except OSError:
            continue
        for part in parts:
            with contextlib.suppress(OSError):
                overwrite_and_unlink(part)


def tell_recovered(project: OpenProject) -> None:
    """Commands say on stderr what the open repaired (the app shows it in a dialog)."""
    for item in project.recovered:
        print(translate("Audio", "Recording recovered: {duration} (interview {id})").format(
            duration=duration_text(item.duration_ms), id=item.interview_id), file=sys.stderr)
