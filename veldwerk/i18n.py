"""Translation hook and the one language rule for the app, the commands and documents.

The core must not import Qt, yet its messages reach users in their language.
Strings are marked with ``translate("Context", "text")`` so that
``pyside6-lupdate`` collects them into the same catalogue as the UI; the UI
installs Qt's translator here at start-up, headless commands read the same catalogue
(``use_catalogue``). Which language: ``chosen_language``, for everyone.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

LANGUAGES = ("nl", "en")
ENV_LANG = "VELDWERK_LANG"
DEFAULT = "nl"  # Dutch neighbourhoods: where nothing names a language, Dutch

_backend: Callable[[str, str], str] | None = None
_language = "en"  # the language of the installed catalogue (the sources are English)


def set_backend(backend: Callable[[str, str], str] | None, language: str | None = None
                ) -> None:
    """Route core translations through ``backend(context, text)``; ``language`` is the
    one it speaks, so numbers and dates follow it (``veldwerk.words``)."""
    global _backend, _language
    _backend = backend
    if language is not None:
        _language = language
    elif backend is None:
        _language = "en"


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language (English without a backend)."""
    if _backend is None:
        return text
    return _backend(context, text)


def current_language() -> str:
    """The language the core speaks now (``nl`` or ``en``)."""
    return _language


def chosen_language(override: str | None = None, preference: str | None = "system") -> str:
    """The one rule: what the person chose (``--lang``, then ``VELDWERK_LANG``, then the
    app's preference in settings.ini), else the system's language, else Dutch."""
    for candidate in (override, os.environ.get(ENV_LANG), preference):
        if candidate in LANGUAGES:
            return str(candidate)
    return DEFAULT if system_language() != "en" else "en"


def system_language() -> str | None:
    """The two-letter language the system names, or None where it names none (``C``,
    ``POSIX``, nothing set). Locale variables first (what a terminal says), then the
    desktop's own setting on Windows and macOS, whose apps usually get no variables."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").split(":")[0]
        code = _code(value)
        if code:
            return code
    if sys.platform == "win32":
        return _windows_language()
    if sys.platform == "darwin":
        return _mac_language()
    return None


def _code(value: str) -> str | None:
    """``nl_NL.UTF-8`` → ``nl``; ``C``, ``C.UTF-8`` and ``POSIX`` name no language."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return None if code in ("", "c", "posix") else code


def _windows_language() -> str | None:
    """Windows' display language (``GetUserDefaultUILanguage``: a LANGID whose low ten
    bits are the primary language)."""
    try:
        import ctypes  # deferred: start-up

        langid = int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    return {0x13: "nl", 0x09: "en"}.get(langid & 0x3FF, "other")


def _mac_language() -> str | None:
    """The first of macOS's preferred languages (``defaults read -g AppleLanguages``)."""
    import subprocess  # deferred: start-up

    try:
        result = subprocess.run(["defaults", "read", "-g", "AppleLanguages"],
                                capture_output=True, text=True, timeout=2, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    for word in result.stdout.replace("(", " ").replace(",", " ").split():
        code = _code(word.strip('"'))
        if code:
            return code
    return None


def use_catalogue(language: str) -> None:
    """Headless commands speak the app's language from the same catalogue (the ``.ts``
    source, read without Qt); English needs none."""
    if language == "en":
        set_backend(None)
        return
    from veldwerk.resources import resources_dir  # deferred: start-up

    path = resources_dir() / "i18n" / f"veldwerk_{language}.ts"
    if not path.is_file():
        return
    import xml.etree.ElementTree as ElementTree  # deferred: start-up

    table: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found = message.find("translation")
            if found is None or found.get("type") in ("unfinished", "obsolete"):
                continue
            source = message.findtext("source", "")
            if found.text:
                table[(name, source)] = found.text
    set_backend(lambda context, text: table.get((context, text), text), language)
