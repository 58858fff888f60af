"""The lock: a protected record's window hides every health detail until its passphrase is typed.

A record protected with a passphrase is unreadable on disk, but an open window shows it to
anyone passing by. So after a time without use (Edit > Preferences: 1 to 60 minutes, or Off;
10 minutes is the app's adjustable default), when the desktop says the screen locked or the
computer is about to sleep (``gui.desktop_lock``), and at File > Lock now (Ctrl+L), the window
shows only ``LockPage``: the app's name, "This record is locked", a passphrase field and Unlock.
Nothing else that could name the person or their health stays visible: the pages, the banners,
the person's name in the title, every menu item but Quit, and the inside of every
other window of the app (a dialog gets a lock page of its own, since a dialog waiting for an
answer keeps the main window from taking any typing; unlocking in either unlocks all).

Nothing is closed or rebuilt: what was typed and not saved stays in its widgets, in memory only
(the app keeps no draft on disk, locked or not), and is there again after unlocking. The
passphrase is checked against the open record's key (``domain.protection.key_matches``) and is
not kept. There is no lock-out: a wrong passphrase only says so.

Idle time is measured without polling: while a protected record is open and the lock is on, an
application-wide event filter restarts one single-shot timer on every real input (keys, mouse
buttons, moves and wheel over the app's windows, touch, tablet). For a plain record, or with the
lock Off, there is no filter and no timer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mbc_tracker.domain.protection import key_matches
from mbc_tracker.gui import theme
from mbc_tracker.gui.desktop_lock import DesktopLockSignals
from mbc_tracker.gui.widgets import ErrorLabel, scaled_font
from mbc_tracker.paths import APP_NAME
from mbc_tracker.services.app_settings import LOCK_OFF

if TYPE_CHECKING:
    from mbc_tracker.gui.main_window import MainWindow
    from mbc_tracker.services.app_settings import AppSettings

# Events that mean a person is using the app (the idle time starts again from each).
USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)
# Watching for input costs a call into Python for every event the app delivers, thousands when
# a page is shown; measured in the window, that made showing Flags after a save 1.7x slower on
# a protected record. The idle time needs minutes, not every key: once input is seen, the
# filter steps aside this long, and the idle time counts from that input. The lock may so come
# up to this much sooner than the full idle time after the very last key (15 s of 10 minutes).
INPUT_SAMPLE_MS = 15_000
MAX_WIDGET_SIZE = 16_777_215  # Qt's QWIDGETSIZE_MAX
LOCK_PAGE_WIDTH_CHARS = 46
LOCK_EXEMPT = "mbcLockExempt"  # a window property: the lock's own question, never covered


class LockPage(QWidget):
    """What a locked window shows: the app's name, that the record is locked, the passphrase.

    Signals:
        unlock_requested(str): the person asked to unlock with this passphrase.
    """

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAccessibleName(self.tr("Locked record"))
        self.setAutoFillBackground(True)
        # In a scroll area: at large text in a small window, nothing is cut off.
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page_layout.addWidget(scroll)
        inside = QWidget(scroll)
        scroll.setWidget(inside)
        outer = QVBoxLayout(inside)
        outer.addStretch(1)
        column = QWidget(inside)
        width = self.fontMetrics().horizontalAdvance("0") * LOCK_PAGE_WIDTH_CHARS
        # A fixed width, so the wrapped sentences get the height their lines need.
        column.setFixedWidth(width)
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        self.app_name_label = QLabel(APP_NAME, column)
        self.app_name_label.setFont(scaled_font(self.font(), 1.1))
        self.heading = QLabel(self.tr("This record is locked"), column)
        self.heading.setFont(scaled_font(self.font(), 1.5))
        self.heading.setWordWrap(True)
        self.explanation = QLabel(
            self.tr(
                "Type the record’s passphrase to go on. While the window stays open, everything "
                "is kept as you left it, including what is not saved yet."
            ),
            column,
        )
        self.explanation.setWordWrap(True)
        passphrase_label = QLabel(self.tr("&Passphrase:"), column)
        self.passphrase_edit = QLineEdit(column)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setMinimumHeight(self.fontMetrics().height() * 2)
        passphrase_label.setBuddy(self.passphrase_edit)
        self.problem_label = ErrorLabel(self.passphrase_edit, column)
        self.show_box = QCheckBox(self.tr("&Show the passphrase"), column)
        self.show_box.setAccessibleName(self.tr("Show the passphrase"))
        self.show_box.toggled.connect(self._show_passphrase)
        self.unlock_button = QPushButton(self.tr("&Unlock"), column)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setAutoDefault(False)  # Enter is the field's, even inside a dialog
        self.unlock_button.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.unlock_button.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 14)
        self.unlock_button.clicked.connect(self._unlock_clicked)
        self.passphrase_edit.returnPressed.connect(self._unlock_clicked)
        self.forgotten_label = QLabel(
            self.tr(
                "A forgotten passphrase cannot be recovered, by anyone. Quitting is always "
                "safe for what is saved: it opens again with the passphrase (only changes not "
                "saved yet would be lost)."
            ),
            column,
        )
        self.forgotten_label.setWordWrap(True)
        self.forgotten_label.setStyleSheet(theme.muted_style(self.forgotten_label))
        self.forgotten_label.hide()  # after a passphrase that did not open the record
        for widget in (
            self.app_name_label,
            self.heading,
            self.explanation,
            passphrase_label,
            self.passphrase_edit,
            self.problem_label,
            self.show_box,
            self.unlock_button,
            self.forgotten_label,
        ):
            layout.addWidget(widget)
        layout.setAlignment(self.unlock_button, Qt.AlignmentFlag.AlignLeft)
        # Centred by stretches, not by an alignment: an aligned item is asked its height for
        # the whole width, and the wrapped sentences would be cut.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.passphrase_edit)

    @Slot(bool)
    def _show_passphrase(self, shown: bool) -> None:
        self.passphrase_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    @Slot()
    def _unlock_clicked(self) -> None:
        self.unlock_requested.emit(self.passphrase_edit.text())

    def show_wrong_passphrase(self) -> None:
        self.passphrase_edit.selectAll()
        self.problem_label.show_problem(
            self.tr("This passphrase does not open the record. Please check it and try again.")
        )
        self.forgotten_label.show()
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter and Escape stay here: inside a dialog they would answer the dialog hidden behind.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            event.accept()
            return
        super().keyPressEvent(event)


@dataclass
class _Curtain:
    """Another window of the app while locked: what was hidden in it, to show it again."""

    window: QWidget
    page: LockPage
    hidden: list[QWidget]
    title: str
    minimum: QSize
    maximum: QSize
    size: QSize
    constraint: QLayout.SizeConstraint | None


@dataclass
class _Locked:
    """What the main window looked like before it locked."""

    page: LockPage
    title: str
    shown: QWidget | None
    focus: QWidget | None
    hidden: list[QWidget] = field(default_factory=list)
    disabled: list[QAction] = field(default_factory=list)
    curtains: dict[int, _Curtain] = field(default_factory=dict)


class WindowLock(QObject):
    """Locks and unlocks ``window`` while it shows a protected record.

    Signals:
        locked(): the window now shows only the lock page.
        unlocked(): the right passphrase was typed; everything is shown again.
    """

    locked = Signal()
    unlocked = Signal()

    MINUTE_MS = 60_000  # tests make a minute shorter

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._state: _Locked | None = None
        self._filtering = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle_for_long)
        # After input was seen: when to start watching for it again (see INPUT_SAMPLE_MS).
        self.resume_timer = QTimer(self)
        self.resume_timer.setSingleShot(True)
        self.resume_timer.setInterval(INPUT_SAMPLE_MS)
        self.resume_timer.timeout.connect(self._watch_again)
        self.lock_action = QAction(self.tr("&Lock now"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(
            self.tr("Hide everything until the record’s passphrase is typed")
        )
        self.lock_action.triggered.connect(self.lock_now)
        self.lock_action.setEnabled(False)
        self.desktop = DesktopLockSignals(self)
        self.desktop.desktop_locked.connect(self.lock_now)
        self._listening = False
        window.record_switched.connect(self.refresh)

    # -- when to lock ---------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._state is not None

    def _protected(self) -> bool:
        record = self._window.record
        return record is not None and not record.closed and record.key is not None

    @Slot()
    def refresh(self) -> None:
        """Arm or disarm the lock for the record now open and the setting now chosen."""
        protected = self._protected()
        self.lock_action.setEnabled(protected and not self.is_locked)
        if protected and not self._listening:
            self._listening = True
            self.desktop.listen()
        minutes = self._settings.lock_after_minutes()
        armed = protected and minutes != LOCK_OFF and not self.is_locked
        self._filter_events(armed or self.is_locked)
        if armed:
            self.idle_timer.setInterval(minutes * self.MINUTE_MS)
            self.idle_timer.start()
        else:
            self.idle_timer.stop()
            self.resume_timer.stop()

    @Slot()
    def _watch_again(self) -> None:
        """The sample time after an input is over: watch for input again, the idle time still
        counted from that input."""
        armed = self._settings.lock_after_minutes() != LOCK_OFF
        if self._protected() and armed and not self.is_locked:
            self._filter_events(True)

    def set_minutes(self, minutes: int) -> None:
        """Keep a new idle time (Edit > Preferences) and count it from now."""
        if minutes != self._settings.lock_after_minutes():
            self._settings.set_lock_after_minutes(minutes)
        self.refresh()

    def _filter_events(self, wanted: bool) -> None:
        app = QApplication.instance()
        if wanted == self._filtering or app is None:
            return
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._state is not None and not self._protected():
            self._filter_events(False)  # closed while locked (quitting): nothing left to hide
        elif kind in USER_INPUT:
            if self._state is None:
                if self._protected():
                    self.idle_timer.start()
                    # Step aside until the next sample (refresh puts the filter back).
                    self._filter_events(False)
                    self.resume_timer.start()
                else:
                    self.refresh()  # the record was closed: no filter, no timer
        elif (
            self._state is not None
            and kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._cover_new_window(watched)
        elif self._state is not None and kind == QEvent.Type.Resize:
            curtain = self._state.curtains.get(id(watched))
            if curtain is not None and curtain.window is watched and _alive(curtain.page):
                curtain.page.setGeometry(curtain.window.rect())
        return False

    @Slot()
    def _idle_for_long(self) -> None:
        self.lock_now()

    # -- locking --------------------------------------------------------------------------------

    @Slot()
    def lock_now(self) -> bool:
        """Hide everything behind the lock page; False when there is nothing to lock."""
        if self.is_locked or not self._protected():
            return False
        window = self._window
        QToolTip.hideText()
        for _ in range(10):  # an open menu or list: closed (it holds nothing unsaved)
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        page = LockPage(window.stack)
        page.unlock_requested.connect(self.try_unlock)
        state = _Locked(
            page=page,
            title=window.windowTitle(),
            shown=window.stack.currentWidget(),
            focus=QApplication.focusWidget(),
        )
        self._state = state
        window.setWindowTitle(self.locked_title())
        window.windowTitleChanged.connect(self._keep_title)
        for action in self._actions_to_disable():
            state.disabled.append(action)
            action.setEnabled(False)
        self._hide_banners()
        window.stack.addWidget(page)
        window.stack.setCurrentWidget(page)
        window.stack.currentChanged.connect(self._keep_lock_page)
        for other in QApplication.topLevelWidgets():
            if other is not window and other.isVisible():
                self._cover(other)
        self.refresh()
        self._focus_lock_page()
        self.locked.emit()
        return True

    def locked_title(self) -> str:
        return self.tr("Locked — {app}[*]").format(app=APP_NAME)

    def _actions_to_disable(self) -> list[QAction]:
        keep = {self.lock_action, self._window.quit_action}
        found: list[QAction] = []

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                menu = action.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())
                if action not in keep and action.isEnabled() and not action.isSeparator():
                    found.append(action)

        for menu_action in self._window.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
        return found

    def _hide_banners(self) -> None:
        """Hide what the window shows around its pages (the demo and read-only lines)."""
        state, window = self._state, self._window
        central = window.centralWidget()
        if state is None or central is None:
            return
        for child in central.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child is not window.stack and not child.isHidden():
                child.hide()
                state.hidden.append(child)

    @Slot(str)
    def _keep_title(self, title: str) -> None:
        """The window named the person again (a rename cannot happen while locked, but a
        rebuild can): keep that for later and the locked title for now."""
        state = self._state
        if state is not None and title != self.locked_title():
            state.title = title
            self._window.setWindowTitle(self.locked_title())

    @Slot(int)
    def _keep_lock_page(self, _index: int) -> None:
        """The window put a page in front (the pages built again for new colours): it is the
        one to show after unlocking; the lock page stays in front until then."""
        state = self._state
        stack = self._window.stack
        if state is not None and stack.currentWidget() is not state.page:
            state.shown = stack.currentWidget()
            stack.setCurrentWidget(state.page)
            self._hide_banners()  # a banner made again with the pages

    def _cover(self, other: QWidget) -> None:
        """Hide what ``other`` shows behind a lock page of its own."""
        state = self._state
        if state is None or id(other) in state.curtains:
            return
        if other.property(LOCK_EXEMPT):
            return  # the lock's own question
        if other.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            other.hide()  # a tooltip or a list that popped up holds nothing unsaved
            return
        layout = other.layout()
        curtain = _Curtain(
            window=other,
            page=LockPage(other),
            hidden=[
                child
                for child in other.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if not child.isWindow() and not child.isHidden()
            ],
            title=other.windowTitle(),
            minimum=other.minimumSize(),
            maximum=other.maximumSize(),
            size=other.size(),
            constraint=layout.sizeConstraint() if layout is not None else None,
        )
        for child in curtain.hidden:
            child.hide()
        curtain.page.unlock_requested.connect(self.try_unlock)
        state.curtains[id(other)] = curtain
        other.setWindowTitle(self.locked_title())
        self._fit(curtain)
        curtain.page.show()
        curtain.page.raise_()

    def _fit(self, curtain: _Curtain) -> None:
        """Give a covered window room for its lock page (a message box sizes itself to its
        words, and with them hidden it would shrink to nothing)."""
        if self._state is None or id(curtain.window) not in self._state.curtains:
            return
        if not (_alive(curtain.window) and _alive(curtain.page)):
            return
        window, layout = curtain.window, curtain.window.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        wanted = curtain.page.sizeHint().expandedTo(curtain.page.minimumSizeHint())
        window.setMinimumSize(wanted)
        window.setMaximumSize(MAX_WIDGET_SIZE, MAX_WIDGET_SIZE)
        window.resize(curtain.size.expandedTo(wanted))
        curtain.page.setGeometry(window.rect())

    def _cover_new_window(self, other: QWidget) -> None:
        """A window shown while locked (a question after a covered dialog closed): covered at
        once, and fitted again once it has sized itself."""
        if other is self._window or other.windowType() in (
            Qt.WindowType.ToolTip,
            Qt.WindowType.Popup,
        ):
            return  # the File menu (Quit, Lock now) opened on the locked window, a tooltip
        self._cover(other)
        state = self._state
        if state is not None:
            curtain = state.curtains.get(id(other))
            if curtain is not None:
                QTimer.singleShot(0, self, lambda: self._fit(curtain))

    def _focus_lock_page(self) -> None:
        state = self._state
        if state is None:
            return
        page = state.page
        modal = QApplication.activeModalWidget()
        if modal is not None and id(modal) in state.curtains:
            page = state.curtains[id(modal)].page
        page.window().activateWindow()
        page.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- unlocking ------------------------------------------------------------------------------

    @Slot(str)
    def try_unlock(self, passphrase: str) -> bool:
        """Unlock when ``passphrase`` is the open record's; else say so by the field."""
        state = self._state
        record = self._window.record
        if state is None:
            return True
        if record is None or record.key is None:  # the record went (closed): nothing to hide
            self._unlock()
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            matches = key_matches(record.key, passphrase)
        finally:
            QApplication.restoreOverrideCursor()
        if not matches:
            for page in (state.page, *(curtain.page for curtain in state.curtains.values())):
                page.show_wrong_passphrase()
            self._focus_lock_page()
            return False
        self._unlock()
        return True

    def _unlock(self) -> None:
        state, self._state = self._state, None
        if state is None:
            return
        window = self._window
        window.windowTitleChanged.disconnect(self._keep_title)
        window.stack.currentChanged.disconnect(self._keep_lock_page)
        window.setWindowTitle(state.title)
        # Anything kept from before the lock may have been deleted since (pages built again,
        # a dialog closed): only what is still there is given back.
        for action in state.disabled:
            if _alive(action):
                action.setEnabled(True)
        for child in state.hidden:
            if _alive(child):
                child.show()
        shown = state.shown
        if shown is None or not _alive(shown) or window.stack.indexOf(shown) < 0:
            shown = window.pages or window.welcome_page or window.opening_label
        window.stack.setCurrentWidget(shown)
        window.stack.removeWidget(state.page)
        state.page.passphrase_edit.clear()
        state.page.deleteLater()
        for curtain in state.curtains.values():
            if _alive(curtain.window):
                self._uncover(curtain)
        self.refresh()
        focus = state.focus
        if focus is not None and _alive(focus) and focus.isVisible() and focus.window() is window:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.unlocked.emit()

    @staticmethod
    def _uncover(curtain: _Curtain) -> None:
        other = curtain.window
        curtain.page.hide()
        curtain.page.passphrase_edit.clear()
        curtain.page.deleteLater()
        for child in curtain.hidden:
            if _alive(child):
                child.show()
        other.setWindowTitle(curtain.title)
        other.setMinimumSize(curtain.minimum)
        other.setMaximumSize(curtain.maximum)
        layout = other.layout()
        if layout is not None and curtain.constraint is not None:
            layout.setSizeConstraint(curtain.constraint)
        other.resize(curtain.size)

    # -- quitting while locked ------------------------------------------------------------------

    def confirm_quit(self) -> bool:
        """Whether the locked window may close: with changes not saved, only after the person
        agrees to lose them (without showing them: that would undo the lock)."""
        if not self._window.isWindowModified():
            return True
        return self.ask_quit_losing_changes()

    def ask_quit_losing_changes(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quit without saving?"),
            self.tr(
                "Some changes are not saved yet. If you quit now they will be lost; what is "
                "saved is safe. To keep the changes, unlock the record first and save them."
            ),
            parent=self._window,
        )
        box.setProperty(LOCK_EXEMPT, True)
        quit_button = box.addButton(
            self.tr("Quit and lose them"), QMessageBox.ButtonRole.AcceptRole
        )
        stay = box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is quit_button


def _alive(thing: QObject) -> bool:
    """Whether the Qt object behind ``thing`` still exists (Qt may have deleted it)."""
    return shiboken6.isValid(thing)
