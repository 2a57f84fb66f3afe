"""Uitschrijven (Transcribe…): a recording written out on this computer by a speech model
the person chooses, one at a time, in the background (``ui/operations.py``: progress and
Cancel) while the editor stays free to correct what has come so far. The engine is
``veldwerk/transcribe/``, an optional part: without it, or without audio consent, the
window says why nothing can be transcribed. The recording's language is chosen here (its
transcript's, else the project's); an English-only model is not startable for another
language. Models are those found here, a folder the person chooses (remembered in the
settings), or a multilingual one downloaded once when the person says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
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
from veldwerk.domain import TranscriptState
from veldwerk.words import language_name

_running: list[str] = []  # the recording being transcribed here (one at a time)


class _Jobs(QObject):
    """Tells every open Transcribe window that the one job here ended: another
    recording's window, waiting, turns Start on again."""

    ended = Signal()


_jobs = _Jobs()
ENGLISH_ONLY = Qt.ItemDataRole.UserRole + 1  # a model item's: it knows English only
NAME = Qt.ItemDataRole.UserRole + 2  # a model item's: its name
DOWNLOAD = Qt.ItemDataRole.UserRole + 3  # a model item's: not here yet, downloaded on Start


def _engine() -> tuple[Any, Any] | None:
    """The engine's modules, or None when this Veldwerk has no transcription part."""
    try:
        from veldwerk.transcribe import job, models  # deferred: optional extra
    except ImportError:
        return None
    return (job, models) if models.available() else None


def _about(mb: int) -> str:
    """A download's rough size: whole megabytes, or gigabytes with one decimal."""
    return words.size(mb * 1_000_000) if mb >= 1000 else f"{mb} MB"


def blocked(session: Any, recording_id: str) -> str:
    """Why this recording may not be transcribed here ("" if it may): the engine's own
    gate (``transcripts.refusal``: everyone in it allows audio, nobody withdrew)."""
    recording = media.recording(session, recording_id)
    if recording is None:
        return ""
    return transcripts.refusal(session, recording.interview_id)


class TranscribeDialog(QDialog):
    """Choose a model, then transcribe; the window stays while the work runs."""

    def __init__(self, context: ProjectContext, recording_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.recording_id = context, recording_id
        self.operation: Operation | None = None
        self.stopped = False  # the person cancelled: the job stopped between segments
        self._answered = False
        self._jobs = 0  # which start the window's state belongs to
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
        self.folder_button = named(QPushButton(self.tr("&Folder…")),
                                   self.tr("Choose a speech model's folder"),
                                   self.tr("A faster-whisper model you have on this computer "
                                           "or a stick (model.bin, config.json)"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_button.setAutoDefault(False)  # Enter transcribes, wherever the focus is
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(language_label, self.language)
        form.addRow(model_label, model_row)
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
        _jobs.ended.connect(self._another_ended)
        self.model.currentIndexChanged.connect(lambda _i: self._fit())
        self._fit()
        if self.resumes and self.engine is not None:
            self.status.setText(self.tr("A transcription of this recording stopped halfway; "
                                        "Transcribe goes on where it stopped."))
        fit_window(self, 560, 360)
        # The keyboard starts where the next step is: Transcribe, else the model to change.
        (self.start_button if self.start_button.isEnabled() else self.model).setFocus()

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
                "languages: {names} (in the list: downloaded once when you start), or a "
                "model folder you have (Folder…).").format(
                    model=self.model.currentData(NAME), language=language_name(language),
                    names=", ".join(models.FOR_DUTCH))
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
            models = self.engine[1]
            chosen = self.context.settings.model_folder
            choices = models.choices([Path(chosen)] if chosen else [])
            for choice in choices:
                self._add_model(choice)
            here = {c.name for c in choices}
            for name in models.FOR_DUTCH:  # multilingual ones, fetched when asked
                if name not in here:
                    self.model.addItem(self.tr("{name} (about {size}, downloaded when you "
                                               "start)").format(
                        name=name, size=_about(models.DOWNLOADS[name])), name)
                    self.model.setItemData(self.model.count() - 1, name, NAME)
                    self.model.setItemData(self.model.count() - 1, True, DOWNLOAD)
            multilingual = [n for n in range(self.model.count())
                            if not self.model.itemData(n, ENGLISH_ONLY)]
            if self.language.currentData() != "en" and multilingual:
                self.model.setCurrentIndex(multilingual[0])  # an English-only one refuses
        self.problem.show_message(problem)
        self.model.setEnabled(not problem)
        self.folder_button.setEnabled(not problem)
        self.start_button.setEnabled(not problem and not _running)
        if _running and not problem:
            self.status.setText(self._waiting_text())

    def _add_model(self, choice: Any) -> int:
        """A model on this computer in the list (once); its place."""
        where = str(choice.path) if choice.path else choice.name
        known = self.model.findData(where)
        if known >= 0:
            return known
        size = words.size(int(choice.size_mb * 1_000_000))
        english = self.tr("English only")
        self.model.addItem(
            f"{choice.name} ({size}{', ' + english if choice.english_only else ''})", where)
        self.model.setItemData(self.model.count() - 1, choice.english_only, ENGLISH_ONLY)
        self.model.setItemData(self.model.count() - 1, choice.name, NAME)
        return self.model.count() - 1

    def choose_folder(self) -> None:
        """A model folder the person has (from a colleague, a stick): checked, offered
        and remembered for the next time."""
        if self.engine is None:
            return
        chosen = QFileDialog.getExistingDirectory(self, self.tr("A speech model's folder"))
        if not chosen:
            return
        models = self.engine[1]
        folder = Path(chosen)
        if not models.is_model(folder):
            self.problem.show_message(self.tr(
                "{folder} holds no speech model: a faster-whisper model's folder has "
                "model.bin, config.json and the tokenizer in it.").format(folder=folder))
            return
        self.problem.show_message("")
        self.model.setCurrentIndex(self._add_model(models.from_folder(folder)))
        self.context.settings.model_folder = str(folder)
        self.context.settings.save()

    def _download_agreed(self, name: str) -> bool:
        """A model is fetched from the internet only when the person says so."""
        models = self.engine[1] if self.engine is not None else None
        if models is None:
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Download the model?"), self.tr(
            "{name} is not on this computer yet. Download it now (about {size})? It comes "
            "once from the models' download site (Hugging Face) into {folder}; the "
            "recording itself never leaves this computer, and later transcriptions need "
            "no connection.").format(name=name, size=_about(models.DOWNLOADS[name]),
                                       folder=models.models_folder()),
            parent=self)
        fetch = box.addButton(self.tr("Download"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is fetch

    def start(self) -> None:
        if self.engine is None or _running or self.model.count() == 0:
            return
        downloads = bool(self.model.currentData(DOWNLOAD))
        if downloads and not self._download_agreed(self.model.currentData(NAME)):
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
        fetching = self.tr("Downloading {name}: {done} of {total}").format(
            name=self.model.currentData(NAME), done="{done}", total="{total}")

        self.stopped = False
        self._answered = False  # the job's outcome reached the window (done or failed)

        def work(progress: Any, cancelled: Any) -> str:
            def said(done_ms: int, total_ms: int) -> None:
                progress(done_ms / max(1, total_ms), done_text.format(
                    done=words.duration(done_ms), total=words.duration(total_ms)))

            def stop() -> bool:  # the job stops at the first True; remember it said so
                self.stopped = self.stopped or bool(cancelled())
                return self.stopped

            def fetched(done: int, total: int) -> None:
                progress(done / max(1, total), fetching.format(
                    done=words.size(done), total=words.size(total)))

            return job.transcribe(project, recording_id, model=model, language=language,
                                  replace=replace, progress=said, cancelled=stop,
                                  downloading=fetched)

        _running.append(recording_id)
        self.start_button.setEnabled(False)
        if self.model.currentData(DOWNLOAD):  # the model first: say so, not "Transcribing"
            name = self.model.currentData(NAME)
            label = self.tr("Downloading {name}…").format(name=name)
            self.status.setText(self.tr("Downloading {name} first; then the text appears "
                                        "beside the recording as it is written.").format(
                                            name=name))
        else:
            label = self.tr("Transcribing…")
            self.status.setText(self.tr("Transcribing… The text appears beside the recording "
                                        "as it is written."))
        self.operation = run_in_background(self, work, on_success=self._done,
                                           on_failure=self._failed, label=label)
        self._jobs += 1
        job_number = self._jobs
        self.operation.destroyed.connect(lambda *_a: self._ended(job_number))

    def _ended(self, job_number: int) -> None:
        """The job ``job_number`` is over: its outcome came (at once), or its operation was
        deleted (later; a cancelled job's only sign). An older job's late sign is ignored."""
        if job_number != self._jobs or self.operation is None or not shiboken6.isValid(self):
            return
        if self.recording_id in _running:
            _running.remove(self.recording_id)
            _jobs.ended.emit()
        if self.stopped and not self._answered:
            # Cancelled before a word was written: while the model was downloading.
            self.status.setText(self.tr("Stopped. The download was broken off and nothing "
                                        "of it was kept; nothing was transcribed."))
        self.operation = None
        self._fit()

    def _another_ended(self) -> None:
        """The job that kept this window waiting is over: Start is on again."""
        if self.operation is None and not _running and self.model.isEnabled():
            if self.status.text() == self._waiting_text():
                self.status.setText("")
            self._fit()

    def _waiting_text(self) -> str:
        return self.tr("Another recording is being transcribed; one at a time. Try again "
                       "when it is done.")

    def _done(self, _transcript_id: str) -> None:
        self._answered = True
        self._ended(self._jobs)  # now, not when the operation is deleted later
        self._refresh_models()
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
        self._answered = True
        self._ended(self._jobs)
        self.status.setText("")
        self._refresh_models()
        from veldwerk.transcribe import DownloadFailed  # deferred: the editor's start

        if isinstance(exc, DownloadFailed):  # the window's way, not the command's --model
            exc = DownloadFailed(exc.message, hint=self.tr(
                "Connect to the internet and try again, or copy a model folder from another "
                "computer and choose it with Folder…. Nothing was transcribed."))
        errors.report(exc, self)

    def _refresh_models(self) -> None:
        """A model downloaded meanwhile is on this computer now: no longer a download."""
        if self.engine is None:
            return
        for choice in self.engine[1].downloaded():
            at = self.model.findData(choice.name)
            if at >= 0 and self.model.itemData(at, DOWNLOAD):
                self.model.removeItem(at)
                self.model.setCurrentIndex(self._add_model(choice))

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
