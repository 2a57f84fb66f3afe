"""Uitschrijven (Transcribe…): a recording written out on this computer by a speech model
the person chooses, one at a time, in the background (``ui/operations.py``: progress and
Cancel) while the editor stays free to correct what has come so far. The engine is
``veldwerk/transcribe/``, an optional part: without it, or without audio consent, the
window says why nothing can be transcribed. The recording's language is chosen here (its
transcript's, else the project's); an English-only model is not startable for another
language, and the window says which models to use instead and where they go."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import errors
from ui.context import ProjectContext
from ui.operations import Operation, run_in_background
from ui.widgets import ErrorLabel, emphasise, fit_window, named
from veldwerk import setup, transcripts, words
from veldwerk.audio import duration_text, media
from veldwerk.consent.use import AUDIO, Consents
from veldwerk.domain import TranscriptState
from veldwerk.words import language_name

_running: list[str] = []  # the recording being transcribed here (one at a time)
ENGLISH_ONLY = Qt.ItemDataRole.UserRole + 1  # a model item's: it knows English only
NAME = Qt.ItemDataRole.UserRole + 2  # a model item's: its name


def _engine() -> tuple[Any, Any] | None:
    """The engine's modules, or None when this Veldwerk has no transcription part."""
    try:
        from veldwerk.transcribe import job, models  # deferred: optional extra
    except ImportError:
        return None
    return (job, models) if models.available() else None


def blocked(session: Any, recording_id: str) -> str:
    """Why this recording may not be transcribed here ("" if it may): what the engine
    asks too (``consent/use.py``: everyone in it allows audio, nobody withdrew)."""
    recording = media.recording(session, recording_id)
    if recording is None:
        return ""
    return Consents(session).source_refusal(recording.interview_id, AUDIO)


class TranscribeDialog(QDialog):
    """Choose a model, then transcribe; the window stays while the work runs."""

    def __init__(self, context: ProjectContext, recording_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.recording_id = context, recording_id
        self.operation: Operation | None = None
        self.stopped = False  # the person cancelled: the job stopped between segments
        project_id = context.project_id

        def read(s: Any) -> tuple[Any, str, Any, str]:
            project = setup.project(s, project_id)
            return (media.recording(s, recording_id), blocked(s, recording_id),
                    transcripts.of_recording(s, recording_id),
                    project.language if project else "nl")

        recording, why, existing, project_language = context.read(read)
        # A transcription that stopped halfway goes on where it stopped; any other
        # transcript (finished, or typed by hand) is replaced only when the person says so.
        self.has_transcript = existing is not None and not (
            existing.engine and existing.state == TranscriptState.PARTIAL.value)
        self.resumes = existing is not None and not self.has_transcript
        self.setWindowTitle(self.tr("Transcribe"))
        heading = emphasise(QLabel(self.tr("Transcribe recording {n} ({duration})").format(
            n=recording.position if recording else "?",
            duration=duration_text(recording.duration_ms if recording else 0))), 1.2)
        explain = QLabel(self.tr(
            "A speech model on this computer writes out what was said; nothing leaves the "
            "computer. You correct the text beside the recording, also while it is being "
            "written."))
        explain.setWordWrap(True)
        self.problem = ErrorLabel()
        self.model = named(QComboBox(), self.tr("Speech model"))
        self.model.setMinimumContentsLength(24)
        model_label = QLabel(self.tr("&Model:"))
        model_label.setBuddy(self.model)
        self.language = named(QComboBox(), self.tr("Language spoken"),
                              self.tr("The language spoken in this recording"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self._languages(existing.language if existing is not None else project_language,
                        project_language)
        # A transcription that stopped halfway goes on in the language it began in.
        self.language.setEnabled(not self.resumes)
        self.unfit = QLabel()  # why the chosen model cannot start for this language
        self.unfit.setWordWrap(True)
        self.unfit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unfit.setAccessibleName(self.tr("Why Transcribe is off"))
        self.unfit.hide()
        form = QFormLayout()
        form.addRow(language_label, self.language)
        form.addRow(model_label, self.model)
        form.addRow(self.unfit)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Transcription status"))
        buttons = QDialogButtonBox()
        self.start_button = named(QPushButton(self.tr("&Transcribe")),
                                  self.tr("Start transcribing"))
        self.start_button.setDefault(True)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.close)
        self.start_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.engine = None if why else _engine()
        self._offer(why)
        self.language.currentIndexChanged.connect(lambda _i: self._fit())
        self.model.currentIndexChanged.connect(lambda _i: self._fit())
        self._fit()
        if self.resumes and self.engine is not None:
            self.status.setText(self.tr("A transcription of this recording stopped halfway; "
                                        "Transcribe goes on where it stopped."))
        fit_window(self, 560, 360)

    def _languages(self, chosen: str, project_language: str) -> None:
        """Every language the engine knows, by its name in the reader's language: the
        chosen one and the project's first, then the rest by name."""
        from veldwerk.transcribe.models import LANGUAGES  # deferred: the editor's start

        codes = list(LANGUAGES)
        for code in (project_language, chosen):
            if code not in codes:
                codes.append(code)
        first = list(dict.fromkeys([chosen, project_language]))
        rest = sorted((c for c in codes if c not in first), key=lambda c: language_name(c)
                      .casefold())
        for code in [*first, *rest]:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(0)

    def _fit(self) -> None:
        """An English-only model cannot start for another language: Transcribe is off and
        the window says which models to take and where they go (the engine refuses too)."""
        language = self.language.currentData()
        english_only = bool(self.model.currentData(ENGLISH_ONLY)) and language != "en"
        reason = ""
        if english_only and self.engine is not None:
            models = self.engine[1]
            reason = self.tr(
                "{model} knows English only. For {language} choose a model that knows more "
                "languages: {names}. Put its folder in {folder} and open this window again "
                "(README's Transcripts section says how to download one).").format(
                    model=self.model.currentData(NAME), language=language_name(language),
                    names=", ".join(models.FOR_DUTCH), folder=models.models_folder())
        self.unfit.setText(reason)
        self.unfit.setAccessibleDescription(reason)
        self.unfit.setVisible(bool(reason))
        self.start_button.setEnabled(self.model.isEnabled() and not english_only
                                     and not _running and self.operation is None)

    def _offer(self, why: str) -> None:
        """The models found here, or why there is nothing to choose."""
        problem = ""
        if why:
            problem = self.tr("This recording cannot be transcribed: {reason} A transcript "
                              "holds the same words as the recording, so it needs the same "
                              "consent.").format(reason=why)
        elif self.engine is None:
            problem = self.tr("This Veldwerk has no transcription part (faster-whisper). "
                              "Install Veldwerk with it (pip install 'veldwerk[transcribe]') "
                              "or use the installer, which includes it. You can still type a "
                              "transcript yourself: New segment.")
        else:
            choices = self.engine[1].choices()
            english = self.tr("English only")
            for choice in choices:
                size = words.size(int(choice.size_mb * 1_000_000))
                text = f"{choice.name} ({size}{', ' + english if choice.english_only else ''})"
                self.model.addItem(text, str(choice.path) if choice.path else choice.name)
                self.model.setItemData(self.model.count() - 1, choice.english_only,
                                       ENGLISH_ONLY)
                self.model.setItemData(self.model.count() - 1, choice.name, NAME)
            multilingual = [n for n, c in enumerate(choices) if not c.english_only]
            if self.language.currentData() != "en" and multilingual:
                self.model.setCurrentIndex(multilingual[0])  # an English-only one refuses
            if not choices:
                problem = self.tr("No speech model was found on this computer. README's "
                                  "Transcripts section says which to take and where it goes; "
                                  "for Dutch: small, medium or large-v3-turbo.")
        self.problem.show_message(problem)
        self.model.setEnabled(not problem)
        self.start_button.setEnabled(not problem and not _running)
        if _running and not problem:
            self.status.setText(self.tr("Another recording is being transcribed; one at a "
                                        "time. Try again when it is done."))

    def start(self) -> None:
        if self.engine is None or _running or self.model.count() == 0:
            return
        replace = False
        if self.has_transcript:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the transcript?"),
                              self.tr("This recording has a transcript already. A new one "
                                      "replaces it, with every correction made to it."),
                              parent=self)
            again = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not again:
                return
            replace = True
        job, project = self.engine[0], self.context.project
        recording_id, model = self.recording_id, self.model.currentData()
        language, done_text = self.language.currentData(), self.tr("{done} of {total}")

        self.stopped = False

        def work(progress: Any, cancelled: Any) -> str:
            def said(done_ms: int, total_ms: int) -> None:
                progress(done_ms / max(1, total_ms), done_text.format(
                    done=words.duration(done_ms), total=words.duration(total_ms)))

            def stop() -> bool:  # the job stops at the first True; remember it said so
                self.stopped = self.stopped or bool(cancelled())
                return self.stopped

            return job.transcribe(project, recording_id, model=model, language=language,
                                  replace=replace, progress=said, cancelled=stop)

        _running.append(recording_id)
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Transcribing… The text appears beside the recording as "
                                    "it is written."))
        self.operation = run_in_background(self, work, on_success=self._done,
                                           on_failure=self._failed,
                                           label=self.tr("Transcribing…"))
        self.operation.destroyed.connect(self._ended)

    def _ended(self, *_args: object) -> None:
        if self.recording_id in _running:
            _running.remove(self.recording_id)
        self.operation = None
        self._fit()

    def _done(self, _transcript_id: str) -> None:
        if self.stopped:
            self.status.setText(self.tr("Stopped. What was written so far is kept; "
                                        "Transcribe goes on from there."))
            self.has_transcript, self.resumes = False, True
            self.language.setEnabled(False)  # it goes on in the language it began in
            return
        self.status.setText(self.tr("Transcribed. Correct the text beside the recording."))
        self.has_transcript, self.resumes = True, False
        self.language.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        errors.report(exc, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The work runs on while its window is open (its progress has Cancel)."""
        if self.operation is not None:
            event.ignore()
            return
        super().closeEvent(event)


def transcribe_recording(parent: QWidget, context: ProjectContext, recording_id: str) -> None:
    """Open the transcribe window (not modal: the editor stays free)."""
    dialog = TranscribeDialog(context, recording_id, parent.window())
    dialog.show()
