"""Writing results so that nothing is half-written, and resuming a run.

Every output is written to a temporary file beside it and renamed into place
when complete, so that a failure (a full disk, a crash) leaves the previous
output as it was. JSON lines stream into ``.NAME.partial``, one write and a
flush per line; at the end, or on Ctrl-C / SIGTERM (exit 130), the partial
file becomes the output. ``--resume`` appends to a copy of the output, or to
the partial file that a killed run (SIGKILL, power cut) left behind; a
trailing partial line in it is dropped first.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from prensa.io.documents import InputError, clean


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    On any error (or Ctrl-C) the temporary file is removed and ``path`` is untouched.
    """
    with atomic_paths([path]) as (tmp,):
        yield tmp


@contextlib.contextmanager
def atomic_paths(paths: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary paths beside ``paths``; when the block succeeds they replace
    ``paths``, all of them, so that a failure while writing any (a full disk)
    leaves every one of the previous files as it was."""
    targets = [_target(path) for path in paths]
    temps: list[Path | None] = []
    try:
        for target in targets:
            temps.append(None if target is None else _temporary(target))
        yield [tmp or path for tmp, path in zip(temps, paths, strict=True)]
        for tmp, target in zip(temps, targets, strict=True):
            if tmp is not None and target is not None:
                _commit(tmp, target)
    except BaseException:
        for tmp in temps:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        raise


def _target(path: Path) -> Path | None:
    """The file that ``path`` names (what a symbolic link points to), or None
    for one written in place (a device or pipe)."""
    if _write_in_place(path):
        return None
    if path.is_symlink():
        path = path.resolve()  # replace what the link points to, not the link
    return path


def _temporary(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(tmp)


def _commit(tmp: Path, target: Path) -> None:
    """Make ``tmp`` readable (mkstemp makes it private; an output is for
    reading), put it on disk, and rename it to ``target``."""
    os.chmod(tmp, 0o644)
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def _write_in_place(path: Path) -> bool:
    """True for an output that must be written, not replaced: a device or pipe
    (``-o /dev/stdout``), or anything under /dev or /proc."""
    try:
        if path.exists() and not path.is_file():
            return True
    except OSError:
        return False
    return Path(os.path.abspath(path)).parts[1:2] in (("dev",), ("proc",))


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def check_writable(path: Path, *, folder: bool = False) -> None:
    """Raise InputError unless ``path`` (a file, or a folder to create) can be written."""
    target = path if folder and path.is_dir() else path.parent if str(path.parent) else Path(".")
    while not target.exists() and target != target.parent:
        target = target.parent
    if path.exists() and not folder and path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if folder and path.exists() and not path.is_dir():
        raise InputError(f"{path}: is a file, want a folder")
    if not target.is_dir():
        raise InputError(f"{path}: cannot write: {target} is not a folder")
    if not os.access(target, os.W_OK):
        raise InputError(f"{path}: not writable")


def repair_jsonl(path: Path, *, shown: Path | None = None) -> Counter[str]:
    """Drop a trailing partial line of ``path``; return how often each id is in it.

    A run killed mid-write can leave one unfinished last line; every line before
    it is whole, because lines are written with one write and a flush. Counts,
    not a set, so that a corpus repeating an id resumes exactly too. ``shown``
    is the name used in messages (the output, when ``path`` is its copy).
    """
    shown = shown or path
    ids: Counter[str] = Counter()
    if not path.exists():
        return ids
    if not path.is_file():
        raise InputError(f"{shown}: not a regular file; cannot resume into it")
    keep = 0
    size = path.stat().st_size
    tail_only = True  # only an unfinished last line may be dropped
    number = 0
    with path.open("rb") as handle:
        offset = 0
        for raw in handle:
            number += 1
            offset += len(raw)
            if not raw.strip() and raw.endswith(b"\n"):
                keep = offset
                continue
            try:
                obj = json.loads(raw)
            except (ValueError, RecursionError):
                obj = None
            if not isinstance(obj, dict) or not raw.endswith(b"\n"):
                # an unfinished last line is the start of a record, "{..."
                tail_only = offset == size and raw.lstrip().startswith(b"{")
                break
            keep = offset
            if obj.get("id") is not None:
                ids[str(obj["id"])] += 1
    if keep != size and not tail_only:
        raise InputError(
            f"{shown}: line {number} is not a JSON record: not a prensa output, or damaged; "
            "will not append to it"
        )
    if keep != size:
        with path.open("rb+") as handle:
            handle.truncate(keep)
    return ids


def partial_path(path: Path) -> Path:
    """Where the JSON lines of ``path`` stream until the run ends: ``.NAME.partial``."""
    return path.with_name(f".{path.name}.partial")


class JsonlWriter:
    """Write one JSON object per line, flushed line by line, to ``path`` (through
    its partial file) or to stdout (``path`` None).

    ``append`` continues the output: the lines already there are kept (their
    ids counted in ``done``) and new ones follow. As a context manager, a clean
    exit or Ctrl-C puts what was written in place (:meth:`close`); any other
    error throws it away (:meth:`discard`), leaving the previous output intact.
    """

    def __init__(self, path: Path | None, *, append: bool = False) -> None:
        self.path = path
        self.written = 0
        self.done: Counter[str] = Counter()
        self.continued_partial = False  # resuming a killed run's partial file
        self._target: Path | None = None
        self._partial: Path | None = None
        self._handle: IO[str]
        if path is None:
            import sys

            self._handle = sys.stdout
            return
        target = _target(path)
        if target is None:  # a device or pipe: written as it is
            if append:
                raise InputError(f"{path}: not a regular file; cannot resume into it")
            self._handle = path.open("w", encoding="utf-8", newline="\n")
            return
        if target.exists() and not target.is_file():
            raise InputError(f"{path}: not a regular file; cannot write into it")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = partial_path(target)
        if append:
            self.continued_partial = partial.exists()
            if not self.continued_partial:
                if target.exists():
                    shutil.copyfile(target, partial)
                else:
                    partial.touch()
            try:
                self.done = repair_jsonl(partial, shown=path)
            except InputError:
                if not self.continued_partial:
                    partial.unlink()
                raise
        self._target, self._partial = target, partial
        self._handle = partial.open("a" if append else "w", encoding="utf-8", newline="\n")

    def write(self, obj: dict[str, Any]) -> None:
        self._handle.write(clean(json.dumps(obj, ensure_ascii=False)) + "\n")
        self._handle.flush()
        self.written += 1

    def close(self) -> None:
        """Finish: the lines written become the output."""
        if self.path is None:
            return
        if self._partial is None or self._target is None:
            self._handle.close()
            return
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.replace(self._partial, self._target)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """Throw away what this run wrote; the previous output stays as it was."""
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            self._handle.close()
        if self._partial is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._partial)

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None or isinstance(error, KeyboardInterrupt):
            self.close()  # Ctrl-C: the whole lines written so far, for --resume
        else:
            self.discard()
