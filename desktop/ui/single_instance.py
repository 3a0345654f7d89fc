"""One running window per data dir: a second launch hands its files to the first one and exits."""

from __future__ import annotations

import getpass
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QEventLoop, QLockFile, QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

# Long enough for a busy first instance to answer, short enough that a hung one does not keep the
# second launch (and the person double-clicking) waiting.
TIMEOUT_MS = 3000
# How often a second launch knocks while the first is still starting and not yet listening.
RETRY_MS = 50
_MAX_MESSAGE = 1 << 20


def instance_key(data_dir: Path) -> str:
    """The local socket name for a data dir: the same for every spelling of the path, per user.

    The user is part of the key because on Unix the socket lives in the shared temp folder, and
    two people pointing LEAPS_DATA_DIR at one shared folder still each get their own window.
    """
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers and services)
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    path = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    # Qt's SHA-256, the same digest as hashlib's, without loading OpenSSL before the window shows.
    hashed = QCryptographicHash.hash(f"{user}\0{path}".encode(), QCryptographicHash.Algorithm.Sha256)
    digest = bytes(hashed.toHex().data()).decode()[:24]
    return f"leaps-{digest}"


class SingleInstance(QObject):
    """Claims a data dir for this launch, or hands this launch's files to the one that has it.

    The first launch holds a lock file (QtCore only, so it costs the start nothing) and, once its
    window is up, listens on a local socket with `listen()`, emitting `files_received`. A later
    launch finds the lock held (`claim()` is False), calls `hand_over(paths)` and exits. The message
    is one line of JSON, `{"files": [...]}`, answered by `ok`.
    """

    files_received = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(data_dir)
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.key}.lock"))
        # A lock is stale only when its process is gone, never because it is old: windows stay
        # open for days.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def claim(self) -> bool:
        """Hold this data dir's lock; False when another running launch holds it.

        A lock left by a crashed launch is taken over. Where no lock file can be made at all (an
        unwritable temp folder), the launch runs on its own rather than not at all.
        """
        if self._lock.isLocked() or self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        log.warning("cannot lock %s; running without single-instance", self._lock.fileName())
        return True

    def listen(self) -> bool:
        """Claim the data dir and serve later launches; False when another launch holds it."""
        if self.is_listening:
            return True
        if not self.claim():
            return False
        # QtNetwork loads only now, once the window is up: a first launch needs nothing of it sooner.
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        # Only this user's processes may connect (a socket file mode on Unix, a pipe ACL on Windows).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # This launch holds the lock, so whatever has the name is a socket file left by a crash.
            QLocalServer.removeServer(self.key)
            if not server.listen(self.key):
                log.warning(
                    "cannot listen on %s (%s); running without single-instance",
                    self.key,
                    server.errorString(),
                )
                server.deleteLater()
                return True
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def hand_over(self, paths: Sequence[str | os.PathLike[str]], timeout_ms: int = TIMEOUT_MS) -> bool:
        """Send file paths (made absolute: the first instance has its own working folder) to the
        running instance; True once it has confirmed. An empty list asks it to come to the front.

        The first launch may still be opening its window and not yet listening, so a refused
        connection is tried again until the timeout.
        """
        from PySide6.QtNetwork import QLocalSocket

        message = json.dumps({"files": [str(Path(p).absolute()) for p in paths]}) + "\n"
        # Waits run a local event loop rather than the socket's blocking waitFor* calls, which hold
        # Python's lock: the answering side may live in this very process (as in the tests).
        socket = QLocalSocket()
        loop = QEventLoop()
        deadline = QTimer(singleShot=True, interval=timeout_ms)
        retry = QTimer(singleShot=True, interval=RETRY_MS)
        reply = bytearray()

        def read() -> None:
            reply.extend(bytes(socket.readAll().data()))
            if b"\n" in reply:
                loop.quit()

        not_yet_listening = (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        )

        def failed(error: QLocalSocket.LocalSocketError) -> None:
            if error in not_yet_listening:
                retry.start()
            else:
                loop.quit()

        socket.connected.connect(lambda: socket.write(message.encode("utf-8")))
        socket.readyRead.connect(read)
        socket.disconnected.connect(loop.quit)
        socket.errorOccurred.connect(failed)
        retry.timeout.connect(lambda: socket.connectToServer(self.key))
        deadline.timeout.connect(loop.quit)
        deadline.start()
        socket.connectToServer(self.key)
        if not reply:
            loop.exec()
        deadline.stop()
        retry.stop()
        reply.extend(bytes(socket.readAll().data()))
        socket.abort()
        return bytes(reply).split(b"\n", 1)[0].strip() == b"ok"

    def close(self) -> None:
        """Stop listening, so a new launch becomes the instance (also frees the Unix socket file)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        data = self._buffers.get(connection, b"") + bytes(connection.readAll().data())
        if b"\n" not in data:
            if len(data) > _MAX_MESSAGE:  # not one of ours: drop it rather than grow for ever
                connection.abort()
            else:
                self._buffers[connection] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[connection] = b""
        try:
            files = json.loads(line.decode("utf-8"))["files"]
            if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
                raise TypeError("files is not a list of strings")  # internal: logged and dropped below
        except (ValueError, KeyError, TypeError) as error:
            log.warning("ignored a malformed message from another launch: %s", error)
            connection.abort()
            return
        connection.write(b"ok\n")
        connection.flush()
        connection.disconnectFromServer()
        self.files_received.emit(files)

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()
