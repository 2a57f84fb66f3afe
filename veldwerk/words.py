"""Numbers, sizes, dates and plurals in the language the core speaks now.

Babel knows each language's decimal comma, month names and grouping; it is imported
inside each function, so no start-up pays for it. The language is the one installed
with the catalogue (``i18n.current_language``), the same for the app, the commands and
the documents.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from veldwerk import i18n

LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def _locale() -> str:
    return LOCALES.get(i18n.current_language(), "en_GB")


# Whisper's codes that are not the ISO code a name is kept under.
NAMED_AS = {"jw": "jv"}


def language_name(code: str) -> str:
    """A language's name in the reader's language (Babel's list), else its code."""
    from babel import Locale  # deferred: start-up

    name = Locale.parse(_locale()).languages.get(NAMED_AS.get(code, code))
    return name[:1].upper() + name[1:] if name else code


def number(value: float, decimals: int = 0, signed: bool = False) -> str:
    """``0.1`` → ``0,1`` in Dutch; always ``decimals`` places, so a column lines up;
    ``signed``: a change, ``+`` before a positive one (``+3,2``, ``-0,6``)."""
    if not decimals and not signed and type(value) is int and -1000 < value < 1000:
        return str(value)  # a count below a thousand has no separator: Babel waits (start-up)
    from babel.numbers import format_decimal  # deferred: start-up

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    if signed:
        pattern = f"+{pattern};-{pattern}"
    return str(format_decimal(round(value, decimals), format=pattern, locale=_locale()))


def size(byte_count: int) -> str:
    """A file's size for people: ``1,2 MB`` (decimal units, as file managers show them)."""
    if byte_count >= 1_000_000_000:
        return f"{number(byte_count / 1e9, 1)} GB"
    if byte_count >= 1_000_000:
        return f"{number(byte_count / 1e6, 1)} MB"
    return f"{number(max(byte_count / 1e3, 0), 0 if byte_count >= 10_000 else 1)} kB"


def hours(ms: float) -> str:
    """Milliseconds as hours with one decimal (``0,1``); the sentence names the unit."""
    return number(ms / 3_600_000, 1)


def duration(ms: float) -> str:
    """How long, as a reader expects it: ``6 minuten`` under an hour (a tenth of an hour
    means little to anyone), ``1,5 uur`` from an hour on."""
    translate = i18n.translate
    minutes = round(ms / 60_000)
    if ms > 0 and not minutes:
        return translate("Words", "less than a minute")
    if minutes < 60:
        return plural(minutes, translate("Words", "{n} minute"),
                      translate("Words", "{n} minutes"))
    return translate("Words", "{n} hours").format(n=number(ms / 3_600_000, 1))


def date_text(day: date | None) -> str:
    """``12 maart 2025`` / ``12 March 2025``: no month and day to mix up."""
    if day is None:
        return "—"
    from babel.dates import format_date  # deferred: start-up

    return str(format_date(day, format="long", locale=_locale()))


def datetime_text(moment: datetime | str | None) -> str:
    """A stored moment (UTC, naive taken as UTC) in local time, to the minute."""
    if moment is None or moment == "":
        return "—"
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    from babel.dates import format_time  # deferred: start-up

    return f"{date_text(local.date())} {format_time(local, 'HH:mm', locale=_locale())}"


def plural(n: int, one: str, many: str, **fields: Any) -> str:
    """``one`` or ``many`` (both already through ``translate``, so both are catalogue
    entries), filled with ``{n}`` and ``fields``. Dutch and English share the rule: one
    is singular, everything else (0 too) plural."""
    return (one if n == 1 else many).format(n=number(n), **fields)
