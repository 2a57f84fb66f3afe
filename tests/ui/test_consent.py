"""Consent in the app: the record button says why it cannot record and offers the form;
the form wants every answer and a signature; after it, recording is possible."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from ui.consent.form_dialog import ConsentDialog
from ui.consent.signature_pad import SignaturePad
from ui.main_window import MainWindow
from veldwerk.consent import records
from veldwerk.consent.commands import listing
from veldwerk.domain import ConsentEvidence, Interview, InterviewParticipant, Participant


def sign(pad: SignaturePad) -> None:
    """Drag across the pad as a hand would: press, many moves with the button down, release."""
    def send(kind: QEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> None:
        point = QPointF(x, y)
        QApplication.sendEvent(pad, QMouseEvent(kind, point, pad.mapToGlobal(point),
                                                Qt.MouseButton.LeftButton, buttons,
                                                Qt.KeyboardModifier.NoModifier))

    width, height = pad.width(), pad.height()
    send(QEvent.Type.MouseButtonPress, width * 0.1, height * 0.5, Qt.MouseButton.LeftButton)
    for n in range(1, 40):
        send(QEvent.Type.MouseMove, width * (0.1 + 0.02 * n), height * (0.5 + 0.2 * (n % 3 - 1)),
             Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, width * 0.9, height * 0.5, Qt.MouseButton.NoButton)


def test_consent_gates_recording_and_is_taken_with_a_signature(qtbot: QtBot,
                                                               demo_context) -> None:
    def waiting(session):  # type: ignore[no-untyped-def]
        codes = [line["code"] for line in listing(session)
                 if line["consent_id"] is None and not line["withdrawn"]]
        return session.exec(select(Interview.id, Participant.id).join(
            InterviewParticipant, InterviewParticipant.interview_id == Interview.id).join(
            Participant, Participant.id == InterviewParticipant.participant_id).where(
            Participant.code == codes[0], Interview.kind == "interview")).first()

    interview_id, participant_id = demo_context.read(waiting)
    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    editor = window.open_editor(interview_id)
    panel = editor.record_panel
    assert panel.gate.isVisibleTo(editor) and "No consent yet" in panel.gate.text()
    assert panel.consent_button.isVisibleTo(editor)
    assert not panel.record_button.isEnabled() or panel.devices.count() == 0
    assert "No consent yet" in panel.record_button.accessibleDescription()

    dialog = ConsentDialog(demo_context, participant_id, editor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirm()
    assert "Answer yes or no" in dialog.error.text()
    for group in dialog.answers.values():
        group.button(1).setChecked(True)
    dialog.confirm()
    assert "signature is still empty" in dialog.error.text()
    sign(dialog.pad)
    assert records.signature.ink_length(dialog.pad.strokes) > records.MIN_INK
    dialog._resize_text(1)  # larger text keeps the answers
    assert all(group.checkedId() == 1 for group in dialog.answers.values())
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.confirm()
    assert dialog.record_id is not None

    def stored(session):  # type: ignore[no-untyped-def]
        record = records.latest(session, participant_id)
        return record, session.get(ConsentEvidence, record.evidence_id)

    record, evidence = demo_context.read(stored)
    assert records.scopes_of(record)["audio"] is True
    assert (demo_context.project.media / evidence.media_name).is_file()
    qtbot.waitUntil(lambda: bool(demo_context.read(stored)[0].document_name), timeout=5000)
    qtbot.waitUntil(lambda: not panel.gate.isVisibleTo(editor), timeout=3000)
    assert panel.record_button.isEnabled() or panel.devices.count() == 0
    editor.close()


def test_withdrawal_from_the_participants_dialog(qtbot: QtBot, demo_context) -> None:
    from ui.consent.withdraw_dialog import WithdrawDialog
    from ui.participants.dialog import ParticipantsDialog

    window = MainWindow(demo_context, lambda: None)
    qtbot.addWidget(window)
    dialog = ParticipantsDialog(demo_context, window.undo_stack, window)
    qtbot.addWidget(dialog)
    statuses = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert "No consent yet" in statuses and "Withdrawn: not to be used" in statuses
    assert any(s.endswith("no recording") for s in statuses)
    row = next(r for r, s in enumerate(statuses) if s.startswith("Signed"))
    dialog.edit_row(row)
    assert dialog.withdraw_button.isEnabled() and dialog.form_button.isEnabled()
    code = dialog.code.text()

    withdraw = WithdrawDialog(demo_context, code, dialog)
    qtbot.addWidget(withdraw)
    withdraw.show()
    withdraw.erase.setChecked(True)
    assert withdraw.confirm_button.text() == f"Erase everything of {code}"
    withdraw.confirm()
    assert "reason" in withdraw.error.text()  # nothing happens without a reason
    withdraw.reason.setText("Belde de coördinator")
    withdraw.confirm()
    qtbot.waitUntil(lambda: withdraw.report is not None, timeout=20000)
    assert f"Erased for {code}" in withdraw.result.text()
    assert demo_context.read(lambda s: s.exec(select(Participant).where(
        Participant.code == code)).first()) is None
    qtbot.waitUntil(lambda: code not in [dialog.model.index(r, 0).data()
                                         for r in range(dialog.model.rowCount())], timeout=3000)
    withdraw.close()


def test_spoken_consent_is_recorded_from_the_microphone(qtbot: QtBot, demo_context,
                                                        microphone: str, tmp_path) -> None:
    """With the keyboard only: Space on each "Ja", on "Mondelinge toestemming", on the
    record button (twice) and on Confirm — for someone who cannot sign."""
    import subprocess

    from tests.ui.test_microphone import needs, rms_of, speak
    from ui.audio import capture

    sink = needs(microphone)
    person = demo_context.read(lambda s: next(
        line for line in listing(s) if line["consent_id"] is None and not line["withdrawn"]))
    participant_id = demo_context.read(lambda s: s.exec(select(Participant.id).where(
        Participant.code == person["code"])).one())
    mic = next(d for d in capture.inputs() if d.description() == "VeldwerkVirtualMic")
    capture.remember(demo_context.settings, mic)
    dialog = ConsentDialog(demo_context, participant_id)
    qtbot.addWidget(dialog)
    dialog.show()
    def press(widget) -> None:  # type: ignore[no-untyped-def]
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Space)

    press(dialog.next_button)
    assert "Answer yes or no" in dialog.error.text(), "no signing before every choice"
    for group in dialog.answers.values():
        press(group.button(1))
    assert all(group.checkedId() == 1 for group in dialog.answers.values())
    press(dialog.next_button)
    assert "✓ Yes" in dialog.summary.text() and dialog.summary.isVisible()
    press(dialog.by_voice)
    assert dialog.voice_host.isVisible() and not dialog.sign_host.isVisible()
    confirm = next(b for b in dialog.findChildren(QPushButton)
                   if b.accessibleName() == "Confirm consent")
    press(confirm)
    assert "saying yes" in dialog.error.text()

    press(dialog.voice_button)
    speaker = subprocess.Popen(["paplay", "-d", sink, str(speak(tmp_path))])
    qtbot.waitUntil(lambda: dialog._clip is not None and dialog._clip.recorded_ms >= 2500,
                    timeout=15000)
    speaker.wait(timeout=30)
    press(dialog.voice_button)  # stop
    assert "Spoken consent recorded" in dialog.voice_state.text()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        press(confirm)
    record = demo_context.read(lambda s: records.latest(s, participant_id))
    assert record.method == "verbal"
    evidence = demo_context.read(lambda s: s.get(ConsentEvidence, record.evidence_id))
    assert evidence.duration_ms >= 2500
    assert rms_of(demo_context.project.media / evidence.media_name) > 300, "silence was kept"


def test_retention_dialog_erases_raw_recordings_when_due(qtbot: QtBot, demo_context,
                                                         tmp_path) -> None:
    from datetime import date

    from tests.core.test_import import voice_like
    from ui.consent.retention_dialog import RetentionDialog
    from veldwerk.audio.importing import import_file
    from veldwerk.domain import Recording

    interview_id = demo_context.read(lambda s: s.exec(select(Interview.id)).first())
    voice_like(tmp_path / "take.wav", 1.0)
    import_file(demo_context.project, interview_id, tmp_path / "take.wav")
    early = RetentionDialog(demo_context, today=date(2027, 1, 1))
    qtbot.addWidget(early)
    assert "Nothing needs to be erased yet" in early.state.text()
    assert not early.erase_button.isEnabled()
    assert "days from now" in early.when.text()
    shown = [w.text() for w in early.table.findChildren(QLabel)]
    assert any(t.startswith("1 recording,") for t in shown), shown  # what the date will take
    dialog = RetentionDialog(demo_context, today=date(2029, 1, 2))
    qtbot.addWidget(dialog)
    assert "has passed" in dialog.when.text() and dialog.erase_button.isEnabled()
    dialog.erase()
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Erased: 1 recordings"),
                    timeout=20000)
    assert demo_context.read(lambda s: s.exec(select(Recording)).all()) == []
    assert not dialog.erase_button.isEnabled()


def test_the_coordinator_edits_the_form_and_a_signed_form_gets_a_new_version(
        qtbot: QtBot, demo_context) -> None:
    from ui.consent.template_dialog import TemplateDialog
    from veldwerk.consent import templates
    from veldwerk.domain import ConsentRecord

    dialog = TemplateDialog(demo_context)
    qtbot.addWidget(dialog)
    assert "Version 1, signed by 12" in dialog.version.text()
    first = dialog.template.id
    dialog.save()
    assert dialog.error.text() == "Nothing was changed."
    dialog.sections["dpo"][1].setPlainText("")
    dialog.save()
    assert "data protection officer" in dialog.error.text()
    dialog.sections["dpo"][1].setPlainText("Mail de FG: fg@hogeschool.example.")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.template is not None and dialog.template.version == 2,
                    timeout=3000)
    assert "Version 2, not signed yet" in dialog.version.text()

    def check(session):  # type: ignore[no-untyped-def]
        old = session.get(templates.ConsentTemplate, first)
        signed = session.exec(select(ConsentRecord).where(
            ConsentRecord.template_id == first)).all()
        return (templates.verify(old), "fg@hogeschool" not in old.sections,
                {r.template_hash for r in signed} == {old.content_hash},
                templates.current(session, demo_context.project_id, "nl").version)

    assert demo_context.read(check) == (True, True, True, 2)


def test_the_answers_are_large_buttons_by_their_statement(qtbot: QtBot, demo_context) -> None:
    """Pressing Yes or No chooses it (filled, bold, ticked); each is at least 44 px at
    100 % text, and sits under its statement, not at the far side of a wide window."""
    from ui.consent.answers import AnswerButton

    person = demo_context.read(lambda s: s.exec(select(Participant.id)).first())
    dialog = ConsentDialog(demo_context, person)
    qtbot.addWidget(dialog)
    dialog.resize(1900, 1000)
    dialog.show()
    QApplication.processEvents()
    groups = list(dialog.answers.values())
    assert groups
    for group in groups:
        yes, no = group.button(1), group.button(0)
        assert isinstance(yes, AnswerButton)
        for button in (yes, no):
            assert button.width() >= 44 and button.height() >= 44
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
        assert group.checkedId() == 1 and yes.text().startswith("✓") and yes.font().bold()
        qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
        assert group.checkedId() == 0 and not yes.isChecked() and no.text().startswith("✓")
        assert not yes.font().bold()
        statement = next(w for w in no.parentWidget().findChildren(QLabel))
        gap = no.mapTo(dialog, no.rect().topLeft()).x() - statement.mapTo(
            dialog, statement.rect().topLeft()).x()
        assert gap < 600, "No is by its statement"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1 and "✗ No" in dialog.summary.text()
