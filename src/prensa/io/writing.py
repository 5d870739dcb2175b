"""Writing results so that nothing is half-written, and resuming a run.

A file is written atomically (a temporary file in the same folder, then
``os.replace``); JSON lines are appended with a flush per line, and on resume
a trailing partial line (a run killed mid-write) is dropped.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from prensa.io.documents import InputError, clean


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    On any error (or Ctrl-C) the temporary file is removed and ``path`` is untouched.
    """
    if _write_in_place(path):
        yield path
        return
    if path.is_symlink():
        path = path.resolve()  # replace what the link points to, not the link
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; an output is for reading
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


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


def repair_jsonl(path: Path) -> Counter[str]:
    """Drop a trailing partial line of ``path``; return how often each id is in it.

    A run killed mid-write can leave one unfinished last line; every line before
    it is whole, because lines are written with one write and a flush. Counts,
    not a set, so that a corpus repeating an id resumes exactly too.
    """
    ids: Counter[str] = Counter()
    if not path.exists():
        return ids
    if not path.is_file():
        raise InputError(f"{path}: not a regular file; cannot resume into it")
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
            f"{path}: line {number} is not a JSON record: not a prensa output, or damaged; "
            "will not append to it"
        )
    if keep != size:
        with path.open("rb+") as handle:
            handle.truncate(keep)
    return ids


class JsonlWriter:
    """Append one JSON object per line, flushed line by line (to a file or stdout)."""

    def __init__(self, path: Path | None, *, append: bool = False) -> None:
        self.path = path
        self.written = 0
        self._handle: IO[str]
        if path is None:
            import sys

            self._handle = sys.stdout
        else:
            if path.parent != path and not _write_in_place(path):
                path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = path.open("a" if append else "w", encoding="utf-8", newline="\n")

    def write(self, obj: dict[str, Any]) -> None:
        self._handle.write(clean(json.dumps(obj, ensure_ascii=False)) + "\n")
        self._handle.flush()
        self.written += 1

    def close(self) -> None:
        if self.path is not None:
            self._handle.close()
