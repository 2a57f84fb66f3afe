"""A real field day inside the app: typing that never stops, a note changed elsewhere, an
erasure while the interview is open, a command at work, a disk that fills and frees, and
paper consent before an import."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import select

from tests.ui.test_microphone import needs
from ui.app import Veldwerk
from ui.audio import capture
from ui.consent.paper_dialog import PaperConsentDialog
from ui.main_window import MainWindow
from veldwerk import notes, projects
from veldwerk.consent import records, withdrawal
from veldwerk.domain import Interview, InterviewParticipant, Participant, Recording
from veldwerk.errors import ReadOnlyProject
from veldwerk.store.lock import ProjectLock


def first_text_slot(editor):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPlainTextEdit

    return next(slot for slot, widget in editor.inputs.items()
                if isinstance(widget, QPlainTextEdit))


def stored(context, interview_id: str, slot) -> str:  # type: ignore[no-untyped-def]
    return context.read(lambda s: notes.notes_of(s, interview_id)).get(slot, "")


def test_steady_typing_is_saved_while_it_goes_on(qtbot: QtBot, demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    interview_id = window.model.row_id(0)
    editor = window.open_editor(interview_id)
    slot = first_text_slot(editor)
    edit = editor.inputs[slot]
    edit.setFocus()
    start = time.monotonic()
    seen: list[tuple[float, str]] = []
    for _ in range(20):  # 3 s of typing, a key every 150 ms: the debounce never fires
        qtbot.keyClick(edit, Qt.Key.Key_A)
        qtbot.wait(150)
        seen.append((time.monotonic() - start, stored(demo_context, interview_id, slot)))
    first = next(t for t, value in seen if value.startswith("a"))
    assert first <= 1.0, f"the first save came {first:.2f} s after the first key"
    assert len({value for _t, value in seen}) >= 3, "saved more than once while typing"


def test_a_note_changed_elsewhere_is_shown_beside_mine(qtbot: QtBot, demo_context) -> None:
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    interview_id = window.model.row_id(0)
    editor = window.open_editor(interview_id)
    slot = first_text_slot(editor)
    # Another writer (an older Veldwerk without the lock; later a merge) stores a text.
    raw = sqlite3.connect(demo_context.project.path)
    raw.execute("UPDATE note SET text = 'Hun tekst', change_seq = change_seq + 100000 "
                "WHERE interview_id = ? AND topic_id IS ?", (interview_id, slot))
    raw.commit()
    raw.close()
    edit = editor.inputs[slot]
    edit.setFocus()
    qtbot.keyClicks(edit, "Mijn aanvulling. ")
    mine = edit.toPlainText()
    editor.autosaver.flush()
    qtbot.waitUntil(lambda: slot in editor.conflict_bars, timeout=3000)
    bar = editor.conflict_bars[slot]
    assert bar.isVisible() and bar.theirs.toPlainText() == "Hun tekst"
    assert stored(demo_context, interview_id, slot) == "Hun tekst", "nothing overwritten"
    assert editor.autosaver.has_unsaved()
    editor.close()
    assert editor.isVisible(), "a choice is needed before closing"
    both = next(b for b in bar.findChildren(type(bar.keep_mine)) if "both" in
                b.accessibleName())
    qtbot.mouseClick(both, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(demo_context, interview_id, slot)
                    == f"Hun tekst\n\n{mine}", timeout=3000)
    assert edit.toPlainText() == f"Hun tekst\n\n{mine}"
    qtbot.waitUntil(lambda: editor.save_state.text() == "All saved", timeout=3000)


def _sole_interview(context) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """An individual interview and its only participant."""
    def find(s):  # type: ignore[no-untyped-def]
        for interview in s.exec(select(Interview).where(Interview.kind == "interview")):
            people = s.exec(select(Participant.code).join(
                InterviewParticipant, InterviewParticipant.participant_id == Participant.id)
                .where(InterviewParticipant.interview_id == interview.id)).all()
            if len(people) == 1:
                return interview.id, people[0]
        raise AssertionError("the demo has no individual interview")

    return context.read(find)


def test_erasing_a_participant_while_their_interview_is_open(qtbot: QtBot,
                                                             demo_context) -> None:
    interview_id, code = _sole_interview(demo_context)
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    total = window.model.total
    editor = window.open_editor(interview_id)
    edit = editor.inputs[first_text_slot(editor)]
    edit.setFocus()
    QApplication.clipboard().setText("")
    qtbot.keyClicks(edit, "Vertrouwelijk detail ")  # not yet saved when the erasure comes
    withdrawal.erase(demo_context.project, code, "belde op", "coördinator")
    qtbot.waitUntil(lambda: editor.autosaver.is_gone, timeout=3000)
    assert "no longer exists" in editor.warning.text() and editor.warning.isVisible()
    assert "disk" not in editor.warning.text()
    assert edit.isReadOnly()
    qtbot.waitUntil(lambda: window.model.total == total - 1, timeout=3000)
    editor.close()
    assert not editor.isVisible(), "closing is not refused"
    assert "Vertrouwelijk" not in QApplication.clipboard().text()
    with open(demo_context.project.path, "rb") as db:
        assert b"Vertrouwelijk detail" not in db.read()


def test_the_app_waits_read_only_while_a_command_works(qapp, qtbot: QtBot,
                                                       demo_template: Path,
                                                       tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    entry = projects.list_projects(folder)[0]
    busy = ProjectLock(entry.folder, "audio import")
    busy.acquire()
    shell = Veldwerk(qapp, folder, interactive=False)
    try:
        assert shell.start(None)
        assert shell.context is not None and shell.context.read_only
        assert shell.window is not None and shell.window.banner.isVisible()
        assert "'veldwerk audio import' is working on it" in shell.window.banner.text()
        assert shell.window.windowTitle().endswith("(read-only)")
        assert not shell.window.act_new.isEnabled()
        failures: list[BaseException] = []
        shell.context.write(lambda s: s.execute(text("DELETE FROM note")),
                            on_failure=failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=3000)
        assert isinstance(failures[0], ReadOnlyProject)
        busy.release()
        qtbot.waitUntil(lambda: shell.context is not None and not shell.context.read_only,
                        timeout=10000)
        assert not shell.window.banner.isVisible()
    finally:
        busy.release()
        shell.close_project()


def test_room_on_the_disk_is_looked_at_again(qtbot: QtBot, demo_context, monkeypatch) -> None:
    from ui.audio import record_panel

    room = {"seconds": 60.0}
    monkeypatch.setattr(record_panel, "ROOM_MS", 100)
    monkeypatch.setattr(record_panel, "free_seconds", lambda *_a, **_k: room["seconds"])
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    panel = window.open_editor(window.model.row_id(0)).record_panel
    assert "almost full" in panel.message.text() and not panel.message.isHidden()
    assert "1 minutes" in panel.space.text()
    room["seconds"] = 10 * 3600.0
    qtbot.waitUntil(lambda: panel.message.isHidden(), timeout=3000)
    assert "10 hours" in panel.space.text()


def test_paper_consent_before_an_import(qtbot: QtBot, demo_context, tmp_path: Path) -> None:
    from veldwerk.consent.commands import listing

    code = next(line["code"] for line in demo_context.read(listing)
                if line["consent_id"] is None and not line["withdrawn"])
    person = demo_context.read(lambda s: s.exec(select(Participant).where(
        Participant.code == code)).one())
    interview_id = demo_context.read(lambda s: s.exec(select(
        InterviewParticipant.interview_id).where(
        InterviewParticipant.participant_id == person.id)).first())
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    editor = window.open_editor(interview_id)
    listing_widget = editor.recordings
    assert not listing_widget.consent_first()
    assert "Signed on paper" in listing_widget.error.text()
    assert listing_widget.paper_button.isVisibleTo(editor)

    dialog = PaperConsentDialog(demo_context, person.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm()
    assert "Say who took the consent" in dialog.error.text()
    dialog.by.setCurrentIndex(1)
    dialog.confirm()
    assert "Answer yes or no" in dialog.error.text()
    for group in dialog.answers.values():
        group.button(1).setChecked(True)
    scan = tmp_path / "formulier.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 2000)
    dialog.set_scan(scan)
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.record_id is not None, timeout=3000)
    record = demo_context.read(lambda s: records.latest(s, person.id))
    assert record is not None and record.method == "paper"
    assert records.scopes_of(record)["audio"] is True
    assert listing_widget.consent_first()


def test_saving_everything_stops_a_story_recording_and_keeps_it(
        qtbot: QtBot, demo_context, microphone: str) -> None:
    """What a shutdown signal and the session manager run: a story being told is kept."""
    needs(microphone)
    mic = next(d for d in capture.inputs() if d.description() == "VeldwerkVirtualMic")
    capture.remember(demo_context.settings, mic)
    from ui.story.story_window import RECORD
    from veldwerk.consent.commands import listing

    agreed = next(line["code"] for line in demo_context.read(listing)
                  if line["scopes"].get("audio") and not line["withdrawn"])
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    story = window.show_story_mode()
    from ui.story.story_window import CODE_ROLE

    for row in range(story.people.count()):
        if story.people.item(row).data(CODE_ROLE) == agreed:
            story.people.setCurrentRow(row)
    story.me.setCurrentIndex(1)
    story._person_chosen()
    story.go(RECORD)
    qtbot.waitUntil(lambda: story.panel is not None, timeout=3000)
    story.panel.start()
    qtbot.waitUntil(lambda: story.panel.take is not None and story.panel.take.recorded_ms
                    > 1500, timeout=10000)
    assert window.save_everything()
    assert not story.panel.recording
    rows = demo_context.read(lambda s: s.exec(select(Recording).where(
        Recording.interview_id == story.interview_id)).all())
    assert len(rows) == 1 and rows[0].state == "ok" and rows[0].duration_ms >= 1500
