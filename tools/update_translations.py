"""Bring the translation sources (``resources/translations/*.ts``) up to date with the code.

    python tools/update_translations.py            # update every language's .ts in place
    python tools/update_translations.py --check    # exit 1 if a .ts is behind or unfinished

It runs ``pyside6-lupdate`` over the whole package (every layer: the window's ``self.tr`` and
``QCoreApplication.translate``, and ``domain.language.translate`` below it), without line numbers
so a change to one file does not rewrite the whole .ts, and drops texts the code no longer has.
Then it mends what lupdate's Python reader misses: a ``translate(..., n=count)`` call is not seen
as a plural, so every message whose text holds ``%n`` is made a plural one here, keeping the
plural forms a translator already wrote. After editing a .ts (in Qt Linguist or by hand), run
``pip install -e .`` again (or any build) to compile it into the .qm the window loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mbc_tracker"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es",)  # every language but English, the source language
PLURAL_FORMS = {"es": 2}
_LUPDATE = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"
_LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"

Key = tuple[str, str, str]


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"mbc_tracker_{language}.ts"


def _sources() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def _key(context: ElementTree.Element, message: ElementTree.Element) -> Key:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def _plural_forms(path: Path) -> dict[Key, ElementTree.Element]:
    """The plural translations a .ts already holds, by message."""
    if not path.exists():
        return {}
    found = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                translation = message.find("translation")
                if translation is not None:
                    found[_key(context, message)] = translation
    return found


def _mend_plurals(path: Path, language: str, kept: dict[Key, ElementTree.Element]) -> None:
    tree = ElementTree.parse(path)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                continue
            message.set("numerus", "yes")
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = kept.get(_key(context, message))
            if translation is None:
                translation = ElementTree.Element("translation", {"type": "unfinished"})
                for _ in range(PLURAL_FORMS[language]):
                    ElementTree.SubElement(translation, "numerusform")
            message.append(translation)
    _write(tree, path)


def _write(tree: ElementTree.ElementTree[ElementTree.Element], path: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update(language: str, target: Path) -> None:
    """Update (or create) ``target``, the .ts of ``language``, from the code."""
    kept = _plural_forms(target)
    subprocess.run(
        [
            sys.executable,
            "-c",
            _LUPDATE,
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            language,
            *_sources(),
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
    )
    _mend_plurals(target, language, kept)


def compile_qm(source: Path, target: Path) -> None:
    """What the build does (hatch_build.py): lrelease ``source`` into ``target``."""
    command = [sys.executable, "-c", _LRELEASE, "-silent", str(source), "-qm", str(target)]
    subprocess.run(command, check=True)


def unfinished(path: Path) -> list[str]:
    """The texts of a .ts that have no finished translation yet, as "Context: text"."""
    missing = []
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                [form.text for form in forms]
                if forms
                else [translation.text if translation is not None else None]
            )
            if translation is None or translation.get("type") is not None or not all(texts):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def behind(language: str) -> list[str]:
    """What a fresh update would add to the committed .ts: texts in the code it lacks."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = ts_file(language, Path(scratch))
        shutil.copy(ts_file(language), copy)
        update(language, copy)
        return unfinished(copy)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if behind")
    arguments = parser.parse_args()
    status = 0
    for language in LANGUAGES:
        if arguments.check:
            missing = behind(language)
            if missing:
                status = 1
                print(f"{ts_file(language).name}: {len(missing)} texts without a translation")
                for line in missing[:50]:
                    print(f"  {line}")
        else:
            update(language, ts_file(language))
            print(f"{ts_file(language).name}: {len(unfinished(ts_file(language)))} unfinished")
    return status


if __name__ == "__main__":
    sys.exit(main())
