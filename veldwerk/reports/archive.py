"""The archive package: the pseudonymised project as a BagIt 1.0 bag in a zip, as data
archives such as DANS take a deposit, with a README on its files, variables and the
consent it rests on.

``data/`` holds the tidy tables (as the CSV export makes them), each interview's notes as
plain text, the Opus copies of the recordings, and ``README.md``. Only what everyone in
it agreed to archive (and to quotes; audio also to audio) goes in, decided by
``consent.use``; what was left out is listed in the README. Every file is hashed while it
is written, the manifests follow, and the zip is written under a temporary name and
renamed.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

import veldwerk
from veldwerk import fields
from veldwerk.bundle.bag import BAGIT, info_text
from veldwerk.consent.use import ARCHIVE, AUDIO, QUOTES, Consents, LeftOut
from veldwerk.i18n import translate
from veldwerk.reports.qdpx import Builder
from veldwerk.reports.tables import SCOPE_COLUMNS, csv_bytes, tables
from veldwerk.reports.writing import step, written_whole

Progress = Callable[[int, int], None]
SCOPES = (ARCHIVE, QUOTES)

def _about(declared: list[fields.Field]) -> str:
    """A table's columns from ``fields.py``: each CSV column, what it holds in brackets."""
    return ", ".join(f"{f.csv} ({f.about})" if f.about else f.csv for f in declared if f.csv)


def columns() -> dict[str, str]:
    """What each table's columns mean, for the README (the variables of the deposit)."""
    return {"interviews": _about(fields.INTERVIEW),
            "participants": _about(fields.PARTICIPANT), **COLUMNS}


# The other tables' columns (the interviews' and participants' are in fields.py).
COLUMNS = {
    "notes": "id, interview_id, topic_id, topic, position (in the guide), text, updated_at",
    "answers": "id, interview_id, topic_id, question, answer_type (text, choice, scale, "
               "yes_no), answer (scale 1-5 as a number, yes_no as true/false), updated_at",
    "markers": "id, recording_id, interview_id, offset_ms (milliseconds from the start), "
               "label, topic_id",
    "consent": "participant_id, code, " + ", ".join(SCOPE_COLUMNS)
               + " (true/false), method, given_at, form_version, form_language",
    "left-out": "kind, id, name, reason: what this package does not hold, and why",
}


@dataclass
class Packed:
    path: Path
    files: int = 0
    recordings: int = 0
    left_out: list[LeftOut] = field(default_factory=list)


class _Bag:
    """Writes payload files into the zip while hashing them."""

    def __init__(self, archive: zipfile.ZipFile, root: str) -> None:
        self.archive, self.root = archive, root
        self.manifest: list[tuple[str, str]] = []
        self.octets = 0

    def add(self, path: str, data: bytes) -> None:
        self.archive.writestr(f"{self.root}/{path}", data)
        self.manifest.append((hashlib.sha256(data).hexdigest(), path))
        self.octets += len(data)

    def add_file(self, path: str, source: Path) -> None:
        digest = hashlib.sha256()
        info = zipfile.ZipInfo(f"{self.root}/{path}", (1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED  # Opus does not compress further
        with open(source, "rb") as reader, self.archive.open(info, "w") as writer:
            while block := reader.read(1 << 20):
                digest.update(block)
                writer.write(block)
                self.octets += len(block)
        self.manifest.append((digest.hexdigest(), path))

    def tag(self, path: str, data: bytes, tags: list[tuple[str, str]]) -> None:
        self.archive.writestr(f"{self.root}/{path}", data)
        tags.append((hashlib.sha256(data).hexdigest(), path))


def _readme(project: tuple[str, str], found: dict[str, list[list[str]]], recordings: int,
            left: list[LeftOut], retention: date | None) -> str:
    name, description = project
    lines = [f"# {name}", "", description or "", "",
             f"Made by Veldwerk {veldwerk.__version__} on {date.today().isoformat()}.", "",
             "## Consent", "",
             "Everything here rests on the participants' consent as recorded in Veldwerk: a "
             "conversation is included only if everyone in it agreed to archiving and to "
             "quotes, a recording only if everyone in it also agreed to audio. Participants "
             "who withdrew, or who did not agree, are not in this package; neither are "
             "conversations kept for the others after someone in them was erased. Each "
             "person's newest consent counts (consent.csv lists it, scope by scope).",
             ""]
    if retention is not None:
        lines += [f"The project's retention date was {retention.isoformat()}.", ""]
    lines += ["The data are pseudonymous: participants appear by code (for example ELS-014). "
              "Names, contact details, signatures, consent forms and the names of imported "
              "files were never exported.", "", "## Files", ""]
    for table, rows in found.items():
        lines.append(f"- `data/tables/{table}.csv` ({len(rows) - 1} rows): "
                     f"{columns().get(table, '')}")
    lines += ["- `data/texts/<interview id>.txt`: each conversation's notes, topic by topic "
              "(UTF-8).",
              f"- `data/audio/<recording id>.ogg` ({recordings} files): the recordings as "
              "loudness-normalised Opus copies (Ogg).", "",
              "Tables are UTF-8 CSV with a byte-order mark; ids are UUIDs; times are ISO 8601 "
              "in UTC.", "", "## Left out", ""]
    if left:
        lines += [f"- {o.kind} {o.name or o.id}: {o.reason}" for o in left]
    else:
        lines.append("Nothing.")
    return "\n".join(lines) + "\n"


def write_archive(session: Session, media: Path, out: Path,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Packed:
    """The bag as ``out`` (a ``.zip``)."""
    consents = Consents(session)
    found = tables(session, consents, cancelled, scopes=SCOPES)
    builder = Builder(session, media, consents)  # the interview texts, as in the .qdpx
    builder.interviews = [row[0] for row in found["interviews"][1:]]
    _root, texts, _audio = builder.build(cancelled)
    audio = {}
    left = [LeftOut(*row) for row in found["left-out"][1:]]
    for take_id, interview, name in session.execute(text(
            "SELECT id, interview_id, compressed_name FROM recording WHERE state NOT IN "
            "('recording', 'damaged') ORDER BY interview_id, position, id")):
        if interview not in texts:
            continue
        reason = consents.source_refusal(interview, AUDIO)
        if not reason and not (name and (media / name).is_file()):
            reason = translate("Reports", "Its Opus copy is not here (yet).")
        if reason:
            left.append(LeftOut("recording", take_id, "", reason))
        else:
            audio[take_id] = media / name
    project = session.execute(text("SELECT name, description, retention_date FROM project")
                              ).one()
    keep = project[2]
    retention = keep if isinstance(keep, date) or keep is None else date.fromisoformat(
        str(keep)[:10])
    out = out if out.suffix == ".zip" else out.with_suffix(".zip")
    root = out.stem
    steps = len(found) + len(texts) + len(audio) + 1
    done = 0
    with written_whole(out) as temporary, zipfile.ZipFile(temporary, "w",
                                                          zipfile.ZIP_DEFLATED) as archive:
        bag = _Bag(archive, root)
        for table, rows in found.items():
            bag.add(f"data/tables/{table}.csv", csv_bytes(rows))
        for interview, content in sorted(texts.items()):
            bag.add(f"data/texts/{interview}.txt", content.encode("utf-8"))
            done += 1
            step(progress, cancelled, done, steps)
        for take, path in sorted(audio.items()):
            bag.add_file(f"data/audio/{take}.ogg", path)
            done += 1
            step(progress, cancelled, done, steps)
        bag.add("data/README.md", _readme((str(project[0]), str(project[1] or "")), found,
                                          len(audio), left, retention).encode("utf-8"))
        tags: list[tuple[str, str]] = []
        bag.tag("bagit.txt", BAGIT, tags)
        bag.tag("manifest-sha256.txt", "".join(
            f"{digest}  {path}\n" for digest, path in sorted(bag.manifest, key=lambda m: m[1])
        ).encode("utf-8"), tags)
        bag.tag("bag-info.txt", info_text([
            ("Source-Organization", str(project[0])),
            ("External-Description", translate(
                "Reports", "Pseudonymised research data of {name}, with consent to "
                "archiving.").format(name=project[0])),
            ("Bagging-Date", datetime.now(UTC).date().isoformat()),
            ("Bag-Software-Agent", f"Veldwerk {veldwerk.__version__}"),
            ("Payload-Oxum", f"{bag.octets}.{len(bag.manifest)}"),
        ]), tags)
        bag.tag("tagmanifest-sha256.txt", "".join(
            f"{digest}  {path}\n" for digest, path in tags if path != "tagmanifest-sha256.txt"
        ).encode("utf-8"), [])
    if progress is not None:
        progress(steps, steps)
    return Packed(out, len(bag.manifest), len(audio), left)

