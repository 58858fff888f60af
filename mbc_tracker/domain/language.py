"""The app's words in the person's language, for every layer that has no Qt.

The window's own words go through Qt (``self.tr()``, a ``QTranslator``), but much of what a
person reads is made below the GUI: the clinic summary's sentences, the command line's messages,
the errors a service gives by a field, reminder titles. Those call ``translate(context, text)``
here. ``pyside6-lupdate`` finds these calls exactly as it finds ``QCoreApplication.translate``
(same name, same arguments), so every word of the app, in every layer, lives in one ``.ts`` file
per language under ``resources/translations/``, and a translator works in one place. This module
reads the finished translations of that file (the ``.ts`` source itself: the compiled ``.qm`` is
Qt's format, and this layer must not need Qt) when a language other than English is chosen.

Plurals: write ``translate(ctx, "%n doses", n=count)``. lupdate's Python reader does not see that
a ``translate()`` call has a count, so ``tools/update_translations.py`` marks every message whose
text holds ``%n`` as a plural one after running lupdate. English and Spanish both have one form
for exactly one and another for every other count.

The language in use is a process-wide choice made once at start (``services/language.py``
chooses it from the Preferences and the computer's language, the same way for the window and the
command line); everything here only reads it.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mbc_tracker.domain import dates

ENGLISH = "en"
# Each language the app is offered in, by its code, with its name written in that language (the
# way a person looks for it in a list). English is the source language: it needs no file.
LANGUAGES: Mapping[str, str] = {"en": "English", "es": "Español"}

MessageKey = tuple[str, str, str]  # context, source text, disambiguation ("" when none)


@dataclass(frozen=True)
class Catalogue:
    """The finished translations of one language: plain texts and plural forms."""

    language: str
    messages: Mapping[MessageKey, tuple[str, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.messages)


class TranslationFileError(ValueError):
    """A ``.ts`` file that cannot be read (broken XML, not a Qt translation file)."""


def translation_file(folder: Path, language: str) -> Path:
    """Where the ``.ts`` source of ``language`` lives in a translations folder."""
    return folder / f"mbc_tracker_{language}.ts"


def read_catalogue(path: Path, language: str) -> Catalogue:
    """The finished translations of a Qt ``.ts`` file (unfinished and obsolete ones are skipped,
    as ``lrelease`` skips them, so the window and the command line always agree)."""
    # Imported here: start-up in English never reads a translation file.
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        raise TranslationFileError(f"{path}: {error}") from error
    if root.tag != "TS":
        raise TranslationFileError(f"{path}: not a Qt translation file")
    messages: dict[MessageKey, tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "obsolete",
                "vanished",
            }:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if not all(forms):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = forms
    return Catalogue(language, messages)


@dataclass
class _Choice:
    language: str = ENGLISH
    catalogue: Catalogue | None = None


_choice = _Choice()


def use_language(language: str, catalogue: Catalogue | None = None) -> None:
    """Make ``language`` the one every ``translate`` answers in (English needs no catalogue)."""
    if language not in LANGUAGES:
        raise ValueError(f"no such language: {language!r}")
    _choice.language = language
    _choice.catalogue = None if language == ENGLISH else catalogue


@contextmanager
def in_english() -> Iterator[None]:
    """Words, dates and numbers made inside are English, whatever the language in use: for
    output a program reads (``agenda --json``), which must be the same bytes in every language."""
    saved = (_choice.language, _choice.catalogue, dates.wording_in_use())
    _choice.language, _choice.catalogue = ENGLISH, None
    dates.use_wording(dates.ENGLISH_WORDING)
    try:
        yield
    finally:
        _choice.language, _choice.catalogue = saved[0], saved[1]
        dates.use_wording(saved[2])


def current_language() -> str:
    """The code of the language in use: "en" or "es"."""
    return _choice.language


def plural_form(language: str, count: int) -> int:
    """Which plural form a count takes: English and Spanish say "1 dose", "0 doses", "2 doses"."""
    return 0 if count == 1 else 1


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language in use, or ``source`` itself where no translation is finished.

    ``n`` (zero or more) picks the plural form and replaces ``%n`` with the count, as Qt does
    (but with the thousands marked, as ``dates.count`` writes them)."""
    text = source
    catalogue = _choice.catalogue
    if catalogue is not None:
        forms = catalogue.messages.get((context, source, disambiguation or ""))
        if forms:
            text = (
                forms[min(plural_form(catalogue.language, n), len(forms) - 1)]
                if n >= 0
                else forms[0]
            )
    if n >= 0:
        # The count as a person reads it ("3,650"; "3.650" in Spanish), where Qt's %n has no
        # thousands mark.
        text = text.replace("%n", dates.count(n))
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate knows this name
    """Marks a text for lupdate without translating it yet (QT_TRANSLATE_NOOP's place): for
    tables made at import time, translated with ``translate(context, text)`` where shown."""
    return source


# What the C library says about a failed file operation is in English (Python never asks it for
# another language): the usual reasons, for the sentences that name one in another language.
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("os_error", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("os_error", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("os_error", "Operation not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("os_error", "No space left on device"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("os_error", "Disk quota exceeded"),
    errno.EROFS: QT_TRANSLATE_NOOP("os_error", "Read-only file system"),
    errno.EISDIR: QT_TRANSLATE_NOOP("os_error", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("os_error", "Not a directory"),
    errno.EEXIST: QT_TRANSLATE_NOOP("os_error", "File exists"),
    errno.EIO: QT_TRANSLATE_NOOP("os_error", "Input/output error"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("os_error", "File name too long"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("os_error", "Directory not empty"),
    errno.EBUSY: QT_TRANSLATE_NOOP("os_error", "Device or resource busy"),
    errno.EAGAIN: QT_TRANSLATE_NOOP("os_error", "Resource temporarily unavailable"),
}


def os_reason(error: OSError) -> str | None:
    """Why a file operation failed, for a sentence in the language in use: in English the
    system's own words (``strerror``, unchanged), in another language the translation of the
    usual reasons, else the system's words."""
    if _choice.language != ENGLISH and error.errno in _OS_REASONS:
        return translate("os_error", _OS_REASONS[error.errno])
    return error.strerror
