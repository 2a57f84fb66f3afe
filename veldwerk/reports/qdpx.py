"""The project as a REFI-QDA project (``.qdpx``) for ATLAS.ti, MAXQDA, NVivo, QDA Miner and
QualCoder: one ``project.qde`` (QDA-XML 1.0, in the schema's order) and the sources in
``sources/``, zipped.

GUIDs come from the records themselves, so a second export lines up with the first:

- each interview is a TextSource (``interview.id``) built from its notes in topic order
  (one line saying so when none were written); each note is a PlainTextSelection
  (``note.id``) coded with its topic; positions count code points (Python's ``str``);
- topics are codes (``topic.lineage_id``: one code across a guide's versions) in a folder
  per guide (``guide.lineage_id``) that cannot itself be coded; tags are codes in a Tags
  folder, with GUID = UUIDv5(project id, tag). A tag codes its interview's source and
  also a selection spanning the whole text: QDA tools such as QualCoder read codings only
  inside selections;
- each recording is an AudioSource (``recording.id``, its Opus or MP3 copy, named with
  the file's extension), each marker an AudioSelection (``marker.id``) from its moment to
  the next marker or the end, named and described by its label and coded with its topic,
  or else with the one "Moment" code (a selection without a coding is dropped by tools);
- a recording's transcript (``transcribed.py``) is the AudioSource's Transcript, a plain
  text file in ``sources/`` (a line per segment: time, speaker, text) with a SyncPoint at
  each segment's start (GUID = UUIDv5(segment id, "sync")), so a tool plays the sound
  at the text;
- participants are cases (``participant.id``) with neighbourhood and age band; phase,
  kind and neighbourhood are source variables. A case variable and a source variable are
  never one ``Variable`` (a tool stores a variable used on a case as a case attribute
  only), so a field of both gets two, named after what they describe; team members are
  users, by the names outputs show (``people.shown_names``), and an interview's sources,
  selections and codings were created by its first interviewer (``creatingUser``), so a
  tool shows who held which conversation; variables' and codings' GUIDs are UUIDv5 of
  what they are;
- free notes (under no topic) are coded with the one "Free notes" code, as moments
  without a topic are with "Moment".

What goes in is decided by ``consent.use``: text only of interviews where everyone allows
quotes, audio only where everyone allows audio. What was left out, and what the format
cannot carry, is returned and written beside the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from sqlalchemy import text
from sqlmodel import Session

import veldwerk
from veldwerk import fields, people, xmltext
from veldwerk.consent.use import AUDIO, Consents, LeftOut
from veldwerk.domain.base import loads_list
from veldwerk.errors import Cancelled
from veldwerk.i18n import translate
from veldwerk.ids import utc_text
from veldwerk.reports import transcribed
from veldwerk.reports.tables import Selection, chosen_rows
from veldwerk.reports.writing import step, written_whole

NS = "urn:QDA-XML:project:1.0"
# What an interviewer made: the sources of an interview, their selections and codings.
CREATED = frozenset({"TextSource", "PlainTextSelection", "AudioSource", "AudioSelection",
                     "Coding"})
Progress = Callable[[int, int], None]


@dataclass
class Exported:
    path: Path
    sources: int = 0
    recordings: int = 0
    left_out: list[LeftOut] = field(default_factory=list)
    cannot_carry: list[str] = field(default_factory=list)


def guid5(namespace: str, name: str) -> str:
    """``str(uuid.uuid5(UUID(namespace), name))`` for a namespace written as a UUID, made
    without the ``UUID`` objects: an export makes one for every coding and selection."""
    digest = bytearray(hashlib.sha1(bytes.fromhex(namespace.replace("-", ""))
                                    + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def when(value: Any) -> str:
    """A stored time in whole seconds, UTC. SQLite's text of a naive UTC time is cut to
    shape (an export writes thousands; parsing each costs more than the rest of it)."""
    if isinstance(value, str) and value[10:11] == " " and (
            len(value) == 19 or (value[19] == "." and value[20:].isdigit())):
        return f"{value[:10]}T{value[11:19]}Z"
    return utc_text(value, whole_seconds=True)


def _el(parent: ET.Element, tag: str, **attributes: Any) -> ET.Element:
    return ET.SubElement(parent, tag, {k: str(v) for k, v in attributes.items()
                                       if v is not None and v != ""})


def cannot_carry(audio: str = "opus") -> list[str]:
    lines = [
        translate("Reports", "Consent records and forms, and who withdrew (left out on "
                  "purpose)."),
        translate("Reports", "Interview status, place and planned time (the title, summary "
                  "and variables are there)."),
        translate("Reports", "Questionnaire answers' types: answers are text under their "
                  "question (the CSV export keeps them typed)."),
    ]
    if audio == "opus":
        lines.append(translate("Reports", "Recordings are Opus (.ogg) copies: ATLAS.ti, "
                               "MAXQDA and NVivo need MP3 (export with MP3 audio)."))
    return lines


class Builder:
    """Reads what the export needs in a few queries, then writes the XML; the archive
    package takes its interview texts from it too."""

    def __init__(self, session: Session, media: Path, consents: Consents,
                 audio_ext: str = "ogg") -> None:
        self.session, self.media, self.audio_ext = session, media, audio_ext
        chosen = Selection(session, consents)
        self.left_out = list(chosen.left_out)
        self.interviews, self.people = chosen.interviews, set(chosen.people)
        project = session.execute(text("SELECT id, name FROM project")).one()
        self.project_id, self.project_name = str(project[0]), str(project[1])
        self.consents = consents
        self.transcripts: dict[str, str] = {}  # a Transcript's GUID → its plain text

    # --- the parts ------------------------------------------------------------------

    def build(self, cancelled: Callable[[], bool] | None) -> tuple[ET.Element, dict[str, str],
                                                                  dict[str, Path]]:
        s, ids = self.session, self.interviews
        root = ET.Element("Project", {"xmlns": NS, "name": self.project_name,
                                      "origin": f"Veldwerk {veldwerk.__version__}",
                                      "creationDateTime": when(datetime.now(UTC))})
        users = _el(root, "Users")
        shown = people.shown_names(s)
        for member_id, name in shown.items():
            _el(users, "User", guid=member_id, name=name)
        if not len(users):
            root.remove(users)
        holder: dict[str, str] = {}  # interview → its first interviewer, who held it
        for interview_id, member_id in chosen_rows(s, """
                SELECT interview_id, member_id FROM interview_interviewer
                WHERE interview_id IN :ids ORDER BY created_at, member_id""", ids):
            if member_id in shown:
                holder.setdefault(interview_id, member_id)
        takes = self._recordings(ids)
        topic_code = self._codebook(root, takes)
        case_variables, source_variables = self._variables(root)
        described = _described(fields.INTERVIEW)
        interviews = {r[0]: (*r[:7], {f.key: _shown(f, v)
                                      for f, v in zip(described, r[7:], strict=True)})
                      for r in chosen_rows(s, f"""
            SELECT i.id, i.title, i.kind, i.tags, i.summary, i.created_at, i.updated_at
              {"".join(f", {f.sql}" for f in described)}
            FROM interview i WHERE i.id IN :ids""", ids)}
        notes: dict[str, list[Any]] = defaultdict(list)
        for row in chosen_rows(s, """
                SELECT n.interview_id, n.id, n.text, t.title, n.topic_id, n.created_at,
                  n.updated_at, t.position
                FROM note n LEFT JOIN topic t ON t.id = n.topic_id
                WHERE n.interview_id IN :ids AND n.text != ''""", ids):
            notes[row[0]].append(row)
        links: dict[str, list[str]] = defaultdict(list)
        for interview, person in chosen_rows(s, "SELECT interview_id, participant_id FROM "
                                          "interview_participant WHERE interview_id IN :ids "
                                          "ORDER BY participant_id", ids):
            links[person].append(interview)
        self._cases(root, case_variables, links, takes)
        sources = _el(root, "Sources")
        texts: dict[str, str] = {}
        audio: dict[str, Path] = {}
        for interview_id in ids:
            if cancelled is not None and cancelled():
                raise Cancelled()
            row = interviews[interview_id]
            texts[interview_id] = self._text_source(sources, row, notes[interview_id],
                                                    topic_code, source_variables)
            _created_by(sources[-1], holder.get(interview_id))
        heard = transcribed.read(s, ids, self.consents).lines
        for interview_id in ids:
            for take in takes.get(interview_id, []):
                audio[take["id"]] = self.media / take["file"]
                self._audio_source(sources, take, interviews[interview_id], topic_code,
                                   source_variables, heard.get(take["id"], []))
                _created_by(sources[-1], holder.get(interview_id))
        return root, texts, audio

    def _codebook(self, root: ET.Element, takes: dict[str, list[dict[str, Any]]]
                  ) -> dict[str, str]:
        """Codes: a folder per guide, a code per topic lineage, a Tags folder, and the
        Moment code when a moment has no topic; returns the code GUID of every topic id."""
        s = self.session
        codes = _el(_el(root, "CodeBook"), "Codes")
        guides: dict[str, ET.Element] = {}
        for lineage, name in s.execute(text(
                "SELECT g.lineage_id, g.name FROM guide g WHERE g.version = (SELECT "
                "max(h.version) FROM guide h WHERE h.lineage_id = g.lineage_id) "
                "ORDER BY g.name, g.lineage_id")):
            guides[lineage] = _el(codes, "Code", guid=lineage, name=name, isCodable="false")
        topic_code: dict[str, str] = {}
        named: set[str] = set()
        for topic_id, lineage, title, guide_lineage in s.execute(text(
                "SELECT t.id, t.lineage_id, t.title, g.lineage_id FROM topic t "
                "JOIN guide g ON g.id = t.guide_id "
                "ORDER BY g.lineage_id, g.version DESC, t.position")):
            code = lineage or topic_id
            topic_code[topic_id] = code
            if code not in named and guide_lineage in guides:  # the newest version's title
                named.add(code)
                _el(guides[guide_lineage], "Code", guid=code, name=title, isCodable="true")
        tags = sorted({t for (stored,) in chosen_rows(s, "SELECT tags FROM interview WHERE id IN "
                                                   ":ids", self.interviews)
                       for t in sorted(set(loads_list(stored)))})
        if tags:
            folder = _el(codes, "Code", guid=guid5(self.project_id, "veldwerk:tags"),
                         name=translate("Reports", "Tags"), isCodable="false")
            for tag in tags:
                _el(folder, "Code", guid=self.tag_code(tag), name=tag, isCodable="true")
        if chosen_rows(s, "SELECT id FROM note WHERE interview_id IN :ids AND topic_id IS "
                       "NULL AND text != ''", self.interviews):
            _el(codes, "Code", guid=self.free_code, name=translate("Reports", "Free notes"),
                isCodable="true")
        if any(not _coded(marker, topic_code) for found in takes.values() for take in found
               for marker in take["markers"]):
            _el(codes, "Code", guid=self.moment_code, name=translate("Reports", "Moment"),
                isCodable="true")
        if not len(codes):
            root.remove(root.find("CodeBook"))  # type: ignore[arg-type]
        return topic_code

    def tag_code(self, tag: str) -> str:
        return guid5(self.project_id, tag)

    @property
    def free_code(self) -> str:
        """The code of the free notes (those under no topic)."""
        return guid5(self.project_id, "veldwerk:free notes")

    @property
    def moment_code(self) -> str:
        """The code of the moments that have no topic."""
        return guid5(self.project_id, "veldwerk:moment")

    def _variables(self, root: ET.Element) -> tuple[dict[str, str], dict[str, str]]:
        """The variables of ``fields.py``, each declared once: the cases' (participants'),
        then the sources' (interviews'); field key → GUID of each. A name both have gets
        what it describes after it, as tools want variables' names unique."""
        cases = {f.key: f.variable.label() for f in _described(fields.PARTICIPANT)}  # type: ignore[union-attr]
        sources = {f.key: f.variable.label() for f in _described(fields.INTERVIEW)}  # type: ignore[union-attr]
        shared = set(cases.values()) & set(sources.values())
        variables = _el(root, "Variables")
        out: tuple[dict[str, str], dict[str, str]] = ({}, {})
        for held, whose, suffix in (
                (cases, "participant", translate("Reports", "{variable} (participant)")),
                (sources, "interview", translate("Reports", "{variable} (conversation)"))):
            for key, name in held.items():
                guid = guid5(self.project_id, f"variable:{whose}:{key}")
                out[whose == "interview"][key] = guid
                _el(variables, "Variable", guid=guid, typeOfVariable="Text",
                    name=suffix.format(variable=name) if name in shared else name)
        return out

    def _values(self, source: ET.Element, variables: dict[str, str],
                values: dict[str, Any]) -> None:
        for key, value in values.items():
            self._value(source, variables[key], value)

    def _value(self, parent: ET.Element, variable: str, value: Any) -> None:
        if value not in (None, ""):
            value = str(value)
            holder = _el(parent, "VariableValue")
            _el(holder, "VariableRef", targetGUID=variable)
            ET.SubElement(holder, "TextValue").text = value

    def _cases(self, root: ET.Element, variables: dict[str, str],
               links: dict[str, list[str]], takes: dict[str, list[dict[str, Any]]]) -> None:
        people = sorted(self.people)
        if not people:
            return
        cases = _el(root, "Cases")
        described = _described(fields.PARTICIPANT)
        for person, code, *values in chosen_rows(self.session, f"""
                SELECT p.id, p.code {"".join(f", {f.sql}" for f in described)}
                FROM participant p WHERE p.id IN :ids ORDER BY p.code, p.id""", people):
            case = _el(cases, "Case", guid=person, name=code)
            for declared, value in zip(described, values, strict=True):
                self._value(case, variables[declared.key], _shown(declared, value))
            for interview in links.get(person, []):
                _el(case, "SourceRef", targetGUID=interview)
                for take in takes.get(interview, []):
                    _el(case, "SourceRef", targetGUID=take["id"])

    def _text_source(self, sources: ET.Element, row: Any, notes: list[Any],
                     topic_code: dict[str, str], variables: dict[str, str]) -> str:
        interview_id, title, _kind, tags, summary, created, updated, values = row
        source = _el(sources, "TextSource", guid=interview_id, name=title or interview_id,
                     plainTextPath=f"internal://{interview_id}.txt",
                     creationDateTime=when(created), modifiedDateTime=when(updated))
        if summary:
            ET.SubElement(source, "Description").text = summary
        free = translate("Reports", "Free notes")
        ordered = sorted(notes, key=lambda n: (n[7] is None, n[7] or 0, n[1]))
        content = ""
        for _i, note_id, body, topic_title, topic_id, n_created, n_updated, _pos in ordered:
            heading = xmltext.clean(topic_title or free, one_line=True)
            body = xmltext.clean(body)  # positions count what the file holds
            content += f"{heading}\n"
            start = len(content)
            content += body
            end = len(content)
            content += "\n\n"
            selection = _el(source, "PlainTextSelection", guid=note_id, name=heading,
                            startPosition=start, endPosition=end,
                            creationDateTime=when(n_created), modifiedDateTime=when(n_updated))
            code = topic_code.get(topic_id) if topic_id else self.free_code
            if code:
                coding = _el(selection, "Coding", guid=guid5(note_id, "coding"))
                _el(coding, "CodeRef", targetGUID=code)
        if not content:  # a tag needs text to code; the reader learns why there is none
            content = translate("Reports", "No notes were written in this conversation.") + "\n"
        tagged = sorted(set(loads_list(tags)))
        if tagged:
            whole = _el(source, "PlainTextSelection", guid=guid5(interview_id, "tags"),
                        name=translate("Reports", "Tags"), startPosition=0,
                        endPosition=len(content),
                        creationDateTime=source.get("creationDateTime"),
                        modifiedDateTime=source.get("modifiedDateTime"))
            for tag in tagged:
                coding = _el(whole, "Coding", guid=guid5(interview_id, f"tag in text:{tag}"))
                _el(coding, "CodeRef", targetGUID=self.tag_code(tag))
        for tag in tagged:
            coding = _el(source, "Coding", guid=guid5(interview_id, f"tag:{tag}"))
            _el(coding, "CodeRef", targetGUID=self.tag_code(tag))
        self._values(source, variables, values)
        return content

    def _recordings(self, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """The takes that may go (everyone agreed to audio, and the Opus copy is here)."""
        takes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        markers: dict[str, list[Any]] = defaultdict(list)
        for row in chosen_rows(self.session, """
                SELECT m.recording_id, m.id, m.offset_ms, m.label, m.topic_id, m.created_at
                FROM marker m JOIN recording r ON r.id = m.recording_id
                WHERE r.interview_id IN :ids ORDER BY m.recording_id, m.offset_ms, m.id""",
                ids):
            markers[row[0]].append(row)
        for take_id, interview, name, duration, position, created in chosen_rows(self.session, """
                SELECT id, interview_id, compressed_name, duration_ms, position, created_at
                FROM recording WHERE interview_id IN :ids AND state NOT IN ('recording',
                'damaged') ORDER BY interview_id, position, id""", ids):
            title = translate("Reports", "Recording {n}").format(n=int(position))
            left = recording_left_out(self.consents, self.media, take_id, interview, name,
                                      title)
            if left is not None:
                self.left_out.append(left)
                continue
            takes[interview].append({"id": take_id, "file": name, "title": title,
                                     "duration": int(duration), "created": created,
                                     "markers": markers.get(take_id, [])})
        return takes

    def _audio_source(self, sources: ET.Element, take: dict[str, Any], interview: Any,
                      topic_code: dict[str, str], variables: dict[str, str],
                      lines: list[transcribed.Line]) -> None:
        source = _el(sources, "AudioSource", guid=take["id"],
                     name=f"{interview[1] or interview[0]} – {take['title']}.{self.audio_ext}",
                     path=f"internal://{take['id']}.{self.audio_ext}",
                     creationDateTime=when(take["created"]))
        if lines:
            guid = guid5(take["id"], "transcript")
            content, starts = transcribed.plain_text(lines)
            self.transcripts[guid] = content
            held = _el(source, "Transcript", guid=guid, plainTextPath=f"internal://{guid}.txt",
                       name=translate("Reports", "Transcript of {title}").format(
                           title=take["title"]), creationDateTime=when(take["created"]))
            for line, position in zip(lines, starts, strict=True):
                _el(held, "SyncPoint", guid=guid5(line.id, "sync"), timeStamp=line.start_ms,
                    position=position)
        found = take["markers"]
        for number, marker in enumerate(found):
            _r, marker_id, offset, label, topic_id, created = marker
            end = found[number + 1][2] if number + 1 < len(found) else take["duration"]
            selection = _el(source, "AudioSelection", guid=marker_id,
                            name=label or translate("Reports", "Moment"),
                            begin=int(offset), end=max(int(offset), int(end)),
                            creationDateTime=when(created))
            if label:
                ET.SubElement(selection, "Description").text = label
            coding = _el(selection, "Coding", guid=guid5(marker_id, "coding"))
            _el(coding, "CodeRef", targetGUID=topic_code[topic_id]
                if _coded(marker, topic_code) else self.moment_code)
        self._values(source, variables, interview[7])


def _created_by(source: ET.Element, member_id: str | None) -> None:
    """The source, its selections and their codings as made by the interviewer who held
    the conversation (a ``User``), so a QDA tool shows who held which."""
    if not member_id:
        return
    for element in source.iter():
        if element.tag in CREATED:
            element.set("creatingUser", member_id)


def recording_left_out(consents: Consents, media: Path, take_id: str, interview: str,
                       name: str | None, title: str = "") -> LeftOut | None:
    """Why a take stays out of an output that carries audio (None: it goes): someone in
    its conversation did not allow audio, or its Opus copy is not here (not a matter of
    consent: the exports make missing copies first, so only a copy that could not be made,
    or one still to come from a laptop, is missing)."""
    reason = consents.source_refusal(interview, AUDIO)
    if reason:
        return LeftOut("recording", take_id, title, reason,
                       consents.source_cause(interview, AUDIO))
    if not (name and (media / name).is_file()):
        missing = translate("Reports", "Its Opus copy is not here (yet).")
        return LeftOut("recording", take_id, title, missing, missing, consent=False)
    return None


def _shown(declared: fields.Field, value: Any) -> Any:
    """A variable's value as people read it (a kind's name, not its stored word)."""
    return declared.show(value) if declared.show and value not in (None, "") else value


def _coded(marker: Any, topic_code: dict[str, str]) -> bool:
    """Whether a marker's topic is a code (else it gets the Moment code)."""
    return bool(marker[4]) and marker[4] in topic_code


def _described(declared: list[fields.Field]) -> list[fields.Field]:
    """The fields that are REFI-QDA variables (``fields.py``), in their order."""
    return sorted((f for f in declared if f.variable),
                  key=lambda f: f.variable.rank)  # type: ignore[union-attr]


def export_qdpx(session: Session, media: Path, out: Path, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None, audio: str = "opus") -> Exported:
    """Write ``out`` (a ``.qdpx``): under a temporary name, fsynced, then renamed, so an
    error, a cancel or a full disk leaves no half-written file. ``audio``: ``opus`` copies
    the Opus files as they are; ``mp3`` converts them with the bundled ffmpeg, for the
    programs that cannot open Opus (slower: every recording is decoded)."""
    builder = Builder(session, media, Consents(session), "mp3" if audio == "mp3" else "ogg")
    root, texts, sounds = builder.build(cancelled)
    document = xmltext.tree_bytes(root)
    out = out if out.suffix == ".qdpx" else out.with_suffix(".qdpx")
    texts = {**texts, **builder.transcripts}
    steps = len(texts) + len(sounds) + 1
    with written_whole(out) as temporary, zipfile.ZipFile(temporary, "w",
                                                          zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", document)
        for number, (guid, content) in enumerate(sorted(texts.items()), start=1):
            archive.writestr(f"sources/{guid}.txt", content.encode("utf-8"))
            step(progress, cancelled, number, steps)
        for number, (guid, path) in enumerate(sorted(sounds.items()), start=len(texts) + 1):
            info = zipfile.ZipInfo(f"sources/{guid}.{builder.audio_ext}",
                                   (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED  # compressed audio does not shrink
            with _as_played(path, audio, cancelled) as playable, open(
                    playable, "rb") as source, archive.open(info, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)
            step(progress, cancelled, number, steps)
    if progress is not None:
        progress(steps, steps)
    return Exported(out, len(texts) - len(builder.transcripts), len(sounds), builder.left_out,
                    cannot_carry(audio))


@contextlib.contextmanager
def _as_played(path: Path, audio: str, cancelled: Callable[[], bool] | None
               ) -> Iterator[Path]:
    """The file to put in the archive: the Opus copy itself, or an MP3 made from it in a
    temporary folder (gone afterwards)."""
    if audio != "mp3":
        yield path
        return
    from veldwerk.audio.processing import to_mp3  # deferred: heavy (the models)

    with tempfile.TemporaryDirectory(prefix="veldwerk-mp3-") as folder:
        target = Path(folder) / "take.mp3"
        to_mp3(path, target, cancelled or (lambda: False))
        yield target

