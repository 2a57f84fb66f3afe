"""Every Word document Veldwerk writes (the report, an interview's document, a consent
form), made from the demo project with a recording and converted by LibreOffice to PDF in
one call: A4, text on every page, Dutch as the styles' language, properties of its own,
Dutch numbers, the only take called "Opname 1", charts with alternative text."""

from __future__ import annotations

import math
import re
import shutil
import sqlite3
import subprocess
import wave
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document

from tests.components import missing
from tests.realapp import veldwerk
from veldwerk import i18n, office, projects, wordfile, words

HOUR_AND_A_HALF = 5_400_000


@dataclass
class Made:
    docx: dict[str, Path]  # report, interview, form
    pdf: dict[str, Path]
    project: str
    form_title: str
    members: list[str]  # the team's real names
    data: Path
    one: str  # the interview with the recording
    processed: str  # what `audio process` said
    listed: str  # what `interviews` said


def _tone(path: Path) -> None:
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(8000)
        handle.writeframes(b"".join(
            int(3000 * math.sin(2 * math.pi * 220 * n / 8000)).to_bytes(2, "little",
                                                                         signed=True)
            for n in range(8000 * 2)))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    if office.libreoffice() is None or shutil.which("pdftotext") is None:
        missing("LibreOffice and poppler-utils", "soffice or pdftotext not found (Debian: "
                "libreoffice-writer-nogui poppler-utils)")
    root = tmp_path_factory.mktemp("word")
    data = root / "data"
    assert veldwerk(data, "demo").returncode == 0
    folder = projects.list_projects(data)[0].folder
    database = sqlite3.connect(folder / "project.sqlite")
    one = database.execute(
        "SELECT i.id FROM interview i JOIN interview_participant l ON l.interview_id = i.id "
        "JOIN participant p ON p.id = l.participant_id WHERE p.code = 'ELS-001' "
        "ORDER BY i.starts_at LIMIT 1").fetchone()[0]
    form_name, form_title = database.execute(
        "SELECT r.document_name, t.title FROM consent_record r JOIN consent_template t ON "
        "t.id = r.template_id WHERE r.document_name != '' AND t.language = 'nl' LIMIT 1"
    ).fetchone()
    project = database.execute("SELECT name FROM project").fetchone()[0]
    members = [n for (n,) in database.execute("SELECT name FROM team_member")]
    database.close()
    _tone(root / "take.wav")
    imported = veldwerk(data, "audio", "import", one, str(root / "take.wav"))
    assert imported.returncode == 0, imported.stderr
    processed = veldwerk(data, "--lang", "nl", "audio", "process")
    assert processed.returncode == 0, processed.stderr
    with sqlite3.connect(folder / "project.sqlite") as database:  # an hour and a half
        database.execute("UPDATE recording SET duration_ms = ?", (HOUR_AND_A_HALF,))
    listed = veldwerk(data, "--lang", "nl", "interviews")
    out = root / "docx"
    report = veldwerk(data, "--lang", "nl", "export", "report", "--out",
                      str(out / "report.docx"))
    assert report.returncode == 0, report.stderr
    single = veldwerk(data, "--lang", "nl", "export", "docx", "--out", str(root / "one"),
                      "--interview", one)
    assert single.returncode == 0, single.stderr
    shutil.copy(Path(single.stdout.splitlines()[0]), out / "interview.docx")
    shutil.copy(folder / "media" / form_name, out / "form.docx")
    docx = {name: out / f"{name}.docx" for name in ("report", "interview", "form")}
    done = office.convert(list(docx.values()), root / "pdf", "pdf")
    assert done.returncode == 0, done.stderr
    return Made(docx, {name: root / "pdf" / f"{name}.pdf" for name in docx}, project,
                form_title, members, data, one, processed.stdout, listed.stdout)


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1]  # each page ends in a form feed


def test_every_document_is_a4_with_text_on_every_page(made: Made) -> None:
    for name, pdf in made.pdf.items():
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)],
                              capture_output=True, text=True, check=True).stdout
        sizes = re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)
        pages = _pages(pdf)
        assert sizes and len(sizes) == len(pages), name
        assert all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1
                   for w, h in sizes), (name, set(sizes))
        empty = [n for n, page in enumerate(pages, start=1) if not page.strip()]
        assert not empty, f"{name}: pages without text {empty}"
        assert '<w:pgSz w:w="11906" w:h="16838"' in _part(made.docx[name],
                                                            "word/document.xml")
    assert len(_pages(made.pdf["report"])) > 5, "a chapter per interview"
    assert 'w:type="page"' not in _part(made.docx["report"], "word/document.xml"), \
        "chapters begin on their heading, no page-break paragraph"


def test_dutch_is_the_language_and_the_properties_are_the_projects(made: Made) -> None:
    now = datetime.now(UTC)
    for name, path in made.docx.items():
        styles = _part(path, "word/styles.xml")
        langs = re.findall(r'<w:lang w:val="([^"]+)"', styles)
        assert langs and set(langs) == {"nl-NL"}, (name, langs)
        core = Document(str(path)).core_properties
        assert core.author == core.last_modified_by == made.project, name
        assert core.title and core.subject and core.comments, name
        assert "python-docx" not in f"{core.author}{core.comments}", name
        assert core.language == "nl-NL", name
        assert "<Application>Veldwerk</Application>" in _part(path, "docProps/app.xml")
        assert "thumbnail" not in _part(path, "_rels/.rels")
        assert core.created is not None
        assert abs(core.created.replace(tzinfo=UTC) - now) < timedelta(hours=1), name
    assert Document(str(made.docx["form"])).core_properties.title == made.form_title
    assert Document(str(made.docx["report"])).core_properties.title == made.project


def test_numbers_takes_scales_and_people_read_as_a_dutch_reader_expects(made: Made) -> None:
    report = "\n".join(_pages(made.pdf["report"]))
    one = "\n".join(_pages(made.pdf["interview"]))
    assert re.search(r"Opgenomen +1,5 uur", report), "a decimal comma, and the unit"
    assert "Opname 1 (1:30:00)" in one and "Opname 2" not in one + report
    assert "(1–5)" in report, "a scale answer says what it is out of"
    assert "Co-onderzoeker" in one or "Student" in one
    assert made.members and not [n for n in made.members if n in one + report], \
        "team members by role and number"
    assert re.search(r"Opnamen +1\b", report) and "Opnames" not in report, "the app's word"
    assert re.search(r"luidheid [+-]\d+,\d dB", made.processed), made.processed
    (line,) = [line for line in made.listed.splitlines() if line.startswith(made.one)]
    when = re.search(r"\d+ \w+ \d{4} \d\d:\d\d", line)
    assert when and re.search(rf"Wanneer +{when.group()}", one), "local time, as `interviews`"


def test_tables_fit_their_words_and_charts_clear_them(made: Made) -> None:
    """A column is never narrower than its longest word (the report's table header broke
    "Neighbourhoo / d" in English), and a chart keeps its distance from the table above."""
    report = "\n".join(_pages(made.pdf["report"]))
    assert re.search(r"^ *Patrimonium +\d+ +\d+", report, re.MULTILINE), "a whole word"
    document = Document(str(made.docx["report"]))
    pictures = [p for p in document.paragraphs if p._p.xpath(".//pic:pic")]
    assert pictures and all(p.paragraph_format.space_before for p in pictures)
    header = ["Neighbourhood", "(none)", "Phase 1: collecting stories",
              "Phase 2: interventions", "Total"]
    for room in (16.6, 17.2):  # A4, Letter
        widths = wordfile.fitted_widths([header, ["Patrimonium", "0", "11", "0", "11"]],
                                        room)
        assert abs(sum(widths) - room) < 0.05, widths
        for width, words_ in zip(widths, (["Neighbourhood"], ["(none)"], ["collecting"],
                                          ["interventions"], ["Total"]), strict=True):
            assert width >= len(words_[0]) * wordfile.CM_PER_CHARACTER, (room, widths)


def test_charts_say_what_they_show(made: Made) -> None:
    document = Document(str(made.docx["report"]))
    shapes = [shape._inline.docPr for shape in document.inline_shapes]
    assert len(shapes) == 5, "the dashboard's five charts"
    assert all(p.get("title") and p.get("descr") for p in shapes)
    status = next(p for p in shapes if p.get("title") == "Gesprekken per status")
    assert re.search(r"Klaar \d+", status.get("descr"))
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert "Gesprekken per status" in captions


def test_paper_follows_the_country_and_time_reads_in_minutes_or_hours() -> None:
    for name in ("en_US.UTF-8", "en-CA", "es_MX", "fr_CA.utf8"):
        assert wordfile.paper(name) is wordfile.LETTER, name
    for name in ("nl_NL.UTF-8", "en_GB", "de_DE@euro", "en", "C.UTF-8", ""):
        assert wordfile.paper(name) is wordfile.A4, name
    try:
        i18n.use_catalogue("nl")
        assert words.duration(6 * 60_000) == "6 minuten"
        assert words.duration(60_000) == "1 minuut"
        assert words.duration(3_000) == "minder dan een minuut"
        assert words.duration(HOUR_AND_A_HALF) == "1,5 uur"
        i18n.use_catalogue("en")
        assert words.duration(HOUR_AND_A_HALF) == "1.5 hours"
        assert words.duration(0) == "0 minutes"
    finally:
        i18n.set_backend(None)


def test_a_us_locale_prints_on_letter_with_english_labels_on_dutch_text(
        made: Made, tmp_path: Path) -> None:
    done = veldwerk(made.data, "export", "docx", "--out", str(tmp_path), "--interview",
                    made.one, env={"LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"})
    assert done.returncode == 0, done.stderr
    made_here = Path(done.stdout.splitlines()[0])
    body = _part(made_here, "word/document.xml")
    assert '<w:pgSz w:w="12240" w:h="15840"' in body
    # An English reader of a Dutch project: the text stays Dutch, the labels say English.
    assert set(re.findall(r'<w:lang w:val="([^"]+)"', _part(made_here, "word/styles.xml"))
               ) == {"nl-NL"}
    label = re.search(r'<w:lang w:val="en-GB"/>.*?<w:t>([^<]+)</w:t>', body)
    assert label and label.group(1) in {"Kind", "Summary", "Consent", "When"}
