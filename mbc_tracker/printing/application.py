"""The Qt application that page painting needs: the running one, or a headless one made here.

Fonts and text layout need a ``QGuiApplication``. In the window the app's own ``QApplication``
is reused; on the command line (``mbc-tracker report``) none exists yet, so one is made on Qt's
"offscreen" platform, which needs no display: the PDF is the same either way. A bare
``QCoreApplication`` cannot lay out text and cannot be turned into a GUI one, so it is refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

# The application made here, kept alive for the rest of the process (Qt allows only one).
_made_here: list[QGuiApplication] = []


def ensure_gui_application() -> QGuiApplication:
    """The running ``QGuiApplication`` (or ``QApplication``), or a new offscreen one."""
    running = QCoreApplication.instance()
    if isinstance(running, QGuiApplication):
        return running
    if running is not None:
        raise RuntimeError(
            "A QCoreApplication is running: printing needs a QGuiApplication (or QApplication)."
        )
    # "-platform offscreen" wins over QT_QPA_PLATFORM, so a stray setting cannot ask for a
    # display that is not there.
    application = QGuiApplication(["mbc-tracker", "-platform", "offscreen"])
    _made_here.append(application)
    return application
