"""One running app per person and data folder: a second start brings the open window forward.

A second click on the icon while the app is open used to start a second window, which the record
lock then stopped with "wait or read only?", a question about a window nobody meant to open. Now
the second start finds the first, asks it to come forward, prints one line and ends: no window,
and the record is never touched. Command-line verbs never get here (they open no window), and
``--demo`` is left out: its fresh temporary folder makes every demo its own app.

"The same app" means the same user and the same data folder: the meeting point's name is made
from the user id and a hash of the resolved data folder (``server_name``), so two data folders
run side by side and other users never meet this one. Two parts, both in a folder only this user
can use (``$XDG_RUNTIME_DIR`` when it is set and private, else Qt's temporary folder):

- the claim (``Claim``), an exclusive operating-system lock on ``<name>.lock``, taken before the
  window is built: of two starts at the same moment exactly one gets it; the other waits for
  that one to listen and is answered like any later start. The system lets go of the lock when
  its process ends, however it ends, so a SIGKILLed app's leftover file is simply locked again.
  With the name and the address it costs 0.3 to 0.8 ms here.
- the server, a ``QLocalServer`` with ``UserAccessOption`` (Qt makes the socket in a private
  folder, sets it to 0700 and only then moves it into place, so other users cannot connect). It
  starts listening once the first window is painted: importing QtNetwork costs 6 to 10 ms here,
  and the first window does not wait for it. A crashed app leaves its socket file behind; the
  next app, holding the claim, tries to listen, and only when connecting to that address fails
  too does it remove the stale file and listen again.

A later start takes the claim if it is free (then it is the app) or connects and sends one line,
``activate <token>``, where the token is the desktop's activation token when the launcher gave one
(on Wayland a window may come forward only with it). The running app answers ``ok`` and emits
``activation_requested`` on its own thread; ``bring_forward`` does the rest. When no claim can be
made at all (a folder that cannot be written), or the running app does not answer within
``ANSWER_WITHIN_SECONDS`` (hung, or busy for that long), the start goes on as an app of its own,
as every start did before this module: the record lock is the backstop, and the second window
offers to wait or to open the record read only.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import time
from enum import Enum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate
from mbc_tracker.files import ExclusiveFile
from mbc_tracker.paths import APP_NAME, APP_SLUG

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# What a later start prints on the terminal, in the language in use (``already_open()``,
# ``no_answer()``); the constants are the English sentences.
_ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "SingleInstance", "{app} is already open for this data folder; its window was brought forward."
)
_NO_ANSWER = QT_TRANSLATE_NOOP(
    "SingleInstance",
    "{app} seems to be open for this data folder but did not answer; opening another window.",
)
ALREADY_OPEN = _ALREADY_OPEN.format(app=APP_NAME)
NO_ANSWER = _NO_ANSWER.format(app=APP_NAME)


def already_open() -> str:
    return translate("SingleInstance", _ALREADY_OPEN).format(app=APP_NAME)


def no_answer() -> str:
    return translate("SingleInstance", _NO_ANSWER).format(app=APP_NAME)


# A running app answers in milliseconds; it may be busy opening a large record at start-up.
ANSWER_WITHIN_SECONDS = 10.0
RETRY_EVERY_SECONDS = 0.05
# A connection that has not sent its line by then is dropped (it holds nothing of ours).
REQUEST_WITHIN_MS = 5000
MAX_REQUEST_BYTES = 1024
ANSWER_OK = b"ok"
# sun_path is 104 bytes on macOS and the BSDs (108 on Linux), the final NUL included.
MAX_SOCKET_PATH_BYTES = 103
# Activation tokens are short printable words; anything else is not passed on.
MAX_TOKEN_LENGTH = 512
TOKEN_ENVIRONMENT = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


class Request(StrEnum):
    """What a later start can ask of the running app (the first word of its line)."""

    ACTIVATE = "activate"
    # Close the window as if the person closed it (unsaved changes are asked about): for tests
    # and scripts that started an app and must end it cleanly.
    QUIT = "quit"


class Start(Enum):
    """How a start went: ``FIRST`` (this process is the app for its data folder), ``FORWARDED``
    (the running app took the request: end without a window), ``NOT_ANSWERED`` (an app holds
    the claim but did not answer in time) and ``ALONE`` (no claim can be made here): in the last
    two the window opens anyway, and the record lock keeps the record safe."""

    FIRST = "first"
    FORWARDED = "forwarded"
    NOT_ANSWERED = "not answered"
    ALONE = "alone"


def user_id() -> str:
    """This user: the numeric user id on POSIX, the account name on Windows."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import getpass

        return getpass.getuser()
    return str(os.getuid())


def server_name(data_dir: Path, user: str | None = None) -> str:
    """The meeting point's name for ``user`` (default: this one) and the data folder.

    ``mbc-tracker-<uid>-<hash>``: the same for every spelling of one folder (relative, through a
    link, ``~``), short whatever the folder's length, and different for another user or folder.
    A user name that is not a number (Windows) is hashed too, to keep the name plain ASCII.
    """
    user = user_id() if user is None else user
    folder = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{folder}".encode("utf-8", "surrogateescape"))
    tag = (
        user
        if user.isascii() and user.isdigit()
        else hashlib.sha256(user.encode("utf-8")).hexdigest()[:12]
    )
    return f"{APP_SLUG}-{tag}-{digest.hexdigest()[:24]}"


def _private_runtime_dir() -> Path | None:
    """``$XDG_RUNTIME_DIR`` when it is an absolute folder of this user that others cannot use."""
    value = os.environ.get("XDG_RUNTIME_DIR")
    if not value or not os.path.isabs(value):
        return None
    try:
        info = os.stat(value)
    except OSError:
        return None
    owned = sys.platform == "win32" or info.st_uid == os.getuid()
    if not stat.S_ISDIR(info.st_mode) or not owned or info.st_mode & 0o077:
        return None
    return Path(value)


def server_address(name: str, runtime_dir: Path | None = None) -> str:
    """Where the server listens: on POSIX the socket's full path, in the private runtime folder
    (default: ``$XDG_RUNTIME_DIR``), else Qt's temporary folder, else ``/tmp``, whichever first
    fits a socket path; on Windows the pipe's name itself."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return name
    folders = [runtime_dir if runtime_dir is not None else _private_runtime_dir()]
    folders += [Path(QDir.tempPath()), Path("/tmp")]
    for folder in folders:
        if folder is not None:
            address = os.path.join(folder, name)
            if len(os.fsencode(address)) <= MAX_SOCKET_PATH_BYTES:
                return address
    return os.path.join("/tmp", name)


class Claim:
    """An exclusive operating-system lock on one small file, held while this app runs.

    A ``files.ExclusiveFile`` (as the record lock is): the system lets go of it when the process
    ends, however it ends, so a crashed app leaves at most an unlocked file that the next start
    simply locks. Only a file of this user's own is used (the claim lives in a shared runtime or
    temporary folder). Nothing is written into it and it is never synced: it costs an open and a
    lock (QLockFile, tried first, syncs its file to disk, which took 2 to 13 ms on a busy disk).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = ExclusiveFile(path, own_only=True)

    @property
    def held(self) -> bool:
        return self._file.held

    def take(self) -> bool | None:
        """True once held, False while another process holds it, None when it cannot be
        taken here at all (no folder, no permission, another user's file, not a plain file)."""
        try:
            return self._file.take()
        except OSError:
            return None

    def release(self) -> None:
        """Let go (safe to call when not held)."""
        self._file.release()


def claim_path(name: str, address: str) -> Path:
    """The claim's lock file: beside the socket on POSIX, in the temporary folder on Windows."""
    if os.path.isabs(address):
        return Path(address + ".lock")
    return Path(QDir.tempPath()) / f"{name}.lock"  # pragma: no cover - Windows only


def activation_token() -> str:
    """The desktop's activation token given to this process, if it is a plain printable word."""
    for variable in TOKEN_ENVIRONMENT:
        token = valid_token(os.environ.get(variable, ""))
        if token:
            return token
    return ""


def valid_token(token: str) -> str:
    """``token`` when it is printable ASCII without spaces and not too long, else ''."""
    if len(token) > MAX_TOKEN_LENGTH or not all("!" <= char <= "~" for char in token):
        return ""
    return token


def ask_running_app(address: str, request: Request, within_seconds: float) -> bool | None:
    """Send ``request`` to the app listening at ``address``; True once it answered ``ok``.

    None when nobody listens there (no server, or a stale socket file), False when it was
    reached but gave no answer in time or closed the connection (it was quitting). Blocking,
    without an event loop: the asking process has no window and does nothing else meanwhile.
    """
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + within_seconds

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(remaining_ms()):
        return None
    try:
        token = activation_token() if request is Request.ACTIVATE else ""
        line = f"{request.value} {token}".strip() + "\n"
        socket.write(line.encode("ascii"))
        if not socket.waitForBytesWritten(remaining_ms()):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(remaining_ms()):
                return False
        return bytes(socket.readLine(MAX_REQUEST_BYTES).data()).strip() == ANSWER_OK
    finally:
        socket.abort()


def someone_listens(address: str) -> bool:
    """True when a server accepts connections at ``address`` (nothing is sent to it)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(address)
    listening = socket.waitForConnected(1000)
    socket.abort()
    return listening


def bring_forward(window: QWidget, token: str = "") -> None:
    """Show ``window`` above the others and give it the keyboard, as the person would.

    A minimized window is restored to the state it had (maximized stays maximized). A question
    the window is waiting on (a modal dialog) comes forward above it, since that is what needs
    an answer. On Wayland the launcher's activation token lets the compositor allow it; Qt reads
    it from the environment once and removes it there.
    """
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    target = QApplication.activeModalWidget() or window
    if target is not window:
        target.raise_()
    if token and QApplication.platformName() == "wayland":
        os.environ["XDG_ACTIVATION_TOKEN"] = token
    target.activateWindow()


class SingleInstance(QObject):
    """The claim on one data folder and, once listening, the answers to later starts.

    Signals:
        activation_requested(str): a later start asked for the window to come forward; the
            argument is the launcher's activation token, or ''.
        quit_requested(): a later start asked the window to close as the person would.
    """

    activation_requested = Signal(str)
    quit_requested = Signal()

    def __init__(
        self, data_dir: Path, runtime_dir: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.address = server_address(self.name, runtime_dir)
        self._claim = Claim(claim_path(self.name, self.address))
        self._server: QLocalServer | None = None

    @property
    def claimed(self) -> bool:
        return self._claim.held

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def start(
        self,
        request: Request = Request.ACTIVATE,
        within_seconds: float = ANSWER_WITHIN_SECONDS,
    ) -> Start:
        """Take the claim, or hand ``request`` to the app that holds it.

        Waits, up to ``within_seconds``, for an app that holds the claim but is not listening
        yet (it started a moment ago) or is quitting (its claim is then free): whichever comes
        first decides.
        """
        deadline = time.monotonic() + within_seconds
        while True:
            taken = self._claim.take()
            if taken:
                return Start.FIRST
            if taken is None:
                # The folder cannot be written, or another user's file sits there: no claim is
                # possible, and waiting would not change that.
                return Start.ALONE
            left = deadline - time.monotonic()
            answered = ask_running_app(self.address, request, max(left, 0.0))
            if answered:
                return Start.FORWARDED
            if time.monotonic() >= deadline:
                return Start.NOT_ANSWERED
            if answered is None:
                time.sleep(RETRY_EVERY_SECONDS)

    def listen(self) -> bool:
        """Answer later starts from now on (only with the claim); False when that cannot be."""
        if not self.claimed or self._server is not None:
            return self.listening
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        listening = server.listen(self.address)
        in_use = server.serverError() == QAbstractSocket.SocketError.AddressInUseError
        # A socket file left by an app that crashed (we hold the claim, so its holder is gone):
        # removed only when connecting to it fails, never a live server's address.
        if not listening and in_use and not someone_listens(self.address):
            QLocalServer.removeServer(self.address)
            listening = server.listen(self.address)
        if not listening:
            server.deleteLater()
            return False
        self._server = server
        return True

    def close(self) -> None:
        """Stop answering and let go of the claim (safe to call twice)."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
            server.deleteLater()
        self._claim.release()

    @Slot()
    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            if connection is not None:
                _Conversation(connection, self)

    def answer(self, line: bytes) -> bytes:
        """Act on one request line; return the answer."""
        word, _, rest = line.decode("ascii", "replace").strip().partition(" ")
        if word == Request.ACTIVATE.value:
            # Queued, so the answer is on its way before the window does anything.
            token = valid_token(rest.strip())
            QTimer.singleShot(0, self, lambda: self.activation_requested.emit(token))
            return ANSWER_OK
        if word == Request.QUIT.value:
            QTimer.singleShot(0, self, self.quit_requested.emit)
            return ANSWER_OK
        return b"unknown"


class _Conversation(QObject):
    """One connection from a later start: read its line, answer it, hang up."""

    def __init__(self, connection: QLocalSocket, instance: SingleInstance) -> None:
        super().__init__(instance)
        self._connection = connection
        self._instance = instance
        connection.setParent(self)
        connection.readyRead.connect(self._read)
        connection.disconnected.connect(self.deleteLater)
        QTimer.singleShot(REQUEST_WITHIN_MS, self, self._hang_up)
        self._read()

    @Slot()
    def _read(self) -> None:
        connection = self._connection
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_REQUEST_BYTES:
                self._hang_up()
            return
        line = bytes(connection.readLine(MAX_REQUEST_BYTES).data())
        connection.write(self._instance.answer(line) + b"\n")
        connection.disconnectFromServer()  # after what is written has gone

    @Slot()
    def _hang_up(self) -> None:
        self._connection.abort()
        self.deleteLater()
