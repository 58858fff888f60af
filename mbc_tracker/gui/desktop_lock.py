"""Hearing, where the desktop says so, that the screen locked or the computer is about to sleep.

A protected record's window locks itself then (``gui.lock``), so that a laptop opened again, or
a screen unlocked by someone else, never shows a health detail without the passphrase. Desktops
that say so over D-Bus: the session bus's ``org.freedesktop.ScreenSaver`` (KDE, Xfce, Cinnamon,
MATE and others) and ``org.gnome.ScreenSaver`` (GNOME), whose ``ActiveChanged(bool)`` is true
when the screen locks or blanks; and the system bus's ``org.freedesktop.login1.Manager``
(systemd-logind), whose ``PrepareForSleep(bool)`` is true just before a suspend or hibernation.

Where a bus or a service is missing (Windows, macOS, a desktop without them, a test), nothing
happens and nobody is told: the idle time still locks the window. QtDBus itself is imported
only here, inside ``DesktopLockSignals.listen``, so a Qt without it never stops the app. The
slots can be called directly, as tests do.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

# (bus, service, object path, interface, signal, slot): every signal listened to.
_SESSION, _SYSTEM = "session", "system"
_SOURCES = (
    (
        _SESSION,
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        "screen_saver_changed(bool)",
    ),
    (
        _SESSION,
        "org.gnome.ScreenSaver",
        "/org/gnome/ScreenSaver",
        "org.gnome.ScreenSaver",
        "ActiveChanged",
        "screen_saver_changed(bool)",
    ),
    (
        _SYSTEM,
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        "sleep_coming(bool)",
    ),
)


class DesktopLockSignals(QObject):
    """What the desktop says about the screen and the computer's sleep.

    Signals:
        desktop_locked(): the screen locked (or the screen saver started), or the computer is
            about to suspend or hibernate.
    """

    desktop_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: tuple[str, ...] = ()  # the interfaces heard, for tests and curiosity

    def listen(self) -> tuple[str, ...]:
        """Listen on every bus that is there; the interfaces now heard (often none)."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus (Windows, macOS): nothing to hear
            return ()
        heard: list[str] = []
        buses = {_SESSION: QDBusConnection.sessionBus, _SYSTEM: QDBusConnection.systemBus}
        for bus_name, service, path, interface, signal, slot in _SOURCES:
            try:
                bus = buses[bus_name]()
                if not bus.isConnected():
                    continue
                # PySide takes the slot as SLOT()'s text; its stubs say bytes, which never connect.
                connected = bus.connect(  # type: ignore[call-overload]
                    service, path, interface, signal, self, SLOT(slot)
                )
                if connected:
                    heard.append(interface)
            except Exception:  # a broken bus must never stop the window: only the idle lock
                continue
        self.listening = tuple(heard)
        return self.listening

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        """``ActiveChanged``: true when the screen locked or blanked."""
        if active:
            self.desktop_locked.emit()

    @Slot(bool)
    def sleep_coming(self, starting: bool) -> None:
        """``PrepareForSleep``: true just before sleeping, false on waking up."""
        if starting:
            self.desktop_locked.emit()
