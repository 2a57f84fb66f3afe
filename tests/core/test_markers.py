"""Markers are rows: added while recording, edited afterwards, listed by the command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TOPICS, consent_to_audio
from veldwerk import guides, interviews
from veldwerk.audio import markers
from veldwerk.audio.recorder import Recorder
from veldwerk.audio.wavfile import PcmFormat
from veldwerk.errors import ValidationError
from veldwerk.store.project import OpenProject


def test_markers_while_recording_and_after(project: OpenProject, entry) -> None:
    guide = project.run(lambda s: guides.create_guide(s, entry.id, "Leidraad", TOPICS))
    with project.session() as s:
        topic = guides.topics(s, guide.id)[1]
    interview_id = project.run(lambda s: interviews.save(
        s, entry.id, interviews.InterviewDraft(guide_id=guide.id))).id
    consent_to_audio(project, interview_id)
    recorder = Recorder(project, interview_id, PcmFormat(), "test")
    taking = recorder.start()
    recorder.write(b"\0\0" * 16000 * 3)
    first = project.run(lambda s: markers.add(s, taking.id, 1200, " Belangrijk "))
    project.run(lambda s: markers.add(s, taking.id, 2500, topic_id=topic.id))
    done = recorder.stop()
    assert done.duration_ms == 3000
    with pytest.raises(ValidationError, match="within"):
        project.run(lambda s: markers.add(s, taking.id, 3500))
    project.run(lambda s: markers.update(s, first.id, label="Over de buurvrouw", offset_ms=900))
    with project.session() as s:
        listed = markers.of_recording(s, taking.id)
    assert [(m.offset_ms, m.label, m.topic_id) for m in listed] == [
        (900, "Over de buurvrouw", None), (2500, "", topic.id)]
    project.run(lambda s: markers.remove(s, listed[1].id))
    with project.session() as s:
        assert len(markers.of_recording(s, taking.id)) == 1


def test_recordings_command_lists_markers(tmp_path: Path) -> None:
    from tests.conftest import demo_interview
    from veldwerk import projects
    from veldwerk.paths import device

    data = tmp_path / "data"
    entry, interview_id = demo_interview(data)
    with projects.open_project(entry.folder, device(data)) as project:
        recorder = Recorder(project, interview_id, PcmFormat(), "test")
        taking = recorder.start()
        recorder.write(b"\0\0" * 16000)
        recorder.stop()
        project.run(lambda s: markers.add(s, taking.id, 500, "Hier"))
    listed = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                             "recordings", "--json"], capture_output=True, text=True, check=True)
    row = json.loads(listed.stdout.splitlines()[0])
    assert row["duration_ms"] == 1000 and row["state"] == "ok"
    assert [(m["offset_ms"], m["label"]) for m in row["markers"]] == [(500, "Hier")]
