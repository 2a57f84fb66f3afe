"""Project › Inbox… (the coordinator): the bundles that came in, what they brought and
what became of them, the laptops waiting for approval (by member), and conflicts shown
side by side (``conflict_view``) until a person picks a version, writes a merged text or
gives a new code, and confirms. The chosen version goes to the laptops that hold the
record as soon as the keys are open.

The coordinator's keys are opened once per dialog (key file and passphrase) and kept in
memory only. Importing runs in the background with progress, one round of
``merge.round.take_in`` (import, then answer): answers (receipts, erasure lists, renames)
are published right after, and a share that cannot be reached is said plainly while they
wait in the project's folder. With "by itself" ticked, the share is read every few minutes
for as long as the window (and so the keys) stays open.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import ProjectContext
from ui.merge.conflict_view import ConflictPanel
from ui.operations import run_in_background
from ui.widgets import (
    ErrorLabel,
    emphasise,
    fit_window,
    local_datetime_text,
    named,
    scrolled,
)
from veldwerk.bundle import keys as keymod
from veldwerk.merge import answers, decisions, inbox, overview
from veldwerk.merge.round import Round, after_decision, take_in
from veldwerk.sync import routes


class InboxDialog(QDialog):
    AUTO_MS = 5 * 60 * 1000  # how often "by itself" reads the share

    def __init__(self, context: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.keys: keymod.CoordinatorKeys | None = None
        self.busy = False  # a round is running: "by itself" skips its turn
        self.rounds = 0  # rounds finished (for the status line and tests)
        self._auto = QTimer(self)
        self._auto.setInterval(self.AUTO_MS)
        self._auto.timeout.connect(self._auto_round)
        self.setWindowTitle(self.tr("Inbox"))
        layout = QVBoxLayout(self)
        layout.addWidget(emphasise(QLabel(self.tr("Work from the team's laptops")), 1.3))
        row = QHBoxLayout()
        self.keys_label = QLabel(self.tr("Your keys are not open yet."))
        self.keys_label.setWordWrap(True)
        open_keys = named(QPushButton(self.tr("Open &keys…")), self.tr("Open keys"),
                          self.tr("Your key file and passphrase, to open the bundles"))
        open_keys.clicked.connect(self.ask_keys)
        row.addWidget(self.keys_label, 1)
        row.addWidget(open_keys)
        layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Bundles, laptops and conflicts"))
        self.tabs.addTab(self._bundles_tab(), self.tr("&Bundles"))
        self.tabs.addTab(self._laptops_tab(), self.tr("&Laptops"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("C&onflicts"))
        layout.addWidget(self.tabs, 1)
        self.error = ErrorLabel()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        context.changed.connect(self._refresh)
        self.refresh()
        fit_window(self, 980, 680)

    # -- building ---------------------------------------------------------------------

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setAccessibleName(name)
        return table

    def _bundles_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.bundles = self._table([self.tr("Came in"), self.tr("Laptop"), self.tr("State"),
                                    self.tr("What it brought"), self.tr("Conflicts"),
                                    self.tr("Why")], self.tr("Bundles"))
        layout.addWidget(self.bundles, 1)
        row = QHBoxLayout()
        fetch = named(QPushButton(self.tr("&Fetch from the share")),
                      self.tr("Fetch from the share"),
                      self.tr("Take in the new bundles from the team folder or share"))
        fetch.clicked.connect(self.fetch)
        self.fetch_button = fetch
        files = named(QPushButton(self.tr("Import bundle f&iles…")),
                      self.tr("Import bundle files"),
                      self.tr("Bundles on a USB stick or in a folder"))
        files.clicked.connect(self.import_files)
        self.files_button = files
        retry = named(QPushButton(self.tr("Try &again now")), self.tr("Try again now"),
                      self.tr("Bundles kept for a cause that passes (a full disk, a newer "
                              "Veldwerk, a laptop let in since) are tried again by themselves "
                              "after every round; this tries them now"))
        retry.clicked.connect(self.retry)
        self.retry_button = retry
        row.addWidget(fetch)
        row.addWidget(files)
        row.addWidget(retry)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()  # on a row of its own: at large text one row is too wide
        self.by_itself = named(QCheckBox(self.tr("&Take in new bundles by itself")),
                               self.tr("Take in new bundles by itself"),
                               self.tr("Every five minutes, from the share, while this "
                                       "window is open"))
        self.by_itself.toggled.connect(self._by_itself)
        row.addWidget(self.by_itself)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _laptops_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("A laptop sends bundles only once you let it in. Compare the "
                              "key's fingerprint with what the laptop shows under Project › "
                              "Delivery."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.laptops = self._table([self.tr("Member"), self.tr("Laptop's own name"),
                                    self.tr("Key fingerprint"), self.tr("State"),
                                    self.tr("Changes applied"), self.tr("Bundles come from"),
                                    self.tr("Answers go to")], self.tr("Laptops"))
        layout.addWidget(self.laptops, 1)
        row = QHBoxLayout()
        approve = named(QPushButton(self.tr("Let &in")), self.tr("Let in"),
                        self.tr("This laptop's bundles are taken in, also those waiting"))
        approve.clicked.connect(lambda: self.decide(decisions.APPROVED))
        self.approve_button = approve
        refuse = named(QPushButton(self.tr("&Refuse")), self.tr("Refuse"),
                       self.tr("This laptop's bundles are not taken in"))
        refuse.clicked.connect(lambda: self.decide(decisions.REJECTED))
        self.refuse_button = refuse
        skip = named(QPushButton(self.tr("&Skip refused bundle")),
                     self.tr("Skip refused bundle"),
                     self.tr("This laptop's later bundles go in past its bundle that could "
                             "not be taken in; the changes in that one are lost here"))
        skip.clicked.connect(self.skip)
        self.skip_button = skip
        row.addWidget(approve)
        row.addWidget(refuse)
        row.addWidget(skip)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflicts"))
        self.conflict_list.currentItemChanged.connect(lambda *_: self._show_conflict())
        layout.addWidget(self.conflict_list, 2)
        self.panel = ConflictPanel()
        self.panel.chosen.connect(lambda keep, merged, code: self.resolve(keep, merged, code))
        for name in ("ours", "theirs", "keep_ours", "take_theirs", "merged", "save_merged",
                     "new_code", "rename", "code_row"):
            setattr(self, name, getattr(self.panel, name))
        layout.addWidget(scrolled(self.panel), 3)  # scrolls at large text
        return page

    # -- reading ----------------------------------------------------------------------

    def _refresh(self, tables: frozenset[str]) -> None:
        if tables & overview.READS:
            self.refresh()

    def refresh(self) -> None:
        found, laptops, open_, places = self.context.read(lambda s: (
            overview.bundle_lines(s), decisions.devices(s), decisions.conflicts(s),
            {p.device_id: p for p in routes.laptops(s)}))
        self._fill(self.bundles, [(_when(b.received_at), b.laptop, b.state, b.brought,
                                   str(b.conflicts), b.reason) for b in found],
                   [b.file_name for b in found])
        self._fill(self.laptops, [
            (d.member_name or d.name, d.name, d.fingerprint, decisions.device_words(d.status),
             str(d.applied_through),
             places[d.device_id].delivers_to if d.device_id in places else "–",
             places[d.device_id].answers_to if d.device_id in places else "–")
            for d in laptops])
        self.laptop_ids = [(d.device_id, d.fingerprint) for d in laptops]
        chosen = self._current_conflict_id()
        self.conflict_list.clear()
        self.conflicts = {c.id: c for c in open_}
        for c in open_:
            item = QListWidgetItem(c.heading())
            item.setToolTip(c.describe())
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conflict_list.addItem(item)
            if c.id == chosen:
                self.conflict_list.setCurrentItem(item)
        if self.conflict_list.currentItem() is None and open_:
            self.conflict_list.setCurrentRow(0)
        self.tabs.setTabText(2, self.tr("C&onflicts ({n})").format(n=len(open_)))
        self._show_conflict()

    def _fill(self, table: QTableWidget, rows: list[tuple[str, ...]],
              tips: list[str] | None = None) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(tips[r] if tips and c == 0 else value)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    def _current_conflict_id(self) -> str:
        item = self.conflict_list.currentItem() if hasattr(self, "conflict_list") else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _show_conflict(self) -> None:
        self.panel.show_conflict(self.conflicts.get(self._current_conflict_id()))

    # -- doing ------------------------------------------------------------------------

    def _say(self, text_: str) -> None:
        self.error.show_message("")
        self.done_label.setText(text_)

    def _fail(self, exc: BaseException) -> None:
        self.done_label.setText("")
        self.error.show_message(str(exc))

    def ask_keys(self) -> bool:
        """Key file and passphrase; True once the keys are open."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Your key file"))
        if not path:
            return False
        passphrase, ok = QInputDialog.getText(self, self.tr("Passphrase"), self.tr(
            "Passphrase for the keys:"), QLineEdit.EchoMode.Password)
        if not ok:
            return False
        try:
            keys = keymod.load_coordinator_keys(Path(path), passphrase)
            inbox.check_coordinator(self.context.project, keys)
        except Exception as exc:  # a wrong passphrase or another project's keys
            self._fail(exc)
            return False
        self.keys = keys
        self.keys_label.setText(self.tr("Keys open (signing key {fp}); they stay in memory "
                                        "until this window closes.").format(
                                            fp=keymod.fingerprint(keys.signing_public)))
        self._say("")
        return True

    def _with_keys(self) -> keymod.CoordinatorKeys | None:
        if self.keys is None and not self.ask_keys():
            return None
        return self.keys

    def _by_itself(self, on: bool) -> None:
        if not on:
            self._auto.stop()
            return
        if self._with_keys() is None:
            self.by_itself.setChecked(False)
            return
        self._auto.start()
        self._auto_round()

    def _auto_round(self) -> None:
        if not self.busy:
            self._run(lambda project, keys: take_in(project, keys, share=True), "",
                      quiet=True)

    def done(self, result: int) -> None:
        """Closing ends "by itself": the keys leave memory with the window."""
        self._auto.stop()
        super().done(result)

    def _run(self, work: Any, label: str, quiet: bool = False) -> None:
        keys = self._with_keys()
        if keys is None:
            return
        self.busy = True
        project = self.context.project

        def job(_p, _c) -> Round:  # type: ignore[no-untyped-def]
            return work(project, keys)

        def done(result: Round) -> None:
            self.busy = False
            self.rounds += 1
            problem = result.problem or result.published.problem
            lines = inbox.summary_lines(result.outcomes) or [self.tr("Nothing new came in.")]
            if problem:
                lines.append(problem)
            if quiet:  # a round by itself says when, and only what it found
                lines.insert(0, self.tr("Looked at {time}.").format(
                    time=QDateTime.currentDateTime().toString("HH:mm")))
            self._say("\n".join(lines[-6:]))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._fail(exc)

        run_in_background(self, job, on_success=done, on_failure=failed,
                          label=None if quiet else label)

    def fetch(self) -> None:
        self._run(lambda project, keys: take_in(project, keys, share=True),
                  self.tr("Taking in bundles…"))

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Bundles to import"), "",
                                                self.tr("Veldwerk bundles (*.age)"))
        if not paths:
            return
        chosen = [Path(p) for p in paths]
        self._run(lambda project, keys: take_in(project, keys, files=chosen),
                  self.tr("Taking in bundles…"))

    def retry(self) -> None:
        self._run(lambda project, keys: take_in(project, keys, held=True),
                  self.tr("Trying the kept bundles again…"))

    def decide(self, status: str) -> None:
        row = self.laptops.currentRow()
        if row < 0 or row >= len(self.laptop_ids):
            self.error.show_message(self.tr("Choose a laptop in the list first."))
            return
        _device_id, fingerprint = self.laptop_ids[row]
        self.context.write(lambda s: decisions.decide(s, fingerprint, status),
                           on_success=lambda _d: self._decided(status), on_failure=self._fail)

    def _decided(self, status: str) -> None:
        if status == decisions.APPROVED:
            self._run(lambda project, keys: take_in(project, keys, held=True),
                      self.tr("Taking in bundles…"))
        else:
            self._say(self.tr("Refused: its bundles are not taken in."))

    def skip(self) -> None:
        """Past the laptop's bundle refused for good (asked first: its changes are lost)."""
        row = self.laptops.currentRow()
        if row < 0 or row >= len(self.laptop_ids):
            self.error.show_message(self.tr("Choose a laptop in the list first."))
            return
        device_id, _fingerprint = self.laptop_ids[row]
        name = self.laptops.item(row, 0).text()
        answer = QMessageBox.question(self, self.tr("Skip refused bundle"), self.tr(
            "The changes of {name} in its bundle that could not be taken in are then lost to "
            "this copy, and its later bundles go in. Skip them?").format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def skipped(result: tuple[int, int, str]) -> None:
            first, last, file = result
            said = self.tr("{name}: changes {first}–{last} (in {file}) are skipped and lost "
                           "to this copy.").format(name=name, first=first, last=last,
                                                   file=file)
            if self.keys is None:
                self._say(said + " " + self.tr("Its later bundles go in at the next import."))
                return
            self._say(said)
            self._run(lambda project, keys: take_in(project, keys, held=True),
                      self.tr("Taking in bundles…"))

        self.context.write(lambda s: inbox.skip_refused(s, device_id), on_success=skipped,
                           on_failure=self._fail)

    def resolve(self, keep: str = "", merged: str | None = None, code: str = "") -> None:
        """End the chosen conflict (the panel asked first), then send the resolution."""
        conflict_id = self._current_conflict_id()
        if not conflict_id:
            return
        me = self.context.project.device.id

        def work(session: Any) -> Any:
            return decisions.resolve(session, conflict_id, me, keep=keep, merged_text=merged,
                                     code=code)

        def done(result: Any) -> None:
            conflict, renamed = result
            self._say(self.tr("Resolved: {what}").format(what=conflict.title()))
            self._send(renamed)

        self.context.write(work, on_success=done, on_failure=self._fail)

    def _send(self, renamed: dict[str, Any]) -> None:
        """Resolutions (and a new code) go out when the keys are open; otherwise they wait
        for the next import with keys."""
        keys = self.keys
        project = self.context.project
        if keys is None:
            # A confirmed erasure's files and free pages go now, keys or not.
            run_in_background(self, lambda _p, _c: decisions.finish(project),
                              on_success=lambda _r: None, on_failure=self._fail)
            self.error.show_message(self.tr("The laptop keeps the old code until you open "
                                            "your keys and rename again.") if renamed else
                                    self.tr("The laptops keep their own version until your "
                                            "keys are open and the next bundles come in."))
            return

        def job(_p, _c) -> answers.Published:  # type: ignore[no-untyped-def]
            return after_decision(project, keys, renamed)

        run_in_background(self, job, on_success=lambda p: self._say(
            p.problem or self.tr("The laptops get the chosen version at their next sync.")),
            on_failure=self._fail)


def _when(stored: str) -> str:
    """A ledger time (UTC) in local time, as the rest of the app shows times."""
    try:
        moment = datetime.fromisoformat(stored).replace(tzinfo=UTC)
    except ValueError:
        return stored
    return local_datetime_text(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
