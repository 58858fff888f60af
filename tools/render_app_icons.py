"""Render the app icon's PNGs (resources/icons/hicolor/<N>x<N>.png) from its SVG
(resources/icons/mbc-tracker.svg).

The PNGs are committed, so installing the desktop entry needs no Qt and no display; run this
again after changing the SVG (``.venv/bin/python tools/render_app_icons.py``).
tests/unit/test_desktop_install.py checks that a PNG exists for every size in ``ICON_SIZES``
and that each is that size.
Headless: Qt's offscreen platform is enough, QtSvg paints straight into a QImage.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from mbc_tracker.services.desktop_install import ICON_SIZES  # noqa: E402

SVG = REPOSITORY / "resources" / "icons" / "mbc-tracker.svg"
OUTPUT = REPOSITORY / "resources" / "icons" / "hicolor"


def main() -> int:
    _application = QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} is not a valid SVG.", file=sys.stderr)
        return 1
    OUTPUT.mkdir(exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = OUTPUT / f"{size}x{size}.png"
        if not image.save(str(target), "PNG"):
            print(f"Could not write {target}.", file=sys.stderr)
            return 1
        print(target.relative_to(REPOSITORY))
    return 0


if __name__ == "__main__":
    sys.exit(main())
