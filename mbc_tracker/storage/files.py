"""Making a finished file durable and putting it in place without ever replacing another.

A new record, a backup and a restored copy are each built under a temporary name and only then
given their real one. For that to survive a power cut, the file's bytes must reach the disk
before the rename, and the folder's entry after it (POSIX: fsync the folder too). A name that
appeared meanwhile is never replaced: placing uses a hard link, which fails when the name exists,
and falls back to a checked rename on file systems without hard links.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path


def sync_file(path: Path) -> None:
    """Flush ``path``'s bytes to the disk."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (a rename or a new name) to the disk, where the system allows."""
    with contextlib.suppress(OSError):  # Windows cannot open a folder; its renames are durable
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def place_without_replacing(temporary: Path, target: Path) -> None:
    """Give ``temporary`` the name ``target``, durably; FileExistsError if ``target`` exists.

    ``temporary`` must be in ``target``'s folder. On success it no longer exists.
    """
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # No hard links here (FAT, some network shares): the caller holds the record's lock,
        # so checking first and renaming is safe enough among the app's own writers.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        os.replace(temporary, target)
    else:
        temporary.unlink()
    sync_folder(target.parent)
