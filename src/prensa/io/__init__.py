"""Reading what analysts have: files, folders, corpora and standard input.

Input is a text file (any common encoding), an HTML page, a ``.jsonl`` corpus
(``{"id", "text", "date"}`` per line, UTF-8 or UTF-16/32), standard input
(``-``) or a folder of such files, subfolders included. Reading never alters
the text: offsets refer to the text exactly as decoded (CRLF, zero-width and
control characters stay; only a lone surrogate, which cannot be written,
becomes U+FFFD, one for one). A document that cannot be read becomes a
:class:`Failure` that names it, so a corpus loses nothing silently; a date
that cannot be read costs only the date (a warning in ``meta``).

This module is the import surface of reading and writing; the stages live in
:mod:`prensa.io.documents` (records, text to Document), :mod:`prensa.io.decoding`
(bytes to text), :mod:`prensa.io.corpus` (``.jsonl`` corpora) and
:mod:`prensa.io.writing` (atomic writing, resume) and :mod:`prensa.io.locking`
(one writer per output; same file by identity).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from prensa.io.corpus import read_corpus
from prensa.io.decoding import decode
from prensa.io.documents import (
    DATE_HELP,
    KEYS,
    Document,
    Failure,
    InputError,
    Keys,
    clean,
    counted,
    described,
    document,
    html_to_text,
    looks_like_html,
    parse_date,
)
from prensa.io.locking import OutputBusy, lock_path, output_lock, same_file
from prensa.io.writing import (
    JsonlWriter,
    atomic_path,
    atomic_paths,
    check_writable,
    partial_path,
    repair_jsonl,
    write_text_atomic,
)

__all__ = [
    "CORPUS_SUFFIXES",
    "DATE_HELP",
    "HTML_SUFFIXES",
    "KEYS",
    "MAX_BYTES",
    "STDIN",
    "Document",
    "Failure",
    "InputError",
    "JsonlWriter",
    "Keys",
    "OutputBusy",
    "atomic_path",
    "atomic_paths",
    "check_writable",
    "clean",
    "count_documents",
    "counted",
    "decode",
    "described",
    "document",
    "from_bytes",
    "html_to_text",
    "lock_path",
    "looks_like_html",
    "output_lock",
    "parse_date",
    "partial_path",
    "read_corpus",
    "read_file",
    "read_folder",
    "read_inputs",
    "repair_jsonl",
    "same_file",
    "write_text_atomic",
]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CORPUS_SUFFIXES = frozenset({".jsonl", ".ndjson"})
STDIN = Path("-")  # an INPUT of "-" is one article on standard input
ANY_TAG = re.compile(r"<[A-Za-z!/?]")
MAX_BYTES = 100 * 2**20  # one article; a corpus (.jsonl) streams and has no limit


def read_file(path: Path, date: str | None = None, *, doc_id: str | None = None) -> Document:
    """Read one article file (text or HTML). Raises InputError when it cannot.

    Its id is ``doc_id``, else the file's stem; ``-`` reads standard input.
    """
    data = _read_stdin() if path == STDIN else _read_bytes(path)
    return from_bytes(data, path, date, doc_id=doc_id)


def _read_stdin() -> bytes:
    import sys

    try:
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    except (OSError, ValueError, AttributeError) as err:
        raise InputError(f"-: cannot read standard input: {err}") from err


def from_bytes(
    data: bytes, path: Path, date: str | None = None, *, doc_id: str | None = None
) -> Document:
    """The Document of an article file's bytes (``path`` names it and gives its id)."""
    doc_id = doc_id or ("stdin" if path == STDIN else path.stem)
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: too large for one article (at most {MAX_BYTES:,} bytes)")
    if not data.strip():
        raise InputError(f"{path}: empty: no text to analyse")
    try:
        text, encoding = decode(data)
        fmt = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
        if fmt == "html" and not looks_like_html(text) and not ANY_TAG.search(text):
            fmt = "text"  # a page saved as .html that holds plain text
        if fmt == "html" and not looks_like_html(text):
            text, page_date, about = html_to_text(text)
            meta = {
                **about,
                "source": str(path),
                "format": "html",
                "encoding": encoding,
                "text_included": True,
            }
            return document(doc_id, text, date or page_date, meta)
        sidecar = _sidecar(path)
        meta = {**described(sidecar), "source": str(path), "format": fmt, "encoding": encoding}
        return document(doc_id, text, date or sidecar.get("pub_date"), meta)
    except (InputError, ValueError) as err:
        raise InputError(f"{path}: {err}") from err


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder")
    if not path.is_file():  # a FIFO or a device such as /dev/zero would never end
        raise InputError(f"{path}: not a regular file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path}: too large for one article ({size:,} bytes; at most {MAX_BYTES:,})"
            )
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err


def _sidecar(path: Path) -> dict[str, Any]:
    """The ``<stem>.meta.json`` beside the article (``pub_date``, ``title``,
    ``url``, ``outlet``), or {} when there is none or it cannot be read."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        value = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def read_folder(
    path: Path,
    date: str | None = None,
    skipped: Callable[[Path, str], None] | None = None,
    exclude: Path | None = None,
    keys: Keys = KEYS,
) -> Iterator[Document | Failure]:
    """Stream the articles of a folder and its subfolders (sorted by name);
    ``skipped`` hears of the rest. ``exclude`` (the output file or folder, if
    it lies there) is never read: a run never reads its own output back. An
    article in a subfolder has its path as id (``2024/nota``), so that two
    ``nota.txt`` stay apart."""
    for entry, doc_id in _folder_files(path, skipped, exclude):
        if entry.suffix.lower() in CORPUS_SUFFIXES:
            try:
                yield from read_corpus(entry, date, keys)
            except InputError as err:
                yield Failure(doc_id, str(err).removeprefix(f"{entry}: "), {"source": str(entry)})
            continue
        try:
            yield read_file(entry, date, doc_id=doc_id)
        except InputError as err:
            message = str(err).removeprefix(f"{entry}: ")
            if message.startswith("not text") and skipped is not None:
                skipped(entry, message)
            else:
                yield Failure(doc_id, message, {"source": str(entry)})


def _folder_files(
    root: Path,
    skipped: Callable[[Path, str], None] | None = None,
    exclude: Path | None = None,
) -> Iterator[tuple[Path, str]]:
    """``(file, id)`` for the files under ``root``, depth first and sorted; hidden
    files and ``.meta.json`` sidecars are left out, a folder reached twice (a
    symbolic link loop) is entered once."""
    seen: set[Path] = set()

    def walk(folder: Path, prefix: str) -> Iterator[tuple[Path, str]]:
        try:
            real = folder.resolve()
            if real in seen:
                if skipped is not None:
                    skipped(folder, "a folder already read (a link loop?)")
                return
            seen.add(real)
            entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
        except (OSError, RuntimeError) as err:
            if folder == root:
                raise InputError(
                    f"{folder}: cannot list: {getattr(err, 'strerror', None) or err}"
                ) from err
            if skipped is not None:
                skipped(folder, f"cannot list: {getattr(err, 'strerror', None) or err}")
            return
        for entry in entries:
            if entry.name.endswith(".meta.json"):
                continue
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
                if exclude is not None and (is_dir or is_file) and same_file(entry, exclude):
                    continue
            except (OSError, RuntimeError):
                is_dir = is_file = False
            if is_dir:
                yield from walk(entry, f"{prefix}{entry.name}/")
            elif is_file:
                yield entry, f"{prefix}{entry.stem}"
            elif skipped is not None:
                what = "a broken link" if entry.is_symlink() else "not a regular file"
                skipped(entry, what)

    return walk(root, "")


def read_inputs(
    paths: list[Path],
    date: str | None = None,
    skipped: Callable[[Path, str], None] | None = None,
    output: Path | None = None,
    keys: Keys = KEYS,
) -> Iterator[Document | Failure]:
    """Every document of the inputs, in order. Named article files are read first
    (at call time), so a missing or binary file fails before any work is done.
    ``output`` (where results go) is refused as an input, also under another
    name (a hard link), and left out of folders. ``keys`` names the fields of
    JSONL corpora."""
    loaded: dict[int, Document] = {}
    for number, path in enumerate(paths):
        if path == STDIN:
            loaded[number] = read_file(path, date)
            continue
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if not (path.is_file() or path.is_dir()):
            raise InputError(f"{path}: not a regular file or folder")
        if output is not None and same_file(path, output):
            raise InputError(f"{path}: is also the output; writing would destroy it")
        if path.is_file() and path.suffix.lower() not in CORPUS_SUFFIXES:
            loaded[number] = read_file(path, date)

    def stream() -> Iterator[Document | Failure]:
        for number, path in enumerate(paths):
            if number in loaded:
                yield loaded.pop(number)
            elif path.is_dir():
                yield from read_folder(path, date, skipped, exclude=output, keys=keys)
            else:
                yield from read_corpus(path, date, keys)

    return _distinct_file_ids(stream())


def _distinct_file_ids(items: Iterator[Document | Failure]) -> Iterator[Document | Failure]:
    """Give an article file whose id is taken (``a/nota.txt`` and ``b/nota.txt``,
    or one file named twice) its path as id, so that every table row says which
    file it came from. Corpus lines keep the ids their corpus gives them."""
    seen: set[str] = set()
    for item in items:
        source = item.meta.get("source")
        if item.meta.get("format") != "jsonl" and isinstance(source, str) and item.id in seen:
            new = str(Path(source).with_suffix(""))
            number = 2
            while new in seen:
                new = f"{Path(source).with_suffix('')}#{number}"
                number += 1
            item = replace(item, id=new)
        seen.add(item.id)
        yield item


def count_documents(paths: list[Path], output: Path | None = None) -> int:
    """How many documents the inputs hold (lines of corpora, files of folders;
    ``output`` left out, as :func:`read_inputs` leaves it)."""
    total = 0
    for path in paths:
        if path.is_dir():
            with contextlib.suppress(InputError):
                total += count_documents([p for p, _ in _folder_files(path, exclude=output)])
        elif path.suffix.lower() in CORPUS_SUFFIXES:
            with contextlib.suppress(OSError), path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total
