"""Project setup (coordinator): details, phases, neighbourhoods, team and interview guides."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.context import ProjectContext
from ui.dates import date_edit, date_of
from ui.setup.list_editor import CHECKED, ListEditor
from ui.widgets import ErrorLabel, fill_combo, fit_window, named
from veldwerk import guides, projects, setup
from veldwerk.domain import AnswerType, GuideKind, Role
from veldwerk.errors import ValidationError
from veldwerk.guides import TopicDraft
from veldwerk.setup import NamedItem


class ProjectSetupDialog(QDialog):
    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Project settings"))
        fit_window(self, 980, 640)
        project, phases, hoods, team, guide_list = context.read(lambda s: (
            projects.the_project(s), setup.phases(s), setup.neighbourhoods(s), setup.team(s),
            guides.current_guides(s)))
        self.tabs = named(QTabWidget(), self.tr("Project settings"))

        general = QWidget()
        form = QFormLayout(general)
        self.name = named(QLineEdit(project.name), self.tr("Project name"))
        self.description = named(QPlainTextEdit(project.description), self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.start = date_edit(project.start_date, self.tr("Start date"))
        self.end = date_edit(project.end_date, self.tr("End date"))
        self.retention = date_edit(project.retention_date, self.tr("Keep data until"))
        self.retention.setToolTip(self.tr("The consent forms promise to erase recordings "
                                          "after this date"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Start date"), self.start)
        form.addRow(self.tr("&End date"), self.end)
        form.addRow(self.tr("&Keep data until"), self.retention)
        self.language = named(QComboBox(), self.tr("Language of the interviews"))
        fill_combo(self.language, [(name, code) for code, name
                                   in setup.INTERVIEW_LANGUAGES.items()], project.language)
        form.addRow(self.tr("&Language of the interviews"), self.language)
        self.tabs.addTab(general, self.tr("General"))

        self.phases = ListEditor(self.tr("Phases"), [self.tr("Phase")])
        self.phases.set_rows([(p.id, [p.name]) for p in phases])
        self.tabs.addTab(self.phases, self.tr("Phases"))
        self.hoods = ListEditor(self.tr("Neighbourhoods"),
                                [self.tr("Neighbourhood"), self.tr("Code prefix")],
                                widths=(0, 160), stretch=0)
        self.hoods.set_rows([(h.id, [h.name, h.code_prefix]) for h in hoods])
        self.tabs.addTab(self.hoods, self.tr("Neighbourhoods"))
        # Outputs name a member by role and number unless they agreed to their name.
        self.team = ListEditor(self.tr("Team"), [self.tr("Name"), self.tr("Role"),
                                                 self.tr("May be named in exports")],
                               {1: [(labels.role(r.value), r.value) for r in Role]},
                               widths=(0, 220, 220), stretch=0, checks=(2,))
        self.team.set_rows([(m.id, [m.name, m.role, CHECKED if m.named else ""])
                            for m in team])
        self.tabs.addTab(self.team, self.tr("Team"))
        self.tabs.addTab(self._guides_tab(guide_list), self.tr("Interview guides"))

        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # guides: every guide is edited in a buffer; OK writes the changed ones

    def _guides_tab(self, guide_list: list[guides.Guide]) -> QWidget:
        tab = QWidget()
        self.guide_choice = named(QComboBox(), self.tr("Guide"))
        self.guide_name = named(QLineEdit(), self.tr("Guide name"))
        self.topics = ListEditor(self.tr("Topics"), [
            self.tr("Topic"), self.tr("Question"), self.tr("Help for the interviewer"),
            self.tr("Answer"), self.tr("Choices (a; b; c)")],
            {3: [(labels.answer_type(a.value), a.value) for a in AnswerType]},
            widths=(200, 300, 220, 120, 160), stretch=1)
        new = named(QPushButton(self.tr("New &guide")), self.tr("New guide"))
        new.clicked.connect(self.new_guide)
        self._buffers: dict[str, tuple[str, str, list]] = {}
        self._original: dict[str, tuple[str, list]] = {}
        for guide in guide_list:
            rows = [(t.id, [t.title, t.question, t.help_text, t.answer_type,
                            "; ".join(guides.choices(t))])
                    for t in self.context.read(lambda s, g=guide: guides.topics(s, g.id))]
            self._buffers[guide.id] = (guide.name, guide.kind, rows)
            self._original[guide.id] = (guide.name, [v for _k, v in rows])
        self._shown: str | None = None
        self.guide_choice.currentIndexChanged.connect(self._show_guide)
        top = QHBoxLayout()
        top.addWidget(self.guide_choice, 1)
        top.addWidget(new)
        form = QFormLayout()
        form.addRow(self.tr("Guide &name"), self.guide_name)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.topics)
        self._fill_guide_choice(next(iter(self._buffers), None))
        return tab

    def _fill_guide_choice(self, current: str | None) -> None:
        fill_combo(self.guide_choice, [(name or self.tr("(new guide)"), key)
                                       for key, (name, _k, _r) in self._buffers.items()],
                   current)
        self._show_guide()

    def _keep_shown(self) -> None:
        if self._shown is not None and self._shown in self._buffers:
            _name, kind, _rows = self._buffers[self._shown]
            self._buffers[self._shown] = (self.guide_name.text(), kind, self.topics.rows())

    def _show_guide(self, _index: int = 0) -> None:
        self._keep_shown()
        key = self.guide_choice.currentData()
        self._shown = key
        if key is None:
            self.guide_name.clear()
            self.topics.set_rows([])
            return
        name, _kind, rows = self._buffers[key]
        self.guide_name.setText(name)
        self.topics.set_rows(rows)

    def new_guide(self) -> None:
        self._keep_shown()
        key = f"new:{len(self._buffers)}"
        self._buffers[key] = ("", GuideKind.INTERVIEW.value, [])
        self._shown = None
        self._fill_guide_choice(key)
        self.guide_name.setFocus()

    def _guide_drafts(self) -> list[tuple[str, str, str, list[TopicDraft]]]:
        self._keep_shown()
        changed = []
        for key, (name, kind, rows) in self._buffers.items():
            values = [v for _k, v in rows]
            if key in self._original and self._original[key] == (name, values):
                continue
            # A row that was there keeps its topic's identity in the new version.
            drafts = [TopicDraft(v[0], v[1], v[2], v[3] or "text",
                                 [c for c in v[4].split(";") if c.strip()], continues=k)
                      for k, v in rows]
            changed.append((key, name, kind, drafts))
        return changed

    # save

    def save(self) -> None:
        data_dir = self.context.project.folder.parent.parent
        try:
            name = projects.validate_name(data_dir, self.name.text(), self.context.project_id)
            for _key, guide_name, _kind, drafts in self._guide_drafts():
                guides.validate(guide_name, drafts)
        except ValidationError as exc:
            self._show_error(exc)
            return
        details = (name, self.description.toPlainText(), date_of(self.start), date_of(self.end),
                   date_of(self.retention), self.language.currentData())
        phase_items = [NamedItem(v[0], "", k) for k, v in self.phases.rows()]
        hood_items = [NamedItem(v[0], v[1], k) for k, v in self.hoods.rows()]
        team_items = [NamedItem(v[0], v[1], k, v[2] == CHECKED) for k, v in self.team.rows()]
        guide_changes = self._guide_drafts()
        project_id = self.context.project_id

        def work(s):  # type: ignore[no-untyped-def]
            setup.update_details(s, project_id, *details)
            setup.save_phases(s, project_id, phase_items)
            setup.save_neighbourhoods(s, project_id, hood_items)
            setup.save_team(s, project_id, team_items)
            for key, guide_name, kind, drafts in guide_changes:
                if key.startswith("new:"):
                    guides.create_guide(s, project_id, guide_name, drafts, kind)
                else:
                    guides.save_guide(s, key, guide_name, drafts)

        self.context.write(work, on_success=lambda _r: self.accept(),
                           on_failure=self._show_error, what=self.tr("project settings"))

    def _show_error(self, exc: BaseException) -> None:
        field = getattr(exc, "field", "")
        tab = {"name": 0, "end_date": 0, "retention_date": 0, "language": 0, "phases": 1,
               "phase": 1, "neighbourhoods": 2, "neighbourhood": 2, "team": 3,
               "team_member": 3, "topics": 4, "guide_name": 4}.get(field)
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        self.error.show_message(getattr(exc, "message", str(exc)))
