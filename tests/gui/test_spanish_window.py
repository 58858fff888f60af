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


def _alt_letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found[1].lower() if found else None


def _alt_targets(window: MainWindow) -> list[str]:
    """What Alt+letter reaches on the page shown: the menu bar's titles, buttons, tabs, and the
    labels that lead to a field."""
    bar = window.menuBar()
    texts = [menu.title() for menu in bar.findChildren(QMenu) if menu.parent() is bar]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
    return texts


def _shared_letters(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        if letter := _alt_letter(text):
            by_letter.setdefault(letter, []).append(text.replace("&", ""))
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def test_no_two_controls_of_a_spanish_page_or_menu_share_an_alt_letter(
    qtbot: QtBot, spanish: None, open_demo_window: Callable[..., MainWindow]
) -> None:
    # Two controls with the same underlined letter: Alt+letter only moves between them, and a
    # person with numb fingers or a screen reader cannot reach the second one in one keystroke
    # (Spanish words put the letters elsewhere than the English ones).
    window = open_demo_window((1024, 700))
    shared = {}
    for page in PAGES:
        window.show_page(page)
        qtbot.wait(30)
        if found := _shared_letters(_alt_targets(window)):
            shared[page] = found
    for menu in window.menuBar().findChildren(QMenu):
        items = [action.text() for action in menu.actions() if action.isVisible()]
        if found := _shared_letters(items):
            shared[menu.title()] = found
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


def test_the_spanish_today_keeps_its_month_beside_the_form_at_1024(
    qtbot: QtBot, spanish: None, open_demo_window: Callable[..., MainWindow]
) -> None:
    """Spanish heads the month's columns with one letter (L M X J V S D), as its calendars do,
    which leaves the longer Spanish words of the form their room beside it."""
    window = open_demo_window((1024, 700))
    window.show_page("today")
    qtbot.wait(50)
    view = window.today_view
    assert view is not None
    qtbot.waitUntil(lambda: view._month_column.isVisible(), timeout=5_000)
