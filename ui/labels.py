"""Translated names for the core's stored values (kinds, statuses, roles, answer types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


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
    from veldwerk.domain.kinds import RULES

    rules = RULES.get(value)
    return f"{rules.icon} {kind(value)}" if rules else kind(value)


def status(value: str) -> str:
    return {
        "planned": translate("Labels", "Planned"),
        "in_progress": translate("Labels", "In progress"),
        "done": translate("Labels", "Done"),
    }.get(value, value)


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
