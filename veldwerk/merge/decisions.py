"""What only a person decides after a merge: which laptops may send, and how a conflict
ends (keep this version, take the other, write a merged text, give a new code)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy import text
from sqlmodel import Session

from veldwerk.audio import duration_text
from veldwerk.consent import erasure
from veldwerk.domain import ownership
from veldwerk.errors import NotFound, ValidationError
from veldwerk.i18n import translate
from veldwerk.ids import matching, short_ids, utcnow
from veldwerk.labels import device_status
from veldwerk.merge import travel, trust
from veldwerk.merge.apply import PROVENANCE, TRANSCRIPT, Merger, current
from veldwerk.merge.difference import Span, field_name, marked, word_diff
from veldwerk.merge.sides import Side, side_of
from veldwerk.store import changelog, dialect, meta, rows

APPROVED, REJECTED = "approved", "rejected"
NOBODY = Side("", "", "")
OURS, THEIRS = "ours", "theirs"


@dataclass(frozen=True)
class Device:
    device_id: str
    fingerprint: str
    name: str
    member_name: str
    status: str
    first_seen: str
    applied_through: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def device_words(status: str) -> str:
    """A laptop's state in words (the one list is ``veldwerk.labels``)."""
    return device_status(status)


def devices(session: Session) -> list[Device]:
    found = session.execute(text(
        "SELECT d.device_id, d.fingerprint, d.name, d.member_name, d.status, d.first_seen, "
        "coalesce(s.through, 0) FROM team_device d LEFT JOIN device_sequence s ON "
        "s.device_id = d.device_id ORDER BY d.first_seen, d.device_id")).all()
    return [Device(r[0], r[1], r[2], r[3], r[4], str(r[5]), int(r[6])) for r in found]


def find_device(session: Session, device: str, first: str = "pending") -> Device:
    """The laptop named by its device id (its start or end) or fingerprint; of several
    keys for one id, the one in state ``first``."""
    wanted = device.replace(" ", "").upper()
    known = devices(session)
    ids = set(matching(device, [d.device_id for d in known]))
    matches = [d for d in known if d.device_id in ids
               or d.fingerprint.replace(" ", "") == wanted]
    pending = [d for d in matches if d.status == first] or matches
    if not matches:
        raise NotFound(translate("Sync", "No laptop {device} has sent a bundle.").format(
            device=device), hint=translate("Sync", "'veldwerk devices list' shows them."))
    if len(pending) > 1:
        raise ValidationError("device", translate(
            "Sync", "{device} fits {n} laptops; give more of the id or the fingerprint.").format(
                device=device, n=len(pending)))
    return pending[0]


def decide(session: Session, device: str, status: str) -> Device:
    """Approve or refuse a laptop, named by its device id (its start or end) or fingerprint.
    A second key for an approved id stays apart: approving it is a separate decision."""
    chosen = find_device(session, device)
    session.execute(text(
        "UPDATE team_device SET status = :s, decided_at = :now WHERE device_id = :d AND "
        "fingerprint = :f"), {"s": status, "now": changelog.time_text(utcnow()),
                              "d": chosen.device_id, "f": chosen.fingerprint})
    if status == REJECTED:  # kept (within the quota): approving it later lets them in
        session.execute(text(
            "UPDATE inbox_bundle SET reason = :r WHERE device_id = :d AND "
            "status = 'quarantined'"),
            {"r": translate("Sync", "the laptop was refused; its bundles go in if you "
                            "approve it after all"), "d": chosen.device_id})
    changelog.touched(session).update(("team_device", "inbox_bundle"))
    return Device(**{**chosen.__dict__, "status": status})


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    kind: str
    fields: list[str]
    ours: dict[str, Any]
    theirs: dict[str, Any]
    device_id: str
    status: str
    resolution: str
    about: str = ""  # what a person calls the record: the interview's title, the code
    ours_by: Side = NOBODY  # who made each version, and when
    theirs_by: Side = NOBODY
    short_id: str = ""  # what lists show and commands take back
    person: str = ""  # an erasure request's person, by code

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def field_names(self) -> list[str]:
        return [field_name(self.table, f) for f in self.fields]

    def differences(self) -> list[tuple[str, list[Span]]]:
        """Each disputed field by its human name, with its words marked: this version's
        alone as removed, the other's as added; of two transcripts, what each says."""
        if self.kind == TRANSCRIPT:
            return [(translate("Sync", "What was said"),
                     word_diff(self.ours.get(SAID), self.theirs.get(SAID)))]
        return [(field_name(self.table, f), word_diff(self.ours.get(f), self.theirs.get(f)))
                for f in self.fields]

    def title(self) -> str:
        return self.about or translate("Sync", "A record of {table}").format(
            table=field_name(self.table, self.table))

    def heading(self) -> str:
        """The record, and for a laptop's change of what is not its own, what it asks."""
        if self.kind == trust.ERASE:
            return translate("Sync", "Erasure asked: {what}").format(what=self.title())
        if self.kind == trust.PURGE:
            return translate("Sync", "Removal asked: {what}").format(what=self.title())
        if self.kind == trust.FOREIGN:
            return translate("Sync", "Changed by another laptop: {what}").format(
                what=self.title())
        return self.title()

    def resolved_words(self, how: str) -> str:
        """What stayed once the conflict is decided (``how``: ours, theirs, merged, or
        "code X"), in a person's words."""
        what = self.title()
        if how.startswith("code "):
            return translate("Sync", "{what} now has the code {code}.").format(
                what=what, code=how[5:])
        if how == "merged":
            return translate("Sync", "{what}: the merged text stays.").format(what=what)
        laptop = self.theirs_by.who()
        if self.kind == TRANSCRIPT:
            kept = laptop if how == THEIRS else self.ours_by.who()
            return translate("Sync", "{what}: the transcript of {who} stays; the other goes "
                             "here and from the computer that made it.").format(
                                 what=what, who=kept)
        if self.kind == trust.ERASE:
            if how == THEIRS:
                return translate("Sync", "{who} is erased here and goes to every "
                                 "laptop.").format(who=self.person or what)
            return translate("Sync", "Erasure refused: {who} stays; {laptop} hears it at its "
                             "next sync.").format(who=self.person or what, laptop=laptop)
        if self.kind == trust.PURGE:
            if how == THEIRS:
                return translate("Sync", "{what} is removed for good.").format(what=what)
            return translate("Sync", "Removal refused: {what} stays; {laptop} hears it at its "
                             "next sync.").format(what=what, laptop=laptop)
        if how == THEIRS:
            return translate("Sync", "{what}: took the version of {laptop}.").format(
                what=what, laptop=laptop)
        return translate("Sync", "{what}: kept this copy's version.").format(what=what)

    def describe(self) -> str:
        """One plain line: what differs, this version against the other, marked."""
        if self.kind == "code":
            return translate("Sync", "Participant code {code} is used twice; this one is "
                             "{marked} until you give it a new code.").format(
                                 code=self.theirs.get("code"), marked=self.ours.get("code"))
        if self.kind == "deleted":
            return translate("Sync", "{what} was removed on one side and changed on "
                             "the other.").format(what=self.title())
        if self.kind == TRANSCRIPT:
            return translate("Sync", "{what} was transcribed twice: by {ours} and by {theirs}. "
                             "A recording keeps one transcript: keep this version to keep "
                             "the transcript of {ours}, take the other to keep the one of "
                             "{theirs}; the other goes, with its segments.").format(
                                 what=self.title(), ours=self.ours_by.who(),
                                 theirs=self.theirs_by.who())
        if self.kind == trust.ERASE:
            return translate("Sync", "{laptop} asks to erase {what}, which it did not bring. "
                             "Nothing is erased until you confirm: take the other version to "
                             "erase, keep this version to refuse.").format(
                                 laptop=self.theirs_by.who(), what=self.title())
        if self.kind == trust.PURGE:
            return translate("Sync", "{laptop} removed {what}, which is not its own. It stays "
                             "until you decide: take the other version to remove it, keep this "
                             "version to keep it.").format(laptop=self.theirs_by.who(),
                                                           what=self.title())
        if self.kind == trust.FOREIGN and not self.fields:
            return translate("Sync", "{laptop} changed {what}, which is not its own; nothing "
                             "differs from this version.").format(
                                 laptop=self.theirs_by.who(), what=self.title())
        shown = "; ".join(f"{name}: {marked(spans)}" for name, spans in self.differences())
        return f"{self.title()}: {shown}"


def _person_of(table: str, row_id: str, theirs: dict[str, Any]) -> str:
    """The person an erasure request is about (its participant, or its withdrawal's)."""
    if table == "participant":
        return row_id
    return str(theirs.get("participant_id") or "") if table == "withdrawal" else ""


def attached_sql(session: Session, c: str = "c") -> str:
    """SQL true for a conflict ``c`` that is part of another: the erase tombstone of a
    person whose erasure the same laptop asks with a withdrawal (one request, shown and
    decided once, through the withdrawal)."""
    person = dialect.of(session).json_text("w.theirs", "participant_id")
    return (f"({c}.kind = 'erase' AND {c}.table_name = 'participant' AND EXISTS (SELECT 1 "
            f"FROM merge_conflict w WHERE w.kind = 'erase' AND w.table_name = 'withdrawal' "
            f"AND w.status = {c}.status AND w.device_id = {c}.device_id AND "
            f"{person} = {c}.row_id))")


def open_count(session: Session) -> int:
    """Open conflicts as the list shows them (an erasure request counts once)."""
    return int(session.execute(text(
        f"SELECT count(*) FROM merge_conflict c WHERE c.status = 'open' AND NOT "
        f"{attached_sql(session)}")).scalar() or 0)


def conflicts(session: Session, everything: bool = False,
              joined: bool = True) -> list[Conflict]:
    """The conflicts, oldest first; ``joined``: a request made of two changes (an erasure
    asked with a withdrawal) is one."""
    where = "" if everything else "WHERE status = 'open'"
    found = session.execute(text(
        "SELECT id, table_name, row_id, kind, fields, ours, theirs, device_id, status, "
        f"resolution FROM merge_conflict {where} ORDER BY created_at, id")).all()
    short = short_ids(str(r[0]) for r in found)
    out = []
    asked = {(str(r[7]), _person_of(r[1], r[2], json.loads(r[6])), r[8]) for r in found
             if r[3] == trust.ERASE and r[1] == "withdrawal"}
    for r in found:
        ours, theirs = json.loads(r[5]), json.loads(r[6])
        if r[3] == TRANSCRIPT:  # what each transcript says, to read side by side
            ours[SAID], theirs[SAID] = (_said(session, str(t.get("id") or ""))
                                        for t in (ours, theirs))
        if joined and r[3] == trust.ERASE and r[1] == "participant" and (
                str(r[7]), r[2], r[8]) in asked:
            continue
        # An erasure asked is named by what it would erase: the asking version (a laptop's
        # withdrawal turned to another person must not read as its old person's).
        named = theirs if r[3] == trust.ERASE and len(theirs) > 1 else ours or theirs
        person = _code_of(session, _person_of(r[1], r[2], theirs), {**ours, **theirs}) if (
            r[3] == trust.ERASE) else ""
        out.append(Conflict(r[0], r[1], r[2], r[3], json.loads(r[4]), ours, theirs, r[7],
                            r[8], r[9], _about(session, r[1], r[2], named),
                            side_of(session, str(ours.get("change_device") or ""), ours,
                                    r[1]),
                            side_of(session, str(r[7] or ""), theirs), short[str(r[0])],
                            person))
    return out


SAID = "said"  # a transcript conflict's side: its segments' text, one line each


def _said(session: Session, transcript_id: str) -> str:
    return "\n".join(str(t) for t in session.execute(text(
        "SELECT text FROM transcript_segment WHERE transcript_id = :t ORDER BY start_ms, id"),
        {"t": transcript_id}).scalars())


def _code_of(session: Session, person: str, row: dict[str, Any]) -> str:
    found = session.execute(text("SELECT code FROM participant WHERE id = :p"),
                            {"p": person}).scalar() if person else None
    return str(found or row.get("participant_code") or row.get("code") or "")


def _about(session: Session, table: str, row_id: str, ours: dict[str, Any]) -> str:
    """The record in a person's words: a note by its interview and topic, an interview
    by its title, a participant by their code."""
    if table in ("transcript", "transcript_segment"):
        return _about_transcript(session, table, ours)
    interview = row_id if table == "interview" else str(ours.get("interview_id") or "")
    title = session.execute(text("SELECT title FROM interview WHERE id = :i"),
                            {"i": interview}).scalar() if interview else None
    if table == "note":
        topic = session.execute(text("SELECT title FROM topic WHERE id = :t"),
                                {"t": ours.get("topic_id")}).scalar()
        if not topic:
            return translate("Sync", "Free notes in «{title}»").format(title=title or "?")
        return translate("Sync", "Note on {topic} in «{title}»").format(topic=topic,
                                                                         title=title or "?")
    if table == "interview":
        return translate("Sync", "Interview «{title}»").format(title=title or "?")
    if table == "participant":
        return translate("Sync", "Participant {code}").format(code=ours.get("code", "?"))
    if table == "withdrawal" and ours.get("kind") == "erase":
        return _about(session, "participant", str(ours.get("participant_id") or ""), {
            "code": _code_of(session, str(ours.get("participant_id") or ""), ours) or "?"})
    if table == "withdrawal":
        code = session.execute(text("SELECT code FROM participant WHERE id = :p"),
                               {"p": ours.get("participant_id")}).scalar()
        return translate("Sync", "Withdrawal of participant {code}").format(
            code=code or ours.get("participant_code", "?"))
    if title:
        return translate("Sync", "{table} in «{title}»").format(table=table, title=title)
    return ""


def _about_transcript(session: Session, table: str, row: dict[str, Any]) -> str:
    """A transcript by its recording (numbered as the recordings list numbers them) and
    interview; a segment by its time in it too."""
    recording = str(row.get("recording_id") or "") or str(session.execute(text(
        "SELECT recording_id FROM transcript WHERE id = :t"),
        {"t": row.get("transcript_id")}).scalar() or "")
    found = session.execute(text(
        "SELECT i.title, r.position FROM recording r JOIN interview i ON "
        "i.id = r.interview_id WHERE r.id = :r"), {"r": recording}).first()
    title, position = (found[0], int(found[1] or 0)) if found else ("?", 0)
    if table == "transcript":
        return translate("Sync", "Transcript of recording {n} of «{title}»").format(
            n=position, title=title)
    return translate("Sync", "Transcript at {time} of recording {n} in «{title}»").format(
        time=duration_text(int(row.get("start_ms") or 0)), n=position, title=title)


def find(session: Session, conflict_id: str) -> Conflict:
    """An open conflict by its id's start or end."""
    return _conflict(session, conflict_id)


def _conflict(session: Session, conflict_id: str) -> Conflict:
    open_ = conflicts(session, joined=False)
    wanted = set(matching(conflict_id, [c.id for c in open_]))
    found = [c for c in open_ if c.id in wanted]
    if len(found) != 1:
        raise NotFound(translate("Sync", "No open conflict {id}.").format(id=conflict_id),
                       hint=translate("Sync", "'veldwerk conflicts list' shows them."))
    return found[0]


def resolve(session: Session, conflict_id: str, me: str, keep: str = "",
            merged_text: str | None = None, code: str = "") -> tuple[Conflict, dict[str, Any]]:
    """End a conflict. ``keep`` ours or theirs; ``merged_text`` for the one disputed text
    field; ``code`` a new participant code. Returns the conflict and, for a code, the
    rename to tell the laptops."""
    conflict = _conflict(session, conflict_id)
    table = rows.table_of(conflict.table)
    stored = current(session, table, conflict.row_id)
    renamed: dict[str, Any] = {}
    if merged_text is not None and not mergeable(conflict):
        raise ValidationError("text", translate(
            "Sync", "--text is for a note's text (or another written text); this conflict is "
            "about {fields}. Choose a version with --keep ours or --keep theirs.").format(
                fields=", ".join(conflict.field_names()) or conflict.heading()))
    rows.defer_foreign_keys(session)
    if conflict.kind == trust.ERASE:  # the request and what belongs to it, decided alike
        group = [conflict, *_companions(session, conflict)]
        for part in sorted(group, key=lambda c: c.table != "withdrawal"):
            if session.execute(text("SELECT 1 FROM merge_conflict WHERE id = :i AND "
                                    "status = 'open'"), {"i": part.id}).first():
                _decide_request(session, part, me, keep, current(
                    session, rows.table_of(part.table), part.row_id), merged_text)
        return conflict, renamed
    if conflict.kind in trust.KINDS:
        _decide_request(session, conflict, me, keep, stored, merged_text)
        return conflict, renamed
    if conflict.kind == TRANSCRIPT:
        _keep_one_transcript(session, conflict, me, keep, merged_text)
        return conflict, renamed
    if conflict.kind == "code":
        wanted = " ".join(code.split()).upper()
        if not wanted:
            raise ValidationError("code", translate("Sync", "Give the participant a new code "
                                                    "(--code)."))
        if session.execute(text("SELECT 1 FROM participant WHERE upper(code) = :c AND id != :i"),
                           {"c": wanted, "i": conflict.row_id}).first():
            raise ValidationError("code", translate("Sync", "{code} is taken too.").format(
                code=wanted))
        if stored is None:
            raise NotFound(translate("Sync", "The participant is no longer here."))
        new = {**stored, "code": wanted}
        renamed = {"id": conflict.row_id, "code": wanted}
        resolution = f"code {wanted}"
    elif merged_text is not None:
        if stored is None or len(conflict.fields) != 1:
            raise ValidationError("text", translate(
                "Sync", "A merged text fits a conflict about one text; this one is about "
                "{fields}.").format(fields=", ".join(conflict.fields) or conflict.kind))
        new = {**stored, conflict.fields[0]: merged_text}
        resolution = "merged"
    elif keep == THEIRS:
        if conflict.kind == "deleted" and stored is None:
            new = dict(conflict.theirs)
        elif stored is None:
            raise NotFound(translate("Sync", "The record is no longer here."))
        else:
            new = {**stored, **{f: conflict.theirs.get(f) for f in conflict.fields}}
        resolution = THEIRS
    elif keep == OURS:
        new, resolution = {}, OURS
        if conflict.kind == "deleted" and stored is not None and conflict.theirs.keys() == {
                "id"}:
            new = {}  # the other side removed it; this side keeps it, as chosen
    else:
        raise ValidationError("keep", translate("Sync", "Say which version stays: ours, "
                                                "theirs, a merged text or a new code."))
    if new:
        new = {k: v for k, v in new.items() if k in {c.key for c in table.columns}}
        if set(new) - PROVENANCE:
            _place_free(session, table, new)
            Merger(session, me).stamp(conflict.table, new)
            rows.upsert(session, conflict.table, [new])
    if conflict.kind != "code":  # a new code goes to every laptop as a project update
        travel.wait(session, conflict.table, conflict.row_id)
    session.execute(text("UPDATE merge_conflict SET status = 'resolved', resolution = :r, "
                         "resolved_at = :now WHERE id = :i"),
                    {"r": resolution, "now": changelog.time_text(utcnow()), "i": conflict.id})
    changelog.touched(session).update(("merge_conflict", conflict.table))
    return conflict, renamed


TEXTS = {("note", "text"), ("interview", "title"), ("interview", "summary"),
         ("interview", "place"), ("participant", "note"), ("marker", "label"),
         ("participant_identity", "name"), ("participant_identity", "address"),
         ("transcript_segment", "text")}


def mergeable(conflict: Conflict) -> bool:
    """Can a merged text end it: a conflict about one written text."""
    return len(conflict.fields) == 1 and (conflict.table, conflict.fields[0]) in TEXTS


def _companions(session: Session, conflict: Conflict) -> list[Conflict]:
    """The other open erasure requests of the same laptop for the same person: its
    withdrawal and its erasure of the participant are one request."""
    person = _person_of(conflict.table, conflict.row_id, conflict.theirs)
    if not person:
        return []
    return [c for c in conflicts(session, joined=False)
            if c.id != conflict.id and c.kind == trust.ERASE and c.device_id ==
            conflict.device_id and _person_of(c.table, c.row_id, c.theirs) == person]


FINISH_KEY = "erasures_to_finish"  # media of rows erased on a confirmed request
ERASURES_KEY = "erasures_to_send"  # people and rows erased on a confirmed request
NEWS_KEY = trust.NEWS_KEY


def _decide_request(session: Session, conflict: Conflict, me: str, keep: str,
                    stored: dict[str, Any] | None, merged_text: str | None) -> None:
    """A laptop's change of a row not its own: applied (``theirs``, or a merged text) or
    refused (``ours``). Either way the laptop hears of it in its next receipt; a confirmed
    erasure goes to every laptop on an erasure list."""
    if merged_text is not None:
        if conflict.kind != trust.FOREIGN or stored is None or len(conflict.fields) != 1:
            raise ValidationError("text", translate(
                "Sync", "A merged text fits a conflict about one text; this one is about "
                "{fields}.").format(fields=", ".join(conflict.fields) or conflict.kind))
        conflict = replace(conflict, theirs={**conflict.theirs,
                                             conflict.fields[0]: merged_text})
        keep = THEIRS
    if keep not in (OURS, THEIRS):
        raise ValidationError("keep", translate("Sync", "Say which version stays: ours "
                                                "(refuse the change) or theirs (apply it)."))
    seq = int(session.execute(text("SELECT seq FROM merge_conflict WHERE id = :i"),
                              {"i": conflict.id}).scalar() or 0)
    table = rows.table_of(conflict.table)
    merger = Merger(session, me)
    columns = {c.key for c in table.columns}
    if keep == THEIRS and conflict.kind == trust.PURGE and stored is not None:
        plan = ownership.closure(session, {conflict.table: [conflict.row_id]})
        changelog.remove_rows(session, plan, "purge", log=False)
    elif keep == THEIRS and conflict.kind == trust.ERASE:
        if conflict.table == "withdrawal":
            row = {k: v for k, v in conflict.theirs.items() if k in columns}
            rows.upsert(session, "withdrawal", [row])
            trust.claim(session, [(conflict.row_id, "withdrawal", conflict.device_id)])
            merger._withdrawal(row)
        else:
            merger._erase({conflict.table: [conflict.row_id]})
        _queue_erasure(session, merger)
    elif keep == THEIRS and conflict.kind == trust.FOREIGN:
        if stored is None:  # a new row under another's: it is the sender's from now on
            new = {k: v for k, v in conflict.theirs.items() if k in columns}
            trust.claim(session, [(conflict.row_id, conflict.table, conflict.device_id)])
        else:
            new = {**stored, **{f: conflict.theirs.get(f) for f in conflict.fields}}
        merger.stamp(conflict.table, new)
        # A new row whose place (a note's topic, a link, a code) is taken meanwhile goes
        # in as the merge takes a second one: an alias, a conflict about its text or code.
        if stored is not None or not merger._natural_key_taken(
                table, new, {"device": conflict.device_id, "sequence": seq}):
            _place_free(session, table, new)
            rows.upsert(session, conflict.table, [new])
    if conflict.kind == trust.FOREIGN:  # the laptop's copy takes the version that stays
        travel.wait(session, conflict.table, conflict.row_id)
    trust.tell(session, conflict.device_id, [{
        "table": conflict.table, "row": conflict.row_id, "sequence": seq,
        "status": trust.APPLIED if keep == THEIRS else trust.REFUSED, "why": conflict.kind}])
    session.execute(text("UPDATE merge_conflict SET status = 'resolved', resolution = :r, "
                         "resolved_at = :now WHERE id = :i"),
                    {"r": keep, "now": changelog.time_text(utcnow()), "i": conflict.id})
    changelog.touched(session).update(("merge_conflict", conflict.table))


def _keep_one_transcript(session: Session, conflict: Conflict, me: str, keep: str,
                         merged_text: str | None) -> None:
    """Two transcripts of one recording: the one chosen stays; the other goes with its
    segments as an erasure does (here; from the computer that made it by the erasure list,
    so what it sends of it later is dropped), and that laptop hears it in its receipt."""
    if keep not in (OURS, THEIRS) or merged_text is not None:
        raise ValidationError("keep", translate(
            "Sync", "Say which transcript stays: ours (the one that was here) or theirs."))
    gone = conflict.row_id if keep == OURS else str(conflict.ours.get("id") or "")
    if gone:
        maker = session.execute(text("SELECT device_id FROM row_owner WHERE row_id = :r"),
                                {"r": gone}).scalar()
        seq = session.execute(text(
            "SELECT min(seq) FROM row_version WHERE row_id = :r AND device_id = :d"),
            {"r": gone, "d": maker}).scalar() if maker else None
        merger = Merger(session, me)
        merger._erase({"transcript": [gone]})
        _queue_erasure(session, merger)
        if maker and seq is not None:
            trust.tell(session, str(maker), [{"table": "transcript", "row": gone,
                                              "sequence": int(seq), "status": trust.REFUSED,
                                              "why": TRANSCRIPT}])
    kept = conflict.row_id if keep == THEIRS else str(conflict.ours.get("id") or "")
    maker = session.execute(text("SELECT device_id FROM row_owner WHERE row_id = :r"),
                            {"r": kept}).scalar() if kept else None
    if maker and maker == conflict.device_id:
        trust.tell(session, str(maker), [{"table": "transcript", "row": kept,
                                          "sequence": _seq_of(session, conflict.id),
                                          "status": trust.APPLIED, "why": TRANSCRIPT}])
    session.execute(text("UPDATE merge_conflict SET status = 'resolved', resolution = :r, "
                         "resolved_at = :now WHERE id = :i"),
                    {"r": keep, "now": changelog.time_text(utcnow()), "i": conflict.id})
    changelog.touched(session).update(("merge_conflict", "transcript", "transcript_segment"))


def _seq_of(session: Session, conflict_id: str) -> int:
    return int(session.execute(text("SELECT seq FROM merge_conflict WHERE id = :i"),
                               {"i": conflict_id}).scalar() or 0)


def _place_free(session: Session, table: sa.Table, row: dict[str, Any]) -> None:
    """Refuse, in words, a version whose unique key another record holds (a note on the
    same topic, a link between the same two, a code in use), rather than let the database
    fail halfway through the decision."""
    for constraint in table.constraints:
        if not isinstance(constraint, sa.UniqueConstraint):
            continue
        columns = [c.key for c in constraint.columns]
        if any(row.get(c) is None for c in columns):
            continue  # NULLs never clash
        where = " AND ".join(f"{c} = :{c}" for c in columns)
        if session.execute(text(f"SELECT 1 FROM {table.name} WHERE {where} AND id != :id"),
                           {**{c: row[c] for c in columns}, "id": row["id"]}).first():
            raise ValidationError("keep", translate(
                "Sync", "The other version cannot be taken: another record already has "
                "its place ({fields}). Keep this version, or change the other record "
                "first.").format(fields=", ".join(field_name(table.name, c)
                                                  for c in columns)))


def _queue_erasure(session: Session, merger: Merger) -> None:
    """What a confirmed erasure erased: for every laptop's erasure list, and the files to
    overwrite once it is committed (``finish``)."""
    counts = merger.counts
    waiting: list[dict[str, Any]] = meta.get_json(session, ERASURES_KEY) or []
    meta.put_json(session, ERASURES_KEY, [*waiting, {
        "participants": counts.erased_people,
        "rows": [[t, i] for t, i in counts.erased_rows]}])
    media = sorted({name for erased in counts.erased for name in erased.media})
    left: list[str] = meta.get_json(session, FINISH_KEY) or []
    meta.put_json(session, FINISH_KEY, sorted({*left, *media}))


def finish(project: Any) -> None:
    """After a confirmed erasure is committed: its files overwritten, the database rebuilt
    (``consent.erasure.finish``)."""
    with project.session() as session:
        media: list[str] = meta.get_json(session, FINISH_KEY)
    if media is None:
        return
    project.run(lambda s: meta.put_json(s, FINISH_KEY, None))
    erasure.finish(project, erasure.Erased(set(media)))
