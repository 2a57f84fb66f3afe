"""Story mode with only the keyboard: choose yourself and the person (nobody is chosen
for you), consent is checked, one big red button records from the (virtual) microphone, a
key marks a moment (and says so), the same button stops, and the story is saved as a done
interview of kind story. Leaving while recording asks first; a silent microphone is
pointed out; the window stays within the screen at 200 % text."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from tests.ui.test_microphone import needs, rms_of, speak
from ui import appearance
from ui.audio import capture, record_panel
from ui.story.story_window import CODE_ROLE, CONSENT, PERSON, RECORD, SAVED, StoryWindow
from veldwerk import participants, setup
from veldwerk.audio import markers
from veldwerk.consent.commands import listing
from veldwerk.domain import Interview, InterviewParticipant, Participant, Recording
from veldwerk.store import meta


def _agreed(context) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Code and name of someone who agreed to audio (the demo keeps their name)."""
    names = {t.code: t.name for t in context.read(participants.for_story)}
    code = next(line["code"] for line in context.read(listing)
                if line["scopes"].get("audio") and not line["withdrawn"] and names[line["code"]])
    return code, names[code]


def _use_virtual_microphone(context, microphone: str) -> str:  # type: ignore[no-untyped-def]
    sink = needs(microphone)
    mic = next(d for d in capture.inputs() if d.description() == "VeldwerkVirtualMic")
    capture.remember(context.settings, mic)
    return sink


def _to_recording(story: StoryWindow, qtbot: QtBot, code: str) -> None:
    """Choose yourself and the person, press Next twice: the record step."""
    story.me.setCurrentIndex(1)
    _choose(story, qtbot, code)
    story.person_next.click()
    assert story.steps.currentIndex() == CONSENT
    story.consent_next.click()
    qtbot.waitUntil(lambda: story.steps.currentIndex() == RECORD, timeout=3000)


def _answer(monkeypatch: pytest.MonkeyPatch, words: str, asked: list[str]) -> None:
    """The next question is answered by pressing the button with these words."""
    def press(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == words:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press)


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
    sink = _use_virtual_microphone(demo_context, microphone)
    lines = demo_context.read(listing)
    agreed, name = _agreed(demo_context)
    waiting = next(line["code"] for line in lines
                   if line["consent_id"] is None and not line["withdrawn"])

    story = StoryWindow(demo_context)
    qtbot.addWidget(story)
    story.show()
    assert story.steps.currentIndex() == PERSON
    # nobody is chosen for you, not even by arriving in the list; Next waits for a choice
    assert story.people.hasFocus() or story.focusWidget() is story.people
    assert story.people.selectedItems() == [] and story.people.currentRow() == -1
    assert not story.person_next.isEnabled()
    story.me.setFocus()
    qtbot.keyClick(story.me, Qt.Key.Key_Tab)
    assert story.focusWidget() is story.people and story.people.selectedItems() == []
    assert not story.person_next.isEnabled()

    # Next without saying who you are: a calm message, no step forward
    _choose(story, qtbot, agreed)
    assert story.person_next.isEnabled()
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
    assert "First ask" in story.consent_state.text() and waiting in story.consent_state.text()
    story.go(PERSON)

    _choose(story, qtbot, agreed)
    story.person_next.setFocus()
    qtbot.keyClick(story.person_next, Qt.Key.Key_Space)
    assert story.steps.currentIndex() == CONSENT and story.consent_next.isEnabled()
    who = f"{name} ({agreed})"  # by name, the code beside it, on every step from here
    assert who in story.who.text() and story.who.isVisible()
    assert story.consent_state.text().startswith(f"{who} has agreed")
    assert story.consent_next.hasFocus() or story.focusWidget() is story.consent_next
    qtbot.keyClick(story.consent_next, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: story.steps.currentIndex() == RECORD, timeout=3000)
    panel = story.panel
    assert panel is not None and panel.record_button.isEnabled()
    assert who in story.who.text() and story.who.isVisible()
    assert not panel.record_button.property("recording")

    qtbot.keyClick(panel.record_button, Qt.Key.Key_Space)
    assert panel.recording
    # it shows that it records: a red Stop that says so, with the time
    assert panel.record_button.property("recording")
    assert panel.record_button.text().startswith("■ Stop\nRecording · 0:0")
    assert not story.record_back.isEnabled()  # Stop is the way on
    speaker = subprocess.Popen(["paplay", "-d", sink, str(speak(tmp_path))])
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.recorded_ms >= 1500,
                    timeout=15000)
    qtbot.keyClick(story, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # a moment
    qtbot.waitUntil(lambda: "(important moments so far: 1)" in panel.marked.text(),
                    timeout=3000)
    assert panel.marked.text().startswith("Moment marked at 0:0") and panel.marked.isVisible()
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.recorded_ms >= 3000,
                    timeout=15000)
    speaker.wait(timeout=30)
    qtbot.keyClick(panel.record_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: story.steps.currentIndex() == SAVED, timeout=5000)
    assert not panel.record_button.property("recording")
    assert "Length: 0:0" in story.saved_facts.text()
    assert "Important moments marked: 1." in story.saved_facts.text()
    assert story.saved_facts.text().startswith("The story is kept on this laptop.")
    assert who in story.who.text() and story.who.isVisible()
    qtbot.waitUntil(lambda: demo_context.read(
        lambda s: s.get(Interview, story.interview_id).status) == "done", timeout=3000)

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
        assert shown[code] == f"{name} ({code})"
    story.close()


def test_a_new_person_gets_a_code_from_their_neighbourhood(qtbot: QtBot, demo_context) -> None:
    """Several neighbourhoods: the co-researcher chooses one; the code comes from it, within
    this laptop's block, and the new person is the one chosen, by name."""
    demo_context.project.run(lambda s: meta.put(s, participants.BLOCK_KEY, "301-400"))
    hoods = demo_context.read(setup.neighbourhoods)
    assert len(hoods) > 1
    story = StoryWindow(demo_context)
    qtbot.addWidget(story)
    story.show()
    assert story.hood.isVisible() and story.hood.currentData() is None
    story.new_name.setFocus()
    qtbot.keyClicks(story.new_name, "meneer Bos")
    story.add_button.click()  # no neighbourhood yet: a calm message, nobody added
    assert "neighbourhood" in story.person_error.text()
    assert story.people.selectedItems() == [] and not story.person_next.isEnabled()
    qtbot.keyClick(story.hood, Qt.Key.Key_Down)
    hood = next(h for h in hoods if h.id == story.hood.currentData())
    story.add_button.click()
    qtbot.waitUntil(lambda: bool(story.people.selectedItems()), timeout=3000)
    item = story.people.selectedItems()[0]
    assert item.data(CODE_ROLE) == f"{hood.code_prefix}-301"
    assert item.text() == f"meneer Bos ({hood.code_prefix}-301)"
    assert story.person_next.isEnabled()
    story.me.setCurrentIndex(1)
    story.person_next.click()
    assert story.steps.currentIndex() == CONSENT
    assert f"meneer Bos ({hood.code_prefix}-301)" in story.who.text()
    assert "First ask meneer Bos" in story.consent_state.text()
    story.close()


def test_leaving_while_recording_asks_and_keeps_the_take(qtbot: QtBot, demo_context,
                                                         microphone: str, no_modal_boxes,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    _use_virtual_microphone(demo_context, microphone)
    story = StoryWindow(demo_context)
    qtbot.addWidget(story)
    story.show()
    _to_recording(story, qtbot, _agreed(demo_context)[0])
    panel = story.panel
    panel.record_button.click()
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.recorded_ms >= 500,
                    timeout=10000)

    # Tab on from "Mark moment", Space on whatever gets the focus: the recording goes on
    # (the question is answered "keep recording") until Tab comes round to Stop itself
    panel.mark_button.setFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(story.focusWidget(), Qt.Key.Key_Tab)
        focus = story.focusWidget()
        if focus is panel.record_button:
            break
        reached.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Space)
        assert panel.recording and story.isVisible()
    assert story.full_button in reached, [w.accessibleName() for w in reached]
    assert no_modal_boxes == ["The recording is still running. Do you want to stop it?"]
    assert story.steps.currentIndex() == RECORD

    # the window's own close button asks too
    story.windowHandle().close()
    assert len(no_modal_boxes) == 2 and panel.recording and story.isVisible()

    # "stop": the take is kept, the story saved and done, "The story is saved" shows
    asked: list[str] = []
    _answer(monkeypatch, "Stop and keep the story", asked)
    story.full_button.click()
    assert asked and not panel.recording
    qtbot.waitUntil(lambda: story.steps.currentIndex() == SAVED, timeout=5000)
    assert story.isVisible()
    qtbot.waitUntil(lambda: demo_context.read(
        lambda s: s.get(Interview, story.interview_id).status) == "done", timeout=3000)
    recording = demo_context.read(lambda s: s.get(Recording, story.recording_id))
    assert recording.state == "ok" and recording.duration_ms >= 500
    story.full_button.click()  # nothing recording now: story mode closes at once
    assert not story.isVisible() and asked == no_modal_boxes[:1]


def test_a_silent_microphone_is_pointed_out_while_recording(qtbot: QtBot, demo_context,
                                                            microphone: str, tmp_path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    sink = _use_virtual_microphone(demo_context, microphone)
    monkeypatch.setattr(record_panel, "SILENCE_MS", 1500)  # nothing is played: silence
    story = StoryWindow(demo_context)
    qtbot.addWidget(story)
    story.show()
    _to_recording(story, qtbot, _agreed(demo_context)[0])
    panel = story.panel
    panel.record_button.click()
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=8000)
    assert "No sound has come in" in panel.message.text() and panel.recording
    speaker = subprocess.Popen(["paplay", "-d", sink, str(speak(tmp_path))])
    qtbot.waitUntil(lambda: not panel.message.isVisible(), timeout=10000)  # sound: it goes
    assert panel.recording
    speaker.terminate()
    speaker.wait(timeout=30)
    panel.record_button.click()
    qtbot.waitUntil(lambda: story.steps.currentIndex() == SAVED, timeout=5000)
    story.close()


@pytest.fixture
def large_high_contrast(qapp: QApplication) -> Iterator[None]:
    appearance.apply(qapp, 200, "high-contrast")
    yield
    appearance.apply(qapp, 100, "normal")


def _within_screen(story: StoryWindow, *buttons: QWidget) -> None:
    QApplication.processEvents()
    room = story.screen().availableGeometry()
    assert room.contains(story.frameGeometry()), (story.frameGeometry(), room)
    for button in buttons:  # the step's main buttons are in the window, not scrolled away
        assert button.isVisible()
        corner = button.mapTo(story, button.rect().bottomRight())
        assert story.rect().contains(corner), button.accessibleName()


def test_the_window_fits_the_screen_at_200_percent_on_every_step(
        qtbot: QtBot, demo_context, microphone: str, large_high_contrast) -> None:
    _use_virtual_microphone(demo_context, microphone)
    story = StoryWindow(demo_context)
    qtbot.addWidget(story)
    story.show()
    _within_screen(story, story.person_next, story.full_button)
    _to_recording(story, qtbot, _agreed(demo_context)[0])
    panel = story.panel
    _within_screen(story, panel.record_button, story.record_back, story.full_button)
    panel.record_button.click()
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.recorded_ms >= 300,
                    timeout=10000)
    _within_screen(story, panel.record_button, story.full_button)
    image = panel.record_button.grab().toImage()  # red, also in the high-contrast theme
    colour = image.pixelColor(image.width() // 12, image.height() // 2)
    assert colour.red() > 140 and colour.green() < 40 and colour.blue() < 40, colour.name()
    panel.record_button.click()
    qtbot.waitUntil(lambda: story.steps.currentIndex() == SAVED, timeout=5000)
    _within_screen(story, story.again_button, story.more_button, story.full_button)
    story.go(CONSENT)
    _within_screen(story, story.consent_next)
    story.close()
