"""Delivery in the background, for a laptop that joined a project: a round every few
minutes, at once when the network comes back, and when asked ("Sync now"). It keeps the
status the status bar shows: what waits, when it last went out, or why it did not."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QObject, QTimer, Signal

from ui.context import ProjectContext
from ui.operations import run_in_background
from ui.widgets import local_datetime_text
from veldwerk import labels as counted
from veldwerk.errors import Cancelled, VeldwerkError
from veldwerk.sync import outbox, run

INTERVAL_MS = 5 * 60 * 1000
FIRST_MS = 20 * 1000  # the first round waits until the app has settled


class SyncController(QObject):
    status_changed = Signal(str, str)  # short text, the whole story (tooltip)

    def __init__(self, context: ProjectContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.password: str | None = None  # typed this session, when there is no keyring
        self.running = False
        self.closed = False
        self.last: run.Report | None = None
        self.failure = ""
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync)
        self.timer.start()
        QTimer.singleShot(FIRST_MS, self.sync)
        context.changed.connect(lambda _tables: self.refresh())
        self._watch_network()
        self.refresh()

    def _watch_network(self) -> None:
        """When the network comes back, deliver at once instead of at the next round."""
        try:
            from PySide6.QtNetwork import QNetworkInformation  # deferred: heavy (PySide6.QtNetwork)
        except ImportError:
            return
        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation  # deferred: heavy (PySide6.QtNetwork)

        if reachability == QNetworkInformation.Reachability.Online:
            self.sync(now=True)

    def stop(self) -> None:
        self.closed = True
        self.timer.stop()

    def sync(self, now: bool = False) -> None:
        if self.running or self.closed or self.context.read_only:
            return
        self.running = True
        self.refresh()
        project, password = self.context.project, self.password
        run_in_background(None, lambda _progress, cancelled: run.sync_once(
            project, password, now=now, cancelled=cancelled),
            on_success=self._done, on_failure=self._failed)

    def _done(self, report: run.Report) -> None:
        self.running, self.last, self.failure = False, report, ""
        if not self.closed:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if self.closed or isinstance(exc, Cancelled):
            return
        self.failure = str(exc) if isinstance(exc, VeldwerkError) else self.tr(
            "Delivery stopped: {detail}").format(detail=exc)
        self.refresh()

    def refresh(self) -> None:
        if self.closed:
            return
        waiting = self.context.read(lambda s: outbox.waiting(s, self.context.device.id))
        short, full = self.describe(waiting)
        self.status_changed.emit(short, full)

    def describe(self, waiting: outbox.Waiting) -> tuple[str, str]:
        parts = []
        if waiting.changes:
            parts.append(counted.changes(waiting.changes))
        if waiting.recordings:
            parts.append(counted.recordings(waiting.recordings))
        if not parts and waiting.bundles:
            parts.append(counted.bundles(waiting.bundles))
        what = self.tr("{things} waiting").format(things=self.tr(" and ").join(parts)) \
            if parts else ""
        problem = self.failure or (self.last.problem if self.last else "") or waiting.problem
        if self.running:
            return self.tr("Delivering…"), what
        if problem and (parts or waiting.bundles):
            transient = self.last.transient if self.last and not self.failure else False
            head = (self.tr("No connection — will try again") if transient
                    else self.tr("Not delivered — see Project › Delivery"))
            return f"{what} · {head}" if what else head, problem
        if what:
            return what, what
        if waiting.last_delivered is not None:
            when = local_datetime_text(QDateTime(_local(waiting.last_delivered)))
            text = self.tr("Everything delivered (last {when})").format(when=when)
            return text, text
        return self.tr("Nothing to deliver yet"), ""


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)
