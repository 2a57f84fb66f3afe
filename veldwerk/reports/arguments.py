"""The analysis outputs' arguments (``veldwerk export …``): kept apart from the commands so
that building the parser imports nothing heavy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.commands import READ, WRITE, Handler, command
from veldwerk.i18n import translate

HERE = "veldwerk.reports.commands"


def register(commands: Any) -> None:
    p = commands.add_parser("export", help=translate("Commands", "the project for analysis (CSV "
                                                     "tables, a spreadsheet, Word, REFI-QDA) or "
                                                     "for the archive, honouring every "
                                                     "participant's consent"))
    export = p.add_subparsers(dest="export_command", metavar="EXPORT_COMMAND", required=True)
    p = command(export, "csv", Handler(f"{HERE}:export_csv", READ),
                help=translate("Commands", "tidy CSV tables (UTF-8 with BOM): interviews, "
                               "participants, notes, markers, questionnaire answers, consent; and "
                               "what was left out"))
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object per file"))
    p = command(export, "xlsx", Handler(f"{HERE}:export_xlsx", READ),
                help=translate("Commands", "the same tables as one spreadsheet (.xlsx) for Excel "
                               "or Calc, a sheet per table, every cell typed: codes and text "
                               "stay text"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    p.add_argument("--json", action="store_true", help=translate(
        "Commands", "one JSON object: the file, each sheet's rows"))
    p = command(export, "docx", Handler(f"{HERE}:export_docx", READ),
                help=translate("Commands", "a Word document per interview (into a folder)"))
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p.add_argument("--interview", action="append", metavar="ID",
                   help=translate("Commands", "only this interview (again for more)"))
    p.add_argument("--json", action="store_true")
    p = command(export, "report", Handler(f"{HERE}:export_report", READ),
                help=translate("Commands", "the project report in Word: figures, charts, every "
                               "interview"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help=translate(
        "Commands", "the report's file; its suffix chooses the format (.docx)"))
    p.add_argument("--json", action="store_true")
    p = command(export, "archive", Handler(f"{HERE}:export_archive", WRITE),
                help=translate("Commands", "the archive package (BagIt in a zip, a deposit DANS "
                               "takes) of what everyone agreed to archive, with a README; the "
                               "deposit's metadata is asked once and kept with the project"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    p.add_argument("--licence", metavar="LICENCE", help=translate(
        "Commands", "(coordinator) dans (the DANS Licence), cc0, cc-by, cc-by-sa, cc-by-nc, "
        "cc-by-nc-sa, cc-by-nd, cc-by-nc-nd, or the licence's URI"))
    p.add_argument("--rights-holder", metavar="NAME", help=translate(
        "Commands", "(coordinator) who holds the rights: the project's organisation"))
    p.add_argument("--discipline", metavar="CODE", help=translate(
        "Commands", "(coordinator) the NARCIS discipline code (D60000: social sciences, the "
        "default; D61000 sociology, D62000 social geography, D63000 cultural anthropology, "
        "D65000 urban and rural planning, …)"))
    p.add_argument("--access", metavar="ACCESS", help=translate(
        "Commands", "(coordinator) REQUEST_PERMISSION (the rights holder decides who may "
        "download), OPEN_ACCESS or NO_ACCESS"))
    p.add_argument("--contact", metavar="'NAME <E-MAIL>'", help=translate(
        "Commands", "(coordinator) whom DANS and users contact about the data"))
    p.add_argument("--json", action="store_true")
    p = command(export, "qdpx", Handler(f"{HERE}:export_qdpx", WRITE),
                help=translate("Commands", "a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, "
                               "NVivo, QDA Miner and QualCoder, with what was left out beside it"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.qdpx")
    p.add_argument("--audio", choices=("opus", "mp3"), default="opus",
                   help=translate("Commands", "recordings as their Opus copies (fast) or "
                                  "converted to MP3, which ATLAS.ti, MAXQDA and NVivo open"))
    p.add_argument("--json", action="store_true")
