"""The layering rules of the README's "Architecture" section, checked on every module's imports.

``lint-imports`` (import-linter, run by ``.ci/run``) checks the same contracts from the import
graph; this test reads each module's syntax tree directly, so it also sees imports made inside
functions and under ``TYPE_CHECKING``, needs no configuration to cover a package added later, and
runs with the rest of the suite. The rules:

- ``domain/`` imports only the standard library and ``mbc_tracker.domain``;
- only ``gui/`` and ``app.py`` import PySide6 (so ``domain``, ``storage``, ``services``,
  ``reports``, ``cli`` and ``paths`` never do), except ``printing/``, which paints pages with
  QtCore, QtGui and QtSvg only: never widgets or print dialogs, so it runs headless for
  ``mbc-tracker report``;
- ``printing/`` never imports storage, services, SQLAlchemy or Alembic: it draws what
  ``reports`` prepared;
- ``gui/`` never imports ``mbc_tracker.storage``, SQLAlchemy or Alembic: it talks to services;
- nothing below the GUI (``domain``, ``storage``, ``services``, ``reports``) imports the GUI;
- ``diagnostics`` (the diagnostic log, for the window and the command line alike) imports only the
  standard library, ``mbc_tracker`` itself and ``paths``: it must describe a failure in any layer
  without importing one.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import mbc_tracker

PACKAGE = "mbc_tracker"
PACKAGE_DIR = Path(mbc_tracker.__file__).resolve().parent

QT_MODULES = ("PySide6", "shiboken6")
QT_ALLOWED_IN = (f"{PACKAGE}.gui", f"{PACKAGE}.app")
PRINTING = f"{PACKAGE}.printing"
QT_FOR_PAGES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtSvg")
GUI_FORBIDDEN = (f"{PACKAGE}.storage", "sqlalchemy", "alembic")
PRINTING_FORBIDDEN = (*GUI_FORBIDDEN, f"{PACKAGE}.services")
BELOW_GUI = tuple(
    f"{PACKAGE}.{layer}" for layer in ("domain", "storage", "services", "reports", "printing")
)
DIAGNOSTICS = f"{PACKAGE}.diagnostics"
DIAGNOSTICS_MAY_IMPORT = (PACKAGE, f"{PACKAGE}.__version__")
BELOW_PRINTING = tuple(
    f"{PACKAGE}.{layer}" for layer in ("domain", "storage", "services", "reports")
)


@dataclass(frozen=True)
class Violation:
    module: str
    line: int
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.imported}: {self.rule}"


def _within(name: str, prefixes: tuple[str, ...] | str) -> bool:
    """True when ``name`` is one of ``prefixes`` or a submodule of one."""
    if isinstance(prefixes, str):
        prefixes = (prefixes,)
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def imported_names(module: str, source: str, is_package: bool = False) -> Iterator[tuple[int, str]]:
    """Every module ``source`` imports, as absolute dotted names with the line of the import.

    ``from x import y`` yields both ``x`` and ``x.y`` (``y`` may be a submodule), and relative
    imports are resolved against ``module``.
    """
    package_parts = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package_parts[: len(package_parts) - (node.level - 1)]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            if base:
                yield node.lineno, base
            for alias in node.names:
                if alias.name != "*":
                    yield node.lineno, f"{base}.{alias.name}" if base else alias.name


def is_standard_library(name: str) -> bool:
    top = name.split(".")[0]
    return top == "__future__" or top in sys.stdlib_module_names


def check_module(module: str, source: str, is_package: bool = False) -> list[Violation]:
    """Every layering rule ``module`` breaks, given its source text."""
    violations: list[Violation] = []
    for line, name in imported_names(module, source, is_package):
        if _within(module, f"{PACKAGE}.domain") and not (
            is_standard_library(name) or _within(name, f"{PACKAGE}.domain")
        ):
            violations.append(
                Violation(module, line, name, "domain/ may import only the standard library")
            )
        if module == DIAGNOSTICS and not (
            is_standard_library(name)
            or name in DIAGNOSTICS_MAY_IMPORT
            or _within(name, f"{PACKAGE}.paths")
        ):
            violations.append(
                Violation(module, line, name, "diagnostics/ may import only the standard library")
            )
        if _within(module, PRINTING):
            if _within(name, QT_MODULES) and not (name == "PySide6" or _within(name, QT_FOR_PAGES)):
                violations.append(
                    Violation(module, line, name, "printing/ paints with QtGui only: no widgets")
                )
            if _within(name, PRINTING_FORBIDDEN):
                violations.append(
                    Violation(module, line, name, "printing/ draws what reports/ prepared")
                )
        elif _within(name, QT_MODULES) and not _within(module, QT_ALLOWED_IN):
            violations.append(Violation(module, line, name, "only gui/ and app.py may import Qt"))
        if _within(module, BELOW_PRINTING) and _within(name, PRINTING):
            violations.append(
                Violation(module, line, name, "only the GUI and the CLI import printing/")
            )
        if _within(module, f"{PACKAGE}.gui") and _within(name, GUI_FORBIDDEN):
            violations.append(
                Violation(module, line, name, "gui/ talks to services, never to storage")
            )
        if _within(module, (*BELOW_GUI, DIAGNOSTICS)) and _within(name, f"{PACKAGE}.gui"):
            violations.append(
                Violation(module, line, name, "layers below the GUI must not import it")
            )
    return violations


def package_modules() -> Iterator[tuple[str, Path, bool]]:
    """(dotted name, file, is a package) for every module of the app."""
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
        parts = relative.parts
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        yield ".".join(parts), path, is_package


def test_the_walk_finds_every_layer() -> None:
    names = {name for name, _path, _is_package in package_modules()}
    for expected in (
        "mbc_tracker.app",
        "mbc_tracker.diagnostics",
        "mbc_tracker.domain.knowledge",
        "mbc_tracker.storage.database",
        "mbc_tracker.services.record",
    ):
        assert expected in names


def test_every_module_follows_the_layering_rules() -> None:
    violations = [
        violation
        for name, path, is_package in package_modules()
        for violation in check_module(name, path.read_text(encoding="utf-8"), is_package)
    ]
    assert not violations, "Layering broken:\n" + "\n".join(map(str, violations))


# -- the checker itself must be able to fail --------------------------------------------------


@pytest.mark.parametrize(
    ("module", "source", "rule"),
    [
        ("mbc_tracker.domain.fake", "import sqlalchemy\n", "standard library"),
        ("mbc_tracker.domain.fake", "from mbc_tracker.storage import orm\n", "standard library"),
        ("mbc_tracker.domain.fake", "from ..services import record\n", "standard library"),
        ("mbc_tracker.domain.fake", "import platformdirs\n", "standard library"),
        ("mbc_tracker.domain.fake", "from PySide6.QtCore import QDate\n", "Qt"),
        ("mbc_tracker.services.fake", "from PySide6 import QtWidgets\n", "Qt"),
        ("mbc_tracker.storage.fake", "import PySide6.QtCore\n", "Qt"),
        ("mbc_tracker.reports.fake", "def f():\n    from PySide6.QtGui import QImage\n", "Qt"),
        ("mbc_tracker.cli", "import shiboken6\n", "Qt"),
        ("mbc_tracker.gui.fake", "from mbc_tracker.storage.orm import PersonRow\n", "storage"),
        ("mbc_tracker.gui.fake", "from ..storage import database\n", "storage"),
        ("mbc_tracker.gui.fake", "from mbc_tracker import storage\n", "storage"),
        ("mbc_tracker.gui", "from .. import storage\n", "storage"),
        ("mbc_tracker.gui.fake", "from sqlalchemy.orm import Session\n", "storage"),
        ("mbc_tracker.gui.fake", "import alembic.command\n", "storage"),
        (
            "mbc_tracker.gui.fake",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import sqlalchemy\n",
            "storage",
        ),
        ("mbc_tracker.services.fake", "from mbc_tracker.gui import main_window\n", "below the GUI"),
        ("mbc_tracker.printing.fake", "from PySide6.QtWidgets import QLabel\n", "no widgets"),
        ("mbc_tracker.printing.fake", "from PySide6 import QtPrintSupport\n", "no widgets"),
        ("mbc_tracker.printing.fake", "import PySide6.QtWidgets\n", "no widgets"),
        ("mbc_tracker.printing.fake", "from mbc_tracker.services import summary\n", "prepared"),
        ("mbc_tracker.printing.fake", "from sqlalchemy import select\n", "prepared"),
        ("mbc_tracker.printing.fake", "from mbc_tracker.gui import widgets\n", "below the GUI"),
        ("mbc_tracker.reports.fake", "from mbc_tracker.printing import pdf\n", "CLI import"),
        ("mbc_tracker.services.fake", "import mbc_tracker.printing\n", "CLI import"),
        ("mbc_tracker.diagnostics", "from PySide6.QtCore import qVersion\n", "Qt"),
        ("mbc_tracker.diagnostics", "import sqlalchemy.exc\n", "standard library"),
        ("mbc_tracker.diagnostics", "from mbc_tracker.storage import database\n", "standard"),
        ("mbc_tracker.diagnostics", "from mbc_tracker.gui import error_report\n", "below the GUI"),
    ],
)
def test_a_forbidden_import_is_reported(module: str, source: str, rule: str) -> None:
    is_package = module == "mbc_tracker.gui"
    violations = check_module(module, source, is_package)
    assert violations, f"{module} importing {source!r} should break a rule"
    assert any(rule in violation.rule for violation in violations)


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("mbc_tracker.domain.fake", "import datetime as dt\nfrom enum import StrEnum\n"),
        ("mbc_tracker.domain.fake", "from __future__ import annotations\nimport tomllib\n"),
        ("mbc_tracker.domain.fake", "from mbc_tracker.domain.records import Person\n"),
        ("mbc_tracker.domain.fake", "from .records import Person\n"),
        ("mbc_tracker.gui.fake", "from PySide6.QtWidgets import QWidget\n"),
        ("mbc_tracker.gui.fake", "from mbc_tracker.services.record import open_record\n"),
        ("mbc_tracker.app", "from PySide6.QtWidgets import QApplication\n"),
        ("mbc_tracker.services.fake", "from sqlalchemy import select\n"),
        ("mbc_tracker.storage.fake", "from alembic import command\n"),
        ("mbc_tracker.printing.fake", "from PySide6.QtGui import QPainter, QPdfWriter\n"),
        ("mbc_tracker.printing.fake", "from PySide6.QtSvg import QSvgRenderer\n"),
        ("mbc_tracker.printing.fake", "from mbc_tracker.reports.summary_data import Section\n"),
        ("mbc_tracker.cli", "def f():\n    from mbc_tracker.printing import write_summary_pdf\n"),
        ("mbc_tracker.gui.fake", "from mbc_tracker.printing import paint_summary\n"),
        ("mbc_tracker.diagnostics", "import faulthandler\nfrom logging import handlers\n"),
        ("mbc_tracker.diagnostics", "from mbc_tracker import __version__\n"),
        ("mbc_tracker.diagnostics", "from mbc_tracker.paths import make_private_dir\n"),
        ("mbc_tracker.gui.fake", "from mbc_tracker.diagnostics import DiagnosticLog\n"),
        ("mbc_tracker.cli", "from mbc_tracker.diagnostics import record_unexpected_error\n"),
    ],
)
def test_an_allowed_import_is_not_reported(module: str, source: str) -> None:
    assert check_module(module, source) == []


# Fixed colours the GUI still has, each with its reason; every other colour comes from
# gui/theme.py, resolved from the palette, so that a page reads on light and dark desktops.
FIXED_COLOURS_ALLOWED = {
    # The bars' pastel fills, with a dark pattern on them; the words are drawn beside the bars
    # in the palette's text colour.
    "treatment_timeline.py": 12,
}


def test_widgets_take_their_colours_from_the_theme_not_from_hex_values() -> None:
    found: dict[str, int] = {}
    for path in sorted((PACKAGE_DIR / "gui").glob("*.py")):
        if path.name == "theme.py":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        code = [line for line in lines if not line.lstrip().startswith("#")]
        count = sum(len(re.findall(r"#[0-9a-fA-F]{6}\b", line)) for line in code)
        if count:
            found[path.name] = count
    assert found == FIXED_COLOURS_ALLOWED
