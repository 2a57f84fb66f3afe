"""The stored vocabularies (kinds, statuses, roles, states) and the rules of each kind of
interview, kept apart from the tables so that screens and the start-up path can use them
without building the ORM models.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    STUDENT = "student"
    CO_RESEARCHER = "co_researcher"
    COORDINATOR = "coordinator"


# A participant's age band ("" is: not given).
AGE_BANDS = ("", "<18", "18-29", "30-44", "45-64", "65-74", "75-84", "85+")


class InterviewKind(StrEnum):
    INTERVIEW = "interview"
    FOCUS_GROUP = "focus_group"
    OBSERVATION = "observation"
    QUESTIONNAIRE = "questionnaire"
    STORY = "story"


class Status(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class AnswerType(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    SCALE = "scale"
    YES_NO = "yes_no"


class GuideKind(StrEnum):
    INTERVIEW = "interview"
    QUESTIONNAIRE = "questionnaire"


class RecordingState(StrEnum):
    RECORDING = "recording"  # being written; found after a crash, it is recovered
    OK = "ok"
    RECOVERED = "recovered"  # interrupted and repaired: everything up to the last second
    INCOMPLETE = "incomplete"  # imported from a damaged file: only part of it could be read
    DAMAGED = "damaged"  # its media file is missing or no longer matches its SHA-256


# Finished takes that can be listened to and compressed.
PLAYABLE_STATES = (RecordingState.OK.value, RecordingState.RECOVERED.value,
                   RecordingState.INCOMPLETE.value)


@dataclass(frozen=True)
class KindRules:
    """What one kind of interview allows and needs; validation, the consent gate, the
    labels and the list all read this table (``RULES``), not rules of their own."""

    min_participants: int  # the smallest number it can be saved with
    max_participants: int | None  # None: no limit
    needs_audio_consent: bool  # recording needs every participant's yes to audio
    needs_group_consent: bool  # ...and to being recorded together with others
    guide: str | None  # the kind of guide it takes by default (GuideKind), or none
    icon: str  # a symbol beside its name in lists


RULES: dict[str, KindRules] = {
    InterviewKind.INTERVIEW.value: KindRules(0, 1, True, False, GuideKind.INTERVIEW.value, "●"),
    InterviewKind.FOCUS_GROUP.value: KindRules(0, None, True, True, GuideKind.INTERVIEW.value,
                                               "◎"),
    InterviewKind.OBSERVATION.value: KindRules(0, 0, False, False, None, "◇"),
    InterviewKind.QUESTIONNAIRE.value: KindRules(0, 1, True, False,
                                                 GuideKind.QUESTIONNAIRE.value, "☑"),
    InterviewKind.STORY.value: KindRules(0, 1, True, False, GuideKind.INTERVIEW.value, "✎"),
}


class TranscriptState(StrEnum):
    PARTIAL = "partial"  # the engine stopped before the end: it goes on from ``done_ms``
    DONE = "done"  # to the end, or typed by hand
