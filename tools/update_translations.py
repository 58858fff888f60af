"""Bring the translation sources (``resources/translations/*.ts``) up to date with the code.

    python tools/update_translations.py            # update every language's .ts in place
    python tools/update_translations.py --check    # exit 1 if a .ts is behind or unfinished

It runs ``pyside6-lupdate`` over the whole package (every layer: the window's ``self.tr`` and
``QCoreApplication.translate``, and ``domain.language.translate`` below it), without line numbers
so a change to one file does not rewrite the whole .ts, and drops texts the code no longer has.
Then it mends what lupdate's Python reader misses. A ``translate()`` call is never seen as a
plural, so every message whose text holds ``%n`` is made a plural one here, keeping the plural
forms a translator already wrote. And a call whose count is given as ``n=count`` or as an
expression (``len(items)``) is dropped whole by lupdate: ``texts_in_code`` reads every call from
the code's syntax tree, and the texts lupdate left out are added (with their translations kept).
After editing a .ts (in Qt Linguist or by hand), run ``pip install -e .`` again (or any
build) to compile it into the .qm the window loads.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from mbc_tracker.domain.language import ENGLISH, translation_file
from mbc_tracker.domain.language import LANGUAGES as OFFERED

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mbc_tracker"
TRANSLATIONS = ROOT / "resources" / "translations"
# Every language the app offers (domain.language.LANGUAGES) but English, the source language.
LANGUAGES = tuple(code for code in OFFERED if code != ENGLISH)
PLURAL_FORMS = {"es": 2}  # how many plural forms a .ts of each language holds
_LUPDATE = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"
_LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"

Key = tuple[str, str, str]


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    """The .ts of ``language``: named as the app looks for it (``domain.language``)."""
    return translation_file(folder, language)


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


def _translations(path: Path) -> dict[Key, ElementTree.Element]:
    """The translation of every message a .ts already holds (finished or not), by message."""
    if not path.exists():
        return {}
    found = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found[_key(context, message)] = translation
    return found


def _is_plural(translation: ElementTree.Element) -> bool:
    return translation.find("numerusform") is not None


def _new_translation(language: str, plural: bool) -> ElementTree.Element:
    translation = ElementTree.Element("translation", {"type": "unfinished"})
    if plural:
        for _ in range(PLURAL_FORMS[language]):
            ElementTree.SubElement(translation, "numerusform")
    return translation


def _mend(
    path: Path, language: str, kept: dict[Key, ElementTree.Element], in_code: set[Key]
) -> None:
    """Make every ``%n`` text a plural (keeping a translator's forms) and add the texts of the
    code that lupdate's Python reader missed, with their translations if the file had them."""
    tree = ElementTree.parse(path)
    root = tree.getroot()
    contexts = {context.findtext("name") or "": context for context in root.iter("context")}
    present = {
        _key(context, message)
        for context in contexts.values()
        for message in context.iter("message")
    }
    for key in sorted(in_code - present):
        context = contexts.get(key[0])
        if context is None:
            context = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = key[0]
            contexts[key[0]] = context
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = key[1]
        if key[2]:
            ElementTree.SubElement(message, "comment").text = key[2]
        translation = kept.get(key)
        message.append(
            translation if translation is not None else _new_translation(language, "%n" in key[1])
        )
    for context in contexts.values():
        for message in context.iter("message"):
            if "%n" not in (message.findtext("source") or ""):
                continue
            message.set("numerus", "yes")
            old = message.find("translation")
            if old is not None and _is_plural(old):
                continue
            if old is not None:
                message.remove(old)
            translation = kept.get(_key(context, message))
            if translation is None or not _is_plural(translation):
                translation = _new_translation(language, plural=True)
            message.append(translation)
    # Contexts in name order, as lupdate writes them, so the file does not churn.
    ordered = sorted(root.findall("context"), key=lambda context: context.findtext("name") or "")
    for context in ordered:
        root.remove(context)
    root.extend(ordered)
    _write(tree, path)


def texts_in_code() -> set[Key]:
    """Every translatable text the code holds, read from its syntax tree: ``self.tr(...)`` in a
    class, ``translate(...)``/``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)``
    with a literal context. lupdate misses some of these (a count given as ``n=count`` or as an
    expression drops the whole call); this finds them, and the tests compare the two."""
    found: set[Key] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _collect(tree, None, found)
    return found


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _collect(node: ast.AST, class_name: str | None, found: set[Key]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _collect(child, child.name, found)
            continue
        if isinstance(child, ast.Call):
            key = _call_key(child, class_name)
            if key is not None:
                found.add(key)
        _collect(child, class_name, found)


def _call_key(call: ast.Call, class_name: str | None) -> Key | None:
    function = call.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    arguments: list[ast.expr | None] = list(call.args)
    keywords = {keyword.arg: keyword.value for keyword in call.keywords}
    if name == "tr" and isinstance(function, ast.Attribute):
        if not (isinstance(function.value, ast.Name) and function.value.id == "self"):
            return None
        context: str | None = class_name
        arguments = [None, *arguments]
    elif name in ("translate", "QT_TRANSLATE_NOOP"):
        context = _text(arguments[0]) if arguments else None
    else:
        return None
    source = _text(arguments[1]) if len(arguments) > 1 else None
    if context is None or source is None:
        return None
    disambiguation = arguments[2] if len(arguments) > 2 else keywords.get("disambiguation")
    return (context, source, _text(disambiguation) or "")


def _write(tree: ElementTree.ElementTree[ElementTree.Element], path: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def update(language: str, target: Path) -> None:
    """Update (or create) ``target``, the .ts of ``language``, from the code."""
    kept = _translations(target)
    result = subprocess.run(
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
        capture_output=True,
        text=True,
    )
    # lupdate says "Removed plural forms ..." of the plurals mended below on every run: shown
    # only when it fails.
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise subprocess.CalledProcessError(result.returncode, "pyside6-lupdate")
    _mend(target, language, kept, texts_in_code())


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
