"""Taking consent with the participant beside the interviewer: the form in large text,
each choice a clear yes or no, then a signature; the interviewer confirms."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.audio import capture
from ui.consent.answers import answer_row
from ui.consent.signature_pad import SignaturePad
from ui.context import ProjectContext
from ui.widgets import ErrorLabel, available_area, fill_combo, fit_window, named, px, scrolled
from veldwerk import labels, participants
from veldwerk.consent import documents, records, templates
from veldwerk.consent.spoken import SpokenClip, SpokenConsent
from veldwerk.domain import ConsentMethod, ConsentTemplate, ownership
from veldwerk.errors import ValidationError
from veldwerk.mediastore import overwrite_and_unlink

TEXT_SIZES = (1.0, 1.25, 1.5, 1.8, 2.2)
FORM_WIDTH = 960  # at 100 % text: lines short enough to read, answers by their statement
READ, SIGN = range(2)  # the form with the choices; then signing


class ConsentDialog(QDialog):
    def __init__(self, context: ProjectContext, participant_id: str,
                 parent: QWidget | None = None, interviewer_id: str | None = None) -> None:
        super().__init__(parent)
        self.context, self.participant_id = context, participant_id
        self.record_id: str | None = None
        project_id = context.project_id
        person, self.forms, team = context.read(
            lambda s: templates.for_taking(s, project_id, participant_id))
        self.code = person.code if person else "?"
        name = context.read(lambda s: participants.identity_of(s, participant_id).name) \
            if person else ""
        self.who = labels.person(name, self.code)  # the name the interviewer knows
        self.setWindowTitle(self.tr("Consent of {code}").format(code=self.who))
        self._size = 1
        self.language = named(QComboBox(), self.tr("Language of the form"))
        fill_combo(self.language, [(self._language_name(t.language), t.id) for t in self.forms])
        self.language.currentIndexChanged.connect(lambda _i: (self._show_form(),
                                                              self.show_page(READ)))
        smaller = named(QPushButton(self.tr("A−")), self.tr("Smaller text"))
        larger = named(QPushButton(self.tr("A+")), self.tr("Larger text"))
        smaller.clicked.connect(lambda: self._resize_text(-1))
        larger.clicked.connect(lambda: self._resize_text(1))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pad = SignaturePad()
        clear = named(QPushButton(self.tr("Clear signature")), self.tr("Clear signature"),
                      self.tr("Wipe the signature to sign again"))
        clear.clicked.connect(self.pad.clear)
        self.by_signature = named(QRadioButton(self.tr("Signature")),
                                  self.tr("Consent by signature"))
        self.by_voice = named(QRadioButton(self.tr("Spoken consent")),
                              self.tr("Spoken consent"),
                              self.tr("Record the participant saying yes, for example when "
                                      "writing is difficult"))
        self.method = QButtonGroup(self)
        self.method.addButton(self.by_signature)
        self.method.addButton(self.by_voice)
        self.by_signature.setChecked(True)
        self.method.buttonToggled.connect(lambda *_a: self._show_method())
        self.spoken: SpokenConsent | None = None
        self._clip: SpokenClip | None = None
        self._capture: capture.Capture | None = None
        self.voice_button = named(QPushButton(self.tr("● Record spoken consent")),
                                  self.tr("Record spoken consent"),
                                  self.tr("Ask: do you agree to take part, as we read out? "
                                          "Record the answer"))
        self.voice_button.clicked.connect(self._toggle_voice)
        self.voice_state = QLabel()
        self.voice_state.setAccessibleName(self.tr("Spoken consent"))
        self._voice_timer = QTimer(self)
        self._voice_timer.setInterval(200)
        self._voice_timer.timeout.connect(self._voice_tick)
        self.interviewer = named(QComboBox(), self.tr("Interviewer"))
        fill_combo(self.interviewer, [(m.name, m.id) for m in team], interviewer_id)
        self.error = ErrorLabel()
        self.confirm_button = confirm = named(
            QPushButton(self.tr("Confirm consent")), self.tr("Confirm consent"),
            self.tr("The interviewer confirms that the participant agreed as shown"))
        confirm.clicked.connect(self.confirm)
        cancel = named(QPushButton(self.tr("Cancel")), self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        # Two pages: first the form and every choice, then (only then) signing, so nobody
        # signs before seeing what they agree to.
        self.next_button = named(QPushButton(self.tr("Next: sign →")), self.tr("Next: sign"),
                                 self.tr("After every choice is answered: sign or say yes"))
        self.next_button.clicked.connect(self.to_signing)
        back = named(QPushButton(self.tr("← Back to the form")), self.tr("Back to the form"),
                     self.tr("Read the form again or change a choice"))
        back.clicked.connect(lambda: self.show_page(READ))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Your choices"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for widget in (self.language, smaller, larger):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        # Page 1: the form and its choices, scrolling inside the window; the form keeps a
        # readable width in a maximised window, so each answer stays by its statement.
        self.body.setMaximumWidth(px(FORM_WIDTH))
        self.form_scroll = scroll
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Page 2: what was chosen, how the participant agrees, and who confirms; it scrolls
        # too, so the buttons at the bottom never leave the screen.
        sign_page = QWidget()
        sign_page.setMaximumWidth(px(FORM_WIDTH))
        sign_layout = QVBoxLayout(sign_page)
        sign_layout.addWidget(self.summary)
        method_row = QHBoxLayout()
        method_row.addWidget(QLabel(self.tr("How does the participant agree?")))
        method_row.addWidget(self.by_signature)
        method_row.addWidget(self.by_voice)
        method_row.addStretch(1)
        sign_layout.addLayout(method_row)
        self.sign_host = QWidget()
        sign_rows = QVBoxLayout(self.sign_host)
        sign_rows.setContentsMargins(0, 0, 0, 0)
        sign_rows.addWidget(self.pad)
        sign_rows.addWidget(clear, 0, Qt.AlignmentFlag.AlignRight)
        sign_layout.addWidget(self.sign_host)
        self.voice_host = QWidget()
        voice_row = QHBoxLayout(self.voice_host)
        voice_row.setContentsMargins(0, 0, 0, 0)
        voice_row.addWidget(self.voice_button)
        voice_row.addWidget(self.voice_state, 1)
        sign_layout.addWidget(self.voice_host)
        self.voice_host.hide()
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("Interviewer:")))
        who.addWidget(self.interviewer)
        who.addStretch(1)
        sign_layout.addLayout(who)
        sign_layout.addStretch(1)
        self.sign_scroll = scrolled(sign_page)
        self.sign_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.sign_scroll)
        # The window's own buttons: always on the screen, under either page.
        self.back_button = back
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.next_button)
        bottom.addWidget(confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.answers: dict[str, QButtonGroup] = {}
        fit_window(self, 1000, 760)
        # The pad as large as the screen leaves room for (the summary above it scrolls).
        self.pad.setFixedHeight(min(px(220), max(px(110),
                                                 int(available_area(self).height() * 0.35))))
        self._show_form()
        self.show_page(READ)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        # What goes first, then what comes: never both at once, which would widen the window.
        shown = {self.confirm_button: page == SIGN, self.back_button: page == SIGN,
                 self.next_button: page == READ}
        for button in sorted(shown, key=lambda b: shown[b]):
            button.setVisible(shown[button])
        self.confirm_button.setDefault(page == SIGN)
        self.next_button.setDefault(page == READ)
        if page == SIGN:
            self._show_summary()
            target = self.voice_button if self.by_voice.isChecked() else self.pad
            target.setFocus()
            # Once laid out: the place to sign in view (the choices are above it).
            QTimer.singleShot(0, lambda: self.sign_scroll.ensureWidgetVisible(target))
        self.error.show_message("")

    def unanswered(self) -> str | None:
        """The first choice without a yes or no, if any."""
        return next((key for key, group in self.answers.items() if group.checkedId() < 0),
                    None)

    def to_signing(self) -> bool:
        """Only with every choice answered does the signing page open."""
        key = self.unanswered()
        if key is not None or self.template() is None:
            self._point_at_choice(key)
            return False
        self.show_page(SIGN)
        return True

    def _point_at_choice(self, key: str | None) -> None:
        template = self.template()
        if template is None or key is None:
            return
        label = next(s["label"] for s in json.loads(template.scopes) if s["key"] == key)
        self.error.show_message(self.tr("Answer yes or no to: {label}").format(label=label))
        button = self.answers[key].buttons()[0]
        button.setFocus()
        self.form_scroll.ensureWidgetVisible(button)

    def _show_summary(self) -> None:
        template = self.template()
        if template is None:
            return
        lines = [(self.tr("✓ Yes") if self.answers[s["key"]].checkedId() == 1 else
                  self.tr("✗ No")) + f" — {s['label']}" for s in json.loads(template.scopes)]
        self.summary.setText(self.tr("Your choices:") + "\n" + "\n".join(lines))
        self.summary.setFont(self._font())

    def _language_name(self, code: str) -> str:
        return {"nl": self.tr("Dutch"), "en": self.tr("English")}.get(code, code)

    def template(self) -> ConsentTemplate | None:
        chosen = self.language.currentData()
        return next((t for t in self.forms if t.id == chosen), None)

    def _resize_text(self, step: int) -> None:
        self._size = max(0, min(len(TEXT_SIZES) - 1, self._size + step))
        self._show_form(keep_answers=True)
        if self.pages.currentIndex() == SIGN:
            self._show_summary()

    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TEXT_SIZES[self._size] * factor)
        font.setBold(bold)
        return font

    def _show_form(self, keep_answers: bool = False) -> None:
        kept = {key: group.checkedId() for key, group in self.answers.items()} \
            if keep_answers else {}
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.answers = {}
        template = self.template()
        if template is None:
            self.heading.setText(templates.no_form_text(self.context.project.joined))
            return
        self.heading.setText(f"{template.title} · {self.who}")
        self.heading.setFont(self._font(1.3, bold=True))
        retention = QLocale().toString(QDate(template.retention_date), "d MMMM yyyy") \
            if template.retention_date else ""
        for part in json.loads(template.sections):
            title = QLabel(part["heading"])
            title.setFont(self._font(1.1, bold=True))
            text = QLabel(templates.shown_text(part["text"], template, retention))
            text.setWordWrap(True)
            text.setFont(self._font())
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body_layout.addWidget(title)
            self.body_layout.addWidget(text)
        choices = QLabel(self.tr("Your choices"))
        choices.setFont(self._font(1.2, bold=True))
        self.body_layout.addWidget(choices)
        for scope in json.loads(template.scopes):
            row, group = answer_row(self, scope["label"], self._font())
            if kept.get(scope["key"], -1) in (0, 1):
                group.button(kept[scope["key"]]).setChecked(True)
            self.answers[scope["key"]] = group
            self.body_layout.addWidget(row)
        self.body_layout.addStretch(1)

    # spoken consent

    def _show_method(self) -> None:
        spoken = self.by_voice.isChecked()
        self.sign_host.setVisible(not spoken)
        self.voice_host.setVisible(spoken)

    def _toggle_voice(self) -> None:
        if self._capture is not None:
            self._stop_voice()
            return
        device = capture.chosen_input(self.context.settings)
        self._discard_spoken()
        if device is None:
            self.error.show_message(self.tr("No microphone was found. Connect one, or let "
                                            "the participant sign instead."))
            return
        self._clip = SpokenClip(self.context.project.media, capture.pcm_format())
        self._capture = capture.Capture(device, self)
        self._capture.failed.connect(self._voice_failed)
        self._capture.start(self._clip)  # type: ignore[arg-type]
        self.voice_button.setText(self.tr("■ Stop"))
        self._voice_timer.start()

    def _voice_tick(self) -> None:
        if self._clip is not None:
            self.voice_state.setText(self.tr("Recording… {seconds} s").format(
                seconds=self._clip.recorded_ms // 1000))

    def _stop_voice(self) -> None:
        self._voice_timer.stop()
        if self._capture is None:
            return
        self.spoken = self._capture.stop()  # type: ignore[assignment]
        self._capture.deleteLater()
        self._capture, self._clip = None, None
        self.voice_button.setText(self.tr("● Record again"))
        if self.spoken is not None:
            self.voice_state.setText(self.tr("Spoken consent recorded: {seconds} s").format(
                seconds=f"{self.spoken.duration_ms / 1000:.1f}"))

    def _voice_failed(self, message: str) -> None:
        self._stop_voice()
        self.error.show_message(message)

    def _discard_spoken(self) -> None:
        """A spoken yes that was not confirmed is someone's voice: do not leave it behind."""
        spoken, self.spoken = self.spoken, None
        if spoken is None or self.record_id is not None:
            return
        media = self.context.project.media
        if not self.context.read(lambda s: ownership.referenced(s, spoken.media_name)):
            overwrite_and_unlink(media / spoken.media_name)

    def done(self, result: int) -> None:
        self._stop_voice()  # never leave the microphone open
        if int(getattr(result, "value", result)) != QDialog.DialogCode.Accepted.value:
            self._discard_spoken()
        super().done(result)

    def draft(self) -> records.ConsentDraft:
        template = self.template()
        answers: dict[str, bool | None] = {
            key: None if group.checkedId() < 0 else bool(group.checkedId())
            for key, group in self.answers.items()}
        draft = records.ConsentDraft(
            participant_id=self.participant_id, template_id=template.id if template else "",
            answers=answers, strokes=[list(s) for s in self.pad.strokes],
            interviewer_id=self.interviewer.currentData())
        if self.by_voice.isChecked():
            draft.method = ConsentMethod.VERBAL.value
            draft.strokes = []
            if self.spoken is not None:
                draft.evidence_name, draft.evidence_sha256 = (self.spoken.media_name,
                                                              self.spoken.sha256)
                draft.evidence_duration_ms = self.spoken.duration_ms
        return draft

    def confirm(self) -> None:
        if self.pages.currentIndex() == READ and not self.to_signing():
            return
        draft = self.draft()
        media = self.context.project.media
        if self._capture is not None:
            self._stop_voice()
            draft = self.draft()
        try:
            self.context.read(lambda s: records.validate(s, draft))
        except ValidationError as exc:
            self.error.show_message(exc.message)
            if exc.field == "signature":
                self.pad.setFocus()
            elif exc.field == "verbal":
                self.voice_button.setFocus()
            elif exc.field.startswith("scope:"):
                self.show_page(READ)
                self._point_at_choice(exc.field.removeprefix("scope:"))
            return

        def done(record_id: str) -> None:
            self.record_id = record_id
            # The document is made on the writer after the dialog closes.
            self.context.write(lambda s: documents.make_document(s, media, record_id))
            self.accept()

        self.context.write(lambda s: records.take(s, media, draft).id, on_success=done,
                           on_failure=lambda exc: self.error.show_message(str(exc)))
