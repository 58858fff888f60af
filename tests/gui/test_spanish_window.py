"""The whole window in Spanish: every page shows its words translated, nothing left in English.

This is the test that catches what lupdate cannot: a text that is in the .ts and translated
there, but shown in English at run time because its context differs (``self.tr()`` in a base
class takes the subclass's name), or because the code shows the text without translating it.
It walks every page of the demo record with Spanish active, collects what a person reads
(labels, buttons, group titles, tabs, menus, the window title) and looks each one up among the
English sources the .ts translates differently.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mbc_tracker.gui.main_window import MainWindow
from mbc_tracker.gui.translation import install_translators
from mbc_tracker.paths import resource_dir
from mbc_tracker.services import language

TRANSLATIONS = resource_dir("resources") / "translations"
PAGES = ("today", "flags", "history", "profile", "receptors", "treatments", "appointments")


def english_sources() -> set[str]:
    """English texts (without placeholders) whose Spanish differs: none may be shown as is."""
    found = set()
    root = ElementTree.parse(TRANSLATIONS / "mbc_tracker_es.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None or "{" in source:
            continue
        if (translation.text or "").strip() != source.strip() and len(source) > 2:
            found.add(source.replace("&", ""))
    return found


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    language.activate("es", TRANSLATIONS)
    assert install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")
    language.activate("en", TRANSLATIONS)
    QLocale.setDefault(before)


def shown_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
    for menu in root.findChildren(QMenu):
        texts.append(menu.title())
        texts.extend(action.text() for action in menu.actions())
    return [text.replace("&", "") for text in texts if text]


def test_every_page_of_the_demo_is_in_spanish(
    qtbot: QtBot, spanish: None, open_demo_window: Callable[..., MainWindow]
) -> None:
    window = open_demo_window((1024, 700))
    english = english_sources()
    left_in_english: dict[str, set[str]] = {}
    for page in PAGES:
        window.show_page(page)
        qtbot.wait(50)
        for text in shown_texts(window):
            if text in english:
                left_in_english.setdefault(page, set()).add(text)
    assert left_in_english == {}, f"shown in English with Spanish chosen: {left_in_english}"
    menus = [menu.title() for menu in window.menuBar().findChildren(QMenu)]
    assert "&Archivo" in menus or "Archivo" in [title.replace("&", "") for title in menus]


def underlined_letters(window: MainWindow) -> dict[str, list[str]]:
    """The Alt+letter of every menu title and of every control shown, letter -> its texts."""
    found: dict[str, list[str]] = {}
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
    for text in texts:
        marked = re.search(r"&([^&\s])", text.replace("&&", ""))
        if marked:
            found.setdefault(marked.group(1).casefold(), []).append(text)
    return found


def test_no_two_controls_of_a_spanish_page_share_an_underlined_letter(
    qtbot: QtBot, spanish: None, open_demo_window: Callable[..., MainWindow]
) -> None:
    """Alt and a letter does one thing: a Spanish word must not take a letter the page or the
    menu bar already uses (Alt+U went to "Ayuda" and "Guardar perfil" alike)."""
    window = open_demo_window((1024, 700))
    shared: dict[str, dict[str, list[str]]] = {}
    for page in PAGES:
        window.show_page(page)
        qtbot.wait(50)
        clashes = {k: v for k, v in underlined_letters(window).items() if len(v) > 1}
        if clashes:
            shared[page] = clashes
    assert shared == {}


def test_the_spanish_receptor_page_writes_percentages_as_spanish_does(
    qtbot: QtBot, spanish: None, open_demo_window: Callable[..., MainWindow]
) -> None:
    """ "70 %", with the space Spanish puts before the sign, as the summary and the readings
    beside it write it (the table and the badges said "70%")."""
    window = open_demo_window((1024, 700))
    window.show_page("receptors")
    qtbot.wait(50)
    texts = shown_texts(window)
    assert any("(70\u00a0%)" in text for text in texts), texts
    assert not any("70%" in text for text in texts)
