"""The archive package: the pseudonymised project as a BagIt 1.0 bag in a zip that a DANS
Data Station takes as a deposit (DANS BagIt Profile v1), with a README on its files,
variables and the consent it rests on.

``data/`` holds the tidy tables (as the CSV export makes them), each interview's notes as
plain text, the Opus copies of the recordings, each recording's transcript as plain text
(``transcribed.py``: where everyone in it agreed to audio too), and ``README.md`` in the
reader's language.
``metadata/`` holds what DANS asks besides: ``dataset.xml`` and ``files.xml``
(``deposit.py``), from the deposit's metadata kept with the project; without it nothing is
written. Only what everyone in it agreed to archive (and to quotes; audio also to audio)
goes in, decided by ``consent.use``. The package leaves the team, so what was left out is
only counted in it, per reason (no title, code or id of what the participants kept out);
the full list is written beside the zip for the team (``FILE.left-out.csv``). A laptop
that joined holds only its own part: the package is made from the coordinator's copy.
Recordings are never more open than on request (``deposit.file_access``). Every file
is hashed while it is written, the manifests follow, and the zip is written under a
temporary name and renamed; its entries carry Unix file and folder modes, so unzip and DANS
keep them readable.
"""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

import veldwerk
from veldwerk import fields, labels, words
from veldwerk.bundle.bag import BAGIT, info_text
from veldwerk.consent import retention as retention_rules
from veldwerk.consent.use import ARCHIVE, QUOTES, Consents, LeftOut
from veldwerk.errors import VeldwerkError
from veldwerk.fsutil import atomic_write_bytes
from veldwerk.i18n import translate
from veldwerk.people import shown_names
from veldwerk.reports import deposit as deposits
from veldwerk.reports import transcribed
from veldwerk.reports.qdpx import Builder, recording_left_out
from veldwerk.reports.tables import SCOPE_COLUMNS, Selection, csv_bytes, tables
from veldwerk.reports.writing import cannot_write, step, written_whole
from veldwerk.setup import INTERVIEW_LANGUAGES
from veldwerk.store.project import JOINED_KEY

Progress = Callable[[int, int], None]
SCOPES = (ARCHIVE, QUOTES)

MIME = {".csv": "text/csv", ".txt": "text/plain", ".ogg": "audio/ogg", ".md": "text/markdown"}
FILE_MODE = 0o100644 << 16  # a regular file, rw-r--r--
FOLDER_MODE = (0o040755 << 16) | 0x10  # a folder, rwxr-xr-x (and MS-DOS's folder bit)


def _about(declared: list[fields.Field]) -> str:
    """A table's columns from ``fields.py``: each CSV column, what it holds in brackets."""
    def about(f: fields.Field) -> str:
        return f.about() if callable(f.about) else f.about

    return ", ".join(f"{f.csv} ({about(f)})" if about(f) else f.csv for f in declared if f.csv)


def columns() -> dict[str, str]:
    """What each table's columns mean, for the README (the variables of the deposit)."""
    return {
        "interviews": _about(fields.INTERVIEW),
        "participants": _about(fields.PARTICIPANT),
        "notes": translate("Archive", "id, interview_id, topic_id, topic, position (in the "
                           "guide), text, updated_at"),
        "answers": translate("Archive", "id, interview_id, topic_id, question, answer_type "
                             "(text, choice, scale, yes_no), answer (scale 1-5 as a number, "
                             "yes_no as true/false), updated_at"),
        "markers": translate("Archive", "id, recording_id, interview_id, offset_ms "
                             "(milliseconds from the start), label, topic_id"),
        "segments": translate("Archive", "id, recording_id, interview_id, start_ms, end_ms "
                              "(milliseconds from the recording's start), speaker (a "
                              "participant's code or a team member), text, edited (true: "
                              "corrected by a person)"),
        "consent": translate("Archive", "participant_id, code, {scopes} (true/false), method, "
                             "given_at, form_version, form_language").format(
            scopes=", ".join(SCOPE_COLUMNS)),
        "left-out": translate("Archive", "kind, reason, count: how much of each kind this "
                              "package does not hold, and why (nothing left out is named)"),
    }


@dataclass
class Packed:
    path: Path
    files: int = 0
    recordings: int = 0
    left_out: list[LeftOut] = field(default_factory=list)  # the full list, for the team
    left_out_file: Path | None = None  # beside the zip: what was left out, named
    voices_restricted: bool = False  # open access, recordings on request only


def made_by_coordinator() -> str:
    """Why a laptop that joined makes no archive package (said by the command and beside
    the window's choice)."""
    return translate("Archive", "The archive package is made from the coordinator's copy "
                     "of the project, which holds everyone's work; this laptop joined it and "
                     "holds only its own part.")


def refuse_on_laptop(session: Session) -> None:
    """A laptop that joined would write an empty deposit under the project's name."""
    if session.execute(text("SELECT 1 FROM veldwerk_meta WHERE key = :k"),
                       {"k": JOINED_KEY}).first() is not None:
        raise VeldwerkError(made_by_coordinator(), hint=translate(
            "Archive", "Ask the coordinator to make the deposit (Project › Export for "
            "analysis…, or veldwerk export archive). Nothing was written."))


def has_recordings(session: Session) -> bool:
    """Whether the project holds takes a package may carry (the window's note on access)."""
    return session.execute(text(
        "SELECT 1 FROM recording WHERE state NOT IN ('recording', 'damaged')")).first() \
        is not None


def counted(left: list[LeftOut]) -> list[tuple[str, str, int]]:
    """What was left out as kind, reason and how many: no title, code or id."""
    counts: Counter[tuple[str, str]] = Counter(
        (o.kind, o.cause or translate("Archive", "Another reason.")) for o in left)
    return [(kind, reason, n) for (kind, reason), n in sorted(counts.items())]


def _entry(name: str, mode: int) -> zipfile.ZipInfo:
    """A zip entry made now, with its Unix mode (unzip and DANS set it on the file)."""
    info = zipfile.ZipInfo(name, time.localtime()[:6])
    info.external_attr = mode
    info.create_system = 3  # Unix: the mode bits are read
    return info


class _Bag:
    """Writes payload files into the zip while hashing them."""

    def __init__(self, archive: zipfile.ZipFile, root: str) -> None:
        self.archive, self.root = archive, root
        self.manifest: list[tuple[str, str]] = []
        self.octets = 0
        self.folders: set[str] = set()

    def _folders_of(self, path: str) -> None:
        parts = f"{self.root}/{path}".split("/")[:-1]
        for end in range(1, len(parts) + 1):
            folder = "/".join(parts[:end]) + "/"
            if folder not in self.folders:
                self.folders.add(folder)
                self.archive.writestr(_entry(folder, FOLDER_MODE), b"")

    def _write(self, path: str, data: bytes) -> None:
        self._folders_of(path)
        info = _entry(f"{self.root}/{path}", FILE_MODE)
        info.compress_type = zipfile.ZIP_DEFLATED
        self.archive.writestr(info, data)

    def add(self, path: str, data: bytes) -> None:
        self._write(path, data)
        self.manifest.append((hashlib.sha256(data).hexdigest(), path))
        self.octets += len(data)

    def add_file(self, path: str, source: Path) -> None:
        self._folders_of(path)
        digest = hashlib.sha256()
        info = _entry(f"{self.root}/{path}", FILE_MODE)
        info.compress_type = zipfile.ZIP_STORED  # Opus does not compress further
        with open(source, "rb") as reader, self.archive.open(info, "w") as writer:
            while block := reader.read(1 << 20):
                digest.update(block)
                writer.write(block)
                self.octets += len(block)
        self.manifest.append((digest.hexdigest(), path))

    def tag(self, path: str, data: bytes, tags: list[tuple[str, str]]) -> None:
        self._write(path, data)
        tags.append((hashlib.sha256(data).hexdigest(), path))


@dataclass
class _Project:
    name: str
    description: str
    retention: date | None
    language: str
    created: date


def _retention_line(session: Session, day: date) -> str:
    """The retention date in the tense it has today: still to come, passed and done, or
    passed with erasure still to do."""
    said = words.date_text(day)
    today = date.today()
    if day >= today:
        return translate("Archive", "The project's recordings, and the notes of conversations "
                         "not everyone agreed to archive, will be erased on {date}; this "
                         "package keeps what may be archived.").format(date=said)
    if retention_rules.due(session, today).is_due:
        return translate("Archive", "The project's recordings, and the notes of conversations "
                         "not everyone agreed to archive, were due for erasure on {date} and "
                         "have not been erased yet.").format(date=said)
    return translate("Archive", "The project's recordings, and the notes of conversations not "
                     "everyone agreed to archive, were erased on {date}.").format(date=said)


def _team(session: Session, interviews: list[str]) -> list[str]:
    """Who held the conversations in this package, as outputs name them, with how many."""
    shown = shown_names(session)
    held: Counter[str] = Counter()
    wanted = set(interviews)
    for interview, member in session.execute(text(
            "SELECT interview_id, member_id FROM interview_interviewer")):
        if interview in wanted and member in shown:
            held[member] += 1
    return [f"- {shown[m]}: {labels.interviews(n)}" for m, n in
            sorted(held.items(), key=lambda item: shown[item[0]])]


def _readme(session: Session, project: _Project, found: dict[str, list[list[str]]],
            recordings: int, left: list[LeftOut], deposit: deposits.Deposit,
            transcripts: int = 0) -> str:
    """In the reader's language throughout (``translate``; dates and counts by ``words``)."""
    lines = [f"# {project.name}", "", project.description or "", "",
             translate("Archive", "Made by Veldwerk {version} on {date}.").format(
                 version=veldwerk.__version__, date=words.date_text(date.today())), "",
             translate("Archive", "## Consent"), "",
             translate("Archive", "Everything here rests on the participants' consent as "
                       "recorded in Veldwerk: a conversation is included only if everyone in "
                       "it agreed to archiving and to quotes, a recording only if everyone in "
                       "it also agreed to audio. Participants who withdrew, or who did not "
                       "agree, are not in this package; neither are conversations kept for the "
                       "others after someone in them was erased. Each person's newest consent "
                       "counts (consent.csv lists it, scope by scope)."), ""]
    if project.retention is not None:
        lines += [_retention_line(session, project.retention), ""]
    lines += [translate("Archive", "The data are pseudonymous: participants appear by code "
                        "(for example ELS-014). Names, contact details, signatures, consent "
                        "forms and the names of imported files were never exported. Team "
                        "members appear by role and number (Student 2), by name only if they "
                        "agreed to be named."), ""]
    team = _team(session, [row[0] for row in found["interviews"][1:]])
    if team:
        lines += [translate("Archive", "## Who held the conversations"), "", *team, ""]
    lines += [translate("Archive", "## Deposit"), "",
              translate("Archive", "Licence: {licence} ({uri}).").format(
                  licence=deposits.licence_name(deposit.licence), uri=deposit.licence),
              translate("Archive", "Rights holder: {holder}.").format(
                  holder=deposit.rights_holder),
              translate("Archive", "Access: {access}.").format(
                  access=deposits.accesses().get(deposit.access, deposit.access))]
    if recordings and deposit.access == "OPEN_ACCESS":
        lines.append(deposits.voices_note())
    lines += [translate("Archive", "Contact: {contact}.").format(contact=deposit.contact),
              "", translate("Archive", "## Files"), ""]
    described = columns()
    for table, rows in found.items():
        lines.append(translate("Archive", "- `data/tables/{table}.csv` ({rows}): {columns}")
                     .format(table=table, rows=words.plural(
                         len(rows) - 1, translate("Archive", "{n} row"),
                         translate("Archive", "{n} rows")),
                             columns=described.get(table, "")))
    lines += [translate("Archive", "- `data/texts/<interview id>.txt`: each conversation's "
                        "notes, topic by topic (UTF-8)."),
              translate("Archive", "- `data/audio/<recording id>.ogg` ({recordings}): the "
                        "recordings as loudness-normalised Opus copies (Ogg).").format(
                  recordings=labels.recordings(recordings)),
              translate("Archive", "- `data/transcripts/<recording id>.txt` ({n}): what was "
                        "said in each recording, a line per segment: its start [mm:ss], the "
                        "speaker, the text (UTF-8; the timing to the millisecond is in "
                        "segments.csv).").format(n=transcripts), "",
              translate("Archive", "Tables are UTF-8 CSV with a byte-order mark; ids are "
                        "UUIDs; times are ISO 8601 in UTC. `metadata/dataset.xml` and "
                        "`metadata/files.xml` describe the deposit as DANS asks."), "",
              translate("Archive", "## Left out"), ""]
    if left:
        lines += [translate("Archive", "Counted here, not named: the research team keeps the "
                            "list."), ""]
        lines += [f"- {_how_many(kind, n)}: {reason}" for kind, reason, n in counted(left)]
    else:
        lines.append(translate("Archive", "Nothing."))
    return "\n".join(lines) + "\n"


def _how_many(kind: str, n: int) -> str:
    return {"interview": labels.interviews, "participant": labels.participants,
            "recording": labels.recordings}.get(kind, lambda m: f"{labels.table(kind)}: {m}")(n)


def write_left_out(out: Path, left: list[LeftOut]) -> Path:
    """The full list of what an export left out, named, beside its file for the team
    (``FILE.left-out.csv``; a package that leaves the team only counts it)."""
    beside = out.with_name(f"{out.stem}.left-out.csv")
    try:
        atomic_write_bytes(beside, csv_bytes([["kind", "id", "name", "reason"]] + [
            [o.kind, o.id, o.name, o.reason] for o in left]))
    except OSError as exc:
        raise cannot_write(beside, exc) from exc
    return beside


def left_out_said(left: list[LeftOut], file: object) -> list[str]:
    """What an export left out, counted by what kept it out: consent, or a recording
    whose Opus copy is not here (not a matter of consent)."""
    refused = sum(1 for o in left if o.consent)
    without = [o for o in left if not o.consent]
    lines = []
    if refused:
        lines.append(translate("Reports", "{n} left out for want of consent: see {file}.")
                     .format(n=refused, file=file))
    if without:
        lines.append(translate("Reports", "{n} left out: their Opus copy is not here (the "
                               "original is on another computer, or the copy could not be "
                               "made): see {file}.").format(n=labels.recordings(len(without)),
                                                           file=file))
    return lines


def _project(session: Session) -> _Project:
    row = session.execute(text(
        "SELECT name, description, retention_date, language, start_date, created_at "
        "FROM project")).one()

    def day(value: object) -> date | None:
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])

    return _Project(str(row[0]), str(row[1] or ""), day(row[2]), str(row[3] or "nl"),
                    day(row[4]) or day(row[5]) or date.today())


def write_archive(session: Session, media: Path, out: Path,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Packed:
    """The bag as ``out`` (a ``.zip``); first of all the deposit's metadata must be there
    (``DepositIncomplete`` names what is missing, and nothing is written)."""
    refuse_on_laptop(session)
    deposit = deposits.complete(deposits.saved(session))
    consents = Consents(session)
    chosen = Selection(session, consents, SCOPES)
    found = tables(session, consents, cancelled, scopes=SCOPES, chosen=chosen)
    builder = Builder(session, media, consents)  # the interview texts, as in the .qdpx
    builder.interviews = [row[0] for row in found["interviews"][1:]]
    _root, texts, _audio = builder.build(cancelled)
    audio = {}
    left = list(chosen.left_out)
    for take_id, interview, name in session.execute(text(
            "SELECT id, interview_id, compressed_name FROM recording WHERE state NOT IN "
            "('recording', 'damaged') ORDER BY interview_id, position, id")):
        if interview not in texts:
            continue
        missing = recording_left_out(consents, media, take_id, interview, name)
        if missing is not None:
            left.append(missing)
        else:
            audio[take_id] = media / name
    heard = transcribed.read(session, builder.interviews, consents).lines
    spoken = {recording: transcribed.plain_text(lines)[0] for recording, lines in heard.items()}
    found["left-out"] = [["kind", "reason", "count"], *[list(row) for row in counted(left)]]
    project = _project(session)
    out = out if out.suffix == ".zip" else out.with_suffix(".zip")
    root = out.stem
    steps = len(found) + len(texts) + len(spoken) + len(audio) + 1
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
        for take, content in sorted(spoken.items()):
            bag.add(f"data/transcripts/{take}.txt", content.encode("utf-8"))
            done += 1
            step(progress, cancelled, done, steps)
        for take, path in sorted(audio.items()):
            bag.add_file(f"data/audio/{take}.ogg", path)
            done += 1
            step(progress, cancelled, done, steps)
        bag.add("data/README.md", _readme(session, project, found, len(audio), left,
                                          deposit, len(spoken)).encode("utf-8"))
        tags: list[tuple[str, str]] = []
        bag.tag("bagit.txt", BAGIT, tags)
        bag.tag("manifest-sha256.txt", "".join(
            f"{digest}  {path}\n" for digest, path in sorted(bag.manifest, key=lambda m: m[1])
        ).encode("utf-8"), tags)
        description = translate("Reports", "Pseudonymised research data of {name}, with "
                                "consent to archiving.").format(name=project.name)
        bag.tag("metadata/dataset.xml", deposits.dataset_xml(deposits.About(
            project.name, project.description or description, project.created, date.today(),
            project.language, INTERVIEW_LANGUAGES.get(project.language, project.language)),
            deposit), tags)
        bag.tag("metadata/files.xml", deposits.files_xml(
            [(p, MIME.get(Path(p).suffix, "application/octet-stream"))
             for _digest, p in bag.manifest], deposit.access), tags)
        bag.tag("bag-info.txt", info_text([
            ("Source-Organization", deposit.rights_holder),
            ("Contact-Name", deposit.contact_name),
            ("Contact-Email", deposit.contact_email),
            ("External-Description", description),
            ("Bagging-Date", datetime.now(UTC).date().isoformat()),
            ("Bag-Software-Agent", f"Veldwerk {veldwerk.__version__}"),
            ("Payload-Oxum", f"{bag.octets}.{len(bag.manifest)}"),
        ]), tags)
        bag.tag("tagmanifest-sha256.txt", "".join(
            f"{digest}  {path}\n" for digest, path in tags if path != "tagmanifest-sha256.txt"
        ).encode("utf-8"), [])
    beside = write_left_out(out, left)
    if progress is not None:
        progress(steps, steps)
    return Packed(out, len(bag.manifest), len(audio), left, beside,
                  bool(audio) and deposit.access == "OPEN_ACCESS")
