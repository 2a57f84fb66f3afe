"""Consent templates: versioned forms with a content hash, so that what someone agreed to
can always be shown exactly as it was, however the template changes later."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from veldwerk.domain import ConsentRecord, ConsentTemplate, Participant, Project, TeamMember
from veldwerk.errors import NotFound, ValidationError
from veldwerk.i18n import translate
from veldwerk.ids import uuid7
from veldwerk.resources import resources_dir

# What a research consent form must tell (GDPR arts. 13 and 7; VSNU code of conduct).
REQUIRED_SECTIONS = ("controller", "dpo", "purpose", "recorded", "who_sees", "retention",
                     "rights", "withdraw")
SCOPES = ("audio", "quotes", "archive", "contact", "group")
LANGUAGES = ("nl", "en")


@dataclass
class Section:
    key: str
    heading: str
    text: str


@dataclass
class Scope:
    key: str
    label: str


@dataclass
class TemplateDraft:
    language: str
    title: str
    sections: list[Section] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    retention_date: date | None = None

    def content(self) -> dict[str, object]:
        """The exact content that is hashed and shown; nothing else counts."""
        return {
            "language": self.language,
            "title": self.title.strip(),
            "sections": [{"key": s.key, "heading": s.heading.strip(), "text": s.text.strip()}
                         for s in self.sections],
            "scopes": [{"key": s.key, "label": s.label.strip()} for s in self.scopes],
            "retention_date": self.retention_date.isoformat() if self.retention_date else None,
        }


def content_hash(draft: TemplateDraft) -> str:
    canonical = json.dumps(draft.content(), ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def default_draft(language: str, retention_date: date | None) -> TemplateDraft:
    """The form shipped with Veldwerk (plain language), for a new project."""
    data = json.loads((resources_dir() / "consent" / f"default_{language}.json")
                      .read_text(encoding="utf-8"))
    return TemplateDraft(language=language, title=data["title"],
                         sections=[Section(**s) for s in data["sections"]],
                         scopes=[Scope(**s) for s in data["scopes"]],
                         retention_date=retention_date)


def element_names() -> dict[str, str]:
    """What each required element is called, for messages and the form editor."""
    return {
        "controller": translate("Consent", "who is responsible (controller)"),
        "dpo": translate("Consent", "the data protection officer"),
        "purpose": translate("Consent", "the purpose of the research"),
        "recorded": translate("Consent", "what is recorded"),
        "who_sees": translate("Consent", "who sees the data"),
        "retention": translate("Consent", "how long data are kept"),
        "rights": translate("Consent", "the participant's rights"),
        "withdraw": translate("Consent", "how to withdraw"),
    }


def scope_names() -> dict[str, str]:
    return {
        "audio": translate("Consent", "audio recording"),
        "quotes": translate("Consent", "anonymised quotes"),
        "archive": translate("Consent", "archiving for reuse"),
        "contact": translate("Consent", "being contacted again"),
        "group": translate("Consent", "recorded together in a group"),
    }


def validate(draft: TemplateDraft) -> None:
    """A form that lacks one of the required elements cannot be used; say which."""
    names = element_names()
    if draft.language not in LANGUAGES:
        raise ValidationError("language", translate(
            "Consent", "A consent form is in Dutch (nl) or English (en)."))
    if not draft.title.strip():
        raise ValidationError("title", translate("Consent", "The consent form needs a title."))
    present = {s.key for s in draft.sections if s.heading.strip() and s.text.strip()}
    missing = [names[key] for key in REQUIRED_SECTIONS if key not in present]
    if missing:
        raise ValidationError("sections", translate(
            "Consent", "The consent form does not yet say: {missing}.").format(
                missing=", ".join(missing)))
    if draft.retention_date is None:
        raise ValidationError("retention_date", translate(
            "Consent", "Set the date until which data are kept (project settings)."))
    keys = [s.key for s in draft.scopes if s.label.strip()]
    if "audio" not in keys:
        raise ValidationError("scopes", translate(
            "Consent", "The consent form must ask whether the conversation may be recorded."))
    if len(set(keys)) != len(keys):
        raise ValidationError("scopes", translate(
            "Consent", "Each choice on the consent form may appear only once."))


def draft_of(template: ConsentTemplate) -> TemplateDraft:
    return TemplateDraft(language=template.language, title=template.title,
                         sections=[Section(**s) for s in json.loads(template.sections)],
                         scopes=[Scope(**s) for s in json.loads(template.scopes)],
                         retention_date=template.retention_date)


def verify(template: ConsentTemplate) -> bool:
    """True when the stored text is still what its hash says (nobody edited the row)."""
    return content_hash(draft_of(template)) == template.content_hash


def _store(template: ConsentTemplate, draft: TemplateDraft) -> ConsentTemplate:
    content = draft.content()
    template.language = draft.language
    template.title = str(content["title"])
    template.sections = json.dumps(content["sections"], ensure_ascii=False)
    template.scopes = json.dumps(content["scopes"], ensure_ascii=False)
    template.retention_date = draft.retention_date
    template.content_hash = content_hash(draft)
    return template


def save(session: Session, project_id: str, draft: TemplateDraft,
         template_id: str | None = None) -> ConsentTemplate:
    """Edit in place while nobody signed this version; otherwise add the next version."""
    validate(draft)
    if template_id is None:
        template = ConsentTemplate(project_id=project_id, lineage_id=uuid7(), version=1,
                                   title=draft.title)
    else:
        old = session.get(ConsentTemplate, template_id)
        if old is None:
            raise NotFound(translate("Consent", "The consent form {id} no longer exists.")
                           .format(id=template_id))
        used = session.exec(select(ConsentRecord.id).where(
            ConsentRecord.template_id == template_id)).first()
        template = old if used is None else ConsentTemplate(
            project_id=project_id, lineage_id=old.lineage_id, version=old.version + 1,
            title=draft.title)
    session.add(_store(template, draft))
    return template


def current(session: Session, project_id: str, language: str) -> ConsentTemplate | None:
    """The newest version in this language (what a new consent is taken on)."""
    return session.exec(select(ConsentTemplate).where(
        ConsentTemplate.project_id == project_id, ConsentTemplate.language == language)
        .order_by(col(ConsentTemplate.version).desc(), col(ConsentTemplate.id).desc())).first()


def no_form_text(joined: bool) -> str:
    """Why consent cannot be taken yet, pointing to who can change that: a laptop that
    joined has no project settings, its coordinator does."""
    if joined:
        return translate("Consent", "This project has no consent form yet. Ask your "
                         "coordinator to add one; it reaches this laptop with the next sync.")
    return translate("Consent", "This project has no consent form yet. Set the date until "
                     "which data are kept under Project › Project settings; the project then "
                     "gets the plain-language form.")


def ensure_defaults(session: Session, project_id: str) -> list[ConsentTemplate]:
    """Give a project the shipped Dutch and English forms if it has none yet."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(translate("Consent", "There is no project {id}.").format(id=project_id))
    made: list[ConsentTemplate] = []
    if session.info.get("joined"):
        return made  # the coordinator's forms came with the project file: none of our own
    if project.retention_date is None:
        return made  # the form must state a date; the consent screen asks for it
    for language in LANGUAGES:
        if current(session, project_id, language) is None:
            made.append(save(session, project_id,
                             default_draft(language, project.retention_date)))
    return made


def shown_text(text: str, template: ConsentTemplate | TemplateDraft, locale_date: str = ""
               ) -> str:
    """Section text as shown: the retention date filled in."""
    value = template.retention_date
    return text.replace("{retention_date}", locale_date or (value.isoformat() if value else "?"))


def for_taking(session: Session, project_id: str, participant_id: str
               ) -> tuple[Participant | None, list[ConsentTemplate], list[TeamMember]]:
    """What a consent screen shows: the participant, the newest form in each language,
    and the team (who takes the consent)."""
    forms = [t for t in (current(session, project_id, language) for language in LANGUAGES)
             if t is not None]
    team = list(session.exec(select(TeamMember).order_by(col(TeamMember.name))))
    return session.get(Participant, participant_id), forms, team
