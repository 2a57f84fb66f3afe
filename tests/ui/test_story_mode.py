"""Story mode with only the keyboard: choose yourself and the person, consent is checked,
one big button records from the (virtual) microphone, a key marks a moment, the same
button stops, and the story is saved as an interview of kind story."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tests.ui.test_microphone import needs, rms_of, speak
from ui.audio import capture
from ui.story.story_window import CODE_ROLE, CONSENT, PERSON, RECORD, SAVED, StoryWindow
from veldwerk.audio import markers
from veldwerk.consent.commands import listing
from veldwerk.domain import Interview, InterviewParticipant, Participant, Recording


def _choose(story: StoryWindow, qtbot: QtBot, code: str) -> None:
    """Arrow keys through the list until the person is chosen."""
    story.people.setFocus()
    qtbot.keyClick(story.people, Qt.Key.Key_Home)
    for _ in range(story.people.count()):
        if story.people.currentItem().data(CODE_ROLE) == code:
            return
        qtbot.keyClick(story.people, Qt.Key.Key_Down)
    raise AssertionError(f"{code} not in the list")


def test_a_story_recorded_with_the_keyboard_only(qtbot: QtBot, demo_context, microphone: str,
                                                 tmp_path) -> None:
    sink = needs(microphone)
    mic = next(d for d in capture.inputs() if d.description() == "VeldwerkVirtualMic")
    capture.remember(demo_context.settings, mic)
    lines = demo_context.read(listing)
    agreed = next(line["code"] for line in lines
                  if line["scopes"].get("audio") and not line["withdrawn"])
    waiting = next(line["code"] for line in lines
                   if line["consent_id"] is None and not line["withdrawn"])

    story = StoryWindow(demo_context)
    qtbot.addWidget(story)
    story.show()
    assert story.steps.currentIndex() == PERSON

    # Next without saying who you are: a calm message, no step forward
    _choose(story, qtbot, agreed)
    story.person_next.setFocus()
    qtbot.keyClick(story.person_next, Qt.Key.Key_Space)
    assert story.steps.currentIndex() == PERSON and "I am" in story.person_error.text()
    story.me.setFocus()
    qtbot.keyClick(story.me, Qt.Key.Key_Down)
    assert story.me.currentData() is not None

    # someone without consent: recording is not offered, consent is
    _choose(story, qtbot, waiting)
    story.person_next.setFocus()
    qtbot.keyClick(story.person_next, Qt.Key.Key_Space)
    assert story.steps.currentIndex() == CONSENT
    assert story.ask.isVisible() and not story.consent_next.isEnabled()
    assert f"First ask {waiting}" in story.consent_state.text()
    story.go(PERSON)

    _choose(story, qtbot, agreed)
    story.person_next.setFocus()
    qtbot.keyClick(story.person_next, Qt.Key.Key_Space)
    assert story.steps.currentIndex() == CONSENT and story.consent_next.isEnabled()
    assert story.consent_next.hasFocus() or story.focusWidget() is story.consent_next
    qtbot.keyClick(story.consent_next, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: story.steps.currentIndex() == RECORD, timeout=3000)
    panel = story.panel
    assert panel is not None and panel.record_button.isEnabled()

    qtbot.keyClick(panel.record_button, Qt.Key.Key_Space)
    assert panel.recording
    speaker = subprocess.Popen(["paplay", "-d", sink, str(speak(tmp_path))])
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.recorded_ms >= 1500,
                    timeout=15000)
    qtbot.keyClick(story, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # a moment
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.recorded_ms >= 3000,
                    timeout=15000)
    speaker.wait(timeout=30)
    qtbot.keyClick(panel.record_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: story.steps.currentIndex() == SAVED, timeout=5000)
    assert "Length 00:00:0" in story.saved_facts.text()
    assert "1 important moments" in story.saved_facts.text()

    def saved(session):  # type: ignore[no-untyped-def]
        interview = session.get(Interview, story.interview_id)
        person = session.exec(select(Participant.code).join(
            InterviewParticipant, InterviewParticipant.participant_id == Participant.id).where(
            InterviewParticipant.interview_id == interview.id)).one()
        recording = session.get(Recording, story.recording_id)
        return interview, person, recording, markers.of_recording(session, recording.id)

    interview, person, recording, marks = demo_context.read(saved)
    assert interview.kind == "story" and person == agreed
    assert recording.state == "ok" and recording.duration_ms >= 3000
    assert len(marks) == 1 and 1000 < marks[0].offset_ms < recording.duration_ms
    assert rms_of(demo_context.project.media / recording.media_name) > 300
    story.close()


def test_back_before_recording_takes_the_empty_story_away(qtbot: QtBot, demo_context) -> None:
    lines = demo_context.read(listing)
    agreed = next(line["code"] for line in lines
                  if line["scopes"].get("audio") and not line["withdrawn"])
    story = StoryWindow(demo_context)
    qtbot.addWidget(story)
    story.show()
    story.me.setCurrentIndex(1)
    _choose(story, qtbot, agreed)
    story._person_chosen()
    story.go(RECORD)  # the story's interview is made on the writer, then the step shows
    qtbot.waitUntil(lambda: story.steps.currentIndex() == RECORD, timeout=3000)
    made = story.interview_id
    assert made is not None
    story.record_back.click()
    assert story.steps.currentIndex() == CONSENT and story.interview_id is None
    qtbot.waitUntil(lambda: demo_context.read(lambda s: s.get(Interview, made).deleted_at)
                    is not None, timeout=3000)
    story.close()


def test_people_are_shown_by_name_and_who_withdrew_is_not_offered(qtbot: QtBot,
                                                                  demo_context) -> None:
    from veldwerk import participants

    lines = demo_context.read(listing)
    withdrawn = {line["code"] for line in lines if line["withdrawn"]}
    named_people = {t.code: t.name for t in demo_context.read(participants.for_story)
                    if t.name}
    story = StoryWindow(demo_context)
    qtbot.addWidget(story)
    shown = {story.people.item(r).data(CODE_ROLE): story.people.item(r).text()
             for r in range(story.people.count())}
    assert withdrawn and not withdrawn & set(shown)
    assert named_people, "the demo keeps some names on the laptop"
    for code, name in named_people.items():
        assert shown[code] == f"{code} · {name}"
    story.close()
