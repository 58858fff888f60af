"""Everything a person can type prints: names and notes in other scripts, and emoji.

A name in Greek, Arabic, Hebrew or Chinese and an emoji in a note are laid out as the summary
lays them out, and each glyph is checked to be a real one (glyph 0 is the empty box a font draws
for a character it lacks), drawn by a family that has it. A script no font on this machine can
draw is skipped, saying so; what no installed font draws is printed by its name ("[herb]"), and
the PDF names the fallback family it embedded. Qt runs offscreen through pytest-qt's ``qapp``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QFont, QFontDatabase, QPdfWriter, QRawFont
from PySide6.QtWidgets import QApplication

from mbc_tracker.printing import write_summary_pdf
from mbc_tracker.printing.fonts import (
    PREFERRED_FAMILIES,
    families_for_text,
    font_families,
    printable,
)
from mbc_tracker.printing.layout import Context, TextBox, TextStyle, Units, spans
from mbc_tracker.reports.summary_data import ALL_SECTIONS, NoteLine, Section
from tests.unit.test_summary_pdf import summary

SAMPLES = {
    "Greek": "Ελένη Παπαδοπούλου",
    "Arabic": "مريم حداد",
    "Hebrew": "שרה לוי",
    "Chinese": "王芳",
    "Japanese": "さくら",
    "an emoji": "😊",
}
# Characters few machines have a font for: the first one this machine lacks shows the fallback.
RARE = ("🌿", "🫶", "𓀀", "🪷")


@cache
def any_font_draws(character: str) -> bool:
    for family in QFontDatabase.families():
        font = QFont()
        font.setFamily(family)
        raw = QRawFont.fromFont(font)
        if raw.isValid() and raw.supportsCharacter(ord(character)):
            return True
    return False


@pytest.fixture
def context(qapp: QApplication, tmp_path: Path) -> Context:
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(1200)
    return Context(writer, Units(1200), Units(1200).mm(180))


def test_the_page_text_starts_with_a_preferred_sans(qapp: QApplication) -> None:
    installed = set(QFontDatabase.families())
    if not installed & set(PREFERRED_FAMILIES):
        pytest.skip("none of the preferred sans fonts is installed here")
    assert font_families()[0] in PREFERRED_FAMILIES


@pytest.mark.parametrize("script", list(SAMPLES))
def test_a_name_or_note_in_any_script_is_drawn_with_real_glyphs(
    context: Context, script: str
) -> None:
    text = SAMPLES[script]
    lacking = [
        character for character in text if character != " " and not any_font_draws(character)
    ]
    if lacking:
        pytest.skip(f"this machine has no font at all for {script} ({''.join(lacking)})")

    box = TextBox(spans(f"Note: {text}"), TextStyle(9.0), context, context.width)

    runs = box.glyph_runs()
    assert runs
    for run in runs:
        family = run.rawFont().familyName()
        assert 0 not in run.glyphIndexes(), f"{script}: an empty box from {family}"
        # Drawn by a family the summary chose, not by chance of the system's own fallback.
        assert family in families_for_text(), family
    assert printable(text) == text


def test_what_no_font_draws_is_printed_by_its_name(qapp: QApplication) -> None:
    missing = next((character for character in RARE if not any_font_draws(character)), None)
    if missing is None:
        pytest.skip(f"every one of {' '.join(RARE)} has a font on this machine")

    import unicodedata

    name = unicodedata.name(missing).lower()
    assert printable(f"Walked by the river {missing}") == f"Walked by the river [{name}]"


def test_joiners_and_skin_tones_are_never_written_out(qapp: QApplication) -> None:
    # A joiner, a variation selector and a skin tone draw nothing of their own.
    for silent in ("\u200d", "\ufe0f", "\U0001f3fd"):
        assert printable(f"a{silent}b") == f"a{silent}b"


def test_the_pdf_draws_a_chinese_name_and_an_emoji_in_a_note(
    qapp: QApplication, tmp_path: Path
) -> None:
    if not any_font_draws("王"):
        pytest.skip("this machine has no font at all for Chinese")
    data = dataclasses.replace(
        summary(sections=ALL_SECTIONS | {Section.NOTES}, appendix=True),
        person_name="王芳 Ελένη",
        notes=(NoteLine(dt.date(2026, 11, 8), "Grandchildren visited 😊 🌿"),),
    )
    path = tmp_path / "scripts.pdf"

    write_summary_pdf(data, path)

    reader = pypdf.PdfReader(path)
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    # A second family was embedded for the characters the page's sans lacks.
    assert len({font.split("+")[-1].split("-")[0] for font in fonts}) >= 2, fonts
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "王芳" in text
    assert ("🌿" if any_font_draws("🌿") else "[herb]") in text
