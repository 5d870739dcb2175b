"""Reading what analysts have, and writing results so that nothing is half-written.

Input is a text file (any common encoding), an HTML page, a ``.jsonl`` corpus
(``{"id", "text", "date"}`` per line) or a folder of such files. Reading never
alters the text: offsets refer to the text exactly as decoded (CRLF, zero-width
and control characters stay). A document that cannot be read becomes a
:class:`Failure` that names it, so a corpus loses nothing silently.

Output is written atomically: a temporary file in the same folder, then
``os.replace``. JSON lines are appended with a flush per line; on resume a
trailing partial line (a run killed mid-write) is dropped.
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import json
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from prensa.api import check_date

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CORPUS_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# Signatures of common non-text files, named in the refusal message.
MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an MS Office file"),
)
BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# Binary data decodes with control characters throughout; text may hold a few
# (NUL, ESC, bidi marks pasted from elsewhere) and is analysed as it is.
MAX_CONTROL_SHARE = 0.25
MIN_CONTROLS = 4
MIXED_HANDLER = "prensa-cp1252"
# Multi-byte UTF-8 sequences (2 to 4 bytes): a few of them in undecodable data
# say the file is UTF-8 with stray bytes; Windows-1252 Spanish seldom forms one.
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
MIN_UTF8_SEQUENCES = 3
SAMPLE = 65_536
MAX_BYTES = 100 * 2**20  # one article; a corpus (.jsonl) streams and has no limit


class InputError(Exception):
    """An input that cannot be analysed at all: missing, unreadable, binary, empty."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article to analyse; ``meta`` says where it came from and how it was decoded."""

    id: str
    text: str
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read; written as an error record."""

    id: str
    error: str
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.error, "meta": dict(self.meta)}


# ---------------------------------------------------------------- decoding


def decode(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file; return ``(text, encoding)``.

    Order: a byte-order mark, strict UTF-8, UTF-16/32 without mark, then
    Windows-1252 (the usual 8-bit encoding of Spanish text: it holds Latin-1
    and the curly quotes 0x93/0x94), then charset-normalizer's guess.
    Raises InputError for binary data.

    >>> decode("“Sí”".encode("cp1252"))
    ('“Sí”', 'cp1252')
    """
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise InputError(f"not text: looks like {what}")
    text, encoding = _decode(data)
    sample = text[:SAMPLE]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in TEXT_CONTROLS
    )
    if controls >= MIN_CONTROLS and controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError("not text: binary data (control characters throughout)")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise InputError(
                    f"not valid {encoding} despite its byte-order mark: {err}"
                ) from err
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8"), "utf-8"
    if b"\x00" not in data[:SAMPLE]:
        found = itertools.islice(UTF8_SEQUENCE.finditer(data), MIN_UTF8_SEQUENCES)
        if sum(1 for _ in found) >= MIN_UTF8_SEQUENCES:
            # UTF-8 with stray Windows-1252 bytes (a file edited by two programs):
            # keep the UTF-8, read each bad byte as Windows-1252 (Latin-1 if undefined)
            return data.decode("utf-8", errors=_register_mixed()), "utf-8+cp1252"
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("cp1252"), "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("not text: no text encoding fits its bytes")
    encoding = str(best.encoding)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as err:
        raise InputError(f"not text: undecodable ({err})") from err


def _byte_as_cp1252(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return "".join(_cp1252_char(b) for b in bad), err.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in cp1252, Latin-1 C1


def _register_mixed() -> str:
    """Register (once) the decoding error handler for mixed UTF-8 / Windows-1252."""
    try:
        codecs.lookup_error(MIXED_HANDLER)
    except LookupError:
        codecs.register_error(MIXED_HANDLER, _byte_as_cp1252)
    return MIXED_HANDLER


# ---------------------------------------------------------------- HTML


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts as an HTML page does."""
    return HTML_START.match(text[:4096]) is not None


def html_to_text(html: str) -> tuple[str, str | None]:
    """The article text of a news page and its date when the page states one.

    trafilatura drops scripts, styles, navigation, comments and footers.
    """
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML page")
    date = None
    with contextlib.suppress(Exception):  # metadata is a bonus; the text is what counts
        found = trafilatura.extract_metadata(html)
        date = check_date(found.date) if found is not None and found.date else None
    return text, date


# ---------------------------------------------------------------- documents


def document(doc_id: str, text: str, date: str | None, meta: dict[str, Any]) -> Document:
    """A Document from decoded text: HTML reduced to its article; empty text refused."""
    if looks_like_html(text):
        text, page_date = html_to_text(text)
        meta = {**meta, "format": "html", "text_included": True}
        date = date or page_date
    if not text.strip():
        raise InputError("empty: no text to analyse")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(f"not valid Unicode: lone surrogate at character {err.start}") from err
    return Document(id=doc_id, text=text, date=check_date(date), meta=meta)


def read_file(path: Path, date: str | None = None) -> Document:
    """Read one article file (text or HTML). Raises InputError when it cannot."""
    data = _read_bytes(path)
    if not data.strip():
        raise InputError(f"{path}: empty: no text to analyse")
    try:
        text, encoding = decode(data)
        fmt = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
        if fmt == "html" and not looks_like_html(text):
            text, page_date = html_to_text(text)
            meta = {
                "source": str(path),
                "format": "html",
                "encoding": encoding,
                "text_included": True,
            }
            return document(path.stem, text, date or page_date, meta)
        meta = {"source": str(path), "format": fmt, "encoding": encoding}
        return document(path.stem, text, date or _sidecar_date(path), meta)
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


def _sidecar_date(path: Path) -> str | None:
    """The ``pub_date`` of ``<stem>.meta.json`` beside the article, if any."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return None
    try:
        value = json.loads(sidecar.read_text(encoding="utf-8")).get("pub_date")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def read_corpus(path: Path, date: str | None = None) -> Iterator[Document | Failure]:
    """Stream the documents of a ``.jsonl`` corpus; a broken line becomes a Failure.

    Each line is ``{"id", "text", "date"}``; a line without ``id`` gets
    ``<file stem>:<line number>``. ``date`` is the default for lines without one.
    """
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
    with handle:
        for number, raw in enumerate(handle, 1):
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            yield _corpus_line(path, number, raw, date)


def _corpus_line(path: Path, number: int, raw: bytes, date: str | None) -> Document | Failure:
    meta: dict[str, Any] = {
        "source": str(path),
        "line": number,
        "format": "jsonl",
        "encoding": "utf-8",
    }
    fallback_id = f"{path.stem}:{number}"
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Failure(fallback_id, f"line {number}: not UTF-8", meta)
    except json.JSONDecodeError as err:
        return Failure(
            fallback_id, f"line {number}: not JSON ({err.msg} at character {err.pos})", meta
        )
    except RecursionError:
        return Failure(fallback_id, f"line {number}: not JSON (nested too deeply)", meta)
    if not isinstance(obj, dict):
        return Failure(fallback_id, f"line {number}: not a JSON object", meta)
    raw_id = obj.get("id")
    doc_id = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    text = obj.get("text")
    if text is None:
        return Failure(doc_id, f"line {number}: no 'text'", meta)
    if not isinstance(text, str):
        return Failure(
            doc_id, f"line {number}: 'text' is {type(text).__name__}, not a string", meta
        )
    line_date = obj.get("date", obj.get("pub_date"))
    if line_date is not None and not isinstance(line_date, str):
        return Failure(doc_id, f"line {number}: bad date {line_date!r} (want YYYY-MM-DD)", meta)
    try:
        return document(doc_id, text, line_date or date, meta)
    except (InputError, ValueError) as err:
        return Failure(doc_id, f"line {number}: {err}", meta)


def read_folder(
    path: Path,
    date: str | None = None,
    skipped: Callable[[Path, str], None] | None = None,
    exclude: Path | None = None,
) -> Iterator[Document | Failure]:
    """Stream the articles of a folder (sorted by name); ``skipped`` hears of the rest.
    ``exclude`` (the output file, if it lies there) is never read."""
    try:
        entries = sorted(
            p for p in path.iterdir() if not p.name.startswith(".") and p.resolve() != exclude
        )
    except OSError as err:
        raise InputError(f"{path}: cannot list: {err.strerror or err}") from err
    for entry in entries:
        if entry.name.endswith(".meta.json"):
            continue
        if entry.is_dir() or not entry.is_file():
            if skipped is not None:
                skipped(entry, "a folder" if entry.is_dir() else "not a regular file")
            continue
        if entry.suffix.lower() in CORPUS_SUFFIXES:
            yield from read_corpus(entry, date)
            continue
        try:
            yield read_file(entry, date)
        except InputError as err:
            message = str(err).removeprefix(f"{entry}: ")
            if message.startswith("not text") and skipped is not None:
                skipped(entry, message)
            else:
                yield Failure(entry.stem, message, {"source": str(entry)})


def read_inputs(
    paths: list[Path],
    date: str | None = None,
    skipped: Callable[[Path, str], None] | None = None,
    output: Path | None = None,
) -> Iterator[Document | Failure]:
    """Every document of the inputs, in order. Named article files are read first
    (at call time), so a missing or binary file fails before any work is done.
    ``output`` (where results go) is refused as an input and left out of folders."""
    loaded: dict[int, Document] = {}
    target = output.resolve() if output is not None else None
    for number, path in enumerate(paths):
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if not (path.is_file() or path.is_dir()):
            raise InputError(f"{path}: not a regular file or folder")
        if target is not None and path.resolve() == target:
            raise InputError(f"{path}: is also the output; writing would destroy it")
        if path.is_file() and path.suffix.lower() not in CORPUS_SUFFIXES:
            loaded[number] = read_file(path, date)

    def stream() -> Iterator[Document | Failure]:
        for number, path in enumerate(paths):
            if number in loaded:
                yield loaded.pop(number)
            elif path.is_dir():
                yield from read_folder(path, date, skipped, exclude=target)
            else:
                yield from read_corpus(path, date)

    return stream()


def count_documents(paths: list[Path]) -> int:
    """How many documents the inputs hold (lines of corpora, files of folders)."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(
                count_documents([p])
                for p in path.iterdir()
                if p.is_file() and not p.name.startswith(".") and not p.name.endswith(".meta.json")
            )
        elif path.suffix.lower() in CORPUS_SUFFIXES:
            with contextlib.suppress(OSError), path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


# ---------------------------------------------------------------- writing


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    On any error (or Ctrl-C) the temporary file is removed and ``path`` is untouched.
    """
    folder = path.parent if str(path.parent) else Path(".")
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
    keep = 0
    with path.open("rb") as handle:
        offset = 0
        for raw in handle:
            offset += len(raw)
            if not raw.endswith(b"\n"):
                break
            try:
                obj = json.loads(raw)
            except ValueError:
                break
            keep = offset
            if isinstance(obj, dict) and obj.get("id") is not None:
                ids[str(obj["id"])] += 1
    if keep != path.stat().st_size:
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
            self._handle = path.open("a" if append else "w", encoding="utf-8", newline="\n")

    def write(self, obj: dict[str, Any]) -> None:
        self._handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self._handle.flush()
        self.written += 1

    def close(self) -> None:
        if self.path is not None:
            self._handle.close()
