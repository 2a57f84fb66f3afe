"""New interview / edit an interview's details: kind, when, where, who, guide, status."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import ProjectContext
from ui.widgets import (
    ErrorLabel,
    checked_values,
    fill_checklist,
    fill_combo,
    fit_window,
    named,
    px,
    scrolled,
)
from veldwerk import guides, interviews, participants, setup
from veldwerk.domain import Interview, InterviewKind, Status
from veldwerk.errors import ValidationError
from veldwerk.ids import utcnow
from veldwerk.interviews import InterviewDraft


class InterviewDetailsDialog(QDialog):
    def __init__(self, context: ProjectContext, interview_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.interview_id = context, interview_id
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("New interview") if interview_id is None
                            else self.tr("Interview details"))
        self.setMinimumWidth(min(px(560), 1100))
        draft = InterviewDraft(starts_at=utcnow().replace(second=0, microsecond=0))
        if interview_id is not None:
            draft = context.read(lambda s: interviews.draft_of(
                s, interviews.get(s, interview_id)))  # type: ignore[arg-type]
        lists = context.read(lambda s: (
            setup.neighbourhoods(s), setup.phases(s), guides.current_guides(s),
            participants.active(s), setup.team(s),
            guides.get(s, draft.guide_id) if draft.guide_id else None))
        hoods, phases, guide_list, people, team, own_guide = lists
        if own_guide is not None and own_guide.id not in {g.id for g in guide_list}:
            guide_list.append(own_guide)

        self.kind = named(QComboBox(), self.tr("Kind"))
        fill_combo(self.kind, [(labels.kind(k.value), k.value) for k in InterviewKind],
                   draft.kind)
        self.title_edit = named(QLineEdit(draft.title), self.tr("Title"))
        self.when = named(QDateTimeEdit(), self.tr("Date and time"))
        self.when.setCalendarPopup(True)
        if draft.starts_at is not None:
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(
                int(draft.starts_at.replace(tzinfo=draft.starts_at.tzinfo or UTC).timestamp())))
        self.place = named(QLineEdit(draft.place), self.tr("Place"))
        none = self.tr("(none)")
        self.hood = named(QComboBox(), self.tr("Neighbourhood"))
        fill_combo(self.hood, [(none, None)] + [(h.name, h.id) for h in hoods],
                   draft.neighbourhood_id)
        self.phase = named(QComboBox(), self.tr("Phase"))
        fill_combo(self.phase, [(none, None)] + [(p.name, p.id) for p in phases], draft.phase_id)
        self.guide = named(QComboBox(), self.tr("Interview guide"))
        fill_combo(self.guide, [(none, None)] + [
            (self.tr("{name} (version {version})").format(name=g.name, version=g.version), g.id)
            for g in guide_list], draft.guide_id)
        self.status = named(QComboBox(), self.tr("Status"))
        fill_combo(self.status, [(labels.status(s.value), s.value) for s in Status],
                   draft.status)
        self.tags = named(QLineEdit(", ".join(draft.tags)), self.tr("Tags"),
                          self.tr("Words separated by commas"))
        self.people = named(QListWidget(), self.tr("Participants"))
        fill_checklist(self.people, [(p.code, p.id) for p in people], draft.participant_ids)
        self.people.setMaximumHeight(px(140))
        self.team = named(QListWidget(), self.tr("Interviewers"))
        fill_checklist(self.team, [(f"{m.name} ({labels.role(m.role)})", m.id) for m in team],
                       draft.interviewer_ids)
        self.team.setMaximumHeight(px(120))
        self.summary = named(QPlainTextEdit(draft.summary), self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(px(90))
        self.error = ErrorLabel()

        form = QFormLayout()
        for label, widget in (
                (self.tr("&Kind"), self.kind), (self.tr("&Title"), self.title_edit),
                (self.tr("&Date and time"), self.when), (self.tr("P&lace"), self.place),
                (self.tr("&Neighbourhood"), self.hood), (self.tr("P&hase"), self.phase),
                (self.tr("&Guide"), self.guide), (self.tr("&Status"), self.status),
                (self.tr("T&ags"), self.tags), (self.tr("Partici&pants"), self.people),
                (self.tr("&Interviewers"), self.team), (self.tr("Su&mmary"), self.summary)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(form), 1)  # at large text on a small screen it scrolls
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_window(self, 640, 600)

    def draft(self) -> InterviewDraft:
        when = self.when.dateTime().toPython().astimezone(UTC)
        return InterviewDraft(
            kind=self.kind.currentData(), title=self.title_edit.text(), starts_at=when,
            place=self.place.text(), neighbourhood_id=self.hood.currentData(),
            phase_id=self.phase.currentData(), guide_id=self.guide.currentData(),
            status=self.status.currentData(),
            tags=[t for t in self.tags.text().split(",") if t.strip()],
            summary=self.summary.toPlainText(), participant_ids=checked_values(self.people),
            interviewer_ids=checked_values(self.team))

    def save(self) -> None:
        draft = self.draft()
        try:
            interviews.validate(draft)
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return
        project_id, interview_id = self.context.project_id, self.interview_id

        def done(interview: Interview) -> None:
            self.saved_id = interview.id
            self.accept()

        self.context.write(lambda s: interviews.save(s, project_id, draft, interview_id),
                           on_success=done, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.show_message(str(exc))
