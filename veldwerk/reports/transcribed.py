"""Transcripts as every output shows them (the Word document, the tables, REFI-QDA, the
archive package): read once, per recording, with their speakers as outputs name them.

A transcript is what was said in a recording: it goes wherever the recording's sound may
go, so only where everyone in the conversation allows audio, and (as the text it is) only
in interviews the output holds at all, which already needed quotes. Participants speak by
code; team members by ``people.shown_names`` (role and number unless they agreed). What a
refusal kept out is returned as ``LeftOut`` rows of kind ``transcript``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlmodel import Session

from veldwerk.consent.use import AUDIO, Consents, LeftOut
from veldwerk.i18n import translate
from veldwerk.people import shown_names


@dataclass(frozen=True)
class Line:
    """One segment as it leaves the app."""

    id: str
    recording_id: str
    interview_id: str
    start_ms: int
    end_ms: int
    speaker: str  # a participant's code, a team member's shown name, or ""
    text: str
    edited: bool


@dataclass
class Transcribed:
    """Each allowed recording's lines in the order they were said (only recordings with a
    transcript), and the transcripts consent kept out."""

    lines: dict[str, list[Line]]
    left_out: list[LeftOut]
    titles: dict[str, str]  # recording id → "Recording 2"


def stamp(ms: int) -> str:
    """A segment's start as transcripts write it: [mm:ss], or [h:mm:ss] from an hour."""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    if hours:
        return f"[{hours}:{rest // 60:02d}:{rest % 60:02d}]"
    return f"[{rest // 60:02d}:{rest % 60:02d}]"


def read(session: Session, interviews: list[str], consents: Consents) -> Transcribed:
    """The transcripts of these interviews' recordings that may leave."""
    codes = consents.codes
    members = shown_names(session)
    lines: dict[str, list[Line]] = defaultdict(list)
    titles: dict[str, str] = {}
    left: list[LeftOut] = []
    refused: dict[str, str] = {}
    statement = text("""
            SELECT s.id, r.id, r.interview_id, s.start_ms, s.end_ms, s.participant_id,
              s.member_id, s.text, s.edited, r.position
            FROM transcript_segment s JOIN transcript t ON t.id = s.transcript_id
            JOIN recording r ON r.id = t.recording_id
            WHERE r.interview_id IN :ids AND r.state NOT IN ('recording', 'damaged')
            ORDER BY r.interview_id, r.position, r.id, s.start_ms, s.id""").bindparams(
        bindparam("ids", expanding=True))
    rows = [row for start in range(0, len(interviews), 500)  # a chunk of ids at a time
            for row in session.execute(statement, {"ids": interviews[start:start + 500]})]
    for row in rows:
        (segment, recording, interview, start, end, person, member, said, edited,
         position) = row
        title = translate("Reports", "Recording {n}").format(n=int(position))
        if recording not in titles and recording not in refused:
            reason = consents.source_refusal(interview, AUDIO)
            if reason:
                refused[recording] = reason
                left.append(LeftOut("transcript", recording, title, reason))
            else:
                titles[recording] = title
        if recording in refused:
            continue
        speaker = (codes.get(person, "") if person
                   else members.get(member, "") if member else "")
        lines[recording].append(Line(segment, recording, interview, int(start), int(end),
                                     speaker, said or "", bool(edited)))
    return Transcribed(dict(lines), left, titles)


def plain_text(lines: list[Line]) -> tuple[str, list[int]]:
    """The transcript as plain text, a line per segment ("[01:05] ELS-001: …"), and where
    each segment's line starts (in code points, as REFI-QDA counts)."""
    content = ""
    starts: list[int] = []
    for line in lines:
        starts.append(len(content))
        said = " ".join(line.text.split())  # one line per segment
        content += (f"{stamp(line.start_ms)} {line.speaker}: {said}\n" if line.speaker
                    else f"{stamp(line.start_ms)} {said}\n")
    return content, starts
