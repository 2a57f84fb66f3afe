"""Transcripts made elsewhere (noScribe, aTrain, a subtitle editor, a typist), read onto a
recording: SRT, WebVTT, and plain text whose lines start with a time ([hh:]mm:ss, bracketed
or not, as noScribe and aTrain write them).

Everyone in the conversation must (still) allow audio, as for the recording itself. The
file is read whole and checked before anything is written: a file with no timed line,
or a time that cannot be read, is refused with the line it is on. Segments go through
``transcripts.py`` like an engine's, clipped to the recording (what starts after its end
is left out and counted). A plain text's segment lasts until the next one starts. Speaker
labels the tool wrote ("SPEAKER_00:", "S1:", WebVTT's ``<v S1>``) stay in the text: who
spoke is chosen by hand, among the interview's people.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from veldwerk import transcripts
from veldwerk.domain import Recording
from veldwerk.errors import NotFound, VeldwerkError
from veldwerk.i18n import translate

LARGEST = 20 * 1024 * 1024  # a transcript of many hours is a few MB

_CUE_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
_CUE = re.compile(rf"^\s*{_CUE_TIME}\s*-->\s*{_CUE_TIME}")
# A plain line's time: [01:02:03], 01:02, (12:05.5), optionally after a speaker's label.
_LINE = re.compile(r"^\s*(?:(?P<who>[^\d\s:\[\(][^\s:\[\(]{0,29}):\s*)?[\[\(]?(?:(?P<h>\d{1,2}):)?"
                   r"(?P<m>\d{1,2}):(?P<s>\d{2})(?:[.,](?P<f>\d{1,3}))?[\]\)]?"
                   r"(?:\s*[-–:]\s+|\s+|$)(?P<said>.*)$")
_SPEAKER_LINE = re.compile(r"^\s*(?:SPEAKER_\d+|S\d+|Speaker \d+|Spreker \d+)\s*:?\s*$", re.I)
_TAG = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>|</?[a-z][^>]*>|<\d[^>]*>", re.I)


class TranscriptFileError(VeldwerkError):
    """A transcript file that cannot be read as a timed transcript."""


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int | None  # None: until the next one (plain text)
    said: str


@dataclass(frozen=True)
class Imported:
    transcript_id: str
    segments: int
    left_out: int  # started after the recording's end
    tool: str


def _ms(hours: str | None, minutes: str, seconds: str, fraction: str | None) -> int:
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(
        (fraction or "0").ljust(3, "0")[:3])


def _bad(line: int, why: str) -> TranscriptFileError:
    return TranscriptFileError(
        translate("Transcripts", "Line {line} of the transcript cannot be read: {why}.")
        .format(line=line, why=why),
        hint=translate("Transcripts", "Give an SRT or WebVTT file, or plain text whose lines "
                       "start with a time such as [00:01:05]; nothing was imported."))


def _subtitles(lines: list[str]) -> list[Cue]:
    """SRT and WebVTT: blocks of a time line and text lines (a number or an id before)."""
    cues: list[Cue] = []
    number = 0
    while number < len(lines):
        found = _CUE.match(lines[number])
        if found is None:
            if "-->" in lines[number]:
                raise _bad(number + 1, translate("Transcripts", "a time that is not "
                                                 "hh:mm:ss,mmm"))
            number += 1
            continue
        start, end = _ms(*found.groups()[:4]), _ms(*found.groups()[4:])
        if end < start:
            raise _bad(number + 1, translate("Transcripts", "it ends before it starts"))
        said = []
        number += 1
        while number < len(lines) and lines[number].strip():
            said.append(_without_tags(lines[number]))
            number += 1
        cues.append(Cue(start, end, " ".join(s for s in said if s)))
    return cues


def _without_tags(line: str) -> str:
    """WebVTT's markup gone, a voice tag kept as its speaker's label ("S1: …")."""
    return html.unescape(_TAG.sub(lambda m: f"{m.group(1).strip()}: " if m.group(1) else "",
                                  line)).strip()


def _plain(lines: list[str]) -> list[Cue]:
    """Lines that start with a time begin a segment; lines without one go on with it. A
    speaker's label alone on its line (aTrain) starts each of the following segments'
    text; what comes before the first time is a heading."""
    cues: list[list] = []  # type: ignore[type-arg]
    speaker = ""
    for line in lines:
        found = _LINE.match(line)
        if found is not None:
            said = found["said"].strip()
            who = found["who"] or speaker
            if who:
                said = f"{who}: {said}"
            cues.append([_ms(found["h"], found["m"], found["s"], found["f"]), said])
        elif _SPEAKER_LINE.match(line):
            speaker = line.strip().rstrip(":")
        elif cues and line.strip():
            cues[-1][1] = f"{cues[-1][1]} {line.strip()}".strip()
    cues.sort(key=lambda cue: cue[0])
    return [Cue(start, None, said) for start, said in cues]


def read(content: str) -> tuple[str, list[Cue]]:
    """The cues of a transcript file's text, and the tool that wrote it ('' unknown)."""
    lines = content.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    subtitles = lines[0].strip().startswith("WEBVTT") or any(
        "-->" in line for line in lines[:50])
    cues = _subtitles(lines) if subtitles else _plain(lines)
    if not cues:
        raise TranscriptFileError(
            translate("Transcripts", "The file holds no timed text."),
            hint=translate("Transcripts", "Give an SRT or WebVTT file, or plain text whose "
                           "lines start with a time such as [00:01:05]; nothing was "
                           "imported."))
    head = content[:4000].lower()
    tool = "noScribe" if "noscribe" in head else "aTrain" if "atrain" in head else ""
    return tool, cues


def _file_text(path: Path) -> str:
    try:
        if path.stat().st_size > LARGEST:
            raise TranscriptFileError(translate(
                "Transcripts", "{path} is too large for a transcript.").format(path=path))
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TranscriptFileError(
            translate("Transcripts", "{path} is not UTF-8 text.").format(path=path),
            hint=translate("Transcripts", "Save it again as UTF-8 text (SRT, WebVTT or "
                           ".txt).")) from exc
    except OSError as exc:
        raise TranscriptFileError(translate("Transcripts", "{path} cannot be read ({why}).")
                                  .format(path=path, why=exc.strerror or exc)) from exc


def import_transcript(session: Session, recording_id: str, path: Path,
                      replace: bool = False) -> Imported:
    """The file as the recording's transcript (one there is only with ``replace``)."""
    tool, cues = read(_file_text(path))
    recording = session.get(Recording, recording_id)
    if recording is None:
        raise NotFound(translate("Audio", "There is no recording {id}.").format(id=recording_id))
    transcripts.check_consent(session, recording.interview_id)
    length = recording.duration_ms
    language = str(session.execute(text("SELECT language FROM project")).scalar() or "nl")
    made = transcripts.begin(session, recording_id, language, tool, replace)
    session.flush()
    kept = left = 0
    for number, cue in enumerate(cues):
        if length and cue.start_ms >= length:
            left += 1
            continue
        end = cue.end_ms if cue.end_ms is not None else (
            cues[number + 1].start_ms if number + 1 < len(cues) else length or cue.start_ms)
        end = max(cue.start_ms, min(end, length) if length else end)
        if cue.said:
            transcripts.add_segment(session, made.id, cue.start_ms, end, cue.said)
            kept += 1
    transcripts.progress(session, made.id, length, finished=True)
    return Imported(made.id, kept, left, tool)
