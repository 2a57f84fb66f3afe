"""The main window: the interview list with filters, and the doors to everything else."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import veldwerk
from ui import labels
from ui.context import ProjectContext
from ui.filter_bar import FilterBar
from ui.interviews.list_model import ID_ROLE, InterviewListModel
from ui.widgets import EmptyHint, fit_window, local_datetime_text, named, refit

if TYPE_CHECKING:  # loaded on first use: start-up paints the list before anything else
    from ui.interviews.editor import InterviewEditor
    from ui.story.story_window import StoryWindow
    from ui.sync.controller import SyncController
from ui.undo import DeleteCommand
from veldwerk import fields, listing, merge
from veldwerk.listing import ListQuery
from veldwerk.merge import overview
from veldwerk.reports.summary import summary


class _PaintWatch(QObject):
    """Tells once that the list has been painted (``--exit-when-ready``, start-up timing)."""

    painted = Signal()
    resized = Signal()
    seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.resized.emit()
            return False
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.painted.emit)
        return False


class MainWindow(QMainWindow):
    list_painted = Signal()

    def __init__(self, context: ProjectContext, on_switch_project: Callable[[], None],
                 on_preferences: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.context = context
        self._switch_project = on_switch_project
        self._on_preferences = on_preferences
        self.story: StoryWindow | None = None
        self.editors: dict[str, InterviewEditor] = {}  # opened on demand
        self.search_dialog: Any = None  # Edit › Search all notes, kept once opened
        self.undo_stack = QUndoStack(self)
        self.model = InterviewListModel(context)
        self.model.counted.connect(self._show_counts)
        self._build()
        self.context.changed.connect(self._on_changed)
        self._refresh_filters()
        self._refresh_counts()

    # layout

    def _build(self) -> None:
        self._show_title()
        fit_window(self, 1200, 760)

        self.search = named(QLineEdit(), self.tr("Search interviews"),
                            self.tr("Searches titles, places, summaries, tags and participant "
                                    "codes"))
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.filter_bar = FilterBar(fields.LIST)
        self.filters = self.filter_bar.combos  # by the filter's key in veldwerk/fields.py
        clear = named(QPushButton(self.tr("C&lear filters")), self.tr("Clear filters"))
        clear.clicked.connect(self.clear_filters)
        # Search on its own row: at 200 % text the filters need the whole width.
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(clear)
        filters = QHBoxLayout()
        for combo in self.filters.values():
            combo.currentIndexChanged.connect(self.apply_filters)
            filters.addWidget(combo, 1)

        self.table = named(QTableView(), self.tr("Interviews"),
                           self.tr("Press Enter to open the selected interview"))
        self.table.setModel(self.model)
        self.empty_hint = EmptyHint(self.table, "")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of("starts_at"), Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(lambda index: self.open_interview(index.row()))
        self._paint_watch = _PaintWatch(self)
        self._paint_watch.painted.connect(self.list_painted)
        self._paint_watch.resized.connect(self._fit_columns)
        self.table.viewport().installEventFilter(self._paint_watch)

        self.banner = QLabel()
        self.banner.setObjectName("saveWarning")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Read-only"))
        self.banner.setVisible(self.context.read_only)
        self.banner.setText(self.context.project.read_only_reason)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("Counts"))
        self.delivery = QLabel()
        self.delivery.setObjectName("deliveryStatus")
        self.delivery.setAccessibleName(self.tr("Delivery"))
        # Delivery on the left, taking what room there is (the whole text is its tooltip);
        # the counts keep their place on the right.
        self.delivery.setMinimumWidth(1)
        self.delivery.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.delivery, 1)
        self.waiting = QLabel()  # the coordinator's: what waits for them in the inbox
        self.waiting.setObjectName("inboxWaiting")
        self.waiting.setAccessibleName(self.tr("Waiting for you"))
        self.statusBar().addPermanentWidget(self.waiting)
        self.statusBar().addPermanentWidget(self.counts)
        self.sync: SyncController | None = None
        if self.context.project.joined and not self.context.read_only:
            from ui.sync.controller import SyncController  # deferred: start-up

            self.sync = SyncController(self.context, self)
            self.sync.status_changed.connect(self._show_delivery)
            self.sync.refresh()
        self.delivery.setVisible(self.sync is not None)
        self._build_actions()

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None
                = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&New interview…"), self.new_interview,
                                    QKeySequence.StandardKey.New,
                                    self.tr("Add an interview, observation, story…"))
        self.act_open = self._action(self.tr("&Open interview"), self.open_selected,
                                     QKeySequence.StandardKey.Open,
                                     self.tr("Open the selected interview (Enter or Ctrl+O)"))
        self.act_delete = self._action(self.tr("&Delete interview"), self.delete_selected,
                                       QKeySequence.StandardKey.Delete,
                                       self.tr("Move to the recycle bin (can be undone)"))
        self.act_people = self._action(self.tr("&Participants…"), self.show_participants,
                                       "Ctrl+Shift+P")
        self.act_setup = self._action(self.tr("Project &settings…"), self.show_setup,
                                      "Ctrl+Shift+S")
        self.act_bin = self._action(self.tr("&Recycle bin…"), self.show_recycle_bin)
        self.act_retention = self._action(self.tr("Re&tention…"), self.show_retention)
        self.act_delivery = self._action(self.tr("&Delivery…"), self.show_delivery,
                                         tip=self.tr("Where your work goes, and the "
                                                     "coordinator's keys and project files"))
        self.act_dashboard = self._action(self.tr("Dash&board…"), self.show_dashboard,
                                          "Ctrl+Shift+D", self.tr(
                                              "How far the project is: interviews, hours, "
                                              "consent, laptops"))
        self.act_export = self._action(self.tr("E&xport for analysis…"), self.show_export,
                                       "Ctrl+Shift+E", self.tr(
                                           "Tables (CSV) or a REFI-QDA project for ATLAS.ti, "
                                           "MAXQDA or NVivo, as consent allows"))
        self.act_inbox = self._action(self.tr("&Inbox…"), self.show_inbox, "Ctrl+Shift+I",
                                      self.tr("Bundles from the team's laptops, the laptops "
                                              "to let in, and conflicts"))
        self.act_sync = self._action(self.tr("S&ync now"), self.sync_now, "Ctrl+Shift+Y",
                                     self.tr("Deliver what waits to the coordinator now"))
        self.act_sync.setEnabled(self.sync is not None)
        self.act_form = self._action(self.tr("&Consent form…"), self.show_consent_form)
        self.act_story = self._action(self.tr("&Story mode"), self.show_story_mode,
                                      "Ctrl+Shift+V",
                                      self.tr("Record a story step by step, with large "
                                              "buttons"))
        self.act_switch = self._action(self.tr("Ot&her project…"), self._switch_project,
                                       "Ctrl+Shift+O",
                                       self.tr("Open another project, or a new one"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_find = self._action(self.tr("&Find"), self.search.setFocus,
                                     QKeySequence.StandardKey.Find)
        self.act_search = self._action(self.tr("&Search all notes…"), self.show_search,
                                       "Ctrl+Shift+F", self.tr(
                                           "Find words in every note, summary, moment and "
                                           "tag, and open the interview there"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        about = self._action(self.tr("&About Veldwerk"), self.about)
        self.act_preferences = self._action(self.tr("&Preferences…"), self.show_preferences,
                                            QKeySequence.StandardKey.Preferences,
                                            self.tr("Language, text size and colours"))
        # Ctrl+, everywhere (README says so); the system's own key too where it has one.
        self.act_preferences.setShortcuts(list(dict.fromkeys(
            [QKeySequence("Ctrl+,"),
             *QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)])))

        bar = self.menuBar()
        menu = bar.addMenu(self.tr("&Project"))
        for action in (self.act_setup, self.act_form, self.act_people, self.act_bin,
                       self.act_retention, self.act_dashboard, self.act_export,
                       self.act_delivery,
                       self.act_inbox, self.act_sync, self.act_switch):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        menu = bar.addMenu(self.tr("&Interview"))
        for action in (self.act_new, self.act_open, self.act_delete, self.act_story):
            menu.addAction(action)
        menu = bar.addMenu(self.tr("&Edit"))
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()
        menu.addAction(self.act_find)
        menu.addAction(self.act_search)
        menu.addSeparator()
        menu.addAction(self.act_preferences)
        bar.addMenu(self.tr("&Help")).addAction(about)

        if self.context.read_only:  # nothing here may change anything
            for action in (self.act_new, self.act_delete, self.act_setup, self.act_bin,
                           self.act_retention, self.act_form, self.act_story,
                           self.act_delivery, self.act_inbox):
                action.setEnabled(False)
        self.is_coordinator = bool(self.context.read(merge.is_coordinator))
        if not self.is_coordinator:
            self.act_inbox.setEnabled(False)
            self.act_inbox.setToolTip(self.tr("For the coordinator, once keys and project "
                                              "files are made (Project › Delivery)"))
            self.act_inbox.setStatusTip(self.act_inbox.toolTip())
        if self.context.project.joined:  # the coordinator sets these for the whole team
            for action in (self.act_setup, self.act_form, self.act_retention):
                action.setEnabled(False)
                action.setToolTip(self.tr("Set by the coordinator for the whole team"))
                action.setStatusTip(action.toolTip())
        self._show_waiting()
        # Two bars: when both do not fit side by side (large text, a small screen) the
        # second goes under the first, so no button hides behind ».
        self.toolbars: list[QToolBar] = []
        for title, name, actions in (
                (self.tr("Main toolbar"), "mainToolbar",
                 (self.act_new, self.act_open, self.act_story)),
                (self.tr("Project toolbar"), "projectToolbar", (self.act_people,
                                                                 self.act_setup))):
            tools = QToolBar(title)
            tools.setObjectName(name)
            tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tools.setMovable(False)
            for action in actions:
                tools.addAction(action)
            self.addToolBar(tools)
            self.toolbars.append(tools)
        self._wrapped = False

    # filters and counts

    def _fit_columns(self) -> None:
        """Every column as wide as what it usually shows, the title taking the rest; when
        that does not fit (large text, a small screen) the least needed columns give way.
        Cut-off text shows in full in its tooltip."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = metrics.horizontalAdvance("M")
        choices = self._choices if hasattr(self, "_choices") else {}

        def widest(texts: list[str], cap: int = 32) -> int:
            return max((metrics.horizontalAdvance(t[:cap]) for t in texts if t), default=0)

        def usual(field: fields.Field) -> list[str]:
            """What the column usually shows: its filter's choices, else its sample."""
            column = field.column
            assert column is not None
            if field.kind == "time":
                return [local_datetime_text(QDateTime(QDate(2026, 12, 31), QTime(23, 59)))]
            found = choices.get(field.filter.key, []) if field.filter else []
            if field.filter and isinstance(field.filter.options, fields.Vocabulary):
                show = column.show or field.show or str
                return [show(value) for value, _label in found]
            return [label for _value, label in found] or [column.sample]

        shown_fields = fields.columns()
        wanted = {}
        for number, field in enumerate(shown_fields):
            title = str(self.model.headerData(number, Qt.Orientation.Horizontal))
            wanted[number] = max(widest(usual(field), 18),
                                 header.fontMetrics().horizontalAdvance(title) + pad) + pad
        room = self.table.viewport().width()
        # by how much a reader needs them: at large text the last ones give way first
        shown = sorted(wanted, key=lambda n: shown_fields[n].column.use)  # type: ignore[union-attr]
        while len(shown) > 3 and sum(wanted[c] for c in shown) > room:
            shown.pop()
        stretch = [n for n, f in enumerate(shown_fields) if f.column.stretch]  # type: ignore[union-attr]
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column not in shown)
        for column in shown:
            if column not in stretch:
                self.table.setColumnWidth(column, wanted[column])
        rest = room - sum(wanted[c] for c in shown if c not in stretch)
        for column in stretch:
            self.table.setColumnWidth(column, max(wanted[column], rest))

    def _refresh_filters(self) -> None:
        self._choices = self.context.read(lambda s: listing.filter_choices(s, fields.LIST))
        self.filter_bar.fill(self._choices)

    def apply_filters(self) -> None:
        current = self.model.query
        self.model.set_query(ListQuery(self.search.text(), current.sort, current.descending,
                                       **self.filter_bar.chosen()))
        self._show_counts()

    def clear_filters(self) -> None:
        self.search.clear()
        self.filter_bar.clear()
        self.apply_filters()

    def _show_title(self) -> None:
        name = self._project_name()
        if self.context.read_only:
            title = self.tr("{project} – Veldwerk (read-only)")
        elif self.context.project.on_server:
            title = self.tr("{project} – Veldwerk (team database)")
        else:
            title = self.tr("{project} – Veldwerk")
        self.setWindowTitle(title.format(project=name))

    def _project_name(self) -> str:
        return self.context.read(listing.project_name)

    def _refresh_counts(self) -> None:
        """Project totals: read again only when data change, not on every filter."""
        self._facts = self.context.read(lambda s: summary(s, consent=False))
        self._show_counts()

    def _show_counts(self) -> None:
        facts = self._facts
        total = facts["interviews"]["total"]
        done = facts["interviews"]["by_status"]["done"]
        shown = self.model.total
        if shown is not None:
            self.empty_hint.say(self.tr(
                "No interviews yet. Make the first with Interview › New interview… (Ctrl+N), "
                "or record a story in story mode.") if total == 0 else self.tr(
                "No interview fits these filters. «Clear filters» shows them all again."))
            self.empty_hint.follow(shown == 0)
        text = self.tr("{shown} of {total} shown · {done} done · {people}").format(
            shown=self.tr("counting…") if shown is None else shown,
            total=labels.interviews(total), done=done,
            people=labels.participants(facts["participants"]))
        self.counts.setText(text)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & listing.READS:
            self.model.reload()
            self._refresh_counts()
        if tables & listing.FILTER_READS:
            self._refresh_filters()
        if tables & overview.READS:
            self._show_waiting()

    def _show_waiting(self) -> None:
        """The coordinator sees what waits for them (conflicts, laptops to let in,
        bundles that could not be taken in) without opening the inbox."""
        said = self.context.read(lambda s: overview.waiting(s).describe()) if (
            self.is_coordinator) else ""
        self.waiting.setText(said)
        self.waiting.setToolTip(self.tr("Project › Inbox… shows them") if said else "")
        self.waiting.setVisible(bool(said))

    # actions

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def new_interview(self) -> None:
        from ui.interviews.details_dialog import InterviewDetailsDialog  # deferred: start-up

        dialog = InterviewDetailsDialog(self.context, None, self)
        if dialog.exec() and dialog.saved_id:
            self.open_editor(dialog.saved_id)

    def open_selected(self) -> None:
        interview_id = self.selected_id()
        if interview_id:
            self.open_editor(interview_id)

    def open_interview(self, row: int) -> None:
        interview_id = self.model.row_id(row)
        if interview_id:
            self.open_editor(interview_id)

    def open_editor(self, interview_id: str) -> InterviewEditor:
        from ui.interviews.editor import InterviewEditor  # deferred: start-up

        editor = self.editors.get(interview_id)
        if editor is None:
            editor = InterviewEditor(self.context, interview_id)
            self.editors[interview_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        interview_id = self.selected_id()
        if interview_id is None:
            return
        title = self.model.data(self.model.index(index.row(), self.model.column_of("title")))
        editor = self.editors.pop(interview_id, None)
        if editor is not None:
            editor.close()
        self.undo_stack.push(DeleteCommand(
            self.context, "interview", interview_id,
            self.tr("Delete {title}").format(title=title)))
        self.statusBar().showMessage(self.tr("{title} moved to the recycle bin. Press Ctrl+Z to "
                                             "undo.").format(title=title), 10000)

    def take_place_of(self, old: MainWindow) -> None:
        """Where the window it replaces was (a new language, text size or colours), at
        the size the new text size wants (within the screen)."""
        self.restoreGeometry(old.saveGeometry())
        refit(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        first, second = self.toolbars
        wrap = first.sizeHint().width() + second.sizeHint().width() > self.width()
        if wrap != self._wrapped:
            self._wrapped = wrap
            if wrap:
                self.insertToolBarBreak(second)
            else:
                self.removeToolBarBreak(second)

    def show_participants(self) -> None:
        from ui.participants.dialog import ParticipantsDialog  # deferred: start-up

        ParticipantsDialog(self.context, self.undo_stack, self).exec()

    def show_setup(self) -> None:
        from ui.setup.project_dialog import ProjectSetupDialog  # deferred: start-up

        if ProjectSetupDialog(self.context, self).exec():
            self._show_title()

    def show_story_mode(self) -> StoryWindow:
        from ui.story.story_window import StoryWindow  # deferred: start-up

        if self.story is None:
            self.story = StoryWindow(self.context)
            self.story.full_app.connect(self._back_from_story)
        self.story.show()
        self.story.raise_()
        self.story.activateWindow()
        return self.story

    def _back_from_story(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def show_preferences(self) -> None:
        from ui.preferences_dialog import PreferencesDialog  # deferred: start-up

        if PreferencesDialog(self.context.settings, self).exec() and self._on_preferences:
            # After this slot returns: the shell closes this window and builds a new one.
            QTimer.singleShot(0, self._on_preferences)

    def show_consent_form(self) -> None:
        from ui.consent.template_dialog import TemplateDialog  # deferred: start-up

        TemplateDialog(self.context, self).exec()

    def show_retention(self) -> None:
        from ui.consent.retention_dialog import RetentionDialog  # deferred: start-up

        RetentionDialog(self.context, self).exec()

    def show_delivery(self) -> None:
        from ui.sync.delivery_dialog import DeliveryDialog  # deferred: start-up

        DeliveryDialog(self.context, self.sync, self).exec()

    def show_dashboard(self) -> None:
        from ui.reports.dashboard_dialog import DashboardDialog  # deferred: start-up

        DashboardDialog(self.context, self).exec()

    def show_search(self) -> None:
        from ui.search.search_dialog import SearchDialog  # deferred: start-up

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.context, self.open_hit, self)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()

    def open_hit(self, hit: Any) -> None:
        """Open what a search found: the interview at the topic or moment, or (a
        participant's note) the participants."""
        if hit.interview_id is None:
            self.show_participants()
            return
        self.open_editor(hit.interview_id).show_hit(hit.topic_id, hit.recording_id,
                                                    hit.offset_ms)

    def show_export(self) -> None:
        from ui.reports.export_dialog import ExportDialog  # deferred: start-up

        ExportDialog(self.context, self).exec()

    def show_inbox(self) -> None:
        from ui.merge.inbox_dialog import InboxDialog  # deferred: start-up

        InboxDialog(self.context, self).exec()

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync(now=True)

    def _show_delivery(self, short: str, full: str) -> None:
        self.delivery.setText(short)
        self.delivery.setToolTip(full)
        self.delivery.setAccessibleDescription(full)

    def show_recycle_bin(self) -> None:
        from ui.recycle_dialog import RecycleBinDialog  # deferred: start-up

        RecycleBinDialog(self.context, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Veldwerk"), self.tr(
            "Veldwerk {version}\nField interviews for neighbourhood research, offline first."
        ).format(version=veldwerk.__version__))

    def save_everything(self, timeout: float = 5.0) -> bool:
        """Stop running recordings (kept) and put every typed text on disk, without closing
        anything: for a shutdown signal and the session manager. False if some text could
        not be saved."""
        if self.story is not None:
            self.story.stop_recording()
        ok = True
        for editor in list(self.editors.values()):
            ok = editor.save_everything(timeout) and ok
        return ok

    def force_close(self) -> None:
        """After :meth:`save_everything`: close without asking (a shutdown signal)."""
        for editor in self.editors.values():
            editor.autosaver.stop()
            editor.hide()
            editor.deleteLater()
        self.editors.clear()
        if self.story is not None:
            self.story.hide()
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close every editor first: each saves its text or keeps itself open."""
        if self.sync is not None:
            self.sync.stop()
        if self.story is not None:
            self.story.stop_recording()  # kept, without asking: the whole app closes
            self.story.close()
        for interview_id, editor in list(self.editors.items()):
            if editor.isVisible() and not editor.close():
                event.ignore()
                return
            self.editors.pop(interview_id, None)
            if not editor.autosaver.has_unsaved():
                editor.deleteLater()
        event.accept()
