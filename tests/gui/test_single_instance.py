"""The app runs once per person and data folder: a second start brings the open window forward.

Most of these start the real app as a person would (``python -m mbc_tracker --data-dir D``,
offscreen, with the start-up probe on) and read its standard error to see when its record is
ready and when it was brought forward. Every process a test starts is killed at teardown, pass
or fail; each test keeps sockets and claims in its own runtime folder (``runtime_dir``, in
tests/conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.single_instance import (
    ALREADY_OPEN,
    MAX_SOCKET_PATH_BYTES,
    Claim,
    Request,
    SingleInstance,
    Start,
    ask_running_app,
    bring_forward,
    server_address,
    server_name,
    valid_token,
)
from mbc_tracker.paths import DATA_DIR_ENV

RECORD_READY_WITHIN = 90.0  # a loaded CI machine running tests in parallel is slow to start Qt
EXIT_WITHIN = 30.0


class AppProcess:
    """One running ``mbc-tracker`` whose standard error is read as it comes."""

    def __init__(self, command: list[str], environment: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            command,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._lines: list[str] = []
        self._ended = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._changed:
                self._lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    @property
    def stderr(self) -> str:
        with self._changed:
            return "".join(self._lines)

    def reported(self, moment: str) -> bool:
        with self._changed:
            return any(line.startswith(f"mbc-tracker-startup {moment}=") for line in self._lines)

    def wait_for(self, moment: str, within: float) -> bool:
        """True once the probe reported ``moment``; False if it did not within ``within`` s."""
        deadline = time.monotonic() + within
        with self._changed:
            while not self.reported(moment):
                left = deadline - time.monotonic()
                if self._ended or left <= 0:
                    return False
                self._changed.wait(left)
        return True

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=EXIT_WITHIN)
        self._reader.join(timeout=EXIT_WITHIN)


@pytest.fixture
def app_environment(runtime_dir: Path) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in (DATA_DIR_ENV, "XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        MBC_TRACKER_STARTUP_PROBE="1",
        XDG_RUNTIME_DIR=str(runtime_dir),
    )
    return environment


@pytest.fixture
def launch(app_environment: dict[str, str]) -> Iterator[Callable[..., AppProcess]]:
    """Start the app on a data folder; every app started is killed at teardown."""
    started: list[AppProcess] = []

    def start(data_dir: Path, *arguments: str) -> AppProcess:
        command = [sys.executable, "-m", "mbc_tracker", "--data-dir", str(data_dir), *arguments]
        app = AppProcess(command, app_environment)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()


@pytest.fixture
def run_app(app_environment: dict[str, str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the app (or a verb) to its end, with a time limit."""

    def run(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mbc_tracker", "--data-dir", str(data_dir), *arguments],
            env=app_environment,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=RECORD_READY_WITHIN,
            check=False,
        )

    return run


def address_of(data_dir: Path, runtime_dir: Path) -> str:
    return server_address(server_name(data_dir), runtime_dir)


def quit_app(app: AppProcess, data_dir: Path, runtime_dir: Path) -> int:
    """Ask the app to close as the person would; its exit code."""
    assert ask_running_app(address_of(data_dir, runtime_dir), Request.QUIT, EXIT_WITHIN)
    return app.process.wait(timeout=EXIT_WITHIN)


# -- starting twice --------------------------------------------------------------------------


def test_a_second_start_brings_the_running_window_forward_and_opens_nothing(
    launch: Callable[..., AppProcess],
    run_app: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
    runtime_dir: Path,
) -> None:
    data_dir = tmp_path / "data"
    first = launch(data_dir)
    assert first.wait_for("record_ready", RECORD_READY_WITHIN), first.stderr

    started = time.monotonic()
    second = run_app(data_dir)
    took = time.monotonic() - started

    assert second.returncode == 0, second.stderr
    # One line, and no window: the probe never reported one being shown.
    assert second.stderr.strip() == ALREADY_OPEN
    assert took < EXIT_WITHIN
    assert first.wait_for("activated", EXIT_WITHIN), first.stderr
    assert first.process.poll() is None  # still running, and still the only window

    assert quit_app(first, data_dir, runtime_dir) == 0
    assert "Traceback" not in first.stderr
    assert list(runtime_dir.iterdir()) == []  # its socket and its claim are gone with it


def test_command_line_verbs_still_run_beside_the_open_window(
    launch: Callable[..., AppProcess],
    run_app: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
    runtime_dir: Path,
) -> None:
    data_dir = tmp_path / "data"
    first = launch(data_dir)
    assert first.wait_for("record_ready", RECORD_READY_WITHIN), first.stderr

    export = run_app(data_dir, "export", str(tmp_path / "record.json"))

    assert export.returncode == 0, export.stderr
    assert (tmp_path / "record.json").is_file()
    assert ALREADY_OPEN not in export.stderr
    assert not first.reported("activated")
    assert quit_app(first, data_dir, runtime_dir) == 0


def test_an_app_killed_with_sigkill_does_not_stop_the_next_start(
    launch: Callable[..., AppProcess],
    run_app: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
    runtime_dir: Path,
) -> None:
    data_dir = tmp_path / "data"
    first = launch(data_dir)
    assert first.wait_for("record_ready", RECORD_READY_WITHIN), first.stderr
    socket_file = Path(address_of(data_dir, runtime_dir))
    deadline = time.monotonic() + EXIT_WITHIN
    while not socket_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # it listens from the turn of the event loop after the record opened
    first.process.kill()
    first.process.wait(timeout=EXIT_WITHIN)
    # What a crash leaves behind: the socket file and the claim's file (no longer locked).
    assert socket_file.exists()

    second = run_app(data_dir, "--quit-after-startup")

    assert second.returncode == 0, second.stderr
    assert "mbc-tracker-startup record_ready=" in second.stderr
    assert ALREADY_OPEN not in second.stderr
    assert "Traceback" not in second.stderr


def test_another_data_folder_starts_its_own_app(
    launch: Callable[..., AppProcess],
    run_app: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
    runtime_dir: Path,
) -> None:
    first = launch(tmp_path / "mine")
    assert first.wait_for("record_ready", RECORD_READY_WITHIN), first.stderr

    other = run_app(tmp_path / "mums", "--quit-after-startup")

    assert other.returncode == 0, other.stderr
    assert "mbc-tracker-startup record_ready=" in other.stderr
    assert ALREADY_OPEN not in other.stderr
    assert not first.reported("activated")
    assert quit_app(first, tmp_path / "mine", runtime_dir) == 0


def test_two_starts_at_the_same_moment_make_one_window(
    launch: Callable[..., AppProcess], tmp_path: Path, runtime_dir: Path
) -> None:
    data_dir = tmp_path / "data"
    both = [launch(data_dir), launch(data_dir)]

    ended = []
    deadline = time.monotonic() + RECORD_READY_WITHIN
    while not ended and time.monotonic() < deadline:
        ended = [app for app in both if app.process.poll() is not None]
        time.sleep(0.05)

    assert len(ended) == 1, [app.stderr for app in both]
    (second,) = ended
    (first,) = [app for app in both if app is not second]
    second.stop()  # reads the rest of its output
    assert second.process.returncode == 0, second.stderr
    assert second.stderr.strip() == ALREADY_OPEN
    assert first.wait_for("activated", EXIT_WITHIN), first.stderr
    assert first.wait_for("record_ready", RECORD_READY_WITHIN), first.stderr
    assert quit_app(first, data_dir, runtime_dir) == 0


# -- in one process: the claim and the answers -----------------------------------------------


def test_a_start_while_the_claim_is_held_waits_for_an_answer_then_runs_anyway(
    qtbot: QtBot, tmp_path: Path, runtime_dir: Path
) -> None:
    running = SingleInstance(tmp_path / "data")
    assert running.start() is Start.FIRST
    assert running.listen()
    try:
        # This thread serves ``running`` but is busy asking, so no answer can come: as with a
        # running app that hangs. The start then goes on as an app of its own.
        started = time.monotonic()
        assert SingleInstance(tmp_path / "data").start(within_seconds=0.5) is Start.NOT_ANSWERED
        assert time.monotonic() - started >= 0.5
    finally:
        running.close()

    later = SingleInstance(tmp_path / "data")
    assert later.start(within_seconds=0.5) is Start.FIRST  # the claim is free again
    later.close()


def test_a_folder_that_cannot_hold_the_claim_starts_alone_at_once(
    qtbot: QtBot, tmp_path: Path, runtime_dir: Path
) -> None:
    started = time.monotonic()
    instance = SingleInstance(tmp_path / "data", runtime_dir=runtime_dir / "missing")
    assert instance.address.startswith(str(runtime_dir / "missing"))

    assert instance.start() is Start.ALONE
    assert time.monotonic() - started < 1.0  # no waiting for an answer that cannot come
    assert not instance.listen()


def test_the_claim_has_one_holder_at_a_time_and_its_file_goes_with_it(tmp_path: Path) -> None:
    path = tmp_path / "name.lock"
    first, second = Claim(path), Claim(path)

    assert first.take() is True
    assert second.take() is False
    first.release()
    assert not path.exists()
    assert second.take() is True
    second.release()


def test_a_claim_file_left_by_a_crash_is_simply_taken_again(tmp_path: Path) -> None:
    path = tmp_path / "name.lock"
    path.write_bytes(b"")
    path.chmod(0o600)
    claim = Claim(path)

    assert claim.take() is True
    claim.release()


@pytest.mark.parametrize("there", ["link", "folder", "another user's file"])
def test_no_claim_is_made_through_what_is_not_a_plain_file_of_ours(
    tmp_path: Path, there: str
) -> None:
    path = tmp_path / "name.lock"
    if there == "link":
        path.symlink_to(tmp_path / "elsewhere")
    elif there == "folder":
        path.mkdir()
    else:
        if os.getuid() != 0:
            pytest.skip("only root can give a file to another user")
        path.write_bytes(b"")
        os.chown(path, 4242, 4242)

    assert Claim(path).take() is None
    assert not (tmp_path / "elsewhere").exists()


def test_the_running_app_answers_activate_and_quit_on_its_own_thread(
    qtbot: QtBot, tmp_path: Path, runtime_dir: Path
) -> None:
    instance = SingleInstance(tmp_path / "data")

    with qtbot.waitSignal(instance.activation_requested) as activation:
        assert instance.answer(b"activate kwin-42_ab.c\n") == b"ok"
    assert activation.args == ["kwin-42_ab.c"]
    with qtbot.waitSignal(instance.activation_requested) as activation:
        assert instance.answer(b"activate\n") == b"ok"
    assert activation.args == [""]
    with qtbot.waitSignal(instance.quit_requested):
        assert instance.answer(b"quit\n") == b"ok"
    with qtbot.assertNotEmitted(instance.activation_requested, wait=50):
        assert instance.answer(b"format the disk\n") == b"unknown"


@pytest.mark.parametrize(
    ("token", "passed_on"),
    [
        ("kwin-42_ab.c", "kwin-42_ab.c"),
        ("gnome-shell/Terminal/1234-5-host_TIME567", "gnome-shell/Terminal/1234-5-host_TIME567"),
        ("", ""),
        ("two words", ""),
        ("line\nbreak", ""),
        ("é", ""),
        ("x" * 5000, ""),
    ],
)
def test_only_a_plain_activation_token_is_passed_on(token: str, passed_on: str) -> None:
    assert valid_token(token) == passed_on


def test_bringing_forward_restores_a_minimized_window_as_it_was(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMaximized()
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
    assert window.isMinimized()

    bring_forward(window)

    assert not window.isMinimized()
    assert window.isMaximized()
    assert window.isVisible()


def test_bringing_forward_raises_the_question_the_window_waits_on(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    question = QDialog(window)
    question.setModal(True)
    question.show()
    qtbot.waitExposed(question)
    activated: list[object] = []
    question.activateWindow = lambda: activated.append(question)  # type: ignore[method-assign]
    window.activateWindow = lambda: activated.append(window)  # type: ignore[method-assign]

    bring_forward(window)

    assert activated == [question]
    question.close()


# -- the meeting point's name ----------------------------------------------------------------


def test_the_name_is_one_per_user_and_data_folder(tmp_path: Path) -> None:
    mine, mums = tmp_path / "mine", tmp_path / "mums"

    assert server_name(mine, user="1000") != server_name(mums, user="1000")
    assert server_name(mine, user="1000") != server_name(mine, user="1001")
    assert server_name(mine, user="1000").startswith("mbc-tracker-1000-")
    assert server_name(mine) == server_name(mine, user=str(os.getuid()))


def test_every_spelling_of_one_folder_gives_the_same_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    link = tmp_path / "link"
    link.symlink_to(folder)
    monkeypatch.chdir(tmp_path)

    spellings = [folder, link, Path("data"), folder / ".." / "data", Path(f"{folder}/")]
    assert {server_name(spelling) for spelling in spellings} == {server_name(folder)}
    # A folder not made yet already has the name it will have once made.
    assert server_name(tmp_path / "later") == server_name(Path("later"))


def test_the_name_is_the_same_in_every_process(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from mbc_tracker.gui.single_instance import server_name\n"
        "print(server_name(Path(sys.argv[1])))"
    )
    other_process = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        capture_output=True,
        text=True,
        check=True,
        timeout=EXIT_WITHIN,
    )
    assert other_process.stdout.strip() == server_name(tmp_path / "data")


def test_the_address_fits_a_socket_path_however_long_the_folders(tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 120)
    name = server_name(deep)

    assert len(name) <= 64 and name.isascii()  # Windows pipe names: at most 256
    short = Path("/run/user/1000")
    assert server_address(name, short) == f"/run/user/1000/{name}"
    long_runtime = tmp_path.joinpath(*["runtime"] * 20)
    fallback = server_address(name, long_runtime)
    assert len(os.fsencode(fallback)) <= MAX_SOCKET_PATH_BYTES
    assert fallback.endswith("/" + name)
