"""The language rule, and numbers, sizes, dates and plurals in the user's language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from veldwerk import i18n, labels, words
from veldwerk.cli import commands_language

SPEAKING = ("VELDWERK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def silent(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No variable names a language (as on a fresh server with LANG=C.UTF-8)."""
    for name in SPEAKING:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return monkeypatch


@pytest.fixture
def dutch() -> Iterator[None]:
    i18n.use_catalogue("nl")
    yield
    i18n.use_catalogue("en")


def test_where_nothing_names_a_language_it_is_dutch(silent: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    assert i18n.chosen_language() == "nl"
    assert commands_language(["--data-dir", str(tmp_path), "summary"]) == "nl"
    silent.setenv("LANG", "en_GB.UTF-8")
    assert i18n.chosen_language() == "en"
    silent.setenv("LC_ALL", "nl_NL.UTF-8")  # LC_ALL outranks LANG
    assert i18n.chosen_language() == "nl"
    silent.setenv("LANG", "de_DE.UTF-8")
    silent.delenv("LC_ALL")
    assert i18n.chosen_language() == "nl"  # a language Veldwerk lacks: Dutch


def test_the_person_outranks_the_system(silent: pytest.MonkeyPatch, tmp_path: Path) -> None:
    silent.setenv("LANG", "nl_NL.UTF-8")
    from veldwerk import settings

    chosen = settings.load(tmp_path)
    chosen.language = "en"  # as the app's preferences save it
    chosen.save()
    assert commands_language(["--data-dir", str(tmp_path), "summary"]) == "en"  # preference
    silent.setenv("VELDWERK_LANG", "nl")
    assert commands_language(["--data-dir", str(tmp_path), "summary"]) == "nl"  # env
    assert commands_language(["--lang", "en", "summary"]) == "en"  # --lang above all
    assert i18n.chosen_language("en", "nl") == "en"


def test_the_app_and_the_commands_agree(silent: pytest.MonkeyPatch) -> None:
    ui_i18n = pytest.importorskip("ui.i18n")
    for lang in ("C.UTF-8", "en_GB.UTF-8", "nl_NL.UTF-8"):
        silent.setenv("LANG", lang)
        assert ui_i18n.choose_language(None, "system") == commands_language(["summary"])


def test_dutch_numbers_sizes_and_dates(dutch: None) -> None:
    assert words.hours(360_000) == "0,1"
    assert words.number(1234.5, 1) == "1.234,5"
    assert (words.number(-0.6, 1, signed=True), words.number(3.25, 1, signed=True)) == (
        "-0,6", "+3,2"), "a change (audio process's loudness) says its sign"
    assert words.size(1_200_000) == "1,2 MB"
    assert words.date_text(date(2025, 3, 12)) == "12 maart 2025"
    shown = words.datetime_text(datetime(2025, 3, 12, 13, 5, 7, 123456, tzinfo=UTC))
    assert shown.startswith("12 maart 2025 ") and shown.count(":") == 1
    assert "123" not in shown


def test_english_numbers_and_sizes() -> None:
    i18n.use_catalogue("en")
    assert words.hours(360_000) == "0.1"
    assert words.size(1_200_000) == "1.2 MB"
    assert words.date_text(date(2025, 3, 12)) == "12 March 2025"


def test_small_counts_read_as_babel_writes_them() -> None:
    """A count below a thousand skips Babel (start-up paints one); it must read the same."""
    from babel.numbers import format_decimal

    for language in ("nl", "en"):
        i18n.use_catalogue(language)
        for count in (*range(-1001, 1002, 13), 0, 999, -999, 1000, 12345):
            assert words.number(count) == format_decimal(count, "#,##0",
                                                         locale=words.LOCALES[language])
    assert words.number(True) == "1" and words.number(0.4) == "0"
    i18n.use_catalogue("en")


def test_plurals_in_both_languages(dutch: None) -> None:
    assert (labels.bundles(1), labels.bundles(2)) == ("1 bundel", "2 bundels")
    assert labels.changes(1) == "1 wijziging" and labels.participants(1) == "1 deelnemer"
    assert labels.kind("focus_group") == "Focusgroep"
    i18n.use_catalogue("en")
    assert (labels.bundles(1), labels.bundles(2), labels.bundles(0)) == (
        "1 bundle", "2 bundles", "0 bundles")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "veldwerk", *args], capture_output=True,
                          text=True, timeout=60)


def test_help_speaks_the_chosen_language() -> None:
    dutch = run("--lang", "nl", "--help").stdout
    assert "gebruik:" in dutch and "deze hulp tonen en stoppen" in dutch
    assert "het demoproject maken" in dutch
    new = run("--lang", "nl", "interview", "new", "--help").stdout
    assert new.startswith("gebruik:") and "de code van een deelnemer" in new
    english = run("--lang", "en", "interview", "new", "--help").stdout
    assert english.startswith("usage:") and "a participant's code" in english


def test_dutch_dashboard_names_things_and_drops_microseconds(tmp_path: Path) -> None:
    from veldwerk import cli

    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "demo"]) == 0
    out = subprocess.run([sys.executable, "-m", "veldwerk", "--data-dir", str(data),
                          "--lang", "nl", "dashboard"], capture_output=True, text=True,
                         timeout=60).stdout
    assert "0 minuten opgenomen" in out and "0.0" not in out
    assert "Focusgroep" in out and "Gepland" in out
    for raw in ("focus_group", "planned", "in_progress", "approved"):
        assert raw not in out
