"""One writer per output, and an output that is never one of its inputs.

Two runs writing one file would interleave their records, so every output is
guarded by an advisory lock (``fcntl.flock``) on a lock file: ``.NAME.lock``
beside an output file, ``.prensa.lock`` inside an output folder. A second
writer is refused at once (:class:`OutputBusy`), it never waits. The lock file
is removed when the writer is done; a run killed with SIGKILL leaves it, and
the next run takes it over, since the kernel released the lock with the dead
process.

Whether two paths are one file is asked of the file system (device and inode),
not of the spelling: a hard link to the input is the input.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from prensa.io.documents import InputError
from prensa.io.writing import _write_in_place

FOLDER_LOCK = ".prensa.lock"


class OutputBusy(InputError):
    """Another process holds the lock of the output."""


def same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` are one file or folder (by device and inode; by
    resolved path when either does not exist yet)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def lock_path(output: Path, *, folder: bool = False) -> Path:
    """Where the lock of ``output`` lives: ``.NAME.lock`` beside a file, or
    ``.prensa.lock`` inside a folder."""
    if folder:
        return output / FOLDER_LOCK
    return output.with_name(f".{output.name}.lock")


@contextlib.contextmanager
def output_lock(output: Path, *, folder: bool = False) -> Iterator[Path | None]:
    """Hold the advisory lock of ``output`` while the block runs; raise
    :class:`OutputBusy` at once if another process holds it. A device or pipe
    (``-o /dev/stdout``) is not locked (None).

    The lock file is removed on the way out. A writer that opened it just
    before (and so locked a file no longer in the folder) notices that the
    name now leads elsewhere and tries again, so two writers never both hold
    "the" lock.
    """
    if not folder and _write_in_place(output):
        yield None
        return
    if output.is_symlink():
        output = output.resolve()  # one lock for every link to the same output
    path = lock_path(output, folder=folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            os.close(fd)
            if err.errno in (errno.EWOULDBLOCK, errno.EACCES):
                raise OutputBusy(
                    f"{output}: another prensa run is writing it (lock {path.name}); "
                    "wait for it to finish or choose another -o"
                ) from err
            raise
        try:
            current = os.stat(path)
        except FileNotFoundError:
            current = None
        held = os.fstat(fd)
        if current is not None and (current.st_dev, current.st_ino) == (
            held.st_dev,
            held.st_ino,
        ):
            break
        os.close(fd)  # the file was removed by the writer before us: lock the new one
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)  # closing releases the lock
