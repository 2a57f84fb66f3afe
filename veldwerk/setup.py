"""Project setup by the coordinator: details, phases, neighbourhoods and the team."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from veldwerk.domain import (
    Interview,
    InterviewInterviewer,
    Neighbourhood,
    Participant,
    Phase,
    Project,
    Role,
    TeamMember,
)
from veldwerk.errors import ValidationError
from veldwerk.i18n import translate


@dataclass
class NamedItem:
    """An editable list entry: ``id`` None is new; ``extra`` is a prefix or a role;
    ``named`` (team) whether the member agreed to be named in outputs (None: as it is,
    which for a new member is no)."""

    name: str
    extra: str = ""
    id: str | None = None
    named: bool | None = None


# The languages interviews are held in, by their ISO 639-1 code (as Whisper takes them) and
# their own name (a language is found by its own name in any interface language).
INTERVIEW_LANGUAGES = {"nl": "Nederlands", "en": "English", "de": "Deutsch", "fr": "Français",
                       "tr": "Türkçe", "ar": "العربية", "pl": "Polski", "es": "Español"}


def check_language(language: str) -> str:
    code = language.strip().lower()
    if code not in INTERVIEW_LANGUAGES:
        raise ValidationError("language", translate(
            "Setup", "{language} is not a language Veldwerk knows; choose one of {known}."
        ).format(language=language, known=", ".join(INTERVIEW_LANGUAGES)))
    return code


def check_dates(start_date: date | None, end_date: date | None,
                retention_date: date | None) -> None:
    if start_date and end_date and end_date < start_date:
        raise ValidationError("end_date", translate("Setup", "The end date is before the start."))
    if retention_date and end_date and retention_date < end_date:
        raise ValidationError("retention_date", translate(
            "Setup", "Data must be kept at least until the project ends."))


def update_details(session: Session, project_id: str, name: str, description: str,
                   start_date: date | None, end_date: date | None,
                   retention_date: date | None = None, language: str | None = None) -> None:
    """Also the retention date, which the consent forms state: a new date gives the forms
    a new version (or edits them while nobody signed)."""
    from veldwerk.consent import templates  # deferred: heavy (the models)

    check_dates(start_date, end_date, retention_date)
    project = session.get(Project, project_id)
    assert project is not None
    project.name, project.description = name, description
    project.start_date, project.end_date = start_date, end_date
    if language is not None:
        project.language = check_language(language)
    changed = retention_date is not None and retention_date != project.retention_date
    if retention_date is not None:
        project.retention_date = retention_date
    session.add(project)
    session.flush()
    if changed:
        for language_of_form in templates.LANGUAGES:
            form = templates.current(session, project_id, language_of_form)
            if form is not None and form.retention_date != retention_date:
                draft = templates.draft_of(form)
                draft.retention_date = retention_date
                templates.save(session, project_id, draft, form.id)
    templates.ensure_defaults(session, project_id)


def project(session: Session, project_id: str) -> Project | None:
    """The project's row (its name, dates, retention and language)."""
    return session.get(Project, project_id)


def phases(session: Session) -> list[Phase]:
    return list(session.exec(select(Phase).order_by(Phase.position)))


def neighbourhoods(session: Session) -> list[Neighbourhood]:
    return list(session.exec(select(Neighbourhood).order_by(Neighbourhood.position)))


def team(session: Session) -> list[TeamMember]:
    return list(session.exec(select(TeamMember).order_by(TeamMember.name)))


def _clean(items: Sequence[NamedItem], what: str) -> list[NamedItem]:
    seen: set[str] = set()
    cleaned: list[NamedItem] = []
    for item in items:
        name = " ".join(item.name.split())
        if not name:
            continue
        if name.casefold() in seen:
            raise ValidationError(what, translate("Setup", "{name} appears twice.").format(
                name=name))
        seen.add(name.casefold())
        cleaned.append(NamedItem(name, item.extra.strip(), item.id, item.named))
    return cleaned


def save_phases(session: Session, project_id: str, items: Sequence[NamedItem]) -> None:
    """Rename, reorder and add phases. Removing one that interviews use is refused."""
    _save_list(session, Phase, project_id, _clean(items, "phases"),
               lambda row, item: None)


def _prefix_from(name: str) -> str:
    """The first three letters or digits of a name, accents dropped ("Één Pijp" -> "EEN"):
    codes go into file names and exports."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded if c.isalnum())[:3].upper()


def save_neighbourhoods(session: Session, project_id: str, items: Sequence[NamedItem]) -> None:
    cleaned = _clean(items, "neighbourhoods")
    prefixes: set[str] = set()
    for item in cleaned:
        prefix = item.extra.upper() or _prefix_from(item.name)
        if not (prefix.isascii() and prefix.isalnum()) or len(prefix) > 8:
            raise ValidationError("neighbourhoods", translate(
                "Setup", "The code prefix {prefix} may hold only letters and digits (at most 8)."
            ).format(prefix=prefix))
        if prefix in prefixes:
            raise ValidationError("neighbourhoods", translate(
                "Setup", "Two neighbourhoods share the code prefix {prefix}.").format(
                    prefix=prefix))
        prefixes.add(prefix)
        item.extra = prefix

    def apply(row: Neighbourhood, item: NamedItem) -> None:
        row.code_prefix = item.extra

    _save_list(session, Neighbourhood, project_id, cleaned, apply)


def save_team(session: Session, project_id: str, items: Sequence[NamedItem]) -> None:
    """A member without a role is a student; a role that is not one of ``Role`` is refused
    (saving it as a student without a word would hide a typing mistake). Outputs name a
    member by role and number until ``named`` says they agreed to their name."""
    roles = [role.value for role in Role]
    cleaned = _clean(items, "team")
    for item in cleaned:
        if not item.extra:
            item.extra = Role.STUDENT.value
        elif item.extra not in roles:
            raise ValidationError("team", translate(
                "Setup", "{name} has the role {role}, which Veldwerk does not know. "
                "Choose one of: {roles}.").format(
                    name=item.name, role=item.extra, roles=", ".join(roles)))

    def apply(row: TeamMember, item: NamedItem) -> None:
        row.role = item.extra
        if item.named is not None:
            row.named = item.named

    _save_list(session, TeamMember, project_id, cleaned, apply)


_USED_BY: dict[type, list[tuple[type, str]]] = {
    Phase: [(Interview, "phase_id")],
    Neighbourhood: [(Interview, "neighbourhood_id"), (Participant, "neighbourhood_id")],
    TeamMember: [(InterviewInterviewer, "member_id")],
}


def _in_use(session: Session, model: type, row_id: str) -> bool:
    return any(
        session.exec(select(user.id).where(getattr(user, column) == row_id)).first() is not None
        for user, column in _USED_BY.get(model, []))


def _save_list(session: Session, model: type, project_id: str, items: list[NamedItem],
               apply: object) -> None:
    existing = {row.id: row for row in session.exec(select(model))}
    keep = {item.id for item in items if item.id in existing}
    for row_id, row in existing.items():
        if row_id not in keep and _in_use(session, model, row_id):
            raise ValidationError(model.__tablename__, translate(
                "Setup", "{name} is still used by interviews or participants and cannot be "
                "removed.").format(name=row.name))
    for row_id, row in existing.items():
        if row_id not in keep:
            session.delete(row)
    session.flush()
    for position, item in enumerate(items):
        row = existing.get(item.id) if item.id else None
        if row is None:
            kwargs = {"project_id": project_id, "name": item.name}
            if model is Neighbourhood:
                kwargs["code_prefix"] = item.extra
            row = model(**kwargs)
            session.add(row)
        row.name = item.name
        if hasattr(row, "position"):
            row.position = position
        apply(row, item)  # type: ignore[operator]
