"""Compiles the translations (``resources/translations/*.ts``) into Qt's ``.qm`` at build time.

The ``.ts`` files are the source, reviewed in git; the ``.qm`` files ``QTranslator`` loads are
made from them here, by ``pyside6-lrelease`` from the PySide6 wheel the build environment gets
(``[tool.hatch.build.hooks.custom] dependencies``), and never committed. They are written
beside their sources in ``resources/translations/`` (ignored by git): an editable install (the
README's set-up) finds them there through ``paths.resource_dir``, and a wheel carries that
folder whole.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"


def compile_translations(sources: Path, target: Path) -> list[Path]:
    """Run lrelease on every ``.ts`` in ``sources``, writing ``.qm`` files into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted(sources.glob("*.ts")):
        compiled = target / f"{source.stem}.qm"
        subprocess.run(
            [sys.executable, "-c", _LRELEASE, "-silent", str(source), "-qm", str(compiled)],
            check=True,
        )
        made.append(compiled)
    return made


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return  # the sdist carries the .ts sources only
        # Beside their sources: an editable install finds them there, and the wheel carries the
        # whole resources folder (pyproject's force-include), .qm files included.
        sources = Path(self.root) / "resources" / "translations"
        compile_translations(sources, sources)
