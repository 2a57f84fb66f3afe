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
