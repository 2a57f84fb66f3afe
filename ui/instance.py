"""One app per project: the app that holds a project listens on a local socket, and a
second start on the same project asks it to come forward instead of opening a second
window that would overwrite the first one's work.

The project's lock decides who owns the project; this socket only carries the request.
A socket left by a crashed app is removed before listening (the lock shows that nobody
else can be listening on it).
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1500


def server_name(folder: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{user}:{folder.resolve()}".encode()
    return f"veldwerk-{hashlib.sha256(key).hexdigest()[:24]}"


class InstanceServer(QObject):
    wanted = Signal(str)  # another start asked for this app's window (and an interview id)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        QLocalServer.removeServer(name)  # safe: we hold the project's lock
        self._server.listen(name)
        self._server.newConnection.connect(self._answer)

    def _answer(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            if socket.waitForReadyRead(TIMEOUT_MS):
                line = bytes(socket.readLine().data()).decode(errors="replace").strip()
                if line.startswith("raise"):
                    socket.write(b"ok\n")
                    socket.waitForBytesWritten(TIMEOUT_MS)
                    self.wanted.emit(line.removeprefix("raise").strip())
            socket.disconnectFromServer()
            socket.deleteLater()

    def close(self) -> None:
        self._server.close()


def ask_running_app(folder: Path, interview_id: str = "") -> bool:
    """Ask the app that has ``folder`` open to come forward; True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(f"raise {interview_id}\n".encode())
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(
        socket.readLine().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return bool(answered)
