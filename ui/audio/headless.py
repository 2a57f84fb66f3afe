"""``veldwerk record --input default|NAME``: a microphone without a window, through the
same QtMultimedia capture and crash-safe LiveTake as the app (found by entry point)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QTimer, qInstallMessageHandler
from PySide6.QtMultimedia import QMediaDevices

from ui.audio import capture
from veldwerk.audio.live import LiveTake
from veldwerk.domain import Recording
from veldwerk.errors import AudioError
from veldwerk.i18n import translate

if TYPE_CHECKING:
    from veldwerk.projects import OpenProject


log = logging.getLogger(__name__)


def find_device(name: str):  # type: ignore[no-untyped-def]
    devices = capture.inputs()
    if name in ("", "default"):
        default = QMediaDevices.defaultAudioInput()
        if not default.isNull():
            return default
    else:
        wanted = name.casefold()
        for device in devices:
            if wanted in (device.description().casefold(),
                          device.id().data().decode(errors="replace").casefold()):
                return device
    names = ", ".join(d.description() for d in devices) or translate("Audio", "none")
    raise AudioError(translate("Audio", "No microphone called {name} was found.").format(
        name=name), hint=translate("Audio", "Microphones on this computer: {names}.").format(
            names=names))


def record_from_device(project: OpenProject, interview_id: str, name: str,
                       seconds: float | None, stopped: Callable[[], bool],
                       started: Callable[[Recording], None]) -> Recording | None:
    # Qt's own multimedia chatter (back-end probing) is noise on a command line: it goes
    # to the log; what the user needs to know comes as one plain line.
    QLoggingCategory.setFilterRules("qt.multimedia*=false")
    qInstallMessageHandler(lambda _kind, _context, message: log.info("Qt: %s", message))
    app = QCoreApplication.instance() or QCoreApplication([])
    device = find_device(name)
    take = LiveTake(project, interview_id, capture.pcm_format(), device.description())
    recorder = capture.Capture(device)
    problems: list[str] = []
    recorder.failed.connect(problems.append)
    started(recorder.start(take))
    watch = QTimer()
    watch.setInterval(100)

    def check() -> None:
        limit = seconds is not None and take.recorded_ms >= seconds * 1000
        if stopped() or limit or problems:
            watch.stop()
            app.quit()

    watch.timeout.connect(check)
    watch.start()
    app.exec()
    recording = recorder.stop()
    if problems:
        raise AudioError(problems[0], hint=translate(
            "Audio", "Everything recorded before this moment is kept."))
    return recording  # None: not a single sample came in
