"""What every Word document Veldwerk writes shares (the report and the interview documents
in ``reports/word.py``, the consent forms in ``consent/documents.py``): the paper of the
reader's country, the language its text is in (so Word spell-checks Dutch as Dutch), its
properties, chapters that begin on a new page, and pictures that say what they show.

python-docx is imported by the callers when they render; these functions only touch the
document they are given.
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

# The extended properties (docProps/app.xml) as Veldwerk writes them: the program that made
# the document, no counts Word would show as "1 page, 0 words" until it counts again.
APP_XML = (b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
           b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           b'extended-properties"><Application>Veldwerk</Application>'
           b"<DocSecurity>0</DocSecurity></Properties>")
THUMBNAIL = "docProps/thumbnail.jpeg"

# A language as Word marks text with it: the country where the app's own numbers and
# words come from (``words.LOCALES``: British English), else the language's home.
TAGS = {"nl": "nl-NL", "en": "en-GB", "de": "de-DE", "fr": "fr-FR", "tr": "tr-TR",
        "ar": "ar-SA", "pl": "pl-PL", "es": "es-ES"}
RIGHT_TO_LEFT = {"ar"}

# A character of 11-point body text, on average, and a cell's margins, in characters: what
# ``fitted_widths`` sizes a table's columns by.
CM_PER_CHARACTER = 0.24
PADDING_CHARACTERS = 3

# The countries that print on US Letter; everywhere else prints A4.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "SV",
                              "NI", "PA", "DO", "PR", "BO"})


@dataclass(frozen=True)
class Paper:
    name: str  # "A4" or "Letter"
    width_cm: float
    height_cm: float


A4 = Paper("A4", 21.0, 29.7)
LETTER = Paper("Letter", 21.59, 27.94)


def tag(language: str) -> str:
    """``nl`` → ``nl-NL``: the tag Word's spelling and LibreOffice read."""
    return TAGS.get(language, language)


def paper(locale_name: str | None = None) -> Paper:
    """A4, or US Letter where the system's locale (``locale_name``, else the system's own:
    ``LC_ALL``, ``LC_PAPER``, ``LANG``, the desktop's region on Windows and macOS) names
    a country that prints on Letter: ``en_US``, ``en_CA``, ``es_MX``, …

    The country decides, not the language: ``en_GB`` and ``nl_NL`` print A4 like most of
    the world. The app's language setting (``nl`` or ``en``) names no country, so it never
    chooses Letter by itself; Veldwerk's English is British (``words.LOCALES``), and where
    nothing names a country the document is A4, as Dutch readers print."""
    name = locale_name if locale_name is not None else system_locale()
    return LETTER if country(name) in LETTER_COUNTRIES else A4


def country(locale_name: str) -> str:
    """``en_US.UTF-8`` or ``en-US`` → ``US``; '' where the name has no country."""
    core = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = core.split("_")
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else ""


def system_locale() -> str:
    """The locale whose paper the system uses ('' where none is named)."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable, "")
        if value and country(value):
            return value
    if sys.platform == "win32":
        try:
            import ctypes  # deferred: platform

            buffer = ctypes.create_unicode_buffer(85)
            if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, 85):  # type: ignore[attr-defined]
                return str(buffer.value)
        except (AttributeError, OSError):
            return ""
    if sys.platform == "darwin":
        import subprocess  # deferred: platform

        try:
            done = subprocess.run(["defaults", "read", "-g", "AppleLocale"],
                                  capture_output=True, text=True, timeout=2, check=False)
        except (OSError, subprocess.SubprocessError):
            return ""
        return done.stdout.strip()
    return ""


def set_up(document: Any, text_language: str, margins_cm: tuple[float, float],
           sheet: Paper | None = None) -> None:
    """Paper and margins (top and bottom, left and right) on every section, and
    ``text_language`` on the styles: the document defaults and every style that names a
    language (the text people said and wrote is in it)."""
    from docx.oxml import OxmlElement  # deferred: heavy (docx)
    from docx.oxml.ns import qn  # deferred: heavy (docx)
    from docx.shared import Cm  # deferred: heavy (docx)

    sheet = sheet or paper()
    for section in document.sections:
        section.page_width, section.page_height = Cm(sheet.width_cm), Cm(sheet.height_cm)
        section.top_margin = section.bottom_margin = Cm(margins_cm[0])
        section.left_margin = section.right_margin = Cm(margins_cm[1])
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        run_default = defaults.find(qn("w:rPrDefault"))
        if run_default is None:
            run_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, run_default)
        properties = run_default.find(qn("w:rPr"))
        if properties is None:
            properties = OxmlElement("w:rPr")
            run_default.append(properties)
        if properties.find(qn("w:lang")) is None:
            properties.append(OxmlElement("w:lang"))
    for lang in styles.iter(qn("w:lang")):
        _set_lang(lang, text_language)
    settings = document.settings.element
    for theme in settings.iter(qn("w:themeFontLang")):
        _set_lang(theme, text_language)


def _set_lang(element: Any, language: str) -> None:
    from docx.oxml.ns import qn  # deferred: heavy (docx)

    element.set(qn("w:val"), tag(language))
    if language in RIGHT_TO_LEFT:
        element.set(qn("w:bidi"), tag(language))


def mark(paragraph: Any, language: str, text_language: str) -> Any:
    """Mark the runs of ``paragraph`` (a heading or label the reader's language wrote) as
    ``language`` where it is not the text's; returns the paragraph."""
    from docx.oxml.ns import qn  # deferred: heavy (docx)

    if language == text_language:
        return paragraph
    for run in paragraph.runs:
        properties = run._r.get_or_add_rPr()
        lang = properties.find(qn("w:lang"))
        if lang is None:
            from docx.oxml import OxmlElement  # deferred: heavy (docx)

            lang = OxmlElement("w:lang")
            properties.append(lang)
        _set_lang(lang, language)
    return paragraph


def chapter(heading: Any) -> Any:
    """A chapter's heading begins a new page (its paragraph says so): no page-break
    paragraph trails the chapter before, which LibreOffice and Word turn into an empty page
    when that chapter ends at the bottom of a page."""
    heading.paragraph_format.page_break_before = True
    return heading


def fitted_widths(rows: list[list[str]], room_cm: float) -> list[float]:
    """Each column's width (cm) from its content, the whole ``room_cm`` wide: a column as
    wide as its longest line where there is room, never narrower than its longest word
    (a header is never broken inside a word: "Neighbourhoo / d")."""
    columns = list(zip(*rows, strict=True))
    longest = [max((len(line) for c in column for line in c.split("\n")), default=1)
               for column in columns]
    word = [max((len(w) for c in column for w in c.split()), default=1) for column in columns]
    chars = room_cm / CM_PER_CHARACTER
    wants = [max(n, 2) + PADDING_CHARACTERS for n in longest]
    needs = [max(n, 2) + PADDING_CHARACTERS for n in word]
    if sum(wants) > chars:  # share what is left above the words by what each wants more
        spare = max(chars - sum(needs), 0)
        extra = sum(w - n for w, n in zip(wants, needs, strict=True)) or 1
        wants = [n + (w - n) * spare / extra for w, n in zip(wants, needs, strict=True)]
    scale = chars / sum(wants)
    return [round(w * scale * CM_PER_CHARACTER, 2) for w in wants]


def set_widths(table: Any, widths_cm: list[float]) -> None:
    """Word follows the cells' widths, LibreOffice the grid's: set both."""
    from docx.shared import Cm  # deferred: heavy (docx)

    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)


def describe(picture: Any, title: str, description: str) -> None:
    """Alternative text of an inline picture (``wp:docPr``: title and description), which
    screen readers speak and Word shows under "Alt Text"."""
    properties = picture._inline.docPr
    properties.set("title", title)
    properties.set("descr", description)


def properties(document: Any, title: str, author: str, subject: str, comments: str,
               language: str) -> None:
    """The document's properties (File › Properties): never python-docx's own; one line
    each, as XML holds it (``xmltext``)."""
    from veldwerk.xmltext import clean  # deferred: only when a document is written

    title, author, subject, comments = (clean(value, one_line=True)
                                        for value in (title, author, subject, comments))
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    core = document.core_properties
    core.title, core.subject, core.comments = title, subject, comments
    core.author = core.last_modified_by = author
    core.keywords = core.category = ""
    core.language = tag(language)
    core.created = core.modified = now
    core.revision = 1


def saved(document: Any) -> bytes:
    """The document as DOCX bytes, its extended properties Veldwerk's (python-docx's
    template says "Microsoft Macintosh Word", one page and no words) and without the
    template's thumbnail (a blank Letter page a file manager would show as its preview)."""
    made = io.BytesIO()
    document.save(made)
    out = io.BytesIO()
    with zipfile.ZipFile(made) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == THUMBNAIL:
                continue
            data = source.read(item)
            if item.filename == "docProps/app.xml":
                data = APP_XML
            elif item.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*Target="' + THUMBNAIL.encode()
                              + rb'"[^>]*/>', b"", data)
            target.writestr(item, data)
    return out.getvalue()
