"""Reading a ``.jsonl`` corpus: one document per line, a broken line a Failure.

Lines stream (a corpus has no size limit); each line's bytes are decoded on
their own, a UTF-16/32 corpus as a whole. A line that is not a record, or has
no text, becomes an error record naming the line, so a corpus loses nothing
silently.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from prensa.io.decoding import SAMPLE, decode_line, wide_encoding
from prensa.io.documents import KEYS, Document, Failure, InputError, Keys, described, document


def read_corpus(
    path: Path, date: str | None = None, keys: Keys = KEYS
) -> Iterator[Document | Failure]:
    """Stream the documents of a ``.jsonl`` corpus; a broken line becomes a Failure.

    Each line is ``{"id", "text", "date"}``; a line without ``id`` gets
    ``<file stem>:<line number>``. ``date`` is the default for lines without one.
    ``keys`` names the fields of a corpus that calls them otherwise.
    Lines are UTF-8 (a line in Windows-1252 is read as such); a corpus saved as
    UTF-16 or UTF-32 (by its byte-order mark or its NUL bytes) is read whole so.
    """
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
    with handle:
        wide = wide_encoding(handle.read(4))
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
                yield _corpus_line(path, number, *decode_line(raw), date, keys)
            else:
                line, encoding = raw
                if number == 1:
                    line = line.removeprefix("\ufeff")
                if not line.strip():
                    continue
                yield _corpus_line(path, number, line, encoding, date, keys)


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


def _corpus_line(
    path: Path, number: int, line: str, encoding: str, date: str | None, keys: Keys
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
    doc_id = _id_of(obj.get(keys.id), fallback_id)
    text = obj.get(keys.text)
    if text is None:
        return Failure(doc_id, f"line {number}: no {keys.text!r}", meta)
    if not isinstance(text, str):
        return Failure(
            doc_id, f"line {number}: {keys.text!r} is {type(text).__name__}, not a string", meta
        )
    meta.update(described(obj))  # title, url, outlet, when the line gives them
    line_date = next((obj[k] for k in keys.date if obj.get(k) not in (None, "")), None)
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
