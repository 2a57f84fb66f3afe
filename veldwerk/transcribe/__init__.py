"""Speech to text, offline: faster-whisper (CTranslate2, int8 on the CPU) turns a recording
into transcript segments (``veldwerk/transcripts.py`` keeps their rules).

``models.py`` finds a model (a folder, a package that ships one, a name downloaded when
asked); ``job.py`` runs one transcription at a time behind the consent gate, writing each
segment as it comes so a killed job resumes where it stopped. Importing this package, its
``models`` or ``arguments`` never loads faster-whisper: only the engine's process does
(``engine.py``, which a running job starts).
"""

from __future__ import annotations

from veldwerk.errors import VeldwerkError


class TranscribeError(VeldwerkError):
    """A transcription cannot start or go on; what was transcribed so far is kept."""


class ModelNotFound(TranscribeError):
    """The model named is not on this computer, or could not be downloaded."""


class DownloadFailed(ModelNotFound):
    """A model named for download could not be fetched (no connection); nothing kept."""


class EnglishOnly(TranscribeError):
    """An English-only model (``*.en``) was asked to transcribe another language."""


class TranscriptionRunning(TranscribeError):
    """Another transcription of this project is running (one at a time)."""


class EngineMissing(TranscribeError):
    """faster-whisper is not installed (the optional extra ``transcribe``)."""
