"""Reading what analysts have, and writing results so that nothing is half-written.

Input is a text file (any common encoding), an HTML page, a ``.jsonl`` corpus
(``{"id", "text", "date"}`` per line, UTF-8 or UTF-16/32), standard input
(``-``) or a folder of such files, subfolders included. Reading never alters
the text: offsets refer to the text exactly as decoded (CRLF, zero-width and
control characters stay; only a lone surrogate, which cannot be written,
becomes U+FFFD, one for one). A document that cannot be read becomes a
:class:`Failure` that names it, so a corpus loses nothing silently; a date
that cannot be read costs only the date (a warning in ``meta``).

Output is written atomically: a temporary file in the same folder, then
``os.replace``. JSON lines are appended with a flush per line; on resume a
trailing partial line (a run killed mid-write) is dropped.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import itertools
import json
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

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
    (b"{\\rtf", "an RTF document (save it as plain text)"),
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
STDIN = Path("-")  # an INPUT of "-" is one article on standard input
ANY_TAG = re.compile(r"<[A-Za-z!/?]")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
DATE_FORMS = re.compile(
    r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:[T ][0-9:.,+\-Z ]*)?"
    r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4})"
    r"|(?P<y3>\d{4})(?P<m3>\d{2})(?P<d3>\d{2})"
)
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

    def __post_init__(self) -> None:
        _clean_fields(self)


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read; written as an error record."""

    id: str
    error: str
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _clean_fields(self)
        object.__setattr__(self, "error", clean(self.error))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.error, "meta": dict(self.meta)}


def clean(value: str) -> str:
    """``value`` with each lone surrogate as U+FFFD: a file name that is not
    UTF-8 (Python keeps its bytes as surrogates) or a JSON ``"\\ud800"`` escape
    could not be written as UTF-8 otherwise."""
    return LONE_SURROGATE.sub("\ufffd", value)


def _clean_fields(item: Document | Failure) -> None:
    object.__setattr__(item, "id", clean(item.id))
    if isinstance(item.meta.get("source"), str):
        object.__setattr__(item, "meta", {**item.meta, "source": clean(item.meta["source"])})


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
            except UnicodeDecodeError:
                # a truncated or damaged file: keep what decodes, mark the rest U+FFFD
                return data.decode(encoding, errors="replace"), f"{encoding}+replaced"
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
        date = parse_date(found.date) if found is not None else None
    return text, date


# ---------------------------------------------------------------- documents


def document(doc_id: str, text: str, date: object, meta: dict[str, Any]) -> Document:
    """A Document from decoded text: HTML reduced to its article; empty text refused.

    A lone surrogate (a JSON escape such as ``"\\ud800"``) becomes U+FFFD, one
    character for one, so offsets stay those of the text as given; a date that
    cannot be read is dropped with a warning in ``meta`` rather than losing the
    article.
    """
    warnings: list[str] = []
    if looks_like_html(text):
        text, page_date = html_to_text(text)
        meta = {**meta, "format": "html", "text_included": True}
        date = date or page_date
    if not text.strip():
        raise InputError("empty: no text to analyse")
    text, replaced = LONE_SURROGATE.subn("\ufffd", text)  # one for one: offsets hold
    if replaced:
        warnings.append(f"{replaced} lone surrogate(s) replaced by U+FFFD")
    iso = parse_date(date)
    if date not in (None, "") and iso is None:
        warnings.append(f"date {date!r} not understood (want YYYY-MM-DD); analysed without it")
    if warnings:
        meta = {**meta, "warnings": [*meta.get("warnings", ()), *warnings]}
    return Document(id=doc_id, text=text, date=iso, meta=meta)


def parse_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from the usual ways a corpus writes one, else None.

    Accepts ``2024-05-03``, a timestamp starting so (``2024-05-03T10:00:00Z``),
    ``2024/05/03``, ``20240503`` (string or number) and the day-first forms of
    Spanish usage, ``03/05/2024``, ``3-5-2024``, ``03.05.2024``.

    >>> parse_date("03/05/2024"), parse_date(20240503), parse_date("mayo")
    ('2024-05-03', '2024-05-03', None)
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    match = DATE_FORMS.fullmatch(str(value).strip())
    if match is None:
        return None
    year = match["y"] or match["y2"] or match["y3"]
    month = match["m"] or match["m2"] or match["m3"]
    day = match["d"] or match["d2"] or match["d3"]
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


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
            text, page_date = html_to_text(text)
            meta = {
                "source": str(path),
                "format": "html",
                "encoding": encoding,
                "text_included": True,
            }
            return document(doc_id, text, date or page_date, meta)
        meta = {"source": str(path), "format": fmt, "encoding": encoding}
        return document(doc_id, text, date or _sidecar_date(path), meta)
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


def _sidecar_date(path: Path) -> object:
    """The ``pub_date`` of ``<stem>.meta.json`` beside the article, if any."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return None
    try:
        value = json.loads(sidecar.read_text(encoding="utf-8")).get("pub_date")
    except (OSError, ValueError, AttributeError):
        return None
    return value


def read_corpus(path: Path, date: str | None = None) -> Iterator[Document | Failure]:
    """Stream the documents of a ``.jsonl`` corpus; a broken line becomes a Failure.

    Each line is ``{"id", "text", "date"}``; a line without ``id`` gets
    ``<file stem>:<line number>``. ``date`` is the default for lines without one.
    Lines are UTF-8 (a line in Windows-1252 is read as such); a corpus saved as
    UTF-16 or UTF-32 (by its byte-order mark or its NUL bytes) is read whole so.
    """
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
    with handle:
        wide = _wide_encoding(handle.read(4))
        handle.seek(0)
        lines: Iterator[tuple[str, str] | bytes]
        if wide is None:
            lines = iter(handle)
        else:
            reader = codecs.getreader(wide)(handle, "replace")
            lines = ((line, wide) for line in _text_lines(reader))
        for number, raw in enumerate(lines, 1):
            if isinstance(raw, bytes):
                if number == 1:
                    raw = raw.removeprefix(codecs.BOM_UTF8)
                if not raw.strip():
                    continue
                yield _corpus_line(path, number, *_decode_line(raw), date)
            else:
                line, encoding = raw
                if number == 1:
                    line = line.removeprefix("\ufeff")
                if not line.strip():
                    continue
                yield _corpus_line(path, number, line, encoding, date)


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16/32 (with or without a byte-order mark) from a corpus's first bytes."""
    for bom, encoding in BOMS:
        if head.startswith(bom) and encoding != "utf-8-sig":
            return encoding
    # without a mark: the "{" that starts the first record, in its width and order
    for start, encoding in (
        (b"{\x00\x00\x00", "utf-32-le"),
        (b"\x00\x00\x00{", "utf-32-be"),
        (b"{\x00", "utf-16-le"),
        (b"\x00{", "utf-16-be"),
    ):
        if head.startswith(start):
            return encoding
    return None


def _text_lines(reader: codecs.StreamReader) -> Iterator[str]:
    """Lines ending in ``\\n`` only (a stray CR inside a line does not split it)."""
    rest = ""
    while chunk := reader.read(SAMPLE):
        rest += chunk
        *whole, rest = rest.split("\n")
        for line in whole:
            yield line + "\n"
    if rest:
        yield rest


def _decode_line(raw: bytes) -> tuple[str, str]:
    """A corpus line: UTF-8, else UTF-8 with stray Windows-1252 bytes, else Windows-1252."""
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if UTF8_SEQUENCE.search(raw):
        return raw.decode("utf-8", errors=_register_mixed()), "utf-8+cp1252"
    return raw.decode("cp1252", errors=_register_mixed()), "cp1252"


def _corpus_line(
    path: Path, number: int, line: str, encoding: str, date: str | None
) -> Document | Failure:
    meta: dict[str, Any] = {
        "source": str(path),
        "line": number,
        "format": "jsonl",
        "encoding": encoding,
    }
    fallback_id = f"{path.stem}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return Failure(
            fallback_id, f"line {number}: not JSON ({err.msg} at character {err.pos})", meta
        )
    except RecursionError:
        return Failure(fallback_id, f"line {number}: not JSON (nested too deeply)", meta)
    if not isinstance(obj, dict):
        return Failure(fallback_id, f"line {number}: not a JSON object", meta)
    doc_id = _id_of(obj.get("id"), fallback_id)
    text = obj.get("text")
    if text is None:
        return Failure(doc_id, f"line {number}: no 'text'", meta)
    if not isinstance(text, str):
        return Failure(
            doc_id, f"line {number}: 'text' is {type(text).__name__}, not a string", meta
        )
    line_date = obj.get("date", obj.get("pub_date"))
    try:
        return document(doc_id, text, line_date if line_date not in (None, "") else date, meta)
    except (InputError, ValueError) as err:
        return Failure(doc_id, f"line {number}: {err}", meta)


def _id_of(value: object, fallback: str) -> str:
    """A document id as text: a string as it is, a number or other JSON value as JSON."""
    if value is None or value == "":
        return fallback
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError, RecursionError):
        return fallback


def read_folder(
    path: Path,
    date: str | None = None,
    skipped: Callable[[Path, str], None] | None = None,
    exclude: Path | None = None,
) -> Iterator[Document | Failure]:
    """Stream the articles of a folder and its subfolders (sorted by name);
    ``skipped`` hears of the rest. ``exclude`` (the output file, if it lies
    there) is never read. An article in a subfolder has its path as id
    (``2024/nota``), so that two ``nota.txt`` stay apart."""
    for entry, doc_id in _folder_files(path, skipped, exclude):
        if entry.suffix.lower() in CORPUS_SUFFIXES:
            try:
                yield from read_corpus(entry, date)
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
                if exclude is not None and is_file and entry.resolve() == exclude:
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
) -> Iterator[Document | Failure]:
    """Every document of the inputs, in order. Named article files are read first
    (at call time), so a missing or binary file fails before any work is done.
    ``output`` (where results go) is refused as an input and left out of folders."""
    loaded: dict[int, Document] = {}
    target = output.resolve() if output is not None else None
    for number, path in enumerate(paths):
        if path == STDIN:
            loaded[number] = read_file(path, date)
            continue
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


def count_documents(paths: list[Path]) -> int:
    """How many documents the inputs hold (lines of corpora, files of folders)."""
    total = 0
    for path in paths:
        if path.is_dir():
            with contextlib.suppress(InputError):
                total += count_documents([p for p, _ in _folder_files(path)])
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
