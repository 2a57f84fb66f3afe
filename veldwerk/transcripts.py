"""Transcripts: what was said in a recording, as timed segments with their speaker. One per
recording, made by an engine (``veldwerk/transcribe/``) or typed by hand; both write
through here, so the rules hold for each: segments lie within the recording, a speaker is
one of the interview's people, and a changed text is marked as edited by a person."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import text
from sqlmodel import Session, select

from veldwerk.consent.use import AUDIO, Consents
from veldwerk.domain import Recording, Transcript, TranscriptSegment, TranscriptState
from veldwerk.errors import ConsentError, NotFound, ValidationError, VeldwerkError
from veldwerk.i18n import translate
from veldwerk.setup import INTERVIEW_LANGUAGES

UNSET = object()  # "leave the speaker as it is" in :func:`update_segment`
# What of_recording, segments and speakers read: a view of them refreshes when a write
# touched one of these.
READS = frozenset({"transcript", "transcript_segment", "participant", "interview_participant",
                   "interview_interviewer", "team_member"})


class TranscriptExists(VeldwerkError):
    """The recording has a transcript already: making another replaces it, and only when
    asked (what a person corrected would go)."""


class Speaker(NamedTuple):
    """Someone who may speak in a recording: a participant (by code) or a team member."""

    participant_id: str | None
    member_id: str | None
    label: str


def check_language(language: str) -> str:
    """A recording's own language: one the project may be held in, or any the engine
    knows (a story told in Polish in a Dutch project)."""
    from veldwerk.transcribe.models import LANGUAGES  # deferred: the engine's list

    code = language.strip().lower()
    if code not in INTERVIEW_LANGUAGES and code not in LANGUAGES:
        raise ValidationError("language", translate(
            "Transcripts", "{language} is not a language the speech models know; give a "
            "code such as nl, en or pl.").format(language=language))
    return code


def _recording(session: Session, recording_id: str) -> Recording:
    recording = session.get(Recording, recording_id)
    if recording is None:
        raise NotFound(translate("Audio", "There is no recording {id}.").format(id=recording_id))
    return recording


def of_recording(session: Session, recording_id: str) -> Transcript | None:
    return session.exec(select(Transcript).where(Transcript.recording_id == recording_id)
                        .order_by(Transcript.created_at, Transcript.id)).first()


def get_segment(session: Session, segment_id: str) -> TranscriptSegment | None:
    return session.get(TranscriptSegment, segment_id)


def segments(session: Session, transcript_id: str) -> list[TranscriptSegment]:
    """In the order they were said."""
    return list(session.exec(select(TranscriptSegment)
                             .where(TranscriptSegment.transcript_id == transcript_id)
                             .order_by(TranscriptSegment.start_ms, TranscriptSegment.id)))


def refusal(session: Session, interview_id: str) -> str:
    """Why no transcript may be made of this interview's recordings ("" if one may): what
    was said is the recording's, so it takes the recording's consent (everyone in it
    agreed to audio, nobody withdrew: the rule every output keeps)."""
    return Consents(session).source_refusal(interview_id, AUDIO)


def check_consent(session: Session, interview_id: str) -> None:
    """Refuse, in words, a transcript the people in the conversation did not allow:
    transcribed, imported or typed by hand alike."""
    why = refusal(session, interview_id)
    if why:
        raise ConsentError(translate(
            "Transcripts", "No transcript may be made of this recording. {reason}").format(
                reason=why), hint=translate(
            "Transcripts", "A transcript needs everyone's consent to audio, as the recording "
            "does; nothing was written or sent anywhere."))


def begin(session: Session, recording_id: str, language: str, engine: str = "",
          replace: bool = False) -> Transcript:
    """A new, empty transcript of the recording (``engine`` "" when typed by hand). One that
    exists is replaced only with ``replace``; otherwise :class:`TranscriptExists`."""
    recording = _recording(session, recording_id)
    if recording.state == "recording":
        raise ValidationError("recording", translate(
            "Transcripts", "This recording is still being made; transcribe it once it has "
            "stopped."))
    language = check_language(language)
    old = of_recording(session, recording_id)
    if old is not None:
        if not replace:
            raise TranscriptExists(translate(
                "Transcripts", "This recording has a transcript already."), hint=translate(
                "Transcripts", "Making a new one replaces it, with every correction made "
                "to it: ask for that (--replace), or go on with the one there is."))
        remove(session, old.id)
    transcript = Transcript(recording_id=recording_id, language=language, engine=engine,
                            state=(TranscriptState.DONE if not engine
                                   else TranscriptState.PARTIAL).value)
    session.add(transcript)
    return transcript


def remove(session: Session, transcript_id: str) -> None:
    """The transcript and its segments (purge tombstones in the change log)."""
    for segment in segments(session, transcript_id):
        session.delete(segment)
    session.flush()  # the segments first: no relationship tells the flush the order
    transcript = session.get(Transcript, transcript_id)
    if transcript is not None:
        session.delete(transcript)


def _check_time(recording: Recording, start_ms: int, end_ms: int) -> None:
    if start_ms < 0 or end_ms < start_ms or (recording.duration_ms
                                             and start_ms > recording.duration_ms):
        raise ValidationError("start_ms", translate(
            "Transcripts", "A segment must lie within the recording (0 to {ms} ms) and end "
            "after it starts.").format(ms=recording.duration_ms))


def _transcript(session: Session, transcript_id: str) -> Transcript:
    transcript = session.get(Transcript, transcript_id)
    if transcript is None:
        raise NotFound(translate("Transcripts", "The transcript {id} no longer exists.")
                       .format(id=transcript_id))
    return transcript


def _check_speaker(session: Session, recording: Recording, participant_id: str | None,
                   member_id: str | None) -> None:
    if participant_id and member_id:
        raise ValidationError("speaker", translate(
            "Transcripts", "A segment has one speaker: a participant or a team member."))
    allowed = {(s.participant_id, s.member_id) for s in speakers(session, recording.id)}
    if (participant_id or member_id) and (participant_id, member_id) not in allowed:
        raise ValidationError("speaker", translate(
            "Transcripts", "The speaker must be one of the interview's participants or a "
            "team member."))


def add_segment(session: Session, transcript_id: str, start_ms: int, end_ms: int, said: str,
                words: Sequence[tuple[int, int, str]] = (), participant_id: str | None = None,
                member_id: str | None = None, edited: bool = False) -> TranscriptSegment:
    transcript = _transcript(session, transcript_id)
    recording = _recording(session, transcript.recording_id)
    _check_time(recording, int(start_ms), int(end_ms))
    _check_speaker(session, recording, participant_id, member_id)
    segment = TranscriptSegment(
        transcript_id=transcript_id, start_ms=int(start_ms), end_ms=int(end_ms),
        text=said.strip(), words=json.dumps([[int(a), int(b), w] for a, b, w in words],
                                            ensure_ascii=False),
        participant_id=participant_id, member_id=member_id, edited=edited)
    session.add(segment)
    return segment


def update_segment(session: Session, segment_id: str, said: str | None = None,
                   participant_id: object = UNSET, member_id: object = UNSET,
                   start_ms: int | None = None, end_ms: int | None = None
                   ) -> TranscriptSegment:
    """A person's change: a new text marks the segment as edited (its engine words no
    longer match, so they go)."""
    segment = session.get(TranscriptSegment, segment_id)
    if segment is None:
        raise NotFound(translate("Transcripts", "The segment {id} no longer exists.")
                       .format(id=segment_id))
    recording = _recording(session, _transcript(session, segment.transcript_id).recording_id)
    if said is not None and said.strip() != segment.text:
        segment.text, segment.words, segment.edited = said.strip(), "[]", True
    if participant_id is not UNSET or member_id is not UNSET:
        chosen_participant = (segment.participant_id if participant_id is UNSET
                              else participant_id)
        chosen_member = segment.member_id if member_id is UNSET else member_id
        if participant_id is not UNSET and participant_id:
            chosen_member = None
        if member_id is not UNSET and member_id:
            chosen_participant = None
        _check_speaker(session, recording, chosen_participant,  # type: ignore[arg-type]
                       chosen_member)  # type: ignore[arg-type]
        segment.participant_id = chosen_participant  # type: ignore[assignment]
        segment.member_id = chosen_member  # type: ignore[assignment]
    if start_ms is not None or end_ms is not None:
        start = segment.start_ms if start_ms is None else int(start_ms)
        end = segment.end_ms if end_ms is None else int(end_ms)
        _check_time(recording, start, end)
        segment.start_ms, segment.end_ms = start, end
    session.add(segment)
    return segment


def remove_segment(session: Session, segment_id: str) -> None:
    segment = session.get(TranscriptSegment, segment_id)
    if segment is not None:
        session.delete(segment)


def progress(session: Session, transcript_id: str, done_ms: int, finished: bool = False
             ) -> Transcript:
    """How far the engine has come; ``finished`` when it reached the end."""
    transcript = _transcript(session, transcript_id)
    transcript.done_ms = max(transcript.done_ms, int(done_ms))
    if finished:
        transcript.state = TranscriptState.DONE.value
    session.add(transcript)
    return transcript


def words_of(segment: TranscriptSegment) -> list[tuple[int, int, str]]:
    """The engine's timed words (none once a person changed the text)."""
    try:
        return [(int(a), int(b), str(w)) for a, b, w in json.loads(segment.words or "[]")]
    except (ValueError, TypeError):
        return []


def speakers(session: Session, recording_id: str) -> list[Speaker]:
    """Who may speak in the recording: the interview's participants by code, then its
    interviewers, then the rest of the team (anyone may have asked a question)."""
    recording = _recording(session, recording_id)
    people = [Speaker(row[0], None, row[1]) for row in session.execute(text(
        "SELECT p.id, p.code FROM interview_participant l JOIN participant p "
        "ON p.id = l.participant_id WHERE l.interview_id = :i AND p.deleted_at IS NULL "
        "ORDER BY p.code"), {"i": recording.interview_id})]
    interviewers = [row[0] for row in session.execute(text(
        "SELECT member_id FROM interview_interviewer WHERE interview_id = :i"),
        {"i": recording.interview_id})]
    team = list(session.execute(text("SELECT id, name FROM team_member ORDER BY name")))
    team.sort(key=lambda row: row[0] not in interviewers)
    return people + [Speaker(None, row[0], row[1]) for row in team]


def start_segment_at(session: Session, recording_id: str, at_ms: int, language: str,
                     ) -> TranscriptSegment:
    """A person starts a segment where the player stands (a transcript typed by hand
    begins with the first, ``engine`` ""): it lasts until the next segment, or the end of
    the recording, and the one it falls in now ends where it starts."""
    recording = _recording(session, recording_id)
    check_consent(session, recording.interview_id)  # also for a transcript there is
    transcript = of_recording(session, recording_id)
    if transcript is None:
        transcript = begin(session, recording_id, language, engine="")
        session.flush()
    existing = segments(session, transcript.id)
    for segment in existing:
        if segment.start_ms <= at_ms < segment.end_ms:
            update_segment(session, segment.id, end_ms=at_ms)
    later = [s.start_ms for s in existing if s.start_ms > at_ms]
    end = min(later) if later else max(at_ms, recording.duration_ms or 0)
    segment = add_segment(session, transcript.id, at_ms, end, "", edited=True)
    session.flush()
    return segment
