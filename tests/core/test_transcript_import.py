"""Transcripts made elsewhere read onto a recording: SRT, WebVTT (as noScribe writes it,
with voice tags) and timed plain text (as aTrain writes it, a speaker's label on its own
line); clipped to the recording; only where everyone allows audio; a broken file refused
with its line, nothing written; one transcript per recording unless replaced; the command
as a user types it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import consent_to_audio
from tests.realapp import veldwerk
from veldwerk import interviews, projects, transcripts
from veldwerk.audio import ffmpeg
from veldwerk.audio.importing import import_file
from veldwerk.errors import ConsentError
from veldwerk.transcript_files import TranscriptFileError, import_transcript

SRT = """1
00:00:00,250 --> 00:00:01,800
SPEAKER_00: Goedemorgen.

2
00:00:01,800 --> 00:00:04,900
Hoe lang woont u
al in deze straat?

3
00:00:05,500 --> 00:00:06,000
Na het einde.
"""

VTT = """WEBVTT Interview Markt

NOTE
Transcribed with noScribe vers. 0.5

1
00:00:00.000 --> 00:00:02.000
<v S01>Dag &amp; welkom</v>

2
00:00:02.000 --> 00:00:03.500
<v S02>Dank <i>u</i> wel
"""

ATRAIN = """Transcription for 240101-markt

SPEAKER_00
[00:00:00] - Vertelt u eens.
SPEAKER_01
[00:00:01] - Ik kwam hier in
negentienzeventig.
[00:00:03] - Naast de bakker.
"""


def _recording(project, entry, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """A recording of 4 s on an interview everyone agreed to record."""
    tone = tmp_path / "toon.ogg"
    subprocess.run([ffmpeg.executable(), "-v", "error", "-f", "lavfi", "-i",
                    "sine=frequency=300:duration=4", "-c:a", "libopus", str(tone)], check=True)
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft())).id
    consent_to_audio(project, interview_id)
    return import_file(project, interview_id, tone).recording.id


@pytest.fixture
def take(project, entry, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    return _recording(project, entry, tmp_path)


def _segments(project, take: str) -> tuple[str, list[tuple[int, int, str]]]:  # type: ignore[no-untyped-def]
    with project.session() as s:
        made = transcripts.of_recording(s, take)
        assert made is not None and made.state == "done"
        return made.engine, [(x.start_ms, x.end_ms, x.text)
                             for x in transcripts.segments(s, made.id)]


def test_srt_webvtt_and_timed_text_read_onto_the_recording(project, take, tmp_path: Path
                                                          ) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.srt").write_text(SRT, "utf-8")
    done = project.run(lambda s: import_transcript(s, take, tmp_path / "a.srt"))
    assert (done.segments, done.left_out, done.tool) == (2, 1, "")
    assert _segments(project, take) == ("", [
        (250, 1800, "SPEAKER_00: Goedemorgen."),
        (1800, 4000, "Hoe lang woont u al in deze straat?")]), "clipped to its 4 s"

    (tmp_path / "b.vtt").write_text("\ufeff" + VTT.replace("\n", "\r\n"), "utf-8")
    with pytest.raises(transcripts.TranscriptExists):
        project.run(lambda s: import_transcript(s, take, tmp_path / "b.vtt"))
    project.run(lambda s: import_transcript(s, take, tmp_path / "b.vtt", replace=True))
    assert _segments(project, take) == ("noScribe", [
        (0, 2000, "S01: Dag & welkom"), (2000, 3500, "S02: Dank u wel")])

    (tmp_path / "c.txt").write_text(ATRAIN, "utf-8")
    project.run(lambda s: import_transcript(s, take, tmp_path / "c.txt", replace=True))
    assert _segments(project, take)[1] == [
        (0, 1000, "SPEAKER_00: Vertelt u eens."),
        (1000, 3000, "SPEAKER_01: Ik kwam hier in negentienzeventig."),
        (3000, 4000, "SPEAKER_01: Naast de bakker.")], "each lasts until the next"
    with project.session() as s:
        assert s.execute(text("SELECT count(*) FROM transcript")).scalar() == 1
        interview_id = s.execute(text("SELECT interview_id FROM recording WHERE id = :r"),
                                 {"r": take}).scalar()
    consent_to_audio(project, interview_id, audio=False)  # they changed their mind
    with pytest.raises(ConsentError, match="did not agree to audio recording"):
        project.run(lambda s: import_transcript(s, take, tmp_path / "a.srt", replace=True))
    assert len(_segments(project, take)[1]) == 3, "the one there was stays"


BROKEN = [
    (SRT.replace("00:00:01,800 --> 00:00:04,900", "00:00:01,800 --> 00:0x:04,900"),
     "Line 6 of the transcript cannot be read"),
    (SRT.replace("00:00:01,800 --> 00:00:04,900", "00:00:04,900 --> 00:00:01,800"),
     "it ends before it starts"),
    ("Een verslag zonder tijden.\nNog een regel.\n", "no timed text"),
]


def test_a_broken_file_is_refused_and_nothing_is_written(project, take, tmp_path: Path
                                                         ) -> None:  # type: ignore[no-untyped-def]
    for content, said in BROKEN:
        (tmp_path / "kapot.srt").write_text(content, "utf-8")
        with pytest.raises(TranscriptFileError, match=said):
            project.run(lambda s: import_transcript(s, take, tmp_path / "kapot.srt"))
    with project.session() as s:
        assert s.execute(text("SELECT count(*) FROM transcript")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM transcript_segment")).scalar() == 0


def test_the_command(data_dir: Path, me, entry, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with projects.open_project(entry.folder, me) as project:
        recording = _recording(project, entry, tmp_path)
    (tmp_path / "a.srt").write_text(SRT, "utf-8")
    (tmp_path / "latin.txt").write_bytes("[00:00] Caf\xe9".encode("latin-1"))
    done = veldwerk(data_dir, "--lang", "en", "transcript", "import", recording[-8:],
                    str(tmp_path / "a.srt"))
    assert done.returncode == 0, done.stderr
    assert "Segments read onto the recording: 2." in done.stderr
    assert "Left out, as they start after the recording's end: 1." in done.stderr
    refused = veldwerk(data_dir, "--lang", "en", "transcript", "import", recording,
                       str(tmp_path / "latin.txt"), "--replace")
    assert refused.returncode == 2 and "is not UTF-8 text" in refused.stderr
    with projects.open_project(entry.folder, me, write=False) as project, \
            project.session() as s:
        assert s.execute(text("SELECT count(*) FROM transcript_segment")).scalar() == 2
