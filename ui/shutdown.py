"""Logout, shutdown and ``kill`` send SIGTERM (a terminal SIGINT or SIGHUP): save
everything and stop a running recording, keeping it, then end with exit code 0.

Python runs signal handlers only between bytecodes, and Qt's event loop is C++: the
signal is therefore written to a socket (``signal.set_wakeup_fd``) that a
``QSocketNotifier`` watches, which wakes the event loop and runs the shutdown there.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                if hasattr(signal, name))


class ShutdownSignals(QObject):
    def __init__(self, shut_down: Callable[[], None]) -> None:
        super().__init__()
        self._shut_down = shut_down
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._noted) for number in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._done = False

    def _noted(self, _number: int, _frame: object) -> None:
        """The Python-level handler: the wake-up byte has already been written."""

    def _woken(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(64)
        if not self._done:
            self._done = True
            self._shut_down()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()
