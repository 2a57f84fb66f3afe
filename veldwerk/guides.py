"""Interview guides: ordered topics, versioned once interviews use them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, select

from veldwerk.domain import AnswerType, Guide, GuideKind, Interview, Topic
from veldwerk.errors import ValidationError
from veldwerk.i18n import translate
from veldwerk.ids import uuid7


@dataclass
class TopicDraft:
    title: str
    question: str = ""
    help_text: str = ""
    answer_type: str = AnswerType.TEXT.value
    choices: list[str] = field(default_factory=list)
    continues: str | None = None  # the topic (of this guide) it continues; None: a new one


def current_guides(session: Session) -> list[Guide]:
    """The newest version of every guide."""
    newest = (select(Guide.lineage_id, func.max(Guide.version).label("v"))
              .group_by(Guide.lineage_id).subquery())
    query = select(Guide).join(newest, (Guide.lineage_id == newest.c.lineage_id)
                               & (Guide.version == newest.c.v)).order_by(Guide.name)
    return list(session.exec(query))


def topics(session: Session, guide_id: str) -> list[Topic]:
    return list(session.exec(select(Topic).where(Topic.guide_id == guide_id)
                             .order_by(Topic.position)))


def choices(topic: Topic) -> list[str]:
    try:
        data = json.loads(topic.choices or "[]")
    except ValueError:
        return []
    return [str(c) for c in data] if isinstance(data, list) else []


def validate(name: str, drafts: Sequence[TopicDraft]) -> list[TopicDraft]:
    if not name.strip():
        raise ValidationError("guide_name", translate("Setup", "Give the guide a name."))
    cleaned = [d for d in drafts if d.title.strip()]
    if not cleaned:
        raise ValidationError("topics", translate(
            "Setup", "A guide needs at least one topic. Add a topic with a title."))
    for draft in cleaned:
        if draft.answer_type not in {a.value for a in AnswerType}:
            draft.answer_type = AnswerType.TEXT.value
        if draft.answer_type == AnswerType.CHOICE.value and len(
                [c for c in draft.choices if c.strip()]) < 2:
            raise ValidationError("topics", translate(
                "Setup", "The question {title} needs at least two choices.").format(
                    title=draft.title))
    return cleaned


def create_guide(session: Session, project_id: str, name: str, drafts: Sequence[TopicDraft],
                 kind: str = GuideKind.INTERVIEW.value) -> Guide:
    cleaned = validate(name, drafts)
    guide = Guide(project_id=project_id, lineage_id=uuid7(), version=1, name=name.strip(),
                  kind=kind)
    session.add(guide)
    _add_topics(session, guide.id, cleaned)
    return guide


def save_guide(session: Session, guide_id: str, name: str, drafts: Sequence[TopicDraft]) -> Guide:
    """Edit in place while no interview uses this version; otherwise make the next version.

    Interviews keep the version they were written with, so their notes stay under
    the topics the interviewer saw.
    """
    cleaned = validate(name, drafts)
    guide = session.get(Guide, guide_id)
    assert guide is not None
    used = session.exec(select(Interview.id).where(Interview.guide_id == guide_id)).first()
    lineages = {t.id: t.lineage_id or t.id for t in topics(session, guide_id)}
    if used is None:
        guide.name = name.strip()
        for old in topics(session, guide_id):
            session.delete(old)
        session.flush()
        _add_topics(session, guide.id, cleaned, lineages)
        return guide
    newer = Guide(project_id=guide.project_id, lineage_id=guide.lineage_id,
                  version=guide.version + 1, name=name.strip(), kind=guide.kind)
    session.add(newer)
    _add_topics(session, newer.id, cleaned, lineages)
    return newer


def _add_topics(session: Session, guide_id: str, drafts: Sequence[TopicDraft],
                lineages: dict[str, str] | None = None) -> None:
    """The drafts as topics; one that continues an earlier topic keeps its lineage."""
    known = lineages or {}
    for position, draft in enumerate(drafts):
        lineage = known.get(draft.continues or "") or uuid7()
        session.add(Topic(guide_id=guide_id, position=position, title=draft.title.strip(),
                          lineage_id=lineage,
                          question=draft.question.strip(), help_text=draft.help_text.strip(),
                          answer_type=draft.answer_type,
                          choices=json.dumps([c.strip() for c in draft.choices if c.strip()],
                                             ensure_ascii=False)))
