"""Interview guides: ordered topics, versioned once interviews use them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def get(session: Session, guide_id: str) -> Guide | None:
    """The guide, or None once it is gone."""
    return session.get(Guide, guide_id)


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


# A guide as a file: what `veldwerk guide add|update` reads and `guide show --json` writes.

TOPIC_FIELDS = ("title", "question", "help", "answer_type", "choices")


@dataclass
class GuideFile:
    """A guide read from a file; ``name`` and ``kind`` are empty where the file names none."""

    topics: list[TopicDraft]
    name: str = ""
    kind: str = ""


def read_file(path: Path) -> GuideFile:
    """A guide from a text file (one topic a line, ``Title: question``; blank lines and
    ``#`` comments skipped) or, for a name ending in ``.json``, from JSON (a list of topics
    or ``{"name", "kind", "topics"}``). Whether it has topics is ``validate``'s to say."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise _file_error(path, translate("Setup", "it is not plain text (UTF-8)")) from None
    except OSError as exc:
        raise _file_error(path, exc.strerror or str(exc)) from None
    if path.suffix.lower() == ".json":
        return _from_json(path, text)
    return GuideFile([_from_line(path, number, line)
                      for number, line in enumerate(text.splitlines(), 1)
                      if line.strip() and not line.lstrip().startswith("#")])


def as_json(session: Session, guide: Guide) -> dict[str, Any]:
    """A guide in the form ``read_file`` reads back."""
    return {"name": guide.name, "kind": guide.kind, "version": guide.version,
            "topics": [{"title": t.title, "question": t.question, "help": t.help_text,
                        "answer_type": t.answer_type, "choices": choices(t)}
                       for t in topics(session, guide.id)]}


def _from_line(path: Path, number: int, line: str) -> TopicDraft:
    title, _colon, question = line.partition(":")
    if not title.strip():
        raise _file_error(path, translate("Setup", "line {number} has no title before the "
                                          "colon").format(number=number))
    return TopicDraft(title.strip(), question.strip())


def _from_json(path: Path, text: str) -> GuideFile:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _file_error(path, translate("Setup", "it is not valid JSON ({detail})").format(
            detail=exc)) from None
    found = GuideFile([])
    if isinstance(data, dict):
        found.name, found.kind = _text(path, data, "name"), _text(path, data, "kind")
        if found.kind and found.kind not in {k.value for k in GuideKind}:
            raise _file_error(path, translate("Setup", "the kind must be one of {kinds}").format(
                kinds=", ".join(k.value for k in GuideKind)))
        data = data.get("topics")
    if not isinstance(data, list):
        raise _file_error(path, translate(
            "Setup", "it must hold a list of topics, or an object with \"topics\""))
    found.topics = [_from_object(path, number, item) for number, item in enumerate(data, 1)]
    return found


def _from_object(path: Path, number: int, item: object) -> TopicDraft:
    where = translate("Setup", "topic {number}").format(number=number)
    title = item.get("title") if isinstance(item, dict) else None
    if not isinstance(item, dict) or not isinstance(title, str) or not title.strip():
        raise _file_error(path, translate("Setup", "{where} has no title").format(where=where))
    unknown = sorted(set(item) - set(TOPIC_FIELDS))
    if unknown:
        raise _file_error(path, translate(
            "Setup", "{where} has a field {field} (known are: {known})").format(
                where=where, field=unknown[0], known=", ".join(TOPIC_FIELDS)))
    answer = _text(path, item, "answer_type") or AnswerType.TEXT.value
    if answer not in {a.value for a in AnswerType}:
        raise _file_error(path, translate(
            "Setup", "{where}: the answer type must be one of {types}").format(
                where=where, types=", ".join(a.value for a in AnswerType)))
    given = item.get("choices", [])
    if not isinstance(given, list) or not all(isinstance(c, str) for c in given):
        raise _file_error(path, translate("Setup", "{where}: choices must be a list of texts")
                          .format(where=where))
    return TopicDraft(item["title"], _text(path, item, "question"), _text(path, item, "help"),
                      answer, list(given))


def _text(path: Path, data: dict[str, object], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise _file_error(path, translate("Setup", "{field} must be text").format(field=key))
    return value


def _file_error(path: Path, reason: str) -> ValidationError:
    return ValidationError("guide_file", translate(
        "Setup", "The guide {path} cannot be read: {reason}.").format(path=path, reason=reason))
