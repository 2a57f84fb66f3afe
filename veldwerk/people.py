"""How team members are named in what leaves the app (CSV, spreadsheets, documents, the
QDA project, the archive, chart pictures): by role and number, unless the member agreed to
be named. Co-researchers are often residents of the neighbourhood themselves; the app's own
screens keep names."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from veldwerk import labels


def numbered(members: list[tuple[str, str, str, bool]]) -> dict[str, str]:
    """``(id, name, role, named)`` in the order they joined → id to the name outputs show.

    Numbers count per role in joining order, so "Student 2" stays Student 2 in every
    export of the project (a member added later gets the next number)."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for member_id, name, role, named in members:
        counts[role] = counts.get(role, 0) + 1
        shown[member_id] = name if named else f"{labels.role(role)} {counts[role]}"
    return shown


def shown_names(session: Session) -> dict[str, str]:
    """Every team member's id → the name outputs show, in the current language."""
    rows = session.execute(text(
        "SELECT id, name, role, named FROM team_member ORDER BY created_at, id")).all()
    return numbered([(r[0], r[1], r[2], bool(r[3])) for r in rows])
