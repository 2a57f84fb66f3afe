"""Translation hook for the core.

The core must not import Qt, yet its messages reach users in their language.
Strings are marked with ``translate("Context", "text")`` so that
``pyside6-lupdate`` collects them into the same catalogue as the UI; the UI
installs Qt's translator here at start-up, headless commands keep English.
"""

from __future__ import annotations

from collections.abc import Callable

_backend: Callable[[str, str], str] | None = None


def set_backend(backend: Callable[[str, str], str] | None) -> None:
    """Route core translations through ``backend(context, text)``."""
    global _backend
    _backend = backend


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language (English without a backend)."""
    if _backend is None:
        return text
    return _backend(context, text)


def command_language(override: str | None, preference: str = "system") -> str:
    """The commands' language: ``--lang``, ``VELDWERK_LANG``, the language chosen in the
    app's preferences, else the system's (the locale variables); English where none of
    them says Dutch."""
    import os

    for candidate in (override, os.environ.get("VELDWERK_LANG"), preference):
        if candidate in ("nl", "en"):
            return str(candidate)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def use_catalogue(language: str) -> None:
    """Headless commands speak the app's language from the same catalogue (the ``.ts``
    source, read without Qt); English needs none."""
    if language == "en":
        set_backend(None)
        return
    from veldwerk.resources import resources_dir

    path = resources_dir() / "i18n" / f"veldwerk_{language}.ts"
    if not path.is_file():
        return
    import xml.etree.ElementTree as ElementTree

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
    set_backend(lambda context, text: table.get((context, text), text))
