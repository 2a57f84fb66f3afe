"""Transcript rows: one per recording (another only on request), segments within the
recording and spoken by the interview's people, a person's change marked, and the
transcript going with its recording and a participant's words with the participant."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.conftest import consent_to_audio
from veldwerk import interviews, transcripts
from veldwerk.audio.recorder import Recorder
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.domain import ownership
from veldwerk.errors import ConsentError, ValidationError
from veldwerk.store.project import OpenProject


def test_a_transcript_keeps_to_its_recording_and_its_people(project: OpenProject,
                                                           entry) -> None:
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft())).id
    (code,) = consent_to_audio(project, interview_id)
    with project.session() as s:
        person = s.execute(text("SELECT id FROM participant WHERE code = :c"),
                           {"c": code}).scalar()
    recorder = Recorder(project, interview_id, PcmFormat(), "test")
    taking = recorder.start()
    recorder.write(b"\0\0" * 16000 * 4)
    with pytest.raises(ValidationError, match="still being made"):
        project.run(lambda s: transcripts.begin(s, taking.id, "nl", "tiny"))
    recorder.stop()
    with pytest.raises(ValidationError, match="not a language"):
        project.run(lambda s: transcripts.begin(s, taking.id, "xx"))
    made = project.run(lambda s: transcripts.begin(s, taking.id, "nl", "faster-whisper tiny"))
    assert made.state == "partial"
    first = project.run(lambda s: transcripts.add_segment(
        s, made.id, 0, 1500, " Goedemorgen ", [(0, 700, "Goedemorgen")],
        participant_id=person))
    project.run(lambda s: transcripts.add_segment(s, made.id, 1500, 3900, "Hoe gaat het?"))
    with pytest.raises(ValidationError, match="within"):
        project.run(lambda s: transcripts.add_segment(s, made.id, 4500, 4800, "later"))
    with pytest.raises(ValidationError, match="one of the interview"):
        project.run(lambda s: transcripts.add_segment(
            s, made.id, 100, 200, "x", participant_id="someone-else"))
    project.run(lambda s: transcripts.progress(s, made.id, 4000, finished=True))
    project.run(lambda s: transcripts.update_segment(s, first.id, said="Goedemorgen!"))
    with project.session() as s:
        listed = transcripts.segments(s, made.id)
        assert [(x.start_ms, x.text, x.edited) for x in listed] == [
            (0, "Goedemorgen!", True), (1500, "Hoe gaat het?", False)]
        assert transcripts.words_of(listed[0]) == []  # changed by a person: no engine words
        assert transcripts.of_recording(s, taking.id).state == "done"
        assert listed[0].participant_id == person
    with pytest.raises(transcripts.TranscriptExists):
        project.run(lambda s: transcripts.begin(s, taking.id, "nl", "tiny"))
    again = project.run(lambda s: transcripts.begin(s, taking.id, "nl", replace=True))
    assert again.state == "done"  # typed by hand
    project.run(lambda s: transcripts.add_segment(s, again.id, 0, 900, "Dag",
                                                  participant_id=person))
    with project.session() as s:
        assert s.execute(text("SELECT count(*) FROM transcript")).scalar() == 1
        assert s.execute(text("SELECT count(*) FROM transcript_segment")).scalar() == 1
        # The ownership map: a recording takes its transcript and segments; a participant
        # their own segments.
        taken = dict(ownership.closure(s, {"recording": [taking.id]}))
        assert taken["transcript"] == [again.id] and len(taken["transcript_segment"]) == 1
        spoken = dict(ownership.closure(s, {"participant": [person]}))
        assert len(spoken["transcript_segment"]) == 1


def test_no_transcript_is_typed_where_the_people_refused_audio(project: OpenProject,
                                                               entry) -> None:
    """Typing by hand takes the recording's consent, as transcribing and importing do: a
    newer form that refuses audio stops it, and nothing is written."""
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft())).id
    consent_to_audio(project, interview_id)
    recorder = Recorder(project, interview_id, PcmFormat(), "test")
    taken = recorder.start()
    recorder.write(b"\0\0" * 16000 * 2)
    recorder.stop()
    (code,) = consent_to_audio(project, interview_id, audio=False)
    with pytest.raises(ConsentError, match=f"{code} did not agree to audio recording"):
        project.run(lambda s: transcripts.start_segment_at(s, taken.id, 500, "nl"))
    with project.session() as s:
        assert transcripts.of_recording(s, taken.id) is None
