"""The lock, as a person meets it: a protected record's window left alone hides every health
detail behind the passphrase, and what was typed and not saved is there again after unlocking.

The record is protected once per module (deriving a key costs a third of a second) and copied
into each test's own data folder; every test opens its copy in a real main window. A check of
"nothing shown" walks every visible widget of every window of the app and reads what a person
(or a screen reader) would: labels, buttons, fields, lists, tables, tabs and window titles.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_tracker.domain.protection import RecordKey
from mbc_tracker.domain.records import Person, Treatment, TreatmentCategory
from mbc_tracker.gui.desktop_lock import DesktopLockSignals
from mbc_tracker.gui.lock import LockPage, WindowLock
from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.paths import DataPaths
from mbc_tracker.services.app_settings import AppSettings
from mbc_tracker.services.protection import protect_record
from mbc_tracker.services.record import Access, open_record

TODAY = dt.date(2026, 11, 21)
PASSPHRASE = "blue kettle morning"
NAME = "Ann Example"
DRUG = "Letrozole"
SYMPTOM = "Bone pain"
NOTE = "Walked to the shop with Maria"
HEALTH_WORDS = (NAME, DRUG, SYMPTOM, NOTE)


@pytest.fixture(scope="module")
def protected_record(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RecordKey]:
    """A protected record for Ann Example, who takes letrozole; and its key."""
    paths = DataPaths(tmp_path_factory.mktemp("protected") / "data").ensure()
    record = open_record(paths.default_record, paths)
    record.person.save(Person(name=NAME), today=TODAY)
    record.treatments.add(
        Treatment(TreatmentCategory.HORMONE_THERAPY, DRUG, TODAY - dt.timedelta(days=40)), TODAY
    )
    record.close()
    key = protect_record(paths.default_record, paths, PASSPHRASE).key
    assert key is not None
    return paths.default_record, key


@pytest.fixture
def open_window(
    qtbot: QtBot, data_paths: DataPaths, protected_record: tuple[Path, RecordKey]
) -> Iterator[Callable[..., MainWindow]]:
    """Open a main window on this test's copy of the protected record (or, with
    ``plain=True``, on a plain record for the same person)."""
    windows: list[MainWindow] = []

    def open_it(plain: bool = False) -> MainWindow:
        source, key = protected_record
        if plain:
            record = open_record(data_paths.default_record, data_paths)
            record.person.save(Person(name=NAME), today=TODAY)
        else:
            shutil.copyfile(source, data_paths.default_record)
            record = open_record(data_paths.default_record, data_paths, key=key)
        window = MainWindow(
            data_paths, AppSettings.load(data_paths.settings_file), today=lambda: TODAY
        )
        assert window._install_safely(record)
        window.resize(1024, 700)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield open_it
    for window in windows:
        window.confirm_leave = lambda *_args, **_kwargs: True  # type: ignore[method-assign]
        window.window_lock.confirm_quit = lambda: True  # type: ignore[method-assign]
        window.close()
        window.close_record()
        window.deleteLater()


# -- reading what is shown --------------------------------------------------------------------


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        texts.append(widget.text())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(index) for index in range(widget.count()))
    if isinstance(widget, QTabBar):
        texts.extend(widget.tabText(index) for index in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                texts.append(str(model.index(row, column).data() or ""))
    return texts


def shown_texts() -> str:
    """Every text a person could read in the app's windows just now, one per line."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                texts.extend(_texts_of(widget))
    return "\n".join(text for text in texts if text)


def health_words_shown() -> set[str]:
    shown = shown_texts().casefold()
    return {word for word in HEALTH_WORDS if word.casefold() in shown}


# -- helpers acting as a person ---------------------------------------------------------------


def type_on_today(qtbot: QtBot, window: MainWindow) -> None:
    """A bone pain of 7 and a note, typed on Today and not saved."""
    window.show_page(window.TODAY)
    today = window.today_view
    assert today is not None
    qtbot.mouseClick(today._scales["bone_pain"].button(7), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(today.note_edit, NOTE)
    assert today.has_unsaved_changes()


def lock_page(window: MainWindow) -> LockPage:
    page = window.stack.currentWidget()
    assert isinstance(page, LockPage)
    return page


def unlock_with(qtbot: QtBot, page: LockPage, passphrase: str) -> None:
    page.passphrase_edit.clear()
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)


def idle_for_long(window: MainWindow) -> None:
    """The idle time passed: its timer fires (tests never wait ten minutes)."""
    timer = window.window_lock.idle_timer
    assert timer.isActive()
    timer.stop()
    timer.timeout.emit()


# -- the lock hides everything; unlocking gives it all back -----------------------------------


def test_after_the_idle_time_no_health_detail_is_shown_and_the_typing_comes_back(
    qtbot: QtBot, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    window.show_page(window.TREATMENTS)
    assert DRUG in shown_texts()  # the check below can see a drug's name when one is shown
    type_on_today(qtbot, window)
    assert {NAME, SYMPTOM, NOTE} <= health_words_shown()
    monkeypatch.setattr(WindowLock, "MINUTE_MS", 20)  # 10 "minutes" are 0.2 seconds from here
    window.window_lock.refresh()

    qtbot.waitUntil(lambda: window.window_lock.is_locked, timeout=3000)  # nobody touched it

    assert health_words_shown() == set()
    assert "This record is locked" in shown_texts()
    page = lock_page(window)
    assert QApplication.focusWidget() is page.passphrase_edit
    assert page.passphrase_edit.echoMode() is QLineEdit.EchoMode.Password
    assert window.pages is not None and not window.pages.isVisible()
    assert window.isWindowModified()  # the title still says something is unsaved (no word of it)

    unlock_with(qtbot, page, PASSPHRASE)

    assert not window.window_lock.is_locked
    today = window.today_view
    assert today is not None and today.isVisible()
    assert today._scales["bone_pain"].value() == 7
    assert today.note_edit.toPlainText() == NOTE
    assert NAME in window.windowTitle()
    with qtbot.waitSignal(today.day_saved):
        qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    day = window.record.daylog.load_day(TODAY)  # type: ignore[union-attr]
    assert day.note == NOTE
    assert day.severities["bone_pain"] == 7


def test_a_wrong_passphrase_keeps_it_locked_and_says_so_calmly(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    type_on_today(qtbot, window)
    idle_for_long(window)
    page = lock_page(window)

    unlock_with(qtbot, page, PASSPHRASE + "x")

    assert window.window_lock.is_locked
    assert health_words_shown() == set()
    assert page.problem_label.isVisible()
    assert "does not open the record" in page.problem_label.text()
    assert page.forgotten_label.isVisible()
    assert "cannot be recovered" in page.forgotten_label.text()
    assert QApplication.focusWidget() is page.passphrase_edit
    assert page.unlock_button.isEnabled()  # no lock-out: try again at once

    page.show_box.setChecked(True)  # to see what was typed
    assert page.passphrase_edit.echoMode() is QLineEdit.EchoMode.Normal
    page.passphrase_edit.clear()
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.window_lock.is_locked
    assert window.today_view.note_edit.toPlainText() == NOTE  # type: ignore[union-attr]


def test_the_locked_window_offers_only_lock_and_quit(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    assert window.window_lock.lock_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Lock now
    assert window.window_lock.is_locked

    enabled = {
        action.text()
        for menu in window.menuBar().actions()
        if menu.menu() is not None
        for action in menu.menu().actions()  # type: ignore[union-attr]
        if action.isEnabled() and not action.isSeparator()
    }
    assert enabled == {"&Quit"}
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    file_menu.popup(window.mapToGlobal(QPoint(0, 0)))  # the File menu still opens, for Quit
    qtbot.waitUntil(file_menu.isVisible)
    assert window.quit_action in file_menu.actions() and window.quit_action.isEnabled()
    file_menu.close()
    assert "Ann" not in window.windowTitle() and "mbcrecord" not in window.windowTitle()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), LockPage)  # Ctrl+1 does not show Today

    unlock_with(qtbot, lock_page(window), PASSPHRASE)
    assert window.summary_action.isEnabled() and window.page_actions["today"].isEnabled()
    assert window.window_lock.lock_action.isEnabled()


def test_a_dialog_open_at_the_lock_is_covered_and_unlocks_in_place(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    """A dialog waiting for an answer keeps the main window from any typing, so it shows a
    lock page of its own; after unlocking it is as it was, with what was typed in it."""
    window = open_window()
    window.show_page(window.TREATMENTS)
    treatments = window.treatments_view
    assert treatments is not None
    seen: dict[str, object] = {}

    def while_the_form_is_open() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, QDialog)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        name_edit = next(edit for edit in form.findChildren(QLineEdit) if edit.text() == DRUG)
        seen["before"] = health_words_shown()
        window.window_lock.lock_now()
        seen["locked"] = health_words_shown()
        pages = [page for page in form.findChildren(LockPage) if page.isVisible()]
        seen["page in the form"] = len(pages)
        seen["focus"] = QApplication.focusWidget() is pages[0].passphrase_edit
        unlock_with(qtbot, pages[0], PASSPHRASE)
        seen["unlocked"] = not window.window_lock.is_locked
        seen["form shown again"] = name_edit.isVisible() and name_edit.text() == DRUG
        form.reject()

    QTimer.singleShot(0, while_the_form_is_open)
    treatments.edit_item(treatments.model.item(0))

    assert DRUG in seen["before"]  # type: ignore[operator]
    assert seen["locked"] == set()
    assert seen["page in the form"] == 1
    assert seen["focus"] is True
    assert seen["unlocked"] is True
    assert seen["form shown again"] is True
    assert not isinstance(window.stack.currentWidget(), LockPage)


def test_quitting_while_locked_asks_only_whether_to_lose_the_unsaved_changes(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    type_on_today(qtbot, window)
    window.window_lock.lock_now()
    asked: list[str] = []

    def answer(stay: bool) -> Callable[[], bool]:
        def ask() -> bool:
            asked.append(shown_texts())
            return not stay

        return ask

    window.window_lock.ask_quit_losing_changes = answer(stay=True)  # type: ignore[method-assign]
    window.confirm_leave = lambda *_a, **_k: pytest.fail("Today's question shows the day")  # type: ignore[method-assign]
    assert not window.close()
    assert window.isVisible() and window.window_lock.is_locked
    assert len(asked) == 1 and NOTE not in asked[0]

    window.window_lock.ask_quit_losing_changes = answer(stay=False)  # type: ignore[method-assign]
    assert window.close()
    assert window.record is None  # closed (what was saved is safe); the typing is gone


# -- when it locks, and when not --------------------------------------------------------------


def _user_input(window: MainWindow) -> list[QEvent]:
    centre = QPointF(window.rect().center())
    return [
        QMouseEvent(
            QEvent.Type.MouseMove,
            centre,
            centre,
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
        QWheelEvent(
            centre,
            centre,
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    ]


def test_input_starts_the_idle_time_again(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    lock = window.window_lock
    timer = lock.idle_timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == 10 * 60_000  # the app's default

    def watching_again() -> None:
        """As when the sample time after the last input has passed."""
        lock.resume_timer.stop()
        lock.refresh()
        timer.stop()

    watching_again()
    QApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))  # not the person
    assert not timer.isActive()
    qtbot.keyClick(window.today_view.note_edit, Qt.Key.Key_A)  # type: ignore[union-attr]
    assert timer.isActive()
    for event in _user_input(window):
        watching_again()
        QApplication.sendEvent(window.windowHandle(), event)
        assert timer.isActive(), event.type()
    watching_again()
    qtbot.mouseClick(window.today_view.note_edit, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    assert timer.isActive()


def test_after_input_the_watch_steps_aside_and_comes_back_without_restarting_the_count(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    """Watching every event cost a protected record 1.7x on a page shown after a save: once
    input is seen, the filter steps aside for the sample time (15 s), then watches again, the
    idle time still counted from that input."""
    from mbc_tracker.gui.lock import INPUT_SAMPLE_MS

    window = open_window()
    lock = window.window_lock
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: list[QEvent.Type] = []
    original = lock.eventFilter

    def counting(watched: QObject, event: QEvent) -> bool:
        seen.append(event.type())
        return original(watched, event)

    lock.eventFilter = counting  # type: ignore[method-assign]
    lock.resume_timer.stop()
    lock.refresh()
    qtbot.keyClick(window.today_view.note_edit, Qt.Key.Key_A)  # type: ignore[union-attr]
    assert lock.resume_timer.isActive() and lock.resume_timer.interval() == INPUT_SAMPLE_MS
    seen.clear()
    window.show_page("flags")  # hundreds of events, none of them watched
    qtbot.wait(50)
    assert seen == []
    remaining = lock.idle_timer.remainingTime()
    qtbot.wait(20)
    lock.resume_timer.stop()
    lock.resume_timer.timeout.emit()  # the sample time is over
    assert lock.idle_timer.isActive()
    assert lock.idle_timer.remainingTime() < remaining  # still counting from the key
    lock.idle_timer.stop()
    seen.clear()
    qtbot.keyClick(window.today_view.note_edit, Qt.Key.Key_B)  # type: ignore[union-attr]
    assert seen  # watching again
    assert lock.idle_timer.isActive()  # counted again from this key


def test_a_plain_record_never_locks_and_keeps_no_timer(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(plain=True)
    lock = window.window_lock
    assert not lock.idle_timer.isActive()
    assert not lock.lock_action.isEnabled()
    qtbot.keyClick(window.today_view.note_edit, Qt.Key.Key_A)  # type: ignore[union-attr]
    assert not lock.idle_timer.isActive()
    assert not lock.lock_now()
    lock.desktop.screen_saver_changed(True)
    lock.desktop.sleep_coming(True)
    assert not lock.is_locked and NAME in window.windowTitle()


def test_off_never_locks_by_itself_but_lock_now_still_does(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    lock = window.window_lock
    lock.set_minutes(0)
    assert AppSettings.load(window.paths.settings_file).lock_after_minutes() == 0
    assert not lock.idle_timer.isActive()
    qtbot.keyClick(window.today_view.note_edit, Qt.Key.Key_A)  # type: ignore[union-attr]
    assert not lock.idle_timer.isActive()
    assert not lock.is_locked

    window.window_lock.lock_action.trigger()
    assert lock.is_locked
    unlock_with(qtbot, lock_page(window), PASSPHRASE)
    assert not lock.is_locked and not lock.idle_timer.isActive()

    lock.set_minutes(5)
    assert lock.idle_timer.isActive() and lock.idle_timer.interval() == 5 * 60_000


@pytest.mark.parametrize("signal", ["screen locked", "screen saver stopped", "suspend", "resume"])
def test_the_desktop_locking_or_suspending_locks_the_window(
    open_window: Callable[..., MainWindow], signal: str
) -> None:
    window = open_window()
    desktop = window.window_lock.desktop
    if signal == "screen locked":
        desktop.screen_saver_changed(True)
    elif signal == "screen saver stopped":
        desktop.screen_saver_changed(False)
    elif signal == "suspend":
        desktop.sleep_coming(True)
    else:
        desktop.sleep_coming(False)
    assert window.window_lock.is_locked is (signal in ("screen locked", "suspend"))


def test_the_lock_time_is_chosen_in_preferences(
    qtbot: QtBot, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mbc_tracker.gui.preferences_dialog import PreferencesDialog

    window = open_window()
    person = window.record.person.get()  # type: ignore[union-attr]

    def choose_thirty_minutes(_person: Person) -> object:
        dialog = PreferencesDialog(person, window.look(), window, lock_minutes=10)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert dialog.lock_box.currentText() == "10 minutes"
        assert dialog.lock_box.itemText(dialog.lock_box.count() - 1).startswith("Off")
        dialog.lock_box.setCurrentIndex(dialog.lock_box.findData(30))
        return dialog.chosen()

    monkeypatch.setattr(window, "ask_preferences", choose_thirty_minutes)
    window.edit_preferences()
    assert window.window_lock.idle_timer.interval() == 30 * 60_000
    assert AppSettings.load(window.paths.settings_file).lock_after_minutes() == 30


def test_the_lock_page_is_named_for_screen_readers(
    open_window: Callable[..., MainWindow],
) -> None:
    window = open_window()
    window.window_lock.lock_now()
    page = lock_page(window)
    for widget in (page.passphrase_edit, page.show_box, page.unlock_button, page):
        assert widget.accessibleName()
    assert page.unlock_button.text() == "&Unlock"


def test_lock_now_has_its_own_letter_and_shortcut_in_the_file_menu(
    open_window: Callable[..., MainWindow],
) -> None:
    window = open_window()
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    actions = [action for action in file_menu.actions() if not action.isSeparator()]
    assert window.window_lock.lock_action in actions
    letters = [_mnemonic(action.text()) for action in actions]
    assert len(letters) == len(set(letters)), letters  # Alt+F then a letter reaches one item
    shortcuts = [
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    ]
    assert shortcuts.count("Ctrl+L") == 1


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_without_qtdbus_nothing_is_heard_and_nothing_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows and macOS builds may lack QtDBus: the idle time alone locks the window."""
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", None)  # import fails as without it
    assert DesktopLockSignals().listen() == ()


def test_nothing_typed_reaches_the_disk_in_plain_while_locked_or_after_saving(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    """The app keeps no draft of Today: the typing lives in its widgets only, and once saved
    it is in the protected record (and its backups) encrypted."""
    window = open_window()
    type_on_today(qtbot, window)
    window.window_lock.lock_now()
    window._backup_if_due()  # the hourly check may come while locked
    window.record.backup_now()  # type: ignore[union-attr]
    qtbot.wait(50)

    def plain_anywhere() -> list[Path]:
        return [
            path
            for path in window.paths.data_dir.rglob("*")
            if path.is_file() and NOTE.encode("utf-8") in path.read_bytes()
        ]

    assert plain_anywhere() == []
    unlock_with(qtbot, lock_page(window), PASSPHRASE)
    assert window.today_view.save()  # type: ignore[union-attr]
    window.record.backup_now()  # type: ignore[union-attr]
    assert plain_anywhere() == []


def test_pages_built_again_while_locked_stay_hidden_until_unlocking(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    """The desktop changing colours rebuilds the pages (keeping Today's typing): while locked,
    that must neither show them nor name the person in the title."""
    window = open_window()
    type_on_today(qtbot, window)
    window.window_lock.lock_now()

    window.refresh_look()
    qtbot.wait(20)  # the old pages are deleted meanwhile, the widget with the focus among them

    assert health_words_shown() == set()
    assert isinstance(window.stack.currentWidget(), LockPage)
    unlock_with(qtbot, lock_page(window), PASSPHRASE)
    assert window.stack.currentWidget() is window.pages
    assert window.today_view.note_edit.toPlainText() == NOTE  # type: ignore[union-attr]


def test_a_message_shown_while_locked_is_covered_too(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    window.window_lock.lock_now()
    seen: dict[str, object] = {}

    def look_then_answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QDialog)
        seen["words"] = health_words_shown()
        pages = [page for page in box.findChildren(LockPage) if page.isVisible()]
        seen["pages"] = len(pages)
        seen["roomy"] = bool(pages) and pages[0].height() >= pages[0].minimumSizeHint().height()
        box.done(0)

    QTimer.singleShot(50, look_then_answer)
    window.tell(f"About {NAME}", f"{NAME} takes {DRUG}.")

    assert seen == {"words": set(), "pages": 1, "roomy": True}
    assert window.window_lock.is_locked


def test_the_lines_around_the_pages_are_hidden_too_even_when_made_again(
    qtbot: QtBot,
    data_paths: DataPaths,
    protected_record: tuple[Path, RecordKey],
    open_window: Callable[..., MainWindow],
) -> None:
    """The read-only line (a record open for reading only) is hidden while locked, also after
    the pages and the line are made again in new colours, and shown again after unlocking."""
    window = open_window()
    _source, key = protected_record
    reading = open_record(data_paths.default_record, data_paths, Access.READ, key=key)
    assert window._install_safely(reading)
    banner = window.read_only_banner
    assert banner is not None and banner.isVisible()

    window.window_lock.lock_now()
    assert not banner.isVisible()
    window.refresh_look()
    qtbot.wait(20)
    remade = window.read_only_banner
    assert remade is not None and remade is not banner and not remade.isVisible()

    unlock_with(qtbot, lock_page(window), PASSPHRASE)
    assert remade.isVisible()
