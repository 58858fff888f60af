"""Qt's side of the language: the translators of the window's words and of Qt's own dialogs.

``services.language`` has already chosen and activated the language for every layer below the
window (``app.main`` does it before anything is written). Here the QApplication gets, for any
language but English, the app's compiled translations (``mbc_tracker_es.qm``, made from the
``.ts`` at build time) and Qt's own (``qtbase_es.qm`` from the PySide6 wheel: the buttons of
file dialogs and message boxes, the context menu of a text field), and Qt's default locale, so
date fields and number fields read the same way as the app's sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mbc_tracker.domain.language import ENGLISH, current_language, translation_file
from mbc_tracker.paths import translations_dir
from mbc_tracker.services.language import use_english

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def install_translators(app: QCoreApplication, language: str | None = None) -> bool:
    """Load the translators of ``language`` (default: the one in use) into ``app``.

    Returns False when the app's own translation could not be loaded (the window then stays in
    English, whose texts are the source, rather than mixing languages)."""
    language = current_language() if language is None else language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == ENGLISH:
        _english_locale()
        return True
    try:
        folder = translations_dir()
    except FileNotFoundError:
        return _english_everywhere()
    ours = QTranslator(app)
    # The .qm compiled from the .ts that services.language reads (Qt adds the ".qm").
    if not ours.load(translation_file(folder, language).stem, str(folder)):
        return _english_everywhere()
    QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    return True


def _english_everywhere() -> bool:
    """The window's words could not be loaded (a lost or damaged ``.qm``): the sentences, names
    and dates made below the window go back to English too, so no page mixes two languages."""
    use_english()
    _english_locale()
    return False


def _english_locale() -> None:
    """Qt's date and number fields in English on a computer set to another language."""
    if QLocale.system().language() != QLocale.Language.English:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
