"""Translated names for the core's stored values (kinds, statuses, roles, answer types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind(value: str) -> str:
    tr = QCoreApplication.translate
    return {
        "interview": tr("Labels", "Interview"),
        "focus_group": tr("Labels", "Focus group"),
        "observation": tr("Labels", "Observation"),
        "questionnaire": tr("Labels", "Questionnaire"),
        "story": tr("Labels", "Story"),
    }.get(value, value)


def status(value: str) -> str:
    tr = QCoreApplication.translate
    return {
        "planned": tr("Labels", "Planned"),
        "in_progress": tr("Labels", "In progress"),
        "done": tr("Labels", "Done"),
    }.get(value, value)


def role(value: str) -> str:
    tr = QCoreApplication.translate
    return {
        "student": tr("Labels", "Student"),
        "co_researcher": tr("Labels", "Co-researcher"),
        "coordinator": tr("Labels", "Coordinator"),
    }.get(value, value)


def answer_type(value: str) -> str:
    tr = QCoreApplication.translate
    return {
        "text": tr("Labels", "Text"),
        "choice": tr("Labels", "Choice"),
        "scale": tr("Labels", "Scale 1–5"),
        "yes_no": tr("Labels", "Yes/no"),
    }.get(value, value)


def yes_no(value: str) -> str:
    tr = QCoreApplication.translate
    return {"ja": tr("Labels", "yes"), "nee": tr("Labels", "no")}.get(value, value)
