"""The Spanish translation is whole, up to date with the code, and safe to show.

Every text a person reads, in every layer, is a message of ``resources/translations/
mbc_tracker_es.ts`` (``tools/update_translations.py`` extracts them with lupdate). These tests
fail when a text was added to the code without running the tool, when a message is left
unfinished (it would show in English in the middle of Spanish), and when a translation would
break the sentence it goes into: a lost or renamed ``{placeholder}`` (``.format`` raises, the
page does not appear), a lost ``%n``, a second keyboard accelerator, or different markup.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY / "tools"))

import update_translations  # noqa: E402

SPANISH = update_translations.ts_file("es")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def messages() -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every finished message of the Spanish file."""
    found = []
    root = ElementTree.parse(SPANISH).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    forms or [translation.text or ""],
                )
            )
    return found


def test_every_text_of_the_code_has_a_finished_spanish_translation() -> None:
    missing = update_translations.behind("es")
    assert missing == [], (
        f"{len(missing)} texts have no Spanish yet (run tools/update_translations.py and "
        "translate them):\n" + "\n".join(missing[:40])
    )


@pytest.mark.parametrize(
    ("what", "pattern"), [("placeholders", PLACEHOLDER), ("markup", TAG)], ids=["braces", "tags"]
)
def test_translations_keep_the_placeholders_and_markup_of_their_source(
    what: str, pattern: re.Pattern[str]
) -> None:
    wrong = [
        f"{context}: {source!r} -> {form!r}"
        for context, source, forms in messages()
        for form in forms
        if sorted(pattern.findall(form)) != sorted(pattern.findall(source))
    ]
    assert wrong == [], f"translations that lose or change their {what}:\n" + "\n".join(wrong)


def test_plural_translations_keep_the_count_and_accelerators_stay_single() -> None:
    wrong = []
    for context, source, forms in messages():
        if "%n" in source and "%n" not in forms[-1]:
            wrong.append(f"{context}: {source!r} -> {forms!r} (no %n in the general form)")
        for form in forms:
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source)):
                wrong.append(f"{context}: {source!r} -> {form!r} (accelerators differ)")
    assert wrong == [], "\n".join(wrong)


def test_the_compiled_translation_is_made_from_the_committed_source(tmp_path: Path) -> None:
    """The .qm the window loads is built from the .ts at install; an edited .ts needs a new
    ``pip install -e .`` (this says so rather than letting the window show old words)."""
    shipped = SPANISH.with_suffix(".qm")
    assert shipped.is_file(), "No compiled translation: run `pip install -e .` again."
    fresh = tmp_path / shipped.name
    update_translations.compile_qm(SPANISH, fresh)
    assert fresh.read_bytes() == shipped.read_bytes(), (
        "The compiled translation is older than resources/translations/mbc_tracker_es.ts: "
        "run `pip install -e .` again."
    )


SAMPLE = """
from PySide6.QtCore import QCoreApplication
from mbc_tracker.domain.language import QT_TRANSLATE_NOOP, translate

TITLES = (QT_TRANSLATE_NOOP("sample", "Weight"),)


class DosesPanel:
    def words(self, count, items):
        self.tr("Save")
        self.tr("%n doses", "", count)
        QCoreApplication.translate("Shared", "Taken", "dose")
        translate("sample", "%n days", n=count)
        translate("sample", "%n entries", "", len(items))
        other.tr("not ours")
        translate(CONTEXT, "not literal")
"""


def test_the_code_reader_finds_what_lupdate_drops() -> None:
    import ast

    found: set[tuple[str, str, str]] = set()
    update_translations._collect(ast.parse(SAMPLE), None, found)
    assert found == {
        ("sample", "Weight", ""),
        ("DosesPanel", "Save", ""),
        ("DosesPanel", "%n doses", ""),
        ("Shared", "Taken", "dose"),
        ("sample", "%n days", ""),
        ("sample", "%n entries", ""),
    }
