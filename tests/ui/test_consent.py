"""Consent in the app: the record button says why it cannot record and offers the form;
the form wants every answer and a signature; after it, recording is possible."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
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
