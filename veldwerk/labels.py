"""Names for stored values (kinds, statuses, roles, laptops' and bundles' states) in the
user's language: the commands, the documents and the app (``ui/labels.py``) share them."""

from __future__ import annotations

from veldwerk.domain.kinds import RULES
from veldwerk.i18n import translate
from veldwerk.words import plural


def kind(value: str) -> str:
    return {
        "interview": translate("Labels", "Interview"),
        "focus_group": translate("Labels", "Focus group"),
        "observation": translate("Labels", "Observation"),
        "questionnaire": translate("Labels", "Questionnaire"),
        "story": translate("Labels", "Story"),
    }.get(value, value)


def kind_marked(value: str) -> str:
    """The kind with its symbol from the kinds' rules table, as the interview list shows it."""
    rules = RULES.get(value)
    return f"{rules.icon} {kind(value)}" if rules else kind(value)


def status(value: str) -> str:
    return {
        "planned": translate("Labels", "Planned"),
        "in_progress": translate("Labels", "In progress"),
        "done": translate("Labels", "Done"),
    }.get(value, value)


def stored(what: str, value: str) -> str:
    """A stored ``kind`` or ``status`` by its name (the charts and reports name both)."""
    return {"kind": kind, "status": status}.get(what, str)(value)


def role(value: str) -> str:
    return {
        "student": translate("Labels", "Student"),
        "co_researcher": translate("Labels", "Co-researcher"),
        "coordinator": translate("Labels", "Coordinator"),
    }.get(value, value)


def answer_type(value: str) -> str:
    return {
        "text": translate("Labels", "Text"),
        "choice": translate("Labels", "Choice"),
        "scale": translate("Labels", "Scale 1–5"),
        "yes_no": translate("Labels", "Yes/no"),
    }.get(value, value)


def yes_no(value: str) -> str:
    return {"ja": translate("Labels", "yes"), "nee": translate("Labels", "no")}.get(value, value)


def device_status(value: str) -> str:
    """A laptop as the coordinator decided it (``devices``, the dashboard)."""
    return {
        "pending": translate("Labels", "waits for approval"),
        "approved": translate("Labels", "let in"),
        "rejected": translate("Labels", "refused"),
    }.get(value, value)


def bundle_status(value: str) -> str:
    """A bundle in the coordinator's inbox."""
    return {
        "imported": translate("Labels", "taken in"),
        "present": translate("Labels", "taken in before"),
        "waiting": translate("Labels", "waits for an earlier bundle"),
        "quarantined": translate("Labels", "waits until you let the laptop in"),
        "retry": translate("Labels", "kept, tried again by itself"),
        "deferred": translate("Labels", "left where it was until there is room"),
        "rejected": translate("Labels", "could not be taken in"),
    }.get(value, value)


def table(value: str) -> str:
    """A kind of record as a person calls it (a table by its human name)."""
    return {
        "participant": translate("Labels", "Participant"),
        "participant_identity": translate("Labels", "Participant's contact details"),
        "interview": translate("Labels", "Interview"),
        "interview_participant": translate("Labels", "Participant of an interview"),
        "interview_interviewer": translate("Labels", "Interviewer of an interview"),
        "note": translate("Labels", "Note"),
        "recording": translate("Labels", "Recording"),
        "marker": translate("Labels", "Marker"),
        "transcript": translate("Labels", "Transcript"),
        "consent_record": translate("Labels", "Consent"),
        "consent_evidence": translate("Labels", "Consent evidence"),
        "withdrawal": translate("Labels", "Withdrawal"),
        "transcript_segment": translate("Labels", "Transcript segment"),
    }.get(value, value.replace("_", " ").capitalize())


def outbox_state(value: str) -> str:
    """A bundle in this laptop's outbox (``outbox``, Project › Delivery)."""
    return {
        "making": translate("Labels", "being made"),
        "made": translate("Labels", "waiting to be delivered"),
        "delivered": translate("Labels", "delivered"),
        "receipted": translate("Labels", "received by the coordinator"),
        "refused": translate("Labels", "refused by the coordinator"),
    }.get(value, value)


def conflict_status(value: str) -> str:
    return {
        "open": translate("Labels", "open"),
        "resolved": translate("Labels", "resolved"),
    }.get(value, value)


# Counted things: both forms are catalogue entries, ``words.plural`` picks one.
def interviews(n: int) -> str:
    return plural(n, translate("Counts", "{n} interview"), translate("Counts", "{n} interviews"))


def participants(n: int) -> str:
    return plural(n, translate("Counts", "{n} participant"),
                  translate("Counts", "{n} participants"))


def recordings(n: int) -> str:
    return plural(n, translate("Counts", "{n} recording"), translate("Counts", "{n} recordings"))


def changes(n: int) -> str:
    return plural(n, translate("Counts", "{n} change"), translate("Counts", "{n} changes"))


def bundles(n: int) -> str:
    return plural(n, translate("Counts", "{n} bundle"), translate("Counts", "{n} bundles"))


def conflicts(n: int) -> str:
    return plural(n, translate("Counts", "{n} conflict"), translate("Counts", "{n} conflicts"))


def open_conflicts(n: int) -> str:
    return plural(n, translate("Counts", "{n} open conflict"),
                  translate("Counts", "{n} open conflicts"))


def files(n: int) -> str:
    return plural(n, translate("Counts", "{n} file"), translate("Counts", "{n} files"))


def receipts(n: int) -> str:
    return plural(n, translate("Counts", "{n} receipt"), translate("Counts", "{n} receipts"))


def updated_rows(n: int) -> str:
    return plural(n, translate("Counts", "{n} updated record"),
                  translate("Counts", "{n} updated records"))


def records(n: int) -> str:
    return plural(n, translate("Counts", "{n} record"), translate("Counts", "{n} records"))


def people_erased(n: int) -> str:
    return plural(n, translate("Counts", "{n} person erased"),
                  translate("Counts", "{n} people erased"))


def recording_state(value: str) -> str:
    return {
        "recording": translate("Labels", "being recorded"),
        "ok": translate("Labels", "ok"),
        "recovered": translate("Labels", "recovered"),
        "incomplete": translate("Labels", "incomplete"),
        "damaged": translate("Labels", "damaged"),
    }.get(value, value)


def person(name: str, code: str) -> str:
    """A participant as the people who met them know them: "mevrouw Van Dijk (KKP-002)",
    or the code where this laptop keeps no name."""
    return f"{name} ({code})" if name else code
