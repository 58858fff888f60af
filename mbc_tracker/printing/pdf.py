"""Writing the summary to a PDF file atomically: the whole file, or nothing changed.

The pages are painted into a temporary file in the destination's folder (so the final rename
stays on one file system), flushed to disk, checked to end like a complete PDF, and only then
renamed over the destination (``os.replace``). If anything fails (a full disk, a folder that
cannot be written, an error while painting), the temporary file is removed and a file already
at the destination is left as it was; the error is raised again for the caller to explain.
Given the open record's files (``protecting``), a destination that could hurt the record is
refused first (``OutputRefused``). Like the JSON export, the file is readable by its owner only.

Qt is never given a file name: ``QPdfWriter`` opening a path itself would create a file with the
default mode, and a name Qt cannot encode would send it to another file than ours. It writes into
the temporary file ``replacing_atomically`` created (0600, locked) through an open descriptor.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFile, QFileDevice, QIODevice
from PySide6.QtGui import QPdfWriter

from mbc_tracker import __version__
from mbc_tracker.domain.language import translate
from mbc_tracker.paths import ProtectedFiles, replacing_atomically
from mbc_tracker.printing.application import ensure_gui_application
from mbc_tracker.printing.pages import paint_summary
from mbc_tracker.reports.summary_data import SummaryData

PDF_RESOLUTION = 1200  # dots per inch of the layout's units (the PDF itself is vector)
CREATOR = f"MBC Care Tracker {__version__}"
_PDF_END = b"%%EOF"


def _complete_pdf(path: Path) -> bool:
    """Whether the file ends as a finished PDF does (Qt does not report a failed write)."""
    with path.open("rb") as file:
        file.seek(0, os.SEEK_END)
        size = file.tell()
        file.seek(max(0, size - 64))
        return size > 0 and _PDF_END in file.read()


def _paint_pdf(data: SummaryData, file: Path) -> int:
    descriptor = os.open(file, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
    device = QFile()
    try:
        if not device.open(
            descriptor, QIODevice.OpenModeFlag.WriteOnly, QFileDevice.FileHandleFlag.DontCloseHandle
        ):
            raise OSError(
                translate("pdf", "The PDF could not be written in {folder}.").format(
                    folder=file.parent
                )
            )
        writer = QPdfWriter(device)
        try:
            writer.setResolution(PDF_RESOLUTION)
            writer.setTitle(data.title)
            writer.setCreator(CREATOR)
            return paint_summary(data, writer)
        finally:
            # The writer lets go of the file here, before it is checked, renamed or removed (a
            # traceback would otherwise keep it open; an open file cannot be removed on Windows).
            del writer
    finally:
        device.close()
        os.close(descriptor)


def write_summary_pdf(
    data: SummaryData, path: Path, protecting: ProtectedFiles | None = None
) -> int:
    """Write the summary to ``path`` as a PDF, atomically; return the number of pages.

    With ``protecting`` (the open record's files), a path that could hurt the record or cannot
    be written raises ``OutputRefused`` before anything is painted.
    """
    ensure_gui_application()
    path = Path(path)
    with replacing_atomically(path, protecting, translate("pdf", "the summary")) as temporary:
        pages = _paint_pdf(data, temporary)
        if not _complete_pdf(temporary):
            raise OSError(
                translate("pdf", "The PDF could not be written completely in {folder}.").format(
                    folder=path.parent
                )
            )
    return pages
