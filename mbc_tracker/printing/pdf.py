"""Writing the summary to a PDF file atomically: the whole file, or nothing changed.

The pages are painted into a temporary file in the destination's folder (so the final rename
stays on one file system), flushed to disk, checked to end like a complete PDF, and only then
renamed over the destination (``os.replace``). If anything fails (a full disk, a folder that
cannot be written, an error while painting), the temporary file is removed and a file already
at the destination is left as it was; the error is raised again for the caller to explain.
Like the JSON export, the file is readable by its owner only (the temporary file is made so).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from mbc_tracker import __version__
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


def _sync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_summary_pdf(data: SummaryData, path: Path) -> int:
    """Write the summary to ``path`` as a PDF, atomically; return the number of pages."""
    ensure_gui_application()
    path = Path(path)
    descriptor, temporary_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=path.parent
    )
    os.close(descriptor)
    temporary = Path(temporary_name)
    writer: QPdfWriter | None = None
    try:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(data.title)
        writer.setCreator(CREATOR)
        pages = paint_summary(data, writer)
        writer = None  # let go of the file before checking and renaming it
        if not _complete_pdf(temporary):
            raise OSError(f"The PDF could not be written completely in {path.parent}.")
        _sync(temporary)
        os.replace(temporary, path)
    except BaseException:
        writer = None
        # The original error is the one worth reporting, not a failure to tidy up after it.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    return pages
